#pragma once

#include <QString>
#include <optional>

// Phone numbers as operators type them, stored in one form (E.164) so that a citizen's earlier
// appeals are found by phone whatever the spelling.
namespace PhoneNumber {
// Normalises what an operator types to E.164 ("+380671234567"); std::nullopt and *error
// (translated, one sentence) when it is not a phone number. Accepted: digits, spaces, '-', '.',
// '(', ')' and one leading '+', at most 40 characters. Ukrainian forms: "+380 67 123 45 67",
// "380671234567", "067-123-45-67", "80671234567" (old 8-0xx trunk prefix), "(04594) 6-11-11";
// a short local number (5-7 digits, "6-11-11") gets defaultAreaCode, the city's code without
// the leading 0 ("4594" for Brovary), and is valid only when code + number are 9 digits.
// Anything starting with '+' other than +380 is foreign: 7-15 digits.
std::optional<QString> normalize(const QString &input,
                                 const QString &defaultAreaCode = QStringLiteral("4594"),
                                 QString *error = nullptr);
// Readable grouping of a normalised number: "+380 67 123 45 67" for mobiles,
// "+380 44 123-45-67", "+380 432 12-34-56", "+380 4594 6-11-11" for landlines, "+48 123456789"
// for other countries. Anything that is not E.164 is returned unchanged.
QString format(const QString &e164);
} // namespace PhoneNumber
