#include "events/samplegenerator.h"

#include "events/envelopebuilder.h"
#include "events/eventcatalog.h"
#include "events/mrz.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <cmath>
#include <cstring>
#include <functional>
#include <iterator>
#include <random>

namespace hookline {

namespace {

// Static tables: plain C strings so nothing is allocated before a sample is asked for.
struct City
{
    const char *name;
    const char *region;
    const char *postalPrefix; // first characters of the postcode, the rest is random
};

struct CountryData
{
    const char *code;
    const char *const *givenFemale;
    const char *const *givenMale;
    const char *const *family;
    const char *const *streets;
    const City *cities;
    const char *phonePrefix; // country code plus the mobile prefix
    int phoneDigits;         // digits after the prefix
    bool hasIdCard;
};

size_t tableSize(const char *const *t)
{
    size_t n = 0;
    while (t[n])
        ++n;
    return n;
}

size_t tableSize(const City *t)
{
    size_t n = 0;
    while (t[n].name)
        ++n;
    return n;
}

// --- Germany
const char *const deF[] = {"Anna",   "Lena",   "Sophie",    "Marie", "Katharina",
                           "Jülide", "Hannah", "Franziska", nullptr};
const char *const deM[] = {"Lukas",  "Jonas",  "Maximilian", "Felix", "Jürgen",
                           "Tobias", "Stefan", "Niklas",     nullptr};
const char *const deL[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                           "Becker", "Schäfer", "Hoffmann",  "Krüger",  "Groß",  nullptr};
const char *const deS[] = {"Hauptstraße", "Bahnhofstraße",   "Gartenweg",
                           "Lindenallee", "Schillerstraße",  "Goethestraße",
                           "Am Markt",    "Friedrichstraße", nullptr};
const City deC[] = {{"Berlin", "Berlin", "10"},
                    {"Hamburg", "Hamburg", "20"},
                    {"München", "Bayern", "80"},
                    {"Köln", "Nordrhein-Westfalen", "50"},
                    {"Frankfurt am Main", "Hessen", "60"},
                    {"Leipzig", "Sachsen", "04"},
                    {nullptr, nullptr, nullptr}};
// --- France
const char *const frF[] = {"Camille", "Léa",      "Manon",   "Chloé", "Inès",
                           "Élodie",  "Juliette", "Margaux", nullptr};
const char *const frM[] = {"Lucas",  "Hugo",    "Théo",     "Louis", "Nicolas",
                           "Julien", "Antoine", "François", nullptr};
const char *const frL[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert",   "Richard", "Petit",
                           "Durand", "Lefèvre", "Moreau", "Girard", "Fontaine", nullptr};
const char *const frS[] = {"rue de la République",
                           "avenue Victor Hugo",
                           "rue Pasteur",
                           "boulevard Saint-Michel",
                           "rue du Faubourg Saint-Antoine",
                           "place Bellecour",
                           "rue Nationale",
                           nullptr};
const City frC[] = {{"Paris", "Île-de-France", "750"},
                    {"Lyon", "Auvergne-Rhône-Alpes", "6900"},
                    {"Marseille", "Provence-Alpes-Côte d'Azur", "130"},
                    {"Toulouse", "Occitanie", "310"},
                    {"Bordeaux", "Nouvelle-Aquitaine", "330"},
                    {"Lille", "Hauts-de-France", "590"},
                    {nullptr, nullptr, nullptr}};
// --- United Kingdom
const char *const gbF[] = {"Olivia",  "Amelia", "Isla",    "Emily", "Charlotte",
                           "Siobhan", "Grace",  "Eleanor", nullptr};
const char *const gbM[] = {"Oliver",  "George", "Harry",  "Jack", "Thomas",
                           "William", "Rhys",   "Callum", nullptr};
const char *const gbL[] = {"Smith",  "Jones",   "Williams", "Taylor",  "Brown",  "Davies", "Evans",
                           "Wilson", "O'Brien", "Thompson", "Roberts", "Walker", nullptr};
const char *const gbS[] = {"High Street", "Station Road", "Church Lane", "Victoria Road",
                           "Park Avenue", "Queen Street", "Mill Lane",   nullptr};
const City gbC[] = {
    {"London", "Greater London", "SW1A"},   {"Manchester", "Greater Manchester", "M1"},
    {"Birmingham", "West Midlands", "B15"}, {"Leeds", "West Yorkshire", "LS1"},
    {"Bristol", "Bristol", "BS1"},          {"Edinburgh", "Scotland", "EH1"},
    {"Cardiff", "Wales", "CF10"},           {nullptr, nullptr, nullptr}};
// --- United States (region = state code, required by the schema)
const char *const usF[] = {"Emma",    "Olivia", "Ava",    "Sophia", "Madison",
                           "Abigail", "Harper", "Evelyn", nullptr};
const char *const usM[] = {"Liam",    "Noah",   "James",   "Benjamin", "Ethan",
                           "Michael", "Daniel", "Jackson", nullptr};
const char *const usL[] = {"Johnson",   "Williams", "Garcia",   "Miller",  "Davis",
                           "Rodriguez", "Martinez", "Anderson", "Jackson", "Lee",
                           "Nguyen",    "Harris",   nullptr};
const char *const usS[] = {"Main Street",          "Oak Avenue",     "Maple Drive",
                           "Pine Street",          "Cedar Lane",     "Elm Street",
                           "Washington Boulevard", "Lakeview Drive", nullptr};
const City usC[] = {{"San Francisco", "CA", "941"}, {"Los Angeles", "CA", "900"},
                    {"New York", "NY", "100"},      {"Austin", "TX", "787"},
                    {"Seattle", "WA", "981"},       {"Chicago", "IL", "606"},
                    {"Boston", "MA", "021"},        {nullptr, nullptr, nullptr}};
// --- Spain
const char *const esF[] = {"Lucía", "María", "Paula",      "Carmen", "Sofía",
                           "Marta", "Nuria", "Inmaculada", nullptr};
const char *const esM[] = {"Hugo", "Martín", "Pablo", "Alejandro", "Javier",
                           "José", "Sergio", "Íñigo", nullptr};
const char *const esL[] = {"García",   "Fernández", "González", "Rodríguez", "López",
                           "Martínez", "Sánchez",   "Pérez",    "Gómez",     "Muñoz",
                           "Jiménez",  "Ruiz",      nullptr};
const char *const esS[] = {
    "Calle Mayor",      "Calle de Alcalá", "Gran Vía",   "Avenida de la Constitución",
    "Calle del Carmen", "Paseo de Gracia", "Calle Real", nullptr};
const City esC[] = {{"Madrid", "Madrid", "280"},
                    {"Barcelona", "Cataluña", "080"},
                    {"Valencia", "Comunidad Valenciana", "460"},
                    {"Sevilla", "Andalucía", "410"},
                    {"Bilbao", "País Vasco", "480"},
                    {"Zaragoza", "Aragón", "500"},
                    {nullptr, nullptr, nullptr}};
// --- Italy
const char *const itF[] = {"Giulia", "Sofia",   "Aurora",   "Alice", "Francesca",
                           "Chiara", "Martina", "Beatrice", nullptr};
const char *const itM[] = {"Leonardo", "Francesco", "Alessandro", "Lorenzo", "Matteo",
                           "Niccolò",  "Andrea",    "Giuseppe",   nullptr};
const char *const itL[] = {"Rossi", "Russo",  "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
                           "Ricci", "Marino", "Greco",   "De Luca",  "Conti",   nullptr};
const char *const itS[] = {"Via Roma",    "Via Garibaldi", "Corso Vittorio Emanuele II",
                           "Via Mazzini", "Via Dante",     "Piazza del Duomo",
                           "Via Cavour",  nullptr};
const City itC[] = {{"Roma", "Lazio", "001"},      {"Milano", "Lombardia", "201"},
                    {"Napoli", "Campania", "801"}, {"Torino", "Piemonte", "101"},
                    {"Firenze", "Toscana", "501"}, {"Bologna", "Emilia-Romagna", "401"},
                    {nullptr, nullptr, nullptr}};
// --- Netherlands (postcode prefix = the four digits' first two)
const char *const nlF[] = {"Emma",  "Julia",  "Sanne", "Fleur", "Anouk",
                           "Lotte", "Maaike", "Femke", nullptr};
const char *const nlM[] = {"Daan",   "Sem",   "Lucas", "Bram", "Thijs",
                           "Jeroen", "Ruben", "Joost", nullptr};
const char *const nlL[] = {"de Jong", "Jansen",  "de Vries", "van den Berg", "van Dijk",
                           "Bakker",  "Janssen", "Visser",   "Smit",         "Meijer",
                           "de Boer", "Mulder",  nullptr};
const char *const nlS[] = {"Keizersgracht", "Herengracht", "Kerkstraat",    "Dorpsstraat",
                           "Stationsweg",   "Molenweg",    "Prinsengracht", nullptr};
const City nlC[] = {{"Amsterdam", "Noord-Holland", "10"}, {"Rotterdam", "Zuid-Holland", "30"},
                    {"Utrecht", "Utrecht", "35"},         {"Den Haag", "Zuid-Holland", "25"},
                    {"Eindhoven", "Noord-Brabant", "56"}, {"Groningen", "Groningen", "97"},
                    {nullptr, nullptr, nullptr}};
// --- Poland
const char *const plF[] = {"Zofia",     "Zuzanna",   "Julia",    "Maja", "Małgorzata",
                           "Agnieszka", "Katarzyna", "Wiktoria", nullptr};
const char *const plM[] = {"Jakub",     "Antoni",  "Szymon", "Łukasz", "Piotr",
                           "Krzysztof", "Mateusz", "Paweł",  nullptr};
const char *const plL[] = {"Nowak",     "Kowalski",    "Wiśniewski", "Wójcik",    "Kowalczyk",
                           "Kamiński",  "Lewandowski", "Zieliński",  "Szymański", "Woźniak",
                           "Dąbrowski", "Kozłowski",   nullptr};
const char *const plS[] = {
    "ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa",         "ul. Mickiewicza",
    "ul. Słowackiego",   "ul. Floriańska",  "al. Jerozolimskie", nullptr};
const City plC[] = {{"Warszawa", "mazowieckie", "00"}, {"Kraków", "małopolskie", "31"},
                    {"Łódź", "łódzkie", "90"},         {"Wrocław", "dolnośląskie", "50"},
                    {"Gdańsk", "pomorskie", "80"},     {"Poznań", "wielkopolskie", "61"},
                    {nullptr, nullptr, nullptr}};
// --- Sweden
const char *const seF[] = {"Alice", "Maja",   "Elsa",  "Astrid", "Ingrid",
                           "Saga",  "Linnéa", "Karin", nullptr};
const char *const seM[] = {"William", "Oscar",  "Lucas", "Erik", "Björn",
                           "Johan",   "Anders", "Nils",  nullptr};
const char *const seL[] = {"Andersson", "Johansson", "Karlsson", "Nilsson",  "Eriksson",
                           "Larsson",   "Olsson",    "Persson",  "Svensson", "Gustafsson",
                           "Lindström", "Åberg",     nullptr};
const char *const seS[] = {"Drottninggatan", "Storgatan", "Kungsgatan",  "Vasagatan",
                           "Sveavägen",      "Götgatan",  "Strandvägen", nullptr};
const City seC[] = {{"Stockholm", "Stockholms län", "11"},
                    {"Göteborg", "Västra Götalands län", "41"},
                    {"Malmö", "Skåne län", "21"},
                    {"Uppsala", "Uppsala län", "75"},
                    {"Linköping", "Östergötlands län", "58"},
                    {nullptr, nullptr, nullptr}};

const CountryData countryTable[] = {
    {"DE", deF, deM, deL, deS, deC, "+4915", 9, true},
    {"FR", frF, frM, frL, frS, frC, "+336", 8, true},
    {"GB", gbF, gbM, gbL, gbS, gbC, "+447", 9, false},
    {"US", usF, usM, usL, usS, usC, "+1", 10, false},
    {"ES", esF, esM, esL, esS, esC, "+346", 8, true},
    {"IT", itF, itM, itL, itS, itC, "+393", 9, true},
    {"NL", nlF, nlM, nlL, nlS, nlC, "+316", 8, true},
    {"PL", plF, plM, plL, plS, plC, "+485", 8, true},
    {"SE", seF, seM, seL, seS, seC, "+467", 8, true},
};

const char *const reasonsDocument[] = {"document_unreadable", "document_tampered",
                                       "unsupported_document", nullptr};
const char *const reasonsCapture[] = {"glare_detected", "blurry_image", "incomplete_capture",
                                      "document_unreadable", nullptr};
const char *const reasonsReject[] = {"document_tampered",  "face_mismatch", "liveness_failed",
                                     "sanctions_match",    "data_mismatch", "underage",
                                     "duplicate_identity", nullptr};
const char *const reasonsReview[] = {"pep_match",         "adverse_media", "data_mismatch",
                                     "high_risk_country", "face_mismatch", nullptr};
const char *const securityFeatures[] = {"hologram",         "mrz_checksum",    "microprint",
                                        "uv_pattern",       "laser_engraving", "chip_signature",
                                        "font_consistency", "photo_integrity", nullptr};
const char *const fraudCodes[] = {"photo_substitution", "font_mismatch",      "mrz_mismatch",
                                  "screen_capture",     "printed_copy",       "data_tampering",
                                  "template_mismatch",  "synthetic_identity", nullptr};
const char *const watchlists[] = {
    "OFAC_SDN", "EU_CONSOLIDATED", "UN_SECURITY_COUNCIL", "UK_HMT", "PEP", "INTERPOL_RED_NOTICE",
    nullptr};
const char *const mediaSources[] = {"Reuters",     "Financial Times", "Le Monde",
                                    "Der Spiegel", "El País",         "Corriere della Sera",
                                    "BBC News",    "Dagens Nyheter",  nullptr};
const char *const mediaCategories[] = {
    "financial_crime",   "fraud", "corruption", "terrorism", "organised_crime",
    "sanctions_evasion", nullptr};
const char *const workflows[] = {"kyc_basic", "kyc_full", "age_check", "kyb_representative",
                                 nullptr};
const char *const livenessMethods[] = {"passive", "active_motion", "active_flash", nullptr};

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Joins parts left to right. Elements of a braced list are evaluated in order, unlike the operands
// of `+`, so random draws inside happen in the same order with every compiler.
QString cat(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString &p : parts)
        out += p;
    return out;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// One seeded story. Draws come from a private mt19937_64 with our own range mapping, so the output
// does not depend on the standard library's distribution implementations.
class Story
{
public:
    Story(quint64 seed, const QDateTime &now)
        : m_rng(seed)
        , m_now(now.toUTC())
    {
        m_country = &countryTable[below(std::size(countryTable))];
        m_female = chance(0.5);
        m_given = pick(m_female ? m_country->givenFemale : m_country->givenMale);
        if (chance(0.15))
            m_middle = pick(m_female ? m_country->givenFemale : m_country->givenMale);
        if (m_middle == m_given)
            m_middle.clear();
        m_family = pick(m_country->family);
        m_dob = m_now.date().addDays(-range(18 * 365 + 5, 80 * 365));
        m_city = &m_country->cities[below(tableSize(m_country->cities))];
        m_houseNumber = range(1, 180);
        m_street = pick(m_country->streets);
        m_postalCode = postalCode();
        m_customerId = id("cus_");
        m_verificationId = id("vrf_");
        m_documentId = id("doc_");
        m_screeningId = id("aml_");
        m_dossierId = id("dos_");
        m_decisionId = id("dec_");
        m_externalRef = QStringLiteral("user-") + QString::number(range(10000, 9999999));
        m_sessionStart = m_now.addMSecs(-qint64(range(90'000, 3 * 3600'000)));
        m_customerSince = m_now.addMSecs(-qint64(range(3600, 400 * 86400)) * 1000 - range(0, 999));
        const int roll = range(0, 99);
        if (m_country->hasIdCard && roll < 45)
            m_documentType = QStringLiteral("id_card");
        else if (roll < 85)
            m_documentType = QStringLiteral("passport");
        else if (roll < 95)
            m_documentType = QStringLiteral("driving_licence");
        else
            m_documentType = QStringLiteral("residence_permit");
        m_documentNumber = documentNumber();
        // Ten years' validity (adult passports and ID cards in all the countries above).
        m_issueDate = m_now.date().addDays(-range(30, 9 * 365));
        m_expiryDate = m_issueDate.addYears(10).addDays(-1);
    }

