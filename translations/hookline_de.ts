<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hookline::ui::AuditPage</name>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash chain and the anchor kept in the keychain</source>
        <translation>Prüft die Hash-Kette jedes Eintrags und den im Schlüsselbund gespeicherten Anker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Object id contains…</source>
        <translation>Objekt-ID enthält …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Das Audit-Protokoll wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 by %4 on %5</source>
        <translation>Eintrag %1 · %2 · %3 durch %4 an %5</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Vorheriger Hash: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Audit-Protokoll wird geprüft …</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>the audit key is not in the keychain, so the entries cannot be checked</source>
        <translation>der Audit-Schlüssel fehlt im Schlüsselbund, die Einträge können nicht geprüft werden</translation>
    </message>
    <message>
        <source>its content or hash was changed after it was written</source>
        <translation>Inhalt oder Hash wurden nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>er schließt nicht an den vorherigen Eintrag an</translation>
    </message>
    <message>
        <source>the entry was deleted</source>
        <translation>der Eintrag wurde gelöscht</translation>
    </message>
    <message>
        <source>an entry from another position was moved here</source>
        <translation>ein Eintrag von einer anderen Position wurde hierher verschoben</translation>
    </message>
    <message>
        <source>the log ends before the entry anchored in the keychain (truncated, or an older copy of the database)</source>
        <translation>das Protokoll endet vor dem im Schlüsselbund verankerten Eintrag (gekürzt oder eine ältere Kopie der Datenbank)</translation>
    </message>
    <message>
        <source>it differs from the entry anchored in the keychain (an older copy of the database was restored)</source>
        <translation>er weicht vom im Schlüsselbund verankerten Eintrag ab (eine ältere Kopie der Datenbank wurde zurückgespielt)</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>✓ The audit log is empty.</source>
        <translation>✓ Das Audit-Protokoll ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Verified: %n entry(s), up to seq %1.</source>
        <translation>
            <numerusform>✓ Geprüft: %n Eintrag, bis Nr. %1.</numerusform>
            <numerusform>✓ Geprüft: %n Einträge, bis Nr. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not anchored in the keychain yet.</source>
        <translation>Noch nicht im Schlüsselbund verankert.</translation>
    </message>
    <message>
        <source>✗ Broken at seq %1: %2</source>
        <translation>✗ Beschädigt bei Nr. %1: %2</translation>
    </message>
    <message>
        <source>✗ Broken at seq %1 (%2): %3</source>
        <translation>✗ Beschädigt bei Nr. %1 (%2): %3</translation>
    </message>
    <message>
        <source>✗ Cannot verify: %1</source>
        <translation>✗ Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The audit key is missing from the keychain: changes cannot be audited and are refused.</source>
        <translation>Der Audit-Schlüssel fehlt im Schlüsselbund: Änderungen können nicht protokolliert werden und werden abgelehnt.</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable: the audit key could not be read, so configuration changes are refused until it is unlocked and Hookline restarted.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar: Der Audit-Schlüssel konnte nicht gelesen werden, daher werden Konfigurationsänderungen abgelehnt, bis er entsperrt und Hookline neu gestartet ist.</translation>
    </message>
    <message>
        <source>The audit log could not be read from the database.</source>
        <translation>Das Audit-Protokoll konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::AuditTableModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DisplayText</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>JWT (RS256)</source>
        <translation>JWT (RS256)</translation>
    </message>
    <message>
        <source>Standard Webhooks (HMAC)</source>
        <translation>Standard Webhooks (HMAC)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>HTTP 4xx</source>
        <translation>HTTP 4xx</translation>
    </message>
    <message>
        <source>HTTP 5xx</source>
        <translation>HTTP 5xx</translation>
    </message>
    <message>
        <source>HTTP 429 (rate limited)</source>
        <translation>HTTP 429 (Ratenlimit)</translation>
    </message>
    <message>
        <source>Redirect (not followed)</source>
        <translation>Weiterleitung (nicht gefolgt)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>DNS-Auflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Durch Richtlinie blockiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointDialog</name>
    <message>
        <source>Edit endpoint — %1</source>
        <translation>Endpunkt bearbeiten – %1</translation>
    </message>
    <message>
        <source>New endpoint in %1</source>
        <translation>Neuer Endpunkt in %1</translation>
    </message>
    <message>
        <source>e.g. KYC receiver</source>
        <translation>z. B. KYC-Empfänger</translation>
    </message>
    <message>
        <source>identity_document.*, customer.created — or *</source>
        <translation>identity_document.*, customer.created – oder *</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Event patterns</source>
        <translation>Ereignismuster</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>Ausweich-URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Maximale Wiederholungen</translation>
    </message>
    <message>
        <source>Maximum deliveries in flight</source>
        <translation>Maximal gleichzeitige Zustellungen</translation>
    </message>
    <message>
        <source>Rate limit in deliveries per second</source>
        <translation>Ratenbegrenzung in Zustellungen pro Sekunde</translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation>Signaturverfahren</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Name des Auth-Headers</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Failover URL:</source>
        <translation>A&amp;usweich-URL:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Delivery and security</source>
        <translation>Zustellung und Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>Max. &amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Max in f&amp;light:</source>
        <translation>Max. &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>R&amp;ate limit:</source>
        <translation>R&amp;atenlimit:</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Aut&amp;h header:</source>
        <translation>Aut&amp;h-Header:</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>Eigene &amp;Header:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Endpoint id: %1 · Webhook id: %2</source>
        <translation>Endpunkt-ID: %1 · Webhook-ID: %2</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1: Problem</translation>
    </message>
    <message>
        <source>optional — used while paused</source>
        <translation>optional – genutzt, solange pausiert</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointTableModel</name>
    <message>
        <source>Paused since %1 (no reason given)</source>
        <translation>Pausiert seit %1 (ohne Angabe eines Grundes)</translation>
    </message>
    <message>
        <source>Paused since %1: %2</source>
        <translation>Pausiert seit %1: %2</translation>
    </message>
    <message>
        <source>%1
