#include "appealrepository.h"
#include "deadlinecalculator.h"
#include "referencerepository.h"
#include "staffrepository.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QtTest>

// Registration against a real database: indexes, terms, repeats, idempotency, and the
// database's own refusals.
class TestAppealRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void registersWithIndexTermAndPriority();
    void indexKinds_data();
    void indexKinds();
    void concurrentRegistrationGivesUniqueIndexes();
    void indexNumbersRestartEachYear();
    void sameIdempotencyKeyStoresOnce();
    void repeatsAndDuplicates();
    void sameProblemSuggestion();
    void refusedInputKeepsNothing();
    void databaseRefusesUnknownCodes();
    void databaseMaxDueAgreesWithCore_data();
    void databaseMaxDueAgreesWithCore();
    void extensionLimitsAndRoles();

private:
    AppealInput call(const QString &surname, const QString &phone,
                     const QString &topic = QStringLiteral("009"));
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_logins;
};

AppealInput TestAppealRepository::call(const QString &surname, const QString &phone,
                                       const QString &topic)
{
    AppealInput in;
    in.channel = Channel::Phone;
    in.receivedAt = QDateTime::currentDateTime().addSecs(-60);
    in.author.surname = surname;
    in.author.firstName = QStringLiteral("Олена");
    in.author.phone = phone;
    in.author.address = QStringLiteral("вул. Київська, 12");
    in.topicCode = topic;
    in.summary = QStringLiteral("Не працює ліфт");
    in.idempotencyKey = QUuid::createUuid();
    return in;
}

QVariant TestAppealRepository::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

void TestAppealRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
}

void TestAppealRepository::cleanupTestCase()
{
    QSqlQuery q(m_db->ownerConnection());
    for (const QString &l : std::as_const(m_logins))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(l));
    m_db.reset();
}

void TestAppealRepository::registersWithIndexTermAndPriority()
{
    AppealRepository repo(m_db->ownerConnection());
    AppealInput in = call(QStringLiteral("Ковальчук"), QStringLiteral("+380 67 123 45 67"));
    in.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 15), QTimeZone(7200));
    in.needsStudy = true;
    in.author.categories = {QStringLiteral("7.5")}; // combatant: privileged
    const auto r = repo.registerAppeal(in, QDateTime::currentDateTime());
    QVERIFY2(r.ok(), qPrintable(r.dbError.detail));
    const Appeal &a = r.appeal;
    QVERIFY(a.regIndex.startsWith(QStringLiteral("К-")));
    QCOMPARE(a.status, AppealStatus::Registered);
    QCOMPARE(a.arrivalCode, QStringLiteral("2.1"));
    QVERIFY(a.priority);
    QCOMPARE(*a.dueDate, QDate(2026, 12, 28)); // 27.12.2026 is a Sunday
    QVERIFY(a.dueReason.contains(QStringLiteral("28.12.2026")));
    QCOMPARE(a.input.author.phone, QStringLiteral("+380671234567"));
    QVERIFY(a.input.callerId > 0);
    // The caller is remembered with the normalised phone.
    QCOMPARE(
        scalar(QStringLiteral(
                   "SELECT count(*) FROM kontakt.caller_phone WHERE phone_e164 = '+380671234567'"))
            .toInt(),
        1);

    AppealInput plain = call(QStringLiteral("Литвин"), QString());
    plain.author.categories = {QStringLiteral("7.6")}; // labour veteran: no statutory priority
    const auto r2 = repo.registerAppeal(plain, QDateTime::currentDateTime());
    QVERIFY(r2.ok());
    QVERIFY(!r2.appeal.priority);
}

void TestAppealRepository::indexKinds_data()
{
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("status");
    QTest::newRow("individual") << "Їжакевич"
                                << "phone"
                                << "5.1"
                                << "Ї-"
                                << "registered";
    QTest::newRow("collective") << "Бондар"
                                << "post"
                                << "5.2"
                                << "КО-"
                                << "registered";
    QTest::newRow("anonymous phone") << ""
                                     << "phone"
                                     << "5.1"
                                     << "БП-"
                                     << "registered";
    QTest::newRow("anonymous e-mail") << ""
                                      << "email"
                                      << "5.1"
                                      << "БП-"
                                      << "not_considered";
}

