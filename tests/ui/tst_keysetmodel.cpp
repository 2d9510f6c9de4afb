#include "common/keysetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hookline;
using namespace hookline::ui;

namespace {

// A keyset-paged table over a list of numbers, newest (largest) first: the key of a row is the
// number itself. It counts its reads and can be told to fail the next one.
class NumberModel : public KeysetTableModel<int>
{
public:
    explicit NumberModel(QList<int> source, int pageSize = 3)
        : KeysetTableModel(pageSize, nullptr)
        , m_source(std::move(source))
    {}

    void setSource(QList<int> source) { m_source = std::move(source); }
    void failNextRead() { m_fail = true; }
    int refreshEmpty() { return insertFirstPage(); }
    void prepend(const QList<int> &fresh) { prependRows(fresh); }

    QList<int> shown() const { return rows(); }
    QList<int> afterKeys; // -1: the first page
    int failures = 0;
    int successes = 0;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return rows().at(index.row());
    }

protected:
    StoreResult<QList<int>> fetchPage(const int *after, int limit) const override
    {
        auto *self = const_cast<NumberModel *>(this);
        self->afterKeys << (after ? *after : -1);
        if (std::exchange(self->m_fail, false))
            return StoreError{StoreError::Code::Busy, QStringLiteral("database is locked")};
        QList<int> page;
        for (int n : m_source) {
            if ((!after || n < *after) && page.size() < limit)
                page << n;
        }
        return page;
    }
    void reportReadFailure(const StoreError &) override { ++failures; }
    void reportReadSuccess() override { ++successes; }

private:
    QList<int> m_source;
    bool m_fail = false;
};

} // namespace

class TestKeysetModel : public QObject
{
    Q_OBJECT
private slots:
    void pagesAfterTheLastRowUntilTheEnd();
    void reloadKeepsNoStaleRows();
    void failedReadStopsPagingUntilTheNextGoodRead();
    void noPageIsReadWhileAChangeIsAnnounced();
    void refreshOfAnEmptyTableInsertsWithoutReset();
};

void TestKeysetModel::pagesAfterTheLastRowUntilTheEnd()
{
    NumberModel model({9, 8, 7, 6, 5, 4, 3});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.canFetchMore({})); // nothing before the first reload
    model.reload();
    QCOMPARE(model.shown(), QList<int>({9, 8, 7}));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.shown(), QList<int>({9, 8, 7, 6, 5, 4}));
    model.fetchMore({});
    QCOMPARE(model.shown(), QList<int>({9, 8, 7, 6, 5, 4, 3}));
    // The short page was the last one: no more reads, however often the view asks.
    QVERIFY(!model.canFetchMore({}));
    const qsizetype reads = model.afterKeys.size();
    model.fetchMore({});
    QCOMPARE(model.afterKeys.size(), reads);
    // Every page started after the last row read, never at an offset.
    QCOMPARE(model.afterKeys.mid(model.afterKeys.indexOf(-1)), QList<int>({-1, 7, 4}));
}

void TestKeysetModel::reloadKeepsNoStaleRows()
{
    NumberModel model({9, 8, 7, 6, 5, 4, 3});
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    // Another filter: only its first page, nothing left over from the old rows.
    model.setSource({20, 10});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.shown(), QList<int>({20, 10}));
    QVERIFY(!model.canFetchMore({}));
    // A failed reload shows nothing rather than the rows of before.
    model.setSource({9, 8, 7, 6});
    model.reload();
    QVERIFY(model.canFetchMore({}));
    model.failNextRead();
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failures, 1);
}

void TestKeysetModel::failedReadStopsPagingUntilTheNextGoodRead()
{
    NumberModel model({9, 8, 7, 6, 5, 4, 3});
    model.reload();
    model.failNextRead();
    model.fetchMore({});
    QCOMPARE(model.failures, 1);
    QCOMPARE(model.shown(), QList<int>({9, 8, 7})); // the rows shown stay
    // Scrolling does not hammer a failing database: only the next reload or refresh tries again.
    QVERIFY(!model.canFetchMore({}));
    const qsizetype reads = model.afterKeys.size();
    model.fetchMore({});
    QCOMPARE(model.afterKeys.size(), reads);
    model.reload();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.shown(), QList<int>({9, 8, 7, 6, 5, 4}));
}

void TestKeysetModel::noPageIsReadWhileAChangeIsAnnounced()
{
    NumberModel model({9, 8, 7, 6, 5, 4, 3, 2, 1});
    // A view asking for more from inside the model's own signals is told "not now".
    QList<bool> askedDuringSignal;
    const auto ask = [&] {
        askedDuringSignal << model.canFetchMore({});
        model.fetchMore({});
    };
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model, ask);
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, ask);
    connect(&model, &QAbstractItemModel::rowsInserted, &model, ask);
    model.reload();
    model.fetchMore({});
    QCOMPARE(askedDuringSignal, QList<bool>({false, false, false}));
    QCOMPARE(model.shown(), QList<int>({9, 8, 7, 6, 5, 4}));
    QCOMPARE(model.afterKeys, QList<int>({-1, 7}));
}

void TestKeysetModel::refreshOfAnEmptyTableInsertsWithoutReset()
{
    NumberModel model({});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    model.setSource({5, 4, 3, 2});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.refreshEmpty(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.shown(), QList<int>({5, 4, 3}));
    QVERIFY(model.canFetchMore({}));
    // Newer rows go in front; the rows shown and the paging position stay.
    model.prepend({7, 6});
    QCOMPARE(model.shown(), QList<int>({7, 6, 5, 4, 3}));
    model.fetchMore({});
    QCOMPARE(model.shown(), QList<int>({7, 6, 5, 4, 3, 2}));
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestKeysetModel)
#include "tst_keysetmodel.moc"
