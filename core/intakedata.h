#pragma once

#include "appeal.h"
#include "appealvalidator.h"
#include "deadlinecalculator.h"
#include "workingcalendar.h"

#include <QHash>
#include <QList>
#include <QString>

// Plain data exchanged between the intake form and whatever serves it (the desk's database
// thread in the app, fakes in tests): the form never sees SQL.

struct ClassifierEntry {
    QString section;
    QString code;
    QString name;
    bool privileged = false;
};

// A known caller as the intake form shows it when the phone number is typed.
struct CallerMatch {
    qint64 id = 0;
    AppealAuthor author;
    int openAppeals = 0;
    int allAppeals = 0;
};

// One line of a caller's history: open appeals first, then the newest.
struct CallerHistoryItem {
    qint64 id = 0;
    QString regIndex;
    QDateTime receivedAt;
    AppealStatus status = AppealStatus::Registered;
    std::optional<QDate> dueDate;
    QString topicCode;
    QString summary;
    bool open = false;
};

// Reference data the form needs, loaded once when it opens.
struct IntakeReference {
    QList<ClassifierEntry> classifier;   // all sections of the current edition
    WorkingCalendar calendar;            // martial law and the administrator's days
    QHash<QString, TermRule> topicTerms; // per-topic default terms
    QString areaCode = QStringLiteral("4594");
    QStringList streets; // for the address completers
    QStringList bodies;  // organisations for forwarding by competence
    int sameProblemHours = 72;

    QList<ClassifierEntry> section(const QString &name) const;
    QString name(const QString &section, const QString &code) const;
    bool isPrivileged(const QStringList &categories) const;
};

// What a submission ended with, as the form shows it.
struct SubmitOutcome {
    enum class Kind { Stored, AlreadyStored, Refused, Failed };
    Kind kind = Kind::Failed;
    Appeal appeal;
    QList<FieldError> errors;
    QString message; // Failed: a translated sentence
};
