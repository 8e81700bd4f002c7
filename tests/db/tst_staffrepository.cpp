#include "staffrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

class TestStaffRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void create_data();
    void create();
    void refused_data();
    void refused();
    void ownerWithoutStaffRow();
    void nonStaffLoginHasNoSession();

private:
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_roles;
    QString login(const QString &base) const
    {
        return base + QLatin1Char('_') + m_db->name().right(10);
    }
};

void TestStaffRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO kontakt.organisation(code, name, kind) VALUES "
                                   "('BLAG', 'КП «Бровари-Благоустрій»', 'communal_enterprise')")),
             qPrintable(q.lastError().text()));
}

void TestStaffRepository::cleanupTestCase()
{
    QSqlQuery q(m_db->ownerConnection());
    for (const QString &role : std::as_const(m_roles))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    m_db.reset();
}

void TestStaffRepository::create_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("org");
    QTest::newRow("operator") << "oper"
                              << "operator"
                              << "";
    QTest::newRow("head") << "head"
                          << "head"
                          << "";
    QTest::newRow("executor") << "exec"
                              << "executor"
                              << "BLAG";
    QTest::newRow("manager") << "mayor"
                             << "manager"
                             << "";
    QTest::newRow("petitions") << "pet"
                               << "petitions"
                               << "";
    QTest::newRow("admin") << "adm"
                           << "admin"
                           << "";
}

void TestStaffRepository::create()
{
    QFETCH(QString, base);
    QFETCH(QString, role);
    QFETCH(QString, org);
    StaffRepository repo(m_db->ownerConnection());
    StaffRepository::NewStaff s;
    s.login = login(base);
    s.password = QStringLiteral("Secret-1");
    s.role = *StaffRoles::fromKey(role);
    s.orgCode = org;
    s.fullName = QStringLiteral("Іваненко Олена Петрівна");
    DbError error;
    const auto id = repo.create(s, &error);
    m_roles << s.login;
    QVERIFY2(id.has_value(), qPrintable(error.detail));
    QVERIFY(repo.exists(s.login, &error));

    // The login is in its group role and sees itself as such.
    DbError openError;
    const QString conn = QStringLiteral("as-") + s.login;
    {
        QSqlDatabase db = DatabaseConnector::open(conn, m_db->params(s.login), &openError);
        QVERIFY2(!openError.isError(), qPrintable(openError.detail));
        const auto info = StaffRepository(db).sessionInfo(&error);
        QVERIFY2(info.has_value(), qPrintable(error.detail));
        QCOMPARE(info->login, s.login);
        QCOMPARE(info->fullName, s.fullName);
        QCOMPARE(StaffRoles::toKey(info->role), role);
        QCOMPARE(info->orgCode, org);
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT pg_has_role(current_user, 'kontakt_%1', 'MEMBER')").arg(role)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
    }
    DatabaseConnector::close(conn);
}

void TestStaffRepository::refused_data()
{
    QTest::addColumn<QString>("loginText");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("org");
    QTest::newRow("executor without organisation") << "exec_noorg"
                                                   << "executor"
                                                   << "";
    QTest::newRow("unknown organisation") << "exec_bad"
                                          << "executor"
                                          << "NOPE";
    QTest::newRow("unknown role") << "x_role"
                                  << "superuser"
                                  << "";
    QTest::newRow("injection in login") << "x\"; DROP TABLE kontakt.appeal; --"
                                        << "operator"
                                        << "";
    QTest::newRow("uppercase login") << "Ivan"
                                     << "operator"
                                     << "";
}

void TestStaffRepository::refused()
{
    QFETCH(QString, loginText);
    QFETCH(QString, role);
    QFETCH(QString, org);
    // Straight to the database function: it must refuse what the client would refuse.
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral("SELECT kontakt.staff_create(?, NULL, ?, ?, 'X')"));
    q.addBindValue(loginText);
    q.addBindValue(role);
    q.addBindValue(org.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(org));
    QVERIFY(!q.exec());
    QVERIFY(!q.lastError().databaseText().isEmpty());
    QSqlQuery check(m_db->ownerConnection());
    QVERIFY(check.exec(QStringLiteral("SELECT to_regclass('kontakt.appeal') IS NOT NULL")));
    QVERIFY(check.next());
    QVERIFY(check.value(0).toBool());
}

void TestStaffRepository::ownerWithoutStaffRow()
{
    DbError error;
    const auto info = StaffRepository(m_db->ownerConnection()).sessionInfo(&error);
    QVERIFY2(info.has_value(), qPrintable(error.detail));
    QCOMPARE(info->role, StaffRole::Owner);
}

void TestStaffRepository::nonStaffLoginHasNoSession()
{
    const QString role = login(QStringLiteral("stranger"));
    QSqlQuery q(m_db->ownerConnection());
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    m_roles << role;
    DbError error;
    {
        QSqlDatabase db =
            DatabaseConnector::open(QStringLiteral("stranger"), m_db->params(role), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        const auto info = StaffRepository(db).sessionInfo(&error);
        QVERIFY(!info.has_value());
        QVERIFY(error.isError());
    }
    DatabaseConnector::close(QStringLiteral("stranger"));
}

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "tst_staffrepository.moc"