Failover: %2</source>
        <translation>%1
Ausweich-URL: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Paused by the engine: %1</source>
        <translation>Von der Zustell-Engine pausiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n Fehlschlag in Folge</numerusform>
            <numerusform>%n Fehlschläge in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;New endpoint…</source>
        <translation>&amp;Neuer Endpunkt …</translation>
    </message>
    <message>
        <source>Create an endpoint (%1)</source>
        <translation>Einen Endpunkt anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected endpoint (Enter or double-click)</source>
        <translation>Den ausgewählten Endpunkt bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected endpoint (Del)</source>
        <translation>Den ausgewählten Endpunkt löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren …</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected endpoint; new ones are held</source>
        <translation>Zustellungen an den ausgewählten Endpunkt pausieren; neue werden zurückgehalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected endpoint</source>
        <translation>Zustellungen an den ausgewählten Endpunkt fortsetzen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Endpoint actions</source>
        <translation>Endpunkt-Aktionen</translation>
    </message>
    <message>
        <source>Filter by name, URL or event (Ctrl+F)</source>
        <translation>Nach Name, URL oder Ereignis filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message>
        <source>Show endpoints in state</source>
        <translation>Endpunkte mit Status anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1”?</source>
        <translation>Den Endpunkt „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pause endpoint</source>
        <translation>Endpunkt pausieren</translation>
    </message>
    <message>
        <source>Pause “%1”? New deliveries are held until you resume it.

Reason (optional, shown in the list):</source>
        <translation>„%1“ pausieren? Neue Zustellungen werden zurückgehalten, bis Sie den Endpunkt fortsetzen.

Grund (optional, wird in der Liste angezeigt):</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>No endpoints in %1 yet — create one with New endpoint (%2)</source>
        <translation>Noch keine Endpunkte in %1 – legen Sie einen mit „Neuer Endpunkt“ an (%2)</translation>
    </message>
    <message>
        <source>An endpoint is an HTTPS URL that receives the events it subscribes to — signed, retried and logged.</source>
        <translation>Ein Endpunkt ist eine HTTPS-URL, die die abonnierten Ereignisse empfängt – signiert, wiederholt und protokolliert.</translation>
    </message>
    <message>
        <source>No endpoint matches the filter</source>
        <translation>Kein Endpunkt passt zum Filter</translation>
    </message>
    <message>
        <source>The filter hides every endpoint in %1 — change it or clear it to see them again.</source>
        <translation>Der Filter blendet alle Endpunkte in %1 aus – ändern oder leeren Sie ihn, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1

