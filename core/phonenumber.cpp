#include "phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

constexpr int kMaxInputLength = 40;
const QLatin1String kUkraine("380");

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSeparator(QChar c)
{
    // A no-break space arrives with numbers copied from web pages and documents.
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// A Ukrainian national number: 9 digits, never starting with 0 (0 is the trunk prefix).
std::optional<QString> ukrainian(const QString &national, QString *error)
{
    if (national.size() != 9 || national.front() == QLatin1Char('0'))
        return fail(error, QCoreApplication::translate(
                               "PhoneNumber", "A Ukrainian number must have 9 digits after +380, "
                                              "for example +380 67 123 45 67."));
    return QStringLiteral("+380") + national;
}

// Groups a local number from the right end: 7 -> 123-45-67, 6 -> 12-34-56, 5 -> 1-23-45.
QString groupLocal(const QString &local)
{
    const int n = local.size();
    if (n < 5)
        return local;
    return local.left(n - 4) + QLatin1Char('-') + local.mid(n - 4, 2) + QLatin1Char('-') +
           local.right(2);
}

// Length of the area code in a Ukrainian geographic number (9 digits without the 0): the
// largest cities have 2 digits (7-digit local numbers), regional centres 3 digits ending in 2,
// towns and districts 4. A display heuristic only: stored numbers are never split.
int areaCodeLength(const QString &national)
{
    static const QStringList twoDigit = {
        QStringLiteral("32"), QStringLiteral("44"), QStringLiteral("48"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("61"), QStringLiteral("62")};
    if (twoDigit.contains(national.left(2)))
        return 2;
    if (national.at(2) == QLatin1Char('2'))
        return 3;
    return 4;
}

bool isMobile(const QString &national)
{
    // Operator codes: 039, 050, 063, 066, 067, 068, 07x, 089, 09x.
    static const QStringList codes = {
        QStringLiteral("39"), QStringLiteral("50"), QStringLiteral("63"), QStringLiteral("66"),
        QStringLiteral("67"), QStringLiteral("68"), QStringLiteral("89")};
    const QChar first = national.front();
    return first == QLatin1Char('7') || first == QLatin1Char('9') ||
           codes.contains(national.left(2));
}

// Length of the country code (ITU-T E.164 assignments are prefix-free): 1 and 7 have one
// digit, the listed ones two, every other code three.
int countryCodeLength(const QString &digits)
{
    static const QStringList twoDigit = {
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"),
        QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("43"),
        QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("47"),
        QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("84"),
        QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98")};
    const QChar first = digits.front();
    if (first == QLatin1Char('1') || first == QLatin1Char('7'))
        return 1;
    return twoDigit.contains(digits.left(2)) ? 2 : 3;
}

} // namespace

namespace PhoneNumber {

std::optional<QString> normalize(const QString &input, const QString &defaultAreaCode,
                                 QString *error)
{
    if (error)
        error->clear();
    if (input.size() > kMaxInputLength)
        return fail(error, QCoreApplication::translate(
                               "PhoneNumber", "The phone number is longer than 40 characters."));

    QString digits;
    bool plus = false;
    for (const QChar c : input) {
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('+')) {
            // Only before the first digit and only once: "+38 (067)" yes, "067+1" or "++38" no.
            if (plus || !digits.isEmpty())
                return fail(error, QCoreApplication::translate(
                                       "PhoneNumber", "A '+' may appear only once, at the start."));
            plus = true;
        } else if (!isSeparator(c)) {
            return fail(error, QCoreApplication::translate(
                                   "PhoneNumber", "A phone number may contain only digits, "
                                                  "spaces, '-', '.', '(', ')' and a leading '+'."));
        }
    }
    if (digits.isEmpty())
        return fail(error,
                    QCoreApplication::translate("PhoneNumber", "The phone number has no digits."));

    if (plus) {
        if (digits.startsWith(kUkraine))
            return ukrainian(digits.mid(3), error);
        if (digits.front() == QLatin1Char('0'))
            return fail(error, QCoreApplication::translate(
                                   "PhoneNumber", "A country code after '+' cannot start with 0."));
        if (digits.size() < 7 || digits.size() > 15)
            return fail(error, QCoreApplication::translate(
                                   "PhoneNumber",
                                   "An international number must have 7 to 15 digits after '+'."));
        return QLatin1Char('+') + digits;
    }

    // Without '+' the number is Ukrainian in one of its usual spellings.
    if (digits.size() == 12 && digits.startsWith(kUkraine))
        return ukrainian(digits.mid(3), error);
    if (digits.size() == 11 && digits.startsWith(QLatin1String("80")))
        return ukrainian(digits.mid(2), error);
    if (digits.size() == 10 && digits.front() == QLatin1Char('0'))
        return ukrainian(digits.mid(1), error);
    if (digits.size() >= 5 && digits.size() <= 7 && digits.front() != QLatin1Char('0')) {
        // Tolerate the code written with its trunk 0 ("04594"): the intent is plain.
        QString area = defaultAreaCode.trimmed();
        if (area.startsWith(QLatin1Char('0')))
            area.remove(0, 1);
        static const QRegularExpression areaRe(QStringLiteral("^[1-9][0-9]{1,4}$"));
        if (!areaRe.match(area).hasMatch())
            return fail(error, QCoreApplication::translate(
                                   "PhoneNumber", "The city's area code is not set correctly; "
                                                  "enter the number with its code."));
        if (area.size() + digits.size() == 9)
            return ukrainian(area + digits, error);
        return fail(error, QCoreApplication::translate("PhoneNumber",
                                                       "A local number here must have %n digits; "
                                                       "enter other numbers with their code.",
                                                       nullptr, 9 - int(area.size())));
    }
    return fail(error, QCoreApplication::translate(
                           "PhoneNumber", "Not a phone number: enter 10 digits starting with 0, "
                                          "for example 067 123 45 67."));
}

QString format(const QString &e164)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!re.match(e164).hasMatch())
        return e164;
    const QString digits = e164.mid(1);
    if (digits.startsWith(kUkraine) && digits.size() == 12) {
        const QString nsn = digits.mid(3);
        if (isMobile(nsn)) // +380 67 123 45 67
            return QStringLiteral("+380 %1 %2 %3 %4")
                .arg(nsn.left(2), nsn.mid(2, 3), nsn.mid(5, 2), nsn.mid(7, 2));
        if (nsn.startsWith(QLatin1Char('8'))) // non-geographic 0800 etc.: +380 800 123 456
            return QStringLiteral("+380 %1 %2 %3").arg(nsn.left(3), nsn.mid(3, 3), nsn.mid(6));
        const int area = areaCodeLength(nsn);
        return QStringLiteral("+380 %1 %2").arg(nsn.left(area), groupLocal(nsn.mid(area)));
    }
    const int cc = countryCodeLength(digits);
    return QStringLiteral("+%1 %2").arg(digits.left(cc), digits.mid(cc));
}

} // namespace PhoneNumber
