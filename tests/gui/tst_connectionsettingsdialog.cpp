#include "connectionsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

class TestConnectionSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void okOnlyWhenValid();
};

void TestConnectionSettingsDialog::roundTrip()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Server;
    p.hosts = QStringLiteral("db1,db2");
    p.ports = QStringLiteral("6432");
    p.database = QStringLiteral("kontakt_brovary");
    p.sslMode = QStringLiteral("verify-full");
    p.targetSessionAttrs = QStringLiteral("read-write");
    p.connectTimeoutSeconds = 20;
    p.lastLogin = QStringLiteral("ivanenko");
    ConnectionSettingsDialog dialog;
    dialog.setProfile(p);
    QCOMPARE(dialog.profile(), p);
}

void TestConnectionSettingsDialog::okOnlyWhenValid()
{
    ConnectionSettingsDialog dialog;
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    auto *server = dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"));
    auto *hosts = dialog.findChild<QLineEdit *>(QStringLiteral("hostsEdit"));
    auto *ports = dialog.findChild<QLineEdit *>(QStringLiteral("portsEdit"));
    QVERIFY(ok->isEnabled()); // embedded by default
    QVERIFY(!hosts->isEnabled());
    server->click();
    QVERIFY(hosts->isEnabled());
    QVERIFY(!ok->isEnabled()); // no host yet
    QTest::keyClicks(hosts, QStringLiteral("db.brovary.local"));
    QVERIFY(ok->isEnabled());
    ports->clear();
    QTest::keyClicks(ports, QStringLiteral("99999"));
    QVERIFY(!ok->isEnabled());
    ports->clear();
    QTest::keyClicks(ports, QStringLiteral("5432"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.profile().kind, ConnectionProfile::Kind::Server);
}

QTEST_MAIN(TestConnectionSettingsDialog)
#include "tst_connectionsettingsdialog.moc"