The endpoint will no longer receive webhooks from %2, and its deliveries and their attempts are deleted with it. This cannot be undone.</source>
        <translation>%1

Der Endpunkt erhält dann keine Webhooks mehr aus %2; seine Zustellungen und deren Versuche werden mitgelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EngineHost</name>
    <message>
        <source>The keychain is unavailable — deliveries wait until it can be read</source>
        <translation>Der Schlüsselbund ist nicht verfügbar — Zustellungen warten, bis er gelesen werden kann</translation>
    </message>
    <message>
        <source>No signing key for %1 — deliveries wait until one is generated (Settings › Keys, or hooklinectl keys generate)</source>
        <translation>Kein Signaturschlüssel für %1 — Zustellungen warten (Einstellungen › Schlüssel oder hooklinectl keys generate)</translation>
    </message>
    <message numerus="yes">
        <source>No webhook secret for %n endpoint(s) — their deliveries wait</source>
        <translation>
            <numerusform>Kein Webhook-Geheimnis für %n Endpunkt — seine Zustellungen warten</numerusform>
            <numerusform>Kein Webhook-Geheimnis für %n Endpunkte — ihre Zustellungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery engine: starting…</source>
        <translation>Zustell-Engine: startet…</translation>
    </message>
    <message>
        <source>Delivering · %1 in flight · %2 sent, %3 failed</source>
        <translation>Zustellung · %1 unterwegs · %2 gesendet, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deliveries are being sent by %1</source>
        <translation>Zustellungen werden von %1 gesendet</translation>
    </message>
    <message>
        <source>Delivery engine stopped</source>
        <translation>Zustell-Engine angehalten</translation>
    </message>
    <message>
        <source>Delivery engine failed: %1</source>
        <translation>Zustell-Engine fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counts since the console started. Deliveries are sent from this window while it is open.</source>
        <translation>Zahlen seit dem Start der Konsole. Zustellungen werden von diesem Fenster aus gesendet, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Only one process delivers from a database. This console shows and edits endpoints; it takes over delivery when the other process ends.</source>
        <translation>Nur ein Prozess stellt aus einer Datenbank zu. Diese Konsole zeigt und bearbeitet Endpunkte; sie übernimmt die Zustellung, sobald der andere Prozess endet.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EnvironmentBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — test mode: deliveries carry &lt;code&gt;X-Webhook-Test-Mode: true&lt;/code&gt;. Switch to Live in the toolbar for production endpoints.</source>
        <translation>&lt;b&gt;Sandbox&lt;/b&gt; – Testmodus: Zustellungen tragen &lt;code&gt;X-Webhook-Test-Mode: true&lt;/code&gt;. Für produktive Endpunkte in der Werkzeugleiste auf „Live“ umschalten.</translation>
    </message>
    <message>
        <source>Sandbox environment</source>
        <translation>Sandbox-Umgebung</translation>
    </message>
