#pragma once

#include "petitionchecker.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// JSON of `kontaktctl petition check`: input {"title","text","author":{"name","email"},
// "submitted_at"} and output {"ok":bool,"findings":[{"rule","message","evidence"}]}.
namespace PetitionJson {

// Parses the input. Missing fields and nulls are empty (the checker reports them); bad JSON, a
// non-object and values of the wrong type make the input unusable: false with *error set.
bool parseSubmission(const QByteArray &json, PetitionSubmission *out, QString *error);
bool fromJson(const QJsonObject &o, PetitionSubmission *out, QString *error);

QJsonObject findingsToJson(const QList<PetitionFinding> &findings);

} // namespace PetitionJson
