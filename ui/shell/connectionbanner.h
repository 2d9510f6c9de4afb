#pragma once

#include <QFrame>
#include <QTime>

class QLabel;

namespace hookline::ui {

// The band at the top of the main window while the connection to the database server is lost:
// one band however many reads fail, saying when the next reconnection attempt is. The pages
// keep their last data meanwhile. Hidden while connected.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Lost; the next attempt is at `nextTry` (local time).
    void showLost(const QTime &nextTry);
    void showRestored();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_label = nullptr;
};

} // namespace hookline::ui
