#include "config/endpointservice.h"
#include "endpoints/endpointdetailpane.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/endpointfilterproxymodel.h"
#include "endpoints/endpointspage.h"
#include "endpoints/endpointtablemodel.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {
QString stateText(const EndpointsPage &page, const QString &id)
{
    const int row = page.model()->rowOfId(id);
    return page.model()->index(row, EndpointTableModel::StateColumn).data().toString();
}
} // namespace

class TestEndpointsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void emptyStateInvitesToCreate();
    void newActionOpensDialogAndSelectsCreated();
    void deleteAsksNamingTheEndpoint_data();
    void deleteAsksNamingTheEndpoint();
    void pauseAndResumeUpdateStateColumn();
    void enterAndDoubleClickEdit_data();
    void enterAndDoubleClickEdit();
    void refreshKeepsSelection();
    void ctrlFFocusesFilterAndFilterNarrows();

private:
    QString add(const QString &name, const QString &url);
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<EndpointsPage> m_page;
};

void TestEndpointsPage::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    m_page = std::make_unique<EndpointsPage>(m_db->db());
    m_page->resize(900, 500);
}

void TestEndpointsPage::cleanup()
{
    m_page.reset();
    m_db.reset();
}

QString TestEndpointsPage::add(const QString &name, const QString &url)
{
    Endpoint e;
    e.name = name;
    e.url = QUrl(url);
    const EndpointService::Result result = EndpointService(m_db->db()).create(e);
    return result.ok() ? result.endpoint.id : QString();
}

void TestEndpointsPage::emptyStateInvitesToCreate()
{
    m_page->setEnvironment(Environment::Sandbox);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QVERIFY(title->isVisible());
    QVERIFY(title->text().contains(QStringLiteral("No endpoints in Sandbox yet")));
    QVERIFY(title->text().contains(QStringLiteral("Ctrl+N")));
    QVERIFY(!m_page->view()->isVisible());
    // The empty state has the page to itself: no "select an endpoint" under it.
    QVERIFY(!m_page->detailPane()->isVisible());

    add(QStringLiteral("a"), QStringLiteral("https://a.example.com"));
    m_page->reload();
    QVERIFY(m_page->view()->isVisible());
    QVERIFY(!title->isVisible());
    QVERIFY(m_page->detailPane()->isVisible());
}

void TestEndpointsPage::newActionOpensDialogAndSelectsCreated()
{
    m_page->setEnvironment(Environment::Live);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    EndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<EndpointDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Fresh"));
    dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))
        ->setText(QStringLiteral("https://fresh.example.com"));
    dialog->accept();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(m_page->currentEndpoint());
    QCOMPARE(m_page->currentEndpoint()->name, QStringLiteral("Fresh"));
    QVERIFY(m_page->currentEndpoint()->environment == Environment::Live);
}

void TestEndpointsPage::deleteAsksNamingTheEndpoint_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancel keeps it") << false;
    QTest::newRow("confirm removes it") << true;
}

void TestEndpointsPage::deleteAsksNamingTheEndpoint()
{
    QFETCH(bool, confirm);
    const QString keep = add(QStringLiteral("Keeper"), QStringLiteral("https://keep.example.com"));
    const QString doomed =
        add(QStringLiteral("Doomed"), QStringLiteral("https://doomed.example.com"));
    m_page->setEnvironment(Environment::Sandbox);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->selectEndpoint(doomed);
    m_page->view()->setFocus();
    QTRY_VERIFY(m_page->view()->hasFocus());
    QTest::keyClick(m_page->view(), Qt::Key_Delete);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))) &&
                box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Doomed")), qPrintable(box->text()));
    // Nothing is removed while the question is open.
    QCOMPARE(EndpointRepository(m_db->db()).count(Environment::Sandbox).value(), 2);
    if (confirm)
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
    else
        box->button(QMessageBox::Cancel)->click();

    const int expected = confirm ? 1 : 2;
    QTRY_COMPARE(m_page->model()->rowCount(), expected);
    QCOMPARE(EndpointRepository(m_db->db()).count(Environment::Sandbox).value(), expected);
    QCOMPARE(EndpointRepository(m_db->db()).find(doomed).value().has_value(), !confirm);
    QVERIFY(EndpointRepository(m_db->db()).find(keep).value().has_value());
    // The cursor stays on a row so the next action needs no mouse.
    QVERIFY(m_page->currentEndpoint());
}

