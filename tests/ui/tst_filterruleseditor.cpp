#include "config/endpointservice.h"
#include "endpoints/endpointdialog.h"
#include "endpoints/filterruleseditor.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

// The endpoint dialog's filter rules: a table of (path, operator, value) with all/any, errors at
// save that name the rule and mark its row.
class TestFilterRulesEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void existingFilterIsShownAndKept();
    void invalidRuleIsNamedAndMarked();

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestFilterRulesEditor::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TempDatabase>();
}

void TestFilterRulesEditor::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("bare text") << QStringLiteral("approved")
                               << QJsonValue(QStringLiteral("approved"));
    QTest::newRow("quoted text") << QStringLiteral("\"approved\"")
                                 << QJsonValue(QStringLiteral("approved"));
    QTest::newRow("number") << QStringLiteral("0.9") << QJsonValue(0.9);
    QTest::newRow("bool") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("list") << QStringLiteral("[\"DE\", \"AT\"]")
                          << QJsonValue(QJsonArray{QStringLiteral("DE"), QStringLiteral("AT")});
    QTest::newRow("empty") << QString() << QJsonValue(QJsonValue::Undefined);
}

void TestFilterRulesEditor::valuesRoundTrip()
{
    QFETCH(QString, typed);
    QFETCH(QJsonValue, value);
    FilterRulesEditor editor;
    editor.addRule(QStringLiteral("a.b"), FilterRules::Op::In, typed);
    const FilterRules rules = editor.rules();
    QCOMPARE(rules.rules.size(), 1);
    QCOMPARE(rules.rules.first().op, FilterRules::Op::In);
    QCOMPARE(rules.rules.first().value, value);
    // And back: what the table shows reads as the same rule.
    FilterRulesEditor again;
    again.setRules(rules);
    QCOMPARE(again.rules(), rules);
}

void TestFilterRulesEditor::existingFilterIsShownAndKept()
{
    Endpoint e;
    e.name = QStringLiteral("kyc");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/kyc"));
    e.filterRules = *FilterRules::parse(
        R"({"mode":"any","rules":[{"path":"verification.status","op":"=","value":"approved"},
            {"path":"document.country","op":"in","value":["DE","AT"]}]})",
        nullptr);
    const Endpoint stored = EndpointService(m_db->db()).create(e).endpoint;
    EndpointDialog dialog(m_db->db(), Environment::Sandbox, stored);
    auto *editor = dialog.findChild<FilterRulesEditor *>(QStringLiteral("filterEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->table()->rowCount(), 2);
    QCOMPARE(editor->table()->item(1, 2)->text(), QStringLiteral("[\"DE\",\"AT\"]"));
    QCOMPARE(editor->modeCombo()->currentIndex(), 1);
    QCOMPARE(dialog.draft().filterRules, stored.filterRules);
}

void TestFilterRulesEditor::invalidRuleIsNamedAndMarked()
{
    EndpointDialog dialog(m_db->db(), Environment::Sandbox);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("n"));
    dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
        ->setText(QStringLiteral("https://hooks.example.com/n"));
    auto *editor = dialog.findChild<FilterRulesEditor *>(QStringLiteral("filterEditor"));
    editor->addRule(QStringLiteral("verification.status"), FilterRules::Op::Equals,
                    QStringLiteral("approved"));
    editor->addRule(QStringLiteral("document.country"), FilterRules::Op::In, QStringLiteral("DE"));
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error_filter"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Rule 2: “in” needs a list of values")),
             qPrintable(error->text()));
    QCOMPARE(editor->table()->item(1, 0)->data(Qt::UserRole).toBool(), true);
    QCOMPARE(editor->table()->item(0, 0)->data(Qt::UserRole).toBool(), false);
    QCOMPARE(EndpointRepository(m_db->db()).count(Environment::Sandbox).value(), 0);

    editor->table()->item(1, 2)->setText(QStringLiteral("[\"DE\", \"AT\"]"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Endpoint> saved = EndpointRepository(m_db->db()).list(Environment::Sandbox).value();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().filterRules.rules.size(), 2);
    QCOMPARE(saved.first().filterRules.rules.at(1).value.toArray().size(), 2);
    QCOMPARE(editor->table()->item(1, 0)->data(Qt::UserRole).toBool(), false);
}

QTEST_MAIN(TestFilterRulesEditor)
#include "tst_filterruleseditor.moc"
