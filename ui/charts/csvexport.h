#pragma once

#include <QString>

class QAbstractItemModel;

namespace hookline::ui {

// A table model as CSV (RFC 4180: comma separated, CRLF, quotes doubled): the header row, then
// every row. Cells use `role` when it gives a value (raw figures for spreadsheets), the display
// text otherwise.
class CsvExport
{
public:
    static QString toCsv(const QAbstractItemModel &model, int role);
    static QString escape(const QString &field);
    // Writes atomically; false (with the reason in `error`) when the file cannot be written.
    static bool write(const QString &fileName, const QString &csv, QString *error);
};

} // namespace hookline::ui
