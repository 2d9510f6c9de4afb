<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hookline::ui::AllowlistSection</name>
    <message>
        <source>any port</source>
        <translation>jeder Port</translation>
    </message>
    <message>
        <source>Port of the new entry (empty: every port)</source>
        <translation>Port des neuen Eintrags (leer: jeder Port)</translation>
    </message>
    <message>
        <source>Only this port (1–65535). Leave empty to allow every port.</source>
        <translation>Nur dieser Port (1–65535). Leer lassen, um jeden Port zu erlauben.</translation>
    </message>
    <message>
        <source>%1, every port</source>
        <translation>%1, jeder Port</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Allowlist entries</source>
        <translation>Einträge der Positivliste</translation>
    </message>
    <message>
        <source>10.20.0.0/16, 192.168.1.10 or hooks.internal.example</source>
        <translation>10.20.0.0/16, 192.168.1.10 oder hooks.internal.example</translation>
    </message>
    <message>
        <source>New allowlist entry</source>
        <translation>Neuer Eintrag der Positivliste</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Destination allowlist — %1</source>
        <translation>Ziel-Positivliste — %1</translation>
    </message>
    <message>
        <source>Exceptions to the destination policy for %1: deliveries may reach these private addresses and names (on-premises receivers). Every entry opens a way into your network: keep this list short. Default: empty.</source>
        <translation>Ausnahmen von der Zielrichtlinie für %1: Zustellungen dürfen diese privaten Adressen und Namen erreichen (Empfänger im eigenen Netz). Jeder Eintrag öffnet einen Weg in Ihr Netzwerk: Halten Sie die Liste kurz. Standard: leer.</translation>
    </message>
    <message>
        <source>Exceptions to the destination policy for %1: deliveries may reach these private addresses and names. While the local test receiver runs, 127.0.0.1/32 on its port is added automatically (Sandbox only, never Live).</source>
        <translation>Ausnahmen von der Zielrichtlinie für %1: Zustellungen dürfen diese privaten Adressen und Namen erreichen. Solange der lokale Testempfänger läuft, wird 127.0.0.1/32 auf seinem Port automatisch eingetragen (nur Sandbox, nie Live).</translation>
    </message>
    <message>
        <source>%1 (local test receiver)</source>
        <translation>%1 (lokaler Testempfänger)</translation>
    </message>
    <message>
        <source>Address range (CIDR)</source>
        <translation>Adressbereich (CIDR)</translation>
    </message>
    <message>
        <source>Exact host name</source>
        <translation>Exakter Hostname</translation>
    </message>
    <message>
        <source>The stored allowlist of %1 is unreadable and is treated as empty. Nothing can be changed here until it is repaired.</source>
        <translation>Die gespeicherte Positivliste von %1 ist nicht lesbar und gilt als leer. Hier lässt sich nichts ändern, bis sie repariert ist.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 steht bereits in der Liste.</translation>
    </message>
