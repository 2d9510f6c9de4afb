#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hookline::ui {

// The first-run hint over the pages while the demo endpoints exist: what they are, how to fire a
// test event, and a button that removes the demo in one click.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);
    QString text() const;
    QPushButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();
    void openReceiverRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace hookline::ui