void TestAppealRepository::indexKinds()
{
    QFETCH(QString, surname);
    QFETCH(QString, channel);
    QFETCH(QString, subject);
    QFETCH(QString, prefix);
    QFETCH(QString, status);
    AppealInput in = call(surname, QString());
    in.channel = *AppealKeys::channelFromKey(channel);
    in.subjectCode = subject;
    in.signatories = subject == QLatin1String("5.2") ? 12 : 1;
    in.author.email = QStringLiteral("someone@example.com");
    if (surname.isEmpty())
        in.author.firstName.clear();
    const auto r =
        AppealRepository(m_db->ownerConnection()).registerAppeal(in, QDateTime::currentDateTime());
    QVERIFY2(r.ok(), qPrintable(r.dbError.detail + QStringLiteral(" ") +
                                (r.errors.isEmpty() ? QString() : r.errors.first().message)));
    QVERIFY2(r.appeal.regIndex.startsWith(prefix), qPrintable(r.appeal.regIndex));
    QCOMPARE(AppealKeys::statusKey(r.appeal.status), status);
}

void TestAppealRepository::concurrentRegistrationGivesUniqueIndexes()
{
    const ConnectParams params = m_db->params();
    const int before =
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE reg_index LIKE 'Ш-%'"))
            .toInt();
    auto worker = [params](int n) {
        const QString name = QStringLiteral("reg-%1").arg(n);
        QStringList indexes;
        {
            DbError error;
            QSqlDatabase db = DatabaseConnector::open(name, params, &error);
            AppealRepository repo(db);
            for (int i = 0; i < 10; ++i) {
                AppealInput in;
                in.receivedAt = QDateTime::currentDateTime().addSecs(-5);
                in.author.surname = QStringLiteral("Шевчук");
                in.topicCode = QStringLiteral("010");
                in.summary = QStringLiteral("Тест %1-%2").arg(n).arg(i);
                in.idempotencyKey = QUuid::createUuid();
                const auto r = repo.registerAppeal(in, QDateTime::currentDateTime());
                indexes << (r.ok() ? r.appeal.regIndex
                                   : QStringLiteral("ERROR ") + r.dbError.detail);
            }
        }
        DatabaseConnector::close(name);
        return indexes;
    };
    QList<QFuture<QStringList>> futures;
    for (int n = 0; n < 6; ++n)
        futures << QtConcurrent::run(worker, n);
    QSet<QString> all;
    for (auto &f : futures) {
        for (const QString &index : f.result()) {
            QVERIFY2(!index.startsWith(QStringLiteral("ERROR")), qPrintable(index));
            QVERIFY2(!all.contains(index), qPrintable(index));
            all.insert(index);
        }
    }
    QCOMPARE(all.size(), 60);
    // Numbers are consecutive: no gaps, no doubles.
    for (int i = before + 1; i <= before + 60; ++i)
        QVERIFY2(all.contains(QStringLiteral("Ш-%1").arg(i)), qPrintable(QString::number(i)));
}

void TestAppealRepository::indexNumbersRestartEachYear()
{
    AppealRepository repo(m_db->ownerConnection());
    AppealInput last = call(QStringLiteral("Юрченко"), QString());
    last.receivedAt =
        QDateTime(QDate(2025, 12, 31), QTime(23, 30), QTimeZone(QByteArrayLiteral("Europe/Kyiv")));
    AppealInput first = call(QStringLiteral("Юрченко"), QString());
    first.receivedAt =
        QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Kyiv")));
    const auto a = repo.registerAppeal(last, QDateTime::currentDateTime());
    const auto b = repo.registerAppeal(first, QDateTime::currentDateTime());
    QVERIFY2(a.ok(), qPrintable(a.dbError.detail));
    QVERIFY2(b.ok(), qPrintable(b.dbError.detail));
    QCOMPARE(a.appeal.regIndex, QStringLiteral("Ю-1"));
    QCOMPARE(b.appeal.regIndex, QStringLiteral("Ю-1")); // a new year, a new count
    DbError error;
    QCOMPARE(repo.findByRegIndex(QStringLiteral("Ю-1"), &error)->id, b.appeal.id); // the newest
    // Within one year the database refuses a second Ю-1.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO kontakt.appeal(reg_index, channel, status, received_at) "
                       "VALUES ('Ю-1', 'phone', 'registered', '2026-03-01')")));
}

