#include "appealrepository.h"
#include "demodatagenerator.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

// `kontaktctl demo`: sample data that the schema's own rules accept, the same for the same seed,
// and an index counter that the next real registration continues.
class TestDemoDataGenerator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void scramVerifier();
    void generatesConsistentCases();
    void sameSeedSameData();
    void refusesNonEmptyDatabase();
    void commandLine();

private:
    static QVariant scalar(QSqlDatabase db, const QString &sql);
    static QString fingerprint(QSqlDatabase db);
    void dropDemoLogins();

    QDateTime m_now;
    std::unique_ptr<TestDatabase> m_db; // 3000 cases, seed 7
};

QVariant TestDemoDataGenerator::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

QString TestDemoDataGenerator::fingerprint(QSqlDatabase db)
{
    return scalar(db, QStringLiteral(
                          "SELECT md5(string_agg(concat_ws('|', reg_index, topic_code, status, "
                          "due_date, author_surname, received_at, summary), ',' ORDER BY id)) "
                          "FROM kontakt.appeal"))
        .toString();
}

void TestDemoDataGenerator::dropDemoLogins()
{
    QSqlQuery q(m_db->ownerConnection());
    QStringList existing;
    q.exec(QStringLiteral("SELECT rolname FROM pg_roles"));
    while (q.next())
        existing << q.value(0).toString();
    for (const auto &l : DemoDataGenerator::demoLogins()) {
        if (existing.contains(QString::fromLatin1(l.login)))
            q.exec(QStringLiteral("DROP ROLE %1").arg(QString::fromLatin1(l.login)));
    }
}

void TestDemoDataGenerator::initTestCase()
{
    // One "now" for every run: the same seed must give the same rows.
    m_now = QDateTime::currentDateTimeUtc();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    dropDemoLogins(); // cluster-wide: left over from an aborted run
}

void TestDemoDataGenerator::cleanupTestCase()
{
    if (m_db)
        dropDemoLogins();
    m_db.reset();
}

void TestDemoDataGenerator::scramVerifier()
{
    // Known answers computed independently (Python hashlib.pbkdf2_hmac + hmac).
    QCOMPARE(DemoDataGenerator::scramVerifier(QStringLiteral("pencil"),
                                              QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")),
             QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                            "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    QCOMPARE(DemoDataGenerator::scramVerifier(QStringLiteral("Demo2Pass9x"),
                                              QByteArrayLiteral("kontakt-demo-salt")),
             QStringLiteral("SCRAM-SHA-256$4096:a29udGFrdC1kZW1vLXNhbHQ=$"
                            "eAra6hu/Jan3pN21Ut0Xhc2ie7zmTr5L7Vt67xLHh0Q=:"
                            "CuV77SJp8t3wd5ASvy6lhp1S3HU/1wufj8qAdA/BgeA="));
    const QString password = DemoDataGenerator::randomPassword();
    QCOMPARE(int(password.size()), 12);
    QVERIFY(password != DemoDataGenerator::randomPassword());
}