</context>
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
        <source>Cannot read the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
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
    <name>hookline::ui::BulkSubscriptionDialog</name>
    <message numerus="yes">
        <source>Edit subscriptions of %n endpoint(s)</source>
        <translation>
            <numerusform>Abonnements von %n Endpunkt bearbeiten</numerusform>
            <numerusform>Abonnements von %n Endpunkten bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Patterns to add</source>
        <translation>Hinzuzufügende Muster</translation>
    </message>
    <message>
        <source>e.g. identity_document.*, customer.created</source>
        <translation>z. B. identity_document.*, customer.created</translation>
    </message>
    <message>
        <source>Patterns to remove</source>
        <translation>Zu entfernende Muster</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Entfernen:</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Vorschau der Änderung</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Patterns are comma-separated: an event type, a prefix with .* or *. Every endpoint keeps at least one pattern.</source>
        <translation>Muster durch Kommas trennen: ein Ereignistyp, ein Präfix mit .* oder *. Jeder Endpunkt behält mindestens ein Muster.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>These endpoints would be left without any pattern: %1</source>
        <translation>Diese Endpunkte hätten kein Muster mehr: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) change.</source>
        <translation>
            <numerusform>%n Endpunkt ändert sich.</numerusform>
            <numerusform>%n Endpunkte ändern sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::BulkTestDialog</name>
    <message numerus="yes">
        <source>Test %n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt testen</numerusform>
            <numerusform>%n Endpunkte testen</numerusform>
        </translation>
    </message>
    <message>
        <source>One webhook.test event goes to every endpoint below, whatever it subscribes to. Each row shows how its first attempt went.</source>
        <translation>Ein webhook.test-Ereignis geht an jeden Endpunkt unten, unabhängig von seinen Abonnements. Jede Zeile zeigt, wie sein erster Versuch verlief.</translation>
    </message>
    <message>
        <source>Test results per endpoint</source>
        <translation>Testergebnisse je Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m fertig</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>%1 of %2 endpoint(s) answered within %3 s; the others stay queued — is the engine running?</source>
        <translation>%1 von %2 Endpunkt(en) haben innerhalb von %3 s geantwortet; die übrigen bleiben in der Warteschlange — läuft die Engine?</translation>
    </message>
    <message>
        <source>Done: event %1.</source>
        <translation>Fertig: Ereignis %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>Sent %1 — waiting for the first attempts…</source>
        <translation>%1 gesendet — warte auf die ersten Versuche …</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>held (paused)</source>
        <translation>zurückgehalten (pausiert)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ConfigImportDialog</name>
    <message>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Keine Vorlage gewählt</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Choose a configuration template (JSON). You will see what it would create, update and delete before anything is changed.</source>
        <translation>Wählen Sie eine Konfigurationsvorlage (JSON). Sie sehen, was sie anlegen, ändern und löschen würde, bevor irgendetwas geändert wird.</translation>
    </message>
    <message>
        <source>Problems in the template</source>
        <translation>Probleme in der Vorlage</translation>
    </message>
    <message>
        <source>Changes the template makes</source>
        <translation>Änderungen durch die Vorlage</translation>
    </message>
    <message>
        <source>Endpoint / setting</source>
        <translation>Endpunkt / Einstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Nach dem Import</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Make every change shown, in one transaction: all or nothing</source>
        <translation>Alle gezeigten Änderungen in einer Transaktion vornehmen: alles oder nichts</translation>
    </message>
    <message>
        <source>Configuration templates (*.json)</source>
        <translation>Konfigurationsvorlagen (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This template cannot be imported — fix the problems below in the file and choose it again. Nothing was changed.</source>
        <translation>Diese Vorlage kann nicht importiert werden – beheben Sie die Probleme unten in der Datei und wählen Sie sie erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>%1: %2 to create · %3 to update · %4 to delete · %5 unchanged</source>
        <translation>%1: %2 anlegen · %3 ändern · %4 löschen · %5 unverändert</translation>
    </message>
    <message>
        <source>This template is for %1, not for %2 shown now: applying it changes the endpoints of %1.</source>
        <translation>Diese Vorlage gilt für %1, nicht für das angezeigte %2: Anwenden ändert die Endpunkte in %1.</translation>
    </message>
    <message>
        <source>The template matches the stored configuration — there is nothing to apply.</source>
        <translation>Die Vorlage entspricht der gespeicherten Konfiguration – es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Apply and delete…</source>
        <translation>&amp;Anwenden und löschen…</translation>
    </message>
    <message>
        <source>Delete endpoints</source>
        <translation>Endpunkte löschen</translation>
    </message>
    <message>
        <source>Their deliveries and attempts are deleted with them. This cannot be undone.</source>
        <translation>Ihre Zustellungen und Versuche werden mitgelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete and apply</source>
        <translation>Löschen und anwenden</translation>
    </message>
    <message>
        <source>The template was not applied — nothing was changed.</source>
        <translation>Die Vorlage wurde nicht angewendet – es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The endpoints changed since the preview, so nothing was applied. Check the updated preview and apply again.</source>
        <translation>Die Endpunkte haben sich seit der Vorschau geändert, daher wurde nichts angewendet. Prüfen Sie die aktualisierte Vorschau und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Applied in one transaction: %1 created, %2 updated, %3 deleted.</source>
        <translation>In einer Transaktion angewendet: %1 angelegt, %2 geändert, %3 gelöscht.</translation>
    </message>
    <message>
        <source>the keychain is not available here</source>
        <translation>der Schlüsselbund ist hier nicht verfügbar</translation>
    </message>
    <message>
        <source>The keychain did not remove the values of the secret headers %1 that %2 no longer has: %3.</source>
        <translation>Der Schlüsselbund hat die Werte der geheimen Header %1, die %2 nicht mehr hat, nicht entfernt: %3.</translation>
    </message>
    <message>
        <source>%1 is saved, but the keychain did not take the value of %2 (%3), so its deliveries wait. Enter the value in the endpoint&apos;s form.</source>
        <translation>%1 ist gespeichert, aber der Schlüsselbund hat den Wert von %2 nicht angenommen (%3), deshalb warten seine Zustellungen. Geben Sie den Wert im Formular des Endpunkts ein.</translation>
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
        <source>Events</source>
        <translation>Ereignisse</translation>
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
        <source>Signing scheme</source>
        <translation>Signaturverfahren</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>Retry intervals (s)</source>
        <translation>Wiederholungsabstände (s)</translation>
    </message>
    <message>
        <source>Jitter (%)</source>
        <translation>Streuung (%)</translation>
    </message>
    <message>
        <source>Auto-pause: consecutive failures</source>
        <translation>Automatische Pause: Fehler in Folge</translation>
    </message>
    <message>
        <source>Auto-pause: timeouts (%)</source>
        <translation>Automatische Pause: Zeitüberschreitungen (%)</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>Rate limit (/s)</source>
        <translation>Ratenlimit (/s)</translation>
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
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Das ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>A template is a JSON object with &quot;version&quot;, &quot;environment&quot; and &quot;endpoints&quot;.</source>
        <translation>Eine Vorlage ist ein JSON-Objekt mit &quot;version&quot;, &quot;environment&quot; und &quot;endpoints&quot;.</translation>
    </message>
    <message>
        <source>Version %1 is not supported — this Hookline reads version 1.</source>
        <translation>Version %1 wird nicht unterstützt – dieses Hookline liest Version 1.</translation>
    </message>
    <message>
        <source>This is required — add it.</source>
        <translation>Das ist erforderlich – ergänzen Sie es.</translation>
    </message>
    <message>
        <source>“%1” is not a template setting — check the spelling; the names are those of an exported configuration.</source>
        <translation>„%1“ ist keine Einstellung einer Vorlage – prüfen Sie die Schreibweise; die Namen sind die einer exportierten Konfiguration.</translation>
    </message>
    <message>
        <source>This must be of JSON type %1.</source>
        <translation>Das muss den JSON-Typ %1 haben.</translation>
    </message>
    <message>
        <source>“%1” is not an environment — use live or sandbox.</source>
        <translation>„%1“ ist keine Umgebung – verwenden Sie live oder sandbox.</translation>
    </message>
    <message>
        <source>“%1” is not a method — use POST, PUT or PATCH.</source>
        <translation>„%1“ ist keine Methode – verwenden Sie POST, PUT oder PATCH.</translation>
    </message>
    <message>
        <source>“%1” is not a signing scheme — use jwt or standard.</source>
        <translation>„%1“ ist kein Signaturverfahren – verwenden Sie jwt oder standard.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value.</source>
        <translation>„%1“ ist kein gültiger Wert.</translation>
    </message>
    <message>
        <source>Secrets are never read from a template — remove “%1”. Set tokens in the endpoint&apos;s form; they stay in the keychain.</source>
        <translation>Geheimnisse werden nie aus einer Vorlage gelesen – entfernen Sie „%1“. Tokens setzen Sie im Formular des Endpunkts; sie bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>“%1” is already used by an earlier endpoint of the template — names must be unique.</source>
        <translation>„%1“ wird schon von einem früheren Endpunkt der Vorlage verwendet – Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Several stored endpoints are named “%1” — rename all but one, then import again.</source>
        <translation>Mehrere gespeicherte Endpunkte heißen „%1“ – benennen Sie alle bis auf einen um und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The endpoints changed since the preview — nothing was applied.</source>
        <translation>Die Endpunkte haben sich seit der Vorschau geändert – es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>The database refused the change, so nothing was changed. Details: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt, daher wurde nichts geändert. Details: %1</translation>
    </message>
    <message>
        <source>The template says &quot;prune&quot;: true — endpoints not in it will be DELETED with their deliveries: %1</source>
        <translation>Die Vorlage enthält &quot;prune&quot;: true – Endpunkte, die nicht in ihr stehen, werden mit ihren Zustellungen GELÖSCHT: %1</translation>
    </message>
    <message>
        <source>Not in the template, so they stay as they are: %1 (a template with &quot;prune&quot;: true would delete them).</source>
        <translation>Nicht in der Vorlage, daher bleiben sie unverändert: %1 (eine Vorlage mit &quot;prune&quot;: true würde sie löschen).</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Applying this template deletes these endpoints in %1: %2</source>
        <translation>Beim Anwenden löscht diese Vorlage folgende Endpunkte in %1: %2</translation>
    </message>
    <message>
        <source>The secret header “%1” has no stored value to keep — write its value into the template, or set it in the endpoint&apos;s form after the import.</source>
        <translation>Der geheime Header „%1“ hat keinen gespeicherten Wert, der bleiben könnte – schreiben Sie seinen Wert in die Vorlage oder setzen Sie ihn nach dem Import im Formular des Endpunkts.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ConnectionBanner</name>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the database lost&lt;/b&gt; — reconnecting… Next try at %1. The pages show the data they had.</source>
        <translation>&lt;b&gt;Verbindung zur Datenbank verloren&lt;/b&gt; — neuer Verbindungsaufbau… Nächster Versuch um %1. Die Seiten zeigen die zuletzt gelesenen Daten.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DashboardChart</name>
    <message>
        <source>No deliveries in this range</source>
        <translation>Keine Zustellungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DashboardPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <source>Endpoints in this range</source>
        <translation>Endpunkte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Open the page to load the figures.</source>
        <translation>Öffnen Sie die Seite, um die Zahlen zu laden.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
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
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Zahlen neu laden (F5)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export a chart or the table</source>
        <translation>Ein Diagramm oder die Tabelle exportieren</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 als PNG…</translation>
    </message>
    <message>
        <source>Endpoint table as CSV…</source>
        <translation>Endpunkt-Tabelle als CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The figures could not be loaded.</source>
        <translation>Die Zahlen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Query %1 ms, drawing %2 ms</source>
        <translation>Abfrage %1 ms, Zeichnen %2 ms</translation>
    </message>
    <message>
        <source>No deliveries in this range.</source>
        <translation>Keine Zustellungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 attempts · %2 % successful · average %3 ms · p95 %4 ms</source>
        <translation>%1 Versuche · %2 % erfolgreich · Durchschnitt %3 ms · p95 %4 ms</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Export endpoint table</source>
        <translation>Endpunkt-Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Die Tabelle konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Scrolls down to the recommendations</source>
        <translation>Scrollt hinunter zu den Empfehlungen</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) below</source>
        <translation>
            <numerusform>%n Empfehlung weiter unten</numerusform>
            <numerusform>%n Empfehlungen weiter unten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeadLetterModel</name>
    <message>
        <source>Endpoint / created</source>
        <translation>Endpunkt / erstellt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Count / attempts</source>
        <translation>Anzahl / Versuche</translation>
    </message>
    <message>
        <source>Dead since</source>
        <translation>Tot seit</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeadLettersPanel</name>
    <message>
        <source>Dead letters by endpoint and outcome</source>
        <translation>Unzustellbare nach Endpunkt und Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Replay selected</source>
        <translation>Auswahl &amp;erneut senden</translation>
    </message>
    <message>
        <source>Replay the selected groups and dead letters, paced, with the same idempotency keys</source>
        <translation>Die ausgewählten Gruppen und Unzustellbaren gedrosselt erneut senden, mit denselben Idempotenzschlüsseln</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Fortschritt des erneuten Sendens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No dead letters in this environment. Deliveries that exhaust their retries are listed here, ready to be replayed.</source>
        <translation>Keine Unzustellbaren in dieser Umgebung. Zustellungen, deren Wiederholungen erschöpft sind, erscheinen hier und können erneut gesendet werden.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 replayed; the rest are still dead.</source>
        <translation>Abgebrochen: %1 von %2 erneut gesendet; der Rest bleibt unzustellbar.</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n dead letter(s).</source>
        <translation>
            <numerusform>%n Unzustellbare erneut gesendet.</numerusform>
            <numerusform>%n Unzustellbare erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead letter(s)</source>
        <translation>
            <numerusform>%1: %n unzustellbare Zustellung</numerusform>
            <numerusform>%1: %n unzustellbare Zustellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Unzustellbare erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letter(s)?</source>
        <translation>
            <numerusform>%n unzustellbare Zustellung erneut senden?</numerusform>
            <numerusform>%n unzustellbare Zustellungen erneut senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each is sent again with its original idempotency key, %n per batch. You can cancel while it runs; what was replayed by then stays replayed.</source>
        <translation>
            <numerusform>Jede wird mit ihrem ursprünglichen Idempotenzschlüssel erneut gesendet, %n pro Durchgang. Sie können währenddessen abbrechen; was bis dahin erneut gesendet wurde, bleibt erneut gesendet.</numerusform>
            <numerusform>Jede wird mit ihrem ursprünglichen Idempotenzschlüssel erneut gesendet, %n pro Durchgang. Sie können währenddessen abbrechen; was bis dahin erneut gesendet wurde, bleibt erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped after %n dead letter(s) on a database error; the rest are still dead. Try again.</source>
        <translation>
            <numerusform>Erneutes Senden nach %n Unzustellbaren wegen eines Datenbankfehlers angehalten; der Rest bleibt unzustellbar. Bitte erneut versuchen.</numerusform>
            <numerusform>Erneutes Senden nach %n Unzustellbaren wegen eines Datenbankfehlers angehalten; der Rest bleibt unzustellbar. Bitte erneut versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveriesPage</name>
    <message>
        <source>Event id (Ctrl+F)</source>
        <translation>Ereignis-ID (Strg+F)</translation>
    </message>
    <message>
        <source>Show the deliveries of event</source>
        <translation>Zustellungen des Ereignisses zeigen</translation>
    </message>
    <message>
        <source>Paste an event id (evt_…) to see its deliveries</source>
        <translation>Eine Ereignis-ID (evt_…) einfügen, um ihre Zustellungen zu sehen</translation>
    </message>
    <message>
        <source>Show deliveries with status</source>
        <translation>Zustellungen mit Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show deliveries to endpoint</source>
        <translation>Zustellungen an Endpunkt zeigen</translation>
    </message>
    <message>
        <source>Show deliveries of event type</source>
        <translation>Zustellungen des Ereignistyps zeigen</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>Show deliveries whose last outcome is</source>
        <translation>Zustellungen mit letztem Ergebnis zeigen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Show deliveries created in</source>
        <translation>Zustellungen erstellt in</translation>
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
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Deliver the selected delivery again, with the same idempotency key</source>
        <translation>Die ausgewählte Zustellung erneut senden, mit demselben Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Copied a curl command for this attempt to the clipboard.</source>
        <translation>Ein curl-Befehl für diesen Versuch wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Could not replay this delivery: it is being delivered right now, or it no longer exists.</source>
        <translation>Diese Zustellung konnte nicht erneut gesendet werden: Sie wird gerade zugestellt oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Replayed: the delivery is due now.</source>
        <translation>Erneut gesendet: Die Zustellung ist jetzt fällig.</translation>
    </message>
    <message>
        <source>No deliveries match these filters.</source>
        <translation>Keine Zustellungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No deliveries in %1 yet. Send a test event to an endpoint and its deliveries appear here.</source>
        <translation>Noch keine Zustellungen in %1. Senden Sie ein Testereignis an einen Endpunkt, dann erscheinen seine Zustellungen hier.</translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation>Unzustellbare (%1)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Could not replay this delivery: another Hookline process is writing to the database. Nothing was changed; try again in a moment.</source>
        <translation>Diese Zustellung konnte nicht erneut gesendet werden: Ein anderer Hookline-Prozess schreibt gerade in die Datenbank. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not replay this delivery: the audit log&apos;s key could not be read from the keychain. Nothing was changed; unlock the keychain and try again.</source>
        <translation>Diese Zustellung konnte nicht erneut gesendet werden: Der Schlüssel des Audit-Protokolls konnte nicht aus dem Schlüsselbund gelesen werden. Es wurde nichts geändert; entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not replay this delivery: the database refused the change. Nothing was changed; try again.</source>
        <translation>Diese Zustellung konnte nicht erneut gesendet werden: Die Datenbank hat die Änderung abgelehnt. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveryDetailView</name>
    <message>
        <source>Select a delivery to see its attempts.</source>
        <translation>Wählen Sie eine Zustellung, um ihre Versuche zu sehen.</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Deliver this event to the endpoint again, with the same idempotency key</source>
        <translation>Dieses Ereignis erneut an den Endpunkt senden, mit demselben Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Rebuilt from the stored event for this attempt; only &quot;sent_at&quot; and &quot;event_age_ms&quot; may differ by a few milliseconds from the bytes sent.</source>
        <translation>Für diesen Versuch aus dem gespeicherten Ereignis neu erstellt; nur „sent_at“ und „event_age_ms“ können um einige Millisekunden von den gesendeten Bytes abweichen.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Status: %1 · attempts: %2</source>
        <translation>Status: %1 · Versuche: %2</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Delivery: %1 · event: %2</source>
        <translation>Zustellung: %1 · Ereignis: %2</translation>
    </message>
    <message>
        <source>Idempotency key: %1</source>
        <translation>Idempotenzschlüssel: %1</translation>
    </message>
    <message>
        <source>URL: %1 %2</source>
        <translation>URL: %1 %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(keine Antwort-Header)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(cut at 16 KiB: only the first 16 KiB are kept)</source>
        <translation>(bei 16 KiB abgeschnitten: nur die ersten 16 KiB werden gespeichert)</translation>
    </message>
    <message>
        <source># Attempt %1 of delivery %2.</source>
        <translation># Versuch %1 der Zustellung %2.</translation>
    </message>
    <message>
        <source># Hookline does not store the auth token: set %1 before running this.</source>
        <translation># Hookline speichert das Auth-Token nicht: Setzen Sie %1, bevor Sie dies ausführen.</translation>
    </message>
    <message>
        <source># The signature expires 5 minutes after the attempt; a receiver that checks it rejects later copies.</source>
        <translation># Die Signatur läuft 5 Minuten nach dem Versuch ab; ein Empfänger, der sie prüft, lehnt spätere Kopien ab.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source> · failover URL</source>
        <translation> · Ausweich-URL</translation>
    </message>
    <message>
        <source> · earlier URL</source>
        <translation> · frühere URL</translation>
    </message>
    <message>
        <source>Sent to: not recorded (attempt made before Hookline kept each attempt&apos;s URL)</source>
        <translation>Gesendet an: nicht gespeichert (Versuch von vor der Speicherung der URL je Versuch)</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <translation>Gesendet an: %1</translation>
    </message>
    <message>
        <source>Sent to %1 (not recorded; the endpoint&apos;s URL today)</source>
        <translation>Gesendet an %1 (nicht gespeichert; heutige URL des Endpunkts)</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Copy a curl command that sends the selected attempt&apos;s request again to the URL it went to; the auth token is read from $HOOKLINE_AUTH_TOKEN</source>
        <translation>Einen curl-Befehl kopieren, der die Anfrage des ausgewählten Versuchs erneut an die URL sendet, an die sie ging; das Auth-Token wird aus $HOOKLINE_AUTH_TOKEN gelesen</translation>
    </message>
    <message>
        <source>This attempt was made before Hookline recorded each attempt&apos;s URL: the command uses the endpoint&apos;s current URL, which may have changed since.</source>
        <translation>Dieser Versuch stammt von vor der Speicherung der URL je Versuch: Der Befehl verwendet die aktuelle URL des Endpunkts, die sich seither geändert haben kann.</translation>
    </message>
    <message>
        <source># This attempt&apos;s URL was not recorded (made before Hookline kept it): the endpoint&apos;s current URL is used.</source>
        <translation># Die URL dieses Versuchs wurde nicht gespeichert (Versuch von vor der Speicherung): Die aktuelle URL des Endpunkts wird verwendet.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <source>Attempt %1 started %2</source>
        <translation>Versuch %1 gestartet %2</translation>
    </message>
    <message numerus="yes">
        <source>The records of its %n attempt(s) are no longer kept (retention).</source>
        <translation>
            <numerusform>Die Aufzeichnung ihres %n Versuchs wird nicht mehr aufbewahrt (Aufbewahrungsfrist).</numerusform>
            <numerusform>Die Aufzeichnungen ihrer %n Versuche werden nicht mehr aufbewahrt (Aufbewahrungsfrist).</numerusform>
        </translation>
    </message>
    <message>
        <source># Hookline does not store secret header values: set %1 before running this.</source>
        <translation># Hookline speichert geheime Header-Werte nicht: Setzen Sie %1, bevor Sie dies ausführen.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveryText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo:&lt;/b&gt; two Sandbox endpoints deliver to the local test receiver, one healthy and one that fails about half the time. Fire a test event: Ctrl+T / Events page.</source>
        <translation>&lt;b&gt;Demo:&lt;/b&gt; Zwei Sandbox-Endpunkte liefern an den lokalen Testempfänger, einer gesund, einer scheitert etwa bei jeder zweiten Zustellung. Testereignis senden: Strg+T / Seite Ereignisse.</translation>
    </message>
    <message>
        <source>Open test &amp;receiver</source>
        <translation>Test&amp;empfänger öffnen</translation>
    </message>
    <message>
        <source>Remove &amp;demo</source>
        <translation>&amp;Demo entfernen</translation>
    </message>
    <message>
        <source>Deletes the two demo endpoints and their deliveries. The demo does not come back.</source>
        <translation>Löscht die beiden Demo-Endpunkte und ihre Zustellungen. Die Demo kommt nicht wieder.</translation>
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
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message>
        <source>Invalid HTTP response</source>
        <translation>Ungültige HTTP-Antwort</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DurationText</name>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointDetailPane</name>
    <message>
        <source>Health (last 24 h, up to %1 attempts)</source>
        <translation>Zustand (letzte 24 h, bis zu %1 Versuche)</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Erfolgsquote:</translation>
    </message>
    <message>
        <source>p95 latency:</source>
        <translation>p95-Latenz:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Letzter Erfolg:</translation>
    </message>
    <message>
        <source>Last failures</source>
        <translation>Letzte Fehlschläge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No failed attempts recently.</source>
        <translation>Zuletzt keine fehlgeschlagenen Versuche.</translation>
    </message>
    <message>
        <source>Last failures:</source>
        <translation>Letzte Fehlschläge:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Send a webhook.test event to this endpoint and show how the first attempt went</source>
        <translation>Ein webhook.test-Ereignis an diesen Endpunkt senden und zeigen, wie der erste Versuch verlief</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Auth-Token:</translation>
    </message>
    <message>
        <source>No attempt within %1 s — is the engine running? The test stays queued (delivery %2).</source>
        <translation>Kein Versuch innerhalb von %1 s — läuft die Engine? Der Test bleibt in der Warteschlange (Zustellung %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) selected.</source>
        <translation>
            <numerusform>%n Endpunkt ausgewählt.</numerusform>
            <numerusform>%n Endpunkte ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an endpoint to see its health and settings. Select several (Ctrl or Shift) to test them or edit their subscriptions together.</source>
        <translation>Wählen Sie einen Endpunkt, um Zustand und Einstellungen zu sehen. Wählen Sie mehrere (Strg oder Umschalt), um sie gemeinsam zu testen oder ihre Abonnements zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Send a test event to %n endpoint(s)</source>
        <translation>
            <numerusform>Testereignis an %n Endpunkt senden</numerusform>
            <numerusform>Testereignis an %n Endpunkte senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit subscriptions of %n endpoint(s)…</source>
        <translation>
            <numerusform>Abonnements von %n Endpunkt bearbeiten …</numerusform>
            <numerusform>Abonnements von %n Endpunkten bearbeiten …</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not available here.</source>
        <translation>Der Schlüsselbund ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 · webhook id %2</source>
        <translation>%1 · Webhook-ID %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused since %1 — deliveries are held</source>
        <translation>Pausiert seit %1 — Zustellungen werden zurückgehalten</translation>
    </message>
    <message>
        <source>Paused since %1: %2 — deliveries are held</source>
        <translation>Pausiert seit %1: %2 — Zustellungen werden zurückgehalten</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>%1 (%2), over %3%4</source>
        <translation>%1 (%2), über %3%4</translation>
    </message>
    <message>
        <source>default schedule</source>
        <translation>Standardplan</translation>
    </message>
    <message>
        <source>, ± %1 % jitter</source>
        <translation>, ± %1 % Jitter</translation>
    </message>
    <message>
        <source>Auto-pause:</source>
        <translation>Auto-Pause:</translation>
    </message>
    <message>
        <source>%1 failures in a row, or %2 % timeouts</source>
        <translation>%1 Fehlschläge in Folge oder %2&#xa0;% Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>%1 in flight, %2 per second</source>
        <translation>%1 gleichzeitig, %2 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 in flight, no rate limit</source>
        <translation>%1 gleichzeitig, keine Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Failover:</source>
        <translation>Ausweich-URL:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>%1: Bearer (auth token)</source>
        <translation>%1: Bearer (Auth-Token)</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation>noch keine Versuche</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none in the last 24 h</source>
        <translation>keiner in den letzten 24 h</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 ms (average %2 ms)</source>
        <translation>%1 ms (Mittel %2 ms)</translation>
    </message>
    <message>
        <source>From a latency histogram, as on the dashboard: within ±%1 ms of the exact value.</source>
        <translation>Aus einem Latenzhistogramm, wie in der Übersicht: höchstens ±%1 ms vom exakten Wert entfernt.</translation>
    </message>
    <message>
        <source>%1 since %2, %3 in flight</source>
        <translation>%1 seit %2, %3 unterwegs</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Sent %1 — waiting for the first attempt…</source>
        <translation>%1 gesendet — warte auf den ersten Versuch …</translation>
    </message>
    <message>
        <source>Attempt 1 in flight…</source>
        <translation>Versuch 1 läuft …</translation>
    </message>
    <message>
        <source>Held: the endpoint is paused. The test is delivered when you resume it.</source>
        <translation>Zurückgehalten: Der Endpunkt ist pausiert. Der Test wird zugestellt, sobald Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>The test delivery is gone (the endpoint was deleted).</source>
        <translation>Die Testzustellung gibt es nicht mehr (der Endpunkt wurde gelöscht).</translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms.</source>
        <translation>Zugestellt: %1 in %2 ms.</translation>
    </message>
    <message>
        <source>Failed: %1 after %2 ms.</source>
        <translation>Fehlgeschlagen: %1 nach %2 ms.</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Auth-Token anzeigen</translation>
    </message>
    <message>
        <source>Show the auth token of “%1”?</source>
        <translation>Das Auth-Token von „%1“ anzeigen?</translation>
    </message>
    <message>
        <source>Anyone who sees it can send requests your receiver accepts as Hookline&apos;s. Make sure nobody is watching your screen.</source>
        <translation>Wer es sieht, kann Anfragen senden, die Ihr Empfänger als Hookline-Anfragen akzeptiert. Achten Sie darauf, dass niemand auf Ihren Bildschirm schaut.</translation>
    </message>
    <message>
        <source>No auth token yet: deliveries carry none. Rotate creates one.</source>
        <translation>Noch kein Auth-Token: Zustellungen tragen keines. „Erneuern“ erzeugt eines.</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>Rotate auth token</source>
        <translation>Auth-Token erneuern</translation>
    </message>
    <message>
        <source>Create a new auth token for “%1”?</source>
        <translation>Ein neues Auth-Token für „%1“ erzeugen?</translation>
    </message>
    <message>
        <source>The current token stops working at once: deliveries carry the new one from now on. Make sure the receiver accepts it.</source>
        <translation>Das bisherige Token gilt sofort nicht mehr: Zustellungen tragen ab jetzt das neue. Stellen Sie sicher, dass der Empfänger es akzeptiert.</translation>
    </message>
    <message>
        <source>New token in use since %1.</source>
        <translation>Neues Token in Gebrauch seit %1.</translation>
    </message>
    <message>
        <source>The keychain refused the new secret: %1</source>
        <translation>Der Schlüsselbund hat das neue Geheimnis abgelehnt: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Test and secrets</source>
        <translation>Test und Geheimnisse</translation>
    </message>
    <message>
        <source>Standard Webhooks secret:</source>
        <translation>Standard-Webhooks-Geheimnis:</translation>
    </message>
    <message>
        <source>Standard Webhooks secret</source>
        <translation>Standard-Webhooks-Geheimnis</translation>
    </message>
    <message>
        <source>Reveal signing secret</source>
        <translation>Signaturgeheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show the whsec_ signing secret of “%1”?</source>
        <translation>Das whsec_-Signaturgeheimnis von „%1“ anzeigen?</translation>
    </message>
    <message>
        <source>Anyone who knows it can sign requests your receiver accepts as Hookline&apos;s. Make sure nobody is watching your screen.</source>
        <translation>Wer es kennt, kann Anfragen signieren, die Ihr Empfänger als Hookline-Anfragen akzeptiert. Achten Sie darauf, dass niemand auf Ihren Bildschirm schaut.</translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation>Signaturgeheimnis erneuern</translation>
    </message>
    <message>
        <source>Create a new whsec_ signing secret for “%1”?</source>
        <translation>Ein neues whsec_-Signaturgeheimnis für „%1“ erzeugen?</translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht herausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing with this one; %n older secret(s) still accepted until their overlap ends.</source>
        <translation>
            <numerusform>Signiert wird mit diesem; %n älteres Geheimnis gilt noch bis zum Ende seiner Übergangszeit.</numerusform>
            <numerusform>Signiert wird mit diesem; %n ältere Geheimnisse gelten noch bis zum Ende ihrer Übergangszeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>New secret in use since %1. The previous one stays valid until %2: deliveries carry a signature for each until then.</source>
        <translation>Neues Geheimnis in Gebrauch seit %1. Das vorige bleibt bis %2 gültig: bis dahin tragen Zustellungen eine Signatur für jedes.</translation>
    </message>
    <message>
        <source>New secret in use since %1.</source>
        <translation>Neues Geheimnis in Gebrauch seit %1.</translation>
    </message>
    <message>
        <source>Signed with Standard Webhooks (HMAC) and this endpoint&apos;s whsec_ secret.</source>
        <translation>Signiert mit Standard Webhooks (HMAC) und dem whsec_-Geheimnis dieses Endpunkts.</translation>
    </message>
    <message>
        <source>Signed as a JWT with the environment&apos;s key (Settings › Keys); no whsec_ secret is used.</source>
        <translation>Signiert als JWT mit dem Schlüssel der Umgebung (Einstellungen › Schlüssel); kein whsec_-Geheimnis.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Delivery %1, attempt %2</source>
        <translation>Zustellung %1, Versuch %2</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>No whsec_ secret yet: deliveries wait until there is one. Rotate creates it.</source>
        <translation>Noch kein whsec_-Geheimnis: Zustellungen warten, bis es eines gibt. „Erneuern“ erzeugt es.</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries are signed with the new secret from now on. The current one stays valid for %n more hour(s) (until %1): deliveries carry a signature for each, so the receiver can switch over in that time.</source>
        <translation>
            <numerusform>Zustellungen werden ab jetzt mit dem neuen Geheimnis signiert. Das aktuelle bleibt noch %n Stunde gültig (bis %1): Zustellungen tragen eine Signatur für jedes, so kann der Empfänger in dieser Zeit umstellen.</numerusform>
            <numerusform>Zustellungen werden ab jetzt mit dem neuen Geheimnis signiert. Das aktuelle bleibt noch %n Stunden gültig (bis %1): Zustellungen tragen eine Signatur für jedes, so kann der Empfänger in dieser Zeit umstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A whsec_ secret was created: deliveries are signed with it. Reveal it to set up the receiver.</source>
        <translation>Ein whsec_-Geheimnis wurde erzeugt: Zustellungen werden damit signiert. Zeigen Sie es an, um den Empfänger einzurichten.</translation>
    </message>
    <message>
        <source>The keychain did not take the secret header values, so deliveries wait: %1. Edit the endpoint and enter them again.</source>
        <translation>Der Schlüsselbund hat die geheimen Header-Werte nicht angenommen, deshalb warten die Zustellungen: %1. Bearbeiten Sie den Endpunkt und geben Sie sie erneut ein.</translation>
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
        <source>optional — used while paused</source>
        <translation>optional – genutzt, solange pausiert</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>“%1” is not a duration — use e.g. 30s, 5m, 2h or 1d, separated by commas.</source>
        <translation>„%1“ ist keine Dauer — verwenden Sie z. B. 30s, 5m, 2h oder 1d, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointStatsModel</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Previous period: %1 attempts, %2 % success, p95 %3 ms</source>
        <translation>Vorheriger Zeitraum: %1 Versuche, %2 % Erfolg, p95 %3 ms</translation>
    </message>
    <message>
        <source>Healthy: at least 99 % success. Degraded: at least 90 %. Failing: below.</source>
        <translation>Gesund: mindestens 99 % Erfolg. Beeinträchtigt: mindestens 90 %. Fehlerhaft: darunter.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Δ attempts</source>
        <translation>Δ Versuche</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Δ success</source>
        <translation>Δ Erfolg</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Δ p95</source>
        <translation>Δ p95</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length</source>
        <translation>Veränderung gegenüber dem vorherigen, gleich langen Zeitraum</translation>
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
    <name>hookline::ui::EndpointsEmptyState</name>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
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
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1