void TestAppealRepository::sameIdempotencyKeyStoresOnce()
{
    const ConnectParams params = m_db->params();
    AppealInput in = call(QStringLiteral("Мельник"), QStringLiteral("0501112233"));
    auto worker = [params, in](int n) {
        const QString name = QStringLiteral("idem-%1").arg(n);
        QString index;
        {
            DbError error;
            QSqlDatabase db = DatabaseConnector::open(name, params, &error);
            const auto r = AppealRepository(db).registerAppeal(in, QDateTime::currentDateTime());
            index = r.ok() ? r.appeal.regIndex : QStringLiteral("ERROR ") + r.dbError.detail;
        }
        DatabaseConnector::close(name);
        return index;
    };
    QList<QFuture<QString>> futures;
    for (int n = 0; n < 4; ++n)
        futures << QtConcurrent::run(worker, n);
    QSet<QString> indexes;
    for (auto &f : futures)
        indexes.insert(f.result());
    QCOMPARE(indexes.size(), 1);
    QVERIFY2(indexes.begin()->startsWith(QStringLiteral("М-")), qPrintable(*indexes.begin()));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM kontakt.appeal WHERE idempotency_key = ?::uuid"),
                    {in.idempotencyKey.toString(QUuid::WithoutBraces)})
                 .toInt(),
             1);
    // And a later retry returns the stored one.
    const auto again =
        AppealRepository(m_db->ownerConnection()).registerAppeal(in, QDateTime::currentDateTime());
    QCOMPARE(again.outcome, AppealRepository::RegisterResult::Outcome::AlreadyStored);
    QCOMPARE(again.appeal.regIndex, *indexes.begin());
}

void TestAppealRepository::repeatsAndDuplicates()
{
    AppealRepository repo(m_db->ownerConnection());
    const QString phone = QStringLiteral("0632223344");
    // First: primary.
    const auto first = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("011")), QDateTime::currentDateTime());
    QVERIFY(first.ok());
    QCOMPARE(first.appeal.arrivalCode, QStringLiteral("2.1"));
    // Same author, same topic, first still open: a duplicate under the open case.
    const auto dup = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("011")), QDateTime::currentDateTime());
    QVERIFY(dup.ok());
    QCOMPARE(dup.appeal.arrivalCode, QStringLiteral("2.3"));
    QCOMPARE(dup.appeal.links.size(), 1);
    QCOMPARE(dup.appeal.links.first().regIndex, first.appeal.regIndex);
    QCOMPARE(dup.appeal.links.first().kind, QStringLiteral("duplicate"));
    QCOMPARE(dup.appeal.input.coApplicantOf, first.appeal.id); // no second task for executors
    // Another topic of the same author: primary.
    const auto other = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("008")), QDateTime::currentDateTime());
    QCOMPARE(other.appeal.arrivalCode, QStringLiteral("2.1"));

    // Decided (closed) two months ago: repeated, linked.
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("UPDATE kontakt.appeal SET status = 'closed', result_code = '9.1', "
                             "closed_at = now() - interval '2 months' WHERE id IN (?, ?)"));
    q.addBindValue(first.appeal.id);
    q.addBindValue(dup.appeal.id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto repeated = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("011")), QDateTime::currentDateTime());
    QCOMPARE(repeated.appeal.arrivalCode, QStringLiteral("2.2"));
    QCOMPARE(repeated.appeal.links.first().kind, QStringLiteral("repeated"));
    QCOMPARE(repeated.appeal.input.coApplicantOf, 0);

    // Decided 13 months ago only: primary again.
    const auto old = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("012")), QDateTime::currentDateTime());
    q.prepare(QStringLiteral("UPDATE kontakt.appeal SET status = 'closed', closed_at = now() - "
                             "interval '13 months' WHERE id = ?"));
    q.addBindValue(old.appeal.id);
    QVERIFY(q.exec());
    const auto fresh = repo.registerAppeal(
        call(QStringLiteral("Гончар"), phone, QStringLiteral("012")), QDateTime::currentDateTime());
    QCOMPARE(fresh.appeal.arrivalCode, QStringLiteral("2.1"));
}

