#pragma once

#include "http/receivedrequest.h"
#include "receiver/requestbudget.h"
#include "security/webhookverifier.h"

#include <QAbstractTableModel>
#include <optional>

namespace hookline::ui {

// What the local test receiver got, newest last, with each request's signature verdict (set when
// known: a Standard Webhooks check waits for the keychain). Keeps to a RequestBudget: the oldest
// rows go beyond kMaxRows or beyond its byte cap.
class ReceivedRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Method,
        Path,
        Status,
        Signature,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole + 1, // bool: valid signature (absent while unknown)
        SequenceRole,
    };

    static constexpr int kMaxRows = RequestBudget::DefaultMaxCount;

    explicit ReceivedRequestModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const ReceivedRequest &request);
    void setVerdict(quint64 sequence, const WebhookVerifier::Result &verdict);
    void clear();
    // For tests; the default is RequestBudget's.
    void setBudget(const RequestBudget &budget) { m_budget = budget; }
    // What the rows weigh together (ReceivedRequest::weight()).
    qint64 keptBytes() const { return m_bytes; }
    const ReceivedRequest &request(int row) const { return m_rows.at(row).request; }
    std::optional<WebhookVerifier::Result> verdict(int row) const { return m_rows.at(row).verdict; }

private:
    struct Row
    {
        ReceivedRequest request;
        std::optional<WebhookVerifier::Result> verdict;
    };
    QList<Row> m_rows;
    qint64 m_bytes = 0;
    RequestBudget m_budget;
};

} // namespace hookline::ui