void TestDemoDataGenerator::generatesConsistentCases()
{
    QSqlDatabase db = m_db->ownerConnection();
    DemoDataGenerator::Options options;
    options.cases = 3000;
    options.seed = 7;
    options.now = m_now;
    qint64 lastProgress = 0;
    const auto r = DemoDataGenerator(db).generate(options, [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(3000));
        lastProgress = done;
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(lastProgress, qint64(3000));
    QCOMPARE(r.appeals, qint64(3000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.appeal")).toInt(), 3000);
    qint64 byStatus = 0;
    for (const auto &s : r.statusCounts)
        byStatus += s.second;
    QCOMPARE(byStatus, qint64(3000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.caller")).toLongLong(),
             r.callers);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.assignment")).toLongLong(),
             r.assignments);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.reply")).toLongLong(),
             r.replies);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.feedback")).toLongLong(),
             r.feedback);
    QVERIFY(r.callers > 1500 && r.assignments > 1000 && r.replies > 1000 && r.feedback > 1000);

    // What the triggers would have checked (the bulk load runs without them).
    auto zero = [&](const char *what, const QString &sql) {
        const QVariant v = scalar(db, sql);
        QVERIFY2(v.isValid(), what);
        QVERIFY2(v.toInt() == 0,
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), v.toString())));
    };
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT reg_index) FROM kontakt.appeal "
                                       "WHERE reg_index ~ '^(КО|БП|[А-ЯІЇЄҐ])-[0-9]+$'"))
                 .toInt(),
             3000);
    zero("due beyond 45 days",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal "
                        "WHERE due_date > kontakt.max_due_date(received_at)"));
    zero(
        "assignment term beyond the appeal's",
        QStringLiteral("SELECT count(*) FROM kontakt.assignment s JOIN kontakt.appeal a "
                       "ON a.id = s.appeal_id WHERE s.term > kontakt.max_due_date(a.received_at)"));
    zero("closed without time or result",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE status = 'closed' "
                        "AND (closed_at IS NULL OR result_code IS NULL OR closed_at < received_at "
                        "OR closed_at > now())"));
    zero("priority disagrees with the categories",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal "
                        "WHERE priority <> kontakt.is_privileged(author_categories)"));
    zero("open without a term",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE status IN ('registered', "
                        "'routing_proposed', 'approved', 'in_progress', 'replied', 'callback', "
                        "'rework') AND due_date IS NULL"));
    zero("unknown classifier codes",
         QStringLiteral(
             "SELECT count(*) FROM kontakt.appeal a, LATERAL (VALUES ('topic', a.topic_code), "
             "('kind', a.kind_code), ('result', a.result_code), ('sex', a.author_sex_code), "
             "('social', a.author_social_code), ('form', a.form_code), ('type', a.type_code), "
             "('arrival', a.arrival_code), ('subject', a.subject_code)) AS c(section, code) "
             "WHERE c.code IS NOT NULL AND NOT kontakt.classifier_code_exists(c.section, c.code, "
             "a.classifier_version_id)"));
    zero("unknown author categories",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal a, unnest(a.author_categories) c "
                        "WHERE NOT kontakt.classifier_code_exists('author', c)"));
    zero("collective without signatories",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE subject_code = '5.2' "
                        "AND (signatories < 2 OR reg_index NOT LIKE 'КО-%')"));
    zero("dangling keys",
         QStringLiteral(
             "SELECT (SELECT count(*) FROM kontakt.appeal a WHERE a.caller_id IS NOT NULL AND "
             "NOT EXISTS (SELECT 1 FROM kontakt.caller c WHERE c.id = a.caller_id)) "
             "+ (SELECT count(*) FROM kontakt.assignment s WHERE NOT EXISTS (SELECT 1 FROM "
             "kontakt.organisation o WHERE o.id = s.org_id) OR NOT EXISTS (SELECT 1 FROM "
             "kontakt.appeal a WHERE a.id = s.appeal_id)) "
             "+ (SELECT count(*) FROM kontakt.reply r WHERE NOT EXISTS (SELECT 1 FROM "
             "kontakt.assignment s WHERE s.id = r.assignment_id AND s.appeal_id = r.appeal_id)) "
             "+ (SELECT count(*) FROM kontakt.feedback f WHERE NOT EXISTS (SELECT 1 FROM "
             "kontakt.appeal a WHERE a.id = f.appeal_id)) "
             "+ (SELECT count(*) FROM kontakt.caller_phone p WHERE NOT EXISTS (SELECT 1 FROM "
             "kontakt.caller c WHERE c.id = p.caller_id)) "
             "+ (SELECT count(*) FROM kontakt.appeal_link l WHERE NOT EXISTS (SELECT 1 FROM "
             "kontakt.appeal a WHERE a.id = l.linked_appeal_id))"));
    zero("routed appeal without its executor",
         QStringLiteral("SELECT count(*) FROM kontakt.appeal a WHERE a.status IN "
                        "('routing_proposed', 'approved', 'in_progress', 'replied', 'callback', "
                        "'rework', 'closed') AND NOT EXISTS (SELECT 1 FROM "
                        "kontakt.assignment s WHERE s.appeal_id = a.id AND s.is_main)"));

    // A realistic mix.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE status IN "
                                      "('registered', 'routing_proposed', 'approved', "
                                      "'in_progress', 'replied', 'callback', 'rework') "
                                      "AND due_date < current_date"))
                .toInt() > 0); // overdue
    const double consultations =
        scalar(db, QStringLiteral("SELECT avg((status = 'consultation')::int) FROM "
                                  "kontakt.appeal WHERE channel = 'phone'"))
            .toDouble();
    QVERIFY2(consultations > 0.2 && consultations < 0.4,
             qPrintable(QString::number(consultations)));
    const double privileged =
        scalar(db, QStringLiteral("SELECT avg(priority::int) FROM kontakt.appeal")).toDouble();
    QVERIFY2(privileged > 0.01 && privileged < 0.05, qPrintable(QString::number(privileged)));
    const double repeat =
        scalar(db, QStringLiteral("SELECT avg((rn > 1)::int) FROM (SELECT row_number() "
                                  "OVER (PARTITION BY caller_id ORDER BY received_at) rn "
                                  "FROM kontakt.appeal WHERE caller_id IS NOT NULL) s"))
            .toDouble();
    QVERIFY2(repeat > 0.15 && repeat < 0.35, qPrintable(QString::number(repeat)));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT extract(year FROM received_at)) "
                                      "FROM kontakt.appeal"))
                .toInt() >= 5);
    // Old cases are mostly closed, a few are stuck (overdue).
    const QString old = QStringLiteral(" FROM kontakt.appeal WHERE received_at < now() - "
                                       "interval '1 year' AND status IN ");
    const int oldClosed =
        scalar(db, QStringLiteral("SELECT count(*)") + old + QStringLiteral("('closed')")).toInt();
    const int oldOpen = scalar(db, QStringLiteral("SELECT count(*)") + old +
                                       QStringLiteral("('registered', 'routing_proposed', "
                                                      "'approved', 'in_progress', 'replied', "
                                                      "'callback', 'rework')"))
                            .toInt();
    QVERIFY2(oldClosed > 50 * oldOpen,
             qPrintable(QStringLiteral("%1 %2").arg(oldClosed).arg(oldOpen)));

    // Demo executors with competence, demo logins in their roles.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.organisation WHERE name "
                                      "LIKE '%(демо)' AND note LIKE 'Демонстраційні дані%'"))
                .toInt() >= 10);
    // Every sample organisation has an address of the reserved example domain, so that the
    // outbox fills in a demo and no notice can ever reach a real mailbox.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT count(*) FROM kontakt.organisation WHERE name "
                            "LIKE '%(демо)' AND coalesce(email, '') NOT LIKE '%@demo.example.org'"))
                 .toInt(),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM kontakt.organisation_topic t "
                                      "JOIN kontakt.organisation o ON o.id = t.org_id "
                                      "WHERE o.code = 'BTVE' AND t.topic_code = '009')"))
                .toBool());
    QCOMPARE(r.users.size(), DemoDataGenerator::demoLogins().size());
    for (const auto &u : r.users) {
        QCOMPARE(u.state, DemoDataGenerator::User::State::Created);
        QCOMPARE(int(u.password.size()), 12);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT pg_has_role(s.login, 'kontakt_' || s.role, 'MEMBER'), s.role, "
            "       coalesce(o.code, '') FROM kontakt.staff s "
            "  LEFT JOIN kontakt.organisation o ON o.id = s.org_id WHERE s.login = ?"));
        q.addBindValue(u.login);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toBool(), qPrintable(u.login));
        QCOMPARE(q.value(1).toString(), u.role);
        QCOMPARE(q.value(2).toString(), u.orgCode);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.audit_log "
                                       "WHERE new_data ->> 'demo_data' = 'true'"))
                 .toInt(),
             1);

    // The next registration continues the numbering.
    const int before = scalar(db, QStringLiteral("SELECT count(*) FROM kontakt.appeal "
                                                 "WHERE reg_index LIKE 'К-%'"))
                           .toInt();
    QVERIFY(before > 0);
    AppealInput in;
    in.channel = Channel::Phone;
    in.receivedAt = QDateTime::currentDateTime().addSecs(-60);
    in.author.surname = QStringLiteral("Коваленко");
    in.author.firstName = QStringLiteral("Олена");
    in.author.phone = QStringLiteral("+380 67 765 43 21");
    in.author.address = QStringLiteral("вул. Київська, 12");
    in.kindCode = QStringLiteral("3.2");
    in.subjectCode = QStringLiteral("5.1");
    in.topicCode = QStringLiteral("009");
    in.summary = QStringLiteral("Не працює ліфт");
    in.idempotencyKey = QUuid::createUuid();
    const auto registered = AppealRepository(db).registerAppeal(in, QDateTime::currentDateTime());
    QVERIFY2(registered.ok(), qPrintable(registered.dbError.detail));
    QVERIFY(registered.appeal.regIndex.startsWith(QStringLiteral("К-")));
    const int number = registered.appeal.regIndex.mid(2).toInt();
    QVERIFY2(number > scalar(db, QStringLiteral("SELECT max(substr(reg_index, 3)::int) FROM "
                                                "kontakt.appeal WHERE reg_index LIKE 'К-%' "
                                                "AND id <> %1")
                                     .arg(registered.appeal.id))
                          .toInt(),
             qPrintable(registered.appeal.regIndex));
}

