#pragma once

#include "deadlinecalculator.h"
#include "intakedata.h"
#include "sqlerror.h"
#include "workingcalendar.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reference data that desks read often and rarely change: settings, the calendar, the
// classifier. Everything comes from the database so an administrator can change it.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    QString setting(const QString &key, const QString &fallback, DbError *error);
    int intSetting(const QString &key, int fallback, DbError *error);
    // The martial-law switch and the administrator's days between `from` and `to`.
    bool loadCalendar(WorkingCalendar *calendar, const QDate &from, const QDate &to,
                      DbError *error);
    // Everything a registration reads besides the case itself, in one round trip: the
    // settings it needs, the calendar between `from` and `to` and the topic's term rule.
    struct RegistrationContext {
        QString areaCode;
        QString indexPattern;
        int repeatWindowMonths = 12;
        WorkingCalendar calendar;
        TermRule termRule;
    };
    bool loadRegistrationContext(RegistrationContext *context, const QString &topicCode,
                                 const QDate &from, const QDate &to, DbError *error);
    // The current classifier edition, all sections or one.
    QList<ClassifierEntry> classifier(const QString &section, DbError *error);
    // Everything the intake form needs, in one round of queries.
    bool loadIntakeReference(IntakeReference *reference, DbError *error);
    // Active organisations (id, name) and the people who register appeals (login, name), for
    // the queue filters.
    struct QueueChoices {
        QList<QPair<qint64, QString>> organisations;
        QList<QPair<QString, QString>> registrars;
    };
    QueueChoices queueChoices(DbError *error);

private:
    QSqlDatabase m_db;
};
