#include "dialogtesthelpers.h"
#include "outboxmodel.h"
#include "outboxwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QtTest>

// The outbox window without a database: the model (checked by QAbstractItemModelTester), the
// words for the stored keys, Retry only for an administrator on a failed message, Open case by
// Enter and double-click, filters as signals, the layout remembered between openings.
class TestOutboxWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void modelPassesTheTester();
    void rolesAndRawValues();
    void words_data();
    void words();
    void retryButton_data();
    void retryButton();
    void openCase_data();
    void openCase();
    void filtersAreSignalled();
    void selectedMessageIsShownAndKept();
    void layoutIsRemembered();
    void screenshot();

private:
    static OutboxMessage message(qint64 id, const QString &kind, const QString &status,
                                 qint64 appealId = 0);
    static QList<OutboxMessage> sample();
};

OutboxMessage TestOutboxWindow::message(qint64 id, const QString &kind, const QString &status,
                                        qint64 appealId)
{
    OutboxMessage m;
    m.id = id;
    m.kind = kind;
    m.status = status;
    m.appealId = appealId;
    m.regIndex = appealId > 0 ? QStringLiteral("К-%1/2025").arg(appealId) : QString();
    m.recipient = QStringLiteral("org_%1@example.org").arg(id);
    m.subject = QStringLiteral("Kontakt: нове доручення — звернення %1").arg(m.regIndex);
    m.body = QStringLiteral("Вашій організації доручено розгляд звернення %1\nТермін: 15.12.2025")
                 .arg(m.regIndex);
    m.createdAt = QDateTime(QDate(2025, 11, 28), QTime(9, 0)).addSecs(-60 * id);
    m.nextAttemptAt = m.createdAt;
    m.version = 1;
    if (status == QLatin1String("sent")) {
        m.attempts = 1;
        m.sentAt = m.createdAt.addSecs(30);
    } else if (status == QLatin1String("failed")) {
        m.attempts = 5;
        m.lastError = QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: User unknown "
                                     "in virtual mailbox table")
                          .arg(m.recipient);
    }
    return m;
}

QList<OutboxMessage> TestOutboxWindow::sample()
{
    QList<OutboxMessage> rows;
    rows << message(1, QStringLiteral("assignment"), QStringLiteral("queued"), 101)
         << message(2, QStringLiteral("reminder"), QStringLiteral("sent"), 102)
         << message(3, QStringLiteral("escalation_1"), QStringLiteral("sent"), 103)
         << message(4, QStringLiteral("escalation_2"), QStringLiteral("failed"), 103)
         << message(5, QStringLiteral("escalation_3"), QStringLiteral("queued"), 103)
         << message(6, QStringLiteral("rework"), QStringLiteral("sent"), 104)
         << message(7, QStringLiteral("not_competent"), QStringLiteral("failed"), 105)
         << message(8, QStringLiteral("digest"), QStringLiteral("queued"));
    rows[2].recipient =
        QStringLiteral("kerivnyk.upravlinnia.zhytlovo-komunalnoho@brovary-rada.gov.ua");
    rows[6].subject =
        QStringLiteral("Kontakt: звернення К-105/2025 повернуто як не за компетенцією "
                       "виконавця");
    return rows;
}

void TestOutboxWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutboxWindow::init()
{
    QSettings().clear(); // every test starts from the first-opening layout
}