The endpoint will no longer receive webhooks from %2, and its deliveries and their attempts are deleted with it. This cannot be undone.</source>
        <translation>%1

Der Endpunkt erhält dann keine Webhooks mehr aus %2; seine Zustellungen und deren Versuche werden mitgelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Import configuration…</source>
        <translation>Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Apply a configuration template (JSON) after a preview of every change</source>
        <translation>Eine Konfigurationsvorlage (JSON) nach einer Vorschau aller Änderungen anwenden</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>Konfiguration e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this environment&apos;s endpoints as a configuration template (without secrets)</source>
        <translation>Die Endpunkte dieser Umgebung als Konfigurationsvorlage speichern (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Import or export the configuration of all endpoints</source>
        <translation>Die Konfiguration aller Endpunkte importieren oder exportieren</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Configuration templates (*.json)</source>
        <translation>Konfigurationsvorlagen (*.json)</translation>
    </message>
    <message>
        <source>The endpoints of %1 were saved to %2. Secrets (auth tokens, signing secrets) are never exported.</source>
        <translation>Die Endpunkte von %1 wurden in %2 gespeichert. Geheimnisse (Auth-Tokens, Signaturgeheimnisse) werden nie exportiert.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to %1: %2</source>
        <translation>Die Konfiguration konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Send a test event to the selected endpoints (%1)</source>
        <translation>Ein Testereignis an die ausgewählten Endpunkte senden (%1)</translation>
    </message>
    <message>
        <source>Edit &amp;subscriptions…</source>
        <translation>A&amp;bonnements bearbeiten …</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Add or remove event patterns on the selected endpoints</source>
        <translation>Ereignismuster der ausgewählten Endpunkte hinzufügen oder entfernen</translation>
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
        <source>Counts since the console started. Deliveries are sent from this window while it is open.</source>
        <translation>Zahlen seit dem Start der Konsole. Zustellungen werden von diesem Fenster aus gesendet, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Only one process delivers from a database. This console shows and edits endpoints; it takes over delivery when the other process ends.</source>
        <translation>Nur ein Prozess stellt aus einer Datenbank zu. Diese Konsole zeigt und bearbeitet Endpunkte; sie übernimmt die Zustellung, sobald der andere Prozess endet.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>einem anderen Prozess</translation>
    </message>
    <message>
        <source>%1, pid %2 on %3</source>
        <extracomment>%1 application, %2 process id, %3 host name</extracomment>
        <translation>%1, PID %2 auf %3</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>einem Prozess</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>Delivery engine failed — nothing is delivered until Hookline is restarted</source>
        <translation>Zustell-Engine ausgefallen — bis zum Neustart von Hookline wird nichts zugestellt</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnose: %1</translation>
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
    <name>hookline::ui::EventComposer</name>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>The same seed always generates the same sample</source>
        <translation>Derselbe Startwert erzeugt immer dasselbe Beispiel</translation>
    </message>
    <message>
        <source>&amp;Generate sample</source>
        <translation>Beispiel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Event data (JSON)</source>
        <translation>Ereignisdaten (JSON)</translation>
    </message>
    <message>
        <source>Problems in the event data</source>
        <translation>Probleme in den Ereignisdaten</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>Alle abonnierten Endpunkte</translation>
    </message>
    <message>
        <source>Chosen endpoints</source>
        <translation>Ausgewählte Endpunkte</translation>
    </message>
    <message>
        <source>The event reaches exactly the endpoints you tick, whatever they subscribe to</source>
        <translation>Das Ereignis erreicht genau die angehakten Endpunkte, egal was sie abonniert haben</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Fire event</source>
        <translation>Ereignis &amp;senden</translation>
    </message>
    <message>
        <source>Fire the event (Ctrl+Return here, Ctrl+T anywhere)</source>
        <translation>Ereignis senden (hier Strg+Eingabe, überall Strg+T)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>A custom event type.</source>
        <translation>Ein eigener Ereignistyp.</translation>
    </message>
    <message>
        <source>%1 — not subscribed to this type</source>
        <translation>%1 — hat diesen Typ nicht abonniert</translation>
    </message>
    <message>
        <source>%1 — its filter rules skip this data</source>
        <translation>%1 — seine Filterregeln lassen diese Daten aus</translation>
    </message>
    <message>
        <source>%1 — subscribed</source>
        <translation>%1 — abonniert</translation>
    </message>
    <message numerus="yes">
        <source>All subscribed endpoints (%n)</source>
        <translation>
            <numerusform>Alle abonnierten Endpunkte (%n)</numerusform>
            <numerusform>Alle abonnierten Endpunkte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: not valid JSON (%2)</source>
        <translation>Zeile %1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>Line %1: the data must be a JSON object { … }</source>
        <translation>Zeile %1: Die Daten müssen ein JSON-Objekt { … } sein</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This event type cannot be sent.</source>
        <translation>Dieser Ereignistyp kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>No problems: the data matches the type&apos;s schema.</source>
        <translation>Keine Probleme: Die Daten entsprechen dem Schema des Typs.</translation>
    </message>
    <message>
        <source>The event was not sent: an endpoint changed meanwhile. Check the list and fire again.</source>
        <translation>Das Ereignis wurde nicht gesendet: Ein Endpunkt hat sich inzwischen geändert. Prüfen Sie die Liste und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Event %1 stored; no endpoint is subscribed to it.</source>
        <translation>Ereignis %1 gespeichert; kein Endpunkt hat es abonniert.</translation>
    </message>
    <message numerus="yes">
        <source>Event %1 fired to %n endpoint(s).</source>
        <translation>
            <numerusform>Ereignis %1 an %n Endpunkt gesendet.</numerusform>
            <numerusform>Ereignis %1 an %n Endpunkte gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventLogModel</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventText</name>
    <message>
        <source>A verification session was created and is waiting for the customer&apos;s documents.</source>
        <translation>Eine Verifizierungssitzung wurde angelegt und wartet auf die Dokumente des Kunden.</translation>
    </message>
    <message>
        <source>All checks of a verification finished; the result is attached.</source>
        <translation>Alle Prüfungen einer Verifizierung sind abgeschlossen; das Ergebnis liegt bei.</translation>
    </message>
    <message>
        <source>A verification was approved: the customer&apos;s identity is confirmed.</source>
        <translation>Eine Verifizierung wurde genehmigt: Die Identität des Kunden ist bestätigt.</translation>
    </message>
    <message>
        <source>A verification was rejected; the reason codes say why.</source>
        <translation>Eine Verifizierung wurde abgelehnt; die Grundcodes sagen, warum.</translation>
    </message>
    <message>
        <source>A verification needs a manual review before a decision can be made.</source>
        <translation>Eine Verifizierung muss manuell geprüft werden, bevor entschieden werden kann.</translation>
    </message>
    <message>
        <source>The customer was asked to submit a document or selfie again.</source>
        <translation>Der Kunde wurde gebeten, ein Dokument oder Selfie erneut einzureichen.</translation>
    </message>
    <message>
        <source>A verification session expired before the customer completed it.</source>
        <translation>Eine Verifizierungssitzung ist abgelaufen, bevor der Kunde sie abgeschlossen hat.</translation>
    </message>
    <message>
        <source>The customer uploaded an identity document; analysis has not started yet.</source>
        <translation>Der Kunde hat ein Ausweisdokument hochgeladen; die Analyse hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>An identity document was analysed: extracted data, authenticity checks and fraud indicators.</source>
        <translation>Ein Ausweisdokument wurde analysiert: ausgelesene Daten, Echtheitsprüfungen und Betrugsindikatoren.</translation>
    </message>
    <message>
        <source>An identity document passed all authenticity checks.</source>
        <translation>Ein Ausweisdokument hat alle Echtheitsprüfungen bestanden.</translation>
    </message>
    <message>
        <source>An identity document was refused; the rejection reason says why.</source>
        <translation>Ein Ausweisdokument wurde abgelehnt; der Ablehnungsgrund sagt, warum.</translation>
    </message>
    <message>
        <source>An identity document was refused because it is past its expiry date.</source>
        <translation>Ein Ausweisdokument wurde abgelehnt, weil es abgelaufen ist.</translation>
    </message>
    <message>
        <source>The liveness check confirmed a real person was present.</source>
        <translation>Die Lebenderkennung hat bestätigt, dass eine echte Person anwesend war.</translation>
    </message>
    <message>
        <source>The liveness check failed (spoof attempt or poor capture).</source>
        <translation>Die Lebenderkennung ist fehlgeschlagen (Täuschungsversuch oder schlechte Aufnahme).</translation>
    </message>
    <message>
        <source>The selfie was compared with the document photo.</source>
        <translation>Das Selfie wurde mit dem Dokumentfoto verglichen.</translation>
    </message>
    <message>
        <source>An AML screening (sanctions, PEP and adverse media) finished.</source>
        <translation>Eine AML-Prüfung (Sanktionen, PEP und negative Medienberichte) ist abgeschlossen.</translation>
    </message>
    <message>
        <source>An AML screening found possible watchlist matches that need attention.</source>
        <translation>Eine AML-Prüfung hat mögliche Treffer auf Beobachtungslisten gefunden, die Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <source>An AML screening found no matches, or all matches were dismissed.</source>
        <translation>Eine AML-Prüfung hat keine Treffer gefunden, oder alle Treffer wurden verworfen.</translation>
    </message>
    <message>
        <source>A customer record was created.</source>
        <translation>Ein Kundendatensatz wurde angelegt.</translation>
    </message>
    <message>
        <source>A customer record changed; changed_fields lists what changed.</source>
        <translation>Ein Kundendatensatz wurde geändert; changed_fields nennt die Änderungen.</translation>
    </message>
    <message>
        <source>A customer record and its personal data were deleted.</source>
        <translation>Ein Kundendatensatz und seine personenbezogenen Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>A compliance dossier was opened for a customer.</source>
        <translation>Für einen Kunden wurde ein Compliance-Dossier eröffnet.</translation>
    </message>
    <message>
        <source>A compliance dossier changed (new verification, status or risk level).</source>
        <translation>Ein Compliance-Dossier wurde geändert (neue Verifizierung, Status oder Risikostufe).</translation>
    </message>
    <message>
        <source>A final onboarding decision approved the customer.</source>
        <translation>Eine abschließende Onboarding-Entscheidung hat den Kunden angenommen.</translation>
    </message>
    <message>
        <source>A final onboarding decision rejected the customer.</source>
        <translation>Eine abschließende Onboarding-Entscheidung hat den Kunden abgelehnt.</translation>
    </message>
    <message>
        <source>A test ping to check that an endpoint receives and verifies deliveries.</source>
        <translation>Ein Test-Ping, um zu prüfen, ob ein Endpunkt Zustellungen empfängt und verifiziert.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Held (endpoint paused)</source>
        <translation>Zurückgehalten (Endpunkt pausiert)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>ein Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>the value has the wrong type</source>
        <translation>der Wert hat den falschen Typ</translation>
    </message>
    <message>
        <source>the value is not one of the allowed values</source>
        <translation>der Wert ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>the value must be exactly the documented one</source>
        <translation>der Wert muss genau dem dokumentierten entsprechen</translation>
    </message>
    <message>
        <source>the text does not have the expected format</source>
        <translation>der Text hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>the number is too small</source>
        <translation>die Zahl ist zu klein</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <source>the text is too short</source>
        <translation>der Text ist zu kurz</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>der Text ist zu lang</translation>
    </message>
    <message>
        <source>the list has too few items</source>
        <translation>die Liste hat zu wenige Einträge</translation>
    </message>
    <message>
        <source>the list has too many items</source>
        <translation>die Liste hat zu viele Einträge</translation>
    </message>
    <message>
        <source>the list has duplicates</source>
        <translation>die Liste enthält Duplikate</translation>
    </message>
    <message>
        <source>this field is not part of the schema</source>
        <translation>dieses Feld gehört nicht zum Schema</translation>
    </message>
    <message>
        <source>the value does not have the expected format (date, e-mail, …)</source>
        <translation>der Wert hat nicht das erwartete Format (Datum, E-Mail, …)</translation>
    </message>
    <message>
        <source>the value breaks the schema rule “%1”</source>
        <extracomment>%1 is a machine code of the JSON Schema rule that failed, e.g. &quot;one_of&quot;</extracomment>
        <translation>der Wert verletzt die Schemaregel „%1“</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 no longer exists.</source>
        <translation>Das Testereignis wurde nicht gesendet: Den Endpunkt %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 belongs to the other environment.</source>
        <translation>Das Testereignis wurde nicht gesendet: Der Endpunkt %1 gehört zur anderen Umgebung.</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 is disabled.</source>
        <translation>Das Testereignis wurde nicht gesendet: Der Endpunkt %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The test event was not sent (%1).</source>
        <translation>Das Testereignis wurde nicht gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventsPage</name>
    <message>
        <source>Composer</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Nach Zeit filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
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
        <source>Filter by endpoint</source>
        <translation>Nach Endpunkt filtern</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Select an event to see its data and its deliveries.</source>
        <translation>Wählen Sie ein Ereignis, um seine Daten und Zustellungen zu sehen.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Fire test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
</context>
<context>
    <name>hookline::ui::FieldErrors</name>
    <message>
        <source>%1: problem</source>
        <translation>%1: Problem</translation>
    </message>
</context>
<context>
    <name>hookline::ui::FilterRulesEditor</name>
    <message>
        <source>All rules must hold</source>
        <translation>Alle Regeln müssen gelten</translation>
    </message>
    <message>
        <source>Any rule is enough</source>
        <translation>Eine Regel genügt</translation>
    </message>
    <message>
        <source>How the filter rules combine</source>
        <translation>Wie die Filterregeln verknüpft werden</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Filterregeln</translation>
    </message>
    <message>
        <source>Field path</source>
        <translation>Feldpfad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Deliver only events whose data passes these rules, e.g. verification.status = approved, or document.country in [&quot;DE&quot;, &quot;AT&quot;]. Paths start inside data; [0] picks a list item.</source>
        <translation>Nur Ereignisse zustellen, deren Daten diese Regeln erfüllen, z. B. verification.status = approved oder document.country in [&quot;DE&quot;, &quot;AT&quot;]. Pfade beginnen innerhalb von data; [0] wählt einen Listeneintrag.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
</context>
<context>
    <name>hookline::ui::HeadersEditor</name>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
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
        <source>Secret</source>
        <translation>Geheim</translation>
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
        <source>Stored in the keychain. Leave empty to keep it; type to replace it.</source>
        <translation>Im Schlüsselbund gespeichert. Leer lassen, um ihn zu behalten; tippen, um ihn zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::IngestSection</name>
    <message>
        <source>Ingest API</source>
        <translation>Ingest-API</translation>
    </message>
    <message>
        <source>Other programs on this computer can submit events with POST http://127.0.0.1:&lt;port&gt;/v1/events and the bearer token below. Off by default; it only ever listens on 127.0.0.1.</source>
        <translation>Andere Programme auf diesem Computer können Ereignisse mit POST http://127.0.0.1:&lt;port&gt;/v1/events und dem Bearer-Token unten einreichen. Standardmäßig aus; lauscht ausschließlich auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>&amp;Accept events on the local ingest API</source>
        <translation>Ereignisse über die lokale Ingest-API &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;veal…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bearer token&lt;/b&gt; (kept in the keychain)</source>
        <translation>&lt;b&gt;Bearer-Token&lt;/b&gt; (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Enter a port from %1 to 65535.</source>
        <translation>Geben Sie einen Port von %1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>The local test receiver uses port %1: choose another one.</source>
        <translation>Der lokale Testempfänger verwendet Port %1: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>The keychain is not connected yet.</source>
        <translation>Der Schlüsselbund ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>A token is set. Clients send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Ein Token ist gesetzt. Clients senden es als „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>No token yet: the ingest API refuses every request until one is generated.</source>
        <translation>Noch kein Token: Die Ingest-API lehnt jede Anfrage ab, bis eines erzeugt wurde.</translation>
    </message>
    <message>
        <source>Regenerate the token?</source>
        <translation>Token neu erzeugen?</translation>
    </message>
    <message>
        <source>Programs that use the current token will be refused until they are given the new one.</source>
        <translation>Programme mit dem bisherigen Token werden abgewiesen, bis sie das neue erhalten.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation>Der Schlüsselbund hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reveal the token?</source>
        <translation>Token anzeigen?</translation>
    </message>
    <message>
        <source>Anyone who sees the token can submit events to this console. Make sure nobody is watching your screen.</source>
        <translation>Wer das Token sieht, kann Ereignisse an diese Konsole senden. Achten Sie darauf, dass niemand auf Ihren Bildschirm schaut.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::KeychainSection</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Private signing keys, endpoint tokens and webhook secrets are kept only here, never in the database or a settings file.</source>
        <translation>Private Signaturschlüssel, Endpunkt-Tokens und Webhook-Geheimnisse liegen nur hier, nie in der Datenbank oder einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service: GNOME Keyring, KWallet…)</source>
        <translation>Der Schlüsselbund des Systems (Secret Service: GNOME Keyring, KWallet…)</translation>
    </message>
    <message>
        <source>A file, chosen explicitly with HOOKLINE_SECRET_STORE: %1</source>
        <translation>Eine Datei, ausdrücklich gewählt mit HOOKLINE_SECRET_STORE: %1</translation>
    </message>
    <message>
        <source>Memory only (nothing is kept after Hookline quits)</source>
        <translation>Nur im Arbeitsspeicher (nach dem Beenden von Hookline ist nichts mehr da)</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✔ Reachable and unlocked</source>
        <translation>✔ Erreichbar und entsperrt</translation>
    </message>
    <message>
        <source>✘ Locked, or access was refused</source>
        <translation>✘ Gesperrt, oder der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>Unlock your keychain (it may be waiting for your password) and allow Hookline to use it, then press Check again. Until then deliveries that need a secret wait; nothing is written anywhere else.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (er wartet vielleicht auf Ihr Passwort), erlauben Sie Hookline den Zugriff und klicken Sie dann auf „Erneut prüfen“. Bis dahin warten Zustellungen, die ein Geheimnis brauchen; nichts wird anderswo gespeichert.</translation>
    </message>
    <message>
        <source>✘ Not reachable</source>
        <translation>✘ Nicht erreichbar</translation>
    </message>
    <message>
        <source>No secret service answers. On a desktop, start GNOME Keyring or KWallet and log in again. On a headless server, opt in to the file store: start Hookline with HOOKLINE_SECRET_STORE=file:/absolute/path (the file is created with permissions 0600). Until then deliveries that need a secret wait; nothing is written anywhere else.</source>
        <translation>Kein Secret Service antwortet. Starten Sie am Desktop GNOME Keyring oder KWallet und melden Sie sich neu an. Auf einem Server ohne Desktop wählen Sie ausdrücklich den Dateispeicher: Starten Sie Hookline mit HOOKLINE_SECRET_STORE=file:/absoluter/pfad (die Datei erhält die Rechte 0600). Bis dahin warten Zustellungen, die ein Geheimnis brauchen; nichts wird anderswo gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::KeysSection</name>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüsselgröße</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>E&amp;xport JWKS…</source>
        <translation>JWKS e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>JWKS kopieren</translation>
    </message>
    <message>
        <source>&amp;Verify a webhook…</source>
        <translation>Webhook &amp;prüfen…</translation>
    </message>
    <message>
        <source>The JWKS of %1 is on the clipboard.</source>
        <translation>Das JWKS von %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>JWKS exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Signing keys — %1</source>
        <translation>Signaturschlüssel — %1</translation>
    </message>
    <message>
        <source>Every delivery of %1 is signed (RS256) with the active key. Private keys stay in the keychain; receivers verify with the published JWKS. After a rotation the previous key stays in the JWKS for 24 hours.</source>
        <translation>Jede Zustellung von %1 wird mit dem aktiven Schlüssel signiert (RS256). Private Schlüssel bleiben im Schlüsselbund; Empfänger prüfen mit dem veröffentlichten JWKS. Nach einer Rotation bleibt der vorige Schlüssel 24 Stunden im JWKS.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In JWKS until %1</source>
        <translation>Im JWKS bis %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>No signing key yet: deliveries of %1 wait until one is generated.</source>
        <translation>Noch kein Signaturschlüssel: Zustellungen von %1 warten, bis einer erzeugt wurde.</translation>
    </message>
    <message>
        <source>The keychain is not connected yet.</source>
        <translation>Der Schlüsselbund ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Rotate the signing key?</source>
        <translation>Signaturschlüssel rotieren?</translation>
    </message>
    <message>
        <source>A new key signs every delivery of %1 from now on. The key %2 stays in the JWKS for 24 hours, so receivers that fetch the JWKS keep verifying. Receivers with the key configured by hand must be updated.</source>
        <translation>Ab jetzt signiert ein neuer Schlüssel jede Zustellung von %1. Der Schlüssel %2 bleibt 24 Stunden im JWKS, damit Empfänger, die das JWKS abrufen, weiter prüfen können. Empfänger mit fest eingetragenem Schlüssel müssen angepasst werden.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Rotating the key…</source>
        <translation>Schlüssel wird rotiert…</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on.</source>
        <translation>Der neue Schlüssel %1 signiert ab jetzt.</translation>
    </message>
    <message>
        <source>The key %1 was generated.</source>
        <translation>Der Schlüssel %1 wurde erzeugt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The JWKS of %1 was saved to %2.</source>
        <translation>Das JWKS von %1 wurde in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console. The command line (hooklinectl) always speaks English.</source>
        <translation>Die Sprache der Konsole. Die Kommandozeile (hooklinectl) spricht immer Englisch.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A change takes effect the next time Hookline starts.</source>
        <translation>Eine Änderung wirkt beim nächsten Start von Hookline.</translation>
    </message>
    <message>
        <source>Saved. Restart Hookline to see the console in %1.</source>
        <translation>Gespeichert. Starten Sie Hookline neu, um die Konsole auf %1 zu sehen.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Systemsprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>hookline::ui::LatencyChart</name>
    <message>
        <source>Average and p95 latency over time</source>
        <translation>Durchschnittliche und p95-Latenz im Zeitverlauf</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>%1
Average: %2 ms
p95: %3 ms
%4 attempts</source>
        <translation>%1
Durchschnitt: %2 ms
p95: %3 ms
%4 Versuche</translation>
    </message>
    <message>
        <source>Timeout of %1: %2 s</source>
        <translation>Zeitlimit von %1: %2 s</translation>
    </message>
    <message>
        <source>Smallest timeout, %1: %2 s</source>
        <translation>Kleinstes Zeitlimit, %1: %2 s</translation>
    </message>
    <message>
        <source>%1 (above the scale)</source>
        <translation>%1 (oberhalb der Skala)</translation>
    </message>
</context>
<context>
    <name>hookline::ui::LatencyDistributionChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Latenzverteilung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n attempt(s)</source>
        <translation>
            <numerusform>%1 bis %2: %n Versuch</numerusform>
            <numerusform>%1 bis %2: %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency up to (ms)</source>
        <translation>Latenz bis (ms)</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of ms under a narrow bar: keep it short</comment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>hookline::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
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
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
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
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Zustellungen</translation>
    </message>
    <message>
        <source>1 delivery exhausted every retry. Review and replay it on the Deliveries page.</source>
        <translation>1 Zustellung hat alle Wiederholungen ausgeschöpft. Prüfen und erneut senden auf der Seite „Zustellungen“.</translation>
    </message>
    <message>
        <source>%1 deliveries exhausted every retry. Review and replay them on the Deliveries page.</source>
        <translation>%1 Zustellungen haben alle Wiederholungen ausgeschöpft. Prüfen und erneut senden auf der Seite „Zustellungen“.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>hookline::ui::OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose an SQLite database file</source>
        <translation>Eine SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>A file (SQLite) or a PostgreSQL server as &lt;code&gt;postgresql://user@host:5432/database?sslmode=verify-full&lt;/code&gt;. A password never goes into the URI: it comes from ~/.pgpass or the keychain.</source>
        <translation>Eine Datei (SQLite) oder ein PostgreSQL-Server als &lt;code&gt;postgresql://user@host:5432/database?sslmode=verify-full&lt;/code&gt;. Ein Passwort gehört nie in die URI: es kommt aus ~/.pgpass oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>This is not a database location: %1</source>
        <translation>Das ist kein Datenbankort: %1</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Hookline databases (*.db)</source>
        <translation>Hookline-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Hookline; the current database stays open.
Details: %1</source>
        <translation>Diese Datenbank wurde von einer neueren Hookline-Version geschrieben; die aktuelle Datenbank bleibt geöffnet.
Details: %1</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>This database could not be opened; the current database stays open.
Details: %1</source>
        <translation>Diese Datenbank konnte nicht geöffnet werden; die aktuelle Datenbank bleibt geöffnet.
Details: %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::OutcomeChart</name>
    <message>
        <source>Outcome classes over time</source>
        <translation>Ergebnisklassen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No attempts</source>
        <translation>Keine Versuche</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceivedRequestModel</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>✔ valid</source>
        <translation>✔ gültig</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceiverController</name>
    <message>
        <source>&amp;Test receiver</source>
        <translation>&amp;Testempfänger</translation>
    </message>
    <message>
        <source>The local HTTPS receiver for Sandbox: what it got, and how it answers</source>
        <translation>Der lokale HTTPS-Empfänger für Sandbox: was er erhielt und wie er antwortet</translation>
    </message>
    <message>
        <source>Demo: healthy</source>
        <translation>Demo: gesund</translation>
    </message>
    <message>
        <source>Demo: flaky</source>
        <translation>Demo: wackelig</translation>
    </message>
    <message>
        <source>Created on first start. It delivers to the local test receiver (View › Test receiver). Remove it with &quot;Remove demo&quot;.</source>
        <translation>Beim ersten Start angelegt. Liefert an den lokalen Testempfänger (Ansicht › Testempfänger). Entfernen mit „Demo entfernen“.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceiverWindow</name>
    <message>
        <source>Local test receiver — Sandbox</source>
        <translation>Lokaler Testempfänger — Sandbox</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>This share of requests is answered with 500 instead. The demo&apos;s /flaky path fails at least half of them.</source>
        <translation>Dieser Anteil der Anfragen wird stattdessen mit 500 beantwortet. Der Pfad /flaky der Demo scheitert mindestens bei der Hälfte.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Status code:</source>
        <translation>&amp;Statuscode:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>&amp;Fehlerquote:</translation>
    </message>
    <message>
        <source>Select a request to see its signature check, headers and body.</source>
        <translation>Wählen Sie eine Anfrage, um Signaturprüfung, Header und Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Listening on https://127.0.0.1:%1 · its certificate is trusted and 127.0.0.1 allowlisted for Sandbox only.</source>
        <translation>Lauscht auf https://127.0.0.1:%1 · sein Zertifikat ist vertrauenswürdig und 127.0.0.1 in der Positivliste, nur für Sandbox.</translation>
    </message>
    <message>
        <source>(The usual port was taken; the demo endpoints moved along.)</source>
        <translation>(Der übliche Port war belegt; die Demo-Endpunkte sind mitgezogen.)</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>no port on 127.0.0.1 could be opened.</source>
        <translation>Auf 127.0.0.1 ließ sich kein Port öffnen.</translation>
    </message>
    <message>
        <source>Stopped. Deliveries to it fail with a connection error.</source>
        <translation>Gestoppt. Zustellungen an ihn scheitern mit einem Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Signature: checking…</source>
        <translation>Signatur: wird geprüft…</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signatur: gültig</translation>
    </message>
    <message>
        <source>Signature: valid (key %1)</source>
        <translation>Signatur: gültig (Schlüssel %1)</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RecommendationText</name>
    <message>
        <source>%1 answers slowly: raise its timeout or make the receiver faster</source>
        <translation>%1 antwortet langsam: Zeitlimit erhöhen oder den Empfänger beschleunigen</translation>
    </message>
    <message>
        <source>%1 often answers 429: set a rate limit</source>
        <translation>%1 antwortet oft mit 429: Ratenlimit setzen</translation>
    </message>
    <message>
        <source>%1 fails TLS: check its certificate</source>
        <translation>%1 scheitert an TLS: Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Most failures of %1 recover by attempt %2: the retry schedule can be shorter</source>
        <translation>Die meisten Fehlschläge von %1 sind bis Versuch %2 behoben: Der Wiederholungsplan kann kürzer sein</translation>
    </message>
    <message>
        <source>%1 is close to being paused automatically</source>
        <translation>%1 wird bald automatisch pausiert</translation>
    </message>
    <message>
        <source>p95 latency %1 ms is above 70 % of the timeout (%2 ms), measured on %3 attempts.</source>
        <translation>Die p95-Latenz von %1 ms liegt über 70 % des Zeitlimits (%2 ms), gemessen an %3 Versuchen.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts (%3 %) were answered with 429 Too Many Requests.</source>
        <translation>%1 von %2 Versuchen (%3 %) wurden mit 429 Too Many Requests beantwortet.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts failed in the TLS handshake (expired, self-signed or mismatched certificate, or an untrusted CA).</source>
        <translation>%1 von %2 Versuchen scheiterten im TLS-Handshake (abgelaufenes, selbstsigniertes oder nicht passendes Zertifikat oder eine nicht vertrauenswürdige CA).</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries that failed at first recovered later; %3 % of those succeeded by attempt %4.</source>
        <translation>%1 von %2 zunächst fehlgeschlagenen Zustellungen waren später erfolgreich; %3 % davon bis Versuch %4.</translation>
    </message>
    <message>
        <source>%1 failures or timeouts among its last %2 attempts; it is paused at %3.</source>
        <translation>%1 Fehlschläge oder Zeitüberschreitungen unter den letzten %2 Versuchen; pausiert wird bei %3.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Wiederholungsplan</translation>
    </message>
    <message>
        <source>Auto-pause</source>
        <translation>Automatische Pause</translation>
    </message>
    <message>
        <source>%1 answers with invalid HTTP: check its web server or proxy</source>
        <translation>%1 antwortet mit ungültigem HTTP: Webserver oder Proxy prüfen</translation>
    </message>
    <message>
        <source>%1 of %2 attempts got an answer that is not valid HTTP/1.x (a broken status line, headers or framing). The receiver&apos;s HTTP server or a proxy in front of it is at fault, not the network; also check that the URL&apos;s port serves HTTPS.</source>
        <translation>%1 von %2 Versuchen erhielten eine Antwort, die kein gültiges HTTP/1.x ist (fehlerhafte Statuszeile, Header oder Rahmung). Ursache ist der HTTP-Server des Empfängers oder ein vorgeschalteter Proxy, nicht das Netzwerk; prüfen Sie auch, ob der Port der URL HTTPS spricht.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RecommendationsPanel</name>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>No recommendations for this range: nothing stands out.</source>
        <translation>Keine Empfehlungen für diesen Zeitraum: Nichts fällt auf.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Einstellung öffnen</translation>
    </message>
    <message>
        <source>Open setting: %1 of %2</source>
        <translation>Einstellung öffnen: %1 von %2</translation>
    </message>
    <message>
        <source>Opens %1 of %2</source>
        <translation>Öffnet %1 von %2</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n recommendations</source>
        <translation>
            <numerusform>Die %n Empfehlung anzeigen</numerusform>
            <numerusform>Alle %n Empfehlungen anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Raw attempts (request and response details) are deleted after this many days. Charts keep working from the per-minute rollups, which are kept for this many months. Both environments.</source>
        <translation>Rohe Zustellversuche (Details zu Anfrage und Antwort) werden nach so vielen Tagen gelöscht. Diagramme arbeiten weiter mit den Minuten-Zusammenfassungen, die so viele Monate bleiben. Beide Umgebungen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep raw &amp;attempts (days):</source>
        <translation>Rohe &amp;Versuche behalten (Tage):</translation>
    </message>
    <message>
        <source>Keep &amp;rollups (months):</source>
        <translation>&amp;Zusammenfassungen behalten (Monate):</translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>Enter a whole number of months from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von Monaten zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetryChart</name>
    <message>
        <source>Retry analysis</source>
        <translation>Wiederholungsanalyse</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Succeeded at attempt %1: %2 deliveries (%3 %)</source>
        <translation>Erfolgreich bei Versuch %1: %2 Zustellungen (%3 %)</translation>
    </message>
    <message>
        <source>%1 % of failing deliveries recovered · %2 dead</source>
        <translation>%1 % der fehlgeschlagenen Zustellungen erholt · %2 unzustellbar</translation>
    </message>
    <message>
        <source>No delivery succeeded in this range; %1 dead</source>
        <translation>Keine Zustellung gelang in diesem Zeitraum; %1 unzustellbar</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetryPolicyEditor</name>
    <message>
        <source>Retries and auto-pause</source>
        <translation>Wiederholungen und Auto-Pause</translation>
    </message>
    <message>
        <source>Auto-pause when either threshold is reached (timeouts count over the last 100 attempts); deliveries are then held, never dropped.</source>
        <translation>Auto-Pause, sobald eine der Schwellen erreicht ist (Zeitüberschreitungen gezählt über die letzten 100 Versuche); Zustellungen werden dann zurückgehalten, nie verworfen.</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Maximale Wiederholungen</translation>
    </message>
    <message>
        <source>Default schedule (empty)</source>
        <translation>Standardplan (leer)</translation>
    </message>
    <message>
        <source>Delays before attempt 2, 3, … after a failure, e.g. 0s, 1m, 10m, 1h, 1d. The last one repeats. Empty: the default schedule (immediately, then 1, 2, 4, 8, 16, 32 min, 1 h, 6 h, 24 h).</source>
        <translation>Wartezeiten vor Versuch 2, 3, … nach einem Fehlschlag, z. B. 0s, 1m, 10m, 1h, 1d. Die letzte wiederholt sich. Leer: der Standardplan (sofort, dann 1, 2, 4, 8, 16, 32 min, 1 h, 6 h, 24 h).</translation>
    </message>
    <message>
        <source>Retry intervals</source>
        <translation>Wiederholungsabstände</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Jitter in percent</source>
        <translation>Jitter in Prozent</translation>
    </message>
    <message>
        <source>%1 failures in a row (default)</source>
        <translation>%1 Fehlschläge in Folge (Standard)</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>Auto-pause after consecutive failures</source>
        <translation>Auto-Pause nach Fehlschlägen in Folge</translation>
    </message>
    <message>
        <source>%1 % of the last 100 timed out (default)</source>
        <translation>%1 % Zeitüberschreitungen (Standard)</translation>
    </message>
    <message>
        <source> % of the last 100 timed out</source>
        <translation> % Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Auto-pause at a share of timeouts</source>
        <translation>Auto-Pause ab einem Anteil an Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>Max. &amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Intervals:</source>
        <translation>&amp;Abstände:</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Jitter:</translation>
    </message>
    <message>
        <source>Auto-&amp;pause:</source>
        <translation>Auto-&amp;Pause:</translation>
    </message>
    <message>
        <source>Retry schedule preview</source>
        <translation>Vorschau des Wiederholungsplans</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>After the first attempt</source>
        <translation>Nach Versuch 1</translation>
    </message>
    <message>
        <source>Fix the intervals to see the schedule.</source>
        <translation>Korrigieren Sie die Abstände, um den Plan zu sehen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>erster Versuch</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over about %1 (± %2 % jitter) if every one fails; then the delivery is dead.</source>
        <translation>
            <numerusform>%n Versuch über etwa %1 (± %2 % Jitter), wenn jeder fehlschlägt; danach ist die Zustellung tot.</numerusform>
            <numerusform>%n Versuche über etwa %1 (± %2 % Jitter), wenn jeder fehlschlägt; danach ist die Zustellung tot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over %1 if every one fails; then the delivery is dead.</source>
        <translation>
            <numerusform>%n Versuch über %1, wenn jeder fehlschlägt; danach ist die Zustellung tot.</numerusform>
            <numerusform>%n Versuche über %1, wenn jeder fehlschlägt; danach ist die Zustellung tot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::SecretField</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Anzeigen …</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the revealed secret to the clipboard</source>
        <translation>Das angezeigte Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SecurityText</name>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for every port.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, oder leer für jeden Port.</translation>
    </message>
    <message>
        <source>The keychain is not available, so no key was created and no secret was written anywhere. See Settings › Keychain.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher wurde kein Schlüssel erzeugt und nirgends ein Geheimnis gespeichert. Siehe Einstellungen › Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>Der Schlüsselbund hat den Vorgang abgelehnt: %1</translation>
    </message>
    <message>
        <source>The private key %1 is missing from the keychain. Rotate to a new key.</source>
        <translation>Der private Schlüssel %1 fehlt im Schlüsselbund. Rotieren Sie auf einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>This environment has no signing key yet. Generate one first.</source>
        <translation>Diese Umgebung hat noch keinen Signaturschlüssel. Erzeugen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>This environment already has the key %1. Rotate it instead.</source>
        <translation>Diese Umgebung hat bereits den Schlüssel %1. Rotieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>There is no key %1 in this environment.</source>
        <translation>In dieser Umgebung gibt es keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>This is not an unencrypted PEM private key.</source>
        <translation>Das ist kein unverschlüsselter privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>This is not an RSA key: RS256 needs RSA.</source>
        <translation>Das ist kein RSA-Schlüssel: RS256 braucht RSA.</translation>
    </message>
    <message>
        <source>Unsupported key size: choose 2048, 3072 or 4096 bits.</source>
        <translation>Nicht unterstützte Schlüsselgröße: Wählen Sie 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>The database refused the key&apos;s metadata: %1</source>
        <translation>Die Datenbank hat die Metadaten des Schlüssels abgelehnt: %1</translation>
    </message>
    <message>
        <source>OpenSSL failed to create the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Gültige Signatur</translation>
    </message>
    <message>
        <source>The JWKS is not a key set with RSA keys (or the environment has no key yet).</source>
        <translation>Das JWKS ist keine Schlüsselmenge mit RSA-Schlüsseln (oder die Umgebung hat noch keinen Schlüssel).</translation>
    </message>
    <message>
        <source>The signature header is missing (X-Webhook-Signature, or webhook-signature for Standard Webhooks).</source>
        <translation>Der Signatur-Header fehlt (X-Webhook-Signature, oder webhook-signature bei Standard Webhooks).</translation>
    </message>
    <message>
        <source>The signature is malformed: not an RS256 JWT with the expected claims.</source>
        <translation>Die Signatur ist fehlerhaft: kein RS256-JWT mit den erwarteten Claims.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm is not RS256.</source>
        <translation>Der Algorithmus des Tokens ist nicht RS256.</translation>
    </message>
    <message>
        <source>Unknown key id: no key in the JWKS made this signature. Refresh the JWKS.</source>
        <translation>Unbekannte Schlüssel-ID: Kein Schlüssel im JWKS hat diese Signatur erstellt. Laden Sie das JWKS neu.</translation>
    </message>
    <message>
        <source>Bad signature: not made by this key or secret, or the token was altered.</source>
        <translation>Ungültige Signatur: nicht mit diesem Schlüssel oder Geheimnis erstellt, oder das Token wurde verändert.</translation>
    </message>
    <message>
        <source>Expired: the signature is too old.</source>
        <translation>Abgelaufen: Die Signatur ist zu alt.</translation>
    </message>
    <message>
        <source>Not yet valid: the signature is from the future. Check the clocks.</source>
        <translation>Noch nicht gültig: Die Signatur stammt aus der Zukunft. Prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>Audience mismatch: the token was made for another webhook id.</source>
        <translation>Zielgruppe stimmt nicht: Das Token wurde für eine andere Webhook-ID erstellt.</translation>
    </message>
    <message>
        <source>Body hash mismatch: the body differs from the one that was signed.</source>
        <translation>Hash des Inhalts stimmt nicht: Der Inhalt unterscheidet sich vom signierten.</translation>
    </message>
    <message>
        <source>Headers hash mismatch: a signed header (Content-Type, X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event, X-Webhook-Timestamp, X-Webhook-Test-Mode) differs from the one that was signed.</source>
        <translation>Hash der Header stimmt nicht: Ein signierter Header (Content-Type, X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event, X-Webhook-Timestamp, X-Webhook-Test-Mode) unterscheidet sich vom signierten.</translation>
    </message>
    <message>
        <source>Enter a CIDR (10.20.0.0/16), an address or an exact host name.</source>
        <translation>Geben Sie ein CIDR (10.20.0.0/16), eine Adresse oder einen exakten Hostnamen ein.</translation>
    </message>
    <message>
        <source>Wildcards are not allowed: enter exact host names, one per entry.</source>
        <translation>Platzhalter sind nicht erlaubt: Geben Sie exakte Hostnamen ein, einen pro Eintrag.</translation>
    </message>
    <message>
        <source>Neither a valid host name nor an IP address.</source>
        <translation>Weder ein gültiger Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The part before the slash is not an IP address.</source>
        <translation>Der Teil vor dem Schrägstrich ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The prefix length after the slash must be a number: 0–32 for IPv4, 0–128 for IPv6.</source>
        <translation>Die Präfixlänge nach dem Schrägstrich muss eine Zahl sein: 0–32 für IPv4, 0–128 für IPv6.</translation>
    </message>
    <message>
        <source>The address has bits set beyond the prefix: write the network address (e.g. 10.0.0.0/8, not 10.0.0.1/8).</source>
        <translation>Die Adresse hat Bits jenseits des Präfixes gesetzt: Schreiben Sie die Netzadresse (z. B. 10.0.0.0/8, nicht 10.0.0.1/8).</translation>
    </message>
    <message>
        <source>Too broad: an exception must be /8 or narrower for IPv4, /16 or narrower for IPv6.</source>
        <translation>Zu weit: Eine Ausnahme muss /8 oder enger für IPv4 sein, /16 oder enger für IPv6.</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%eth0) are not allowed.</source>
        <translation>IPv6-Zonen-IDs (%eth0) sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Diese Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This is a server (leaf) certificate, not a CA. Add the CA that issued it.</source>
        <translation>Das ist ein Server-Zertifikat (Blatt), keine CA. Fügen Sie die CA hinzu, die es ausgestellt hat.</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>Dieses Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>This CA is already trusted in this environment.</source>
        <translation>Diese CA ist in dieser Umgebung bereits vertrauenswürdig.</translation>
    </message>
    <message>
        <source>This CA is no longer in the list.</source>
        <translation>Diese CA ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>More than one CA matches this fingerprint.</source>
        <translation>Mehr als eine CA passt zu diesem Fingerabdruck.</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SettingsPage</name>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>Vertrauenswürdige CAs</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Ingest API</source>
        <translation>Ingest-API</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
