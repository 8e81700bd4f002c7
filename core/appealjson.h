#pragma once

#include "appeal.h"
#include "appealvalidator.h"

#include <QJsonObject>

// The JSON of `kontaktctl appeal add|show` (a stable interface for scripts and checks).
namespace AppealJson {
// Parses the input document; unusable input (wrong types, unknown keys' values) goes to *errors.
bool parseInput(const QJsonObject &json, AppealInput *input, QList<FieldError> *errors);
QJsonObject toJson(const Appeal &appeal);
// The input alone (drafts); parseInput() reads it back, caller and co-applicant included.
QJsonObject inputToJson(const AppealInput &input);
QJsonObject authorToJson(const AppealAuthor &author);
AppealAuthor parseAuthor(const QJsonObject &json);
QJsonObject errorsToJson(const QList<FieldError> &errors, const QString &status);
} // namespace AppealJson
