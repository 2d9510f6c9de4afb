#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hookline::ui {

// What the Endpoints page shows instead of an empty table: why it is empty (no endpoints yet, or
// a filter hides them all) and the one button that helps.
class EndpointsEmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointsEmptyState(QWidget *parent = nullptr);

    // `environment` in words; `newShortcut` the shortcut of "New endpoint".
    void showNoEndpoints(const QString &environment, const QString &newShortcut);
    void showNothingMatches(const QString &environment);

signals:
    void newRequested();
    void clearFilterRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_clearFilter = nullptr;
};

} // namespace hookline::ui