</context>
<context>
    <name>hookline::ui::StatusChart</name>
    <message>
        <source>HTTP status distribution</source>
        <translation>Verteilung der HTTP-Status</translation>
    </message>
    <message>
        <source>HTTP statuses</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>No HTTP answer (timeout, connection, DNS, TLS, blocked): %1 attempts, %2 %</source>
        <translation>Keine HTTP-Antwort (Zeitüberschreitung, Verbindung, DNS, TLS, blockiert): %1 Versuche, %2 %</translation>
    </message>
    <message>
        <source>HTTP %1: %2 attempts, %3 %</source>
        <translation>HTTP %1: %2 Versuche, %3 %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Other statuses: %1 attempts</source>
        <translation>Andere Status: %1 Versuche</translation>
    </message>
    <message>
        <source>none</source>
        <comment>HTTP status: no answer arrived</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SuccessRateChart</name>
    <message>
        <source>Success rate over time</source>
        <translation>Erfolgsquote im Zeitverlauf</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Successful attempts (%)</source>
        <translation>Erfolgreiche Versuche (%)</translation>
    </message>
    <message>
        <source>%1
Success rate: %2 %
%3 of %4 attempts succeeded</source>
        <translation>%1
Erfolgsquote: %2 %
%3 von %4 Versuchen erfolgreich</translation>
    </message>
