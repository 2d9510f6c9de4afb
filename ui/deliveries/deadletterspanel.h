#pragma once

#include "domain/environment.h"
#include "replay/bulkreplay.h"
#include "store/store.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <vector>

class QHBoxLayout;
class QLabel;

class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace hookline::ui {

class DeadLetterModel;
class DeliveryDetailView;

// Dead letters grouped by endpoint and outcome class. A selection of groups and single
// deliveries is replayed in paced batches (BulkReplay) on a GUI timer, with progress and Cancel;
// what was replayed before Cancel stays replayed.
class DeadLettersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeadLettersPanel(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    void setEndpointNames(const QHash<QString, QString> &names);
    void reload();
    // The page's live tick: counts and rows updated in place, expansion and selection kept.
    void refreshLive();
    // Tests run faster batches; the product keeps BulkReplay's defaults.
    void setPacing(int batchSize, int intervalMs);

    // Asks first (how many, to which endpoints), then replays what is selected: whole groups and
    // single deliveries. The question is window-modal and asynchronous (no nested event loop).
    void replaySelection();
    QMessageBox *confirmation() const { return m_confirmation; }
    void cancelReplay();
    bool isReplaying() const { return m_timer.isActive(); }

    DeadLetterModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    DeliveryDetailView *detail() const { return m_detail; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // Some dead letters became pending: the engine should look now.
    void replayed();
    void replayFinished(int replayed, bool cancelled);
    void countChanged(int deadLetters);

private:
    // The panel's parts, built in the constructor.
    void buildTree();
    QHBoxLayout *buildReplayBar();
    void connectParts();
    void confirm(const QList<QPair<QString, int>> &perEndpoint);
    void startReplay();
    void tick();
    void finish(bool cancelled, const QString &error = {});
    void updateSummary();
    void updateActions();

    Store m_db;
    DeadLetterModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    DeliveryDetailView *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QMessageBox> m_confirmation;
    QTimer m_timer;
    int m_batchSize = BulkReplay::kDefaultBatchSize;
    std::vector<BulkReplay> m_plans;
    size_t m_planIndex = 0;
    int m_total = 0;
};

} // namespace hookline::ui
