#include "charts/csvexport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace hookline::ui {

QString CsvExport::escape(const QString &field)
{
    // Formula prefixes are neutralised: a name like "=HYPERLINK(…)" must stay text in a
    // spreadsheet.
    QString text = field;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) &&
        !(text.size() > 1 && (text.at(1).isDigit() || text.at(1) == QLatin1Char('.'))))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvExport::toCsv(const QAbstractItemModel &model, int role)
{
    const QString eol = QStringLiteral("\r\n");
    QString out;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << escape(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += fields.join(QLatin1Char(',')) + eol;
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant value = index.data(role);
            QString text;
            if (value.typeId() == QMetaType::Double)
                text = QString::number(value.toDouble(), 'f', 2);
            else if (value.isValid())
                text = value.toString();
            fields << escape(text);
        }
        out += fields.join(QLatin1Char(',')) + eol;
    }
    return out;
}

bool CsvExport::write(const QString &fileName, const QString &csv, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace hookline::ui
