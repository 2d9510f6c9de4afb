#include "domain/retryschedule.h"

#include <QTest>

using namespace hookline;
using namespace std::chrono_literals;

class TestRetrySchedule : public QObject
{
    Q_OBJECT
private slots:
    void defaultTable_data();
    void defaultTable();
};

void TestRetrySchedule::defaultTable_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("2") << 2 << qint64(0);
}

void TestRetrySchedule::defaultTable()
{
    QFETCH(int, attempt);
    QFETCH(qint64, seconds);
    RetrySchedule s;
    QCOMPARE(s.baseDelayBefore(attempt).count(), seconds);
}

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"
