#include "ingest/ingesthost.h"

#include "ingest/ingestserver.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/settingsrepository.h"

namespace hookline {

IngestHost::IngestHost(Store db, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
{}

IngestHost::~IngestHost() = default;

quint16 IngestHost::port() const
{
    return m_server && m_server->isListening() ? m_server->port() : 0;
}

void IngestHost::reload()
{
    const quint64 generation = ++m_generation;
    const StoreResult<IngestSettings> settings = IngestSettings::load(SettingsRepository(m_db));
    if (!settings) {
        m_server.reset();
        setState(State::StoreUnavailable, settings.error().message);
        return;
    }
    m_settings = *settings;
    if (!m_settings.enabled) {
        m_server.reset();
        setState(State::Off);
        return;
    }
    setState(State::Starting);
    m_secrets->read(
        SecretNames::ingestToken(), this, [this, generation](const SecretStore::Result &r) {
            if (generation != m_generation)
                return;
            if (r.error == SecretStore::Error::NotFound || (r.ok() && r.value.isEmpty())) {
                m_server.reset();
                setState(State::NoToken);
            } else if (!r.ok()) {
                m_server.reset();
                setState(State::SecretsUnavailable, r.detail);
            } else {
                listen(r.value);
            }
        });
}

void IngestHost::listen(const QByteArray &token)
{
    // A fresh server per reload: the token and the port may both have changed.
    m_server.reset();
    auto server = std::make_unique<IngestServer>(m_db, Environment::Sandbox, token);
    connect(server.get(), &IngestServer::eventAccepted, this, &IngestHost::eventAccepted);
    if (!server->start(m_settings.port)) {
        setState(State::PortInUse, QString::number(m_settings.port));
        return;
    }
    m_server = std::move(server);
    setState(State::Listening);
}

void IngestHost::stop()
{
    ++m_generation;
    m_server.reset();
    setState(State::Off);
}

void IngestHost::setState(State state, const QString &detail)
{
    // Emitted even when the state stays: a listener on a new port is news too.
    m_detail = detail;
    m_state = state;
    emit stateChanged(state);
}

} // namespace hookline
