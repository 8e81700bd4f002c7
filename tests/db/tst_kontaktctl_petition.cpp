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
    void addSignStatus();
    void importRefusesBadRowsByLine();
    void importIsAllOrNothing();
    void importCsvAndJson();

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

void TestKontaktctlPetition::addSignStatus()
{
    const QString db = m_db->connInfo(m_fx->login("petitions"));
    const QByteArray json = R"({"number":"CLI-1","title":"Лавки в сквері",
        "text":"Просимо встановити лавки в сквері біля будинку культури.",
        "author":{"name":"Коваль Марія","email":"m@example.com","address":"вул. Київська, 1"},
        "submitted_at":"2026-12-04T10:00:00+02:00"})";
    Run r = Run::start(
        m_exe, {"--db", m_db->connInfo(m_fx->login("operator")), "petition", "add", "-"}, json);
    QCOMPARE(r.code, 1); // the operator may not register petitions
    QVERIFY2(r.err.contains(QStringLiteral("not_allowed")), qPrintable(r.err));
    r = Run::start(m_exe, {"--db", db, "petition", "add", "-"}, json);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("number")).toString(), QStringLiteral("CLI-1"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(r.json().value(QStringLiteral("moderation_due")).toString(),
             QStringLiteral("2026-12-08"));

    r = Run::start(m_exe, {"--db", db, "petition", "sign", "CLI-1", "--online", "5"});
    QCOMPARE(r.code, 1); // not collecting yet
    QVERIFY2(r.err.contains(QStringLiteral("wrong_state")), qPrintable(r.err));
    r = Run::start(m_exe, {"--db", db, "petition", "status", "CLI-1", "--to", "rejected"});
    QCOMPARE(r.code, 2); // a rejection needs reasons
    r = Run::start(m_exe, {"--db", db, "petition", "status", "CLI-1", "--to", "published"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("collecting"));
    r = Run::start(m_exe, {"--db", db, "petition", "sign", "CLI-1", "--online", "300", "--paper",
                           "60", "--note", "платформа"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("threshold_reached"));
    QCOMPARE(r.json().value(QStringLiteral("signatures_total")).toInt(), 360);
    r = Run::start(m_exe, {"--db", db, "petition", "status", "CLI-1", "--to", "passed_to_mayor"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = Run::start(m_exe, {"--db", m_db->connInfo(m_fx->login("manager")), "petition", "status",
                           "CLI-1", "--to", "answered", "--decision", "supported", "--answer",
                           "Лавки встановлять."});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
    QCOMPARE(r.json().value(QStringLiteral("decision")).toString(), QStringLiteral("supported"));
    r = Run::start(m_exe, {"--db", db, "petition", "status", "NOPE-1"});
    QCOMPARE(r.code, 1);
}

void TestKontaktctlPetition::importRefusesBadRowsByLine()
{
    const QString db = m_db->connInfo(m_fx->login("petitions"));
    const int before =
        m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.petition")).toInt();
    const QByteArray csv =
        "number,title,text,author_name,author_email,submitted_at\n"
        "IMP-1,Сквер,\"Просимо, будь ласка, сквер\",Коваль Марія,m@example.com,2026-12-01\n"
        "IMP-2,Ліхтарі,Просимо ліхтарі,Коваль Марія,not-an-email,2026-12-01\n"
        "IMP-3,Дорога,\"Просимо\nремонт\",Коваль Марія,m@example.com,вчора\n"
        ",Без номера,Текст,Коваль Марія,m@example.com,\n"
        "IMP-5,Зайве,поле,Коваль,m@example.com,2026-12-01,x\n";
    const Run r = Run::start(m_exe, {"--db", db, "petition", "import", "-"}, csv);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("line 3: the author's e-mail")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 4: submitted_at")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 6: the number is empty")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 7: 7 values")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("line 2")));
    QVERIFY2(r.err.contains(QStringLiteral("nothing imported")), qPrintable(r.err));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.petition")).toInt(), before);
}

void TestKontaktctlPetition::importIsAllOrNothing()
{
    // Row 2 is fine, row 3 counts signatures of a petition that is not collecting: the database
    // refuses it, and row 2 is not kept either.
    const QString db = m_db->connInfo(m_fx->login("petitions"));
    const int before =
        m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.petition")).toInt();
    const QByteArray csv =
        "number;title;text;author_name;author_email;signatures_online;signatures_paper\n"
        "ALL-1;Сквер;Просимо сквер;Коваль Марія;m@example.com;;\n"
        "ALL-1;;;;;10;2\n";
    const Run r = Run::start(m_exe, {"--db", db, "petition", "import", "-"}, csv);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("line 3: wrong_state")), qPrintable(r.err));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.petition")).toInt(), before);
}

void TestKontaktctlPetition::importCsvAndJson()
{
    const QString db = m_db->connInfo(m_fx->login("petitions"));
    Run r = Run::start(m_exe, {"--db", db, "petition", "import", "-"},
                       "number,title,text,author_name,author_email\n"
                       "OK-1,Сквер,Просимо сквер,Коваль Марія,m@example.com\n"
                       "OK-2,Парк,\"Просимо \"\"новий\"\" парк\",Коваль Марія,m@example.com\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("registered")).toInt(), 2);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT text FROM kontakt.petition WHERE number = 'OK-2'"))
                 .toString(),
             QStringLiteral("Просимо \"новий\" парк"));
    r = Run::start(m_exe, {"--db", db, "petition", "status", "OK-1", "--to", "published"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // JSON export: the counts of OK-1 (the threshold reached) and OK-1 again as a petition.
    r = Run::start(
        m_exe, {"--db", db, "petition", "import", "-"},
        R"([{"number":"OK-1","title":"Сквер","text":"Просимо сквер","author":{"name":"Коваль Марія","email":"m@example.com"}},
                       {"number":"OK-1","signatures_online":351,"signatures_paper":"0"}])");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("already_registered")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("counts_updated")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("threshold_reached")).toArray().size(), 1);
    r = Run::start(m_exe, {"--db", db, "petition", "import", "-"},
                   R"([{"number":5,"title":["x"]}, 7])");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("item 1")) && r.err.contains(QStringLiteral("item 2")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestKontaktctlPetition)
#include "tst_kontaktctl_petition.moc"