</context>
<context>
    <name>hookline::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The dashboard arrives with the delivery engine</source>
        <translation>Die Übersicht kommt mit der Zustell-Engine</translation>
    </message>
    <message>
        <source>Charts of success rate, average and p95 latency, outcome classes and HTTP statuses will appear here, with a per-endpoint table and recommendations — once deliveries are being recorded.</source>
        <translation>Hier erscheinen Diagramme zu Erfolgsquote, mittlerer und p95-Latenz, Ergebnisklassen und HTTP-Status, dazu eine Tabelle je Endpunkt und Empfehlungen – sobald Zustellungen aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The event composer and the event log will appear here: fire test events with realistic sample payloads and see every event that entered this environment.</source>
        <translation>Hier erscheinen der Ereignis-Editor und das Ereignisprotokoll: Testereignisse mit realistischen Beispieldaten auslösen und jedes Ereignis sehen, das in diese Umgebung gelangt ist.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Every delivery and each of its attempts will be listed here — status, latency, response and signature — with the dead letters and replay.</source>
        <translation>Hier werden jede Zustellung und jeder ihrer Versuche aufgeführt – Status, Latenz, Antwort und Signatur –, dazu die unzustellbaren Nachrichten und die erneute Zustellung.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings come in a later version</source>
        <translation>Einstellungen folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>Signing keys, the destination allowlist, trusted CA certificates, retention and the local ingest API will be configured here.</source>
        <translation>Hier werden Signaturschlüssel, die Zielfreigabeliste, vertrauenswürdige CA-Zertifikate, die Aufbewahrung und die lokale Ingest-API eingerichtet.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Live and Sandbox are fully separate: endpoints, events, deliveries and keys.</source>
        <translation>Live und Sandbox sind vollständig getrennt: Endpunkte, Ereignisse, Zustellungen und Schlüssel.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>E&amp;ndpunkte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hookline</source>
        <translation>Ü&amp;ber Hookline</translation>
    </message>
    <message>
        <source>Hookline — %1</source>
        <translation>Hookline – %1</translation>
    </message>
    <message>
        <source>Endpoints: %1 in Sandbox · %2 in Live</source>
        <translation>Endpunkte: %1 in Sandbox · %2 in Live</translation>
    </message>
    <message>
        <source>About Hookline</source>
        <translation>Über Hookline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookline %1&lt;/b&gt;&lt;p&gt;A console for signed, retried and logged webhook delivery.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookline %1&lt;/b&gt;&lt;p&gt;Eine Konsole für signierte, wiederholte und protokollierte Webhook-Zustellung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The event log comes in a later version</source>
        <translation>Das Ereignisprotokoll folgt in einer späteren Version</translation>
    </message>
    <message>
        <source>The delivery log comes in a later version</source>
        <translation>Das Zustellprotokoll folgt in einer späteren Version</translation>
    </message>
    <message>
        <source>Delivery engine: not started</source>
        <translation>Zustell-Engine: nicht gestartet</translation>
    </message>
    <message>
        <source>Hookline</source>
        <translation>Hookline</translation>
    </message>
    <message>
        <source>Endpoint paused</source>
        <translation>Endpunkt pausiert</translation>
    </message>
    <message>
        <source>%1 was paused automatically: %2</source>
        <translation>%1 wurde automatisch pausiert: %2</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ValidationText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>Retry intervals</source>
        <translation>Wiederholungsabstände</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>Ausweich-URL</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>Auth-Header</translation>
    </message>
    <message>
        <source>Auto-pause</source>
        <translation>Automatische Pause</translation>
    </message>
    <message>
        <source>Give the endpoint a name, e.g. “KYC receiver”.</source>
        <translation>Geben Sie dem Endpunkt einen Namen, z. B. „KYC-Empfänger“.</translation>
    </message>
    <message>
        <source>Enter the URL that receives the webhooks, e.g. https://example.com/hooks.</source>
        <translation>Geben Sie die URL ein, die die Webhooks empfängt, z. B. https://example.com/hooks.</translation>
    </message>
    <message>
        <source>Enter at least one event pattern, e.g. identity_document.* — or * for all events.</source>
        <translation>Geben Sie mindestens ein Ereignismuster ein, z. B. identity_document.* – oder * für alle Ereignisse.</translation>
    </message>
    <message>
        <source>Enter the header that carries the auth token, usually Authorization.</source>
        <translation>Geben Sie den Header an, der das Auth-Token trägt, meist Authorization.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters — shorten it.</source>
        <translation>Ein Name darf höchstens %1 Zeichen lang sein – kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>A URL can have at most %1 characters — shorten it.</source>
        <translation>Eine URL darf höchstens %1 Zeichen lang sein – kürzen Sie sie.</translation>
    </message>
    <message>
        <source>Only HTTPS failover URLs are accepted — use https://…</source>
        <translation>Nur HTTPS-Ausweich-URLs sind zulässig – verwenden Sie https://…</translation>
    </message>
    <message>
        <source>Only HTTPS URLs are accepted — use https://…</source>
        <translation>Nur HTTPS-URLs sind zulässig – verwenden Sie https://…</translation>
    </message>
    <message>
        <source>This is not a complete URL — write it as https://host/path.</source>
        <translation>Das ist keine vollständige URL – schreiben Sie sie als https://host/pfad.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL; send credentials with the auth header instead.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der URL; senden Sie Zugangsdaten stattdessen über den Auth-Header.</translation>
    </message>
    <message>
        <source>Remove the #fragment — it is never sent to the receiver.</source>
        <translation>Entfernen Sie das #Fragment – es wird nie an den Empfänger gesendet.</translation>
    </message>
    <message>
        <source>The failover URL must differ from the primary URL — enter a second receiver or leave it empty.</source>
        <translation>Die Ausweich-URL muss sich von der Haupt-URL unterscheiden – geben Sie einen zweiten Empfänger an oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Choose a timeout from %1 to %2 seconds.</source>
        <translation>Wählen Sie ein Zeitlimit von %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 retries.</source>
        <translation>Wählen Sie %1 bis %2 Wiederholungen.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 deliveries in flight.</source>
        <translation>Wählen Sie %1 bis %2 gleichzeitige Zustellungen.</translation>
    </message>
    <message>
        <source>Choose a rate from %1 (unlimited) to %2 deliveries per second.</source>
        <translation>Wählen Sie eine Rate von %1 (unbegrenzt) bis %2 Zustellungen pro Sekunde.</translation>
    </message>
    <message>
        <source>Choose a jitter from %1 to %2 %.</source>
        <translation>Wählen Sie eine Streuung von %1 bis %2 %.</translation>
    </message>
    <message>
        <source>Each retry interval must be between 0 seconds and 7 days.</source>
        <translation>Jeder Wiederholungsabstand muss zwischen 0 Sekunden und 7 Tagen liegen.</translation>
    </message>
    <message>
        <source>Auto-pause needs 1 to 1000 consecutive failures and 1 to 100 % timeouts.</source>
        <translation>Die automatische Pause braucht 1 bis 1000 aufeinanderfolgende Fehlschläge und 1 bis 100 % Zeitüberschreitungen.</translation>
    </message>
    <message>
        <source>%1 is out of range — choose a value from %2.</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs – wählen Sie einen Wert von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid pattern — use an event type (customer.created), a prefix with .* (identity_document.*) or *.</source>
        <translation>„%1“ ist kein gültiges Muster – verwenden Sie einen Ereignistyp (customer.created), ein Präfix mit .* (identity_document.*) oder *.</translation>
    </message>
    <message>
        <source>“%1” cannot carry the auth token — use a valid header name that Hookline does not set itself, e.g. Authorization.</source>
        <translation>„%1“ kann das Auth-Token nicht tragen – verwenden Sie einen gültigen Header-Namen, den Hookline nicht selbst setzt, z. B. Authorization.</translation>
    </message>
    <message>
        <source>Every header needs a name — fill it in or remove the row.</source>
        <translation>Jeder Header braucht einen Namen – tragen Sie ihn ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header — names use letters, digits and “-”, values fit on one line.</source>
        <translation>„%1“ ist kein gültiger Header – Namen bestehen aus Buchstaben, Ziffern und „-“, Werte passen in eine Zeile.</translation>
    </message>
    <message>
        <source>Hookline sets “%1” itself — remove this header or rename it.</source>
        <translation>Hookline setzt „%1“ selbst – entfernen Sie diesen Header oder benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>“%1” appears twice — keep one of them.</source>
        <translation>„%1“ kommt doppelt vor – behalten Sie nur einen.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 ist ungültig.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Hookline. Update Hookline to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Hookline-Version geschrieben. Aktualisieren Sie Hookline, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The database could not be upgraded for this version of Hookline; nothing was changed. Details: %1</source>
        <translation>Die Datenbank konnte nicht für diese Hookline-Version aktualisiert werden; nichts wurde geändert. Details: %1</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved. Details: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt; nichts wurde gespeichert. Details: %1</translation>
    </message>
    <message>
        <source>This endpoint no longer exists — it may have been removed elsewhere, for example with hooklinectl.</source>
        <translation>Diesen Endpunkt gibt es nicht mehr – vielleicht wurde er anderswo entfernt, zum Beispiel mit hooklinectl.</translation>
    </message>
    <message>
        <source>The database is busy: another Hookline process is writing. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderer Hookline-Prozess schreibt gerade. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was saved. Details: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet; nichts wurde gespeichert. Details: %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Hookline. Update Hookline, or start it with --db PATH to use another database.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Hookline-Version geschrieben. Aktualisieren Sie Hookline oder starten Sie es mit --db PFAD, um eine andere Datenbank zu verwenden.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded for this version of Hookline. It was left unchanged.

