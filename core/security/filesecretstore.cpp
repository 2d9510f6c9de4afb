#include "security/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hookline {

namespace {

using Result = SecretStore::Result;
using Error = SecretStore::Error;

constexpr mode_t kOwnerOnly = 0600;

class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    {}
    ~Fd() { reset(-1); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result failure(Error error, const QString &detail)
{
    return Result{error, {}, detail};
}

int retryOnInterrupt(const std::function<int()> &call)
{
    int r;
    do {
        r = call();
    } while (r < 0 && errno == EINTR);
    return r;
}

// The folder, opened once: every file below is opened relative to this descriptor, so what was
// checked is what is used even if someone renames folders meanwhile.
Result openFolder(const QString &folder, bool create, Fd *out, bool *missing)
{
    const QByteArray native = QFile::encodeName(folder);
    if (create && !QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        // 0700 from the start; chmod again in case the umask took owner bits away.
        if (::mkdir(native.constData(), 0700) == 0)
            ::chmod(native.constData(), 0700);
        else if (errno != EEXIST)
            return failure(
                Error::Unavailable,
                QStringLiteral("cannot create the folder %1: %2").arg(folder, errnoText(errno)));
    }
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT && !create) {
            *missing = true;
            return {};
        }
        return failure(
            Error::Unavailable,
            QStringLiteral("cannot open the folder %1: %2").arg(folder, errnoText(errno)));
    }
    out->reset(fd);
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return failure(Error::Unavailable, errnoText(errno));
    if (st.st_uid != ::geteuid() && st.st_uid != 0)
        return failure(Error::AccessDenied,
                       QStringLiteral("the folder %1 of the secret store belongs to another user "
                                      "(uid %2), who could replace the file; keep the store in a "
                                      "folder of your own")
                           .arg(folder)
                           .arg(st.st_uid));
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return failure(Error::AccessDenied,
                       QStringLiteral("group or others may write to the folder %1 of the secret "
                                      "store and could replace the file; fix: chmod go-w %1")
                           .arg(folder));
    return {};
}

// Refuses what someone else could have planted or may read. `fd` is open on `path`.
Result checkOwnFile(int fd, const QString &path)
{
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return failure(Error::Unavailable, errnoText(errno));
    if (!S_ISREG(st.st_mode))
        return failure(Error::AccessDenied,
                       QStringLiteral("%1 is not a regular file; point %2 at a file")
                           .arg(path, QLatin1String(SecretStore::kEnvironmentVariable)));
    if (st.st_uid != ::geteuid())
        return failure(Error::AccessDenied,
                       QStringLiteral("%1 belongs to another user (uid %2, not %3); the secret "
                                      "store must belong to the user that runs Hookline: fix the "
                                      "owner (chown) or use a file of your own")
                           .arg(path)
                           .arg(st.st_uid)
                           .arg(::geteuid()));
    if (st.st_mode & 077)
        return failure(Error::AccessDenied,
                       QStringLiteral("%1 is readable by others; expected mode 0600 (fix: chmod "
                                      "600 %1)")
                           .arg(path));
    return {};
}

// *osError (when given) receives the errno of a failed open.
Result openNoFollow(int dir, const QByteArray &name, int flags, const QString &path, Fd *out,
                    int *osError = nullptr)
{
    const int fd = retryOnInterrupt([&] {
        return ::openat(dir, name.constData(), flags | O_NOFOLLOW | O_CLOEXEC, kOwnerOnly);
    });
    if (fd < 0) {
        const int error = errno;
        if (osError)
            *osError = error;
        if (error == ELOOP)
            return failure(Error::AccessDenied,
                           QStringLiteral("%1 is a symbolic link; the secret store must be a "
                                          "regular file: point %2 at the real file")
                               .arg(path, QLatin1String(SecretStore::kEnvironmentVariable)));
        if (error == ENOENT)
            return Result{Error::NotFound, {}, path};
        return failure(Error::Unavailable, QStringLiteral("%1: %2").arg(path, errnoText(error)));
    }
    out->reset(fd);
    return {};
}