void TestDemoDataGenerator::sameSeedSameData()
{
    const QString first = fingerprint(m_db->ownerConnection());
    QVERIFY(!first.isEmpty());
    // Small batches: several transactions on two connections at once, same rows as one batch.
    auto generate = [this](qint64 seed, QString *print) {
        TestDatabase other;
        QVERIFY2(other.isReady(), qPrintable(other.error()));
        DemoDataGenerator::Options options;
        options.cases = 3000;
        options.seed = seed;
        options.now = m_now;
        options.batchSize = 400;
        int reports = 0;
        const auto r =
            DemoDataGenerator(other.ownerConnection()).generate(options, [&](qint64, qint64) {
                ++reports;
            });
        QVERIFY(reports >= 1);
        QVERIFY2(r.ok(), qPrintable(r.message));
        // The logins exist in the cluster already: attached here, passwords untouched.
        for (const auto &u : r.users) {
            QCOMPARE(u.state, DemoDataGenerator::User::State::Attached);
            QVERIFY(u.password.isEmpty());
        }
        *print = fingerprint(other.ownerConnection());
    };
    QString same, different;
    generate(7, &same);
    generate(8, &different);
    // The first database has one more (registered by the previous test), after all of these.
    const QString firstDemo =
        scalar(m_db->ownerConnection(), QStringLiteral("SELECT md5(string_agg(concat_ws('|', "
                                                       "reg_index, topic_code, status, due_date, "
                                                       "author_surname, received_at, summary), ',' "
                                                       "ORDER BY id)) FROM kontakt.appeal "
                                                       "WHERE id <= 3000"))
            .toString();
    QCOMPARE(same, firstDemo);
    QVERIFY(different != same);
}

