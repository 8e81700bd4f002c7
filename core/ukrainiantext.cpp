#include "ukrainiantext.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) ||
           c == QLatin1Char('`') || c == QChar(0x2018);
}

QChar fold(QChar c)
{
    switch (c.unicode()) {
    case 0x0491:              // ґ
        return QChar(0x0433); // г
    case 0x0451:              // ё
        return QChar(0x0435); // е
    case 0x044B:              // ы
        return QChar(0x0438); // и
    case 0x044D:              // э
        return QChar(0x0435); // е
    default:
        return c;
    }
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("аеєиіїоуюя");
    return vowels.contains(c);
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QStringList list =
            QStringLiteral(
                "а б би без бо був була були було буде будь в вам вас ви від він вона вони воно "
                "вже "
                "де для до добрий доброго дякую є же ж з за зі із й і їх її його коли котра котрий "
                "ласка мені мене ми мій моя може можна можу на над нам нас не немає ні о об або "
                "але "
                "от по під при про с та так також те тепер то тому у чи через що щоб як яка яке "
                "який "
                "які якщо це цей ця ці ще я хочу хотів хотіла скажіть підкажіть будь-ласка день "
                "вечір "
                "ранок алло але дуже де де-небудь треба потрібно потрібна потрібен потрібні")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }();
    return words;
}

// Longest first.
const QStringList &suffixes()
{
    static const QStringList list = [] {
        QStringList l =
            QStringLiteral("ями ами ого ому ими іми ові еві єві ють ять уть ать ить ете єте ите "
                           "имо емо ємо ала ала яла ила ули ало ило ати яти ити іти ути "
                           "ах ях ою ею єю ів їв ей ий ій ої ім им их іх ом ем єм ам ям ти ть ла "
                           "ло ли ує ює ая яя а я о е є у ю і ї и ь й")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::stable_sort(l.begin(), l.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return l;
    }();
    return list;
}

QRegularExpression &wordPattern()
{
    // Letters (with apostrophes inside) or digits: a word as the reader sees it.
    static QRegularExpression re(QStringLiteral("[\\p{L}](?:[\\p{L}'’ʼ`]*[\\p{L}])?|\\d+"));
    return re;
}

} // namespace

namespace UkrainianText {

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = true;
    for (QChar c : text) {
        if (isApostrophe(c))
            continue;
        c = fold(c.toLower());
        if (c.isLetterOrNumber()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList words(const QString &text)
{
    return normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isStopWord(const QString &normalizedWord)
{
    return stopWords().contains(normalizedWord);
}

QString stem(const QString &word)
{
    QString w = word;
    if (w.size() < 4 || !w.at(0).isLetter())
        return w;
    // reflexive verbs: -ся / -сь
    if (w.size() >= 6 && (w.endsWith(QStringLiteral("ся")) || w.endsWith(QStringLiteral("сь"))))
        w.chop(2);
    for (const QString &s : suffixes()) {
        if (w.size() - s.size() >= 3 && w.endsWith(s)) {
            w.chop(s.size());
            break;
        }
    }
    // A fleeting vowel before the last consonant: будинок/будинку, довідок/довідка,
    // мешканець/мешканця.
    if (w.size() >= 5 && (w.endsWith(QStringLiteral("ок")) || w.endsWith(QStringLiteral("ец")))) {
        w.remove(w.size() - 2, 1);
    }
    // The і of a closed last syllable alternates with о (двір/двору, вивіз/вивозу).
    int tail = 0;
    for (int i = w.size() - 1; i >= 0; --i) {
        if (isVowel(w.at(i))) {
            if (w.at(i) == QChar(0x0456) && tail >= 1 && tail <= 2 && i > 0)
                w[i] = QChar(0x043E);
            break;
        }
        ++tail;
    }
    return w;
}

QStringList stems(const QString &text)
{
    QStringList out;
    for (const QString &w : words(text)) {
        if (!isStopWord(w))
            out << stem(w);
    }
    return out;
}

QString stemText(const QString &text)
{
    return stems(text).join(QLatin1Char(' '));
}

QList<Range> matchRanges(const QString &text, const QSet<QString> &stemSet,
                         const QStringList &prefixes)
{
    QList<Range> ranges;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = normalize(m.captured(0));
        if (w.isEmpty() || w.contains(QLatin1Char(' ')) || isStopWord(w))
            continue;
        const QString s = stem(w);
        bool hit = stemSet.contains(s);
        for (int i = 0; !hit && i < prefixes.size(); ++i)
            hit = !prefixes.at(i).isEmpty() &&
                  (w.startsWith(prefixes.at(i)) || s.startsWith(prefixes.at(i)));
        if (hit)
            ranges.append({int(m.capturedStart(0)), int(m.capturedLength(0))});
    }
    return ranges;
}

QString highlightHtml(const QString &text, const QList<Range> &ranges)
{
    QString html;
    int pos = 0;
    for (const Range &r : ranges) {
        if (r.start < pos || r.start + r.length > text.size())
            continue;
        html += text.mid(pos, r.start - pos).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(r.start, r.length).toHtmlEscaped() +
                QStringLiteral("</b>");
        pos = r.start + r.length;
    }
    html += text.mid(pos).toHtmlEscaped();
    return html;
}

} // namespace UkrainianText
