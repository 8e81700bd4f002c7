#include "petitionrepository.h"
#include "testdatabase.h"
#include "workflowfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The petition workflow in the database (0015_petitions.sql): statuses and role checks in the
// SECURITY DEFINER functions, working-day terms over weekends and configured non-working days,
// signature counts with who/when, expiry and the conversion to an ordinary appeal registered
// through the intake code path.
class TestPetitionRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void fullPathToThePublishedAnswer();
    void onlyThePetitionsGroupModerates();
    void staleVersionIsRefused();
    void rejectionNeedsReasons();
    void moderationTermOverWeekendsAndDaysOff_data();
    void moderationTermOverWeekendsAndDaysOff();
    void mayorAndConsiderationTerms();
    void expiryConvertsToAnAppeal();
    void thresholdAfterTheTermDoesNotCount();

private:
    PetitionRepository as(const QString &who)
    {
        return PetitionRepository(m_fx->connectionAs(who));
    }
    qint64 submit(const QString &title, const QDateTime &at = QDateTime());
    int version(qint64 id)
    {
        return m_fx
            ->scalar(QStringLiteral("SELECT version FROM kontakt.petition WHERE id = ?"), {id})
            .toInt();
    }
    void owner(const QString &sql, const QVariantList &binds = {});
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestPetitionRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
}

void TestPetitionRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestPetitionRepository::init()
{
    owner(QStringLiteral("DELETE FROM kontakt.calendar_day"));
    owner(QStringLiteral(
        "UPDATE kontakt.setting SET value = '350' WHERE key = 'petition_threshold'"));
}

void TestPetitionRepository::owner(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
}

qint64 TestPetitionRepository::submit(const QString &title, const QDateTime &at)
{
    PetitionRepository::NewPetition p;
    p.title = title;
    p.text = QStringLiteral("Просимо облаштувати сквер на вулиці Героїв з лавками й освітленням.");
    p.authorName = QStringLiteral("Коваленко Ірина Петрівна");
    p.authorEmail = QStringLiteral("iryna@example.com");
    p.authorAddress = QStringLiteral("вул. Героїв, 5, Бровари");
    p.submittedAt = at;
    const auto r = as(QStringLiteral("petitions")).submit(p);
    if (!r.ok())
        qWarning("submit: %s", qPrintable(r.error.detail));
    return r.ok() ? r.id : 0;
}

void TestPetitionRepository::fullPathToThePublishedAnswer()
{
    PetitionRepository repo = as(QStringLiteral("petitions"));
    const qint64 id = submit(QStringLiteral("Сквер на вулиці Героїв"));
    QVERIFY(id > 0);
    DbError error;
    auto p = repo.find(id, &error);
    QVERIFY2(p, qPrintable(error.detail));
    QCOMPARE(p->status, QStringLiteral("submitted"));
    QCOMPARE(p->threshold, 350);
    QVERIFY(p->number.startsWith(QStringLiteral("П-")));
    QVERIFY(p->moderationDue.isValid());
    QCOMPARE(p->currentDue, p->moderationDue);

    QVERIFY(repo.take(id, p->version).ok());
    const QList<PetitionFinding> findings{
        {QStringLiteral("duplicate"), QStringLiteral("Схожа"), QStringLiteral("№ П-1")}};
    auto r = repo.publish(id, version(id), findings);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    p = repo.find(id, &error);
    QCOMPARE(p->status, QStringLiteral("collecting"));
    QVERIFY(p->publishedAt.isValid());
    QCOMPARE(p->moderationFindings.size(), 1);
    QCOMPARE(p->moderationFindings.first().evidence, QStringLiteral("№ П-1"));
    QCOMPARE(p->moderatedBy, m_fx->login(QStringLiteral("petitions")));
    QCOMPARE(p->collectionEnds,
             p->publishedAt.toTimeZone(QTimeZone("Europe/Kyiv")).date().addDays(90));

    r = repo.signatures(id, 200, 100, QStringLiteral("з платформи"));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.status, QStringLiteral("collecting"));
    r = repo.signatures(id, 240, 110, QStringLiteral("паперові листи"));
    QCOMPARE(r.status, QStringLiteral("threshold_reached"));
    p = repo.find(id, &error);
    QCOMPARE(p->signaturesTotal(), 350);
    QVERIFY(p->mayorDue.isValid());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.petition_signature_update "
                                         "WHERE petition_id = ? AND updated_by = ?"),
                          {id, m_fx->login(QStringLiteral("petitions"))})
                 .toInt(),
             2);

    QVERIFY(repo.pass(id, version(id)).ok());
    // The mayor's office (manager) takes it into consideration and answers.
    PetitionRepository office = as(QStringLiteral("manager"));
    QVERIFY(office.consider(id, version(id)).ok());
    p = repo.find(id, &error);
    QCOMPARE(p->status, QStringLiteral("under_consideration"));
    QVERIFY(p->considerationDue.isValid());
    QCOMPARE(p->currentDue, p->considerationDue);
    r = office.answer(id, version(id), QStringLiteral("maybe"), QStringLiteral("Текст"));
    QCOMPARE(r.error.kind, WorkflowError::Kind::InvalidInput);
    r = office.answer(id, version(id), QStringLiteral("supported"),
                      QStringLiteral("Петицію підтримано: сквер облаштують у 2027 році."));
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    p = repo.find(id, &error);
    QCOMPARE(p->status, QStringLiteral("answered"));
    QCOMPARE(p->decision, QStringLiteral("supported"));
    QVERIFY(!p->currentDue.isValid());

    QStringList kinds;
    for (const auto &e : repo.events(id, &error))
        kinds << e.kind;
    QCOMPARE(kinds, (QStringList{"submitted", "moderation", "published", "signatures", "signatures",
                                 "threshold_reached", "passed_to_mayor", "under_consideration",
                                 "answered"}));
}

