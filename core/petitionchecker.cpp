#include "petitionchecker.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace {

QString readResource(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error += QStringLiteral("cannot read %1; ").arg(path);
        return QString();
    }
    return QString::fromUtf8(f.readAll());
}

// Words that carry no meaning for the duplicate comparison.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *list[] = {"та",    "і",       "й",     "в",      "у",      "на",    "до",
                              "з",     "із",      "зі",    "за",     "по",     "від",   "для",
                              "про",   "що",      "як",    "це",     "не",     "або",   "але",
                              "а",     "при",     "під",   "над",    "між",    "щоб",   "який",
                              "яка",   "яке",     "які",   "вул",    "вулиці", "міста", "місті",
                              "місто", "просимо", "прошу", "нашого", "нашому", "наш",   "наша",
                              "ми",    "його",    "її",    "їх",     "буде",   "бути",  "є",
                              "так",   "також",   "всіх",  "усіх",   "всі",    "усі"};
        for (const char *w : list)
            s.insert(PhraseLexicon::foldWord(QString::fromUtf8(w)));
        return s;
    }();
    return words;
}

QSet<QString> stemSet(const QString &text)
{
    QSet<QString> out;
    const auto words = PhraseLexicon::tokenize(text);
    for (const auto &w : words) {
        if (w.folded.size() < 3 || stopWords().contains(w.folded))
            continue;
        out.insert(w.folded.left(6));
    }
    return out;
}

QSet<QString> trigrams(const QString &text)
{
    QStringList parts;
    const auto words = PhraseLexicon::tokenize(text);
    for (const auto &w : words)
        parts.append(w.folded);
    const QString s = QStringLiteral("  ") + parts.join(QLatin1Char(' ')) + QStringLiteral("  ");
    QSet<QString> out;
    for (int i = 0; i + 3 <= s.size(); ++i)
        out.insert(s.mid(i, 3));
    return out;
}

double jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const int common = int(QSet<QString>(a).intersect(b).size());
    const int all = int(a.size() + b.size()) - common;
    return all > 0 ? double(common) / all : 0.0;
}

} // namespace

PetitionChecker::PetitionChecker()
{
    QString err;
    const QString forbidden =
        readResource(QStringLiteral(":/petitions/forbidden_lexicon.txt"), &err);
    const QString outside = readResource(QStringLiteral(":/petitions/outside_powers.txt"), &err);
    const QString markers = readResource(QStringLiteral(":/petitions/request_markers.txt"), &err);
    QString why;
    if (!forbidden.isEmpty() && !m_forbidden.parse(forbidden, &why))
        err += QStringLiteral("forbidden_lexicon.txt %1; ").arg(why);
    if (!outside.isEmpty() && !m_outside.parse(outside, &why))
        err += QStringLiteral("outside_powers.txt %1; ").arg(why);
    setRequestMarkers(markers);
    m_loadError = err;
}

bool PetitionChecker::setForbiddenLexicon(const QString &text, QString *error)
{
    return m_forbidden.parse(text, error);
}

bool PetitionChecker::setOutsidePowersLexicon(const QString &text, QString *error)
{
    return m_outside.parse(text, error);
}

void PetitionChecker::setRequestMarkers(const QString &text)
{
    m_requestExact.clear();
    m_requestStems.clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        const int hash = int(line.indexOf(QLatin1Char('#')));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.endsWith(QLatin1Char('*')))
            m_requestStems.append(PhraseLexicon::foldWord(line.chopped(1)));
        else
            m_requestExact.insert(PhraseLexicon::foldWord(line));
    }
}

bool PetitionChecker::isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([\\w](?:[\\w-]{0,61}[\\w])?\\.)+[\\w]{2,63}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString e = email.trimmed();
    if (e.size() > 254 || e.indexOf(QLatin1Char('@')) > 64)
        return false;
    if (!re.match(e).hasMatch())
        return false;
    // The top-level domain is letters only ("ua", "укр"), never digits or '_'.
    const QString tld = e.section(QLatin1Char('.'), -1);
    for (QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    return !e.section(QLatin1Char('@'), 1).contains(QLatin1Char('_'));
}

