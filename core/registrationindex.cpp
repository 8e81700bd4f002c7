#include "registrationindex.h"

#include <QList>

namespace {

constexpr int kMaxPatternLength = 40;

const QString &collectiveMark()
{
    static const QString s = QStringLiteral("КО");
    return s;
}

const QString &anonymousMark()
{
    static const QString s = QStringLiteral("БП");
    return s;
}

enum class Token { Text, Prefix, Number, Year, ShortYear, Unknown };

// Splits at the next "{...}": returns its kind and length, or Text when none starts at pos.
Token tokenAt(const QString &pattern, int pos, int *length)
{
    if (pattern.at(pos) != QLatin1Char('{')) {
        *length = 1;
        return Token::Text;
    }
    const int close = pattern.indexOf(QLatin1Char('}'), pos);
    if (close < 0) {
        *length = 1;
        return Token::Text;
    }
    *length = close - pos + 1;
    const QStringView name = QStringView(pattern).mid(pos + 1, close - pos - 1);
    if (name == QLatin1String("prefix"))
        return Token::Prefix;
    if (name == QLatin1String("number"))
        return Token::Number;
    if (name == QLatin1String("year"))
        return Token::Year;
    if (name == QLatin1String("yy"))
        return Token::ShortYear;
    return Token::Unknown;
}

} // namespace

namespace RegistrationIndex {

QString prefix(const QString &surname, Kind kind)
{
    if (kind == Kind::Collective)
        return collectiveMark();
    if (kind == Kind::Anonymous)
        return anonymousMark();
    // NFC first: "Й" typed as "И" + combining breve must stay "Й", not become "И". Code points,
    // not UTF-16 units, so that a letter outside the BMP is not split.
    const QList<uint> points = surname.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint cp : points) {
        // U+02BC, the Ukrainian apostrophe, is a "modifier letter": skip it like ' and ’.
        if (QChar::isLetter(cp) && QChar::category(cp) != QChar::Letter_Modifier) {
            const char32_t upper = QChar::toUpper(cp);
            return QString::fromUcs4(&upper, 1);
        }
    }
    // No letter at all: the author cannot be named, so the appeal is indexed as unsigned.
    return anonymousMark();
}

QString defaultPattern()
{
    return QStringLiteral("{prefix}-{number}");
}

bool isValidPattern(const QString &pattern)
{
    if (pattern.size() > kMaxPatternLength)
        return false;
    bool hasPrefix = false;
    bool hasNumber = false;
    for (int i = 0; i < pattern.size();) {
        if (pattern.at(i).category() == QChar::Other_Control)
            return false;
        int length = 0;
        switch (tokenAt(pattern, i, &length)) {
        case Token::Prefix:
            hasPrefix = true;
            break;
        case Token::Number:
            hasNumber = true;
            break;
        case Token::Unknown:
            // "{yyyy}" or "{nomer}" would end up verbatim in every index.
            return false;
        default:
            break;
        }
        i += length;
    }
    return hasPrefix && hasNumber;
}

QString format(const QString &pattern, const QString &prefix, int number, int year)
{
    return format(pattern, prefix, QString::number(number), year);
}

QString format(const QString &pattern, const QString &prefix, const QString &number, int year)
{
    const QString p = isValidPattern(pattern) ? pattern : defaultPattern();
    QString out;
    // One pass, so that a prefix or number can never be read as a placeholder itself.
    for (int i = 0; i < p.size();) {
        int length = 0;
        switch (tokenAt(p, i, &length)) {
        case Token::Prefix:
            out += prefix;
            break;
        case Token::Number:
            out += number;
            break;
        case Token::Year:
            out += QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
            break;
        case Token::ShortYear:
            out += QStringLiteral("%1").arg(((year % 100) + 100) % 100, 2, 10, QLatin1Char('0'));
            break;
        case Token::Text:
        case Token::Unknown:
            out += p.mid(i, length);
            break;
        }
        i += length;
    }
    return out;
}

} // namespace RegistrationIndex
