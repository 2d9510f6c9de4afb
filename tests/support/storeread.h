#pragma once

#include "store/storeresult.h"

#include <QTest>

namespace hookline {

// The value of a store read the test expects to succeed. A failed read fails the test where it
// was made (and yields an empty value, so the test goes on to report nothing misleading).
template<typename T>
T must(StoreResult<T> result, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!result) {
        QTest::qFail(qPrintable(QStringLiteral("store read failed: ") + result.error().message),
                     file, line);
        return T{};
    }
    return std::move(result).value();
}

} // namespace hookline