double PetitionChecker::similarity(const QString &titleA, const QString &textA,
                                   const QString &titleB, const QString &textB)
{
    const double titles = jaccard(trigrams(titleA), trigrams(titleB));
    const QSet<QString> a = stemSet(textA);
    const QSet<QString> b = stemSet(textB);
    const double texts = (a.size() >= 5 && b.size() >= 5) ? jaccard(a, b) : 0.0;
    return qMax(titles, texts);
}

void PetitionChecker::checkSubstance(const PetitionSubmission &p, QList<PetitionFinding> *out) const
{
    const QString text = p.text.trimmed();
    const auto words = PhraseLexicon::tokenize(text);
    QStringList problems;
    if (p.title.trimmed().isEmpty())
        problems << QStringLiteral("немає назви петиції");
    int letters = 0;
    for (QChar c : text) {
        if (c.isLetter())
            ++letters;
    }
    QSet<QString> distinct;
    for (const auto &w : words) {
        if (w.folded.size() >= 2 && w.folded.at(0).isLetter())
            distinct.insert(w.folded);
    }
    if (text.isEmpty()) {
        problems << QStringLiteral("текст петиції порожній");
    } else if (text.size() < m_limits.minTextLength || words.size() < m_limits.minTextWords) {
        problems << QStringLiteral("текст занадто короткий (%1 слів, %2 символів)")
                        .arg(words.size())
                        .arg(text.size());
    } else if (letters * 2 < text.size()
               || distinct.size() * (words.size() > 200 ? 6 : 3) < words.size()) {
        problems << QStringLiteral("текст не складається з осмислених речень");
    } else {
        bool request = false;
        const auto all = PhraseLexicon::tokenize(p.title + QLatin1Char('\n') + text);
        for (const auto &w : all) {
            if (m_requestExact.contains(w.folded)) {
                request = true;
                break;
            }
            for (const QString &s : m_requestStems) {
                if (w.folded.startsWith(s)) {
                    request = true;
                    break;
                }
            }
            if (request)
                break;
        }
        if (!request)
            problems << QStringLiteral("не знайдено чітко сформульованої вимоги чи пропозиції "
                                       "(«просимо…», «пропонуємо…», «встановити…»)");
    }
    if (problems.isEmpty())
        return;
    out->append({QStringLiteral("missing_substance"),
                 QStringLiteral("Петиція не містить викладу суті звернення (ст. 23-1 Закону "
                                "«Про звернення громадян»): %1.")
                     .arg(problems.join(QStringLiteral("; "))),
                 text.isEmpty() ? p.title.trimmed() : text.left(120)});
}

void PetitionChecker::checkAuthor(const PetitionSubmission &p, QList<PetitionFinding> *out) const
{
    const QString name = p.authorName.simplified();
    int nameWords = 0;
    for (const auto &w : PhraseLexicon::tokenize(name)) {
        if (w.folded.size() >= 2 && w.folded.at(0).isLetter())
            ++nameWords;
    }
    if (name.isEmpty()) {
        out->append({QStringLiteral("missing_author"),
                     QStringLiteral("Не зазначено прізвище, ім'я та по батькові автора петиції "
                                    "(обов'язково за ст. 23-1)."),
                     QString()});
    } else if (nameWords < 2) {
        out->append({QStringLiteral("missing_author"),
                     QStringLiteral("Зазначено не повне ім'я автора: потрібні прізвище та ім'я "
                                    "(і по батькові)."),
                     name});
    }
    const QString email = p.authorEmail.trimmed();
    if (email.isEmpty()) {
        out->append({QStringLiteral("missing_email"),
                     QStringLiteral("Не зазначено адресу електронної пошти автора (обов'язково за "
                                    "ст. 23-1)."),
                     QString()});
    } else if (!isValidEmail(email)) {
        out->append({QStringLiteral("invalid_email"),
                     QStringLiteral("Адреса електронної пошти автора має неправильний формат."),
                     email});
    }
}

