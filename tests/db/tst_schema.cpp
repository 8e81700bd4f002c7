#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// Properties of the migrated schema that every later feature relies on.
class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cyrillicCollation_data();
    void cyrillicCollation();
    void cyrillicTrigrams();
    void classifierLoaded();
    void groupRolesExist();
    void personalDataTablesAreProtected_data();
    void personalDataTablesAreProtected();
    void auditRecordsChanges();
    void auditIsAppendOnlyEvenForOwner_data();
    void auditIsAppendOnlyEvenForOwner();
    void defaultsPresent();

private:
    QVariant scalar(const QString &sql);
    std::unique_ptr<TestDatabase> m_db;
};

QVariant TestSchema::scalar(const QString &sql)
{
    QSqlQuery q(m_db->ownerConnection());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

void TestSchema::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
}

void TestSchema::cleanupTestCase()
{
    m_db.reset();
}

void TestSchema::cyrillicCollation_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << "SELECT lower('ІВАНЕНКО ЇЖАК ҐАНОК Є')"
                           << "іваненко їжак ґанок є";
    QTest::newRow("upper") << "SELECT upper('шевченка')"
                           << "ШЕВЧЕНКА";
    // Ukrainian alphabet order: Г < Ґ < Д, Е < Є < Ж, И < І < Ї < Й.
    QTest::newRow("order") << "SELECT string_agg(x, '' ORDER BY x) FROM "
                              "unnest(ARRAY['Й','Ї','І','И','Ж','Є','Е','Д','Ґ','Г']) x"
                           << "ГҐДЕЄЖИІЇЙ";
    QTest::newRow("ilike")
        << "SELECT CASE WHEN 'Гетьмана Мазепи' ILIKE '%мазеп%' THEN 'yes' ELSE 'no' END"
        << "yes";
    QTest::newRow("encoding") << "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE "
                                 "datname = current_database()"
                              << "UTF8";
}

void TestSchema::cyrillicCollation()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(scalar(sql).toString(), expected);
}

void TestSchema::cyrillicTrigrams()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM unnest(show_trgm('Шевченка'))")).toInt() >
            5);
    QVERIFY(
        scalar(QStringLiteral("SELECT similarity('вулиця Шевченка', 'вул. Шевченко')")).toDouble() >
        0.4);
    QVERIFY(scalar(QStringLiteral("SELECT similarity('Шевченка', 'Київська')")).toDouble() < 0.1);
}

void TestSchema::classifierLoaded()
{
    // Every row of the official classifier (91 data lines of classifier.csv) in one version.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.classifier_item "
                                   "WHERE version_id = kontakt.current_classifier_version()"))
                 .toInt(),
             91);
    QCOMPARE(scalar(QStringLiteral("SELECT name_uk FROM kontakt.classifier_item "
                                   "WHERE section = 'result' AND code = '9.1'"))
                 .toString(),
             QStringLiteral("Вирішено позитивно"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM kontakt.classifier_item WHERE section = 'topic'"))
                 .toInt(),
             25);
}

void TestSchema::groupRolesExist()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ("
                                   "'kontakt_operator','kontakt_head','kontakt_executor',"
                                   "'kontakt_manager','kontakt_petitions','kontakt_admin') "
                                   "AND NOT rolcanlogin"))
                 .toInt(),
             6);
}

void TestSchema::personalDataTablesAreProtected_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"appeal", "appeal_link", "caller", "caller_phone", "caller_category",
                          "assignment", "reply", "extension", "feedback", "inspection", "petition",
                          "attachment", "case_note", "case_event", "audit_log"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestSchema::personalDataTablesAreProtected()
{
    QFETCH(QString, table);
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(
        QStringLiteral("SELECT c.relrowsecurity, c.relforcerowsecurity, "
                       "EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                       "        WHERE t.tgrelid = c.oid AND NOT t.tgisinternal "
                       "        AND p.proname = 'audit_row') "
                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'kontakt' AND c.relname = ?"));
    q.addBindValue(table);
    QVERIFY(q.exec());
    QVERIFY2(q.next(), qPrintable(table));
    QVERIFY2(q.value(0).toBool(), "row-level security enabled");
    QVERIFY2(q.value(1).toBool(), "row-level security forced");
    if (table != QLatin1String("audit_log"))
        QVERIFY2(q.value(2).toBool(), "audit trigger attached");
}

void TestSchema::auditRecordsChanges()
{
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO kontakt.caller(surname, first_name) "
                                   "VALUES ('Коваленко', 'Марія') RETURNING id")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("UPDATE kontakt.caller SET first_name = 'Мар''яна' WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    q.prepare(
        QStringLiteral("SELECT action, login, new_data->>'first_name', old_data->>'first_name' "
                       "FROM kontakt.audit_log WHERE table_name = 'caller' AND row_id = ? "
                       "ORDER BY id"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("INSERT"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("kontakt_owner"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Марія"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("UPDATE"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Мар'яна"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("Марія"));
}

void TestSchema::auditIsAppendOnlyEvenForOwner_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE kontakt.audit_log SET login = 'nobody'";
    QTest::newRow("delete") << "DELETE FROM kontakt.audit_log";
    QTest::newRow("truncate") << "TRUNCATE kontakt.audit_log";
}

void TestSchema::auditIsAppendOnlyEvenForOwner()
{
    QFETCH(QString, sql);
    const int before = scalar(QStringLiteral("SELECT count(*) FROM kontakt.audit_log")).toInt();
    QVERIFY(before > 0);
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(!q.exec(sql));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.audit_log")).toInt(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kontakt.audit_log WHERE login = 'nobody'"))
                 .toInt(),
             0);
}

void TestSchema::defaultsPresent()
{
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM kontakt.setting WHERE key = 'martial_law'"))
                 .toString(),
             QStringLiteral("true"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT value FROM kontakt.setting WHERE key = 'petition_threshold'"))
            .toString(),
        QStringLiteral("350"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT kind FROM kontakt.calendar_day WHERE day = '2026-08-24'"))
            .toString(),
        QStringLiteral("holiday"));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
