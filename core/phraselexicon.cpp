#include "phraselexicon.h"

#include <QRegularExpression>

namespace {

constexpr int kMaxEnding = 6;       // a stem "вбивств*" takes at most this many more letters
constexpr int kBlockerLookBack = 5; // words before the first token checked for blockers

bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case 0x0027: // '
    case 0x0060: // `
    case 0x00B4: // ´
    case 0x02BC: // ʼ
    case 0x02B9: // ʹ
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x2032: // ′
    case 0xFF07: // ＇
        return true;
    default:
        return false;
    }
}

bool isInvisible(QChar c)
{
    const auto cat = c.category();
    return c.unicode() == 0x00AD || c.unicode() == 0x200B || c.unicode() == 0x200C ||
           c.unicode() == 0x200D || c.unicode() == 0x2060 || c.unicode() == 0xFEFF ||
           cat == QChar::Mark_NonSpacing;
}

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case '!':
    case '?':
    case ';':
    case '\n':
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

// Latin letters (and a few digits) that look like Cyrillic ones, folded only inside words that
// also contain Cyrillic letters, so that "вбивaти" with a Latin "a" is still "вбивати".
QChar lookAlike(QChar c)
{
    switch (c.unicode()) {
    case 'a':
        return QChar(0x0430);
    case 'b':
        return QChar(0x0432); // from upper-case B
    case 'c':
        return QChar(0x0441);
    case 'e':
        return QChar(0x0435);
    case 'h':
        return QChar(0x043D); // from upper-case H
    case 'i':
        return QChar(0x0456);
    case 'k':
        return QChar(0x043A);
    case 'm':
        return QChar(0x043C);
    case 'o':
        return QChar(0x043E);
    case 'p':
        return QChar(0x0440);
    case 't':
        return QChar(0x0442);
    case 'u':
        return QChar(0x0438);
    case 'x':
        return QChar(0x0445);
    case 'y':
        return QChar(0x0443);
    case '0':
        return QChar(0x043E);
    case '3':
        return QChar(0x0437);
    case '6':
        return QChar(0x0431);
    default:
        return c;
    }
}

} // namespace

QString PhraseLexicon::foldWord(const QString &word)
{
    QString out;
    out.reserve(word.size());
    bool cyrillic = false;
    for (QChar c : word) {
        if (isCyrillic(c))
            cyrillic = true;
    }
    for (QChar c : word) {
        if (isApostrophe(c) || isInvisible(c))
            continue;
        QChar l = c.toLower();
        if (cyrillic)
            l = lookAlike(l);
        switch (l.unicode()) {
        case 0x0491:
            l = QChar(0x0433);
            break; // ґ -> г
        case 0x0451:
            l = QChar(0x0435);
            break; // ё -> е
        default:
            break;
        }
        out.append(l);
    }
    return out;
}

QList<PhraseLexicon::Word> PhraseLexicon::tokenize(const QString &text)
{
    QList<Word> words;
    int sentence = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            const int begin = i;
            while (i < n) {
                const QChar d = text.at(i);
                if (d.isLetterOrNumber() || isInvisible(d))
                    ++i;
                else if (isApostrophe(d) && i + 1 < n && text.at(i + 1).isLetter() && i > begin)
                    ++i;
                else
                    break;
            }
            Word w;
            w.begin = begin;
            w.end = i;
            w.sentence = sentence;
            w.folded = foldWord(text.mid(begin, i - begin));
            if (!w.folded.isEmpty())
                words.append(w);
            continue;
        }
        if (isSentenceEnd(c) && !(c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit()))
            ++sentence;
        ++i;
    }
    return words;
}

bool PhraseLexicon::Token::matches(const QString &w) const
{
    if (exact.contains(w))
        return true;
    for (const QString &s : stems) {
        if (w.startsWith(s) && w.size() - s.size() <= kMaxEnding)
            return true;
    }
    return false;
}