void PetitionChecker::checkLexicon(const PhraseLexicon &lexicon, const QString &rule,
                                   const QString &lead, const PetitionSubmission &p,
                                   QList<PetitionFinding> *out) const
{
    const QString all = p.title + QLatin1Char('\n') + p.text;
    const auto matches = lexicon.match(all);
    QMap<QString, QStringList> evidence; // by category, in order of appearance
    QMap<QString, QString> explanation;
    QMap<QString, int> firstSeen;
    for (const auto &m : matches) {
        QStringList &list = evidence[m.category];
        // Overlapping matches ("знизити вік мобілізації", "вік мобілізації"): keep the longer.
        bool covered = false;
        for (QString &e : list) {
            if (e.contains(m.evidence, Qt::CaseInsensitive)) {
                covered = true;
                break;
            }
            if (m.evidence.contains(e, Qt::CaseInsensitive)) {
                e = m.evidence;
                covered = true;
                break;
            }
        }
        if (!covered)
            list.append(m.evidence);
        explanation[m.category] = m.explanation;
        firstSeen[m.category] = qMin(firstSeen.value(m.category, INT_MAX), m.firstWord);
    }
    QList<QPair<int, QString>> order;
    for (auto it = firstSeen.cbegin(); it != firstSeen.cend(); ++it)
        order.append({it.value(), it.key()});
    if (order.isEmpty())
        return;
    std::sort(order.begin(), order.end());
    // One finding per rule: every category's explanation, the words of each.
    QStringList explanations;
    QStringList words;
    for (const auto &o : order) {
        explanations << explanation.value(o.second);
        for (const QString &e : evidence.value(o.second)) {
            bool covered = false;
            for (QString &w : words) {
                if (w.contains(e, Qt::CaseInsensitive)) {
                    covered = true;
                    break;
                }
                if (e.contains(w, Qt::CaseInsensitive)) {
                    w = e;
                    covered = true;
                    break;
                }
            }
            if (!covered)
                words << e;
        }
    }
    if (words.size() > 6)
        words = words.mid(0, 6);
    out->append({rule, lead.arg(explanations.join(QStringLiteral("; "))),
                 words.join(QStringLiteral("; "))});
}

void PetitionChecker::checkDuplicates(const PetitionSubmission &p,
                                      const QList<PetitionReference> &active,
                                      QList<PetitionFinding> *out) const
{
    for (const auto &ref : active) {
        const double s = similarity(p.title, p.text, ref.title, ref.text);
        if (s < m_limits.duplicateThreshold)
            continue;
        out->append(
            {QStringLiteral("duplicate"),
             QStringLiteral("Петиція дуже схожа на петицію, що вже збирає підписи або "
                            "розглядається; автор може підписати її замість нової."),
             QStringLiteral("№ %1 «%2» — схожість %3%")
                 .arg(ref.number.isEmpty() ? QString::number(ref.id) : ref.number, ref.title)
                 .arg(qRound(s * 100))});
    }
}

QList<PetitionFinding> PetitionChecker::check(const PetitionSubmission &p,
                                              const QList<PetitionReference> &active) const
{
    QList<PetitionFinding> out;
    checkSubstance(p, &out);
    checkAuthor(p, &out);
    checkLexicon(m_forbidden, QStringLiteral("forbidden_content"),
                 QStringLiteral("Ознаки забороненого змісту (ст. 23-1 Закону «Про звернення "
                                "громадян»): %1. Перевірте контекст: згадка не є закликом."),
                 p, &out);
    checkLexicon(m_outside, QStringLiteral("outside_powers"),
                 QStringLiteral("Питання, імовірно, поза повноваженнями міської ради: %1. Рада "
                                "може лише звернутися до відповідного органу."),
                 p, &out);
    checkDuplicates(p, active, &out);
    if (p.title.size() > m_limits.maxTitleLength)
        out.append({QStringLiteral("title_too_long"), QStringLiteral("Назва петиції задовга."),
                    QStringLiteral("%1 символів (не більше %2)")
                        .arg(p.title.size())
                        .arg(m_limits.maxTitleLength)});
    if (p.text.size() > m_limits.maxTextLength)
        out.append({QStringLiteral("text_too_long"), QStringLiteral("Текст петиції задовгий."),
                    QStringLiteral("%1 символів (не більше %2)")
                        .arg(p.text.size())
                        .arg(m_limits.maxTextLength)});
    return out;
}