void TestOutboxWindow::modelPassesTheTester()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
    model.setMessages(sample());
    QCOMPARE(model.rowCount(), 8);
    model.setMessages(sample().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    model.setMessages({});
    QCOMPARE(model.rowCount(), 0);
    // And behind the window's sorting proxy.
    OutboxWindow window(true);
    auto *view = window.findChild<QTableView *>(QStringLiteral("outboxView"));
    QAbstractItemModelTester proxyTester(view->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setMessages(sample());
    view->sortByColumn(OutboxModel::Attempts, Qt::AscendingOrder);
    view->sortByColumn(OutboxModel::Created, Qt::DescendingOrder);
    window.setMessages(sample().mid(2));
}

void TestOutboxWindow::rolesAndRawValues()
{
    OutboxModel model;
    model.setMessages(sample());
    const QModelIndex failed = model.index(3, OutboxModel::Status);
    QCOMPARE(failed.data(OutboxModel::IdRole).toLongLong(), 4);
    QCOMPARE(failed.data(OutboxModel::AppealIdRole).toLongLong(), 103);
    QCOMPARE(failed.data(OutboxModel::KindRole).toString(), QStringLiteral("escalation_2"));
    QCOMPARE(failed.data(OutboxModel::StatusRole).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.data(OutboxModel::VersionRole).toInt(), 1);
    QCOMPARE(failed.data().toString(), QStringLiteral("Failed"));
    QVERIFY(failed.data(Qt::ForegroundRole).isValid()); // failed ones stand out
    QVERIFY(!model.index(0, OutboxModel::Status).data(Qt::ForegroundRole).isValid());
    const QModelIndex created = model.index(0, OutboxModel::Created);
    QCOMPARE(created.data(OutboxModel::RawValueRole).toDateTime(), sample().at(0).createdAt);
    QCOMPARE(created.data().toString(),
             sample().at(0).createdAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    QCOMPARE(model.index(3, OutboxModel::Attempts).data(OutboxModel::RawValueRole).toInt(), 5);
    QVERIFY(model.index(0, OutboxModel::SentAt).data().toString().isEmpty());
    QCOMPARE(model.index(0, OutboxModel::CaseIndex).data().toString(),
             QStringLiteral("К-101/2025"));
    QCOMPARE(model.index(3, OutboxModel::LastError).data(Qt::ToolTipRole).toString(),
             sample().at(3).lastError);
    QCOMPARE(model.headerData(OutboxModel::CaseIndex, Qt::Horizontal).toString(),
             QStringLiteral("Case index"));
    QCOMPARE(model.rowOf(7), 6);
    QCOMPARE(model.rowOf(99), -1);
}

void TestOutboxWindow::words_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("word");
    QTest::newRow("assignment") << "assignment"
                                << "Assignment";
    QTest::newRow("reminder") << "reminder"
                              << "Reminder";
    QTest::newRow("escalation 1") << "escalation_1"
                                  << "Escalation, level 1";
    QTest::newRow("escalation 2") << "escalation_2"
                                  << "Escalation, level 2";
    QTest::newRow("escalation 3") << "escalation_3"
                                  << "Escalation, level 3";
    QTest::newRow("rework") << "rework"
                            << "Rework";
    QTest::newRow("not competent") << "not_competent"
                                   << "Not competent";
    QTest::newRow("a newer kind stays readable") << "digest"
                                                 << "digest";
    QTest::newRow("queued") << "queued"
                            << "Queued";
    QTest::newRow("sent") << "sent"
                          << "Sent";
    QTest::newRow("failed") << "failed"
                            << "Failed";
}

void TestOutboxWindow::words()
{
    QFETCH(QString, key);
    QFETCH(QString, word);
    const bool status = OutboxKeys::statuses().contains(key);
    QCOMPARE(status ? OutboxModel::statusName(key) : OutboxModel::kindName(key), word);
}

void TestOutboxWindow::retryButton_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<int>("row"); // in sample(): 0 queued, 1 sent, 3 failed
    QTest::addColumn<bool>("enabled");
    QTest::newRow("admin, failed") << true << 3 << true;
    QTest::newRow("admin, queued") << true << 0 << false;
    QTest::newRow("admin, sent") << true << 1 << false;
    QTest::newRow("head, failed") << false << 3 << false;
}

void TestOutboxWindow::retryButton()
{
    QFETCH(bool, admin);
    QFETCH(int, row);
    QFETCH(bool, enabled);
    OutboxWindow window(admin);
    window.setMessages(sample());
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(!retry->isEnabled()); // nothing selected
    QVERIFY(window.select(sample().at(row).id));
    QCOMPARE(retry->isEnabled(), enabled);
    QSignalSpy requested(&window, &OutboxWindow::retryRequested);
    retry->click();
    QCOMPARE(requested.count(), enabled ? 1 : 0);
    if (enabled)
        QCOMPARE(requested.first().first().value<OutboxMessage>().id, sample().at(row).id);
}

void TestOutboxWindow::openCase_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Enter") << "enter";
    QTest::newRow("double-click") << "double";
    QTest::newRow("button") << "button";
}

