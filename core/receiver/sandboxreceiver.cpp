#include "receiver/sandboxreceiver.h"

#include "config/demosetup.h"
#include "security/allowlist.h"
#include "security/trustedcertificates.h"
#include "store/settingsrepository.h"

#include <algorithm>

namespace hookline {

namespace {
const QString kPortKey = QStringLiteral("port");
const QString kCaKey = QStringLiteral("ca_sha256");
const QString kStatusKey = QStringLiteral("status");
const QString kDelayKey = QStringLiteral("delay_ms");
const QString kFailureRateKey = QStringLiteral("failure_rate");
// The port of the allowlist entry this receiver added; withdrawn at stop, or at the next start
// after a crash.
const QString kAllowlistedPortKey = QStringLiteral("allowlisted_port");
// Before entries had ports, the receiver added "127.0.0.1/32" for every port. Set once that
// legacy entry has been withdrawn, so a later one the user adds by hand stays.
const QString kLegacyEntryWithdrawnKey = QStringLiteral("allowlist_port_scoped");
constexpr int kMaxDelayMs = 60000;
} // namespace

QString SandboxReceiver::settingsScope()
{
    return QStringLiteral("receiver");
}

Allowlist::Entry SandboxReceiver::allowlistEntry(quint16 port)
{
    const Allowlist::Parsed p =
        Allowlist::parseEntry(QStringLiteral("127.0.0.1/32"), QString::number(port));
    Q_ASSERT(p.entry);
    return *p.entry;
}

namespace {
// The port stored under `key`, nullopt when none (or not a port).
StoreResult<std::optional<quint16>> readPort(const SettingsRepository &settings, const QString &key)
{
    const StoreResult<QString> text =
        settings.value(SandboxReceiver::settingsScope(), key, QString());
    if (!text)
        return text.error();
    bool ok = false;
    const uint port = text->toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::optional<quint16>();
    return std::optional<quint16>(quint16(port));
}
} // namespace

StoreResult<std::optional<Allowlist::Entry>>
SandboxReceiver::registeredEntry(const SettingsRepository &settings)
{
    const StoreResult<std::optional<quint16>> port = readPort(settings, kAllowlistedPortKey);
    if (!port)
        return port.error();
    if (!*port)
        return std::optional<Allowlist::Entry>();
    return std::optional<Allowlist::Entry>(allowlistEntry(**port));
}

SandboxReceiver::SandboxReceiver(Store db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    const StoreResult<ReceiverBehaviour> stored = storedBehaviour(SettingsRepository(m_db));
    if (stored)
        m_behaviour = *stored;
    else
        fail(Error::Store, stored.error().message);
    applyBehaviour();
    connect(&m_receiver, &LocalReceiver::requestReceived, this, &SandboxReceiver::requestReceived);
    connect(&m_receiver, &LocalReceiver::listeningChanged, this, &SandboxReceiver::runningChanged);
}

StoreResult<std::optional<quint16>> SandboxReceiver::storedPort(const SettingsRepository &settings)
{
    return readPort(settings, kPortKey);
}

StoreResult<ReceiverBehaviour> SandboxReceiver::storedBehaviour(const SettingsRepository &settings)
{
    ReceiverBehaviour b;
    const StoreResult<QHash<QString, QString>> read = settings.values(settingsScope());
    if (!read)
        return read.error();
    const QHash<QString, QString> &values = *read;
    bool ok = false;
    const int status = values.value(kStatusKey).toInt(&ok);
    if (ok && status >= 100 && status <= 599)
        b.statusCode = status;
    const int delay = values.value(kDelayKey).toInt(&ok);
    if (ok && delay >= 0 && delay <= kMaxDelayMs)
        b.delayMs = delay;
    const double rate = values.value(kFailureRateKey).toDouble(&ok);
    if (ok && rate >= 0.0 && rate <= 1.0)
        b.failureRate = rate;
    return b;
}

SandboxReceiver::Error SandboxReceiver::fail(Error error, const QString &detail)
{
    m_error = error;
    m_errorDetail = detail;
    return error;
}

SandboxReceiver::Error SandboxReceiver::start()
{
    m_error = Error::None;
    m_errorDetail.clear();
    m_portMoved = false;
    SettingsRepository settings(m_db);
    const StoreResult<std::optional<quint16>> storedRead = storedPort(settings);
    if (!storedRead)
        return fail(Error::Store, storedRead.error().message);
    const std::optional<quint16> stored = *storedRead;
    const quint16 wanted = stored.value_or(kDefaultPort);
    if (!m_receiver.start(wanted)) {
        if (m_receiver.error() == LocalReceiver::Error::CertificateGeneration)
            return fail(Error::CertificateGeneration, {});
        // Taken (another program, or a second console on this database): any free port, and
        // the demo endpoints move with it.
        if (!m_receiver.start(0))
            return fail(m_receiver.error() == LocalReceiver::Error::CertificateGeneration
                            ? Error::CertificateGeneration
                            : Error::Listen,
                        {});
        m_portMoved = stored.has_value();
    }
    const quint16 port = m_receiver.port();
    if (port != stored) {
        if (std::optional<StoreError> e =
                settings.setValue(settingsScope(), kPortKey, QString::number(port)))
            return fail(Error::Store, e->message);
    }
    std::optional<StoreError> e = trustCa();
    if (!e)
        e = allowlistLoopback(port);
    if (!e)
        e = DemoSetup::retarget(m_db, port);
    emit trustChanged();
    if (e)
        return fail(Error::Store, e->message);
    return Error::None;
}

void SandboxReceiver::stop()
{
    if (!m_receiver.isListening())
        return;
    m_receiver.stop();
    std::optional<StoreError> e = withdrawCa();
    if (std::optional<StoreError> l = withdrawLoopback(); !e)
        e = l;
    if (e)
        m_errorDetail = e->message;
    emit trustChanged();
}

bool SandboxReceiver::isRunning() const
{
    return m_receiver.isListening();
}

quint16 SandboxReceiver::port() const
{
    return m_receiver.port();
}

std::optional<StoreError> SandboxReceiver::trustCa()
{
    if (std::optional<StoreError> e = withdrawCa())
        return e;
    const QSslCertificate ca = m_receiver.caCertificate();
    TrustedCertificates trusted(m_db);
    std::optional<StoreError> storeError;
    const std::optional<TrustedCertificates::Error> error =
        trusted.trust(Environment::Sandbox, ca.toPem(), nullptr, &storeError);
    if (error && *error != TrustedCertificates::Error::AlreadyTrusted)
        return storeError.value_or(
            StoreError{StoreError::Code::Other, QStringLiteral("the receiver's CA was refused")});
    return SettingsRepository(m_db).setValue(settingsScope(), kCaKey,
                                             TrustedCertificates::fingerprint(ca));
}

std::optional<StoreError> SandboxReceiver::withdrawCa()
{
    SettingsRepository settings(m_db);
    const StoreResult<std::optional<QString>> stored = settings.value(settingsScope(), kCaKey);
    if (!stored)
        return stored.error();
    const std::optional<QString> &previous = *stored;
    if (!previous)
        return std::nullopt;
    std::optional<StoreError> storeError;
    const std::optional<TrustedCertificates::Error> error =
        TrustedCertificates(m_db).untrust(Environment::Sandbox, *previous, &storeError);
    // Removed by hand in Settings meanwhile: nothing left to withdraw.
    if (error && *error != TrustedCertificates::Error::NotFound)
        return storeError.value_or(
            StoreError{StoreError::Code::Other, QStringLiteral("cannot withdraw the old CA")});
    return settings.remove(settingsScope(), kCaKey);
}

std::optional<StoreError> SandboxReceiver::allowlistLoopback(quint16 port)
{
    SettingsRepository settings(m_db);
    bool corrupt = false;
    const StoreResult<Allowlist> loaded = Allowlist::load(settings, Environment::Sandbox, &corrupt);
    if (!loaded)
        return loaded.error();
    if (corrupt) // never overwrite what the user may still want to repair
        return StoreError{StoreError::Code::Other,
                          QStringLiteral("the sandbox allowlist is unreadable")};
    Allowlist list = *loaded;
    const Allowlist before = list;
    // What an earlier run left behind: its entry (after a crash, or on another port) and the
    // every-port loopback entry of versions before port-scoped entries.
    const StoreResult<std::optional<Allowlist::Entry>> previous = registeredEntry(settings);
    if (!previous)
        return previous.error();
    if (*previous)
        list.remove(**previous);
    const StoreResult<std::optional<QString>> legacyWithdrawn =
        settings.value(settingsScope(), kLegacyEntryWithdrawnKey);
    if (!legacyWithdrawn)
        return legacyWithdrawn.error();
    const bool legacyPending = !legacyWithdrawn->has_value();
    if (legacyPending)
        list.remove(*Allowlist::parseEntry(QStringLiteral("127.0.0.1/32")).entry);
    list.add(allowlistEntry(port));
    if (list.entries() != before.entries()) {
        if (std::optional<StoreError> e = list.save(settings, Environment::Sandbox))
            return e;
    }
    if (legacyPending) {
        if (std::optional<StoreError> e =
                settings.setValue(settingsScope(), kLegacyEntryWithdrawnKey, QStringLiteral("1")))
            return e;
    }
    return settings.setValue(settingsScope(), kAllowlistedPortKey, QString::number(port));
}

std::optional<StoreError> SandboxReceiver::withdrawLoopback()
{
    SettingsRepository settings(m_db);
    const StoreResult<std::optional<Allowlist::Entry>> registered = registeredEntry(settings);
    if (!registered)
        return registered.error();
    const std::optional<Allowlist::Entry> &entry = *registered;
    if (!entry)
        return std::nullopt;
    bool corrupt = false;
    const StoreResult<Allowlist> loaded = Allowlist::load(settings, Environment::Sandbox, &corrupt);
    if (!loaded)
        return loaded.error();
    Allowlist list = *loaded;
    if (corrupt)
        return StoreError{StoreError::Code::Other,
                          QStringLiteral("the sandbox allowlist is unreadable")};
    if (list.remove(*entry)) {
        if (std::optional<StoreError> e = list.save(settings, Environment::Sandbox))
            return e;
    }
    return settings.remove(settingsScope(), kAllowlistedPortKey);
}

std::optional<StoreError> SandboxReceiver::setBehaviour(const ReceiverBehaviour &behaviour)
{
    m_behaviour = behaviour;
    m_behaviour.failureRate = std::clamp(m_behaviour.failureRate, 0.0, 1.0);
    m_behaviour.delayMs = std::clamp(m_behaviour.delayMs, 0, kMaxDelayMs);
    applyBehaviour();
    SettingsRepository settings(m_db);
    for (const auto &[key, value] :
         {std::pair{kStatusKey, QString::number(m_behaviour.statusCode)},
          std::pair{kDelayKey, QString::number(m_behaviour.delayMs)},
          std::pair{kFailureRateKey, QString::number(m_behaviour.failureRate)}}) {
        if (std::optional<StoreError> e = settings.setValue(settingsScope(), key, value))
            return e;
    }
    return std::nullopt;
}

void SandboxReceiver::applyBehaviour()
{
    m_receiver.setBehaviour(m_behaviour);
    ReceiverBehaviour flaky = m_behaviour;
    flaky.failureRate = std::max(flaky.failureRate, DemoSetup::kFlakyFailureRate);
    m_receiver.setPathBehaviour(QByteArray(DemoSetup::kFlakyPath), flaky);
}

} // namespace hookline