    // --- random primitives
    quint64 next() { return m_rng(); }
    size_t below(size_t n) { return size_t(next() % n); }
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double between(double lo, double hi) { return round3(lo + (hi - lo) * unit()); }
    bool chance(double p) { return unit() < p; }
    QString pick(const char *const *table) { return str(table[below(tableSize(table))]); }
    QString digits(int n)
    {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QLatin1Char(char('0' + below(10)));
        return out;
    }
    QString letters(int n, const char *alphabet = "ABCDEFGHIJKLMNPRSTUVWXYZ")
    {
        const size_t size = std::strlen(alphabet);
        QString out;
        for (int i = 0; i < n; ++i)
            out += QLatin1Char(alphabet[below(size)]);
        return out;
    }
    QString id(const char *prefix)
    {
        // Same shape as Hookline's own ids: Crockford base32, 26 characters.
        return QLatin1String(prefix) + letters(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    }
    QString timestamp(const QDateTime &t) const
    {
        return QString::fromLatin1(EnvelopeBuilder::formatTimestamp(t));
    }
    static QString date(const QDate &d) { return d.toString(Qt::ISODate); }
    QString ago(int minSeconds, int maxSeconds)
    {
        return timestamp(m_now.addMSecs(-qint64(range(minSeconds * 1000, maxSeconds * 1000))));
    }

    // --- the story's facts
    QString country() const { return QLatin1String(m_country->code); }
    bool isCountry(const char *code) const { return qstrcmp(m_country->code, code) == 0; }

    QString postalCode()
    {
        const QString prefix = QLatin1String(m_city->postalPrefix);
        const QString space = QStringLiteral(" ");
        if (isCountry("GB")) // outward code from the city, inward code "9AB" (no C, I, K, M, O, V)
            return cat({prefix, space, digits(1), letters(2, "ABDEFGHJLNPQRSTUWXYZ")});
        if (isCountry("NL"))
            return cat({prefix, digits(2), space, letters(2, "ABCDEGHJKLMNPRSTVWXZ")});
        if (isCountry("PL"))
            return cat({prefix, QStringLiteral("-"), digits(3)});
        if (isCountry("SE"))
            return cat({prefix, digits(1), space, digits(2)});
        return prefix + digits(5 - int(prefix.size())); // DE, FR, ES, IT, US: five digits
    }

    QString addressLine1() const
    {
        const QString n = QString::number(m_houseNumber);
        if (isCountry("FR") || isCountry("GB") || isCountry("US"))
            return n + QLatin1Char(' ') + m_street;
        if (isCountry("ES") || isCountry("IT"))
            return m_street + QStringLiteral(", ") + n;
        return m_street + QLatin1Char(' ') + n; // DE, NL, PL, SE
    }

    QString documentNumber()
    {
        const bool passport = m_documentType == QLatin1String("passport");
        if (isCountry("DE")) // letters exclude vowels and look-alikes, as on German documents
            return cat({passport ? letters(1, "CFGHJK") : QStringLiteral("L"),
                        letters(8, "0123456789CFGHJKLMNPRTVWXYZ")});
        if (isCountry("FR"))
            return passport ? cat({digits(2), letters(2), digits(5)})
                            : letters(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ");
        if (isCountry("GB") || isCountry("US"))
            return digits(9);
        if (isCountry("ES"))
            return cat({letters(3), digits(6)});
        if (isCountry("IT"))
            return passport ? cat({letters(2), digits(7)})
                            : cat({QStringLiteral("CA"), digits(5), letters(2)});
        if (isCountry("NL"))
            return cat({letters(2, "BCDFGHJKLMNPRSTVWXZ"),
                        letters(6, "0123456789BCDFGHJKLMNPRSTVWXZ"), digits(1)});
        if (isCountry("PL"))
            return passport ? cat({letters(2), digits(7)}) : cat({letters(3), digits(6)});
        return digits(8); // SE
    }

    QJsonObject name() const
    {
        QJsonObject n{{QStringLiteral("given"), m_given}, {QStringLiteral("family"), m_family}};
        if (!m_middle.isEmpty())
            n.insert(QStringLiteral("middle"), m_middle);
        return n;
    }

    QJsonObject address() const
    {
        QJsonObject a{{QStringLiteral("line1"), addressLine1()},
                      {QStringLiteral("postal_code"), m_postalCode},
                      {QStringLiteral("city"), str(m_city->name)},
                      {QStringLiteral("region"), str(m_city->region)},
                      {QStringLiteral("country"), country()}};
        if (m_houseNumber % 7 == 0) {
            if (isCountry("US") || isCountry("GB"))
                a.insert(QStringLiteral("line2"),
                         QString(QStringLiteral("Apt ") + QString::number(m_houseNumber / 7)));
            else if (isCountry("FR"))
                a.insert(QStringLiteral("line2"), QStringLiteral("Bâtiment B"));
            else if (isCountry("DE"))
                a.insert(QStringLiteral("line2"), QStringLiteral("2. OG"));
        }
        return a;
    }

    QString email()
    {
        auto local = [](const QString &s) {
            return QString::fromLatin1(Mrz::transliterate(s)).toLower().remove(QLatin1Char('<'));
        };
        static const char *const domains[] = {"example.com", "example.org", "example.net", nullptr};
        return local(m_given) + QLatin1Char('.') + local(m_family) + QLatin1Char('@') +
               pick(domains);
    }

    QString phone()
    {
        return cat({QLatin1String(m_country->phonePrefix), QString::number(range(1, 9)),
                    digits(m_country->phoneDigits - 1)});
    }

    QJsonObject consent()
    {
        const bool eu = !isCountry("US");
        const bool california = isCountry("US") && qstrcmp(m_city->region, "CA") == 0;
        QJsonArray purposes{QStringLiteral("identity_verification"),
                            QStringLiteral("biometric_processing"),
                            QStringLiteral("aml_screening")};
        if (chance(0.3))
            purposes.append(QStringLiteral("marketing"));
        return {{QStringLiteral("gdpr"), eu},
                {QStringLiteral("ccpa"), california},
                {QStringLiteral("captured_at"), timestamp(m_sessionStart.addSecs(-range(5, 60)))},
                {QStringLiteral("purposes"), purposes},
                {QStringLiteral("version"),
                 QString(QStringLiteral("2.") + QString::number(range(0, 4)))}};
    }

    QJsonObject extractionConfidence()
    {
        return {{QStringLiteral("name"), between(0.90, 0.999)},
                {QStringLiteral("date_of_birth"), between(0.88, 0.999)},
                {QStringLiteral("address"), between(0.70, 0.98)},
                {QStringLiteral("document_number"), between(0.92, 0.999)},
                {QStringLiteral("expiry_date"), between(0.90, 0.999)}};
    }

    enum class CustomerDetail
    {
        Reference, // id and contact only: what is known when a session starts
        Full,
        Extracted, // what document analysis read, with its confidence
    };

    QJsonObject customer(CustomerDetail detail)
    {
        QJsonObject c{{QStringLiteral("id"), m_customerId},
                      {QStringLiteral("external_reference"), m_externalRef}};
        if (detail == CustomerDetail::Reference) {
            c.insert(QStringLiteral("email"), email());
            c.insert(QStringLiteral("consent"), consent());
            return c;
        }
        c.insert(QStringLiteral("name"), name());
        c.insert(QStringLiteral("date_of_birth"), date(m_dob));
        c.insert(QStringLiteral("nationality"), country());
        c.insert(QStringLiteral("address"), address());
        if (detail == CustomerDetail::Extracted) {
            c.insert(QStringLiteral("extraction_confidence"), extractionConfidence());
            return c;
        }
        c.insert(QStringLiteral("email"), email());
        c.insert(QStringLiteral("phone"), phone());
        c.insert(QStringLiteral("consent"), consent());
        c.insert(QStringLiteral("created_at"), timestamp(m_customerSince));
        return c;
    }

    QJsonObject compliance()
    {
        QJsonObject c;
        if (isCountry("US")) {
            const bool west =
                qstrcmp(m_city->region, "CA") == 0 || qstrcmp(m_city->region, "WA") == 0;
            QJsonArray frameworks{QStringLiteral("BSA"), QStringLiteral("FATF")};
            if (qstrcmp(m_city->region, "CA") == 0)
                frameworks.append(QStringLiteral("CCPA"));
            c = {{QStringLiteral("jurisdiction"), QStringLiteral("US")},
                 {QStringLiteral("frameworks"), frameworks},
                 {QStringLiteral("data_processing_location"),
                  west ? QStringLiteral("us-west") : QStringLiteral("us-east")},
                 {QStringLiteral("data_residency"), QStringLiteral("US")}};
        } else if (isCountry("GB")) {
            c = {{QStringLiteral("jurisdiction"), QStringLiteral("UK")},
                 {QStringLiteral("frameworks"),
                  QJsonArray{QStringLiteral("UK_GDPR"), QStringLiteral("MLR_2017")}},
                 {QStringLiteral("data_processing_location"), QStringLiteral("uk-south")},
                 {QStringLiteral("data_residency"), QStringLiteral("UK")}};
        } else {
            QString location = QStringLiteral("eu-central");
            if (isCountry("FR") || isCountry("ES") || isCountry("NL"))
                location = QStringLiteral("eu-west");
            else if (isCountry("SE"))
                location = QStringLiteral("eu-north");
            QJsonArray frameworks{QStringLiteral("GDPR"), QStringLiteral("AMLD6")};
            if (chance(0.3))
                frameworks.append(QStringLiteral("eIDAS"));
            c = {{QStringLiteral("jurisdiction"), QStringLiteral("EU")},
                 {QStringLiteral("frameworks"), frameworks},
                 {QStringLiteral("data_processing_location"), location},
                 {QStringLiteral("data_residency"), QStringLiteral("EU")}};
        }
        // Five years after the business relationship ends is the usual AML record-keeping term.
        c.insert(QStringLiteral("retention_days"), chance(0.5) ? 1825 : 2555);
        return c;
    }

    QJsonObject verification(const QString &status)
    {
        return {{QStringLiteral("id"), m_verificationId},
                {QStringLiteral("status"), status},
                {QStringLiteral("processing_method"), QStringLiteral("automatic")},
                {QStringLiteral("workflow"), pick(workflows)},
                {QStringLiteral("created_at"), timestamp(m_sessionStart)}};
    }

    QJsonObject verificationRef() const { return {{QStringLiteral("id"), m_verificationId}}; }

    QJsonArray reasons(const char *const *table, int max)
    {
        QJsonArray out;
        const int n = range(1, max);
        for (int i = 0; i < n; ++i) {
            const QString r = pick(table);
            if (!out.contains(r))
                out.append(r);
        }
        return out;
    }

    QJsonObject mrz()
    {
        Mrz::Fields f;
        const QByteArray state = Mrz::icaoCode(country());
        f.issuingState = state;
        f.nationality = state;
        f.number = m_documentNumber.toLatin1();
        f.dateOfBirth = m_dob;
        f.sex = m_female ? 'F' : 'M';
        f.expiryDate = m_expiryDate;
        f.familyName = m_family;
        f.givenNames = m_middle.isEmpty() ? m_given : m_given + QLatin1Char(' ') + m_middle;
        const bool td3 = m_documentType == QLatin1String("passport");
        f.documentCode =
            td3 ? "P" : (m_documentType == QLatin1String("residence_permit") ? "IR" : "ID");
        const QList<QByteArray> lines = td3 ? Mrz::td3(f) : Mrz::td1(f);
        QJsonArray a;
        for (const QByteArray &l : lines)
            a.append(QString::fromLatin1(l));
        return {{QStringLiteral("format"), td3 ? QStringLiteral("TD3") : QStringLiteral("TD1")},
                {QStringLiteral("lines"), a},
                {QStringLiteral("checksums_valid"), Mrz::verify(lines)}};
    }

    QJsonObject authenticity(double lo, double hi, int failures)
    {
        QJsonArray features;
        const int n = range(3, 5);
        QStringList used;
        for (int i = 0; i < n; ++i) {
            const QString name = pick(securityFeatures);
            if (used.contains(name))
                continue;
            used << name;
            const bool failed = i < failures;
            features.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("result"),
                 failed ? QStringLiteral("failed") : QStringLiteral("passed")},
                {QStringLiteral("confidence"), failed ? between(0.2, 0.6) : between(0.85, 0.999)}});
        }
        return {{QStringLiteral("score"), between(lo, hi)},
                {QStringLiteral("security_features"), features}};
    }