void TestAppealRepository::sameProblemSuggestion()
{
    AppealRepository repo(m_db->ownerConnection());
    AppealInput a =
        call(QStringLiteral("Павленко"), QStringLiteral("0931112233"), QStringLiteral("009"));
    a.problemAddress = QStringLiteral("вул. Шевченка, 5");
    const auto first = repo.registerAppeal(a, QDateTime::currentDateTime());
    QVERIFY(first.ok());
    DbError error;
    const auto candidates = repo.sameProblemCandidates(
        QStringLiteral("009"), QStringLiteral("вулиця Шевченка, 5"), 0, 72, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    bool found = false;
    for (const Appeal &c : candidates)
        found = found || c.id == first.appeal.id;
    QVERIFY(found);
    // The caller's own case is not suggested to them.
    const auto own =
        repo.sameProblemCandidates(QStringLiteral("009"), QStringLiteral("вул. Шевченка, 5"),
                                   first.appeal.input.callerId, 72, &error);
    for (const Appeal &c : own)
        QVERIFY(c.id != first.appeal.id);

    // A second caller attaches as a co-applicant.
    AppealInput b =
        call(QStringLiteral("Савчук"), QStringLiteral("0932223344"), QStringLiteral("009"));
    b.problemAddress = a.problemAddress;
    b.coApplicantOf = first.appeal.id;
    const auto co = repo.registerAppeal(b, QDateTime::currentDateTime());
    QVERIFY(co.ok());
    QCOMPARE(co.appeal.input.coApplicantOf, first.appeal.id);
    QCOMPARE(co.appeal.links.first().kind, QStringLiteral("related"));
}

void TestAppealRepository::refusedInputKeepsNothing()
{
    const int before = scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal")).toInt();
    AppealInput in = call(QStringLiteral("Бойко"), QStringLiteral("067 12x"));
    const auto r =
        AppealRepository(m_db->ownerConnection()).registerAppeal(in, QDateTime::currentDateTime());
    QCOMPARE(r.outcome, AppealRepository::RegisterResult::Outcome::Refused);
    QCOMPARE(r.errors.first().field, QStringLiteral("author.phone"));
    AppealInput future = call(QStringLiteral("Бойко"), QString());
    future.receivedAt = QDateTime::currentDateTime().addDays(2);
    QCOMPARE(AppealRepository(m_db->ownerConnection())
                 .registerAppeal(future, QDateTime::currentDateTime())
                 .outcome,
             AppealRepository::RegisterResult::Outcome::Refused);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal")).toInt(), before);
}

void TestAppealRepository::databaseRefusesUnknownCodes()
{
    // The client checks the shape; the database knows the classifier.
    AppealInput in = call(QStringLiteral("Ткач"), QString(), QStringLiteral("999"));
    const auto r =
        AppealRepository(m_db->ownerConnection()).registerAppeal(in, QDateTime::currentDateTime());
    QCOMPARE(r.outcome, AppealRepository::RegisterResult::Outcome::Failed);
    QCOMPARE(r.dbError.kind, DbError::Kind::Constraint);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM kontakt.appeal WHERE author_surname = 'Ткач'"))
            .toInt(),
        0);
    // And control characters in a name, bypassing the client.
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO kontakt.appeal(reg_index, channel, status, author_surname) "
                       "VALUES ('X-1', 'phone', 'registered', E'Ткач\\x07')")));
}

void TestAppealRepository::databaseMaxDueAgreesWithCore_data()
{
    QTest::addColumn<bool>("martialLaw");
    QTest::newRow("martial law") << true;
    QTest::newRow("peace time") << false;
}