void TestOutboxWindow::openCase()
{
    QFETCH(QString, how);
    OutboxWindow window(false);
    QVERIFY(DialogTest::showAndActivate(&window));
    window.setMessages(sample());
    auto *view = window.findChild<QTableView *>(QStringLiteral("outboxView"));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("openCaseButton"));
    QSignalSpy opened(&window, &OutboxWindow::openCaseRequested);
    QVERIFY(window.select(4));
    QVERIFY(button->isEnabled());
    if (how == QLatin1String("enter")) {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
    } else if (how == QLatin1String("double")) {
        const QRect cell = view->visualRect(view->currentIndex());
        // As a mouse does it: press and release, then the double-click and its release.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
    } else {
        button->click();
    }
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), 103);
    // A message about no case opens nothing.
    QVERIFY(window.select(8));
    QVERIFY(!button->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
}

void TestOutboxWindow::filtersAreSignalled()
{
    OutboxWindow window(false);
    QVERIFY(DialogTest::showAndActivate(&window));
    QSignalSpy changed(&window, &OutboxWindow::filterChanged);
    QSignalSpy refresh(&window, &OutboxWindow::refreshRequested);
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QCOMPARE(status->count(), 4);
    QVERIFY(window.filter().status.isEmpty());
    status->setCurrentIndex(status->findData(QStringLiteral("failed")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<OutboxFilter>().status, QStringLiteral("failed"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("org_a"));
    QCOMPARE(changed.count(), 1); // not on every key
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 3000);
    QCOMPARE(window.filter().search, QStringLiteral("org_a"));
    QCOMPARE(window.filter().status, QStringLiteral("failed"));
    QCOMPARE(window.filter().limit, OutboxFilter::kDefaultLimit);
    window.findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(refresh.count(), 2);
}

void TestOutboxWindow::selectedMessageIsShownAndKept()
{
    OutboxWindow window(true);
    auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyView"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(body->isReadOnly());
    window.setMessages(sample());
    QVERIFY(count->text().contains(QLatin1Char('8')));
    QVERIFY(body->toPlainText().isEmpty());
    QVERIFY(window.select(7));
    const QString text = body->toPlainText();
    QVERIFY(text.contains(sample().at(6).recipient));
    QVERIFY(text.contains(sample().at(6).subject));
    QVERIFY(text.contains(sample().at(6).body));
    QVERIFY(text.contains(sample().at(6).lastError));
    // A reload keeps the message selected (it moved to another row).
    QList<OutboxMessage> reloaded = sample();
    reloaded.prepend(message(9, QStringLiteral("reminder"), QStringLiteral("queued"), 106));
    window.setMessages(reloaded);
    QCOMPARE(window.selected().value_or(OutboxMessage()).id, 7);
    QCOMPARE(body->toPlainText(), text);
    // Gone from the list: nothing is selected, nothing shown.
    window.setMessages(sample().mid(0, 2));
    QVERIFY(!window.selected());
    QVERIFY(body->toPlainText().isEmpty());
}

void TestOutboxWindow::layoutIsRemembered()
{
    int width = 0;
    QList<int> sizes;
    {
        OutboxWindow window(false);
        window.resize(1000, 600);
        QVERIFY(DialogTest::showAndActivate(&window));
        auto *view = window.findChild<QTableView *>(QStringLiteral("outboxView"));
        view->horizontalHeader()->resizeSection(OutboxModel::Subject, 123);
        width = view->horizontalHeader()->sectionSize(OutboxModel::Subject);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        splitter->setSizes({200, 300});
        sizes = splitter->sizes();
        window.close();
    }
    OutboxWindow again(false);
    again.resize(1000, 600);
    QVERIFY(DialogTest::showAndActivate(&again));
    QCOMPARE(again.findChild<QTableView *>(QStringLiteral("outboxView"))
                 ->horizontalHeader()
                 ->sectionSize(OutboxModel::Subject),
             width);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);
}

void TestOutboxWindow::screenshot()
{
    OutboxWindow window(true); // at its first-opening size
    QVERIFY(DialogTest::showAndActivate(&window));
    window.setMessages(sample());
    QVERIFY(window.select(4));
    window.showMessage(QStringLiteral("The message is queued again and will be sent shortly."),
                       false);
    // Every column shows its header in full at the first opening.
    auto *view = window.findChild<QTableView *>(QStringLiteral("outboxView"));
    for (int c = 0; c < OutboxModel::ColumnCount; ++c) {
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(view->horizontalHeader()->sectionSize(c) >
                     view->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    QVERIFY(DialogTest::shot(&window, QStringLiteral("outbox")));
}

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
