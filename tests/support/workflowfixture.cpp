#include "workflowfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {
const char *const kRoles[][3] = {{"operator", "operator", ""},    {"head", "head", ""},
                                 {"exec_a", "executor", "ORG_A"}, {"exec_b", "executor", "ORG_B"},
                                 {"manager", "manager", ""},      {"admin", "admin", ""},
                                 {"petitions", "petitions", ""}};
}

WorkflowFixture::WorkflowFixture(TestDatabase *db)
    : m_db(db)
    , m_suffix(QUuid::createUuid().toString(QUuid::Id128).left(8))
{}

WorkflowFixture::~WorkflowFixture()
{
    for (const QString &c : std::as_const(m_connections))
        DatabaseConnector::close(c);
    QSqlQuery q(m_db->ownerConnection());
    for (const auto &r : kRoles)
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(QString::fromLatin1(r[0]))));
    q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(QStringLiteral("mail"))));
}

QString WorkflowFixture::login(const QString &who) const
{
    return QStringLiteral("wf_%1_%2").arg(who, m_suffix);
}

QVariant WorkflowFixture::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("fixture SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

bool WorkflowFixture::setUp(QString *error)
{
    QSqlQuery q(m_db->ownerConnection());
    if (!q.exec(QStringLiteral(
            "INSERT INTO kontakt.organisation (code, name, kind, email, escalation_deputy) VALUES "
            "('ORG_A', 'Управління А', 'council_department', 'org_a@example.org', "
            " 'deputy@example.org'), "
            "('ORG_B', 'КП Б', 'communal_enterprise', NULL, NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    orgA = scalar(QStringLiteral("SELECT id FROM kontakt.organisation WHERE code = 'ORG_A'"))
               .toLongLong();
    orgB = scalar(QStringLiteral("SELECT id FROM kontakt.organisation WHERE code = 'ORG_B'"))
               .toLongLong();
    for (const auto &r : kRoles) {
        q.prepare(QStringLiteral("SELECT kontakt.staff_create(?, NULL, ?, ?, ?)"));
        q.addBindValue(login(QString::fromLatin1(r[0])));
        q.addBindValue(QString::fromLatin1(r[1]));
        q.addBindValue(*r[2] ? QVariant(QString::fromLatin1(r[2]))
                             : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(QStringLiteral("Тест %1").arg(QString::fromLatin1(r[0])));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    // The mail service's login (0018_mail.sql): a member of kontakt_mail only, no staff row.
    if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE kontakt_mail")
                    .arg(login(QStringLiteral("mail"))))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(
        QStringLiteral("UPDATE kontakt.staff SET email = 'head@example.org' WHERE login = ?"));
    q.addBindValue(login(QStringLiteral("head")));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString WorkflowFixture::connectionName(const QString &who) const
{
    return QStringLiteral("wf-%1-%2-%3")
        .arg(who, m_suffix)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

void WorkflowFixture::closeConnectionAs(const QString &who)
{
    const QString name = connectionName(who);
    DatabaseConnector::close(name);
    QMutexLocker lock(&m_mutex);
    m_connections.removeAll(name);
}

QSqlDatabase WorkflowFixture::connectionAs(const QString &who)
{
    const QString name = connectionName(who);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    DbError error;
    QSqlDatabase db = DatabaseConnector::open(name, m_db->params(login(who)), &error);
    if (error.isError())
        qWarning("cannot connect as %s: %s", qPrintable(who), qPrintable(error.detail));
    QMutexLocker lock(&m_mutex);
    m_connections << name;
    return db;
}

qint64 WorkflowFixture::newAppeal(const QString &summary, QString *regIndex)
{
    const QString index =
        QStringLiteral("W-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QSqlQuery q(m_db->ownerConnection());
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.appeal (reg_index, channel, author_surname, summary, form_code, "
        "    kind_code, subject_code, topic_code, status, received_at, registered_at, due_date) "
        "VALUES (?, 'phone', 'Коваль', ?, '1.1.1', '3.2', '5.1', '009', 'registered', now(), "
        "        now(), current_date + 15) RETURNING id"));
    q.addBindValue(index);
    q.addBindValue(summary);
    if (!q.exec() || !q.next()) {
        qWarning("cannot insert an appeal: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    if (regIndex)
        *regIndex = index;
    return q.value(0).toLongLong();
}
