#pragma once

#include "http/receivedrequest.h"
#include "store/store.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace hookline {
class EndpointSecrets;
class SandboxReceiver;
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class ReceivedRequestModel;

// The local test receiver's window: whether and where it listens, how it answers (status code,
// delay, failure rate), and every request it got with its headers, body and signature verdict
// (against the sandbox's current JWKS, or the endpoint's whsec_ secrets for Standard Webhooks).
class ReceiverWindow : public QWidget
{
    Q_OBJECT
public:
    ReceiverWindow(SandboxReceiver *receiver, Store db, SecretStore *secrets,
                   QWidget *parent = nullptr);

    // Lists a request and checks its signature (the receiver's requestReceived ends here).
    void showRequest(const hookline::ReceivedRequest &request);
    ReceivedRequestModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString detailsText() const;
    void updateState();

private:
    // The window's parts, built in the constructor: how the receiver answers, and the requests
    // it got with the selected one's details.
    QGroupBox *buildBehaviour();
    QSplitter *buildRequests();
    void verify(const ReceivedRequest &request);
    void showDetails();
    void applyBehaviour();

    QPointer<SandboxReceiver> m_receiver;
    Store m_db;
    QPointer<SecretStore> m_secrets;
    EndpointSecrets *m_endpointSecrets = nullptr;
    ReceivedRequestModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_clear = nullptr;
    QSpinBox *m_status = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_failureRate = nullptr;
};

} // namespace hookline::ui
