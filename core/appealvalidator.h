#pragma once

#include "appeal.h"

#include <QList>
#include <QString>

// One problem with one field, in words an operator understands (translated); the form shows
// it next to the field, the CLI prints it in its JSON.
struct FieldError {
    QString field; // "author.surname", "summary", ... (JSON names of `kontaktctl appeal add`)
    QString message;
};

// The intake rules of the law (art. 5, 7, 8) and the card's limits, the same for the form,
// the CLI and mail intake. The database enforces the same limits with constraints.
namespace AppealValidator {
// Limits shared with the schema (0002_domain.sql).
constexpr int kNameMax = 100;
constexpr int kAddressMax = 500;
constexpr int kPhoneMax = 50;
constexpr int kEmailMax = 254;
constexpr int kSummaryMax = 1000;
constexpr int kFullTextMax = 50000;
constexpr int kReasonMax = 2000;
constexpr int kForwardToMax = 500;

// A written or electronic appeal without the author's name and residence is anonymous and is
// not considered (art. 5, 8).
bool isAnonymous(const AppealInput &input);

// The outcome after the law's automatic rules (an anonymous written appeal becomes
// not_considered by itself).
IntakeOutcome effectiveOutcome(const AppealInput &input);
QString anonymousReason();

// Problems that prevent saving; empty when the input may be stored. `now` is the desk's clock.
QList<FieldError> validate(const AppealInput &input, const QDateTime &now);

// Removes control characters (keeping line breaks where `multiline`) and trims; reports
// whether anything was removed so that the form can say so instead of changing text silently.
QString sanitized(const QString &text, bool multiline, bool *changed = nullptr);
} // namespace AppealValidator
