#include "dialogtesthelpers.h"
#include "instructiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace DialogTest;

class TestInstructionDialog : public QObject
{
    Q_OBJECT
private slots:
    void instructionByKeyboard();
};

void TestInstructionDialog::instructionByKeyboard()
{
    const QDate today(2026, 3, 10);
    InstructionDialog d(
        {QStringLiteral("Міський голова"), QStringLiteral("Заступник міського голови")}, today);
    QVERIFY(showAndActivate(&d));
    auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
    QCOMPARE(focused()->objectName(), QStringLiteral("numberEdit"));
    type(QStringLiteral("Д-15"));
    key(Qt::Key_Tab);
    QCOMPARE(d.draft().authorName, QStringLiteral("Міський голова"));
    QVERIFY(tabTo(QStringLiteral("textEdit")));
    type(QStringLiteral("Перевірити стан укриттів"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("validationLabel"))
                ->text()
                .contains(QStringLiteral("due date")));
    QVERIFY(tabTo(QStringLiteral("dueDateEdit")));
    key(Qt::Key_Up); // from "not chosen" to today
    QCOMPARE(d.draft().dueDate, today);
    QVERIFY(ok->isEnabled());
    // Indexes: Enter adds, a duplicate is refused, Delete removes.
    QVERIFY(tabTo(QStringLiteral("regIndexEdit")));
    for (const QString &index : {QStringLiteral("К-1234"), QStringLiteral("П-77"),
                                 QStringLiteral("к-1234"), QStringLiteral("Б-5")}) {
        type(index);
        key(Qt::Key_Return);
    }
    QVERIFY(d.isVisible()); // Enter in the index field adds, it does not close the dialog
    QCOMPARE(d.draft().regIndexes, (QStringList{QStringLiteral("К-1234"), QStringLiteral("П-77"),
                                                QStringLiteral("Б-5")}));
    QVERIFY(ok->isEnabled());
    // A typed index that was not added holds OK back until it is added or cleared.
    type(QStringLiteral("Х-1"));
    QVERIFY(!ok->isEnabled());
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());
    auto *list = d.findChild<QListWidget *>(QStringLiteral("indexList"));
    QVERIFY(tabTo(QStringLiteral("indexList")));
    list->setCurrentRow(1);
    key(Qt::Key_Delete);
    QCOMPARE(d.draft().regIndexes, (QStringList{QStringLiteral("К-1234"), QStringLiteral("Б-5")}));
    QVERIFY(shot(&d, QStringLiteral("instruction")));
    key(Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const InstructionDraft r = d.draft();
    QCOMPARE(r.number, QStringLiteral("Д-15"));
    QCOMPARE(r.text, QStringLiteral("Перевірити стан укриттів"));
}

QTEST_MAIN(TestInstructionDialog)
#include "tst_instructiondialog.moc"
