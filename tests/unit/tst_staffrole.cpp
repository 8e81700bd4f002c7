#include "staffrole.h"

#include <QtTest>

class TestStaffRole : public QObject
{
    Q_OBJECT
private slots:
    void keys_data();
    void keys();
    void unknown();
};

void TestStaffRole::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("group");
    QTest::newRow("operator") << "operator"
                              << "kontakt_operator";
    QTest::newRow("head") << "head"
                          << "kontakt_head";
    QTest::newRow("executor") << "executor"
                              << "kontakt_executor";
    QTest::newRow("manager") << "manager"
                             << "kontakt_manager";
    QTest::newRow("petitions") << "petitions"
                               << "kontakt_petitions";
    QTest::newRow("admin") << "admin"
                           << "kontakt_admin";
    QTest::newRow("owner") << "owner"
                           << "";
}

void TestStaffRole::keys()
{
    QFETCH(QString, key);
    QFETCH(QString, group);
    const auto role = StaffRoles::fromKey(key);
    QVERIFY(role.has_value());
    QCOMPARE(StaffRoles::toKey(*role), key);
    QCOMPARE(StaffRoles::groupRoleName(*role), group);
    QVERIFY(!StaffRoles::displayName(*role).isEmpty());
    QCOMPARE(StaffRoles::assignableKeys().contains(key), key != QLatin1String("owner"));
}

void TestStaffRole::unknown()
{
    QVERIFY(!StaffRoles::fromKey(QStringLiteral("Operator")).has_value());
    QVERIFY(!StaffRoles::fromKey(QStringLiteral("superuser")).has_value());
    QCOMPARE(StaffRoles::assignableKeys().size(), 6);
}

QTEST_GUILESS_MAIN(TestStaffRole)
#include "tst_staffrole.moc"
