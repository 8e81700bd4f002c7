#include "loginname.h"

#include <QtTest>

class TestLoginName : public QObject
{
    Q_OBJECT
private slots:
    void isValid_data();
    void isValid();
    void fromOsUser_data();
    void fromOsUser();
};

void TestLoginName::isValid_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "ivanenko" << true;
    QTest::newRow("underscore digits") << "op_2" << true;
    QTest::newRow("leading underscore") << "_svc" << true;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("uppercase") << "Ivan" << false;
    QTest::newRow("leading digit") << "1op" << false;
    QTest::newRow("cyrillic") << "іван" << false;
    QTest::newRow("quote injection") << "x\"; drop role y; --" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("dash") << "a-b" << false;
}

void TestLoginName::isValid()
{
    QFETCH(QString, login);
    QFETCH(bool, valid);
    QCOMPARE(LoginName::isValid(login), valid);
}

void TestLoginName::fromOsUser_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("login");
    QTest::newRow("root") << "root"
                          << "root";
    QTest::newRow("mixed case dots") << "Olena.K"
                                     << "olena_k";
    QTest::newRow("leading digit") << "1user"
                                   << "u1user";
    QTest::newRow("empty") << ""
                           << "u";
}

void TestLoginName::fromOsUser()
{
    QFETCH(QString, os);
    QFETCH(QString, login);
    QCOMPARE(LoginName::fromOsUser(os), login);
    QVERIFY(LoginName::isValid(LoginName::fromOsUser(os)));
}

QTEST_GUILESS_MAIN(TestLoginName)
#include "tst_loginname.moc"
