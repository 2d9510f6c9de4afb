<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <source>Maximum retries</source>
        <translation>Nombre maximal de nouvelles tentatives</translation>
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
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
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
        <source>Max &amp;retries:</source>
        <translation>&amp;Tentatives max. :</translation>
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
        <source>%1: problem</source>
        <translation>%1 : problème</translation>
    </message>
    <message>
        <source>optional — used while paused</source>
        <translation>facultatif — utilisée pendant une pause</translation>
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
        <source>New endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
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
        <source>Delivery engine failed: %1</source>
        <translation>Échec du moteur de livraison : %1</translation>
    </message>
    <message>
        <source>Counts since the console started. Deliveries are sent from this window while it is open.</source>
        <translation>Chiffres depuis le démarrage de la console. Les livraisons partent de cette fenêtre tant qu’elle est ouverte.</translation>
    </message>
    <message>
        <source>Only one process delivers from a database. This console shows and edits endpoints; it takes over delivery when the other process ends.</source>
        <translation>Un seul processus livre depuis une base de données. Cette console affiche et modifie les points de terminaison ; elle reprend la livraison quand l’autre processus se termine.</translation>
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
    <name>hookline::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard arrives with the delivery engine</source>
        <translation>Le tableau de bord arrivera avec le moteur de livraison</translation>
    </message>
    <message>
        <source>Charts of success rate, average and p95 latency, outcome classes and HTTP statuses will appear here, with a per-endpoint table and recommendations — once deliveries are being recorded.</source>
        <translation>Ici apparaîtront les graphiques du taux de réussite, de la latence moyenne et p95, des classes de résultat et des statuts HTTP, avec un tableau par point de terminaison et des recommandations — dès que des livraisons seront enregistrées.</translation>
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
        <source>The event composer and the event log will appear here: fire test events with realistic sample payloads and see every event that entered this environment.</source>
        <translation>Ici apparaîtront l’éditeur et le journal des événements : envoyez des événements de test avec des données d’exemple réalistes et consultez chaque événement entré dans cet environnement.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Every delivery and each of its attempts will be listed here — status, latency, response and signature — with the dead letters and replay.</source>
        <translation>Chaque livraison et chacune de ses tentatives seront listées ici — statut, latence, réponse et signature — avec les lettres mortes et la relivraison.</translation>
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
        <source>Settings come in a later version</source>
        <translation>Les paramètres arriveront dans une version ultérieure</translation>
    </message>
    <message>
        <source>Signing keys, the destination allowlist, trusted CA certificates, retention and the local ingest API will be configured here.</source>
        <translation>Ici se configureront les clés de signature, la liste des destinations autorisées, les certificats d’AC de confiance, la rétention et l’API d’ingestion locale.</translation>
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
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
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
        <source>The event log comes in a later version</source>
        <translation>Le journal des événements arrivera dans une version ultérieure</translation>
    </message>
    <message>
        <source>The delivery log comes in a later version</source>
        <translation>Le journal des livraisons arrivera dans une version ultérieure</translation>
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
        <source>The database reported an error; nothing was saved. Details: %1</source>
        <translation>La base de données a signalé une erreur ; rien n’a été enregistré. Détails : %1</translation>
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
    <message>
        <source>The change was not saved: the audit log&apos;s key could not be read from the keychain. Unlock the keychain and try again.</source>
        <translation>La modification n’a pas été enregistrée : la clé du journal d’audit n’a pas pu être lue depuis le trousseau. Déverrouillez le trousseau et réessayez.</translation>
    </message>
</context>
</TS>