void TestAppealRepository::databaseMaxDueAgreesWithCore()
{
    QFETCH(bool, martialLaw);
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("UPDATE kontakt.setting SET value = ? WHERE key = 'martial_law'"));
    q.addBindValue(martialLaw ? QStringLiteral("true") : QStringLiteral("false"));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO kontakt.calendar_day(day, kind, note) VALUES "
        "('2026-03-09', 'non_working', 'test'), ('2026-06-27', 'working_transfer', 'test') "
        "ON CONFLICT (day) DO NOTHING")));
    WorkingCalendar calendar;
    DbError error;
    QVERIFY(ReferenceRepository(m_db->ownerConnection())
                .loadCalendar(&calendar, QDate(2025, 12, 1), QDate(2027, 6, 1), &error));
    const DeadlineCalculator calc(calendar);
    for (QDate d(2026, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
        q.prepare(QStringLiteral(
            "SELECT kontakt.max_due_date((?::date + time '12:00') AT TIME ZONE 'Europe/Kyiv'), "
            "kontakt.is_working_day(?::date)"));
        q.addBindValue(d);
        q.addBindValue(d);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toDate() == calc.maxDue(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY2(q.value(1).toBool() == calendar.isWorkingDay(d),
                 qPrintable(d.toString(Qt::ISODate)));
    }
    QVERIFY(q.exec(
        QStringLiteral("UPDATE kontakt.setting SET value = 'true' WHERE key = 'martial_law'")));
}

void TestAppealRepository::extensionLimitsAndRoles()
{
    const QString suffix = m_db->name().right(8);
    const QString op = QStringLiteral("op_") + suffix;
    const QString head = QStringLiteral("head_") + suffix;
    StaffRepository staff(m_db->ownerConnection());
    DbError error;
    for (const auto &[login, role] :
         {std::pair{op, StaffRole::Operator}, std::pair{head, StaffRole::Head}}) {
        StaffRepository::NewStaff s;
        s.login = login;
        s.role = role;
        s.fullName = login;
        QVERIFY2(staff.create(s, &error), qPrintable(error.detail));
        m_logins << login;
    }
    // The operator registers (as the operator, row-level security in the path).
    QString regIndex;
    QDate received;
    {
        QSqlDatabase db = DatabaseConnector::open(QStringLiteral("op"), m_db->params(op), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        const auto r = AppealRepository(db).registerAppeal(
            call(QStringLiteral("Олійник"), QString()), QDateTime::currentDateTime());
        QVERIFY2(r.ok(), qPrintable(r.dbError.detail));
        regIndex = r.appeal.regIndex;
        received = DeadlineCalculator::kyivDate(r.appeal.input.receivedAt);
        QCOMPARE(r.appeal.operatorLogin, op);
        // ... but may not move the term.
        const auto e =
            AppealRepository(db).extend(regIndex, received.addDays(20), QStringLiteral("x"));
        QCOMPARE(e.outcome, AppealRepository::ExtendResult::Outcome::NotAllowed);
    }
    DatabaseConnector::close(QStringLiteral("op"));
    {
        QSqlDatabase db =
            DatabaseConnector::open(QStringLiteral("head"), m_db->params(head), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        AppealRepository repo(db);
        const auto beyond = repo.extend(regIndex, received.addDays(60), QStringLiteral("x"));
        QCOMPARE(beyond.outcome, AppealRepository::ExtendResult::Outcome::BeyondLimit);
        const auto ok = repo.extend(regIndex, received.addDays(30), QStringLiteral("extended"));
        QCOMPARE(ok.outcome, AppealRepository::ExtendResult::Outcome::Extended);
        // The database itself refuses a term beyond 45 days, whoever asks.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE kontakt.appeal SET due_date = ? WHERE reg_index = ?"));
        q.addBindValue(received.addDays(80));
        q.addBindValue(regIndex);
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23514"));
    }
    DatabaseConnector::close(QStringLiteral("head"));
}

QTEST_GUILESS_MAIN(TestAppealRepository)
#include "tst_appealrepository.moc"
