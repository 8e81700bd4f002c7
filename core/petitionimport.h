#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// Exports of the petition platform (CSV or JSON) with petitions and signature counts, read for
// `kontaktctl petition import`. Every row is checked before anything is written: a file with a
// bad row is refused as a whole, each bad row named by its line (CSV) or item (JSON) number.
//
// CSV: a header line with these columns (any order; others are ignored), UTF-8, comma or
// semicolon separated, RFC 4180 quoting (a quoted value may span lines):
//   number (required), title, text, author_name, author_email, author_phone, submitted_at,
//   signatures_online, signatures_paper, counted_at
// JSON: an array of objects with the same keys (numbers as JSON numbers or strings).
// A row with a title is a petition to register (unless the number is already there); a row with
// signature counts updates the counts of the petition with that number.
struct PetitionImportRow {
    int line = 0; // CSV line where the row starts, or 1-based item of the JSON array
    QString number;
    QString title;
    QString text;
    QString authorName;
    QString authorEmail;
    QString authorPhone;
    QDateTime submittedAt;
    int signaturesOnline = -1; // -1: not given
    int signaturesPaper = -1;
    QDateTime countedAt;
    bool hasPetition() const { return !title.isEmpty(); }
    bool hasCounts() const { return signaturesOnline >= 0 || signaturesPaper >= 0; }
};

struct PetitionImportError {
    int line = 0;
    QString message;
};

namespace PetitionImport {

// Format by content: JSON when the first non-space character is '[' or '{'.
bool looksLikeJson(const QByteArray &data);
QList<PetitionImportRow> parseCsv(const QByteArray &data, QList<PetitionImportError> *errors);
QList<PetitionImportRow> parseJson(const QByteArray &data, QList<PetitionImportError> *errors);

} // namespace PetitionImport
