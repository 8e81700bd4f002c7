#pragma once

#include "petition.h"

#include <QString>
#include <QTextDocument>
#include <memory>

// The printable documents of a petition, from resources/templates/petition.html: the
// submission to the mayor and the moderation decision (with the reasons and the formal findings
// the moderator saw). The page is the one every printed document shares (forms/printtemplate).
namespace PetitionPrinter {
enum class Document { Submission, Decision };
QString html(const PetitionRecord &p, Document which, const QDate &today = QDate());
std::unique_ptr<QTextDocument> document(const PetitionRecord &p, Document which,
                                        const QDate &today = QDate());
// Writes a PDF; false with *error when it cannot.
bool printToPdf(const PetitionRecord &p, Document which, const QString &path, QString *error);
} // namespace PetitionPrinter
