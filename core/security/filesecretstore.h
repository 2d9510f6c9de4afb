#pragma once

#include "security/secretstore.h"

#include <QJsonObject>
#include <QMutex>

namespace hookline {

// Opt-in store for headless servers without a secret service: one JSON file, mode 0600, kept
// outside the database. Only chosen explicitly (HOOKLINE_SECRET_STORE=file:/path, see
// docs/receivers.md). A file readable by group or others is refused, as ssh refuses its keys.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject *parent = nullptr);

    Kind kind() const override { return Kind::File; }
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    const QString &path() const { return m_path; }

private:
    Result load(QJsonObject *out) const;
    Result save(const QJsonObject &contents) const;

    QString m_path;
    QMutex m_mutex; // one process may use the store from several threads
};

} // namespace hookline
