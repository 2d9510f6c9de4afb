#include "audit/auditlog.h"
#include "audit/auditpage.h"
#include "audit/audittablemodel.h"
#include "common/errorlabel.h"
#include "config/endpointservice.h"
#include "security/memorysecretstore.h"
#include "support/tempdatabase.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsNewestFirstLazily();
    void filtersByAction();
    void bannerShowsVerificationState();
    void detailsShowTheJson();
    void readErrorIsShownNotAnEmptyLog();
};

namespace {
void appendMany(QSqlDatabase db, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(!AuditLog::append(
            db, i % 2 ? QStringLiteral("endpoint.update") : QStringLiteral("key.rotate"),
            QStringLiteral("obj_%1").arg(i), QJsonObject{{QStringLiteral("n"), i}}));
}
} // namespace

void TestAuditPage::listsNewestFirstLazily()
{
    test::TempDatabase db;
    appendMany(db.db(), 450);
    MemorySecretStore secrets;
    AuditPage page(db.db(), db.path(), &secrets);
    QCOMPARE(page.model()->rowCount(), AuditTableModel::kPageSize);
    QCOMPARE(page.model()->entry(0).seq, 450);
    QVERIFY(page.model()->canFetchMore({}));
    page.model()->fetchMore({});
    page.model()->fetchMore({});
    QCOMPARE(page.model()->rowCount(), 450);
    QCOMPARE(page.model()->entry(449).seq, 1);
    QVERIFY(!page.model()->canFetchMore({}));
}

void TestAuditPage::filtersByAction()
{
    test::TempDatabase db;
    appendMany(db.db(), 10);
    MemorySecretStore secrets;
    AuditPage page(db.db(), db.path(), &secrets);
    AuditQuery::Filter f;
    f.action = QStringLiteral("key.*");
    page.model()->setFilter(f);
    QCOMPARE(page.model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(page.model()->entry(row).action, QStringLiteral("key.rotate"));
}

void TestAuditPage::bannerShowsVerificationState()
{
    test::TempDatabase db;
    MemorySecretStore secrets;
    QByteArray key(32, 'k');
    secrets.write(QStringLiteral("audit/key"), key, this, [](const SecretStore::Result &) {});
    QTRY_VERIFY(!secrets.contents().isEmpty());
    AuditLog::setKey(key);
    appendMany(db.db(), 5);
    AuditPage page(db.db(), db.path(), &secrets);
    page.show();
    QTRY_VERIFY(!page.isVerifying());
    QTRY_VERIFY(page.lastReport().ok());
    QVERIFY(page.banner()->text().contains(QLatin1String("seq 5")));

    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")));
    QTest::mouseClick(page.verifyButton(), Qt::LeftButton);
    QTRY_VERIFY(!page.isVerifying());
    QCOMPARE(page.lastReport().code, AuditVerifier::Code::HashMismatch);
    QVERIFY2(page.banner()->text().contains(QLatin1String("seq 3")),
             qPrintable(page.banner()->text()));
    QVERIFY(page.banner()->text().contains(QLatin1String("key.rotate")));
}

void TestAuditPage::detailsShowTheJson()
{
    test::TempDatabase db;
    appendMany(db.db(), 3);
    MemorySecretStore secrets;
    AuditPage page(db.db(), db.path(), &secrets);
    page.view()->setCurrentIndex(page.model()->index(1, 0));
    QVERIFY(page.detailsView()->toPlainText().contains(QLatin1String("\"n\": 1")));
    QVERIFY(page.detailsView()->toPlainText().contains(QLatin1String("endpoint.update")));
}

void TestAuditPage::readErrorIsShownNotAnEmptyLog()
{
    test::TempDatabase db;
    appendMany(db.db(), 3);
    MemorySecretStore secrets;
    AuditPage page(db.db(), db.path(), &secrets);
    QCOMPARE(page.model()->rowCount(), 3);
    QVERIFY(!page.readError()->isVisibleTo(&page));

    // The log's table is gone from under the page: the read fails, and the page says so.
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_away")));
    page.reload();
    QVERIFY(page.model()->readError().has_value());
    QVERIFY2(page.model()->readError()->message.contains(QStringLiteral("no such table")),
             qPrintable(page.model()->readError()->message));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.model()->canFetchMore({}));
    QVERIFY(page.readError()->isVisibleTo(&page));
    QVERIFY2(page.readError()->text().contains(QStringLiteral("could not be read")),
             qPrintable(page.readError()->text()));

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log_away RENAME TO audit_log")));
    page.reload();
    QVERIFY(!page.model()->readError().has_value());
    QCOMPARE(page.model()->rowCount(), 3);
    QVERIFY(!page.readError()->isVisibleTo(&page));
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
