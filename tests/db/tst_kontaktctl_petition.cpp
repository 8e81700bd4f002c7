#include "kontaktctlrun.h"
#include "testdatabase.h"
#include "workflowfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `kontaktctl petition check FILE|-`: the formal checks of art. 23-1 from JSON, without a
// database (exit 0 ok, 1 findings, 2 unusable input); with --db also the duplicate check
// against the active petitions in the database.
class TestKontaktctlPetition : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanPetitionIsOk();
    void findingsFromFile();
    void unusableInput_data();
    void unusableInput();
    void duplicatesOnlyWithDatabase();

private:
    using Run = KontaktctlRun;
    static QByteArray petition(const QString &title, const QString &text,
                               const QString &name = QStringLiteral("Петренко Олена Іванівна"),
                               const QString &email = QStringLiteral("olena@ukr.net"));
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QString m_exe;
};

QByteArray TestKontaktctlPetition::petition(const QString &title, const QString &text,
                                            const QString &name, const QString &email)
{
    const QJsonObject o{
        {QStringLiteral("title"), title},
        {QStringLiteral("text"), text},
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("email"), email}}},
        {QStringLiteral("submitted_at"), QStringLiteral("2026-12-01T10:15:00+02:00")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestKontaktctlPetition::initTestCase()
{
    m_exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(m_exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestKontaktctlPetition::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestKontaktctlPetition::cleanPetitionIsOk()
{
    // No --db and no local cluster: the check works without a database.
    const Run r = Run::start(m_exe, {"petition", "check", "-"},
                             petition(QStringLiteral("Світлофор біля школи № 5"),
                                      QStringLiteral("Просимо встановити світлофор на переході "
                                                     "біля школи № 5 на вулиці Київській.")));
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(json.value(QStringLiteral("findings")).isArray());
    QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 0);
}

void TestKontaktctlPetition::findingsFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(petition(QStringLiteral("Порядок"),
                     QStringLiteral("Закликаємо громадян повалити владу, а депутатів треба "
                                    "розстріляти на площі."),
                     QStringLiteral("Олена"), QStringLiteral("olena(at)ukr.net")));
    f.close();
    const Run r = Run::start(m_exe, {"petition", "check", path});
    QCOMPARE(r.code, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
    QStringList rules;
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.contains(QStringLiteral("evidence")));
        rules << o.value(QStringLiteral("rule")).toString();
        if (rules.last() == QLatin1String("forbidden_content"))
            QVERIFY(!o.value(QStringLiteral("evidence")).toString().isEmpty());
    }
    QVERIFY2(rules.contains(QStringLiteral("forbidden_content")), qPrintable(r.out));
    QVERIFY2(rules.contains(QStringLiteral("missing_author")), qPrintable(r.out));
    QVERIFY2(rules.contains(QStringLiteral("invalid_email")), qPrintable(r.out));
    QVERIFY(!rules.contains(QStringLiteral("duplicate")));
}

void TestKontaktctlPetition::unusableInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("bad json") << QStringList{"petition", "check", "-"} << QByteArray("{\"title\":");
    QTest::newRow("array") << QStringList{"petition", "check", "-"} << QByteArray("[1,2]");
    QTest::newRow("title not a string")
        << QStringList{"petition", "check", "-"} << QByteArray("{\"title\":5,\"text\":\"x\"}");
    QTest::newRow("author not an object") << QStringList{"petition", "check", "-"}
                                          << QByteArray("{\"title\":\"a\",\"author\":\"Іван\"}");
    QTest::newRow("email not a string")
        << QStringList{"petition", "check", "-"}
        << QByteArray("{\"title\":\"a\",\"author\":{\"name\":\"a b\",\"email\":[1]}}");
    QTest::newRow("missing file") << QStringList{"petition", "check", "/nonexistent/p.json"}
                                  << QByteArray();
    QTest::newRow("no file argument") << QStringList{"petition", "check"} << QByteArray();
    QTest::newRow("unknown option")
        << QStringList{"petition", "check", "-", "--fast"} << QByteArray("{}");
    QTest::newRow("unknown verb") << QStringList{"petition", "publish"} << QByteArray();
}

void TestKontaktctlPetition::unusableInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = Run::start(m_exe, args, input);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestKontaktctlPetition::duplicatesOnlyWithDatabase()
{
    QVERIFY(m_fx->scalar(QStringLiteral(
                             "INSERT INTO kontakt.petition (number, title, text, author_name, "
                             "author_email, status) VALUES ('П-1', ?, ?, 'Іваненко Іван', "
                             "'ivan@example.com', 'collecting') RETURNING id"),
                         {QStringLiteral("Світлофор на перехресті Київської та Шевченка"),
                          QStringLiteral("Просимо встановити світлофор на перехресті вулиць "
                                         "Київської та Шевченка, бо там небезпечно переходити "
                                         "дорогу дітям.")})
                .toLongLong() > 0);
    const QByteArray same =
        petition(QStringLiteral("Встановити світлофор на перехресті Київська — Шевченка"),
                 QStringLiteral("Прошу встановити світлофор на перехресті Київської та Шевченка, "
                                "тому що дітям небезпечно переходити дорогу."));
    // Without a database: no duplicate check.
    Run r = Run::start(m_exe, {"petition", "check", "-"}, same);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    // With --db: the active petition is found.
    r = Run::start(
        m_exe, {"--db", m_db->connInfo(m_fx->login("petitions")), "petition", "check", "-"}, same);
    QCOMPARE(r.code, 1);
    const QJsonArray findings = r.json().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("duplicate"));
    QVERIFY(findings.at(0)
                .toObject()
                .value(QStringLiteral("evidence"))
                .toString()
                .contains(QStringLiteral("П-1")));
    // An unreachable database when asked is unusable, not "ok".
    r = Run::start(m_exe,
                   {"--db", "host=/nonexistent port=1 dbname=x user=x", "petition", "check", "-"},
                   same);
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestKontaktctlPetition)
#include "tst_kontaktctl_petition.moc"
