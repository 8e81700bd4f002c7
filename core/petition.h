#pragma once

#include "petitionchecker.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A stored e-petition as the registry, the card and the CLI see it (kontakt.petition plus the
// working-day terms of the petition_terms view).
struct PetitionRecord {
    qint64 id = 0;
    QString number;
    QString title;
    QString text;
    QString authorName;
    QString authorEmail;
    QString authorPhone;
    QString authorAddress;
    QDateTime submittedAt;
    QDateTime publishedAt;
    int signaturesOnline = 0;
    int signaturesPaper = 0;
    int threshold = 350;
    int collectionDays = 90;
    QString status; // the database's petition.status values
    QStringList moderationReasons;
    QList<PetitionFinding> moderationFindings;
    QDateTime moderatedAt;
    QString moderatedBy;
    QDateTime thresholdReachedAt;
    QDateTime passedToMayorAt;
    QString decision; // supported | not_supported
    QString answerText;
    QDateTime answeredAt;
    qint64 convertedAppealId = 0;
    QString convertedRegIndex;
    int version = 0;
    // terms
    QDate moderationDue;
    QDate collectionEnds;
    QDate mayorDue;
    QDate considerationDue;
    QDate currentDue; // the term of the current status; invalid when none runs

    int signaturesTotal() const { return signaturesOnline + signaturesPaper; }
};

struct PetitionEvent {
    QDateTime at;
    QString by;
    QString kind;
    QString detail; // JSON text
};

namespace PetitionKeys {
// All statuses in workflow order.
QStringList statuses();
// Ukrainian names for the registry and printouts (data, like the classifier).
QString statusName(const QString &status);
QString decisionName(const QString &decision);
} // namespace PetitionKeys
