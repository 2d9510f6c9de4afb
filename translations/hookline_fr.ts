<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>hookline::ui::AllowlistSection</name>
    <message>
        <source>any port</source>
        <translation>tout port</translation>
    </message>
    <message>
        <source>Port of the new entry (empty: every port)</source>
        <translation>Port de la nouvelle entrée (vide : tous les ports)</translation>
    </message>
    <message>
        <source>Only this port (1–65535). Leave empty to allow every port.</source>
        <translation>Ce port uniquement (1–65535). Laissez vide pour autoriser tous les ports.</translation>
    </message>
    <message>
        <source>%1, every port</source>
        <translation>%1, tous les ports</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>Allowlist entries</source>
        <translation>Entrées de la liste d’autorisation</translation>
    </message>
    <message>
        <source>10.20.0.0/16, 192.168.1.10 or hooks.internal.example</source>
        <translation>10.20.0.0/16, 192.168.1.10 ou hooks.internal.example</translation>
    </message>
    <message>
        <source>New allowlist entry</source>
        <translation>Nouvelle entrée de la liste d’autorisation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Destination allowlist — %1</source>
        <translation>Liste d’autorisation des destinations — %1</translation>
    </message>
    <message>
        <source>Exceptions to the destination policy for %1: deliveries may reach these private addresses and names (on-premises receivers). Every entry opens a way into your network: keep this list short. Default: empty.</source>
        <translation>Exceptions à la politique de destination pour %1 : les livraisons peuvent atteindre ces adresses et noms privés (récepteurs sur site). Chaque entrée ouvre un accès à votre réseau : gardez cette liste courte. Par défaut : vide.</translation>
    </message>
    <message>
        <source>Exceptions to the destination policy for %1: deliveries may reach these private addresses and names. While the local test receiver runs, 127.0.0.1/32 on its port is added automatically (Sandbox only, never Live).</source>
        <translation>Exceptions à la politique de destination pour %1 : les livraisons peuvent atteindre ces adresses et noms privés. Tant que le récepteur de test local fonctionne, 127.0.0.1/32 est ajouté automatiquement sur son port (Sandbox uniquement, jamais Live).</translation>
    </message>
    <message>
        <source>%1 (local test receiver)</source>
        <translation>%1 (récepteur de test local)</translation>
    </message>
    <message>
        <source>Address range (CIDR)</source>
        <translation>Plage d’adresses (CIDR)</translation>
    </message>
    <message>
        <source>Exact host name</source>
        <translation>Nom d’hôte exact</translation>
    </message>
    <message>
        <source>The stored allowlist of %1 is unreadable and is treated as empty. Nothing can be changed here until it is repaired.</source>
        <translation>La liste d’autorisation enregistrée de %1 est illisible et considérée comme vide. Rien ne peut être modifié ici tant qu’elle n’est pas réparée.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::AuditPage</name>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash chain and the anchor kept in the keychain</source>
        <translation>Vérifie la chaîne de hachage de chaque entrée et l’ancre conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Object id contains…</source>
        <translation>L’identifiant de l’objet contient…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Sélectionnez une entrée pour en voir les détails.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>The audit log has not been verified yet.</source>
        <translation>Le journal d’audit n’a pas encore été vérifié.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 by %4 on %5</source>
        <translation>Entrée %1 · %2 · %3 par %4 sur %5</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Hachage précédent : %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hachage : %1</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>the audit key is not in the keychain, so the entries cannot be checked</source>
        <translation>la clé d’audit n’est pas dans le trousseau, les entrées ne peuvent pas être vérifiées</translation>
    </message>
    <message>
        <source>its content or hash was changed after it was written</source>
        <translation>son contenu ou son hachage a été modifié après l’écriture</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>elle ne suit pas l’entrée précédente</translation>
    </message>
    <message>
        <source>the entry was deleted</source>
        <translation>l’entrée a été supprimée</translation>
    </message>
    <message>
        <source>an entry from another position was moved here</source>
        <translation>une entrée d’une autre position a été déplacée ici</translation>
    </message>
    <message>
        <source>the log ends before the entry anchored in the keychain (truncated, or an older copy of the database)</source>
        <translation>le journal s’arrête avant l’entrée ancrée dans le trousseau (tronqué, ou une copie plus ancienne de la base)</translation>
    </message>
    <message>
        <source>it differs from the entry anchored in the keychain (an older copy of the database was restored)</source>
        <translation>elle diffère de l’entrée ancrée dans le trousseau (une copie plus ancienne de la base a été restaurée)</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>la base de données n’a pas pu être lue</translation>
    </message>
    <message>
        <source>✓ The audit log is empty.</source>
        <translation>✓ Le journal d’audit est vide.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Verified: %n entry(s), up to seq %1.</source>
        <translation>
            <numerusform>✓ Vérifié : %n entrée, jusqu’au n° %1.</numerusform>
            <numerusform>✓ Vérifié : %n entrées, jusqu’au n° %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not anchored in the keychain yet.</source>
        <translation>Pas encore ancré dans le trousseau.</translation>
    </message>
    <message>
        <source>✗ Broken at seq %1: %2</source>
        <translation>✗ Rompu au n° %1 : %2</translation>
    </message>
    <message>
        <source>✗ Broken at seq %1 (%2): %3</source>
        <translation>✗ Rompu au n° %1 (%2) : %3</translation>
    </message>
    <message>
        <source>✗ Cannot verify: %1</source>
        <translation>✗ Vérification impossible : %1</translation>
    </message>
    <message>
        <source>The audit key is missing from the keychain: changes cannot be audited and are refused.</source>
        <translation>La clé d’audit manque dans le trousseau : les modifications ne peuvent pas être auditées et sont refusées.</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable: the audit key could not be read, so configuration changes are refused until it is unlocked and Hookline restarted.</source>
        <translation>Le trousseau est verrouillé ou indisponible : la clé d’audit n’a pas pu être lue, les modifications de configuration sont donc refusées jusqu’à son déverrouillage et au redémarrage de Hookline.</translation>
    </message>
    <message>
        <source>The audit log could not be read from the database.</source>
        <translation>Le journal d’audit n’a pas pu être lu depuis la base de données.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::AuditTableModel</name>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>hookline::ui::BulkSubscriptionDialog</name>
    <message numerus="yes">
        <source>Edit subscriptions of %n endpoint(s)</source>
        <translation>
            <numerusform>Modifier les abonnements de %n point de terminaison</numerusform>
            <numerusform>Modifier les abonnements de %n points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>Patterns to add</source>
        <translation>Motifs à ajouter</translation>
    </message>
    <message>
        <source>e.g. identity_document.*, customer.created</source>
        <translation>p. ex. identity_document.*, customer.created</translation>
    </message>
    <message>
        <source>Patterns to remove</source>
        <translation>Motifs à retirer</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter :</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirer :</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Aperçu de la modification</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Patterns are comma-separated: an event type, a prefix with .* or *. Every endpoint keeps at least one pattern.</source>
        <translation>Motifs séparés par des virgules : un type d’événement, un préfixe avec .* ou *. Chaque point de terminaison garde au moins un motif.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>These endpoints would be left without any pattern: %1</source>
        <translation>Ces points de terminaison n’auraient plus aucun motif : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) change.</source>
        <translation>
            <numerusform>%n point de terminaison change.</numerusform>
            <numerusform>%n points de terminaison changent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::BulkTestDialog</name>
    <message numerus="yes">
        <source>Test %n endpoint(s)</source>
        <translation>
            <numerusform>Tester %n point de terminaison</numerusform>
            <numerusform>Tester %n points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>One webhook.test event goes to every endpoint below, whatever it subscribes to. Each row shows how its first attempt went.</source>
        <translation>Un événement webhook.test part vers chaque point de terminaison ci-dessous, quels que soient ses abonnements. Chaque ligne montre le résultat de sa première tentative.</translation>
    </message>
    <message>
        <source>Test results per endpoint</source>
        <translation>Résultats du test par point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v sur %m terminés</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>%1 of %2 endpoint(s) answered within %3 s; the others stay queued — is the engine running?</source>
        <translation>%1 sur %2 point(s) de terminaison ont répondu en %3 s ; les autres restent en file d’attente — le moteur tourne-t-il ?</translation>
    </message>
    <message>
        <source>Done: event %1.</source>
        <translation>Terminé : événement %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>Sent %1 — waiting for the first attempts…</source>
        <translation>%1 envoyé — attente des premières tentatives…</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>held (paused)</source>
        <translation>retenu (en pause)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
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
        <translation>Importer la configuration</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Aucun modèle choisi</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Fichier modèle</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Choose a configuration template (JSON). You will see what it would create, update and delete before anything is changed.</source>
        <translation>Choisissez un modèle de configuration (JSON). Vous verrez ce qu’il créerait, modifierait et supprimerait avant que quoi que ce soit ne change.</translation>
    </message>
    <message>
        <source>Problems in the template</source>
        <translation>Problèmes dans le modèle</translation>
    </message>
    <message>
        <source>Changes the template makes</source>
        <translation>Modifications apportées par le modèle</translation>
    </message>
    <message>
        <source>Endpoint / setting</source>
        <translation>Point de terminaison / réglage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Après l’import</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Make every change shown, in one transaction: all or nothing</source>
        <translation>Effectuer toutes les modifications affichées en une seule transaction : tout ou rien</translation>
    </message>
    <message>
        <source>Configuration templates (*.json)</source>
        <translation>Modèles de configuration (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This template cannot be imported — fix the problems below in the file and choose it again. Nothing was changed.</source>
        <translation>Ce modèle ne peut pas être importé — corrigez les problèmes ci-dessous dans le fichier puis choisissez-le à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>tout le fichier</translation>
    </message>
    <message>
        <source>%1: %2 to create · %3 to update · %4 to delete · %5 unchanged</source>
        <translation>%1 : %2 à créer · %3 à modifier · %4 à supprimer · %5 inchangé(s)</translation>
    </message>
    <message>
        <source>This template is for %1, not for %2 shown now: applying it changes the endpoints of %1.</source>
        <translation>Ce modèle concerne %1, pas %2 affiché actuellement : l’appliquer modifie les points de terminaison de %1.</translation>
    </message>
    <message>
        <source>The template matches the stored configuration — there is nothing to apply.</source>
        <translation>Le modèle correspond à la configuration enregistrée — il n’y a rien à appliquer.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Apply and delete…</source>
        <translation>&amp;Appliquer et supprimer…</translation>
    </message>
    <message>
        <source>Delete endpoints</source>
        <translation>Supprimer des points de terminaison</translation>
    </message>
    <message>
        <source>Their deliveries and attempts are deleted with them. This cannot be undone.</source>
        <translation>Leurs livraisons et tentatives sont supprimées avec eux. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete and apply</source>
        <translation>Supprimer et appliquer</translation>
    </message>
    <message>
        <source>The template was not applied — nothing was changed.</source>
        <translation>Le modèle n’a pas été appliqué — rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The endpoints changed since the preview, so nothing was applied. Check the updated preview and apply again.</source>
        <translation>Les points de terminaison ont changé depuis l’aperçu, rien n’a donc été appliqué. Vérifiez l’aperçu mis à jour et appliquez à nouveau.</translation>
    </message>
    <message>
        <source>Applied in one transaction: %1 created, %2 updated, %3 deleted.</source>
        <translation>Appliqué en une seule transaction : %1 créé(s), %2 modifié(s), %3 supprimé(s).</translation>
    </message>
    <message>
        <source>the keychain is not available here</source>
        <translation>le trousseau n’est pas disponible ici</translation>
    </message>
    <message>
        <source>The keychain did not remove the values of the secret headers %1 that %2 no longer has: %3.</source>
        <translation>Le trousseau n’a pas supprimé les valeurs des en-têtes secrets %1 que %2 n’a plus : %3.</translation>
    </message>
    <message>
        <source>%1 is saved, but the keychain did not take the value of %2 (%3), so its deliveries wait. Enter the value in the endpoint&apos;s form.</source>
        <translation>%1 est enregistré, mais le trousseau n’a pas accepté la valeur de %2 (%3), ses livraisons attendent donc. Saisissez la valeur dans le formulaire du point de terminaison.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>En-tête d’authentification</translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation>Schéma de signature</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Tentatives max.</translation>
    </message>
    <message>
        <source>Retry intervals (s)</source>
        <translation>Intervalles entre tentatives (s)</translation>
    </message>
    <message>
        <source>Jitter (%)</source>
        <translation>Gigue (%)</translation>
    </message>
    <message>
        <source>Auto-pause: consecutive failures</source>
        <translation>Pause automatique : échecs consécutifs</translation>
    </message>
    <message>
        <source>Auto-pause: timeouts (%)</source>
        <translation>Pause automatique : délais dépassés (%)</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. simultanées</translation>
    </message>
    <message>
        <source>Rate limit (/s)</source>
        <translation>Limite de débit (/s)</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Ce n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>A template is a JSON object with &quot;version&quot;, &quot;environment&quot; and &quot;endpoints&quot;.</source>
        <translation>Un modèle est un objet JSON avec &quot;version&quot;, &quot;environment&quot; et &quot;endpoints&quot;.</translation>
    </message>
    <message>
        <source>Version %1 is not supported — this Hookline reads version 1.</source>
        <translation>La version %1 n’est pas prise en charge — ce Hookline lit la version 1.</translation>
    </message>
    <message>
        <source>This is required — add it.</source>
        <translation>Ceci est obligatoire — ajoutez-le.</translation>
    </message>
    <message>
        <source>“%1” is not a template setting — check the spelling; the names are those of an exported configuration.</source>
        <translation>« %1 » n’est pas un réglage de modèle — vérifiez l’orthographe ; les noms sont ceux d’une configuration exportée.</translation>
    </message>
    <message>
        <source>This must be of JSON type %1.</source>
        <translation>Ceci doit être du type JSON %1.</translation>
    </message>
    <message>
        <source>“%1” is not an environment — use live or sandbox.</source>
        <translation>« %1 » n’est pas un environnement — utilisez live ou sandbox.</translation>
    </message>
    <message>
        <source>“%1” is not a method — use POST, PUT or PATCH.</source>
        <translation>« %1 » n’est pas une méthode — utilisez POST, PUT ou PATCH.</translation>
    </message>
    <message>
        <source>“%1” is not a signing scheme — use jwt or standard.</source>
        <translation>« %1 » n’est pas un schéma de signature — utilisez jwt ou standard.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value.</source>
        <translation>« %1 » n’est pas une valeur valide.</translation>
    </message>
    <message>
        <source>Secrets are never read from a template — remove “%1”. Set tokens in the endpoint&apos;s form; they stay in the keychain.</source>
        <translation>Les secrets ne sont jamais lus depuis un modèle — supprimez « %1 ». Définissez les jetons dans le formulaire du point de terminaison ; ils restent dans le trousseau.</translation>
    </message>
    <message>
        <source>“%1” is already used by an earlier endpoint of the template — names must be unique.</source>
        <translation>« %1 » est déjà utilisé par un point de terminaison précédent du modèle — les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>Several stored endpoints are named “%1” — rename all but one, then import again.</source>
        <translation>Plusieurs points de terminaison enregistrés s’appellent « %1 » — renommez-les tous sauf un, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>The endpoints changed since the preview — nothing was applied.</source>
        <translation>Les points de terminaison ont changé depuis l’aperçu — rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>The database refused the change, so nothing was changed. Details: %1</source>
        <translation>La base de données a refusé la modification, rien n’a donc été modifié. Détails : %1</translation>
    </message>
    <message>
        <source>The template says &quot;prune&quot;: true — endpoints not in it will be DELETED with their deliveries: %1</source>
        <translation>Le modèle indique &quot;prune&quot;: true — les points de terminaison absents du modèle seront SUPPRIMÉS avec leurs livraisons : %1</translation>
    </message>
    <message>
        <source>Not in the template, so they stay as they are: %1 (a template with &quot;prune&quot;: true would delete them).</source>
        <translation>Absents du modèle, ils restent tels quels : %1 (un modèle avec &quot;prune&quot;: true les supprimerait).</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Applying this template deletes these endpoints in %1: %2</source>
        <translation>Appliquer ce modèle supprime ces points de terminaison dans %1 : %2</translation>
    </message>
    <message>
        <source>The secret header “%1” has no stored value to keep — write its value into the template, or set it in the endpoint&apos;s form after the import.</source>
        <translation>L’en-tête secret « %1 » n’a pas de valeur enregistrée à conserver — écrivez sa valeur dans le modèle, ou saisissez-la dans le formulaire du point de terminaison après l’import.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ConnectionBanner</name>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the database lost&lt;/b&gt; — reconnecting… Next try at %1. The pages show the data they had.</source>
        <translation>&lt;b&gt;Connexion à la base de données perdue&lt;/b&gt; — reconnexion… Prochain essai à %1. Les pages montrent les dernières données lues.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DashboardChart</name>
    <message>
        <source>No deliveries in this range</source>
        <translation>Aucune livraison sur cette période</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DashboardPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>Poi&amp;nt de terminaison :</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>&amp;Type d’événement :</translation>
    </message>
    <message>
        <source>Endpoints in this range</source>
        <translation>Points de terminaison sur cette période</translation>
    </message>
    <message>
        <source>Open the page to load the figures.</source>
        <translation>Ouvrez la page pour charger les chiffres.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Recharger les chiffres (F5)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a chart or the table</source>
        <translation>Exporter un graphique ou le tableau</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 en PNG…</translation>
    </message>
    <message>
        <source>Endpoint table as CSV…</source>
        <translation>Tableau des points de terminaison en CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The figures could not be loaded.</source>
        <translation>Les chiffres n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Query %1 ms, drawing %2 ms</source>
        <translation>Requête %1 ms, dessin %2 ms</translation>
    </message>
    <message>
        <source>No deliveries in this range.</source>
        <translation>Aucune livraison sur cette période.</translation>
    </message>
    <message>
        <source>%1 attempts · %2 % successful · average %3 ms · p95 %4 ms</source>
        <translation>%1 tentatives · %2 % réussies · moyenne %3 ms · p95 %4 ms</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d’événements</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>L’image n’a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Export endpoint table</source>
        <translation>Exporter le tableau des points de terminaison</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Le tableau n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Scrolls down to the recommendations</source>
        <translation>Fait défiler jusqu’aux recommandations</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) below</source>
        <translation>
            <numerusform>%n recommandation plus bas</numerusform>
            <numerusform>%n recommandations plus bas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeadLetterModel</name>
    <message>
        <source>Endpoint / created</source>
        <translation>Endpoint / créée</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Count / attempts</source>
        <translation>Nombre / tentatives</translation>
    </message>
    <message>
        <source>Dead since</source>
        <translation>Morte depuis</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeadLettersPanel</name>
    <message>
        <source>Dead letters by endpoint and outcome</source>
        <translation>Lettres mortes par endpoint et résultat</translation>
    </message>
    <message>
        <source>&amp;Replay selected</source>
        <translation>&amp;Rejouer la sélection</translation>
    </message>
    <message>
        <source>Replay the selected groups and dead letters, paced, with the same idempotency keys</source>
        <translation>Rejouer les groupes et lettres mortes sélectionnés, au rythme limité, avec les mêmes clés d’idempotence</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Progression du rejeu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No dead letters in this environment. Deliveries that exhaust their retries are listed here, ready to be replayed.</source>
        <translation>Aucune lettre morte dans cet environnement. Les livraisons qui épuisent leurs tentatives apparaissent ici, prêtes à être rejouées.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Rejeu en cours…</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 replayed; the rest are still dead.</source>
        <translation>Annulé : %1 sur %2 rejouées ; les autres restent mortes.</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n dead letter(s).</source>
        <translation>
            <numerusform>%n lettre morte rejouée.</numerusform>
            <numerusform>%n lettres mortes rejouées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead letter(s)</source>
        <translation>
            <numerusform>%1 : %n lettre morte</numerusform>
            <numerusform>%1 : %n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Rejouer les lettres mortes</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letter(s)?</source>
        <translation>
            <numerusform>Rejouer %n lettre morte ?</numerusform>
            <numerusform>Rejouer %n lettres mortes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each is sent again with its original idempotency key, %n per batch. You can cancel while it runs; what was replayed by then stays replayed.</source>
        <translation>
            <numerusform>Chacune est renvoyée avec sa clé d’idempotence d’origine, %n par lot. Vous pouvez annuler en cours de route ; ce qui a déjà été rejoué le reste.</numerusform>
            <numerusform>Chacune est renvoyée avec sa clé d’idempotence d’origine, %n par lot. Vous pouvez annuler en cours de route ; ce qui a déjà été rejoué le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped after %n dead letter(s) on a database error; the rest are still dead. Try again.</source>
        <translation>
            <numerusform>Rejeu arrêté après %n lettre morte sur une erreur de base de données ; les autres restent mortes. Réessayez.</numerusform>
            <numerusform>Rejeu arrêté après %n lettres mortes sur une erreur de base de données ; les autres restent mortes. Réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveriesPage</name>
    <message>
        <source>Event id (Ctrl+F)</source>
        <translation>ID d’événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the deliveries of event</source>
        <translation>Afficher les livraisons de l’événement</translation>
    </message>
    <message>
        <source>Paste an event id (evt_…) to see its deliveries</source>
        <translation>Collez un ID d’événement (evt_…) pour voir ses livraisons</translation>
    </message>
    <message>
        <source>Show deliveries with status</source>
        <translation>Afficher les livraisons au statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show deliveries to endpoint</source>
        <translation>Afficher les livraisons vers l’endpoint</translation>
    </message>
    <message>
        <source>Show deliveries of event type</source>
        <translation>Afficher les livraisons du type d’événement</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show deliveries whose last outcome is</source>
        <translation>Afficher les livraisons dont le dernier résultat est</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Show deliveries created in</source>
        <translation>Afficher les livraisons créées</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh (%1)</source>
        <translation>Actualiser (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Deliver the selected delivery again, with the same idempotency key</source>
        <translation>Livrer à nouveau la livraison sélectionnée, avec la même clé d’idempotence</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Toutes les livraisons</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Copied a curl command for this attempt to the clipboard.</source>
        <translation>Une commande curl pour cette tentative a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les endpoints</translation>
    </message>
    <message>
        <source>Could not replay this delivery: it is being delivered right now, or it no longer exists.</source>
        <translation>Impossible de rejouer cette livraison : elle est en cours de livraison ou n’existe plus.</translation>
    </message>
    <message>
        <source>Replayed: the delivery is due now.</source>
        <translation>Rejouée : la livraison est due maintenant.</translation>
    </message>
    <message>
        <source>No deliveries match these filters.</source>
        <translation>Aucune livraison ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No deliveries in %1 yet. Send a test event to an endpoint and its deliveries appear here.</source>
        <translation>Aucune livraison dans %1 pour l’instant. Envoyez un événement de test à un endpoint : ses livraisons apparaîtront ici.</translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation>Lettres mortes (%1)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Could not replay this delivery: another Hookline process is writing to the database. Nothing was changed; try again in a moment.</source>
        <translation>Impossible de rejouer cette livraison : un autre processus Hookline écrit dans la base de données. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not replay this delivery: the audit log&apos;s key could not be read from the keychain. Nothing was changed; unlock the keychain and try again.</source>
        <translation>Impossible de rejouer cette livraison : la clé du journal d’audit n’a pas pu être lue dans le trousseau. Rien n’a été modifié ; déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Could not replay this delivery: the database refused the change. Nothing was changed; try again.</source>
        <translation>Impossible de rejouer cette livraison : la base de données a refusé la modification. Rien n’a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveryDetailView</name>
    <message>
        <source>Select a delivery to see its attempts.</source>
        <translation>Sélectionnez une livraison pour voir ses tentatives.</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Deliver this event to the endpoint again, with the same idempotency key</source>
        <translation>Livrer à nouveau cet événement à l’endpoint, avec la même clé d’idempotence</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de requête</translation>
    </message>
    <message>
        <source>Rebuilt from the stored event for this attempt; only &quot;sent_at&quot; and &quot;event_age_ms&quot; may differ by a few milliseconds from the bytes sent.</source>
        <translation>Reconstruit à partir de l’événement stocké pour cette tentative ; seuls « sent_at » et « event_age_ms » peuvent différer de quelques millisecondes des octets envoyés.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de réponse</translation>
    </message>
    <message>
        <source>Status: %1 · attempts: %2</source>
        <translation>Statut : %1 · tentatives : %2</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative : %1</translation>
    </message>
    <message>
        <source>Delivery: %1 · event: %2</source>
        <translation>Livraison : %1 · événement : %2</translation>
    </message>
    <message>
        <source>Idempotency key: %1</source>
        <translation>Clé d’idempotence : %1</translation>
    </message>
    <message>
        <source>URL: %1 %2</source>
        <translation>URL : %1 %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>n°%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l’instant.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(aucun en-tête de réponse)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(cut at 16 KiB: only the first 16 KiB are kept)</source>
        <translation>(coupé à 16 Kio : seuls les 16 premiers Kio sont conservés)</translation>
    </message>
    <message>
        <source># Attempt %1 of delivery %2.</source>
        <translation># Tentative %1 de la livraison %2.</translation>
    </message>
    <message>
        <source># Hookline does not store the auth token: set %1 before running this.</source>
        <translation># Hookline ne stocke pas le jeton d’authentification : définissez %1 avant de lancer ceci.</translation>
    </message>
    <message>
        <source># The signature expires 5 minutes after the attempt; a receiver that checks it rejects later copies.</source>
        <translation># La signature expire 5 minutes après la tentative ; un récepteur qui la vérifie rejette les copies ultérieures.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source> · failover URL</source>
        <translation> · URL de secours</translation>
    </message>
    <message>
        <source> · earlier URL</source>
        <translation> · URL précédente</translation>
    </message>
    <message>
        <source>Sent to: not recorded (attempt made before Hookline kept each attempt&apos;s URL)</source>
        <translation>Envoyée à : non enregistré (tentative antérieure à l’enregistrement de l’URL par tentative)</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <translation>Envoyée à : %1</translation>
    </message>
    <message>
        <source>Sent to %1 (not recorded; the endpoint&apos;s URL today)</source>
        <translation>Envoyée à %1 (non enregistré ; URL actuelle de l’endpoint)</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyée à %1</translation>
    </message>
    <message>
        <source>Copy a curl command that sends the selected attempt&apos;s request again to the URL it went to; the auth token is read from $HOOKLINE_AUTH_TOKEN</source>
        <translation>Copier une commande curl qui renvoie la requête de la tentative sélectionnée à l’URL où elle est allée ; le jeton d’authentification est lu dans $HOOKLINE_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>This attempt was made before Hookline recorded each attempt&apos;s URL: the command uses the endpoint&apos;s current URL, which may have changed since.</source>
        <translation>Cette tentative est antérieure à l’enregistrement de l’URL par tentative : la commande utilise l’URL actuelle de l’endpoint, qui a pu changer depuis.</translation>
    </message>
    <message>
        <source># This attempt&apos;s URL was not recorded (made before Hookline kept it): the endpoint&apos;s current URL is used.</source>
        <translation># L’URL de cette tentative n’a pas été enregistrée (tentative antérieure) : l’URL actuelle de l’endpoint est utilisée.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>latency %1</source>
        <translation>latence %1</translation>
    </message>
    <message>
        <source>Attempt %1 started %2</source>
        <translation>Tentative %1 commencée le %2</translation>
    </message>
    <message numerus="yes">
        <source>The records of its %n attempt(s) are no longer kept (retention).</source>
        <translation>
            <numerusform>L’enregistrement de sa %n tentative n’est plus conservé (rétention).</numerusform>
            <numerusform>Les enregistrements de ses %n tentatives ne sont plus conservés (rétention).</numerusform>
        </translation>
    </message>
    <message>
        <source># Hookline does not store secret header values: set %1 before running this.</source>
        <translation># Hookline ne stocke pas les valeurs d’en-têtes secrets : définissez %1 avant de lancer ceci.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DeliveryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
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
        <translation>&lt;b&gt;Démo :&lt;/b&gt; deux endpoints Sandbox livrent au récepteur de test local, l’un en bonne santé, l’autre échouant environ une fois sur deux. Envoyer un événement de test : Ctrl+T / page Événements.</translation>
    </message>
    <message>
        <source>Open test &amp;receiver</source>
        <translation>Ouvrir le &amp;récepteur de test</translation>
    </message>
    <message>
        <source>Remove &amp;demo</source>
        <translation>Supprimer la &amp;démo</translation>
    </message>
    <message>
        <source>Deletes the two demo endpoints and their deliveries. The demo does not come back.</source>
        <translation>Supprime les deux endpoints de démo et leurs livraisons. La démo ne reviendra pas.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::DisplayText</name>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
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
        <translation>Succès</translation>
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
        <translation>HTTP 429 (limite de débit)</translation>
    </message>
    <message>
        <source>Redirect (not followed)</source>
        <translation>Redirection (non suivie)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>Échec de résolution DNS</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Bloqué par la politique</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Morte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>Réponse HTTP invalide</translation>
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
        <translation>%1 j</translation>
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
        <translation>immédiatement</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointDetailPane</name>
    <message>
        <source>Health (last 24 h, up to %1 attempts)</source>
        <translation>Santé (dernières 24 h, jusqu’à %1 tentatives)</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Taux de succès :</translation>
    </message>
    <message>
        <source>p95 latency:</source>
        <translation>Latence p95 :</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Dernier succès :</translation>
    </message>
    <message>
        <source>Last failures</source>
        <translation>Derniers échecs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No failed attempts recently.</source>
        <translation>Aucune tentative échouée récemment.</translation>
    </message>
    <message>
        <source>Last failures:</source>
        <translation>Derniers échecs :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Send a webhook.test event to this endpoint and show how the first attempt went</source>
        <translation>Envoyer un événement webhook.test à ce point de terminaison et montrer le résultat de la première tentative</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Jeton d’authentification</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Jeton d’authentification :</translation>
    </message>
    <message>
        <source>No attempt within %1 s — is the engine running? The test stays queued (delivery %2).</source>
        <translation>Aucune tentative en %1 s — le moteur tourne-t-il ? Le test reste en file d’attente (livraison %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) selected.</source>
        <translation>
            <numerusform>%n point de terminaison sélectionné.</numerusform>
            <numerusform>%n points de terminaison sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an endpoint to see its health and settings. Select several (Ctrl or Shift) to test them or edit their subscriptions together.</source>
        <translation>Sélectionnez un point de terminaison pour voir sa santé et ses paramètres. Sélectionnez-en plusieurs (Ctrl ou Maj) pour les tester ou modifier leurs abonnements ensemble.</translation>
    </message>
    <message numerus="yes">
        <source>Send a test event to %n endpoint(s)</source>
        <translation>
            <numerusform>Envoyer un événement de test à %n point de terminaison</numerusform>
            <numerusform>Envoyer un événement de test à %n points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit subscriptions of %n endpoint(s)…</source>
        <translation>
            <numerusform>Modifier les abonnements de %n point de terminaison…</numerusform>
            <numerusform>Modifier les abonnements de %n points de terminaison…</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not available here.</source>
        <translation>Le trousseau n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>%1 · webhook id %2</source>
        <translation>%1 · ID de webhook %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused since %1 — deliveries are held</source>
        <translation>En pause depuis %1 — les livraisons sont retenues</translation>
    </message>
    <message>
        <source>Paused since %1: %2 — deliveries are held</source>
        <translation>En pause depuis %1 : %2 — les livraisons sont retenues</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>%1 (%2), over %3%4</source>
        <translation>%1 (%2), sur %3%4</translation>
    </message>
    <message>
        <source>default schedule</source>
        <translation>calendrier par défaut</translation>
    </message>
    <message>
        <source>, ± %1 % jitter</source>
        <translation>, ± %1 % de gigue</translation>
    </message>
    <message>
        <source>Auto-pause:</source>
        <translation>Pause automatique :</translation>
    </message>
    <message>
        <source>%1 failures in a row, or %2 % timeouts</source>
        <translation>%1 échecs d’affilée, ou %2&#xa0;% de délais dépassés</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>%1 in flight, %2 per second</source>
        <translation>%1 en cours, %2 par seconde</translation>
    </message>
    <message>
        <source>%1 in flight, no rate limit</source>
        <translation>%1 en cours, sans limite de débit</translation>
    </message>
    <message>
        <source>Failover:</source>
        <translation>Bascule :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>%1: Bearer (auth token)</source>
        <translation>%1 : Bearer (jeton d’authentification)</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation>aucune tentative pour l’instant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none in the last 24 h</source>
        <translation>aucun dans les dernières 24 h</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 ms (average %2 ms)</source>
        <translation>%1 ms (moyenne %2 ms)</translation>
    </message>
    <message>
        <source>From a latency histogram, as on the dashboard: within ±%1 ms of the exact value.</source>
        <translation>D’après un histogramme des latences, comme dans le tableau de bord : à ±%1 ms près de la valeur exacte.</translation>
    </message>
    <message>
        <source>%1 since %2, %3 in flight</source>
        <translation>%1 depuis %2, %3 en cours</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Sent %1 — waiting for the first attempt…</source>
        <translation>%1 envoyé — attente de la première tentative…</translation>
    </message>
    <message>
        <source>Attempt 1 in flight…</source>
        <translation>Tentative 1 en cours…</translation>
    </message>
    <message>
        <source>Held: the endpoint is paused. The test is delivered when you resume it.</source>
        <translation>Retenu : le point de terminaison est en pause. Le test sera livré à la reprise.</translation>
    </message>
    <message>
        <source>The test delivery is gone (the endpoint was deleted).</source>
        <translation>La livraison de test n’existe plus (le point de terminaison a été supprimé).</translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms.</source>
        <translation>Livré : %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Failed: %1 after %2 ms.</source>
        <translation>Échec : %1 après %2 ms.</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochaine tentative à %1.</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>Afficher le jeton d’authentification</translation>
    </message>
    <message>
        <source>Show the auth token of “%1”?</source>
        <translation>Afficher le jeton d’authentification de « %1 » ?</translation>
    </message>
    <message>
        <source>Anyone who sees it can send requests your receiver accepts as Hookline&apos;s. Make sure nobody is watching your screen.</source>
        <translation>Quiconque le voit peut envoyer des requêtes que votre récepteur acceptera comme venant de Hookline. Assurez-vous que personne ne regarde votre écran.</translation>
    </message>
    <message>
        <source>No auth token yet: deliveries carry none. Rotate creates one.</source>
        <translation>Pas encore de jeton : les livraisons n’en portent aucun. « Renouveler » en crée un.</translation>
    </message>
    <message>
        <source>The keychain did not give the token: %1</source>
        <translation>Le trousseau n’a pas fourni le jeton : %1</translation>
    </message>
    <message>
        <source>Rotate auth token</source>
        <translation>Renouveler le jeton d’authentification</translation>
    </message>
    <message>
        <source>Create a new auth token for “%1”?</source>
        <translation>Créer un nouveau jeton d’authentification pour « %1 » ?</translation>
    </message>
    <message>
        <source>The current token stops working at once: deliveries carry the new one from now on. Make sure the receiver accepts it.</source>
        <translation>Le jeton actuel cesse aussitôt de fonctionner : les livraisons portent désormais le nouveau. Assurez-vous que le récepteur l’accepte.</translation>
    </message>
    <message>
        <source>New token in use since %1.</source>
        <translation>Nouveau jeton utilisé depuis %1.</translation>
    </message>
    <message>
        <source>The keychain refused the new secret: %1</source>
        <translation>Le trousseau a refusé le nouveau secret : %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Test and secrets</source>
        <translation>Test et secrets</translation>
    </message>
    <message>
        <source>Standard Webhooks secret:</source>
        <translation>Secret Standard Webhooks :</translation>
    </message>
    <message>
        <source>Standard Webhooks secret</source>
        <translation>Secret Standard Webhooks</translation>
    </message>
    <message>
        <source>Reveal signing secret</source>
        <translation>Afficher le secret de signature</translation>
    </message>
    <message>
        <source>Show the whsec_ signing secret of “%1”?</source>
        <translation>Afficher le secret de signature whsec_ de « %1 » ?</translation>
    </message>
    <message>
        <source>Anyone who knows it can sign requests your receiver accepts as Hookline&apos;s. Make sure nobody is watching your screen.</source>
        <translation>Quiconque le connaît peut signer des requêtes que votre récepteur acceptera comme venant de Hookline. Assurez-vous que personne ne regarde votre écran.</translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <source>Create a new whsec_ signing secret for “%1”?</source>
        <translation>Créer un nouveau secret de signature whsec_ pour « %1 » ?</translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation>Le trousseau n’a pas fourni le secret : %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing with this one; %n older secret(s) still accepted until their overlap ends.</source>
        <translation>
            <numerusform>La signature utilise celui-ci ; %n ancien secret reste accepté jusqu’à la fin de sa période de transition.</numerusform>
            <numerusform>La signature utilise celui-ci ; %n anciens secrets restent acceptés jusqu’à la fin de leur période de transition.</numerusform>
        </translation>
    </message>
    <message>
        <source>New secret in use since %1. The previous one stays valid until %2: deliveries carry a signature for each until then.</source>
        <translation>Nouveau secret utilisé depuis %1. Le précédent reste valable jusqu’au %2 : d’ici là, les livraisons portent une signature pour chacun.</translation>
    </message>
    <message>
        <source>New secret in use since %1.</source>
        <translation>Nouveau secret utilisé depuis %1.</translation>
    </message>
    <message>
        <source>Signed with Standard Webhooks (HMAC) and this endpoint&apos;s whsec_ secret.</source>
        <translation>Signé avec Standard Webhooks (HMAC) et le secret whsec_ de ce point de terminaison.</translation>
    </message>
    <message>
        <source>Signed as a JWT with the environment&apos;s key (Settings › Keys); no whsec_ secret is used.</source>
        <translation>Signé en JWT avec la clé de l’environnement (Paramètres › Clés) ; aucun secret whsec_ n’est utilisé.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Delivery %1, attempt %2</source>
        <translation>Livraison %1, tentative %2</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>No whsec_ secret yet: deliveries wait until there is one. Rotate creates it.</source>
        <translation>Pas encore de secret whsec_ : les livraisons attendent qu’il y en ait un. « Renouveler » le crée.</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries are signed with the new secret from now on. The current one stays valid for %n more hour(s) (until %1): deliveries carry a signature for each, so the receiver can switch over in that time.</source>
        <translation>
            <numerusform>Les livraisons sont désormais signées avec le nouveau secret. L’actuel reste valable encore %n heure (jusqu’au %1) : les livraisons portent une signature pour chacun, le récepteur peut donc basculer pendant ce temps.</numerusform>
            <numerusform>Les livraisons sont désormais signées avec le nouveau secret. L’actuel reste valable encore %n heures (jusqu’au %1) : les livraisons portent une signature pour chacun, le récepteur peut donc basculer pendant ce temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>A whsec_ secret was created: deliveries are signed with it. Reveal it to set up the receiver.</source>
        <translation>Un secret whsec_ a été créé : les livraisons sont signées avec. Affichez-le pour configurer le récepteur.</translation>
    </message>
    <message>
        <source>The keychain did not take the secret header values, so deliveries wait: %1. Edit the endpoint and enter them again.</source>
        <translation>Le trousseau n’a pas accepté les valeurs d’en-têtes secrets, les livraisons attendent donc : %1. Modifiez le point de terminaison et saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointDialog</name>
    <message>
        <source>Edit endpoint — %1</source>
        <translation>Modifier le point de terminaison — %1</translation>
    </message>
    <message>
        <source>New endpoint in %1</source>
        <translation>Nouveau point de terminaison dans %1</translation>
    </message>
    <message>
        <source>e.g. KYC receiver</source>
        <translation>p. ex. Récepteur KYC</translation>
    </message>
    <message>
        <source>identity_document.*, customer.created — or *</source>
        <translation>identity_document.*, customer.created — ou *</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Event patterns</source>
        <translation>Motifs d’événements</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d’expiration en secondes</translation>
    </message>
    <message>
        <source>Maximum deliveries in flight</source>
        <translation>Nombre maximal de livraisons simultanées</translation>
    </message>
    <message>
        <source>Rate limit in deliveries per second</source>
        <translation>Limite de débit en livraisons par seconde</translation>
    </message>
    <message>
        <source>Signing scheme</source>
        <translation>Méthode de signature</translation>
    </message>
    <message>
        <source>Auth header name</source>
        <translation>Nom de l’en-tête d’authentification</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>Év&amp;énements :</translation>
    </message>
    <message>
        <source>&amp;Failover URL:</source>
        <translation>URL de &amp;secours :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Delivery and security</source>
        <translation>Livraison et sécurité</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Max in f&amp;light:</source>
        <translation>Simultanées m&amp;ax. :</translation>
    </message>
    <message>
        <source>R&amp;ate limit:</source>
        <translation>Limite de dé&amp;bit :</translation>
    </message>
    <message>
        <source>&amp;Signing:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>Aut&amp;h header:</source>
        <translation>En-tête d’aut&amp;h. :</translation>
    </message>
    <message>
        <source>Custom &amp;headers:</source>
        <translation>En-têtes &amp;perso. :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Endpoint id: %1 · Webhook id: %2</source>
        <translation>ID du point de terminaison : %1 · ID du webhook : %2</translation>
    </message>
    <message>
        <source>optional — used while paused</source>
        <translation>facultatif — utilisée pendant une pause</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>“%1” is not a duration — use e.g. 30s, 5m, 2h or 1d, separated by commas.</source>
        <translation>« %1 » n’est pas une durée — utilisez p. ex. 30s, 5m, 2h ou 1d, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointStatsModel</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Aucun trafic</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Previous period: %1 attempts, %2 % success, p95 %3 ms</source>
        <translation>Période précédente : %1 tentatives, %2 % de réussite, p95 %3 ms</translation>
    </message>
    <message>
        <source>Healthy: at least 99 % success. Degraded: at least 90 %. Failing: below.</source>
        <translation>Sain : au moins 99 % de réussite. Dégradé : au moins 90 %. En échec : en dessous.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Δ attempts</source>
        <translation>Δ tentatives</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Δ success</source>
        <translation>Δ réussite</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Change against the previous period of the same length</source>
        <translation>Évolution par rapport à la période précédente de même durée</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointTableModel</name>
    <message>
        <source>Paused since %1 (no reason given)</source>
        <translation>En pause depuis le %1 (aucune raison indiquée)</translation>
    </message>
    <message>
        <source>Paused since %1: %2</source>
        <translation>En pause depuis le %1 : %2</translation>
    </message>
    <message>
        <source>%1
Failover: %2</source>
        <translation>%1
Secours : %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Paused by the engine: %1</source>
        <translation>Mis en pause par le moteur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n échec consécutif</numerusform>
            <numerusform>%n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointsEmptyState</name>
    <message>
        <source>New endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>No endpoints in %1 yet — create one with New endpoint (%2)</source>
        <translation>Aucun point de terminaison dans %1 pour l’instant — créez-en un avec « Nouveau point de terminaison » (%2)</translation>
    </message>
    <message>
        <source>An endpoint is an HTTPS URL that receives the events it subscribes to — signed, retried and logged.</source>
        <translation>Un point de terminaison est une URL HTTPS qui reçoit les événements auxquels elle est abonnée — signés, relivrés en cas d’échec et journalisés.</translation>
    </message>
    <message>
        <source>No endpoint matches the filter</source>
        <translation>Aucun point de terminaison ne correspond au filtre</translation>
    </message>
    <message>
        <source>The filter hides every endpoint in %1 — change it or clear it to see them again.</source>
        <translation>Le filtre masque tous les points de terminaison de %1 — modifiez-le ou effacez-le pour les revoir.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>&amp;New endpoint…</source>
        <translation>&amp;Nouveau point de terminaison…</translation>
    </message>
    <message>
        <source>Create an endpoint (%1)</source>
        <translation>Créer un point de terminaison (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected endpoint (Enter or double-click)</source>
        <translation>Modifier le point de terminaison sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected endpoint (Del)</source>
        <translation>Supprimer le point de terminaison sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>Mettre en &amp;pause…</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected endpoint; new ones are held</source>
        <translation>Suspendre les livraisons vers le point de terminaison sélectionné ; les nouvelles sont retenues</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected endpoint</source>
        <translation>Reprendre les livraisons vers le point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Endpoint actions</source>
        <translation>Actions sur les points de terminaison</translation>
    </message>
    <message>
        <source>Filter by name, URL or event (Ctrl+F)</source>
        <translation>Filtrer par nom, URL ou événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrer les points de terminaison</translation>
    </message>
    <message>
        <source>Show endpoints in state</source>
        <translation>Afficher les points de terminaison à l’état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1”?</source>
        <translation>Supprimer le point de terminaison « %1 » ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pause endpoint</source>
        <translation>Mettre le point de terminaison en pause</translation>
    </message>
    <message>
        <source>Pause “%1”? New deliveries are held until you resume it.

Reason (optional, shown in the list):</source>
        <translation>Mettre « %1 » en pause ? Les nouvelles livraisons sont retenues jusqu’à la reprise.

Raison (facultative, affichée dans la liste) :</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>%1

The endpoint will no longer receive webhooks from %2, and its deliveries and their attempts are deleted with it. This cannot be undone.</source>
        <translation>%1

Le point de terminaison ne recevra plus de webhooks de %2 ; ses livraisons et leurs tentatives sont supprimées avec lui. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Import configuration…</source>
        <translation>&amp;Importer la configuration…</translation>
    </message>
    <message>
        <source>Apply a configuration template (JSON) after a preview of every change</source>
        <translation>Appliquer un modèle de configuration (JSON) après un aperçu de chaque modification</translation>
    </message>
    <message>
        <source>E&amp;xport configuration…</source>
        <translation>E&amp;xporter la configuration…</translation>
    </message>
    <message>
        <source>Save this environment&apos;s endpoints as a configuration template (without secrets)</source>
        <translation>Enregistrer les points de terminaison de cet environnement comme modèle de configuration (sans secrets)</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Import or export the configuration of all endpoints</source>
        <translation>Importer ou exporter la configuration de tous les points de terminaison</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Configuration templates (*.json)</source>
        <translation>Modèles de configuration (*.json)</translation>
    </message>
    <message>
        <source>The endpoints of %1 were saved to %2. Secrets (auth tokens, signing secrets) are never exported.</source>
        <translation>Les points de terminaison de %1 ont été enregistrés dans %2. Les secrets (jetons d’authentification, secrets de signature) ne sont jamais exportés.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to %1: %2</source>
        <translation>La configuration n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Send a test event to the selected endpoints (%1)</source>
        <translation>Envoyer un événement de test aux points de terminaison sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Edit &amp;subscriptions…</source>
        <translation>Modifier les a&amp;bonnements…</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Add or remove event patterns on the selected endpoints</source>
        <translation>Ajouter ou retirer des motifs d’événements sur les points de terminaison sélectionnés</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EngineHost</name>
    <message>
        <source>The keychain is unavailable — deliveries wait until it can be read</source>
        <translation>Le trousseau est indisponible — les livraisons attendent qu’il puisse être lu</translation>
    </message>
    <message>
        <source>No signing key for %1 — deliveries wait until one is generated (Settings › Keys, or hooklinectl keys generate)</source>
        <translation>Aucune clé de signature pour %1 — les livraisons attendent (Paramètres › Clés, ou hooklinectl keys generate)</translation>
    </message>
    <message numerus="yes">
        <source>No webhook secret for %n endpoint(s) — their deliveries wait</source>
        <translation>
            <numerusform>Aucun secret de webhook pour %n point de terminaison — ses livraisons attendent</numerusform>
            <numerusform>Aucun secret de webhook pour %n points de terminaison — leurs livraisons attendent</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery engine: starting…</source>
        <translation>Moteur de livraison : démarrage…</translation>
    </message>
    <message>
        <source>Delivering · %1 in flight · %2 sent, %3 failed</source>
        <translation>Livraison · %1 en cours · %2 envoyées, %3 en échec</translation>
    </message>
    <message>
        <source>Deliveries are being sent by %1</source>
        <translation>Les livraisons sont envoyées par %1</translation>
    </message>
    <message>
        <source>Delivery engine stopped</source>
        <translation>Moteur de livraison arrêté</translation>
    </message>
    <message>
        <source>Counts since the console started. Deliveries are sent from this window while it is open.</source>
        <translation>Chiffres depuis le démarrage de la console. Les livraisons partent de cette fenêtre tant qu’elle est ouverte.</translation>
    </message>
    <message>
        <source>Only one process delivers from a database. This console shows and edits endpoints; it takes over delivery when the other process ends.</source>
        <translation>Un seul processus livre depuis une base de données. Cette console affiche et modifie les points de terminaison ; elle reprend la livraison quand l’autre processus se termine.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>%1, pid %2 on %3</source>
        <extracomment>%1 application, %2 process id, %3 host name</extracomment>
        <translation>%1, PID %2 sur %3</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>un processus</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>Delivery engine failed — nothing is delivered until Hookline is restarted</source>
        <translation>Moteur de livraison en échec — rien n’est livré jusqu’au redémarrage de Hookline</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EnvironmentBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — test mode: deliveries carry &lt;code&gt;X-Webhook-Test-Mode: true&lt;/code&gt;. Switch to Live in the toolbar for production endpoints.</source>
        <translation>&lt;b&gt;Sandbox&lt;/b&gt; — mode test : les livraisons portent &lt;code&gt;X-Webhook-Test-Mode: true&lt;/code&gt;. Passez à « Production » dans la barre d’outils pour les points de terminaison réels.</translation>
    </message>
    <message>
        <source>Sandbox environment</source>
        <translation>Environnement Sandbox</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventComposer</name>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>The same seed always generates the same sample</source>
        <translation>La même graine génère toujours le même exemple</translation>
    </message>
    <message>
        <source>&amp;Generate sample</source>
        <translation>&amp;Générer un exemple</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Event data (JSON)</source>
        <translation>Données de l&apos;événement (JSON)</translation>
    </message>
    <message>
        <source>Problems in the event data</source>
        <translation>Problèmes dans les données de l&apos;événement</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>Tous les points de terminaison abonnés</translation>
    </message>
    <message>
        <source>Chosen endpoints</source>
        <translation>Points de terminaison choisis</translation>
    </message>
    <message>
        <source>The event reaches exactly the endpoints you tick, whatever they subscribe to</source>
        <translation>L&apos;événement atteint exactement les points de terminaison cochés, quels que soient leurs abonnements</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>&amp;Fire event</source>
        <translation>&amp;Envoyer l&apos;événement</translation>
    </message>
    <message>
        <source>Fire the event (Ctrl+Return here, Ctrl+T anywhere)</source>
        <translation>Envoyer l&apos;événement (Ctrl+Entrée ici, Ctrl+T partout)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <source>A custom event type.</source>
        <translation>Un type d&apos;événement personnalisé.</translation>
    </message>
    <message>
        <source>%1 — not subscribed to this type</source>
        <translation>%1 — non abonné à ce type</translation>
    </message>
    <message>
        <source>%1 — its filter rules skip this data</source>
        <translation>%1 — ses règles de filtre excluent ces données</translation>
    </message>
    <message>
        <source>%1 — subscribed</source>
        <translation>%1 — abonné</translation>
    </message>
    <message numerus="yes">
        <source>All subscribed endpoints (%n)</source>
        <translation>
            <numerusform>Tous les points de terminaison abonnés (%n)</numerusform>
            <numerusform>Tous les points de terminaison abonnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: not valid JSON (%2)</source>
        <translation>Ligne %1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>Line %1: the data must be a JSON object { … }</source>
        <translation>Ligne %1 : les données doivent être un objet JSON { … }</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Ligne %1 : %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This event type cannot be sent.</source>
        <translation>Ce type d&apos;événement ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>No problems: the data matches the type&apos;s schema.</source>
        <translation>Aucun problème : les données respectent le schéma du type.</translation>
    </message>
    <message>
        <source>The event was not sent: an endpoint changed meanwhile. Check the list and fire again.</source>
        <translation>L&apos;événement n&apos;a pas été envoyé : un point de terminaison a changé entre-temps. Vérifiez la liste et renvoyez-le.</translation>
    </message>
    <message>
        <source>Event %1 stored; no endpoint is subscribed to it.</source>
        <translation>Événement %1 enregistré ; aucun point de terminaison n&apos;y est abonné.</translation>
    </message>
    <message numerus="yes">
        <source>Event %1 fired to %n endpoint(s).</source>
        <translation>
            <numerusform>Événement %1 envoyé à %n point de terminaison.</numerusform>
            <numerusform>Événement %1 envoyé à %n points de terminaison.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventLogModel</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID de l&apos;événement</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventText</name>
    <message>
        <source>A verification session was created and is waiting for the customer&apos;s documents.</source>
        <translation>Une session de vérification a été créée et attend les documents du client.</translation>
    </message>
    <message>
        <source>All checks of a verification finished; the result is attached.</source>
        <translation>Toutes les vérifications sont terminées ; le résultat est joint.</translation>
    </message>
    <message>
        <source>A verification was approved: the customer&apos;s identity is confirmed.</source>
        <translation>Une vérification a été approuvée : l&apos;identité du client est confirmée.</translation>
    </message>
    <message>
        <source>A verification was rejected; the reason codes say why.</source>
        <translation>Une vérification a été rejetée ; les codes de motif indiquent pourquoi.</translation>
    </message>
    <message>
        <source>A verification needs a manual review before a decision can be made.</source>
        <translation>Une vérification nécessite un examen manuel avant qu&apos;une décision puisse être prise.</translation>
    </message>
    <message>
        <source>The customer was asked to submit a document or selfie again.</source>
        <translation>Le client a été invité à soumettre à nouveau un document ou un selfie.</translation>
    </message>
    <message>
        <source>A verification session expired before the customer completed it.</source>
        <translation>Une session de vérification a expiré avant que le client ne la termine.</translation>
    </message>
    <message>
        <source>The customer uploaded an identity document; analysis has not started yet.</source>
        <translation>Le client a téléversé une pièce d&apos;identité ; l&apos;analyse n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>An identity document was analysed: extracted data, authenticity checks and fraud indicators.</source>
        <translation>Une pièce d&apos;identité a été analysée : données extraites, contrôles d&apos;authenticité et indicateurs de fraude.</translation>
    </message>
    <message>
        <source>An identity document passed all authenticity checks.</source>
        <translation>Une pièce d&apos;identité a réussi tous les contrôles d&apos;authenticité.</translation>
    </message>
    <message>
        <source>An identity document was refused; the rejection reason says why.</source>
        <translation>Une pièce d&apos;identité a été refusée ; le motif du refus indique pourquoi.</translation>
    </message>
    <message>
        <source>An identity document was refused because it is past its expiry date.</source>
        <translation>Une pièce d&apos;identité a été refusée car elle a expiré.</translation>
    </message>
    <message>
        <source>The liveness check confirmed a real person was present.</source>
        <translation>Le contrôle du vivant a confirmé la présence d&apos;une personne réelle.</translation>
    </message>
    <message>
        <source>The liveness check failed (spoof attempt or poor capture).</source>
        <translation>Le contrôle du vivant a échoué (tentative de fraude ou mauvaise capture).</translation>
    </message>
    <message>
        <source>The selfie was compared with the document photo.</source>
        <translation>Le selfie a été comparé à la photo du document.</translation>
    </message>
    <message>
        <source>An AML screening (sanctions, PEP and adverse media) finished.</source>
        <translation>Un filtrage LCB-FT (sanctions, PPE et médias défavorables) est terminé.</translation>
    </message>
    <message>
        <source>An AML screening found possible watchlist matches that need attention.</source>
        <translation>Un filtrage LCB-FT a trouvé des correspondances possibles sur des listes de surveillance à examiner.</translation>
    </message>
    <message>
        <source>An AML screening found no matches, or all matches were dismissed.</source>
        <translation>Un filtrage LCB-FT n&apos;a trouvé aucune correspondance, ou toutes ont été écartées.</translation>
    </message>
    <message>
        <source>A customer record was created.</source>
        <translation>Une fiche client a été créée.</translation>
    </message>
    <message>
        <source>A customer record changed; changed_fields lists what changed.</source>
        <translation>Une fiche client a changé ; changed_fields indique ce qui a changé.</translation>
    </message>
    <message>
        <source>A customer record and its personal data were deleted.</source>
        <translation>Une fiche client et ses données personnelles ont été supprimées.</translation>
    </message>
    <message>
        <source>A compliance dossier was opened for a customer.</source>
        <translation>Un dossier de conformité a été ouvert pour un client.</translation>
    </message>
    <message>
        <source>A compliance dossier changed (new verification, status or risk level).</source>
        <translation>Un dossier de conformité a changé (nouvelle vérification, statut ou niveau de risque).</translation>
    </message>
    <message>
        <source>A final onboarding decision approved the customer.</source>
        <translation>Une décision finale d&apos;entrée en relation a accepté le client.</translation>
    </message>
    <message>
        <source>A final onboarding decision rejected the customer.</source>
        <translation>Une décision finale d&apos;entrée en relation a refusé le client.</translation>
    </message>
    <message>
        <source>A test ping to check that an endpoint receives and verifies deliveries.</source>
        <translation>Un ping de test pour vérifier qu&apos;un point de terminaison reçoit et vérifie les livraisons.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Held (endpoint paused)</source>
        <translation>Retenue (point de terminaison en pause)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>un champ obligatoire manque</translation>
    </message>
    <message>
        <source>the value has the wrong type</source>
        <translation>la valeur n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>the value is not one of the allowed values</source>
        <translation>la valeur ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <source>the value must be exactly the documented one</source>
        <translation>la valeur doit être exactement celle documentée</translation>
    </message>
    <message>
        <source>the text does not have the expected format</source>
        <translation>le texte n&apos;a pas le format attendu</translation>
    </message>
    <message>
        <source>the number is too small</source>
        <translation>le nombre est trop petit</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>le nombre est trop grand</translation>
    </message>
    <message>
        <source>the text is too short</source>
        <translation>le texte est trop court</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>le texte est trop long</translation>
    </message>
    <message>
        <source>the list has too few items</source>
        <translation>la liste n&apos;a pas assez d&apos;éléments</translation>
    </message>
    <message>
        <source>the list has too many items</source>
        <translation>la liste a trop d&apos;éléments</translation>
    </message>
    <message>
        <source>the list has duplicates</source>
        <translation>la liste contient des doublons</translation>
    </message>
    <message>
        <source>this field is not part of the schema</source>
        <translation>ce champ ne fait pas partie du schéma</translation>
    </message>
    <message>
        <source>the value does not have the expected format (date, e-mail, …)</source>
        <translation>la valeur n&apos;a pas le format attendu (date, e-mail, …)</translation>
    </message>
    <message>
        <source>the value breaks the schema rule “%1”</source>
        <extracomment>%1 is a machine code of the JSON Schema rule that failed, e.g. &quot;one_of&quot;</extracomment>
        <translation>la valeur enfreint la règle de schéma « %1 »</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 no longer exists.</source>
        <translation>L’événement de test n’a pas été envoyé : le point de terminaison %1 n’existe plus.</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 belongs to the other environment.</source>
        <translation>L’événement de test n’a pas été envoyé : le point de terminaison %1 appartient à l’autre environnement.</translation>
    </message>
    <message>
        <source>The test event was not sent: the endpoint %1 is disabled.</source>
        <translation>L’événement de test n’a pas été envoyé : le point de terminaison %1 est désactivé.</translation>
    </message>
    <message>
        <source>The test event was not sent (%1).</source>
        <translation>L’événement de test n’a pas été envoyé (%1).</translation>
    </message>
</context>
<context>
    <name>hookline::ui::EventsPage</name>
    <message>
        <source>Composer</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Filter by endpoint</source>
        <translation>Filtrer par point de terminaison</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison :</translation>
    </message>
    <message>
        <source>Select an event to see its data and its deliveries.</source>
        <translation>Sélectionnez un événement pour voir ses données et ses livraisons.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Fire test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
</context>
<context>
    <name>hookline::ui::FieldErrors</name>
    <message>
        <source>%1: problem</source>
        <translation>%1 : problème</translation>
    </message>
</context>
<context>
    <name>hookline::ui::FilterRulesEditor</name>
    <message>
        <source>All rules must hold</source>
        <translation>Toutes les règles doivent être vérifiées</translation>
    </message>
    <message>
        <source>Any rule is enough</source>
        <translation>Une seule règle suffit</translation>
    </message>
    <message>
        <source>How the filter rules combine</source>
        <translation>Comment les règles de filtre se combinent</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Règles de filtre</translation>
    </message>
    <message>
        <source>Field path</source>
        <translation>Chemin du champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Deliver only events whose data passes these rules, e.g. verification.status = approved, or document.country in [&quot;DE&quot;, &quot;AT&quot;]. Paths start inside data; [0] picks a list item.</source>
        <translation>Ne livrer que les événements dont les données respectent ces règles, p. ex. verification.status = approved ou document.country in [&quot;DE&quot;, &quot;AT&quot;]. Les chemins commencent dans data ; [0] choisit un élément de liste.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
</context>
<context>
    <name>hookline::ui::HeadersEditor</name>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Supprimer l’en-tête</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave empty to keep it; type to replace it.</source>
        <translation>Enregistrée dans le trousseau. Laissez vide pour la conserver ; saisissez-en une pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::IngestSection</name>
    <message>
        <source>Ingest API</source>
        <translation>API d’ingestion</translation>
    </message>
    <message>
        <source>Other programs on this computer can submit events with POST http://127.0.0.1:&lt;port&gt;/v1/events and the bearer token below. Off by default; it only ever listens on 127.0.0.1.</source>
        <translation>D’autres programmes sur cet ordinateur peuvent soumettre des événements avec POST http://127.0.0.1:&lt;port&gt;/v1/events et le jeton bearer ci-dessous. Désactivée par défaut ; elle n’écoute que sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>&amp;Accept events on the local ingest API</source>
        <translation>&amp;Accepter des événements via l’API d’ingestion locale</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;veal…</source>
        <translation>A&amp;fficher…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bearer token&lt;/b&gt; (kept in the keychain)</source>
        <translation>&lt;b&gt;Jeton bearer&lt;/b&gt; (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>Enter a port from %1 to 65535.</source>
        <translation>Saisissez un port de %1 à 65535.</translation>
    </message>
    <message>
        <source>The local test receiver uses port %1: choose another one.</source>
        <translation>Le récepteur de test local utilise le port %1 : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Le trousseau ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>The keychain is not connected yet.</source>
        <translation>Le trousseau n’est pas encore connecté.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>A token is set. Clients send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Un jeton est défini. Les clients l’envoient sous la forme « Authorization: Bearer &lt;token&gt; ».</translation>
    </message>
    <message>
        <source>No token yet: the ingest API refuses every request until one is generated.</source>
        <translation>Pas encore de jeton : l’API d’ingestion refuse toute requête tant qu’aucun n’a été généré.</translation>
    </message>
    <message>
        <source>Regenerate the token?</source>
        <translation>Régénérer le jeton ?</translation>
    </message>
    <message>
        <source>Programs that use the current token will be refused until they are given the new one.</source>
        <translation>Les programmes qui utilisent le jeton actuel seront refusés jusqu’à ce qu’ils reçoivent le nouveau.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation>Le trousseau a refusé le jeton : %1</translation>
    </message>
    <message>
        <source>Reveal the token?</source>
        <translation>Afficher le jeton ?</translation>
    </message>
    <message>
        <source>Anyone who sees the token can submit events to this console. Make sure nobody is watching your screen.</source>
        <translation>Toute personne qui voit le jeton peut soumettre des événements à cette console. Assurez-vous que personne ne regarde votre écran.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::KeychainSection</name>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Private signing keys, endpoint tokens and webhook secrets are kept only here, never in the database or a settings file.</source>
        <translation>Les clés de signature privées, les jetons des endpoints et les secrets de webhook sont conservés uniquement ici, jamais dans la base de données ni dans un fichier de réglages.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Stockage :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service: GNOME Keyring, KWallet…)</source>
        <translation>Le trousseau du système (Secret Service : GNOME Keyring, KWallet…)</translation>
    </message>
    <message>
        <source>A file, chosen explicitly with HOOKLINE_SECRET_STORE: %1</source>
        <translation>Un fichier, choisi explicitement avec HOOKLINE_SECRET_STORE : %1</translation>
    </message>
    <message>
        <source>Memory only (nothing is kept after Hookline quits)</source>
        <translation>En mémoire seulement (rien n’est conservé après la fermeture de Hookline)</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✔ Reachable and unlocked</source>
        <translation>✔ Accessible et déverrouillé</translation>
    </message>
    <message>
        <source>✘ Locked, or access was refused</source>
        <translation>✘ Verrouillé, ou l’accès a été refusé</translation>
    </message>
    <message>
        <source>Unlock your keychain (it may be waiting for your password) and allow Hookline to use it, then press Check again. Until then deliveries that need a secret wait; nothing is written anywhere else.</source>
        <translation>Déverrouillez votre trousseau (il attend peut-être votre mot de passe) et autorisez Hookline à l’utiliser, puis cliquez sur « Vérifier à nouveau ». D’ici là, les livraisons qui ont besoin d’un secret attendent ; rien n’est écrit ailleurs.</translation>
    </message>
    <message>
        <source>✘ Not reachable</source>
        <translation>✘ Inaccessible</translation>
    </message>
    <message>
        <source>No secret service answers. On a desktop, start GNOME Keyring or KWallet and log in again. On a headless server, opt in to the file store: start Hookline with HOOKLINE_SECRET_STORE=file:/absolute/path (the file is created with permissions 0600). Until then deliveries that need a secret wait; nothing is written anywhere else.</source>
        <translation>Aucun Secret Service ne répond. Sur un bureau, lancez GNOME Keyring ou KWallet et reconnectez-vous. Sur un serveur sans bureau, choisissez explicitement le stockage fichier : lancez Hookline avec HOOKLINE_SECRET_STORE=file:/chemin/absolu (le fichier est créé avec les droits 0600). D’ici là, les livraisons qui ont besoin d’un secret attendent ; rien n’est écrit ailleurs.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::KeysSection</name>
    <message>
        <source>Key id (kid)</source>
        <translation>Identifiant de clé (kid)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Taille de clé</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>&amp;Générer une clé</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>E&amp;xport JWKS…</source>
        <translation>E&amp;xporter le JWKS…</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>Copier le JWKS</translation>
    </message>
    <message>
        <source>&amp;Verify a webhook…</source>
        <translation>&amp;Vérifier un webhook…</translation>
    </message>
    <message>
        <source>The JWKS of %1 is on the clipboard.</source>
        <translation>Le JWKS de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>Exporter le JWKS</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Signing keys — %1</source>
        <translation>Clés de signature — %1</translation>
    </message>
    <message>
        <source>Every delivery of %1 is signed (RS256) with the active key. Private keys stay in the keychain; receivers verify with the published JWKS. After a rotation the previous key stays in the JWKS for 24 hours.</source>
        <translation>Chaque livraison de %1 est signée (RS256) avec la clé active. Les clés privées restent dans le trousseau ; les récepteurs vérifient avec le JWKS publié. Après un renouvellement, la clé précédente reste 24 heures dans le JWKS.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>In JWKS until %1</source>
        <translation>Dans le JWKS jusqu’au %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>No signing key yet: deliveries of %1 wait until one is generated.</source>
        <translation>Pas encore de clé de signature : les livraisons de %1 attendent qu’une clé soit générée.</translation>
    </message>
    <message>
        <source>The keychain is not connected yet.</source>
        <translation>Le trousseau n’est pas encore connecté.</translation>
    </message>
    <message>
        <source>Rotate the signing key?</source>
        <translation>Renouveler la clé de signature ?</translation>
    </message>
    <message>
        <source>A new key signs every delivery of %1 from now on. The key %2 stays in the JWKS for 24 hours, so receivers that fetch the JWKS keep verifying. Receivers with the key configured by hand must be updated.</source>
        <translation>Une nouvelle clé signe désormais chaque livraison de %1. La clé %2 reste 24 heures dans le JWKS, afin que les récepteurs qui récupèrent le JWKS continuent de vérifier. Les récepteurs où la clé est configurée à la main doivent être mis à jour.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Rotating the key…</source>
        <translation>Renouvellement de la clé…</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Génération d’une clé…</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on.</source>
        <translation>La nouvelle clé %1 signe désormais.</translation>
    </message>
    <message>
        <source>The key %1 was generated.</source>
        <translation>La clé %1 a été générée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The JWKS of %1 was saved to %2.</source>
        <translation>Le JWKS de %1 a été enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the console. The command line (hooklinectl) always speaks English.</source>
        <translation>La langue de la console. La ligne de commande (hooklinectl) parle toujours anglais.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A change takes effect the next time Hookline starts.</source>
        <translation>Un changement prend effet au prochain démarrage de Hookline.</translation>
    </message>
    <message>
        <source>Saved. Restart Hookline to see the console in %1.</source>
        <translation>Enregistré. Redémarrez Hookline pour voir la console en %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>hookline::ui::LatencyChart</name>
    <message>
        <source>Average and p95 latency over time</source>
        <translation>Latence moyenne et p95 au fil du temps</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>%1
Average: %2 ms
p95: %3 ms
%4 attempts</source>
        <translation>%1
Moyenne : %2 ms
p95 : %3 ms
%4 tentatives</translation>
    </message>
    <message>
        <source>Timeout of %1: %2 s</source>
        <translation>Délai de %1 : %2 s</translation>
    </message>
    <message>
        <source>Smallest timeout, %1: %2 s</source>
        <translation>Plus petit délai, %1 : %2 s</translation>
    </message>
    <message>
        <source>%1 (above the scale)</source>
        <translation>%1 (au-dessus de l’échelle)</translation>
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
        <translation>Distribution des latences</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n attempt(s)</source>
        <translation>
            <numerusform>%1 à %2 : %n tentative</numerusform>
            <numerusform>%1 à %2 : %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency up to (ms)</source>
        <translation>Latence jusqu’à (ms)</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Live and Sandbox are fully separate: endpoints, events, deliveries and keys.</source>
        <translation>Production et Sandbox sont entièrement séparés : points de terminaison, événements, livraisons et clés.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>E&amp;ndpoints</source>
        <translation>&amp;Points de terminaison</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hookline</source>
        <translation>À &amp;propos de Hookline</translation>
    </message>
    <message>
        <source>Hookline — %1</source>
        <translation>Hookline — %1</translation>
    </message>
    <message>
        <source>Endpoints: %1 in Sandbox · %2 in Live</source>
        <translation>Points de terminaison : %1 en Sandbox · %2 en Production</translation>
    </message>
    <message>
        <source>About Hookline</source>
        <translation>À propos de Hookline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookline %1&lt;/b&gt;&lt;p&gt;A console for signed, retried and logged webhook delivery.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookline %1&lt;/b&gt;&lt;p&gt;Une console pour la livraison de webhooks signés, relivrés et journalisés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delivery engine: not started</source>
        <translation>Moteur de livraison : non démarré</translation>
    </message>
    <message>
        <source>Hookline</source>
        <translation>Hookline</translation>
    </message>
    <message>
        <source>Endpoint paused</source>
        <translation>Point de terminaison en pause</translation>
    </message>
    <message>
        <source>%1 was paused automatically: %2</source>
        <translation>%1 a été mis en pause automatiquement : %2</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>1 delivery exhausted every retry. Review and replay it on the Deliveries page.</source>
        <translation>1 livraison a épuisé toutes ses tentatives. Examinez-la et relancez-la depuis la page Livraisons.</translation>
    </message>
    <message>
        <source>%1 deliveries exhausted every retry. Review and replay them on the Deliveries page.</source>
        <translation>%1 livraisons ont épuisé toutes leurs tentatives. Examinez-les et relancez-les depuis la page Livraisons.</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
</context>
<context>
    <name>hookline::ui::OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose an SQLite database file</source>
        <translation>Choisir un fichier de base SQLite</translation>
    </message>
    <message>
        <source>A file (SQLite) or a PostgreSQL server as &lt;code&gt;postgresql://user@host:5432/database?sslmode=verify-full&lt;/code&gt;. A password never goes into the URI: it comes from ~/.pgpass or the keychain.</source>
        <translation>Un fichier (SQLite) ou un serveur PostgreSQL sous la forme &lt;code&gt;postgresql://user@host:5432/database?sslmode=verify-full&lt;/code&gt;. Un mot de passe n’est jamais dans l’URI : il vient de ~/.pgpass ou du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Retenir dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>This is not a database location: %1</source>
        <translation>Ce n’est pas un emplacement de base de données : %1</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Choisir un fichier de base de données</translation>
    </message>
    <message>
        <source>Hookline databases (*.db)</source>
        <translation>Bases Hookline (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Hookline; the current database stays open.
Details: %1</source>
        <translation>Cette base a été écrite par une version plus récente de Hookline ; la base actuelle reste ouverte.
Détails : %1</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <source>This database could not be opened; the current database stays open.
Details: %1</source>
        <translation>Cette base n’a pas pu être ouverte ; la base actuelle reste ouverte.
Détails : %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::OutcomeChart</name>
    <message>
        <source>Outcome classes over time</source>
        <translation>Classes de résultat au fil du temps</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No attempts</source>
        <translation>Aucune tentative</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceivedRequestModel</name>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>✔ valid</source>
        <translation>✔ valide</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceiverController</name>
    <message>
        <source>&amp;Test receiver</source>
        <translation>Récepteur de &amp;test</translation>
    </message>
    <message>
        <source>The local HTTPS receiver for Sandbox: what it got, and how it answers</source>
        <translation>Le récepteur HTTPS local pour Sandbox : ce qu’il a reçu et comment il répond</translation>
    </message>
    <message>
        <source>Demo: healthy</source>
        <translation>Démo : fiable</translation>
    </message>
    <message>
        <source>Demo: flaky</source>
        <translation>Démo : instable</translation>
    </message>
    <message>
        <source>Created on first start. It delivers to the local test receiver (View › Test receiver). Remove it with &quot;Remove demo&quot;.</source>
        <translation>Créé au premier démarrage. Il livre au récepteur de test local (Affichage › Récepteur de test). Supprimez-le avec « Supprimer la démo ».</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ReceiverWindow</name>
    <message>
        <source>Local test receiver — Sandbox</source>
        <translation>Récepteur de test local — Sandbox</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vider la liste</translation>
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
        <translation>Cette part des requêtes reçoit une réponse 500 à la place. Le chemin /flaky de la démo échoue au moins pour la moitié.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Status code:</source>
        <translation>Code d’&amp;état :</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>Taux d’é&amp;chec :</translation>
    </message>
    <message>
        <source>Select a request to see its signature check, headers and body.</source>
        <translation>Sélectionnez une requête pour voir la vérification de signature, les en-têtes et le corps.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Listening on https://127.0.0.1:%1 · its certificate is trusted and 127.0.0.1 allowlisted for Sandbox only.</source>
        <translation>Écoute sur https://127.0.0.1:%1 · son certificat est approuvé et 127.0.0.1 autorisé pour Sandbox uniquement.</translation>
    </message>
    <message>
        <source>(The usual port was taken; the demo endpoints moved along.)</source>
        <translation>(Le port habituel était occupé ; les endpoints de démo ont suivi.)</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>no port on 127.0.0.1 could be opened.</source>
        <translation>aucun port n’a pu être ouvert sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stopped. Deliveries to it fail with a connection error.</source>
        <translation>Arrêté. Les livraisons vers lui échouent avec une erreur de connexion.</translation>
    </message>
    <message>
        <source>Signature: checking…</source>
        <translation>Signature : vérification…</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signature : valide</translation>
    </message>
    <message>
        <source>Signature: valid (key %1)</source>
        <translation>Signature : valide (clé %1)</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RecommendationText</name>
    <message>
        <source>%1 answers slowly: raise its timeout or make the receiver faster</source>
        <translation>%1 répond lentement : augmentez son délai ou accélérez le récepteur</translation>
    </message>
    <message>
        <source>%1 often answers 429: set a rate limit</source>
        <translation>%1 répond souvent 429 : définissez une limite de débit</translation>
    </message>
    <message>
        <source>%1 fails TLS: check its certificate</source>
        <translation>%1 échoue en TLS : vérifiez son certificat</translation>
    </message>
    <message>
        <source>Most failures of %1 recover by attempt %2: the retry schedule can be shorter</source>
        <translation>La plupart des échecs de %1 se rétablissent avant la tentative %2 : le calendrier de relance peut être plus court</translation>
    </message>
    <message>
        <source>%1 is close to being paused automatically</source>
        <translation>%1 est sur le point d’être mis en pause automatiquement</translation>
    </message>
    <message>
        <source>p95 latency %1 ms is above 70 % of the timeout (%2 ms), measured on %3 attempts.</source>
        <translation>La latence p95 de %1 ms dépasse 70 % du délai (%2 ms), mesurée sur %3 tentatives.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts (%3 %) were answered with 429 Too Many Requests.</source>
        <translation>%1 tentatives sur %2 (%3 %) ont reçu la réponse 429 Too Many Requests.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts failed in the TLS handshake (expired, self-signed or mismatched certificate, or an untrusted CA).</source>
        <translation>%1 tentatives sur %2 ont échoué lors de la négociation TLS (certificat expiré, auto-signé ou ne correspondant pas, ou AC non approuvée).</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries that failed at first recovered later; %3 % of those succeeded by attempt %4.</source>
        <translation>%1 livraisons sur %2 d’abord en échec ont abouti plus tard ; %3 % d’entre elles avant la tentative %4.</translation>
    </message>
    <message>
        <source>%1 failures or timeouts among its last %2 attempts; it is paused at %3.</source>
        <translation>%1 échecs ou délais dépassés parmi ses %2 dernières tentatives ; la pause intervient à %3.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Calendrier de relance</translation>
    </message>
    <message>
        <source>Auto-pause</source>
        <translation>Pause automatique</translation>
    </message>
    <message>
        <source>%1 answers with invalid HTTP: check its web server or proxy</source>
        <translation>%1 répond en HTTP invalide : vérifiez son serveur web ou son proxy</translation>
    </message>
    <message>
        <source>%1 of %2 attempts got an answer that is not valid HTTP/1.x (a broken status line, headers or framing). The receiver&apos;s HTTP server or a proxy in front of it is at fault, not the network; also check that the URL&apos;s port serves HTTPS.</source>
        <translation>%1 tentatives sur %2 ont reçu une réponse qui n’est pas du HTTP/1.x valide (ligne d’état, en-têtes ou délimitation défectueux). En cause : le serveur HTTP du destinataire ou un proxy placé devant lui, pas le réseau ; vérifiez aussi que le port de l’URL sert du HTTPS.</translation>
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
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No recommendations for this range: nothing stands out.</source>
        <translation>Aucune recommandation pour cette période : rien ne se démarque.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Ouvrir le réglage</translation>
    </message>
    <message>
        <source>Open setting: %1 of %2</source>
        <translation>Ouvrir le réglage : %1 de %2</translation>
    </message>
    <message>
        <source>Opens %1 of %2</source>
        <translation>Ouvre %1 de %2</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n recommendations</source>
        <translation>
            <numerusform>Afficher la recommandation</numerusform>
            <numerusform>Afficher les %n recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Raw attempts (request and response details) are deleted after this many days. Charts keep working from the per-minute rollups, which are kept for this many months. Both environments.</source>
        <translation>Les tentatives brutes (détails de requête et de réponse) sont supprimées après ce nombre de jours. Les graphiques continuent de fonctionner à partir des agrégats par minute, conservés ce nombre de mois. Les deux environnements.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Keep raw &amp;attempts (days):</source>
        <translation>Conserver les &amp;tentatives brutes (jours) :</translation>
    </message>
    <message>
        <source>Keep &amp;rollups (months):</source>
        <translation>Conserver les a&amp;grégats (mois) :</translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation>Saisissez un nombre entier de jours entre %1 et %2.</translation>
    </message>
    <message>
        <source>Enter a whole number of months from %1 to %2.</source>
        <translation>Saisissez un nombre entier de mois entre %1 et %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetryChart</name>
    <message>
        <source>Retry analysis</source>
        <translation>Analyse des relances</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Succeeded at attempt %1: %2 deliveries (%3 %)</source>
        <translation>Réussies à la tentative %1 : %2 livraisons (%3 %)</translation>
    </message>
    <message>
        <source>%1 % of failing deliveries recovered · %2 dead</source>
        <translation>%1 % des livraisons en échec rétablies · %2 mortes</translation>
    </message>
    <message>
        <source>No delivery succeeded in this range; %1 dead</source>
        <translation>Aucune livraison réussie sur cette période ; %1 mortes</translation>
    </message>
</context>
<context>
    <name>hookline::ui::RetryPolicyEditor</name>
    <message>
        <source>Retries and auto-pause</source>
        <translation>Nouvelles tentatives et pause automatique</translation>
    </message>
    <message>
        <source>Auto-pause when either threshold is reached (timeouts count over the last 100 attempts); deliveries are then held, never dropped.</source>
        <translation>Pause automatique dès qu’un des seuils est atteint (délais dépassés comptés sur les 100 dernières tentatives) ; les livraisons sont alors retenues, jamais abandonnées.</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Nombre maximal de nouvelles tentatives</translation>
    </message>
    <message>
        <source>Default schedule (empty)</source>
        <translation>Calendrier par défaut (vide)</translation>
    </message>
    <message>
        <source>Delays before attempt 2, 3, … after a failure, e.g. 0s, 1m, 10m, 1h, 1d. The last one repeats. Empty: the default schedule (immediately, then 1, 2, 4, 8, 16, 32 min, 1 h, 6 h, 24 h).</source>
        <translation>Délais avant les tentatives 2, 3, … après un échec, p. ex. 0s, 1m, 10m, 1h, 1d. Le dernier se répète. Vide : le calendrier par défaut (immédiatement, puis 1, 2, 4, 8, 16, 32 min, 1 h, 6 h, 24 h).</translation>
    </message>
    <message>
        <source>Retry intervals</source>
        <translation>Intervalles entre tentatives</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Jitter in percent</source>
        <translation>Gigue en pourcentage</translation>
    </message>
    <message>
        <source>%1 failures in a row (default)</source>
        <translation>%1 échecs d’affilée (par défaut)</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> échecs d’affilée</translation>
    </message>
    <message>
        <source>Auto-pause after consecutive failures</source>
        <translation>Pause automatique après des échecs consécutifs</translation>
    </message>
    <message>
        <source>%1 % of the last 100 timed out (default)</source>
        <translation>%1 % hors délai (par défaut)</translation>
    </message>
    <message>
        <source> % of the last 100 timed out</source>
        <translation> % hors délai</translation>
    </message>
    <message>
        <source>Auto-pause at a share of timeouts</source>
        <translation>Pause automatique à partir d’une part de délais dépassés</translation>
    </message>
    <message>
        <source>Max &amp;retries:</source>
        <translation>&amp;Tentatives max. :</translation>
    </message>
    <message>
        <source>&amp;Intervals:</source>
        <translation>&amp;Intervalles :</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Gigue :</translation>
    </message>
    <message>
        <source>Auto-&amp;pause:</source>
        <translation>&amp;Pause auto :</translation>
    </message>
    <message>
        <source>Retry schedule preview</source>
        <translation>Aperçu du calendrier des tentatives</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>After the first attempt</source>
        <translation>Après la 1re tentative</translation>
    </message>
    <message>
        <source>Fix the intervals to see the schedule.</source>
        <translation>Corrigez les intervalles pour voir le calendrier.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>première tentative</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over about %1 (± %2 % jitter) if every one fails; then the delivery is dead.</source>
        <translation>
            <numerusform>%n tentative sur environ %1 (± %2 % de gigue) si chacune échoue ; ensuite la livraison est morte.</numerusform>
            <numerusform>%n tentatives sur environ %1 (± %2 % de gigue) si chacune échoue ; ensuite la livraison est morte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over %1 if every one fails; then the delivery is dead.</source>
        <translation>
            <numerusform>%n tentative sur %1 si chacune échoue ; ensuite la livraison est morte.</numerusform>
            <numerusform>%n tentatives sur %1 si chacune échoue ; ensuite la livraison est morte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ui::SecretField</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the revealed secret to the clipboard</source>
        <translation>Copier le secret affiché dans le presse-papiers</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SecurityText</name>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for every port.</source>
        <translation>Le port doit être un nombre de 1 à 65535, ou vide pour tous les ports.</translation>
    </message>
    <message>
        <source>The keychain is not available, so no key was created and no secret was written anywhere. See Settings › Keychain.</source>
        <translation>Le trousseau n’est pas disponible : aucune clé n’a été créée et aucun secret n’a été écrit nulle part. Voir Réglages › Trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>Le trousseau a refusé l’opération : %1</translation>
    </message>
    <message>
        <source>The private key %1 is missing from the keychain. Rotate to a new key.</source>
        <translation>La clé privée %1 manque dans le trousseau. Renouvelez avec une nouvelle clé.</translation>
    </message>
    <message>
        <source>This environment has no signing key yet. Generate one first.</source>
        <translation>Cet environnement n’a pas encore de clé de signature. Générez-en une d’abord.</translation>
    </message>
    <message>
        <source>This environment already has the key %1. Rotate it instead.</source>
        <translation>Cet environnement a déjà la clé %1. Renouvelez-la plutôt.</translation>
    </message>
    <message>
        <source>There is no key %1 in this environment.</source>
        <translation>Il n’y a pas de clé %1 dans cet environnement.</translation>
    </message>
    <message>
        <source>This is not an unencrypted PEM private key.</source>
        <translation>Ce n’est pas une clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>This is not an RSA key: RS256 needs RSA.</source>
        <translation>Ce n’est pas une clé RSA : RS256 nécessite RSA.</translation>
    </message>
    <message>
        <source>Unsupported key size: choose 2048, 3072 or 4096 bits.</source>
        <translation>Taille de clé non prise en charge : choisissez 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>The database refused the key&apos;s metadata: %1</source>
        <translation>La base de données a refusé les métadonnées de la clé : %1</translation>
    </message>
    <message>
        <source>OpenSSL failed to create the key.</source>
        <translation>OpenSSL n’a pas pu créer la clé.</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Signature valide</translation>
    </message>
    <message>
        <source>The JWKS is not a key set with RSA keys (or the environment has no key yet).</source>
        <translation>Le JWKS n’est pas un jeu de clés RSA (ou l’environnement n’a pas encore de clé).</translation>
    </message>
    <message>
        <source>The signature header is missing (X-Webhook-Signature, or webhook-signature for Standard Webhooks).</source>
        <translation>L’en-tête de signature manque (X-Webhook-Signature, ou webhook-signature pour Standard Webhooks).</translation>
    </message>
    <message>
        <source>The signature is malformed: not an RS256 JWT with the expected claims.</source>
        <translation>La signature est mal formée : ce n’est pas un JWT RS256 avec les claims attendus.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm is not RS256.</source>
        <translation>L’algorithme du jeton n’est pas RS256.</translation>
    </message>
    <message>
        <source>Unknown key id: no key in the JWKS made this signature. Refresh the JWKS.</source>
        <translation>Identifiant de clé inconnu : aucune clé du JWKS n’a produit cette signature. Actualisez le JWKS.</translation>
    </message>
    <message>
        <source>Bad signature: not made by this key or secret, or the token was altered.</source>
        <translation>Signature invalide : elle n’a pas été faite avec cette clé ou ce secret, ou le jeton a été modifié.</translation>
    </message>
    <message>
        <source>Expired: the signature is too old.</source>
        <translation>Expirée : la signature est trop ancienne.</translation>
    </message>
    <message>
        <source>Not yet valid: the signature is from the future. Check the clocks.</source>
        <translation>Pas encore valide : la signature vient du futur. Vérifiez les horloges.</translation>
    </message>
    <message>
        <source>Audience mismatch: the token was made for another webhook id.</source>
        <translation>Audience différente : le jeton a été émis pour un autre identifiant de webhook.</translation>
    </message>
    <message>
        <source>Body hash mismatch: the body differs from the one that was signed.</source>
        <translation>Empreinte du corps différente : le corps diffère de celui qui a été signé.</translation>
    </message>
    <message>
        <source>Headers hash mismatch: a signed header (Content-Type, X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event, X-Webhook-Timestamp, X-Webhook-Test-Mode) differs from the one that was signed.</source>
        <translation>Empreinte des en-têtes différente : un en-tête signé (Content-Type, X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event, X-Webhook-Timestamp, X-Webhook-Test-Mode) diffère de celui qui a été signé.</translation>
    </message>
    <message>
        <source>Enter a CIDR (10.20.0.0/16), an address or an exact host name.</source>
        <translation>Saisissez un CIDR (10.20.0.0/16), une adresse ou un nom d’hôte exact.</translation>
    </message>
    <message>
        <source>Wildcards are not allowed: enter exact host names, one per entry.</source>
        <translation>Les jokers ne sont pas autorisés : saisissez des noms d’hôte exacts, un par entrée.</translation>
    </message>
    <message>
        <source>Neither a valid host name nor an IP address.</source>
        <translation>Ni un nom d’hôte valide ni une adresse IP.</translation>
    </message>
    <message>
        <source>The part before the slash is not an IP address.</source>
        <translation>La partie avant la barre oblique n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The prefix length after the slash must be a number: 0–32 for IPv4, 0–128 for IPv6.</source>
        <translation>La longueur de préfixe après la barre oblique doit être un nombre : 0–32 pour IPv4, 0–128 pour IPv6.</translation>
    </message>
    <message>
        <source>The address has bits set beyond the prefix: write the network address (e.g. 10.0.0.0/8, not 10.0.0.1/8).</source>
        <translation>L’adresse a des bits au-delà du préfixe : écrivez l’adresse réseau (p. ex. 10.0.0.0/8, pas 10.0.0.1/8).</translation>
    </message>
    <message>
        <source>Too broad: an exception must be /8 or narrower for IPv4, /16 or narrower for IPv6.</source>
        <translation>Trop large : une exception doit être /8 ou plus étroite en IPv4, /16 ou plus étroite en IPv6.</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%eth0) are not allowed.</source>
        <translation>Les identifiants de zone IPv6 (%eth0) ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Ce fichier ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This is a server (leaf) certificate, not a CA. Add the CA that issued it.</source>
        <translation>C’est un certificat de serveur (feuille), pas une CA. Ajoutez la CA qui l’a émis.</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>Ce certificat a expiré.</translation>
    </message>
    <message>
        <source>This CA is already trusted in this environment.</source>
        <translation>Cette CA est déjà approuvée dans cet environnement.</translation>
    </message>
    <message>
        <source>This CA is no longer in the list.</source>
        <translation>Cette CA n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>More than one CA matches this fingerprint.</source>
        <translation>Plusieurs CA correspondent à cette empreinte.</translation>
    </message>
    <message>
        <source>The database refused the change. Nothing was saved.</source>
        <translation>La base de données a refusé la modification. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SettingsPage</name>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>CA approuvées</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Ingest API</source>
        <translation>API d’ingestion</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des réglages</translation>
    </message>
</context>
<context>
    <name>hookline::ui::StatusChart</name>
    <message>
        <source>HTTP status distribution</source>
        <translation>Distribution des statuts HTTP</translation>
    </message>
    <message>
        <source>HTTP statuses</source>
        <translation>Statuts HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>No HTTP answer (timeout, connection, DNS, TLS, blocked): %1 attempts, %2 %</source>
        <translation>Aucune réponse HTTP (délai, connexion, DNS, TLS, bloquée) : %1 tentatives, %2 %</translation>
    </message>
    <message>
        <source>HTTP %1: %2 attempts, %3 %</source>
        <translation>HTTP %1 : %2 tentatives, %3 %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Other statuses: %1 attempts</source>
        <translation>Autres statuts : %1 tentatives</translation>
    </message>
    <message>
        <source>none</source>
        <comment>HTTP status: no answer arrived</comment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>hookline::ui::SuccessRateChart</name>
    <message>
        <source>Success rate over time</source>
        <translation>Taux de réussite au fil du temps</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Successful attempts (%)</source>
        <translation>Tentatives réussies (%)</translation>
    </message>
    <message>
        <source>%1
Success rate: %2 %
%3 of %4 attempts succeeded</source>
        <translation>%1
Taux de réussite : %2 %
%3 tentatives sur %4 réussies</translation>
    </message>
</context>
<context>
    <name>hookline::ui::TimeAxis</name>
    <message>
        <source>MMM d</source>
        <comment>date axis format</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>hookline::ui::TrustedCaSection</name>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>&amp;Add PEM file…</source>
        <translation>&amp;Ajouter un fichier PEM…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add a CA certificate</source>
        <translation>Ajouter un certificat de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trusted CAs — %1</source>
        <translation>CA approuvées — %1</translation>
    </message>
    <message>
        <source>Deliveries of %1 trust the system&apos;s certificate authorities plus these, e.g. the private CA of an on-premises receiver. Certificates are public; no key is stored.</source>
        <translation>Les livraisons de %1 font confiance aux autorités de certification du système et, en plus, à celles-ci, p. ex. la CA privée d’un récepteur sur site. Les certificats sont publics ; aucune clé n’est stockée.</translation>
    </message>
    <message>
        <source>%1 (local test receiver, managed automatically)</source>
        <translation>%1 (récepteur de test local, géré automatiquement)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hookline::ui::ValidationText</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Tentatives max.</translation>
    </message>
    <message>
        <source>Retry intervals</source>
        <translation>Intervalles entre tentatives</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Simultanées max.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation>URL de secours</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>En-tête d’authentification</translation>
    </message>
    <message>
        <source>Auto-pause</source>
        <translation>Pause automatique</translation>
    </message>
    <message>
        <source>Give the endpoint a name, e.g. “KYC receiver”.</source>
        <translation>Donnez un nom au point de terminaison, p. ex. « Récepteur KYC ».</translation>
    </message>
    <message>
        <source>Enter the URL that receives the webhooks, e.g. https://example.com/hooks.</source>
        <translation>Saisissez l’URL qui reçoit les webhooks, p. ex. https://example.com/hooks.</translation>
    </message>
    <message>
        <source>Enter at least one event pattern, e.g. identity_document.* — or * for all events.</source>
        <translation>Saisissez au moins un motif d’événement, p. ex. identity_document.* — ou * pour tous les événements.</translation>
    </message>
    <message>
        <source>Enter the header that carries the auth token, usually Authorization.</source>
        <translation>Indiquez l’en-tête qui porte le jeton d’authentification, en général Authorization.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters — shorten it.</source>
        <translation>Un nom ne peut dépasser %1 caractères — raccourcissez-le.</translation>
    </message>
    <message>
        <source>A URL can have at most %1 characters — shorten it.</source>
        <translation>Une URL ne peut dépasser %1 caractères — raccourcissez-la.</translation>
    </message>
    <message>
        <source>Only HTTPS failover URLs are accepted — use https://…</source>
        <translation>Seules les URL de secours HTTPS sont acceptées — utilisez https://…</translation>
    </message>
    <message>
        <source>Only HTTPS URLs are accepted — use https://…</source>
        <translation>Seules les URL HTTPS sont acceptées — utilisez https://…</translation>
    </message>
    <message>
        <source>This is not a complete URL — write it as https://host/path.</source>
        <translation>Cette URL est incomplète — écrivez-la sous la forme https://hote/chemin.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL; send credentials with the auth header instead.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL ; transmettez les identifiants par l’en-tête d’authentification.</translation>
    </message>
    <message>
        <source>Remove the #fragment — it is never sent to the receiver.</source>
        <translation>Retirez le #fragment — il n’est jamais envoyé au destinataire.</translation>
    </message>
    <message>
        <source>The failover URL must differ from the primary URL — enter a second receiver or leave it empty.</source>
        <translation>L’URL de secours doit différer de l’URL principale — indiquez un second destinataire ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Choose a timeout from %1 to %2 seconds.</source>
        <translation>Choisissez un délai de %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 retries.</source>
        <translation>Choisissez de %1 à %2 nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 deliveries in flight.</source>
        <translation>Choisissez de %1 à %2 livraisons simultanées.</translation>
    </message>
    <message>
        <source>Choose a rate from %1 (unlimited) to %2 deliveries per second.</source>
        <translation>Choisissez un débit de %1 (illimité) à %2 livraisons par seconde.</translation>
    </message>
    <message>
        <source>Choose a jitter from %1 to %2 %.</source>
        <translation>Choisissez une gigue de %1 à %2 %.</translation>
    </message>
    <message>
        <source>Each retry interval must be between 0 seconds and 7 days.</source>
        <translation>Chaque intervalle entre tentatives doit être compris entre 0 seconde et 7 jours.</translation>
    </message>
    <message>
        <source>Auto-pause needs 1 to 1000 consecutive failures and 1 to 100 % timeouts.</source>
        <translation>La pause automatique exige de 1 à 1000 échecs consécutifs et de 1 à 100 % d’expirations.</translation>
    </message>
    <message>
        <source>%1 is out of range — choose a value from %2.</source>
        <translation>%1 est hors limites — choisissez une valeur de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid pattern — use an event type (customer.created), a prefix with .* (identity_document.*) or *.</source>
        <translation>« %1 » n’est pas un motif valide — utilisez un type d’événement (customer.created), un préfixe suivi de .* (identity_document.*) ou *.</translation>
    </message>
    <message>
        <source>“%1” cannot carry the auth token — use a valid header name that Hookline does not set itself, e.g. Authorization.</source>
        <translation>« %1 » ne peut pas porter le jeton d’authentification — utilisez un nom d’en-tête valide que Hookline ne définit pas lui-même, p. ex. Authorization.</translation>
    </message>
    <message>
        <source>Every header needs a name — fill it in or remove the row.</source>
        <translation>Chaque en-tête doit avoir un nom — renseignez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header — names use letters, digits and “-”, values fit on one line.</source>
        <translation>« %1 » n’est pas un en-tête valide — les noms utilisent lettres, chiffres et « - », les valeurs tiennent sur une ligne.</translation>
    </message>
    <message>
        <source>Hookline sets “%1” itself — remove this header or rename it.</source>
        <translation>Hookline définit « %1 » lui-même — supprimez cet en-tête ou renommez-le.</translation>
    </message>
    <message>
        <source>“%1” appears twice — keep one of them.</source>
        <translation>« %1 » apparaît deux fois — n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 n’est pas valide.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Impossible d’ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Hookline. Update Hookline to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Hookline. Mettez Hookline à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database could not be upgraded for this version of Hookline; nothing was changed. Details: %1</source>
        <translation>La base de données n’a pas pu être mise à niveau pour cette version de Hookline ; rien n’a été modifié. Détails : %1</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved. Details: %1</source>
        <translation>La base de données a refusé la modification ; rien n’a été enregistré. Détails : %1</translation>
    </message>
    <message>
        <source>This endpoint no longer exists — it may have been removed elsewhere, for example with hooklinectl.</source>
        <translation>Ce point de terminaison n’existe plus — il a peut-être été supprimé ailleurs, par exemple avec hooklinectl.</translation>
    </message>
    <message>
        <source>The database is busy: another Hookline process is writing. Try again in a moment.</source>
        <translation>La base de données est occupée : un autre processus Hookline écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Hookline reconnects by itself: try again in a moment.</source>
        <translation>La connexion au serveur de base de données a été perdue ; rien n’a été enregistré. Hookline se reconnecte tout seul : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was saved. Details: %1</source>
        <translation>La base de données a signalé une erreur ; rien n’a été enregistré. Détails : %1</translation>
    </message>
    <message>
        <source>The database could not be read: another Hookline process is holding it. What is shown may be incomplete; it is read again at the next refresh.</source>
        <translation>La base de données n’a pas pu être lue : un autre processus Hookline la bloque. L’affichage est peut-être incomplet ; il sera relu à la prochaine actualisation.</translation>
    </message>
    <message>
        <source>The database could not be read; what is shown may be incomplete. Details: %1</source>
        <translation>La base de données n’a pas pu être lue ; l’affichage est peut-être incomplet. Détails : %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Hookline. Update Hookline, or start it with --db PATH to use another database.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Hookline. Mettez Hookline à jour, ou lancez-le avec --db CHEMIN pour utiliser une autre base.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded for this version of Hookline. It was left unchanged.

Details: %2</source>
        <translation>La base de données %1 n’a pas pu être mise à niveau pour cette version de Hookline. Elle est restée inchangée.

Détails : %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Is it a Hookline database, and can you write to its folder? Start Hookline with --db PATH to use another file.

Details: %2</source>
        <translation>Impossible d’ouvrir la base de données %1. S’agit-il d’une base Hookline, et pouvez-vous écrire dans son dossier ? Lancez Hookline avec --db CHEMIN pour utiliser un autre fichier.

Détails : %2</translation>
    </message>
    <message>
        <source>Hookline does not deliver to this address: %1. Use a public HTTPS receiver, or allow this one for the environment with “hooklinectl policy allow”.</source>
        <translation>Hookline ne livre pas à cette adresse : %1. Utilisez un récepteur HTTPS public, ou autorisez celui-ci pour l’environnement avec « hooklinectl policy allow ».</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Règles de filtre</translation>
    </message>
    <message>
        <source>the filter is not valid JSON rules</source>
        <translation>le filtre n&apos;est pas un ensemble de règles JSON valide</translation>
    </message>
    <message>
        <source>choose whether all rules or any rule must hold</source>
        <translation>choisissez si toutes les règles ou une seule doivent être vérifiées</translation>
    </message>
    <message>
        <source>use at most %1 rules</source>
        <translation>utilisez au plus %1 règles</translation>
    </message>
    <message>
        <source>enter a field path, e.g. verification.status</source>
        <translation>saisissez un chemin de champ, p. ex. verification.status</translation>
    </message>
    <message>
        <source>“%1” is not a field path — use names separated by dots, with [0] for list items</source>
        <translation>« %1 » n&apos;est pas un chemin de champ — utilisez des noms séparés par des points, avec [0] pour les éléments de liste</translation>
    </message>
    <message>
        <source>“%1” is not an operator</source>
        <translation>« %1 » n&apos;est pas un opérateur</translation>
    </message>
    <message>
        <source>enter a value to compare with</source>
        <translation>saisissez une valeur de comparaison</translation>
    </message>
    <message>
        <source>“in” needs a list of values, e.g. [&quot;DE&quot;, &quot;AT&quot;]</source>
        <translation>« in » nécessite une liste de valeurs, p. ex. [&quot;DE&quot;, &quot;AT&quot;]</translation>
    </message>
    <message>
        <source>“&lt;” and “&gt;” need a number or a date, e.g. 0.9 or 2026-01-31</source>
        <translation>« &lt; » et « &gt; » nécessitent un nombre ou une date, p. ex. 0.9 ou 2026-01-31</translation>
    </message>
    <message>
        <source>“exists” takes true, false or no value</source>
        <translation>« exists » accepte true, false ou aucune valeur</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 is the rule&apos;s number in the table, %2 what is wrong with it</extracomment>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>The change was not saved: the audit log&apos;s key could not be read from the keychain. Unlock the keychain and try again.</source>
        <translation>La modification n’a pas été enregistrée : la clé du journal d’audit n’a pas pu être lue depuis le trousseau. Déverrouillez le trousseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>hookline::ui::VerifyDialog</name>
    <message>
        <source>Verify a webhook</source>
        <translation>Vérifier un webhook</translation>
    </message>
    <message>
        <source>X-Webhook-Id: wh_…
X-Webhook-Signature: eyJ…
(one &quot;Name: value&quot; per line, as received)</source>
        <translation>X-Webhook-Id: wh_…
X-Webhook-Signature: eyJ…
(un « Nom: valeur » par ligne, tel que reçu)</translation>
    </message>
    <message>
        <source>The body exactly as received: one changed byte fails the check.</source>
        <translation>Le corps exactement tel que reçu : un seul octet modifié fait échouer la vérification.</translation>
    </message>
    <message>
        <source>The JWKS of %1 (ours)</source>
        <translation>Le JWKS de %1 (le nôtre)</translation>
    </message>
    <message>
        <source>A JWKS I paste</source>
        <translation>Un JWKS que je colle</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret (whsec_…)</source>
        <translation>Un secret Standard Webhooks (whsec_…)</translation>
    </message>
    <message>
        <source>optional: wh_… (then the audience must match)</source>
        <translation>facultatif : wh_… (l’audience doit alors correspondre)</translation>
    </message>
    <message>
        <source>Ignore the time window (for a webhook received earlier)</source>
        <translation>Ignorer la fenêtre temporelle (pour un webhook reçu plus tôt)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>Check &amp;against:</source>
        <translation>Vérifier &amp;avec :</translation>
    </message>
    <message>
        <source>&amp;JWKS:</source>
        <translation>&amp;JWKS :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>&amp;Webhook id:</source>
        <translation>Identifiant de &amp;webhook :</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Paste the headers you received, one &quot;Name: value&quot; per line.</source>
        <translation>Collez les en-têtes reçus, un « Nom: valeur » par ligne.</translation>
    </message>
    <message>
        <source>Paste the JWKS ({&quot;keys&quot;: […]}) to check against.</source>
        <translation>Collez le JWKS ({&quot;keys&quot;: […]}) avec lequel vérifier.</translation>
    </message>
    <message>
        <source>This is not a JSON object: %1</source>
        <translation>Ce n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret starts with whsec_.</source>
        <translation>Un secret Standard Webhooks commence par whsec_.</translation>
    </message>
    <message>
        <source>Valid signature, made by the key %1.</source>
        <translation>Signature valide, faite avec la clé %1.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
</context>
<context>
    <name>hookline::text::EndpointText</name>
    <message>
        <source>every attempt failed for over an hour</source>
        <translation>toutes les tentatives échouent depuis plus d’une heure</translation>
    </message>
    <message>
        <source>most recent attempts timed out</source>
        <translation>la plupart des dernières tentatives ont expiré</translation>
    </message>
</context>
<context>
    <name>hookline::text::PolicyText</name>
    <message>
        <source>every address of the host is public</source>
        <translation>toutes les adresses de l’hôte sont publiques</translation>
    </message>
    <message>
        <source>the host is on the environment&apos;s allowlist</source>
        <translation>l’hôte figure sur la liste d’autorisation de l’environnement</translation>
    </message>
    <message>
        <source>the host name is checked when it is resolved</source>
        <translation>le nom d’hôte est vérifié lors de sa résolution</translation>
    </message>
    <message>
        <source>this is not a complete URL</source>
        <translation>cette URL est incomplète</translation>
    </message>
    <message>
        <source>only HTTPS is allowed</source>
        <translation>seul HTTPS est autorisé</translation>
    </message>
    <message>
        <source>the URL contains a user name or password</source>
        <translation>l’URL contient un nom d’utilisateur ou un mot de passe</translation>
    </message>
    <message>
        <source>the URL contains a #fragment</source>
        <translation>l’URL contient un #fragment</translation>
    </message>
    <message>
        <source>the URL contains a backslash, a space or a control character</source>
        <translation>l’URL contient une barre oblique inverse, une espace ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>l’URL n’a pas d’hôte</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>le port n’est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%eth0) are not allowed</source>
        <translation>les identifiants de zone IPv6 (%eth0) ne sont pas autorisés</translation>
    </message>
    <message>
        <source>the host name is longer than 253 characters</source>
        <translation>le nom d’hôte dépasse 253 caractères</translation>
    </message>
    <message>
        <source>the host looks like an IPv4 address but is not a valid one</source>
        <translation>l’hôte ressemble à une adresse IPv4 mais n’est pas valide</translation>
    </message>
    <message>
        <source>the host name contains characters no host name may hold</source>
        <translation>le nom d’hôte contient des caractères interdits dans un nom d’hôte</translation>
    </message>
    <message>
        <source>the host name is a local or cloud-metadata name</source>
        <translation>le nom d’hôte est un nom local ou de métadonnées cloud</translation>
    </message>
    <message>
        <source>the address is private, loopback, link-local or otherwise internal</source>
        <translation>l’adresse est privée, de bouclage, lien-local ou autrement interne</translation>
    </message>
    <message>
        <source>the host name resolves to a private or internal address</source>
        <translation>le nom d’hôte se résout en une adresse privée ou interne</translation>
    </message>
    <message>
        <source>the host name does not exist</source>
        <translation>le nom d’hôte n’existe pas</translation>
    </message>
    <message>
        <source>the host name has no IPv4 or IPv6 address</source>
        <translation>le nom d’hôte n’a aucune adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>le nom d’hôte n’a pas pu être résolu</translation>
    </message>
    <message>
        <source>resolving the host name timed out</source>
        <translation>la résolution du nom d’hôte a expiré</translation>
    </message>
</context>
</TS>