void TestEndpointsPage::pauseAndResumeUpdateStateColumn()
{
    const QString id = add(QStringLiteral("Pausable"), QStringLiteral("https://p.example.com"));
    m_page->setEnvironment(Environment::Sandbox);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->selectEndpoint(id);
    QCOMPARE(stateText(*m_page, id), QStringLiteral("Active"));
    QVERIFY(m_page->pauseAction()->isEnabled());
    QVERIFY(!m_page->resumeAction()->isEnabled());

    m_page->pauseAction()->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_page->findChild<QInputDialog *>(QStringLiteral("pauseDialog"))) &&
                ask->isVisible());
    QVERIFY(ask->labelText().contains(QStringLiteral("Pausable")));
    ask->setTextValue(QStringLiteral("receiver maintenance"));
    ask->accept();

    QTRY_COMPARE(stateText(*m_page, id), QStringLiteral("Paused"));
    const int row = m_page->model()->rowOfId(id);
    QVERIFY(m_page->model()
                ->index(row, EndpointTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("receiver maintenance")));
    QVERIFY(EndpointRepository(m_db->db()).find(id).value()->state == EndpointState::Paused);
    QVERIFY(!m_page->pauseAction()->isEnabled());
    QVERIFY(m_page->resumeAction()->isEnabled());

    m_page->resumeAction()->trigger();
    QCOMPARE(stateText(*m_page, id), QStringLiteral("Active"));
    QVERIFY(EndpointRepository(m_db->db()).find(id).value()->state == EndpointState::Active);
    QVERIFY(m_page->currentEndpoint() && m_page->currentEndpoint()->id == id);
}

void TestEndpointsPage::enterAndDoubleClickEdit_data()
{
    QTest::addColumn<bool>("doubleClick");
    QTest::newRow("Enter") << false;
    QTest::newRow("double-click") << true;
}

void TestEndpointsPage::enterAndDoubleClickEdit()
{
    QFETCH(bool, doubleClick);
    const QString id = add(QStringLiteral("Editable"), QStringLiteral("https://e.example.com"));
    m_page->setEnvironment(Environment::Sandbox);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->selectEndpoint(id);
    m_page->view()->setFocus();
    if (doubleClick) {
        const QRect cell = m_page->view()->visualRect(m_page->proxy()->index(0, 0));
        // A real double-click starts with a click; the view only reacts to a pressed index.
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    } else {
        QTest::keyClick(m_page->view(), Qt::Key_Return);
    }
    EndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<EndpointDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isEditing());
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Edited"));
    dialog->accept();
    QCOMPARE(m_page->model()->index(0, EndpointTableModel::NameColumn).data().toString(),
             QStringLiteral("Edited"));
    QVERIFY(m_page->currentEndpoint() && m_page->currentEndpoint()->id == id);
}

void TestEndpointsPage::refreshKeepsSelection()
{
    add(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    const QString b = add(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    m_page->setEnvironment(Environment::Sandbox);
    m_page->selectEndpoint(b);
    // A change made elsewhere (e.g. by hooklinectl) arrives with the next reload.
    add(QStringLiteral("0 first"), QStringLiteral("https://c.example.com"));
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 3);
    QVERIFY(m_page->currentEndpoint());
    QCOMPARE(m_page->currentEndpoint()->id, b);
}

void TestEndpointsPage::ctrlFFocusesFilterAndFilterNarrows()
{
    add(QStringLiteral("KYC"), QStringLiteral("https://kyc.example.com"));
    add(QStringLiteral("CRM"), QStringLiteral("https://crm.example.com"));
    m_page->setEnvironment(Environment::Sandbox);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("endpointFilter"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("crm"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    QTRY_VERIFY(title->isVisible());
    QVERIFY(title->text().contains(QStringLiteral("filter")));
    m_page->findChild<QPushButton *>(QStringLiteral("clearFilterButton"))->click();
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QVERIFY(m_page->view()->isVisible());
}

QTEST_MAIN(TestEndpointsPage)
#include "tst_endpointspage.moc"