void TestPetitionRepository::onlyThePetitionsGroupModerates()
{
    PetitionRepository::NewPetition p;
    p.title = QStringLiteral("Заголовок");
    p.text = QStringLiteral("Текст");
    p.authorName = QStringLiteral("Коваленко Ірина");
    p.authorEmail = QStringLiteral("i@example.com");
    auto r = as(QStringLiteral("operator")).submit(p);
    QCOMPARE(r.error.kind, WorkflowError::Kind::NotAllowed);
    const qint64 id = submit(QStringLiteral("Ще сквер"));
    r = as(QStringLiteral("head")).publish(id, version(id), {});
    QCOMPARE(r.error.kind, WorkflowError::Kind::NotAllowed);
    r = as(QStringLiteral("exec_a")).take(id, version(id));
    QCOMPARE(r.error.kind, WorkflowError::Kind::NotAllowed);
    // No direct writes any more: the functions are the only way.
    QSqlQuery q(m_fx->connectionAs(QStringLiteral("petitions")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE kontakt.petition SET status = 'answered'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // A wrong transition.
    r = as(QStringLiteral("petitions")).pass(id, version(id));
    QCOMPARE(r.error.kind, WorkflowError::Kind::WrongState);
}

void TestPetitionRepository::staleVersionIsRefused()
{
    const qint64 id = submit(QStringLiteral("Старий номер версії"));
    const int v = version(id);
    QVERIFY(as(QStringLiteral("petitions")).take(id, v).ok());
    const auto r = as(QStringLiteral("petitions")).publish(id, v, {});
    QCOMPARE(r.error.kind, WorkflowError::Kind::StaleVersion);
    QCOMPARE(r.error.changedBy, m_fx->login(QStringLiteral("petitions")));
}

void TestPetitionRepository::rejectionNeedsReasons()
{
    PetitionRepository repo = as(QStringLiteral("petitions"));
    const qint64 id = submit(QStringLiteral("Заклик"));
    auto r = repo.reject(id, version(id), {QStringLiteral("  ")}, {});
    QCOMPARE(r.error.kind, WorkflowError::Kind::InvalidInput);
    const QList<PetitionFinding> f{{QStringLiteral("forbidden_content"), QStringLiteral("Заклик"),
                                    QStringLiteral("вбивайте")}};
    r = repo.reject(
        id, version(id),
        {QStringLiteral("Заклик до насильства (ст. 23-1)"), QStringLiteral("Друга, \"причина\"")},
        f);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    DbError error;
    const auto p = repo.find(id, &error);
    QCOMPARE(p->status, QStringLiteral("rejected"));
    QCOMPARE(p->moderationReasons, (QStringList{QStringLiteral("Заклик до насильства (ст. 23-1)"),
                                                QStringLiteral("Друга, \"причина\"")}));
    QCOMPARE(p->moderationFindings.first().rule, QStringLiteral("forbidden_content"));
    QVERIFY(!p->currentDue.isValid());
}

void TestPetitionRepository::moderationTermOverWeekendsAndDaysOff_data()
{
    QTest::addColumn<QDate>("submitted");
    QTest::addColumn<QDate>("dayOff"); // a configured non-working day, or invalid
    QTest::addColumn<QDate>("due");
    // 2026-12-04 is a Friday.
    QTest::newRow("monday") << QDate(2026, 11, 30) << QDate() << QDate(2026, 12, 2);
    QTest::newRow("friday over the weekend") << QDate(2026, 12, 4) << QDate() << QDate(2026, 12, 8);
    QTest::newRow("saturday") << QDate(2026, 12, 5) << QDate() << QDate(2026, 12, 8);
    QTest::newRow("friday, monday off")
        << QDate(2026, 12, 4) << QDate(2026, 12, 7) << QDate(2026, 12, 9);
    QTest::newRow("thursday, friday off")
        << QDate(2026, 12, 3) << QDate(2026, 12, 4) << QDate(2026, 12, 8);
}

void TestPetitionRepository::moderationTermOverWeekendsAndDaysOff()
{
    QFETCH(QDate, submitted);
    QFETCH(QDate, dayOff);
    QFETCH(QDate, due);
    if (dayOff.isValid())
        owner(QStringLiteral("INSERT INTO kontakt.calendar_day (day, kind, note) VALUES (?, "
                             "'non_working', 'тест')"),
              {dayOff});
    const qint64 id = submit(QStringLiteral("Строк модерації"),
                             QDateTime(submitted, QTime(10, 0), QTimeZone("Europe/Kyiv")));
    QVERIFY(id > 0);
    DbError error;
    const auto p = as(QStringLiteral("petitions")).find(id, &error);
    QVERIFY(p);
    QCOMPARE(p->moderationDue, due);
    QCOMPARE(p->currentDue, due);
}

void TestPetitionRepository::mayorAndConsiderationTerms()
{
    // Threshold reached on a Friday: to the mayor the next working day (Monday, or Tuesday when
    // Monday is off); consideration: 10 working days from the day it was passed.
    owner(QStringLiteral("INSERT INTO kontakt.calendar_day (day, kind, note) VALUES ('2026-12-07', "
                         "'non_working', 'тест')"));
    const qint64 id = submit(QStringLiteral("Терміни"));
    owner(QStringLiteral(
              "UPDATE kontakt.petition SET status = 'threshold_reached', "
              "published_at = '2026-11-20 10:00+02', threshold_reached_at = '2026-12-04 15:00+02' "
              "WHERE id = ?"),
          {id});
    DbError error;
    auto p = as(QStringLiteral("head")).find(id, &error);
    QCOMPARE(p->mayorDue, QDate(2026, 12, 8));
    QCOMPARE(p->currentDue, QDate(2026, 12, 8));
    owner(QStringLiteral("UPDATE kontakt.petition SET status = 'under_consideration', "
                         "passed_to_mayor_at = '2026-12-04 16:00+02' WHERE id = ?"),
          {id});
    p = as(QStringLiteral("head")).find(id, &error);
    // 8, 9, 10, 11, 14, 15, 16, 17, 18, 21 December (7th off, weekends skipped)
    QCOMPARE(p->considerationDue, QDate(2026, 12, 21));
}

void TestPetitionRepository::expiryConvertsToAnAppeal()
{
    PetitionRepository repo = as(QStringLiteral("petitions"));
    const qint64 id = submit(QStringLiteral("Пандус у поліклініці"));
    QVERIFY(repo.take(id, version(id)).ok());
    QVERIFY(repo.publish(id, version(id), {}).ok());
    QVERIFY(repo.signatures(id, 40, 12, QString()).ok());
    // Published 100 days ago: the 90-day term is over.
    owner(
        QStringLiteral(
            "UPDATE kontakt.petition SET published_at = now() - interval '100 days' WHERE id = ?"),
        {id});
    const qint64 young = submit(QStringLiteral("Молода петиція"));
    QVERIFY(repo.take(young, version(young)).ok());
    QVERIFY(repo.publish(young, version(young), {}).ok());

    auto r = as(QStringLiteral("operator")).expireDue();
    QCOMPARE(r.error.kind, WorkflowError::Kind::NotAllowed);
    r = repo.expireDue();
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.id, 1);
    QCOMPARE(repo.expireDue().id, 0); // idempotent
    DbError error;
    QCOMPARE(repo.find(id, &error)->status, QStringLiteral("expired"));
    QCOMPARE(repo.find(young, &error)->status, QStringLiteral("collecting"));

    // The operator registers it through the intake path and links it.
    PetitionRepository desk = as(QStringLiteral("operator"));
    r = desk.convertToAppeal(id, version(id), QDateTime::currentDateTime());
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    const qint64 appealId = r.id;
    QVERIFY(appealId > 0);
    const auto p = repo.find(id, &error);
    QCOMPARE(p->status, QStringLiteral("converted"));
    QCOMPARE(p->convertedAppealId, appealId);
    QVERIFY(!p->convertedRegIndex.isEmpty());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT author_surname || ' ' || author_first_name FROM "
                                         "kontakt.appeal WHERE id = ?"),
                          {appealId})
                 .toString(),
             QStringLiteral("Коваленко Ірина"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT subject_code FROM kontakt.appeal WHERE id = ?"),
                          {appealId})
                 .toString(),
             QStringLiteral("5.2"));
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {appealId})
            .toString(),
        QStringLiteral("registered"));
    // The petitions group now sees the linked appeal (RLS), and only once: no second conversion.
    QSqlQuery q(m_fx->connectionAs(QStringLiteral("petitions")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kontakt.appeal")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    r = desk.convertToAppeal(id, version(id), QDateTime::currentDateTime());
    QCOMPARE(r.error.kind, WorkflowError::Kind::WrongState);
}

void TestPetitionRepository::thresholdAfterTheTermDoesNotCount()
{
    PetitionRepository repo = as(QStringLiteral("petitions"));
    const qint64 id = submit(QStringLiteral("Пізні підписи"));
    QVERIFY(repo.take(id, version(id)).ok());
    QVERIFY(repo.publish(id, version(id), {}).ok());
    owner(QStringLiteral(
              "UPDATE kontakt.petition SET published_at = now() - interval '95 days' WHERE id = ?"),
          {id});
    const auto r = repo.signatures(id, 400, 0, QString());
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.status, QStringLiteral("collecting"));
}

QTEST_GUILESS_MAIN(TestPetitionRepository)
#include "tst_petitionrepository.moc"
