#include "dialogtesthelpers.h"
#include "inspectiondialog.h"

#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace DialogTest;

class TestInspectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void inspectionByKeyboardWithPhotos();
};

void TestInspectionDialog::inspectionByKeyboardWithPhotos()
{
    QStandardPaths::setTestModeEnabled(true);
    const QDateTime now(QDate(2026, 3, 10), QTime(15, 30));
    InspectionDialog d(QStringLiteral("К-1234"), now);
    QVERIFY(showAndActivate(&d));
    auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(focused()->objectName(), QStringLiteral("inspectorEdit"));
    type(QStringLiteral("Петренко І. В., інспектор"));
    QVERIFY(tabTo(QStringLiteral("findingsEdit")));
    QVERIFY(!ok->isEnabled());
    type(QStringLiteral("Труба на розі будинку тече"));
    QVERIFY(ok->isEnabled());
    // Nothing later than now.
    auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("inspectedAtEdit"));
    when->setDateTime(now.addDays(1));
    QCOMPARE(d.draft().inspectedAt, now);

    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
        return f.fileName();
    };
    const QString photo = write(QStringLiteral("фото.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QString pdf = write(QStringLiteral("акт.pdf"), "%PDF-1.4\n%%EOF\n");
    QCOMPARE(d.addPhotos({photo, pdf}), 1);
    QCOMPARE(d.photoRefusals().size(), 1);
    QVERIFY(d.photoRefusals().at(0).contains(QStringLiteral("not a photo")));
    QVERIFY(shot(&d, QStringLiteral("inspection")));
    QVERIFY(tabTo(QStringLiteral("findingsEdit")));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const InspectionDraft r = d.draft();
    QCOMPARE(r.inspector, QStringLiteral("Петренко І. В., інспектор"));
    QCOMPARE(r.findings, QStringLiteral("Труба на розі будинку тече"));
    QCOMPARE(r.inspectedAt, now);
    QCOMPARE(r.photos.size(), 1);
    QCOMPARE(r.photos.at(0).mimeType, QStringLiteral("image/png"));
}

QTEST_MAIN(TestInspectionDialog)
#include "tst_inspectiondialog.moc"
