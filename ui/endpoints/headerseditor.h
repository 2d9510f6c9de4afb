#pragma once

#include "domain/endpoint.h"

#include <QWidget>
#include <optional>

class QTableWidget;

namespace hookline::ui {

// The endpoint's custom headers: a name/value/secret table with Add and Remove. A new row is
// secret when its name says so (SecretHeaders) until the user ticks or unticks the box; secret
// values are masked, and a stored one is never loaded (empty keeps it).
class HeadersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit HeadersEditor(QWidget *parent = nullptr);

    void setHeaders(const QList<HttpHeader> &headers);
    // The filled rows (a row left empty is not a header).
    QList<HttpHeader> headers() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    // `secret` unset: a new row, secret when its name says so (SecretHeaders).
    void addRow(const QString &name = {}, const QString &value = {},
                std::optional<bool> secret = std::nullopt);
    void itemChanged(int row, int column);

    QTableWidget *m_table = nullptr;
};

} // namespace hookline::ui
