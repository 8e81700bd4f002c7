#include "dialogtesthelpers.h"
#include "petitionchecker.h"
#include "petitionprinter.h"
#include "petitionqueuemodel.h"
#include "petitionregistrywindow.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

// The petition registry window without a database: actions by status and rights, findings and
// the recorded decision shown to the moderator, filters and requests as signals, the printable
// submission to the mayor and moderation decision; screenshots to look at.
class TestPetitionRegistryWindow : public QObject
{
    Q_OBJECT
private:
    static PetitionRecord make(qint64 id, const QString &status)
    {
        PetitionRecord p;
        p.id = id;
        p.number = QStringLiteral("П-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Світлофор біля школи № %1").arg(id);
        p.text = QStringLiteral("Просимо встановити світлофор на переході біля школи.");
        p.authorName = QStringLiteral("Коваль Марія Петрівна");
        p.authorEmail = QStringLiteral("m.koval@example.com");
        p.status = status;
        p.threshold = 350;
        p.signaturesOnline = 280;
        p.signaturesPaper = 75;
        p.version = 2;
        p.submittedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone("Europe/Kyiv"));
        p.currentDue = QDate::currentDate().addDays(id % 5);
        p.considerationDue = QDate(2026, 12, 21);
        p.thresholdReachedAt =
            QDateTime(QDate(2026, 12, 4), QTime(15, 0), QTimeZone("Europe/Kyiv"));
        return p;
    }
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void buttonsFollowStatusAndRights_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("moderator");
        QTest::addColumn<QStringList>("enabled");
        QTest::newRow("submitted, moderator")
            << "submitted" << true << QStringList{"takeButton", "publishButton", "rejectButton"};
        QTest::newRow("submitted, head") << "submitted" << false << QStringList{};
        QTest::newRow("collecting") << "collecting" << true << QStringList{"signaturesButton"};
        QTest::newRow("threshold")
            << "threshold_reached" << true
            << QStringList{"signaturesButton", "passButton", "printSubmissionButton"};
        QTest::newRow("passed, office")
            << "passed_to_mayor" << false
            << QStringList{"considerButton", "answerButton", "printSubmissionButton"};
        QTest::newRow("expired, head") << "expired" << false << QStringList{"convertButton"};
    }

    void buttonsFollowStatusAndRights()
    {
        QFETCH(QString, status);
        QFETCH(bool, moderator);
        QFETCH(QStringList, enabled);
        PetitionRegistryWindow::Rights rights;
        rights.moderate = moderator;
        rights.answer = !moderator;
        rights.convert = !moderator;
        PetitionRegistryWindow w(rights);
        w.showPetition(make(1, status), {});
        const QStringList all{"takeButton",       "publishButton", "rejectButton",
                              "signaturesButton", "passButton",    "considerButton",
                              "answerButton",     "convertButton", "printSubmissionButton"};
        for (const QString &name : all) {
            auto *b = w.findChild<QPushButton *>(name);
            QVERIFY2(b, qPrintable(name));
            QCOMPARE(b->isEnabled(), enabled.contains(name));
        }
    }

    void findingsBeforeAndAfterTheDecision()
    {
        PetitionRegistryWindow::Rights rights;
        rights.moderate = true;
        PetitionRegistryWindow w(rights);
        PetitionChecker checker;
        PetitionRecord p = make(3, "moderation");
        p.text = QStringLiteral("Закликаємо громадян повалити владу і захопити міськраду.");
        const auto findings = checker.check({p.title, p.text, p.authorName, p.authorEmail, {}});
        QVERIFY(!findings.isEmpty());
        w.showPetition(p, findings);
        auto *tree = child<QTreeWidget>(w, "findingsView");
        QCOMPARE(tree->topLevelItemCount(), findings.size());
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("forbidden_content"));
        QSignalSpy publish(&w, &PetitionRegistryWindow::actionRequested);
        child<QPushButton>(w, "publishButton")->click();
        QCOMPARE(publish.size(), 1);
        QCOMPARE(publish.at(0).at(0).toString(), QStringLiteral("publish"));
        QCOMPARE(publish.at(0).at(1).toLongLong(), 3);
        QCOMPARE(publish.at(0).at(2).toInt(), 2);
        // Rejected: the recorded findings and reasons are shown, not today's.
        p.status = QStringLiteral("rejected");
        p.moderatedAt = QDateTime(QDate(2026, 12, 3), QTime(11, 0), QTimeZone("Europe/Kyiv"));
        p.moderatedBy = QStringLiteral("moderator1");
        p.moderationReasons = {QStringLiteral("Заклик до повалення конституційного ладу")};
        p.moderationFindings = {findings.first()};
        w.showPetition(p, {});
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(child<QLabel>(w, "decisionLabel")->text().contains(QStringLiteral("moderator1")));
        QVERIFY(child<QPushButton>(w, "printDecisionButton")->isEnabled());
    }

    void registryAndFilter()
    {
        PetitionRegistryWindow::Rights rights;
        rights.moderate = true;
        PetitionRegistryWindow w(rights);
        PetitionQueueModel model;
        model.setPetitions(
            {make(1, "submitted"), make(2, "collecting"), make(3, "threshold_reached")});
        w.setSourceModel(&model);
        QSignalSpy current(&w, &PetitionRegistryWindow::currentChanged);
        QVERIFY(w.select(2));
        QCOMPARE(current.last().at(0).toLongLong(), 2);
        QSignalSpy filter(&w, &PetitionRegistryWindow::filterChanged);
        auto *combo = child<QComboBox>(w, "statusFilter");
        combo->setCurrentIndex(combo->findData(QStringList{QStringLiteral("collecting")}));
        QCOMPARE(filter.size(), 1);
        QCOMPARE(filter.at(0).at(0).toStringList(), QStringList{QStringLiteral("collecting")});
    }

    void printableDocuments()
    {
        PetitionRecord p = make(4, "threshold_reached");
        const QString submission =
            PetitionPrinter::html(p, PetitionPrinter::Document::Submission, QDate(2026, 12, 7));
        QVERIFY(submission.contains(QStringLiteral("Подання електронної петиції міському голові")));
        QVERIFY(submission.contains(QStringLiteral("355")));
        QVERIFY(submission.contains(QStringLiteral("21.12.2026")));
        QVERIFY(!submission.contains(QStringLiteral("Рішення за результатами модерації")));
        QVERIFY(!submission.contains(QStringLiteral("{{")));
        p.status = QStringLiteral("rejected");
        p.title = QStringLiteral("<script>");
        p.moderatedAt = QDateTime::currentDateTime();
        p.moderatedBy = QStringLiteral("moderator1");
        p.moderationReasons = {QStringLiteral("Заклик до насильства")};
        p.moderationFindings = {{QStringLiteral("forbidden_content"), QStringLiteral("Заклик"),
                                 QStringLiteral("вбивайте")}};
        const QString decision = PetitionPrinter::html(p, PetitionPrinter::Document::Decision);
        QVERIFY(decision.contains(QStringLiteral("Відмовлено в оприлюдненні")));
        QVERIFY(decision.contains(QStringLiteral("вбивайте")));
        QVERIFY(decision.contains(QStringLiteral("&lt;script&gt;")));
        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("decision.pdf"));
        QVERIFY2(PetitionPrinter::printToPdf(p, PetitionPrinter::Document::Decision, pdf, &error),
                 qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/FontFile")); // a font is embedded: Cyrillic is not lost
    }

    void screenshot()
    {
        PetitionRegistryWindow::Rights rights;
        rights.moderate = true;
        rights.expire = true;
        PetitionRegistryWindow w(rights);
        w.resize(1180, 720);
        PetitionQueueModel model;
        QList<PetitionRecord> rows{make(1, "submitted"), make(2, "collecting"),
                                   make(3, "threshold_reached"), make(4, "under_consideration")};
        rows[0].currentDue = QDate::currentDate().addDays(-1);
        rows[0].text = QStringLiteral("Вимагаємо знизити вік мобілізації та розірвати дипломатичні "
                                      "відносини з Угорщиною.");
        model.setPetitions(rows);
        w.setSourceModel(&model);
        QVERIFY(DialogTest::showAndActivate(&w));
        QVERIFY(w.select(1));
        PetitionChecker checker;
        const auto p = rows[0];
        w.showPetition(p, checker.check({p.title, p.text, p.authorName, p.authorEmail, {}}));
        w.showMessage(QStringLiteral("Petition П-2026-0001 taken to moderation."), false);
        QVERIFY(DialogTest::shot(&w, QStringLiteral("petition_registry")));
        auto doc = PetitionPrinter::document(rows[2], PetitionPrinter::Document::Submission,
                                             QDate(2026, 12, 7));
        QTextBrowser preview;
        preview.resize(760, 900);
        preview.setDocument(doc.get());
        QVERIFY(DialogTest::shot(&preview, QStringLiteral("petition_submission")));
    }
};

QTEST_MAIN(TestPetitionRegistryWindow)
#include "tst_petitionregistrywindow.moc"