</context>
<context>
    <name>hookline::ui::TimeAxis</name>
    <message>
        <source>MMM d</source>
        <comment>date axis format</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>hookline::ui::TrustedCaSection</name>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Add PEM file…</source>
        <translation>PEM-Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add a CA certificate</source>
        <translation>CA-Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted CAs — %1</source>
        <translation>Vertrauenswürdige CAs — %1</translation>
    </message>
    <message>
        <source>Deliveries of %1 trust the system&apos;s certificate authorities plus these, e.g. the private CA of an on-premises receiver. Certificates are public; no key is stored.</source>
        <translation>Zustellungen von %1 vertrauen den Zertifizierungsstellen des Systems und zusätzlich diesen, z. B. der privaten CA eines Empfängers im eigenen Netz. Zertifikate sind öffentlich; kein Schlüssel wird gespeichert.</translation>
    </message>
    <message>
        <source>%1 (local test receiver, managed automatically)</source>
        <translation>%1 (lokaler Testempfänger, automatisch verwaltet)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <source>The connection to the database server was lost; nothing was saved. Hookline reconnects by itself: try again in a moment.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen; nichts wurde gespeichert. Hookline verbindet sich selbst neu: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was saved. Details: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet; nichts wurde gespeichert. Details: %1</translation>
    </message>
    <message>
        <source>The database could not be read: another Hookline process is holding it. What is shown may be incomplete; it is read again at the next refresh.</source>
        <translation>Die Datenbank konnte nicht gelesen werden: Ein anderer Hookline-Prozess hält sie belegt. Die Anzeige ist vielleicht unvollständig; sie wird bei der nächsten Aktualisierung neu gelesen.</translation>
    </message>
    <message>
        <source>The database could not be read; what is shown may be incomplete. Details: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden; die Anzeige ist vielleicht unvollständig. Details: %1</translation>
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
        <source>Filter rules</source>
        <translation>Filterregeln</translation>
    </message>
    <message>
        <source>the filter is not valid JSON rules</source>
        <translation>der Filter ist kein gültiges JSON mit Regeln</translation>
    </message>
    <message>
        <source>choose whether all rules or any rule must hold</source>
        <translation>wählen Sie, ob alle Regeln oder eine beliebige gelten muss</translation>
    </message>
    <message>
        <source>use at most %1 rules</source>
        <translation>verwenden Sie höchstens %1 Regeln</translation>
    </message>
    <message>
        <source>enter a field path, e.g. verification.status</source>
        <translation>geben Sie einen Feldpfad ein, z. B. verification.status</translation>
    </message>
    <message>
        <source>“%1” is not a field path — use names separated by dots, with [0] for list items</source>
        <translation>„%1“ ist kein Feldpfad — verwenden Sie durch Punkte getrennte Namen, mit [0] für Listeneinträge</translation>
    </message>
    <message>
        <source>“%1” is not an operator</source>
        <translation>„%1“ ist kein Operator</translation>
    </message>
    <message>
        <source>enter a value to compare with</source>
        <translation>geben Sie einen Vergleichswert ein</translation>
    </message>
    <message>
        <source>“in” needs a list of values, e.g. [&quot;DE&quot;, &quot;AT&quot;]</source>
        <translation>„in“ braucht eine Liste von Werten, z. B. [&quot;DE&quot;, &quot;AT&quot;]</translation>
    </message>
    <message>
        <source>“&lt;” and “&gt;” need a number or a date, e.g. 0.9 or 2026-01-31</source>
        <translation>„&lt;“ und „&gt;“ brauchen eine Zahl oder ein Datum, z. B. 0.9 oder 2026-01-31</translation>
    </message>
    <message>
        <source>“exists” takes true, false or no value</source>
        <translation>„exists“ nimmt true, false oder keinen Wert</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 is the rule&apos;s number in the table, %2 what is wrong with it</extracomment>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>The change was not saved: the audit log&apos;s key could not be read from the keychain. Unlock the keychain and try again.</source>
        <translation>Die Änderung wurde nicht gespeichert: Der Schlüssel des Audit-Protokolls konnte nicht aus dem Schlüsselbund gelesen werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::VerifyDialog</name>
    <message>
        <source>Verify a webhook</source>
        <translation>Webhook prüfen</translation>
    </message>
    <message>
        <source>X-Webhook-Id: wh_…
