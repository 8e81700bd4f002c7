#pragma once

#include <QString>

// The registration index of an appeal (Instruction No. 348, LAW.md §3): the first letter of the
// author's surname plus a sequential number; КО marks collective appeals, БП unsigned or
// anonymous ones. The pattern around them is an administrator's setting.
namespace RegistrationIndex {
enum class Kind { Individual, Collective, Anonymous };
// "К" for "Коваленко": the first letter, upper case, after anything that is not a letter
// (apostrophes, quotes, spaces); Latin surnames give their Latin letter. "КО" for Collective,
// "БП" for Anonymous or when the surname has no letter at all.
QString prefix(const QString &surname, Kind kind);
// Placeholders: {prefix}, {number}, {year} (4 digits), {yy} (2 digits).
QString defaultPattern(); // "{prefix}-{number}"
// Must contain {prefix} and {number}, be at most 40 characters, use no other "{...}"
// placeholder and no control characters.
bool isValidPattern(const QString &pattern);
// "{prefix}-{number}/{yy}", "К", 1234, 2026 -> "К-1234/26". An invalid pattern is replaced by
// defaultPattern() so that an index always carries the letter and the number.
QString format(const QString &pattern, const QString &prefix, int number, int year);
// The same with the number's text given: a mark that the database replaces by the number it
// allocates as the last step of the registration (see AppealRepository::registerAppeal).
QString format(const QString &pattern, const QString &prefix, const QString &number, int year);
} // namespace RegistrationIndex
