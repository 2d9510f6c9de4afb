#pragma once

#include "domain/delivery.h"
#include "domain/environment.h"
#include "store/store.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace hookline::ui {

// Fires a test event: a type from the catalog (with its description), a generated sample in a
// JSON editor that shows schema errors as you type, the endpoints to reach (all subscribed ones
// or chosen ones), then each delivery's status live until it is final.
class EventComposer : public QWidget
{
    Q_OBJECT
public:
    explicit EventComposer(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    // Endpoints were edited elsewhere: the target list is read again.
    void reloadEndpoints();
    QAction *fireAction() const { return m_fire; }

    // For tests and screenshots.
    void setType(const QString &type);
    void generateSample(quint64 seed);
    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *problems() const { return m_problems; }
    QListWidget *targets() const { return m_targets; }
    QTableWidget *statusTable() const { return m_status; }
    void chooseEndpoints(const QStringList &ids); // switches to "chosen endpoints"
    QString lastEventId() const { return m_lastEventId; }
    // Validates now (the editor does it 300 ms after the last key stroke).
    void validateNow();

public slots:
    void fire();

signals:
    // A new event was written (the engine and the log may look).
    void eventFired(const QString &eventId);

private:
    // The two halves, built in the constructor: type, sample and payload with its problems; the
    // targets, the fire button and the deliveries it made.
    QWidget *buildPayloadSide();
    QWidget *buildTargetSide();
    void updateDescription();
    void updateTargets();
    void updateFireEnabled();
    void pollDeliveries();
    void markLine(int line);

    Store m_db;
    Environment m_environment = Environment::Sandbox;
    QComboBox *m_type = nullptr;
    QLabel *m_description = nullptr;
    QSpinBox *m_seed = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_problems = nullptr;
    QRadioButton *m_allTargets = nullptr;
    QRadioButton *m_chosenTargets = nullptr;
    QListWidget *m_targets = nullptr;
    QPushButton *m_fireButton = nullptr;
    QAction *m_fire = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_status = nullptr;
    QTimer m_validateTimer;
    QTimer m_pollTimer;
    QString m_lastEventId;
    int m_polls = 0;
    bool m_valid = false;
};

} // namespace hookline::ui