void TestDemoDataGenerator::refusesNonEmptyDatabase()
{
    DemoDataGenerator::Options options;
    options.cases = 10;
    options.now = m_now;
    const auto refused = DemoDataGenerator(m_db->ownerConnection()).generate(options);
    QCOMPARE(refused.outcome, DemoDataGenerator::Result::Outcome::NotEmpty);
    QVERIFY(refused.message.contains(QStringLiteral("already has appeals")));

    options.append = true;
    const int before =
        scalar(m_db->ownerConnection(), QStringLiteral("SELECT count(*) FROM kontakt.appeal"))
            .toInt();
    const auto appended = DemoDataGenerator(m_db->ownerConnection()).generate(options);
    QVERIFY2(appended.ok(), qPrintable(appended.message));
    QCOMPARE(scalar(m_db->ownerConnection(), QStringLiteral("SELECT count(*) FROM kontakt.appeal"))
                 .toInt(),
             before + 10);
    for (const auto &u : appended.users)
        QCOMPARE(u.state, DemoDataGenerator::User::State::Skipped);
}

void TestDemoDataGenerator::commandLine()
{
    const QString exe = QString::fromLocal8Bit(qgetenv("KONTAKTCTL"));
    QVERIFY2(QFileInfo(exe).isExecutable(), "KONTAKTCTL must point at the built binary");
    TestDatabase target;
    QVERIFY2(target.isReady(), qPrintable(target.error()));
    dropDemoLogins(); // so that the run creates them and shows their passwords
    auto run = [&](QString *out, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KONTAKT_DB"));
        p.setProcessEnvironment(env);
        p.start(exe, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2000"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--db"),
                      target.connInfo()});
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run(&out, &err), 0);
    QVERIFY2(err.contains(QStringLiteral("demo: 2000/2000 appeals")), qPrintable(err));
    const QRegularExpression row(QStringLiteral("^  operator1\\s+operator\\s+KC\\s+(\\S{12})$"),
                                 QRegularExpression::MultilineOption);
    const auto match = row.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    for (const auto &l : DemoDataGenerator::demoLogins())
        QVERIFY2(out.contains(QStringLiteral("  ") + QString::fromLatin1(l.login)), l.login);
    QVERIFY(out.contains(QStringLiteral("closed")));
    QVERIFY(out.contains(QStringLiteral("total")));
    QVERIFY(out.contains(QStringLiteral("Time: ")));

    // The printed password is the one the server stores (as a SCRAM verifier, never in clear).
    const QString stored =
        scalar(target.ownerConnection(),
               QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'operator1'"))
            .toString();
    const QString salt = stored.section(QLatin1Char('$'), 1, 1).section(QLatin1Char(':'), 1, 1);
    QCOMPARE(DemoDataGenerator::scramVerifier(match.captured(1),
                                              QByteArray::fromBase64(salt.toLatin1())),
             stored);

    // A second run finds appeals: a finding, one line, nothing added.
    QCOMPARE(run(&out, &err), 1);
    QCOMPARE(int(err.trimmed().count(QLatin1Char('\n'))), 0);
    QVERIFY2(err.contains(QStringLiteral("already has appeals")), qPrintable(err));
    QCOMPARE(scalar(target.ownerConnection(), QStringLiteral("SELECT count(*) FROM kontakt.appeal"))
                 .toInt(),
             2000);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
