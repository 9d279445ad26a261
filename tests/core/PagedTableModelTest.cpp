#include "ui/PagedTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace shopdesk;

namespace {

// A list of 1,000 numbers that reads a page at a time, as a service would: after the cursor (the
// last number read), in the model's order, only the even ones while `evenOnly` is set; it counts
// its reads and fails while `failing` is set.
struct FakeNumbers
{
    int total = 1000;
    bool evenOnly = false;
    bool failing = false;
    int reads = 0;
    QList<PageCursor> cursors; // every cursor it was asked for

    Result<Page<int>> read(const PageCursor &after, int pageSize, bool descending)
    {
        ++reads;
        cursors << after;
        if (failing)
            return fail(QStringLiteral("The shared file cannot be read."));
        QList<int> rows;
        const int start =
            after.atStart() ? (descending ? total : 1) : after.after.constFirst().toInt() + (descending ? -1 : 1);
        for (int n = start; n >= 1 && n <= total && rows.size() <= pageSize; n += descending ? -1 : 1)
            if (!evenOnly || n % 2 == 0)
                rows << n;
        return pageOf(std::move(rows), pageSize, [](int n) { return PageCursor{{n}}; });
    }
};

struct Numbers
{
    FakeNumbers source;
    PagedList<int> model;

    explicit Numbers(int pageSize = 100)
        : model(
            {QStringLiteral("Number"), QStringLiteral("Twice")},
            [](int n, int column) { return QString::number(column == 0 ? n : 2 * n); },
            [this](const PageCursor &after, int size) {
                return source.read(after, size, model.sortOrder() == Qt::DescendingOrder);
            },
            pageSize, nullptr)
    {
    }
    int at(int row) const { return *model.rowAt(row); }
};

} // namespace

