#include "knowledgebaserepository.h"
#include "kontaktctlrun.h"
#include "workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// kontaktctl kb import/export/search and outage import, as a script runs them: the sample
// articles imported as the head, the JSON of search ranked as the repository (the GUI) ranks,
// export and re-import changing nothing, bad files and rows refused with nothing stored.
class TestKontaktctlKb : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void importAsHead();
    void searchJsonRanksAsTheRepository_data();
    void searchJsonRanksAsTheRepository();
    void exportAndReimport();
    void badFilesImportNothing();
    void operatorMayNotImport();
    void outageImport();
    void usageReportForTheHead();
    void usageErrors_data();
    void usageErrors();

private:
    KontaktctlRun ctl(const QString &who, const QStringList &args);
    int articles();
    QString m_exe;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

static QString kbDir()
{
    return QString::fromLocal8Bit(qgetenv("KONTAKT_SOURCE_DIR")) + QStringLiteral("/resources/kb");
}

void TestKontaktctlKb::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestKontaktctlKb::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

KontaktctlRun TestKontaktctlKb::ctl(const QString &who, const QStringList &args)
{
    return KontaktctlRun::start(
        m_exe, QStringList{QStringLiteral("--db"),
                           m_db->connInfo(who.isEmpty() ? QString() : m_fx->login(who))} +
                   args);
}

int TestKontaktctlKb::articles()
{
    return m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.kb_article")).toInt();
}

void TestKontaktctlKb::importAsHead()
{
    const int files = int(QDir(kbDir()).entryList({QStringLiteral("*.md")}, QDir::Files).size());
    const KontaktctlRun r = ctl(QStringLiteral("head"), {"kb", "import", kbDir()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("inserted %1,").arg(files)), qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("warning"))); // the fixture has no BTVE etc.
    QCOMPARE(articles(), files);
}

void TestKontaktctlKb::searchJsonRanksAsTheRepository_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstCode");
    QTest::newRow("water") << "немає води"
                           << "vidkliuchennia-vody";
    QTest::newRow("typo") << "субсидя"
                          << "subsydiia";
    QTest::newRow("certificate") << "довідка про склад сімї"
                                 << "dovidka-sklad-simi";
}

void TestKontaktctlKb::searchJsonRanksAsTheRepository()
{
    QFETCH(QString, text);
    QFETCH(QString, firstCode);
    const KontaktctlRun r =
        ctl(QStringLiteral("operator"), {"kb", "search", text, "--limit", "5", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    QVERIFY(list.size() <= 5);
    DbError error;
    const auto repo = KnowledgeBaseRepository(m_fx->connectionAs(QStringLiteral("operator")))
                          .search(text, 5, QString(), &error);
    QCOMPARE(list.size(), repo.hits.size());
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), repo.hits.at(i).id);
        QCOMPARE(o.value(QStringLiteral("title")).toString(), repo.hits.at(i).title);
        QCOMPARE(o.value(QStringLiteral("score")).toDouble(), repo.hits.at(i).score);
        if (i > 0)
            QVERIFY(o.value(QStringLiteral("score")).toDouble() <=
                    list.at(i - 1).toObject().value(QStringLiteral("score")).toDouble());
    }
    QCOMPARE(list.first().toObject().value(QStringLiteral("code")).toString(), firstCode);
}

