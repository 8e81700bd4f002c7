#include "attachmentpolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Kind = AttachmentPolicy::Kind;

class TestAttachmentPolicy : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void loadReadsTypeAndHash();
    void loadRefusesBeforeReading();
    void loadLooksAtTheContent_data();
    void loadLooksAtTheContent();

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
};

void TestAttachmentPolicy::check_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("refusal"); // empty = accepted, else a part of the message

    const qint64 MiB = 1024 * 1024;
    const QString ok;
    const QString program = QStringLiteral("program or a script");
    auto row = [](const char *name, const char *file, qint64 size, const char *mime, Kind kind,
                  const QString &refusal) {
        QTest::newRow(name) << QString::fromUtf8(file) << size << QString::fromLatin1(mime) << kind
                            << refusal;
    };
    row("pdf", "скан звернення.pdf", 300000, "application/pdf", Kind::Document, ok);
    row("jpg upper case", "IMG_0042.JPG", 5 * MiB, "image/jpeg", Kind::Document, ok);
    row("heic", "IMG_0043.heic", 3 * MiB, "image/heic", Kind::Document, ok);
    row("tif", "plan.tif", MiB, "image/tiff", Kind::Document, ok);
    row("doc", "lyst.doc", 40000, "application/msword", Kind::Document, ok);
    row("docx", "akt.docx", 40000,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind::Document,
        ok);
    row("xlsx", "grafik.xlsx", 40000,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind::Document, ok);
    row("odt", "vidpovid.odt", 40000, "application/vnd.oasis.opendocument.text", Kind::Document,
        ok);
    row("ods", "tablytsia.ods", 40000, "application/vnd.oasis.opendocument.spreadsheet",
        Kind::Document, ok);
    row("txt", "notes.txt", 10, "text/plain", Kind::Document, ok);
    row("zip", "photos.zip", 10 * MiB, "application/zip", Kind::Document, ok);
    row("unknown mime", "scan.pdf", 100, "", Kind::Document, ok);
    row("exactly 20 MiB", "big.pdf", 20971520, "application/pdf", Kind::Document, ok);
    row("one byte over", "big.pdf", 20971521, "application/pdf", Kind::Document,
        QStringLiteral("too large"));
    row("huge video", "video.zip", 2000 * MiB, "application/zip", Kind::Document,
        QStringLiteral("too large"));
    row("empty", "empty.pdf", 0, "application/pdf", Kind::Document, QStringLiteral("is empty"));
    row("no name", "", 10, "text/plain", Kind::Document, QStringLiteral("no name"));
    row("exe", "setup.exe", 1000, "application/x-msdownload", Kind::Document, program);
    row("double extension", "akt.pdf.exe", 1000, "application/pdf", Kind::Document, program);
    row("msi", "x.msi", 1000, "", Kind::Document, program);
    row("bat upper case", "RUN.BAT", 10, "text/plain", Kind::Document, program);
    row("cmd", "a.cmd", 10, "", Kind::Document, program);
    row("com", "a.com", 10, "", Kind::Document, program);
    row("scr", "saver.scr", 10, "", Kind::Document, program);
    row("js", "script.js", 10, "text/javascript", Kind::Document, program);
    row("vbs", "macro.vbs", 10, "", Kind::Document, program);
    row("ps1", "tool.ps1", 10, "", Kind::Document, program);
    row("sh", "install.sh", 10, "application/x-shellscript", Kind::Document, program);
    row("jar", "app.jar", 10, "application/x-java-archive", Kind::Document, program);
    row("dll", "lib.dll", 10, "", Kind::Document, program);
    row("program named as a photo", "photo.jpg", 1000, "application/x-ms-dos-executable",
        Kind::Document, program);
    row("script named as text", "readme.txt", 100, "application/x-shellscript", Kind::Document,
        program);
    row("elf named as pdf", "akt.pdf", 1000, "application/x-executable", Kind::Document, program);
    row("video", "movie.mp4", MiB, "video/mp4", Kind::Document, QStringLiteral("not accepted"));
    row("no extension", "README", 10, "text/plain", Kind::Document, QStringLiteral("no file type"));
    row("photo", "photo.png", MiB, "image/png", Kind::Image, ok);
    row("photo heic", "photo.HEIC", MiB, "image/heif", Kind::Image, ok);
    row("pdf is not a photo", "akt.pdf", MiB, "application/pdf", Kind::Image,
        QStringLiteral("not a photo"));
    row("jpg that is a pdf", "fake.jpg", MiB, "application/pdf", Kind::Image,
        QStringLiteral("not a photo"));
    row("photo too large", "photo.jpg", 21 * MiB, "image/jpeg", Kind::Image,
        QStringLiteral("too large"));
    row("exe as a photo", "photo.exe", MiB, "image/jpeg", Kind::Image, program);
}

