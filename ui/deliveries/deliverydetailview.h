#pragma once

#include "domain/delivery.h"
#include "domain/event.h"
#include "store/store.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace hookline::ui {

class ElidedLabel;

// One delivery: a summary, the timeline of its attempts, and for the chosen attempt what was sent
// (headers with the auth token redacted, the body as built for that attempt) and what came back.
class DeliveryDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryDetailView(Store db, QWidget *parent = nullptr);

    // Reads the delivery, its event and attempts again; an empty id clears the view.
    void showDelivery(const QString &deliveryId);
    QString deliveryId() const { return m_delivery ? m_delivery->id : QString(); }
    const std::optional<Delivery> &delivery() const { return m_delivery; }
    const QList<Attempt> &attempts() const { return m_attempts; }
    void selectAttempt(int index);
    int currentAttempt() const;
    // The curl command for the chosen attempt (empty without one), with its explanatory comments.
    QString curlCommand() const;

    QListWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *requestHeaders() const { return m_requestHeaders; }
    QPlainTextEdit *requestBody() const { return m_requestBody; }
    QPlainTextEdit *responseHeaders() const { return m_responseHeaders; }
    QPlainTextEdit *responseBody() const { return m_responseBody; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *replayButton() const { return m_replay; }

signals:
    void replayRequested(const QString &deliveryId);
    void curlCopied();

private:
    // The two halves of the splitter, built in the constructor: the delivery with its attempt
    // timeline; the selected attempt's request and response.
    QWidget *buildTimeline(QWidget *content);
    QWidget *buildAttempt(QWidget *content);
    void showAttempt(int index);
    QByteArray requestBodyFor(const Attempt &attempt) const;
    QString noAttemptText() const;
    static QString headersText(const QList<HeaderPair> &headers);
    static QString curlToolTip(bool urlFallback);

    Store m_db;
    std::optional<Delivery> m_delivery;
    std::optional<Event> m_event;
    QList<Attempt> m_attempts;
    // The endpoint as it is now: for attempts without a recorded URL and to name a failover.
    QUrl m_endpointUrl;
    QUrl m_failoverUrl;
    QString m_method;
    QString m_authHeaderName;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_timeline = nullptr;
    QLabel *m_attemptSummary = nullptr;
    QLabel *m_attemptDetails = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_requestHeaders = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
    QPlainTextEdit *m_responseHeaders = nullptr;
    QPlainTextEdit *m_responseBody = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_replay = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace hookline::ui