bool PhraseLexicon::expandAlternatives(const QString &spec, Token *token, QString *error,
                                       int depth) const
{
    if (depth > 8) {
        *error = QStringLiteral("classes nest too deep");
        return false;
    }
    const QStringList alts = spec.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (QString alt : alts) {
        alt = alt.trimmed();
        if (alt.isEmpty())
            continue;
        if (alt.startsWith(QLatin1Char('@'))) {
            const auto it = m_classes.constFind(alt.mid(1));
            if (it == m_classes.constEnd()) {
                *error = QStringLiteral("unknown class %1").arg(alt);
                return false;
            }
            if (!expandAlternatives(it->join(QLatin1Char('|')), token, error, depth + 1))
                return false;
            continue;
        }
        if (alt.endsWith(QLatin1Char('*'))) {
            const QString stem = foldWord(alt.chopped(1));
            if (stem.size() < 2) {
                *error = QStringLiteral("stem too short: %1").arg(alt);
                return false;
            }
            token->stems.append(stem);
        } else {
            token->exact.insert(foldWord(alt));
        }
    }
    return true;
}

bool PhraseLexicon::parse(const QString &text, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    m_classes.clear();
    m_explanations.clear();
    m_patterns.clear();
    m_negation = Token();
    m_blocker = Token();
    m_gapBlocker = Token();
    m_coordination = Token();

    static const QRegularExpression classDef(QStringLiteral("^@(\\w+)\\s*(\\+?=)\\s*(.*)$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression section(QStringLiteral("^\\[([a-z_]+)\\s*:\\s*(.+)\\]$"));
    QString category;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int ln = 0; ln < lines.size(); ++ln) {
        QString line = lines.at(ln);
        const int hash = int(line.indexOf(QLatin1Char('#')));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            err = QStringLiteral("line %1: %2").arg(ln + 1).arg(why);
            return false;
        };
        if (const auto m = classDef.match(line); m.hasMatch()) {
            QStringList alts = m.captured(3).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (QString &a : alts)
                a = a.trimmed();
            if (m.captured(2) == QLatin1String("+="))
                m_classes[m.captured(1)].append(alts);
            else
                m_classes[m.captured(1)] = alts;
            continue;
        }
        if (const auto m = section.match(line); m.hasMatch()) {
            category = m.captured(1);
            m_explanations.insert(category, m.captured(2).trimmed());
            continue;
        }
        if (category.isEmpty())
            return fail(QStringLiteral("pattern outside a [category: ...] section"));
        Pattern p;
        p.category = category;
        if (line.startsWith(QLatin1String("^ "))) {
            p.sentenceStart = true;
            line = line.mid(2).trimmed();
        }
        int gap = 3;
        bool clauses = false;
        line.replace(QRegularExpression(QStringLiteral("\\s*\\|\\s*")), QStringLiteral("|"));
        const QStringList parts =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.startsWith(QLatin1Char('~'))) {
                bool ok = false;
                clauses = part.startsWith(QLatin1String("~~"));
                gap = part.mid(clauses ? 2 : 1).toInt(&ok);
                if (!ok || gap < 0 || gap > 12)
                    return fail(QStringLiteral("bad gap %1").arg(part));
                continue;
            }
            Token t;
            t.maxGap = gap;
            t.acrossClauses = clauses;
            gap = 3;
            clauses = false;
            QString why;
            if (!expandAlternatives(part, &t, &why))
                return fail(why);
            p.tokens.append(t);
        }
        if (p.tokens.isEmpty())
            return fail(QStringLiteral("empty pattern"));
        m_patterns.append(p);
    }
    QString why;
    if (m_classes.contains(QStringLiteral("NEGATION")) &&
        !expandAlternatives(QStringLiteral("@NEGATION"), &m_negation, &why)) {
        err = why;
        return false;
    }
    if (m_classes.contains(QStringLiteral("COORDINATION")) &&
        !expandAlternatives(QStringLiteral("@COORDINATION"), &m_coordination, &why)) {
        err = why;
        return false;
    }
    if (m_classes.contains(QStringLiteral("GAPBLOCKER")) &&
        !expandAlternatives(QStringLiteral("@GAPBLOCKER"), &m_gapBlocker, &why)) {
        err = why;
        return false;
    }
    if (m_classes.contains(QStringLiteral("BLOCKER")) &&
        !expandAlternatives(QStringLiteral("@BLOCKER"), &m_blocker, &why)) {
        err = why;
        return false;
    }
    return true;
}