    QJsonArray fraudIndicators(int n, double lo, double hi)
    {
        static const char *const severities[] = {"low", "medium", "high", "critical", nullptr};
        QJsonArray out;
        for (int i = 0; i < n; ++i) {
            const double score = between(lo, hi);
            out.append(
                QJsonObject{{QStringLiteral("code"), pick(fraudCodes)},
                            {QStringLiteral("severity"), str(severities[qMin(3, int(score * 4))])},
                            {QStringLiteral("score"), score}});
        }
        return out;
    }

    enum class DocumentDetail
    {
        Submitted,
        Analyzed,
    };

    QJsonObject document(const QString &status, DocumentDetail detail)
    {
        QJsonObject d{
            {QStringLiteral("id"), m_documentId},
            {QStringLiteral("type"), m_documentType},
            {QStringLiteral("country"), country()},
            {QStringLiteral("status"), status},
            {QStringLiteral("submitted_at"), timestamp(m_sessionStart.addSecs(range(20, 80)))},
            {QStringLiteral("image_quality"),
             QJsonObject{{QStringLiteral("score"), between(0.75, 0.99)},
                         {QStringLiteral("glare"), false},
                         {QStringLiteral("blur"), false}}}};
        if (detail == DocumentDetail::Submitted)
            return d;
        d.insert(QStringLiteral("number"), m_documentNumber);
        d.insert(QStringLiteral("issue_date"), date(m_issueDate));
        d.insert(QStringLiteral("expiry_date"), date(m_expiryDate));
        if (m_documentType != QLatin1String("driving_licence"))
            d.insert(QStringLiteral("mrz"), mrz());
        d.insert(QStringLiteral("authenticity"), authenticity(0.9, 0.995, 0));
        d.insert(QStringLiteral("fraud_indicators"), QJsonArray());
        d.insert(QStringLiteral("analyzed_at"), timestamp(m_sessionStart.addSecs(range(90, 150))));
        return d;
    }

