#include "loginname.h"

#include <QRegularExpression>

namespace LoginName {

bool isValid(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(login).hasMatch();
}

QString fromOsUser(const QString &osUser)
{
    QString out;
    for (const QChar c : osUser.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('_');
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('u'));
    return out.left(63);
}

} // namespace LoginName
