#include "casequeuemodel.h"
#include "casequeuepage.h"
#include "deadlinecolorproxy.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

// A queue on screen (offscreen): rows coloured by deadline with words beside the colour, search
// as you type, Enter opens the case.
class TestCaseQueuePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void coloredRowsAndLegend();
    void searchAndOpen();
    void moreFiltersAndSavedViews();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestCaseQueuePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // each queue remembers its filter: start from none
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO kontakt.appeal(reg_index, channel, status, received_at, "
                              "due_date, author_surname, "
                              " author_phone, topic_code, summary, priority) VALUES "
                              "('К-1', 'phone', 'registered', '2026-11-10', '2026-11-25', "
                              "'Коваленко', '+380671234567', '009', 'Немає гарячої води', false), "
                              "('Б-2', 'phone', 'in_progress', '2026-11-20', '2026-11-30', "
                              "'Бондар', '+380501112233', '011', 'Не вивезено сміття', true), "
                              "('Ш-3', 'email', 'registered', '2026-11-25', '2026-12-02', "
                              "'Шевчук', '+380631112233', '003', 'Яма на дорозі', false), "
                              "('Я-4', 'phone', 'registered', '2026-11-26', '2026-12-11', 'Ящук', "
                              "'+380931112233', '008', 'Довгий запис до лікаря', false)")),
        qPrintable(q.lastError().text()));
}

void TestCaseQueuePage::coloredRowsAndLegend()
{
    CaseQueueModel model(m_db->params());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] {
        return QDateTime(QDate(2026, 11, 27), QTime(12, 0),
                         QTimeZone(QByteArrayLiteral("Europe/Kyiv")));
    });
    CaseQueuePage page(QStringLiteral("test"));
    page.resize(1200, 300);
    page.setModel(&model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    model.setQuery(CaseQueueQuery());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
    QTRY_VERIFY(model.data(model.index(3, 0), CaseQueueModel::LoadedRole).toBool());
    QTest::qWait(50);

    QTableView *view = page.view();
    QAbstractItemModel *shown = view->model();
    // Sorted by term: К-1 overdue, Б-2 due on the next working day, Ш-3 within 3 days, Я-4 in time.
    QCOMPARE(shown->index(0, QueueColumns::RegIndex).data().toString(), QStringLiteral("К-1"));
    QVERIFY(shown->index(0, QueueColumns::Due).data().toString().startsWith(QStringLiteral("✖")));
    QVERIFY(
        shown->index(0, QueueColumns::Due).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(shown->index(1, QueueColumns::RegIndex)
                .data()
                .toString()
                .startsWith(QStringLiteral("★"))); // privileged
    const QImage shot = view->viewport()->grab().toImage();
    const auto pixelOfRow = [&](int row) {
        const QRect r = view->visualRect(shown->index(row, QueueColumns::Summary));
        return shot.pixelColor(r.right() - 3, r.center().y());
    };
    const auto colors = DeadlineColorProxy::defaultColors();
    QCOMPARE(pixelOfRow(0), colors.value(DeadlineState::Overdue));
    QCOMPARE(pixelOfRow(1), colors.value(DeadlineState::Urgent));
    QCOMPARE(pixelOfRow(2), colors.value(DeadlineState::Soon));
    QCOMPARE(pixelOfRow(3), colors.value(DeadlineState::Normal));
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(page.grab().save(shots + QStringLiteral("/queue_all.png")));
    }
}

void TestCaseQueuePage::searchAndOpen()
{
    CaseQueueModel model(m_db->params());
    CaseQueuePage page(QStringLiteral("test2"));
    page.setModel(&model);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QObject::connect(&page, &CaseQueuePage::filterChanged, &model, [&](const QueueFilter &f) {
        CaseQueueQuery q;
        q.search = f.search;
        model.setQuery(q);
    });
    model.setQuery(CaseQueueQuery());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("1112233"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000); // three phones end in 1112233
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0501112233"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
    QTRY_VERIFY(model.data(model.index(0, 0), CaseQueueModel::LoadedRole).toBool());
    QSignalSpy open(&page, &CaseQueuePage::openRequested);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(),
             model.data(model.index(0, 0), CaseQueueModel::IdRole).toLongLong());
}

void TestCaseQueuePage::moreFiltersAndSavedViews()
{
    CaseQueueModel model(m_db->params());
    CaseQueuePage page(QStringLiteral("test3"));
    page.setViewOwner(QStringLiteral("operator1"));
    page.setOrganisations({{7, QStringLiteral("Водоканал")}, {8, QStringLiteral("Зеленбуд")}});
    page.setOperators({{QStringLiteral("operator1"), QStringLiteral("Оксана Андрієнко")}});
    page.setModel(&model);
    page.resize(1400, 320);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page)); // shortcuts need the active window
    QObject::connect(&page, &CaseQueuePage::filterChanged, &model, [&](const QueueFilter &f) {
        CaseQueueQuery q;
        q.applyFilter(f);
        model.setQuery(q);
    });
    model.setQuery(CaseQueueQuery());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);

    // The extra filters open by keyboard (Alt+F) and the term range narrows the queue.
    auto *more = page.findChild<QToolButton *>(QStringLiteral("moreFiltersButton"));
    auto *panel = page.findChild<QWidget *>(QStringLiteral("moreFiltersPanel"));
    QVERIFY(!panel->isVisible());
    QTest::keyClick(&page, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(more->isChecked()); // a mnemonic "clicks" the button after a short animation
    QVERIFY(panel->isVisible());
    QSignalSpy changed(&page, &CaseQueuePage::filterChanged);
    auto *dueTo = page.findChild<QDateEdit *>(QStringLiteral("dueToEdit"));
    QCOMPARE(dueTo->text(), QStringLiteral("—")); // no limit until a day is chosen
    dueTo->setDate(QDate(2026, 11, 30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.filter().dueTo, QDate(2026, 11, 30));
    QVERIFY(!page.filter().dueFrom.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000); // К-1 and Б-2
    auto *executor = page.findChild<QComboBox *>(QStringLiteral("executorCombo"));
    QCOMPARE(executor->count(), 3);
    executor->setCurrentIndex(2);
    QCOMPARE(page.filter().executorOrgId, 8);
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/queue_more_filters.png")));

    // Saved under a name, reset, and brought back from the Views menu.
    page.saveView(QStringLiteral("До кінця листопада"));
    const QueueFilter saved = page.filter();
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(page.filter().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 10000);
    auto *menu = page.findChild<QMenu *>(QStringLiteral("viewsMenu"));
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction *view = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("До кінця листопада"))
            view = a;
    }
    QVERIFY(view);
    QVERIFY(!view->isChecked());
    view->trigger();
    QVERIFY(page.filter() == saved);
    QCOMPARE(page.filter().executorOrgId, 8);
    // Views belong to the login: another person does not see them.
    CaseQueuePage other(QStringLiteral("test4"));
    other.setViewOwner(QStringLiteral("operator2"));
    QVERIFY(other.savedViews().isEmpty());
    QCOMPARE(page.savedViews().keys(), QStringList{QStringLiteral("До кінця листопада")});
    page.deleteView(QStringLiteral("До кінця листопада"));
    QVERIFY(page.savedViews().isEmpty());
}

QTEST_MAIN(TestCaseQueuePage)
#include "tst_casequeuepage.moc"
