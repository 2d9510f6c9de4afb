#include "security/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>

namespace hookline {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

FileSecretStore::FileSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{}

SecretStore::Result FileSecretStore::load(QJsonObject *out) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *out = {};
        return {};
    }
    if (file.permissions() & kGroupOrOther)
        return Result{Error::AccessDenied,
                      {},
                      QStringLiteral("%1 is readable by others; expected mode 0600").arg(m_path)};
    if (!file.open(QIODevice::ReadOnly))
        return Result{Error::Unavailable, {}, file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Result{
            Error::Other,
            {},
            QStringLiteral("%1 is not a JSON object: %2").arg(m_path, parseError.errorString())};
    *out = doc.object();
    return {};
}

SecretStore::Result FileSecretStore::save(const QJsonObject &contents) const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Result{Error::Unavailable, {}, QStringLiteral("cannot create the folder")};
        QFile::setPermissions(info.absolutePath(), kOwnerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Result{Error::Unavailable, {}, file.errorString()};
    // Restrict the temporary file before a single byte of secret goes into it.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return Result{Error::Unavailable, {}, QStringLiteral("cannot set mode 0600")};
    }
    file.write(QJsonDocument(contents).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Result{Error::Unavailable, {}, file.errorString()};
    return {};
}

void FileSecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject contents;
        r = load(&contents);
        if (r.ok()) {
            const QJsonValue v = contents.value(key);
            if (v.isString())
                r.value = QByteArray::fromBase64(v.toString().toLatin1());
            else
                r.error = Error::NotFound;
        }
    }
    deliver(context, std::move(done), std::move(r));
}

void FileSecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                            Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject contents;
        r = load(&contents);
        if (r.ok()) {
            contents.insert(key, QString::fromLatin1(value.toBase64()));
            r = save(contents);
        }
    }
    deliver(context, std::move(done), std::move(r));
}

void FileSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject contents;
        r = load(&contents);
        if (r.ok() && contents.contains(key)) {
            contents.remove(key);
            r = save(contents);
        }
    }
    deliver(context, std::move(done), std::move(r));
}

} // namespace hookline
