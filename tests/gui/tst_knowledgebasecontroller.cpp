#include "deadlinecalculator.h"
#include "desksession.h"
#include "kbeditorwindow.h"
#include "knowledgebasecontroller.h"
#include "knowledgebaserepository.h"
#include "mainwindow.h"
#include "staffrepository.h"
#include "workflowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// View ▸ Knowledge base… for the head: the list (an article past its review date flagged),
// editing an article, its history; a second editor with the old version is refused; the
// operator's session has no menu entry and the database refuses its save anyway.
class TestKnowledgeBaseController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuOnlyForEditors();
    void headEditsAnArticle();
    void staleEditIsRefused();

private:
    Session sessionOf(const QString &who);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    qint64 m_id = 0;
};

Session TestKnowledgeBaseController::sessionOf(const QString &who)
{
    return openDeskSession(m_db.get(), m_fx.get(), who, QStringLiteral("kb-"), this);
}

void TestKnowledgeBaseController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    KnowledgeBaseRepository head(m_fx->connectionAs(QStringLiteral("head")));
    KbArticle a;
    a.code = QStringLiteral("lift");
    a.title = QStringLiteral("Не працює ліфт");
    a.body = QStringLiteral("Зверніться до управителя будинку.");
    a.topicCodes = {QStringLiteral("010")};
    a.reviewDue = DeadlineCalculator::kyivDate(QDateTime::currentDateTime()).addDays(-3);
    bool conflict = false;
    DbError dbError;
    QVERIFY2(head.save(&a, &conflict, &dbError), qPrintable(dbError.detail));
    m_id = a.id;
    KbArticle b;
    b.title = QStringLiteral("Вивезення сміття");
    b.body = QStringLiteral("За графіком.");
    b.reviewDue = DeadlineCalculator::kyivDate(QDateTime::currentDateTime()).addYears(1);
    QVERIFY(head.save(&b, &conflict, &dbError));
}

void TestKnowledgeBaseController::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestKnowledgeBaseController::menuOnlyForEditors()
{
    const Session op = sessionOf(QStringLiteral("operator"));
    QVERIFY(!KnowledgeBaseController::mayEdit(op.info));
    const Session head = sessionOf(QStringLiteral("head"));
    QVERIFY(KnowledgeBaseController::mayEdit(head.info));
    QVERIFY(KnowledgeBaseController::mayEdit(sessionOf(QStringLiteral("admin")).info));
    MainWindow window(head.info);
    new KnowledgeBaseController(head, &window);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("kbEditorAction")));
}

void TestKnowledgeBaseController::headEditsAnArticle()
{
    const Session head = sessionOf(QStringLiteral("head"));
    MainWindow window(head.info);
    auto *controller = new KnowledgeBaseController(head, &window);
    QSignalSpy listed(controller, &KnowledgeBaseController::listLoaded);
    window.findChild<QAction *>(QStringLiteral("kbEditorAction"))->trigger();
    QTRY_COMPARE(listed.count(), 1);
    KbEditorWindow *editor = controller->editor();
    QVERIFY(editor);
    auto *list = editor->findChild<QListWidget *>(QStringLiteral("articleList"));
    QCOMPARE(list->count(), 2);
    // Sorted by title; the lift article is past its review date and flagged.
    QListWidgetItem *lift = list->item(1);
    QVERIFY(lift->text().startsWith(QStringLiteral("Не працює ліфт")));
    QVERIFY(lift->text().contains(QStringLiteral("⚑")));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QLatin1String("1")));
    list->setCurrentRow(1);
    QTRY_COMPARE(editor->currentId(), m_id);
    QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("reviewStateLabel"))->text().isEmpty());
    QTRY_COMPARE(editor->findChild<QListWidget *>(QStringLiteral("historyList"))->count(), 1);
    // Edit: new text, reviewed today.
    auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setPlainText(
        QStringLiteral("Зверніться до управителя будинку; застрягли — аварійна служба."));
    editor->findChild<QCheckBox *>(QStringLiteral("reviewedCheck"))->setChecked(true);
    QSignalSpy saved(controller, &KnowledgeBaseController::saved);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(editor->findChild<QListWidget *>(QStringLiteral("historyList"))->count(), 2);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("reviewStateLabel"))->text().isEmpty());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT review_due FROM kontakt.kb_article WHERE id = ?"),
                          {m_id})
                 .toDate(),
             DeadlineCalculator::kyivDate(QDateTime::currentDateTime()).addYears(1));
    QTRY_VERIFY(!list->findItems(QStringLiteral("Не працює ліфт"), Qt::MatchExactly).isEmpty());
    // An empty answer is not sent to the database.
    body->clear();
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("messageLabel"))
                ->text()
                .contains(QLatin1String("answer")));
    const QString shots = QString::fromLocal8Bit(qgetenv("KONTAKT_SHOTS"));
    if (!shots.isEmpty()) {
        body->setPlainText(
            QStringLiteral("Зверніться до управителя будинку; застрягли — аварійна служба."));
        editor->resize(1100, 600);
        QDir().mkpath(shots);
        QVERIFY(editor->grab().save(QDir(shots).filePath(QStringLiteral("kb_editor.png"))));
    }
}

void TestKnowledgeBaseController::staleEditIsRefused()
{
    const Session head = sessionOf(QStringLiteral("head"));
    MainWindow window(head.info);
    auto *controller = new KnowledgeBaseController(head, &window);
    controller->open();
    KbEditorWindow *editor = controller->editor();
    auto *list = editor->findChild<QListWidget *>(QStringLiteral("articleList"));
    QTRY_COMPARE(list->count(), 2);
    list->setCurrentRow(1);
    QTRY_COMPARE(editor->currentId(), m_id);
    // Another editor saves first.
    m_fx->scalar(
        QStringLiteral("UPDATE kontakt.kb_article SET body = body || ' (оновлено)' WHERE id = ?"),
        {m_id});
    editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("Моя зміна"));
    QSignalSpy failed(controller, &KnowledgeBaseController::failed);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("messageLabel"))
                ->text()
                .contains(QLatin1String("meanwhile")));
    QVERIFY(
        !m_fx->scalar(QStringLiteral("SELECT body FROM kontakt.kb_article WHERE id = ?"), {m_id})
             .toString()
             .contains(QStringLiteral("Моя зміна")));
}

QTEST_MAIN(TestKnowledgeBaseController)
#include "tst_knowledgebasecontroller.moc"
