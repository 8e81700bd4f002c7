#include "outageaddress.h"

#include "ukrainiantext.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QChar latinToCyrillic(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'a':
        return QChar(0x0430);
    case 'b':
        return QChar(0x0432); // в looks like B
    case 'c':
        return QChar(0x0441);
    case 'e':
        return QChar(0x0435);
    case 'k':
        return QChar(0x043A);
    case 'o':
        return QChar(0x043E);
    case 'p':
        return QChar(0x0440);
    case 'x':
        return QChar(0x0445);
    case 'i':
        return QChar(0x0456);
    default:
        return c.toLower();
    }
}

QString cleanSpec(QString t)
{
    t = t.toLower();
    t.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    t.replace(QStringLiteral("№"), QStringLiteral(" "));
    static const QRegularExpression words(QStringLiteral(
        "(?<![\\p{L}])(будинки|будинків|будинок|будинку|буд\\.?|б\\.|номери|номер|№)(?![\\p{L}])"));
    t.replace(words, QStringLiteral(" "));
    static const QRegularExpression fromTo(
        QStringLiteral("(?:з|від)\\s+(\\d+)\\s+(?:по|до)\\s+(\\d+)"));
    t.replace(fromTo, QStringLiteral("\\1-\\2"));
    return t;
}

} // namespace

HouseNumber HouseNumber::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,5})\\s*(?:(?:-|\\s)?\\s*([\\p{L}])(?![\\p{L}])|/\\s*(\\d{1,4})|"
                       "\\s*,?\\s*(?:корп(?:ус)?\\.?|к\\.?)\\s*(\\d{1,3}))?\\s*$"));
    HouseNumber h;
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return h;
    h.number = m.captured(1).toInt();
    if (!m.captured(2).isEmpty())
        h.suffix = latinToCyrillic(m.captured(2).at(0));
    else if (!m.captured(3).isEmpty())
        h.suffix = QStringLiteral("/") + QString::number(m.captured(3).toInt());
    else if (!m.captured(4).isEmpty())
        h.suffix = QStringLiteral("к") + QString::number(m.captured(4).toInt());
    return h;
}

QString HouseNumber::toString() const
{
    if (!isValid())
        return QString();
    if (suffix.isEmpty() || suffix.startsWith(QLatin1Char('/')))
        return QString::number(number) + suffix;
    if (suffix.startsWith(QChar(0x043A)) && suffix.size() > 1)
        return QString::number(number) + QStringLiteral(" корп. ") + suffix.mid(1);
    return QString::number(number) + QStringLiteral("-") + suffix.toUpper();
}

std::optional<HouseRangeSpec> HouseRangeSpec::parse(const QString &text, QString *error)
{
    HouseRangeSpec spec;
    const QString cleaned = cleanSpec(text);
    static const QRegularExpression separators(
        QStringLiteral("[,;]|(?<![\\p{L}])(?:та|і|й)(?![\\p{L}])"));
    static const QRegularExpression oddRe(QStringLiteral("(?<![\\p{L}])непарн\\p{L}*"));
    static const QRegularExpression evenRe(QStringLiteral("(?<![\\p{L}])парн\\p{L}*"));
    static const QRegularExpression noise(QStringLiteral(
        "(?<![\\p{L}])(сторона|сторони|стор\\.|номери|частина|з|по)(?![\\p{L}])|[:()]"));
    static const QRegularExpression allRe(
        QStringLiteral("^(вся вулиця|вся|всі|усі|уся вулиця|уся|повністю|\\*)$"));
    static const QRegularExpression rangeRe(QStringLiteral("^(\\d{1,5})\\s*-\\s*(\\d{1,5})$"));
    bool all = false;
    const QStringList parts = cleaned.split(separators);
    for (QString part : parts) {
        Parity parity = Parity::Any;
        if (part.contains(oddRe)) {
            parity = Parity::Odd;
            part.remove(oddRe);
        } else if (part.contains(evenRe)) {
            parity = Parity::Even;
            part.remove(evenRe);
        }
        part.replace(noise, QStringLiteral(" "));
        part = part.simplified();
        if (part.isEmpty()) {
            if (parity != Parity::Any)
                spec.m_items.append({1, 99999, QString(), parity, false});
            continue;
        }
        if (allRe.match(part).hasMatch()) {
            all = true;
            continue;
        }
        const auto r = rangeRe.match(part);
        if (r.hasMatch()) {
            const int a = r.captured(1).toInt();
            const int b = r.captured(2).toInt();
            if (a <= 0 || b < a) {
                if (error)
                    *error = QStringLiteral("неправильний діапазон будинків «%1»").arg(part);
                return std::nullopt;
            }
            spec.m_items.append({a, b, QString(), parity, false});
            continue;
        }
        const HouseNumber h = HouseNumber::parse(part);
        if (!h.isValid()) {
            if (error)
                *error = QStringLiteral("не вдалося прочитати номер будинку «%1»").arg(part);
            return std::nullopt;
        }
        spec.m_items.append({h.number, h.number, h.suffix, parity, true});
    }
    if (all)
        spec.m_items.clear();
    return spec;
}