// Issue 12: the one paged table model that lists that grow share.
class PagedTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void issue12_onlyTheFirstPageIsReadAtFirst()
    {
        Numbers n;
        QCOMPARE(n.model.rowCount(), 0); // nothing before the first reload
        QCOMPARE(n.source.reads, 0);
        QCOMPARE(n.model.reload(), QString());
        QCOMPARE(n.source.reads, 1);
        QVERIFY(n.source.cursors.first().atStart());
        QCOMPARE(n.model.rowCount(), 100);
        QCOMPARE(n.model.columnCount(), 2);
        QCOMPARE(n.at(0), 1);
        QCOMPARE(n.at(99), 100);
        QVERIFY(!n.model.rowAt(100));
        QVERIFY(n.model.canFetchMore({}));
        QCOMPARE(n.model.index(5, 1).data().toString(), QStringLiteral("12"));
        QCOMPARE(n.model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Twice"));
    }

    void issue12_fetchMoreReadsTheNextPageAfterTheLastRow()
    {
        Numbers n;
        n.model.reload();
        QSignalSpy inserted(&n.model, &QAbstractItemModel::rowsInserted);
        n.model.fetchMore({});
        QCOMPARE(n.source.reads, 2);
        QCOMPARE(n.source.cursors.last().after, QVariantList{100}); // the keyset: after the last row read
        QCOMPARE(n.model.rowCount(), 200);
        QCOMPARE(n.at(100), 101);
        QCOMPARE(n.at(199), 200);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 100);
        QCOMPARE(inserted.first().at(2).toInt(), 199);
    }

    void issue12_itStopsAtTheEnd()
    {
        Numbers n;
        n.model.reload();
        while (n.model.canFetchMore({}))
            n.model.fetchMore({});
        QCOMPARE(n.model.rowCount(), 1000);
        QCOMPARE(n.source.reads, 10); // ten pages of 100, and no empty read to find the end
        QCOMPARE(n.at(999), 1000);
        n.model.fetchMore({}); // a view asking again reads nothing
        QCOMPARE(n.source.reads, 10);
        QCOMPARE(n.model.rowCount(), 1000);
    }

    void issue12_aFilterChangeStartsAgainFromTheFirstPage()
    {
        Numbers n;
        n.model.reload();
        n.model.fetchMore({});
        n.model.fetchMore({});
        QCOMPARE(n.model.rowCount(), 300);
        QSignalSpy reset(&n.model, &QAbstractItemModel::modelReset);
        n.source.evenOnly = true;
        n.model.reload();
        QCOMPARE(reset.size(), 1); // one reset, with the first page already in it
        QVERIFY(n.source.cursors.last().atStart());
        QCOMPARE(n.model.rowCount(), 100);
        QCOMPARE(n.at(0), 2);
        QCOMPARE(n.at(99), 200);
        while (n.model.canFetchMore({}))
            n.model.fetchMore({});
        QCOMPARE(n.model.rowCount(), 500);
        QCOMPARE(n.at(499), 1000);
    }

    void issue12_aFailingPageKeepsTheRowsShownAndSaysWhy()
    {
        Numbers n;
        n.model.reload();
        n.model.fetchMore({});
        QSignalSpy failed(&n.model, &PagedTableModel::pageFailed);
        n.source.failing = true;
        n.model.fetchMore({});
        QCOMPARE(n.model.rowCount(), 200);
        QCOMPARE(n.at(199), 200);
        QCOMPARE(n.model.lastError(), QStringLiteral("The shared file cannot be read."));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), n.model.lastError());
        // Scrolling does not ask again and again; a reload does, and clears the error.
        QVERIFY(!n.model.canFetchMore({}));
        const int reads = n.source.reads;
        n.model.fetchMore({});
        QCOMPARE(n.source.reads, reads);
        n.source.failing = false;
        QCOMPARE(n.model.reload(), QString());
        QCOMPARE(n.model.lastError(), QString());
        QCOMPARE(n.model.rowCount(), 100);
        QVERIFY(n.model.canFetchMore({}));
        // A first page that cannot be read leaves an empty list and the reason.
        n.source.failing = true;
        QCOMPARE(n.model.reload(), QStringLiteral("The shared file cannot be read."));
        QCOMPARE(n.model.rowCount(), 0);
        QVERIFY(!n.model.canFetchMore({}));
    }

    void issue12_anOrderChangeReadsTheFirstPageInThatOrder()
    {
        Numbers n;
        n.model.reload();
        n.model.fetchMore({});
        n.model.sort(0, Qt::DescendingOrder);
        QCOMPARE(n.model.sortColumn(), 0);
        QCOMPARE(n.model.rowCount(), 100);
        QCOMPARE(n.at(0), 1000);
        n.model.fetchMore({});
        QCOMPARE(n.at(199), 801);
        const int reads = n.source.reads;
        n.model.sort(0, Qt::DescendingOrder); // the same order again: nothing read
        QCOMPARE(n.source.reads, reads);
    }

    // Qt's model tester asks for more itself whenever the model changes, so it looks at a list
    // read to its end.
    void issue12_theRowsReadFollowTheModelRules()
    {
        Numbers n;
        n.model.reload();
        while (n.model.canFetchMore({}))
            n.model.fetchMore({});
        QAbstractItemModelTester tester(&n.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(n.model.rowCount(), 1000);
        QCOMPARE(n.model.index(999, 0).data().toString(), QStringLiteral("1000"));
        QVERIFY(!n.model.index(0, 2).isValid());
        QVERIFY(!n.model.index(1000, 0).isValid());
        QCOMPARE(n.model.rowCount(n.model.index(0, 0)), 0); // a table: no children
        QVERIFY(!n.model.canFetchMore(n.model.index(0, 0)));
    }

    void issue12_aViewReadsTheNextPageWhenScrolledToTheEnd()
    {
        Numbers n;
        n.model.reload();
        QTableView view;
        view.setModel(&n.model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QCOMPARE(n.model.rowCount(), 100); // a screenful needs no more
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QTRY_COMPARE(n.model.rowCount(), 200);
        QCOMPARE(n.source.reads, 2);
    }
};

int runPagedTableModelTest(int argc, char **argv)
{
    PagedTableModelTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PagedTableModelTest.moc"
