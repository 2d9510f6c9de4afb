#pragma once

#include "domain/policyreason.h"

#include <QCoreApplication>
#include <QString>

namespace hookline::text {

// Why the destination policy allows or refuses a URL, in words: the CLI (`check-url`, validation
// errors) and the console say it the same way.
class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::text::PolicyText)
public:
    static QString reason(PolicyReason reason);
};

} // namespace hookline::text