    QJsonObject faceMatch(bool pass)
    {
        const double threshold = 0.8;
        const double score = pass ? between(0.82, 0.995) : between(0.2, 0.78);
        return {{QStringLiteral("score"), score},
                {QStringLiteral("threshold"), threshold},
                {QStringLiteral("passed"), score >= threshold}};
    }

    QJsonObject liveness(bool pass)
    {
        return {{QStringLiteral("passed"), pass},
                {QStringLiteral("score"), pass ? between(0.9, 0.999) : between(0.05, 0.45)},
                {QStringLiteral("method"), pick(livenessMethods)},
                {QStringLiteral("attempts"), pass ? range(1, 2) : range(1, 5)}};
    }

    QJsonObject biometrics(bool facePass, bool livenessPass)
    {
        return {{QStringLiteral("face_match"), faceMatch(facePass)},
                {QStringLiteral("liveness"), liveness(livenessPass)},
                {QStringLiteral("checked_at"), timestamp(m_sessionStart.addSecs(range(150, 240)))}};
    }

    enum class AmlOutcome
    {
        Clear,
        Match,
    };

    QJsonObject watchlistMatch()
    {
        const QString list = pick(watchlists);
        const int kind = range(0, 3);
        QString matched = m_family.toUpper() + QStringLiteral(", ") + m_given;
        QString type = QStringLiteral("exact");
        if (kind == 1) {
            matched = m_given + QLatin1Char(' ') + m_family.left(m_family.size() - 1) +
                      QStringLiteral("y");
            type = QStringLiteral("fuzzy");
        } else if (kind == 2) {
            matched = m_given.left(1) + QStringLiteral(". ") + m_family;
            type = QStringLiteral("alias");
        } else if (kind == 3) {
            type = QStringLiteral("phonetic");
        }
        const double score =
            type == QLatin1String("exact") ? between(0.9, 0.99) : between(0.6, 0.92);
        static const char *const actions[] = {"review", "enhanced_due_diligence", "reject"};
        const QString action =
            str(actions[score > 0.93 && list != QLatin1String("PEP") ? 2 : (score > 0.8 ? 1 : 0)]);
        QJsonObject m{
            {QStringLiteral("list"), list},
            {QStringLiteral("entry_id"), QString(list.left(2) + QLatin1Char('-') + digits(6))},
            {QStringLiteral("matched_name"), matched},
            {QStringLiteral("score"), score},
            {QStringLiteral("match_type"), type},
            {QStringLiteral("entity_type"), QStringLiteral("person")},
            {QStringLiteral("country"), country()},
            {QStringLiteral("recommended_action"), action}};
        if (chance(0.6))
            m.insert(QStringLiteral("date_of_birth"), date(m_dob.addDays(range(-400, 400))));
        return m;
    }