X-Webhook-Signature: eyJ…
(one &quot;Name: value&quot; per line, as received)</source>
        <translation>X-Webhook-Id: wh_…
X-Webhook-Signature: eyJ…
(ein „Name: Wert“ pro Zeile, wie empfangen)</translation>
    </message>
    <message>
        <source>The body exactly as received: one changed byte fails the check.</source>
        <translation>Der Inhalt genau wie empfangen: Ein geändertes Byte lässt die Prüfung scheitern.</translation>
    </message>
    <message>
        <source>The JWKS of %1 (ours)</source>
        <translation>Das JWKS von %1 (unseres)</translation>
    </message>
    <message>
        <source>A JWKS I paste</source>
        <translation>Ein JWKS, das ich einfüge</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret (whsec_…)</source>
        <translation>Ein Standard-Webhooks-Geheimnis (whsec_…)</translation>
    </message>
    <message>
        <source>optional: wh_… (then the audience must match)</source>
        <translation>optional: wh_… (dann muss die Zielgruppe passen)</translation>
    </message>
    <message>
        <source>Ignore the time window (for a webhook received earlier)</source>
        <translation>Zeitfenster ignorieren (für einen früher empfangenen Webhook)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Check &amp;against:</source>
        <translation>Prüfen &amp;gegen:</translation>
    </message>
    <message>
        <source>&amp;JWKS:</source>
        <translation>&amp;JWKS:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Webhook id:</source>
        <translation>&amp;Webhook-ID:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Paste the headers you received, one &quot;Name: value&quot; per line.</source>
        <translation>Fügen Sie die empfangenen Header ein, ein „Name: Wert“ pro Zeile.</translation>
    </message>
    <message>
        <source>Paste the JWKS ({&quot;keys&quot;: […]}) to check against.</source>
        <translation>Fügen Sie das JWKS ({&quot;keys&quot;: […]}) ein, gegen das geprüft wird.</translation>
    </message>
    <message>
        <source>This is not a JSON object: %1</source>
        <translation>Das ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret starts with whsec_.</source>
        <translation>Ein Standard-Webhooks-Geheimnis beginnt mit whsec_.</translation>
    </message>
    <message>
        <source>Valid signature, made by the key %1.</source>
        <translation>Gültige Signatur, erstellt mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
</context>
<context>
    <name>hookline::text::EndpointText</name>
    <message>
        <source>every attempt failed for over an hour</source>
        <translation>jeder Versuch ist seit über einer Stunde fehlgeschlagen</translation>
    </message>
    <message>
        <source>most recent attempts timed out</source>
        <translation>die meisten letzten Versuche liefen in eine Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>hookline::text::PolicyText</name>
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
</context>
</TS>
