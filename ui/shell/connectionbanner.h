#pragma once

#include "common/band.h"

#include <QTime>

namespace hookline::ui {

// The band at the top of the main window while the connection to the database server is lost:
// one band however many reads fail, saying when the next reconnection attempt is. The pages
// keep their last data meanwhile. Hidden while connected.
class ConnectionBanner : public Band
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Lost; the next attempt is at `nextTry` (local time).
    void showLost(const QTime &nextTry);
    void showRestored();

protected:
    Colors colors(const QPalette &base) const override;
};

} // namespace hookline::ui