Result load(int dir, const QByteArray &name, const QString &path, QJsonObject *out)
{
    Fd file;
    Result r = openNoFollow(dir, name, O_RDONLY | O_NONBLOCK, path, &file);
    if (r.error == Error::NotFound) {
        *out = {};
        return {};
    }
    if (!r.ok())
        return r;
    if (r = checkOwnFile(file.get(), path); !r.ok())
        return r;
    QFile reader;
    if (!reader.open(file.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return failure(Error::Unavailable, reader.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reader.readAll(), &parseError);
    if (!doc.isObject())
        return failure(
            Error::Other,
            QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    *out = doc.object();
    return {};
}

// Atomic replacement: a temporary file created 0600 (O_EXCL: never someone else's), synced, then
// renamed over the store. The exclusive lock makes its fixed name safe.
Result save(int dir, const QByteArray &name, const QString &path, const QJsonObject &contents)
{
    const QByteArray temporary = name + ".tmp";
    if (::unlinkat(dir, temporary.constData(), 0) != 0 && errno != ENOENT)
        return failure(Error::Unavailable,
                       QStringLiteral("cannot remove %1.tmp: %2").arg(path, errnoText(errno)));
    Fd file;
    Result r = openNoFollow(dir, temporary, O_WRONLY | O_CREAT | O_EXCL,
                            path + QLatin1String(".tmp"), &file);
    if (!r.ok())
        return r;
    ::fchmod(file.get(), kOwnerOnly); // a umask may have taken owner bits away, never added any
    const QByteArray bytes = QJsonDocument(contents).toJson(QJsonDocument::Indented);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(file.get(), bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::unlinkat(dir, temporary.constData(), 0);
            return failure(Error::Unavailable,
                           QStringLiteral("cannot write %1: %2").arg(path, errnoText(error)));
        }
        written += n;
    }
    if (::fsync(file.get()) != 0 ||
        ::renameat(dir, temporary.constData(), dir, name.constData()) != 0) {
        const int error = errno;
        ::unlinkat(dir, temporary.constData(), 0);
        return failure(Error::Unavailable,
                       QStringLiteral("cannot write %1: %2").arg(path, errnoText(error)));
    }
    ::fsync(dir);
    return {};
}

} // namespace

FileSecretStore::FileSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{}

SecretStore::Result FileSecretStore::locked(Access access, const Work &work)
{
    QMutexLocker lock(&m_mutex);
    const QFileInfo info(m_path);
    const QByteArray name = QFile::encodeName(info.fileName());
    Fd dir;
    bool missing = false;
    Result r = openFolder(info.absolutePath(), access == Access::Write, &dir, &missing);
    if (!r.ok())
        return r;
    if (missing) { // a folder that does not exist yet: nothing stored
        QJsonObject empty;
        bool changed = false;
        return work(empty, &changed);
    }

    Fd lockFile;
    int lockError = 0;
    r = openNoFollow(dir.get(), name + ".lock", O_RDWR | O_CREAT, lockPath(), &lockFile,
                     &lockError);
    // A folder we may not write to (read-only, or root's): nobody but its owner can replace the
    // store there either, so a read needs no lock.
    const bool readOnlyFolder = access == Access::Read && !r.ok() &&
                                (lockError == EACCES || lockError == EROFS || lockError == EPERM);
    if (!r.ok() && !readOnlyFolder)
        return r;
    if (!readOnlyFolder) {
        if (r = checkOwnFile(lockFile.get(), lockPath()); !r.ok())
            return r;
        const int operation = access == Access::Read ? LOCK_SH : LOCK_EX;
        if (retryOnInterrupt([&] { return ::flock(lockFile.get(), operation); }) != 0)
            return failure(Error::Unavailable,
                           QStringLiteral("cannot lock %1: %2").arg(lockPath(), errnoText(errno)));
    }

    // The lock is released when lockFile closes, after the new contents are in place.
    QJsonObject contents;
    r = load(dir.get(), name, m_path, &contents);
    if (!r.ok())
        return r;
    bool changed = false;
    r = work(contents, &changed);
    if (r.ok() && changed && access != Access::Read)
        r = save(dir.get(), name, m_path, contents);
    return r;
}

void FileSecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r = locked(Access::Read, [&key](QJsonObject &contents, bool *) {
        const QJsonValue v = contents.value(key);
        if (!v.isString())
            return Result{Error::NotFound, {}, {}};
        return Result{Error::None, QByteArray::fromBase64(v.toString().toLatin1()), {}};
    });
    deliver(context, std::move(done), std::move(r));
}

void FileSecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                            Callback done)
{
    Result r = locked(Access::Write, [&](QJsonObject &contents, bool *changed) {
        contents.insert(key, QString::fromLatin1(value.toBase64()));
        *changed = true;
        return Result{};
    });
    deliver(context, std::move(done), std::move(r));
}

void FileSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result r = locked(Access::Remove, [&key](QJsonObject &contents, bool *changed) {
        *changed = contents.contains(key);
        contents.remove(key);
        return Result{};
    });
    deliver(context, std::move(done), std::move(r));
}

} // namespace hookline
