// Replays every sample message and every committed fuzz input through the same function the
// libFuzzer target runs (tools/fuzz/mimefuzzbody.h), so a crash or a lost round trip found once
// stays fixed in the ordinary gcc build.
#include "mimefuzzbody.h"

#include <QtTest>

class TestMimeCorpus : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestMimeCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    const QString root = qEnvironmentVariable("KONTAKT_SOURCE_DIR");
    int count = 0;
    for (const QString &folder :
         {QStringLiteral("/tests/data/mail"), QStringLiteral("/tools/fuzz/corpus")}) {
        const QDir dir(root + folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder.section(u'/', -1) + u'/' + name)) << dir.filePath(name);
            ++count;
        }
    }
    QVERIFY2(count >= 150, "the samples and the corpus are missing");
}

void TestMimeCorpus::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString failure = mimeFuzzOne(file.readAll());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestMimeCorpus)
#include "tst_mimecorpus.moc"