bool PhraseLexicon::matchFrom(const QList<Word> &words, int wordIndex, const Pattern &p,
                              int tokenIndex, QList<int> *positions) const
{
    if (tokenIndex == p.tokens.size())
        return true;
    const Token &t = p.tokens.at(tokenIndex);
    const int sentence = words.at(positions->first()).sentence;
    for (int k = 0; k <= t.maxGap; ++k) {
        const int idx = wordIndex + k;
        if (idx >= words.size() || words.at(idx).sentence != sentence)
            return false;
        if (t.matches(words.at(idx).folded)) {
            positions->append(idx);
            if (matchFrom(words, idx + 1, p, tokenIndex + 1, positions))
                return true;
            positions->removeLast();
        }
    }
    return false;
}

bool PhraseLexicon::blocked(const QList<Word> &words, const Pattern &p,
                            const QList<int> &positions) const
{
    const int first = positions.first();
    const int sentence = words.at(first).sentence;
    for (int idx : positions) {
        if (idx > 0 && !positions.contains(idx - 1) && words.at(idx - 1).sentence == sentence &&
            m_negation.matches(words.at(idx - 1).folded))
            return true;
    }
    // After "або", "і", "чи" the verb shares the modal word of the first one ("може впасти і
    // вбити людей або покалічити дітей"): look back over the whole sentence then.
    const bool coordinated = first > 0 && words.at(first - 1).sentence == sentence &&
                             m_coordination.matches(words.at(first - 1).folded);
    const int lookBack = coordinated ? 12 : kBlockerLookBack;
    for (int k = 1; k <= lookBack; ++k) {
        const int idx = first - k;
        if (idx < 0 || words.at(idx).sentence != sentence)
            break;
        if (m_blocker.matches(words.at(idx).folded) ||
            (coordinated && m_gapBlocker.matches(words.at(idx).folded)))
            return true;
    }
    for (int i = 1; i < positions.size(); ++i) {
        for (int idx = positions.at(i - 1) + 1; idx < positions.at(i); ++idx) {
            const QString &w = words.at(idx).folded;
            const bool clause = !p.tokens.at(i).acrossClauses && m_gapBlocker.matches(w);
            if (m_blocker.matches(w) || clause || m_negation.matches(w))
                return true;
        }
    }
    return false;
}

QList<PhraseLexicon::Match> PhraseLexicon::match(const QString &text) const
{
    return match(text, tokenize(text));
}

QList<PhraseLexicon::Match> PhraseLexicon::match(const QString &text,
                                                 const QList<Word> &words) const
{
    QList<Match> out;
    for (const Pattern &p : m_patterns) {
        for (int i = 0; i < words.size(); ++i) {
            if (!p.tokens.first().matches(words.at(i).folded))
                continue;
            if (p.sentenceStart && i > 0 && words.at(i - 1).sentence == words.at(i).sentence)
                continue;
            QList<int> positions{i};
            if (!matchFrom(words, i + 1, p, 1, &positions))
                continue;
            if (blocked(words, p, positions))
                continue;
            Match m;
            m.category = p.category;
            m.explanation = m_explanations.value(p.category);
            m.firstWord = i;
            const int b = words.at(positions.first()).begin;
            const int e = words.at(positions.last()).end;
            m.evidence = text.mid(b, e - b).simplified();
            out.append(m);
        }
    }
    return out;
}
