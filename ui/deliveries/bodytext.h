#pragma once

#include <QByteArray>
#include <QString>

namespace hookline::ui {

// How a stored body is put on screen: JSON indented with its keys in the order they were sent,
// other text as it is, and binary as a hex dump (a receiver's error page may be anything).
class BodyText
{
public:
    // Indents valid JSON without reordering keys; anything else comes back unchanged.
    static QString prettyJson(const QByteArray &json);
    static bool isBinary(const QByteArray &bytes);
    // Offset, 16 bytes in hex, then the printable ASCII of those bytes.
    static QString hexDump(const QByteArray &bytes);
    // prettyJson(), the text, or hexDump(), whichever fits `bytes`.
    static QString display(const QByteArray &bytes);
};

} // namespace hookline::ui
