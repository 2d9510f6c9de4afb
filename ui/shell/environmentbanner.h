#pragma once

#include "common/band.h"
#include "domain/environment.h"

namespace hookline::ui {

// The band under the toolbar that makes sandbox impossible to miss. Hidden in live.
class EnvironmentBanner : public Band
{
    Q_OBJECT
public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);
    void setEnvironment(Environment environment);

protected:
    Colors colors(const QPalette &base) const override;
};

} // namespace hookline::ui
