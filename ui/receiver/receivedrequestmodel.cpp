#include "receiver/receivedrequestmodel.h"

#include "common/themecolors.h"

#include <QApplication>
#include <QLocale>

namespace hookline::ui {

ReceivedRequestModel::ReceivedRequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ReceivedRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceivedRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ReceivedRequest &r = row.request;
    if (role == SequenceRole)
        return QVariant::fromValue(r.sequence);
    if (role == VerdictRole)
        return row.verdict ? QVariant(row.verdict->ok()) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Signature && row.verdict &&
        !row.verdict->ok())
        return ThemeColors::errorText(QApplication::palette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.receivedAt.toLocalTime().time(),
                                  QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return QString::fromLatin1(r.method);
    case Path:
        return QString::fromUtf8(r.target);
    case Status:
        return r.responseStatus;
    case Signature:
        if (!row.verdict)
            return tr("checking…");
        if (row.verdict->ok())
            return tr("✔ valid");
        return tr("✘ %1").arg(WebhookVerifier::code(row.verdict->failure));
    }
    return {};
}

QVariant ReceivedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Answered");
    case Signature:
        return tr("Signature");
    }
    return {};
}

void ReceivedRequestModel::append(const ReceivedRequest &request)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{request, std::nullopt});
    m_bytes += request.weight();
    endInsertRows();
    const qsizetype drop = m_budget.excess(
        m_rows, m_bytes, [](const Row &row) -> const ReceivedRequest & { return row.request; });
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, int(drop) - 1);
    for (qsizetype i = 0; i < drop; ++i)
        m_bytes -= m_rows.at(i).request.weight();
    m_rows.remove(0, drop);
    endRemoveRows();
}

void ReceivedRequestModel::setVerdict(quint64 sequence, const WebhookVerifier::Result &verdict)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows[i].request.sequence != sequence)
            continue;
        m_rows[i].verdict = verdict;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

void ReceivedRequestModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_bytes = 0;
    endResetModel();
}

} // namespace hookline::ui
