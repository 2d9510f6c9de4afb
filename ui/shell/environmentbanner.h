#pragma once

#include "domain/environment.h"

#include <QFrame>

class QLabel;

namespace hookline::ui {

// The band under the toolbar that makes sandbox impossible to miss. Hidden in live.
class EnvironmentBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);
    void setEnvironment(Environment environment);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_label = nullptr;
};

} // namespace hookline::ui
