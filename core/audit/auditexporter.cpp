#include "audit/auditexporter.h"

#include "audit/auditquery.h"

#include <QIODevice>
#include <QJsonDocument>

namespace hookline {

qint64 AuditExporter::exportTo(QSqlDatabase db, QIODevice &out, const QDateTime &since)
{
    qint64 count = 0;
    bool writeOk = true;
    const bool readOk = AuditQuery(std::move(db)).forEach(since, [&](const AuditEntry &e) {
        QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        line += '\n';
        writeOk = out.write(line) == line.size();
        if (writeOk)
            ++count;
        return writeOk;
    });
    return readOk && writeOk ? count : -1;
}

} // namespace hookline
