#pragma once

#include "config/ingestsettings.h"
#include "store/store.h"

#include <QObject>
#include <memory>

namespace hookline {

class IngestServer;
class SecretStore;

// Starts and stops the local ingest API as IngestSettings say: used by `hooklinectl run` and the
// console, each only while it holds the engine lock (one listener per database). The bearer token
// is read from the SecretStore on every reload(), so a rotated token takes effect at once. Reports
// codes; the UI and the CLI say them in words.
class IngestHost : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Off,       // disabled in the settings (the default), or stop() called
        Starting,  // reading the token
        Listening, // serving on 127.0.0.1:port()
        NoToken,   // enabled, but no token in the SecretStore: refusing to open without one
        SecretsUnavailable, // the SecretStore cannot be read (detail())
        PortInUse,          // 127.0.0.1:port cannot be bound (detail: the port)
        StoreUnavailable,   // the settings cannot be read (detail: the store's message)
    };
    Q_ENUM(State)

    // `db` belongs to this thread; `secrets` must outlive the host.
    IngestHost(Store db, SecretStore *secrets, QObject *parent = nullptr);
    ~IngestHost() override;

    State state() const { return m_state; }
    quint16 port() const;
    QString detail() const { return m_detail; }
    const IngestSettings &settings() const { return m_settings; }

public slots:
    // Reads the settings and the token again and (re)starts or stops the API accordingly.
    void reload();
    void stop();

signals:
    void stateChanged(hookline::IngestHost::State state);
    void eventAccepted(const QString &eventId);

private:
    void setState(State state, const QString &detail = {});
    void listen(const QByteArray &token);

    Store m_db;
    SecretStore *m_secrets;
    IngestSettings m_settings;
    std::unique_ptr<IngestServer> m_server;
    State m_state = State::Off;
    QString m_detail;
    quint64 m_generation = 0; // a reload supersedes the token reads of earlier ones
};

} // namespace hookline
