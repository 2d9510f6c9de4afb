#include "common/displaytext.h"
#include "common/localization.h"
#include "support/testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hookline;

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\d"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void complete_data();
    void complete();
    void compiledIn_data();
    void compiledIn();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Syncs a copy of the .ts with the sources (as `ninja update_translations` would) and requires
// that nothing is unfinished, vanished or obsolete: a string added, changed or removed in ui/ or
// text/ without updating both translations fails here.
void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QString name = QStringLiteral("hookline_%1.ts").arg(language);
    const QString checkedIn = hookline::test::sourceDir() + QStringLiteral("/translations/") + name;
    QTemporaryDir dir;
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(checkedIn, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString lupdate =
        QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate + QStringLiteral(" is missing")));
    QProcess process;
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   hookline::test::sourceDir() + QStringLiteral("/ui"),
                   hookline::test::sourceDir() + QStringLiteral("/text"), QStringLiteral("-ts"),
                   copy});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(" — ") + where;
        else if (m.translation.trimmed().isEmpty())
            problems << QStringLiteral("empty — ") + where;
        else if (placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("placeholders differ — ") + where;
        else if (m.source.contains(QLatin1Char('&')) && !m.source.contains(QLatin1String("& ")) &&
                 !m.translation.contains(QLatin1Char('&')))
            problems << QStringLiteral("accelerator lost — ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("paused");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Pausiert");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("En pause");
}

void TestTranslations::compiledIn()
{
    QFETCH(QString, language);
    QFETCH(QString, paused);
    QVERIFY(ui::Localization::install(*QCoreApplication::instance(), QLocale(language)));
    QCOMPARE(ui::DisplayText::state(EndpointState::Paused), paused);
    // Back to English for the next row.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(ui::DisplayText::state(EndpointState::Paused), QStringLiteral("Paused"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