void TestKontaktctlKb::exportAndReimport()
{
    QTemporaryDir dir;
    KontaktctlRun r = ctl(QStringLiteral("head"), {"kb", "export", dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.md")}, QDir::Files);
    QCOMPARE(files.size(), articles());
    QFile f(QDir(dir.path()).filePath(QStringLiteral("subsydiia.md")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("---\ntitle: Житлова субсидія")));
    QVERIFY(text.contains(QLatin1String("\ntopics: 006\n")));
    r = ctl(QStringLiteral("head"), {"kb", "import", dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QStringLiteral("inserted 0, updated 0, unchanged %1").arg(files.size())),
        qPrintable(r.out));
}

void TestKontaktctlKb::badFilesImportNothing()
{
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("good-one.md"), "---\ntitle: Нова стаття\ntopics: 009\n---\nТекст\n");
    write(QStringLiteral("no-header.md"), "Просто текст\n");
    write(QStringLiteral("bad-topic.md"), "---\ntitle: Тема\ntopics: вода\n---\nТекст\n");
    write(QStringLiteral("latin1.md"), "---\ntitle: \xe9t\xe9\n---\nx\n");
    const int before = articles();
    KontaktctlRun r = ctl(QStringLiteral("head"), {"kb", "import", dir.path()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("no-header.md")));
    QVERIFY(r.err.contains(QLatin1String("bad-topic.md")));
    QVERIFY(r.err.contains(QLatin1String("latin1.md")));
    QVERIFY(!r.err.contains(QLatin1String("good-one.md")));
    QCOMPARE(articles(), before);
    // A topic code the classifier does not hold is refused by the database: still nothing.
    QTemporaryDir dir2;
    QFile a(QDir(dir2.path()).filePath(QStringLiteral("a.md")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("---\ntitle: Перша\ntopics: 009\n---\nТекст\n");
    a.close();
    QFile b(QDir(dir2.path()).filePath(QStringLiteral("b.md")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("---\ntitle: Друга\ntopics: 999\n---\nТекст\n");
    b.close();
    r = ctl(QStringLiteral("head"), {"kb", "import", dir2.path()});
    QCOMPARE(r.code, 2);
    QCOMPARE(articles(), before);
}

void TestKontaktctlKb::operatorMayNotImport()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("operator-article.md"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: Стаття оператора\ntopics: 009\n---\nТекст\n");
    f.close();
    const int before = articles();
    const KontaktctlRun r = ctl(QStringLiteral("operator"), {"kb", "import", path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("nothing imported")));
    QCOMPARE(articles(), before);
}

void TestKontaktctlKb::outageImport()
{
    QTemporaryDir dir;
    const QString bad = QDir(dir.path()).filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("organisation,kind,street,houses,starts,ends,description\n"
            "ORG_A,вода,вулиця Шевченка,1-9,2026-12-07 09:00,2026-12-07 18:00,Ремонт\n"
            "ORG_A,вода,вулиця Шевченка,біля школи,2026-12-07 09:00,2026-12-07 18:00,x\n");
    f.close();
    KontaktctlRun r = ctl(QStringLiteral("operator"), {"outage", "import", bad});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad + QStringLiteral(":3: ")), qPrintable(r.err));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outage")).toInt(), 0);
    const QString good = QDir(dir.path()).filePath(QStringLiteral("good.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("organisation,kind,street,houses,starts,ends,description\n"
            "ORG_A,вода,вулиця Шевченка,1-9,2026-12-07 09:00,2026-12-07 18:00,Ремонт\n");
    g.close();
    r = ctl(QStringLiteral("operator"), {"outage", "import", good});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outage")).toInt(), 1);
}

void TestKontaktctlKb::usageReportForTheHead()
{
    KnowledgeBaseRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    const qint64 subsidy =
        m_fx->scalar(QStringLiteral("SELECT id FROM kontakt.kb_article WHERE code = 'subsydiia'"))
            .toLongLong();
    QVERIFY(op.recordUse(subsidy, 0, &error));
    QVERIFY(op.recordUse(subsidy, 0, &error));
    QVERIFY(op.logMiss(QStringLiteral("Квантова хромодинаміка"), &error));
    QVERIFY(op.logMiss(QStringLiteral("квантова хромодинаміка"), &error));
    QVERIFY(op.logMiss(QStringLiteral("дозвіл на собаку"), &error));
    KontaktctlRun r = ctl(QStringLiteral("head"), {"kb", "report", "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    const QJsonArray used = o.value(QStringLiteral("used")).toArray();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.first().toObject().value(QStringLiteral("id")).toInteger(), subsidy);
    QCOMPARE(used.first().toObject().value(QStringLiteral("uses")).toInt(), 2);
    const QJsonArray missed = o.value(QStringLiteral("missed")).toArray();
    QCOMPARE(missed.size(), 2);
    QCOMPARE(missed.first().toObject().value(QStringLiteral("times")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("unused_articles")).toInt(), articles() - 1);
    // A period without them is empty; the operator may not read the report.
    r = ctl(QStringLiteral("head"),
            {"kb", "report", "--from", "2020-01-01", "--to", "2020-01-31", "--json"});
    QCOMPARE(r.json().value(QStringLiteral("used")).toArray().size(), 0);
    r = ctl(QStringLiteral("operator"), {"kb", "report"});
    QCOMPARE(r.code, 1);
}

void TestKontaktctlKb::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no verb") << QStringList{"kb"};
    QTest::newRow("search without text") << QStringList{"kb", "search"};
    QTest::newRow("limit zero") << QStringList{"kb", "search", "вода", "--limit", "0"};
    QTest::newRow("unknown option") << QStringList{"kb", "search", "вода", "--all"};
    QTest::newRow("import missing path") << QStringList{"kb", "import", "/nonexistent/kb"};
    QTest::newRow("outage without file") << QStringList{"outage", "import"};
}

void TestKontaktctlKb::usageErrors()
{
    QFETCH(QStringList, args);
    const KontaktctlRun r = ctl(QStringLiteral("operator"), args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_MAIN(TestKontaktctlKb)
#include "tst_kontaktctl_kb.moc"