    QJsonObject adverseMedia()
    {
        const QString category = pick(mediaCategories);
        const QString headline = m_family + QStringLiteral(" named in ") +
                                 QString(category).replace(QLatin1Char('_'), QLatin1Char(' ')) +
                                 QStringLiteral(" inquiry");
        return {{QStringLiteral("source"), pick(mediaSources)},
                {QStringLiteral("headline"), headline},
                {QStringLiteral("category"), category},
                {QStringLiteral("published_at"), date(m_now.date().addDays(-range(10, 2000)))},
                {QStringLiteral("score"), between(0.4, 0.95)},
                {QStringLiteral("url"),
                 QString(QStringLiteral("https://news.example.com/articles/") + digits(8))}};
    }

    QJsonObject aml(AmlOutcome outcome)
    {
        QJsonArray lists;
        for (size_t i = 0; i < tableSize(watchlists); ++i) {
            if (i == 0 || chance(0.7))
                lists.append(str(watchlists[i]));
        }
        QJsonArray matches;
        QJsonArray media;
        QString sanctions = QStringLiteral("clear");
        QString pep = QStringLiteral("none");
        QString action = QStringLiteral("none");
        double risk = between(0.01, 0.15);
        if (outcome == AmlOutcome::Match) {
            const int n = range(1, 3);
            int strongest = 0;
            static const char *const order[] = {"review", "enhanced_due_diligence", "reject"};
            for (int i = 0; i < n; ++i) {
                const QJsonObject m = watchlistMatch();
                matches.append(m);
                const QString a = m.value(QLatin1String("recommended_action")).toString();
                for (int k = 0; k < 3; ++k) {
                    if (a == QLatin1String(order[k]))
                        strongest = qMax(strongest, k);
                }
                if (m.value(QLatin1String("list")).toString() == QLatin1String("PEP"))
                    pep = QStringLiteral("potential_match");
            }
            action = str(order[strongest]);
            sanctions = strongest == 2 && chance(0.5) ? QStringLiteral("confirmed_match")
                                                      : QStringLiteral("potential_match");
            if (chance(0.5))
                media.append(adverseMedia());
            risk = between(0.55, 0.98);
        }
        return {{QStringLiteral("screening_id"), m_screeningId},
                {QStringLiteral("screened_at"), timestamp(m_sessionStart.addSecs(range(240, 300)))},
                {QStringLiteral("lists_checked"), lists},
                {QStringLiteral("watchlist_matches"), matches},
                {QStringLiteral("sanctions"), sanctions},
                {QStringLiteral("pep"), pep},
                {QStringLiteral("adverse_media"), media},
                {QStringLiteral("risk_score"), risk},
                {QStringLiteral("recommended_action"), action}};
    }

