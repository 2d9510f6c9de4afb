#pragma once

#include "security/secretstore.h"

#include <QJsonObject>
#include <QMutex>
#include <functional>

namespace hookline {

// Opt-in store for headless servers without a secret service: one JSON file, mode 0600, kept
// outside the database. Only chosen explicitly (HOOKLINE_SECRET_STORE=file:/path, see
// docs/receivers.md). Refused, as ssh refuses its keys, when the file is readable by group or
// others, is a symbolic link or belongs to another user, or when group or others may write to its
// folder (they could replace the file).
//
// Several processes share the file (the console, `hooklinectl run`, CLI commands): every change is
// a read-modify-write under an exclusive flock on PATH.lock, every read holds a shared one.
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
    QString lockPath() const { return m_path + QLatin1String(".lock"); }

private:
    enum class Access
    {
        Read,   // shared lock
        Remove, // exclusive lock
        Write,  // exclusive lock; creates the folder (0700) when missing
    };
    // Runs `work` on the current contents under the locks; unless reading, saves them afterwards
    // when `work` sets *changed.
    using Work = std::function<Result(QJsonObject &contents, bool *changed)>;
    Result locked(Access access, const Work &work);

    QString m_path;
    QMutex m_mutex; // one process may use the store from several threads
};

} // namespace hookline
