#include "referencerepository.h"

#include "deadlinecalculator.h"
#include "preparedqueries.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
WorkingCalendar::DayKind dayKindFromKey(const QString &kind)
{
    if (kind == QLatin1String("holiday"))
        return WorkingCalendar::DayKind::Holiday;
    if (kind == QLatin1String("non_working"))
        return WorkingCalendar::DayKind::NonWorking;
    return WorkingCalendar::DayKind::WorkingTransfer;
}
} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ReferenceRepository::setting(const QString &key, const QString &fallback, DbError *error)
{
    QSqlError sqlError;
    QSqlQuery *q = PreparedQueries::exec(
        m_db, QStringLiteral("SELECT value FROM kontakt.setting WHERE key = ?"), {key}, false,
        &sqlError);
    if (!q) {
        *error = DbError::fromQuery(sqlError);
        return fallback;
    }
    *error = {};
    return q->next() ? q->value(0).toString() : fallback;
}

int ReferenceRepository::intSetting(const QString &key, int fallback, DbError *error)
{
    bool ok = false;
    const int v = setting(key, QString::number(fallback), error).toInt(&ok);
    return ok ? v : fallback;
}

bool ReferenceRepository::loadCalendar(WorkingCalendar *calendar, const QDate &from,
                                       const QDate &to, DbError *error)
{
    calendar->setMartialLaw(setting(QStringLiteral("martial_law"), QStringLiteral("true"), error) !=
                            QLatin1String("false"));
    if (error->isError())
        return false;
    calendar->clearDays();
    QSqlError sqlError;
    QSqlQuery *q = PreparedQueries::exec(
        m_db,
        QStringLiteral("SELECT day, kind, coalesce(note, '') FROM kontakt.calendar_day WHERE "
                       "day BETWEEN ? AND ?"),
        {from, to}, false, &sqlError);
    if (!q) {
        *error = DbError::fromQuery(sqlError);
        return false;
    }
    while (q->next()) {
        calendar->setDay(q->value(0).toDate(), dayKindFromKey(q->value(1).toString()),
                         q->value(2).toString());
    }
    *error = {};
    return true;
}

bool ReferenceRepository::loadRegistrationContext(RegistrationContext *context,
                                                  const QString &topicCode, const QDate &from,
                                                  const QDate &to, DbError *error)
{
    // Several desks register at once; every round trip saved is CPU the others get.
    QSqlError sqlError;
    QSqlQuery *q = PreparedQueries::exec(
        m_db,
        QStringLiteral(
            "SELECT 's', key, value, NULL::date FROM kontakt.setting "
            " WHERE key IN ('default_area_code', 'reg_index_pattern', 'repeat_window_months', "
            "               'martial_law') "
            "UNION ALL "
            "SELECT 't', kind, value::text, NULL FROM kontakt.topic_term WHERE topic_code = ? "
            "UNION ALL "
            "SELECT 'c', kind, coalesce(note, ''), day FROM kontakt.calendar_day "
            " WHERE day BETWEEN ? AND ?"),
        {topicCode, from, to}, false, &sqlError);
    if (!q) {
        *error = DbError::fromQuery(sqlError);
        return false;
    }
    RegistrationContext c;
    c.areaCode = QStringLiteral("4594");
    c.calendar.setMartialLaw(true);
    while (q->next()) {
        const QString source = q->value(0).toString();
        const QString key = q->value(1).toString();
        const QString value = q->value(2).toString();
        if (source == QLatin1String("c")) {
            c.calendar.setDay(q->value(3).toDate(), dayKindFromKey(key), value);
        } else if (source == QLatin1String("t")) {
            c.termRule.kind =
                key == QLatin1String("hours") ? TermRule::Kind::Hours : TermRule::Kind::Days;
            c.termRule.value = value.toInt();
        } else if (key == QLatin1String("default_area_code")) {
            c.areaCode = value;
        } else if (key == QLatin1String("reg_index_pattern")) {
            c.indexPattern = value;
        } else if (key == QLatin1String("repeat_window_months")) {
            bool ok = false;
            const int months = value.toInt(&ok);
            if (ok)
                c.repeatWindowMonths = months;
        } else if (key == QLatin1String("martial_law")) {
            c.calendar.setMartialLaw(value != QLatin1String("false"));
        }
    }
    *context = c;
    *error = {};
    return true;
}

QList<ClassifierEntry> ReferenceRepository::classifier(const QString &section, DbError *error)
{
    QList<ClassifierEntry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT section, code, name_uk, privileged FROM kontakt.classifier_item "
                       "WHERE version_id = kontakt.current_classifier_version() AND (coalesce(?, "
                       "'') = '' OR section = ?) "
                       "ORDER BY section, string_to_array(code, '.')::int[]"));
    q.addBindValue(section);
    q.addBindValue(section);
    if (!q.exec()) {
        *error = DbError::fromQuery(q.lastError());
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toBool()});
    *error = {};
    return list;
}

bool ReferenceRepository::loadIntakeReference(IntakeReference *r, DbError *error)
{
    r->classifier = classifier(QString(), error);
    if (error->isError())
        return false;
    const QDate today = DeadlineCalculator::kyivDate(QDateTime::currentDateTime());
    if (!loadCalendar(&r->calendar, today.addDays(-60), today.addDays(180), error))
        return false;
    r->areaCode = setting(QStringLiteral("default_area_code"), r->areaCode, error);
    r->sameProblemHours = intSetting(QStringLiteral("same_problem_hours"), 72, error);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT topic_code, kind, value FROM kontakt.topic_term"))) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    r->topicTerms.clear();
    while (q.next()) {
        TermRule rule;
        rule.kind = q.value(1).toString() == QLatin1String("hours") ? TermRule::Kind::Hours
                                                                    : TermRule::Kind::Days;
        rule.value = q.value(2).toInt();
        r->topicTerms.insert(q.value(0).toString(), rule);
    }
    if (!q.exec(QStringLiteral("SELECT name FROM kontakt.street WHERE active ORDER BY name"))) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    r->streets.clear();
    while (q.next())
        r->streets << q.value(0).toString();
    if (!q.exec(
            QStringLiteral("SELECT name FROM kontakt.organisation WHERE active ORDER BY name"))) {
        *error = DbError::fromQuery(q.lastError());
        return false;
    }
    r->bodies.clear();
    while (q.next())
        r->bodies << q.value(0).toString();
    *error = {};
    return true;
}

ReferenceRepository::QueueChoices ReferenceRepository::queueChoices(DbError *error)
{
    QueueChoices c;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(short_name, name) FROM kontakt.organisation "
                               "WHERE active AND kind <> 'contact_centre' ORDER BY 2"))) {
        *error = DbError::fromQuery(q.lastError());
        return c;
    }
    while (q.next())
        c.organisations.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!q.exec(
            QStringLiteral("SELECT login, full_name FROM kontakt.staff "
                           "WHERE active AND role IN ('operator', 'head') ORDER BY full_name"))) {
        *error = DbError::fromQuery(q.lastError());
        return c;
    }
    while (q.next())
        c.registrars.append({q.value(0).toString(), q.value(1).toString()});
    *error = {};
    return c;
}
