#pragma once

#include "store/store.h"
#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hookline {

// One thread's connection to the database file. Create one per thread that uses the store (the
// GUI thread, the engine thread, a CLI command) and keep it on that thread: Qt Sql connections
// must not cross threads. Opening applies the pragmas and brings the schema up to date.
class Connection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int kBusyTimeoutMs = 5000;

    explicit Connection(QString path, Mode mode = Mode::ReadWrite);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the file (creating it and its folder in ReadWrite mode) and migrates it.
    std::optional<StoreError> open();
    bool isOpen() const;

    QSqlDatabase database() const;
    // The handle the rest of the code works with.
    Store store() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    Mode m_mode;
    QString m_name;
};

} // namespace hookline
