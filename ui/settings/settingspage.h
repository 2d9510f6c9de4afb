#pragma once

#include "domain/environment.h"
#include "store/store.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace hookline {
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class AllowlistSection;
class IngestSection;
class KeychainSection;
class KeysSection;
class LanguageSection;
class RetentionSection;
class SettingsSection;
class TrustedCaSection;

// The Settings page: signing keys, destination allowlist and trusted CAs (of the console's
// current environment), retention, the ingest API, the keychain and the language, as a list of
// sections beside the selected one.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum Section
    {
        Keys,
        Allowlist,
        TrustedCas,
        Retention,
        Ingest,
        Keychain,
        Language,
        SectionCount
    };

    SettingsPage(Store db, QWidget *parent = nullptr);

    // The store the keys and the ingest token are written to (the engine's); not owned.
    void setSecretStore(SecretStore *secrets);
    void setEnvironment(Environment environment);
    void setCurrentSection(int section);
    int currentSection() const;
    SettingsSection *section(int section) const;

    KeysSection *keys() const { return m_keys; }
    AllowlistSection *allowlist() const { return m_allowlist; }
    TrustedCaSection *trustedCas() const { return m_trustedCas; }
    RetentionSection *retention() const { return m_retention; }
    IngestSection *ingest() const { return m_ingest; }
    KeychainSection *keychain() const { return m_keychain; }
    LanguageSection *language() const { return m_language; }

signals:
    // Keys, allowlist or trusted CAs changed: the engine must read them again.
    void configurationChanged();
    // The ingest API's switch, port or token changed: start, stop or restart its server.
    void ingestSettingsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<SettingsSection *> m_sections;
    KeysSection *m_keys = nullptr;
    AllowlistSection *m_allowlist = nullptr;
    TrustedCaSection *m_trustedCas = nullptr;
    RetentionSection *m_retention = nullptr;
    IngestSection *m_ingest = nullptr;
    KeychainSection *m_keychain = nullptr;
    LanguageSection *m_language = nullptr;
};

} // namespace hookline::ui
