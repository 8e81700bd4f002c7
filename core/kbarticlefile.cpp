#include "kbarticlefile.h"

#include <QRegularExpression>

namespace {

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString translit(QChar c)
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const QString from = QStringLiteral("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя");
        const QStringList to = QStringLiteral("a b v h g d e ie zh z y i i i k l m n o p r s t u "
                                              "f kh ts ch sh shch _ iu ia")
                                   .split(QLatin1Char(' '));
        for (int i = 0; i < from.size(); ++i)
            m.insert(from.at(i), to.at(i) == QLatin1String("_") ? QString() : to.at(i));
        return m;
    }();
    return map.value(c, QString(c));
}

} // namespace

bool KbArticleFile::isValidCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,79}$"));
    return re.match(code).hasMatch();
}

QString KbArticleFile::codeFromTitle(const QString &title)
{
    QString out;
    for (QChar c : title.toLower()) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC))
            continue;
        if (c.isLetterOrNumber()) {
            const QString t = translit(c);
            for (QChar x : t) {
                if ((x >= QLatin1Char('a') && x <= QLatin1Char('z')) ||
                    (x >= QLatin1Char('0') && x <= QLatin1Char('9')))
                    out += x;
            }
        } else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(80);
}

std::optional<KbArticleFile> KbArticleFile::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    int i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    if (i >= lines.size() || lines.at(i).trimmed() != QLatin1String("---"))
        return fail(QStringLiteral("рядок %1: файл має починатися з заголовка між рядками «---»")
                        .arg(i + 1));
    KbArticleFile f;
    ++i;
    bool closed = false;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed() == QLatin1String("---")) {
            closed = true;
            ++i;
            break;
        }
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(QStringLiteral("рядок %1: очікується «назва: значення»").arg(i + 1));
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        auto date = [&](QDate *d) -> bool {
            if (value.isEmpty())
                return true;
            *d = QDate::fromString(value, Qt::ISODate);
            return d->isValid();
        };
        if (key == QLatin1String("title"))
            f.title = value;
        else if (key == QLatin1String("topics"))
            f.topics = splitList(value);
        else if (key == QLatin1String("organisations") || key == QLatin1String("organizations"))
            f.organisations = splitList(value);
        else if (key == QLatin1String("tags"))
            f.tags = splitList(value);
        else if (key == QLatin1String("code"))
            f.code = value;
        else if ((key == QLatin1String("valid_from") && !date(&f.validFrom)) ||
                 (key == QLatin1String("valid_to") && !date(&f.validTo)) ||
                 (key == QLatin1String("reviewed") && !date(&f.lastReviewed)) ||
                 (key == QLatin1String("review_due") && !date(&f.reviewDue)))
            return fail(QStringLiteral("рядок %1: дата має бути у вигляді РРРР-ММ-ДД").arg(i + 1));
        else if (!QStringList{QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                              QStringLiteral("reviewed"), QStringLiteral("review_due")}
                      .contains(key))
            return fail(QStringLiteral("рядок %1: невідоме поле «%2»").arg(i + 1).arg(key));
    }
    if (!closed)
        return fail(QStringLiteral("заголовок не закрито рядком «---»"));
    if (f.title.isEmpty())
        return fail(QStringLiteral("у заголовку немає «title:»"));
    if (f.title.size() > 300)
        return fail(QStringLiteral("назва довша за 300 символів"));
    static const QRegularExpression topicRe(QStringLiteral("^[0-9]{3}(\\.[0-9]+)*$"));
    for (const QString &t : std::as_const(f.topics)) {
        if (!topicRe.match(t).hasMatch())
            return fail(QStringLiteral("«%1» не є кодом теми класифікатора").arg(t));
    }
    if (f.validFrom.isValid() && f.validTo.isValid() && f.validTo < f.validFrom)
        return fail(QStringLiteral("valid_to раніше за valid_from"));
    f.body = lines.mid(i).join(QLatin1Char('\n')).trimmed();
    if (f.body.isEmpty())
        return fail(QStringLiteral("стаття не має тексту відповіді"));
    if (f.body.size() > 100000)
        return fail(QStringLiteral("текст довший за 100 000 символів"));
    return f;
}

QString KbArticleFile::toMarkdown() const
{
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: ") + title + QLatin1Char('\n');
    out += QStringLiteral("topics: ") + topics.join(QStringLiteral(", ")) + QLatin1Char('\n');
    out += QStringLiteral("organisations: ") + organisations.join(QStringLiteral(", ")) +
           QLatin1Char('\n');
    out += QStringLiteral("tags: ") + tags.join(QStringLiteral(", ")) + QLatin1Char('\n');
    auto date = [&out](const char *key, const QDate &d) {
        if (d.isValid())
            out += QLatin1String(key) + QStringLiteral(": ") + d.toString(Qt::ISODate) +
                   QLatin1Char('\n');
    };
    date("valid_from", validFrom);
    date("valid_to", validTo);
    date("reviewed", lastReviewed);
    date("review_due", reviewDue);
    out += QStringLiteral("---\n\n") + body.trimmed() + QLatin1Char('\n');
    return out;
}
