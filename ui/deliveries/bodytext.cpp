#include "deliveries/bodytext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace hookline::ui {

QString BodyText::prettyJson(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);
    // QJsonDocument would sort the keys; the receiver got them in this order, so re-indent the
    // bytes themselves.
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out += '\n';
        out += QByteArray(depth * 2, ' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < json.size() && QByteArrayView(" \t\r\n").contains(json.at(next)))
                ++next;
            if (next < json.size() && (json.at(next) == '}' || json.at(next) == ']')) {
                out += json.at(next); // empty: {} or []
                i = next;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

bool BodyText::isBinary(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    // A body cut at 16 KiB may end inside a character: only the last few bytes are forgiven.
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        if (bad >= 0 && bad < text.size() - 2)
            return true;
    }
    for (QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

QString BodyText::hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        const QByteArray line = bytes.mid(offset, 16);
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(offset, 8, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(line.toHex(' ')), -47)
                   .arg(ascii);
    }
    return out;
}

QString BodyText::display(const QByteArray &bytes)
{
    if (isBinary(bytes))
        return hexDump(bytes);
    return prettyJson(bytes);
}

} // namespace hookline::ui
