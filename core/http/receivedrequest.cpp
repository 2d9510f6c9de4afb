#include "http/receivedrequest.h"

namespace hookline {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

QByteArrayList ReceivedRequest::headerValues(QByteArrayView name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values << value;
    }
    return values;
}

QByteArray ReceivedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

qint64 ReceivedRequest::weight() const
{
    qint64 bytes = qint64(sizeof(ReceivedRequest)) + body.size() + target.size() + method.size();
    for (const auto &[name, value] : headers)
        bytes += name.size() + value.size();
    return bytes;
}

} // namespace hookline
