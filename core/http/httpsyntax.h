#pragma once

#include <QByteArrayView>

namespace hookline::http {

// RFC 9110 §5.6.2 token characters: what a method or a header name may be made of.
inline bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

inline bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

inline bool isDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Whether a comma-separated header value (Connection, Transfer-Encoding) lists `option`.
inline bool listsOption(QByteArrayView value, QByteArrayView option)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(',', start);
        if (end < 0)
            end = value.size();
        if (value.sliced(start, end - start).trimmed().compare(option, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace hookline::http