Details: %2</source>
        <translation>Die Datenbank %1 konnte nicht für diese Hookline-Version aktualisiert werden. Sie blieb unverändert.

Details: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Is it a Hookline database, and can you write to its folder? Start Hookline with --db PATH to use another file.

Details: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden. Ist es eine Hookline-Datenbank, und dürfen Sie in ihren Ordner schreiben? Starten Sie Hookline mit --db PFAD, um eine andere Datei zu verwenden.

Details: %2</translation>
    </message>
    <message>
        <source>Hookline does not deliver to this address: %1. Use a public HTTPS receiver, or allow this one for the environment with “hooklinectl policy allow”.</source>
        <translation>Hookline stellt an diese Adresse nicht zu: %1. Verwenden Sie einen öffentlichen HTTPS-Empfänger oder geben Sie diesen für die Umgebung mit „hooklinectl policy allow“ frei.</translation>
    </message>
    <message>
        <source>every address of the host is public</source>
        <translation>alle Adressen des Hosts sind öffentlich</translation>
    </message>
    <message>
        <source>the host is on the environment&apos;s allowlist</source>
        <translation>der Host steht auf der Freigabeliste der Umgebung</translation>
    </message>
    <message>
        <source>the host name is checked when it is resolved</source>
        <translation>der Hostname wird bei der Namensauflösung geprüft</translation>
    </message>
    <message>
        <source>this is not a complete URL</source>
        <translation>das ist keine vollständige URL</translation>
    </message>
    <message>
        <source>only HTTPS is allowed</source>
        <translation>nur HTTPS ist zulässig</translation>
    </message>
    <message>
        <source>the URL contains a user name or password</source>
        <translation>die URL enthält einen Benutzernamen oder ein Passwort</translation>
    </message>
    <message>
        <source>the URL contains a #fragment</source>
        <translation>die URL enthält ein #Fragment</translation>
    </message>
    <message>
        <source>the URL contains a backslash, a space or a control character</source>
        <translation>die URL enthält einen Backslash, ein Leerzeichen oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>der Port ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%eth0) are not allowed</source>
        <translation>IPv6-Zonen-IDs (%eth0) sind nicht zulässig</translation>
    </message>
    <message>
        <source>the host name is longer than 253 characters</source>
        <translation>der Hostname ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>the host looks like an IPv4 address but is not a valid one</source>
        <translation>der Host sieht wie eine IPv4-Adresse aus, ist aber keine gültige</translation>
    </message>
    <message>
        <source>the host name contains characters no host name may hold</source>
        <translation>der Hostname enthält Zeichen, die in Hostnamen nicht vorkommen dürfen</translation>
    </message>
    <message>
        <source>the host name is a local or cloud-metadata name</source>
        <translation>der Hostname ist ein lokaler Name oder ein Cloud-Metadaten-Name</translation>
    </message>
    <message>
        <source>the address is private, loopback, link-local or otherwise internal</source>
        <translation>die Adresse ist privat, Loopback, link-lokal oder anderweitig intern</translation>
    </message>
    <message>
        <source>the host name resolves to a private or internal address</source>
        <translation>der Hostname wird zu einer privaten oder internen Adresse aufgelöst</translation>
    </message>
    <message>
        <source>the host name does not exist</source>
        <translation>den Hostnamen gibt es nicht</translation>
    </message>
    <message>
        <source>the host name has no IPv4 or IPv6 address</source>
        <translation>der Hostname hat keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>resolving the host name timed out</source>
        <translation>die Namensauflösung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The change was not saved: the audit log&apos;s key could not be read from the keychain. Unlock the keychain and try again.</source>
        <translation>Die Änderung wurde nicht gespeichert: Der Schlüssel des Audit-Protokolls konnte nicht aus dem Schlüsselbund gelesen werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