    QJsonObject dossier(const QString &status)
    {
        static const char *const risks[] = {"low", "medium", "high", nullptr};
        QJsonArray verifications{m_verificationId};
        if (chance(0.3))
            verifications.prepend(id("vrf_"));
        return {{QStringLiteral("id"), m_dossierId},
                {QStringLiteral("status"), status},
                {QStringLiteral("customer_id"), m_customerId},
                {QStringLiteral("verification_ids"), verifications},
                {QStringLiteral("document_count"), range(1, 4)},
                {QStringLiteral("risk_level"), pick(risks)},
                {QStringLiteral("created_at"), timestamp(m_customerSince.addSecs(range(60, 600)))}};
    }

    QJsonObject decision(bool approved)
    {
        const bool reviewer = chance(0.4);
        QJsonObject d{{QStringLiteral("id"), m_decisionId},
                      {QStringLiteral("outcome"),
                       approved ? QStringLiteral("approved") : QStringLiteral("rejected")},
                      {QStringLiteral("decided_by"),
                       reviewer ? QStringLiteral("reviewer") : QStringLiteral("automatic")},
                      {QStringLiteral("decided_at"), ago(1, 60)}};
        if (reviewer) {
            d.insert(
                QStringLiteral("reviewer_id"),
                QString(QStringLiteral("usr_") + letters(8, "0123456789abcdefghjkmnpqrstvwxyz")));
            d.insert(QStringLiteral("notes"),
                     approved ? QStringLiteral(
                                    "Documents consistent; watchlist hit dismissed as a namesake.")
                              : QStringLiteral("Document photo does not match the selfie."));
        }
        if (!approved)
            d.insert(QStringLiteral("reasons"), reasons(reasonsReject, 2));
        return d;
    }

