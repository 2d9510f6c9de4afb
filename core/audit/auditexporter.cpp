#include "audit/auditexporter.h"

#include "audit/auditquery.h"

#include <QIODevice>
#include <QJsonDocument>

namespace hookline {

qint64 AuditExporter::exportTo(const Store &store, QIODevice &out, const QDateTime &since)
{
    qint64 count = 0;
    bool writeOk = true;
    const std::optional<StoreError> readError =
        AuditQuery(store).forEach(since, [&](const AuditEntry &e) {
            QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
            line += '\n';
            writeOk = out.write(line) == line.size();
            if (writeOk)
                ++count;
            return writeOk;
        });
    return !readError && writeOk ? count : -1;
}

} // namespace hookline