bool HouseRangeSpec::matches(const HouseNumber &house) const
{
    if (m_items.isEmpty())
        return true;
    if (!house.isValid())
        return false;
    for (const Item &i : m_items) {
        if (house.number < i.from || house.number > i.to)
            continue;
        if (i.parity == Parity::Odd && house.number % 2 == 0)
            continue;
        if (i.parity == Parity::Even && house.number % 2 != 0)
            continue;
        if (i.single && i.suffix != house.suffix)
            continue;
        return true;
    }
    return false;
}

namespace OutageAddress {

QString streetKey(const QString &street)
{
    static const QSet<QString> typeWords = [] {
        const QStringList l =
            QStringLiteral("вулиця вулиці вулицю вулицею вул провулок провулку пров проспект "
                           "проспекту просп бульвар бульвару бульв б р площа площі пл майдан "
                           "шосе узвіз тупик проїзд м місто бровари броварах київська область "
                           "обл")
                .split(QLatin1Char(' '));
        return QSet<QString>(l.begin(), l.end());
    }();
    QStringList key;
    const QStringList ws = UkrainianText::words(street);
    for (int i = 0; i < ws.size(); ++i) {
        const QString &w = ws.at(i);
        // "Київська" is a street in Brovary, but "Київська область" is not: drop the region
        // only when followed by "область"/"обл".
        if (w == QStringLiteral("київська") && i + 1 < ws.size() &&
            (ws.at(i + 1) == QStringLiteral("область") || ws.at(i + 1) == QStringLiteral("обл"))) {
            ++i;
            continue;
        }
        if (w != QStringLiteral("київська") && typeWords.contains(w))
            continue;
        if (w == QStringLiteral("на") || w == QStringLiteral("по"))
            continue;
        key << UkrainianText::stem(w);
    }
    return key.join(QLatin1Char(' '));
}

Parsed parse(const QString &address)
{
    Parsed p;
    // The first number that follows some street text starts the house.
    static const QRegularExpression re(
        QStringLiteral("^(.*?\\p{L}.*?)[\\s,]+(?:буд(?:инок)?\\.?\\s*|б\\.\\s*|№\\s*)?"
                       "(\\d{1,5}(?:\\s*(?:-|\\s)?\\s*\\p{L}(?![\\p{L}])|\\s*/\\s*\\d{1,4}|"
                       "\\s*,?\\s*(?:корп(?:ус)?\\.?|к\\.)\\s*\\d{1,3})?)(?![\\d])"));
    const QString text = address.trimmed();
    const auto m = re.match(text);
    if (m.hasMatch()) {
        p.street = m.captured(1).trimmed();
        while (p.street.endsWith(QLatin1Char(',')))
            p.street.chop(1);
        p.house = HouseNumber::parse(m.captured(2));
        // "кв" right after the number would be read as a letter: "12 к" is a building letter,
        // "12 кв" is not (the look-ahead refuses letters followed by letters).
    } else {
        p.street = text;
    }
    p.streetKey = streetKey(p.street);
    return p;
}

} // namespace OutageAddress