    QString dossierId() const { return m_dossierId; }
    QDateTime now() const { return m_now; }
    QDateTime sessionStart() const { return m_sessionStart; }
    QDate &expiryDate() { return m_expiryDate; }
    QDate &issueDate() { return m_issueDate; }

private:
    std::mt19937_64 m_rng;
    QDateTime m_now;
    const CountryData *m_country = nullptr;
    const City *m_city = nullptr;
    bool m_female = false;
    QString m_given, m_middle, m_family, m_street, m_postalCode;
    int m_houseNumber = 1;
    QDate m_dob, m_issueDate, m_expiryDate;
    QString m_customerId, m_verificationId, m_documentId, m_screeningId, m_dossierId, m_decisionId;
    QString m_externalRef, m_documentType, m_documentNumber;
    QDateTime m_sessionStart, m_customerSince;
};

using Builder = std::function<QJsonObject(Story &)>;

QJsonObject verificationOutcome(Story &s, const QString &status, const QString &decision)
{
    using CD = Story::CustomerDetail;
    using DD = Story::DocumentDetail;
    QJsonObject v = s.verification(status);
    const bool approved = decision == QLatin1String("approved");
    const bool review = decision == QLatin1String("review");
    const bool rejected = decision == QLatin1String("rejected");
    v.insert(QStringLiteral("decision"), decision);
    v.insert(QStringLiteral("confidence"), approved ? s.between(0.9, 0.999) : s.between(0.4, 0.85));
    v.insert(QStringLiteral("manual_review"), review || (rejected && s.chance(0.3)));
    if (review)
        v.insert(QStringLiteral("processing_method"), QStringLiteral("hybrid"));
    if (rejected)
        v.insert(QStringLiteral("reason_codes"), s.reasons(reasonsReject, 2));
    if (review)
        v.insert(QStringLiteral("reason_codes"), s.reasons(reasonsReview, 2));
    if (status != QLatin1String("review_required"))
        v.insert(QStringLiteral("completed_at"), s.ago(1, 30));
    QJsonObject doc = s.document(approved ? QStringLiteral("approved") : QStringLiteral("analyzed"),
                                 DD::Analyzed);
    if (rejected && s.chance(0.5)) {
        doc.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        doc.insert(QStringLiteral("rejection_reason"), QStringLiteral("document_tampered"));
        doc.insert(QStringLiteral("fraud_indicators"), s.fraudIndicators(s.range(1, 2), 0.6, 0.97));
        doc.insert(QStringLiteral("authenticity"), s.authenticity(0.1, 0.5, 2));
    }
    const bool amlMatch = review ? s.chance(0.7) : (rejected ? s.chance(0.3) : false);
    return {{QStringLiteral("verification"), v},
            {QStringLiteral("document"), doc},
            {QStringLiteral("biometrics"), s.biometrics(!rejected || s.chance(0.5), true)},
            {QStringLiteral("customer"), s.customer(CD::Full)},
            {QStringLiteral("aml"),
             s.aml(amlMatch ? Story::AmlOutcome::Match : Story::AmlOutcome::Clear)},
            {QStringLiteral("compliance"), s.compliance()}};
}

QJsonObject identityDocument(Story &s, const QString &status)
{
    using DD = Story::DocumentDetail;
    const bool submitted = status == QLatin1String("submitted");
    if (status == QLatin1String("expired")) {
        // An old document: expired between a day and three years ago.
        s.expiryDate() = s.now().date().addDays(-s.range(1, 3 * 365));
        s.issueDate() = s.expiryDate().addYears(-10).addDays(1);
    }
    QJsonObject doc = s.document(status, submitted ? DD::Submitted : DD::Analyzed);
    if (status == QLatin1String("rejected")) {
        const QString reason = s.pick(reasonsDocument);
        doc.insert(QStringLiteral("rejection_reason"), reason);
        if (reason == QLatin1String("document_tampered")) {
            doc.insert(QStringLiteral("fraud_indicators"),
                       s.fraudIndicators(s.range(1, 3), 0.55, 0.99));
            doc.insert(QStringLiteral("authenticity"), s.authenticity(0.05, 0.45, 2));
        }
    } else if (status == QLatin1String("expired")) {
        doc.insert(QStringLiteral("rejection_reason"), QStringLiteral("document_expired"));
    } else if (status == QLatin1String("analyzed") && s.chance(0.25)) {
        doc.insert(QStringLiteral("fraud_indicators"), s.fraudIndicators(1, 0.05, 0.3));
    }
    QJsonObject out{{QStringLiteral("document"), doc},
                    {QStringLiteral("verification"), s.verificationRef()},
                    {QStringLiteral("compliance"), s.compliance()}};
    if (!submitted)
        out.insert(QStringLiteral("customer"), s.customer(Story::CustomerDetail::Extracted));
    return out;
}

const QHash<QString, Builder> &builders()
{
    using CD = Story::CustomerDetail;
    static const QHash<QString, Builder> table = {
        {QStringLiteral("verification.started"),
         [](Story &s) {
             QJsonObject v = s.verification(QStringLiteral("started"));
             v.insert(QStringLiteral("expires_at"), s.timestamp(s.sessionStart().addDays(7)));
             return QJsonObject{{QStringLiteral("verification"), v},
                                {QStringLiteral("customer"), s.customer(CD::Reference)},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("verification.completed"),
         [](Story &s) {
             const int roll = s.range(0, 99);
             const QString decision = roll < 70   ? QStringLiteral("approved")
                                      : roll < 85 ? QStringLiteral("rejected")
                                                  : QStringLiteral("review");
             return verificationOutcome(s, QStringLiteral("completed"), decision);
         }},
        {QStringLiteral("verification.approved"),
         [](Story &s) {
             return verificationOutcome(s, QStringLiteral("approved"), QStringLiteral("approved"));
         }},
        {QStringLiteral("verification.rejected"),
         [](Story &s) {
             return verificationOutcome(s, QStringLiteral("rejected"), QStringLiteral("rejected"));
         }},
        {QStringLiteral("verification.review_required"),
         [](Story &s) {
             return verificationOutcome(s, QStringLiteral("review_required"),
                                        QStringLiteral("review"));
         }},
        {QStringLiteral("verification.resubmission_requested"),
         [](Story &s) {
             QJsonObject v = s.verification(QStringLiteral("resubmission_requested"));
             const QJsonArray reasons = s.reasons(reasonsCapture, 2);
             v.insert(QStringLiteral("decision"), QStringLiteral("resubmit"));
             v.insert(QStringLiteral("reason_codes"), reasons);
             v.insert(QStringLiteral("expires_at"), s.timestamp(s.now().addDays(3)));
             QJsonObject doc =
                 s.document(QStringLiteral("rejected"), Story::DocumentDetail::Submitted);
             doc.insert(QStringLiteral("rejection_reason"), reasons.first());
             doc.insert(
                 QStringLiteral("image_quality"),
                 QJsonObject{
                     {QStringLiteral("score"), s.between(0.1, 0.5)},
                     {QStringLiteral("glare"), reasons.contains(QStringLiteral("glare_detected"))},
                     {QStringLiteral("blur"), reasons.contains(QStringLiteral("blurry_image"))}});
             return QJsonObject{{QStringLiteral("verification"), v},
                                {QStringLiteral("document"), doc},
                                {QStringLiteral("customer"), s.customer(CD::Reference)},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("verification.expired"),
         [](Story &s) {
             QJsonObject v = s.verification(QStringLiteral("expired"));
             v.insert(QStringLiteral("created_at"),
                      s.timestamp(s.now().addDays(-7).addSecs(-s.range(60, 3600))));
             v.insert(QStringLiteral("expires_at"), s.ago(1, 600));
             return QJsonObject{{QStringLiteral("verification"), v},
                                {QStringLiteral("customer"), s.customer(CD::Reference)},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("identity_document.submitted"),
         [](Story &s) {
             return identityDocument(s, QStringLiteral("submitted"));
         }},
        {QStringLiteral("identity_document.analyzed"),
         [](Story &s) {
             return identityDocument(s, QStringLiteral("analyzed"));
         }},
        {QStringLiteral("identity_document.approved"),
         [](Story &s) {
             return identityDocument(s, QStringLiteral("approved"));
         }},
        {QStringLiteral("identity_document.rejected"),
         [](Story &s) {
             return identityDocument(s, QStringLiteral("rejected"));
         }},
        {QStringLiteral("identity_document.expired"),
         [](Story &s) {
             return identityDocument(s, QStringLiteral("expired"));
         }},
        {QStringLiteral("biometric.liveness_passed"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("biometrics"),
                                 QJsonObject{{QStringLiteral("liveness"), s.liveness(true)},
                                             {QStringLiteral("checked_at"), s.ago(1, 120)}}},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("biometric.liveness_failed"),
         [](Story &s) {
             return QJsonObject{
                 {QStringLiteral("biometrics"),
                  QJsonObject{{QStringLiteral("liveness"), s.liveness(false)},
                              {QStringLiteral("checked_at"), s.ago(1, 120)}}},
                 {QStringLiteral("verification"), s.verificationRef()},
                 {QStringLiteral("reason_codes"), QJsonArray{QStringLiteral("liveness_failed")}},
                 {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("biometric.face_match_completed"),
         [](Story &s) {
             QJsonObject b{{QStringLiteral("face_match"), s.faceMatch(s.chance(0.85))},
                           {QStringLiteral("checked_at"), s.ago(1, 120)}};
             if (s.chance(0.5))
                 b.insert(QStringLiteral("liveness"), s.liveness(true));
             return QJsonObject{{QStringLiteral("biometrics"), b},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("aml_screening.completed"),
         [](Story &s) {
             const auto outcome =
                 s.chance(0.3) ? Story::AmlOutcome::Match : Story::AmlOutcome::Clear;
             return QJsonObject{{QStringLiteral("aml"), s.aml(outcome)},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("aml_screening.match_found"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("aml"), s.aml(Story::AmlOutcome::Match)},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("aml_screening.cleared"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("aml"), s.aml(Story::AmlOutcome::Clear)},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("customer.created"),
         [](Story &s) {
             QJsonObject c = s.customer(CD::Full);
             c.insert(QStringLiteral("created_at"), s.ago(1, 30));
             return QJsonObject{{QStringLiteral("customer"), c},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("customer.updated"),
         [](Story &s) {
             static const char *const fields[] = {"email",   "phone", "address",
                                                  "consent", "name",  nullptr};
             QJsonObject c = s.customer(CD::Full);
             c.insert(QStringLiteral("updated_at"), s.ago(1, 30));
             QJsonArray changed;
             const int n = s.range(1, 2);
             for (int i = 0; i < n; ++i) {
                 const QString f = s.pick(fields);
                 if (!changed.contains(f))
                     changed.append(f);
             }
             return QJsonObject{{QStringLiteral("customer"), c},
                                {QStringLiteral("changed_fields"), changed},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("customer.deleted"),
         [](Story &s) {
             static const char *const why[] = {"customer_request", "retention_expired", "operator",
                                               "duplicate", nullptr};
             const QJsonObject full = s.customer(CD::Reference);
             QJsonArray erased{QStringLiteral("documents"), QStringLiteral("biometrics"),
                               QStringLiteral("personal_data")};
             if (s.chance(0.5))
                 erased.append(QStringLiteral("audit_trail_pseudonymised"));
             return QJsonObject{
                 {QStringLiteral("customer"),
                  QJsonObject{{QStringLiteral("id"), full.value(QLatin1String("id"))},
                              {QStringLiteral("external_reference"),
                               full.value(QLatin1String("external_reference"))}}},
                 {QStringLiteral("deletion"),
                  QJsonObject{{QStringLiteral("reason"), s.pick(why)},
                              {QStringLiteral("deleted_at"), s.ago(1, 30)},
                              {QStringLiteral("erased_data"), erased}}},
                 {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("dossier.created"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("dossier"), s.dossier(QStringLiteral("open"))},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("dossier.updated"),
         [](Story &s) {
             static const char *const statuses[] = {"open", "in_review", "closed", nullptr};
             static const char *const fields[] = {"status", "risk_level", "verification_ids",
                                                  "document_count", nullptr};
             QJsonObject d = s.dossier(s.pick(statuses));
             d.insert(QStringLiteral("updated_at"), s.ago(1, 30));
             QJsonArray changed{s.pick(fields)};
             return QJsonObject{{QStringLiteral("dossier"), d},
                                {QStringLiteral("changed_fields"), changed},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("decision.approved"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("decision"), s.decision(true)},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("dossier_id"), s.dossierId()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("decision.rejected"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("decision"), s.decision(false)},
                                {QStringLiteral("verification"), s.verificationRef()},
                                {QStringLiteral("customer"), s.customer(CD::Full)},
                                {QStringLiteral("dossier_id"), s.dossierId()},
                                {QStringLiteral("compliance"), s.compliance()}};
         }},
        {QStringLiteral("webhook.test"),
         [](Story &s) {
             return QJsonObject{{QStringLiteral("test"), true},
                                {QStringLiteral("ping_id"), s.id("png_")},
                                {QStringLiteral("message"),
                                 QStringLiteral("This is a test event sent by Hookline.")},
                                {QStringLiteral("triggered_by"), QStringLiteral("console")},
                                {QStringLiteral("triggered_at"), s.timestamp(s.now())}};
         }},
    };
    return table;
}

} // namespace

QDateTime SampleGenerator::referenceTime()
{
    return QDateTime(QDate(2026, 11, 25), QTime(17, 46, 54, 123), Qt::UTC);
}

QStringList SampleGenerator::countries()
{
    QStringList out;
    for (const CountryData &c : countryTable)
        out << QLatin1String(c.code);
    return out;
}

bool SampleGenerator::canGenerate(const QString &type)
{
    return builders().contains(type);
}

std::optional<QJsonObject> SampleGenerator::generate(const QString &type, quint64 seed,
                                                     const QDateTime &now)
{
    const auto &table = builders();
    const auto it = table.constFind(type);
    if (it == table.constEnd())
        return std::nullopt;
    Story story(seed, now.isValid() ? now : referenceTime());
    return (*it)(story);
}

QByteArray SampleGenerator::generateJson(const QString &type, quint64 seed, const QDateTime &now)
{
    const auto data = generate(type, seed, now);
    return data ? QJsonDocument(*data).toJson(QJsonDocument::Compact) : QByteArray();
}

} // namespace hookline
