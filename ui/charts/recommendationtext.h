#pragma once

#include "analytics/analyticsreport.h"

#include <QCoreApplication>
#include <QString>

namespace hookline::ui {

// The words of a recommendation (core gives only the figures): what to do, and the evidence.
class RecommendationText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::RecommendationText)
public:
    static QString title(const Recommendation &r, const QString &endpointName);
    static QString evidence(const Recommendation &r);
    static QString settingName(Recommendation::Setting setting);
};

} // namespace hookline::ui
