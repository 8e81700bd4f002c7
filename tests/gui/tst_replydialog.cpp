#include "attachmentpolicy.h"
#include "dialogtesthelpers.h"
#include "replydialog.h"

#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace DialogTest;

namespace {
const QDate Today(2026, 3, 10);
}

class TestReplyDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resultIsRequired_data();
    void resultIsRequired();
    void attachmentsCheckedBeforeTheyAreTaken();
    void outgoingLetterNeedsItsNumber();
    void storedFilesKeptOnRework();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
};

void TestReplyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestReplyDialog::resultIsRequired_data()
{
    QTest::addColumn<int>("mnemonic");
    QTest::addColumn<QString>("result");
    QTest::newRow("done") << int(Qt::Key_D) << QStringLiteral("done");
    QTest::newRow("explained") << int(Qt::Key_E) << QStringLiteral("explained");
    QTest::newRow("refused") << int(Qt::Key_F) << QStringLiteral("refused");
    QTest::newRow("impossible") << int(Qt::Key_I) << QStringLiteral("impossible_now");
}

void TestReplyDialog::resultIsRequired()
{
    QFETCH(int, mnemonic);
    QFETCH(QString, result);
    ReplyDialog d(QStringLiteral("К-1234 — немає опалення"), Today);
    QVERIFY(showAndActivate(&d));
    auto *ok = child<QPushButton>(d, "okButton");
    QVERIFY(tabTo(QStringLiteral("replyTextEdit")));
    type(QStringLiteral("Опалення відновлено."));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("result")));
    key(Qt::Key_Return, Qt::ControlModifier); // refused while invalid; nothing typed is lost
    QVERIFY(d.isVisible());
    QCOMPARE(child<QPlainTextEdit>(d, "replyTextEdit")->toPlainText(),
             QStringLiteral("Опалення відновлено."));
    key(Qt::Key(mnemonic), Qt::AltModifier);
    QTRY_COMPARE(d.draft().result, result);
    QVERIFY(ok->isEnabled());
    // Empty text is not a reply either.
    child<QPlainTextEdit>(d, "replyTextEdit")->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("text")));
    child<QPlainTextEdit>(d, "replyTextEdit")->setPlainText(QString(50001, QLatin1Char('x')));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("too long")));
    child<QPlainTextEdit>(d, "replyTextEdit")->setPlainText(QString(50000, QLatin1Char('x')));
    QVERIFY(ok->isEnabled());
    QVERIFY(tabTo(QStringLiteral("replyTextEdit")));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestReplyDialog::attachmentsCheckedBeforeTheyAreTaken()
{
    ReplyDialog d(QStringLiteral("К-1234"), Today);
    QVERIFY(showAndActivate(&d));
    // Just over the database's limit: a sparse file, refused by its size.
    const QString big = m_dir.filePath(QStringLiteral("скан акту.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(20971520 + 1));
    }
    const QString exe = write(QStringLiteral("setup.exe"), QByteArray("MZ\x90\x00", 4));
    const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    const QString act = write(QStringLiteral("акт обстеження.pdf"), pdf);

    QCOMPARE(d.addFiles({big, exe, act}), 1);
    const QStringList refusals = d.attachmentRefusals();
    QCOMPARE(refusals.size(), 2);
    QVERIFY(refusals.at(0).contains(QStringLiteral("скан акту.pdf")));
    QVERIFY(refusals.at(0).contains(QStringLiteral("too large")));
    QVERIFY(refusals.at(1).contains(QStringLiteral("setup.exe")));
    QVERIFY(refusals.at(1).contains(QStringLiteral("program or a script")));
    auto *refusalLabel = child<QLabel>(d, "refusalLabel");
    QVERIFY(refusalLabel->isVisible());
    QCOMPARE(refusalLabel->text(), refusals.join(QLatin1Char('\n')));

    const QList<AttachmentFile> files = d.draft().files;
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).fileName, QStringLiteral("акт обстеження.pdf"));
    QCOMPARE(files.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(files.at(0).data, pdf);
    QCOMPARE(files.at(0).sha256Hex,
             QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(files.at(0).id, qint64(0));
    QCOMPARE(child<QListWidget>(d, "attachmentList")->count(), 1);
    QVERIFY(child<QLabel>(d, "totalLabel")->text().contains(QStringLiteral("1 file")));
    QVERIFY(shot(&d, QStringLiteral("reply_attachments")));

    // The same content again is not attached twice; a good file clears old refusals.
    QCOMPARE(d.addFiles({act}), 0);
    QVERIFY(d.attachmentRefusals().at(0).contains(QStringLiteral("already attached")));
    const QString photo = write(QStringLiteral("фото.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QCOMPARE(d.addFiles({photo}), 1);
    QVERIFY(!refusalLabel->isVisible());
    QCOMPARE(d.draft().files.size(), 2);

    // Remove by keyboard: the list, then Alt+M.
    child<QListWidget>(d, "attachmentList")->setFocus();
    child<QListWidget>(d, "attachmentList")->setCurrentRow(0);
    key(Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(d.draft().files.size(), 1);
    QCOMPARE(d.draft().files.at(0).fileName, QStringLiteral("фото.png"));
}

void TestReplyDialog::outgoingLetterNeedsItsNumber()
{
    ReplyDialog d(QString(), Today);
    QVERIFY(showAndActivate(&d));
    child<QRadioButton>(d, "resultRefusedRadio")->setChecked(true);
    child<QPlainTextEdit>(d, "replyTextEdit")->setPlainText(QStringLiteral("Відмовлено."));
    QVERIFY(child<QPushButton>(d, "okButton")->isEnabled());
    QVERIFY(d.draft().answerIndex.isEmpty());
    QVERIFY(!d.draft().answerDate.isValid());
    child<QGroupBox>(d, "answerGroup")->setChecked(true);
    QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(d, "validationLabel")->text().contains(QStringLiteral("number")));
    QVERIFY(tabTo(QStringLiteral("answerIndexEdit")));
    type(QStringLiteral("01-12/345"));
    QVERIFY(child<QPushButton>(d, "okButton")->isEnabled());
    auto *date = child<QDateEdit>(d, "answerDateEdit");
    QCOMPARE(date->maximumDate(), Today);
    const ReplyDraft r = d.draft();
    QCOMPARE(r.result, QStringLiteral("refused"));
    QCOMPARE(r.answerIndex, QStringLiteral("01-12/345"));
    QCOMPARE(r.answerDate, Today);
}

void TestReplyDialog::storedFilesKeptOnRework()
{
    ReplyDialog d(QString(), Today);
    ReplyDraft earlier;
    earlier.result = QStringLiteral("done");
    earlier.text = QStringLiteral("Зроблено.");
    AttachmentFile stored;
    stored.id = 77;
    stored.fileName = QStringLiteral("акт.pdf");
    stored.mimeType = QStringLiteral("application/pdf");
    stored.data = "%PDF-1.4";
    stored.sha256Hex = AttachmentPolicy::sha256Hex(stored.data);
    earlier.files = {stored};
    d.setDraft(earlier);
    ReplyDraft r = d.draft();
    QCOMPARE(r.result, QStringLiteral("done"));
    QCOMPARE(r.files.size(), 1);
    QCOMPARE(r.files.at(0).id, qint64(77));
    // A draft without a result clears the choice (auto-exclusive buttons notwithstanding).
    earlier.result.clear();
    d.setDraft(earlier);
    QCOMPARE(d.draft().result, QString());
    QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
}

QTEST_MAIN(TestReplyDialog)
#include "tst_replydialog.moc"