void TestAttachmentPolicy::check()
{
    QFETCH(QString, fileName);
    QFETCH(qint64, size);
    QFETCH(QString, mime);
    QFETCH(Kind, kind);
    QFETCH(QString, refusal);
    const QString got = AttachmentPolicy::check(fileName, size, mime, kind);
    if (refusal.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got));
    } else {
        QVERIFY2(got.contains(refusal), qPrintable(got));
        if (!fileName.isEmpty())
            QVERIFY2(got.contains(fileName), qPrintable(got)); // says which file
    }
}

void TestAttachmentPolicy::loadReadsTypeAndHash()
{
    QString error = QStringLiteral("stale");
    const AttachmentFile f =
        AttachmentPolicy::load(write(QStringLiteral("відповідь.txt"), "abc"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.fileName, QStringLiteral("відповідь.txt"));
    QCOMPARE(f.mimeType, QStringLiteral("text/plain"));
    QCOMPARE(f.data, QByteArray("abc"));
    QCOMPARE(f.sha256Hex,
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(f.id, qint64(0));

    const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    const AttachmentFile p = AttachmentPolicy::load(write(QStringLiteral("akt.pdf"), pdf), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(p.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(p.sha256Hex, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
}

void TestAttachmentPolicy::loadRefusesBeforeReading()
{
    // A sparse file just over the limit: refused by its size, never read.
    const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(AttachmentPolicy::MaxFileSize + 1));
    f.close();
    QString error;
    const AttachmentFile a = AttachmentPolicy::load(path, &error);
    QVERIFY(error.contains(QStringLiteral("too large")));
    QVERIFY(a.data.isEmpty());
    QVERIFY(a.fileName.isEmpty());

    AttachmentPolicy::load(m_dir.filePath(QStringLiteral("missing.pdf")), &error);
    QVERIFY(error.contains(QStringLiteral("not found")));
}

void TestAttachmentPolicy::loadLooksAtTheContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("accepted");
    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    elf += QByteArray(200, '\0');
    QByteArray pe("MZ\x90\x00\x03\x00\x00\x00", 8);
    pe += QByteArray(200, '\0');
    QTest::newRow("ELF program named photo.jpg") << QStringLiteral("photo.jpg") << elf << false;
    QTest::newRow("Windows program named akt.pdf") << QStringLiteral("akt.pdf") << pe << false;
    QTest::newRow("shell script named notes.txt")
        << QStringLiteral("notes.txt") << QByteArray("#!/bin/sh\nrm -rf ~\n") << false;
    QTest::newRow("plain text") << QStringLiteral("notes.txt") << QByteArray("Тепло відновлено.\n")
                                << true;
}

void TestAttachmentPolicy::loadLooksAtTheContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, accepted);
    QString error;
    const AttachmentFile f = AttachmentPolicy::load(write(fileName, content), &error);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(f.data.isEmpty(), !accepted);
    if (!accepted)
        QVERIFY2(error.contains(QStringLiteral("program or a script")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAttachmentPolicy)
#include "tst_attachmentpolicy.moc"
