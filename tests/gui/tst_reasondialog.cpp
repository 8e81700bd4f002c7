#include "dialogtesthelpers.h"
#include "reasondialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace DialogTest;

class TestReasonDialog : public QObject
{
    Q_OBJECT
private slots:
    void reasonRequired_data();
    void reasonRequired();
};

void TestReasonDialog::reasonRequired_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short") << QStringLiteral("не наше") << false;
    QTest::newRow("spaces do not count") << QStringLiteral("   не наше   ") << false;
    QTest::newRow("enough") << QStringLiteral("Не в компетенції: мережі ПрАТ") << true;
}

void TestReasonDialog::reasonRequired()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    ReasonDialog d(QStringLiteral("Not in competence"), QStringLiteral("Why is it not yours?"), 10);
    QVERIFY(showAndActivate(&d));
    QCOMPARE(d.windowTitle(), QStringLiteral("Not in competence"));
    QCOMPARE(focused()->objectName(), QStringLiteral("reasonEdit"));
    type(typed);
    auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
    QCOMPARE(ok->isEnabled(), accepted);
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("validationLabel"))->text().isEmpty(), accepted);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(accepted ? QDialog::Accepted : QDialog::Rejected));
    QCOMPARE(d.reason(), typed.trimmed());
    if (!accepted) {
        QVERIFY(d.isVisible()); // nothing typed is lost
        key(Qt::Key_Escape);
        QVERIFY(!d.isVisible());
    }
}

QTEST_MAIN(TestReasonDialog)
#include "tst_reasondialog.moc"
