#pragma once

#include "domain/endpointvalidator.h"
#include "domain/policyreason.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace hookline::ui {

// The one place where core's validation and store codes become words for the user. Every message
// says what to do, not only what is wrong.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::ValidationText)
public:
    static QString message(const EndpointValidator::Error &error);
    static QString fieldLabel(EndpointValidator::Field field);
    // "Rule 2: “in” needs a list of values …" (rules counted from 1, as in the table).
    static QString filterError(const FilterRules::Error &error);
    static QString storeError(const StoreError &error);
    // A list or view could not be read: what is on show may be incomplete or out of date.
    static QString readError(const StoreError &error);
    static QString openFailed(const QString &path, const StoreError &error);
};

} // namespace hookline::ui
