#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A maintainable lexicon of Ukrainian phrase patterns matched word by word (not one regex).
// Used by PetitionChecker for forbidden content and for matters outside a city council's powers.
//
// File format (UTF-8, one statement per line, '#' starts a comment):
//   @NAME = alt | alt | ...       defines a word class (alternatives may use other @NAMEs)
//   @NAME += alt | ...            adds alternatives to a class
//   [key: Ukrainian explanation]  starts a category; the patterns below belong to it
//   token token ~N token          a pattern: words in this order inside one sentence
//   ^ token ...                   the same, its first word opening a sentence ("Вбити всіх!")
//
// A token is a word class: alternatives separated by '|', each a whole word ("вбий"), a stem
// with any ending ("вбивств*") or a @NAME. Between two tokens up to 3 other words may stand
// (so "закликаємо всіх громадян до повалення" matches "@CALL до повалення"); "~N" before a
// token sets that gap to N words, "~~N" also lets the gap hold a subordinate clause. Matching folds
// case, the apostrophes ’ ' ʼ ` (dropped), ґ→г, ё→е and Latin look-alike letters inside Cyrillic
// words (the "а" in "вбивaти").
//
// Two reserved classes turn a match off, so that mentions are not taken for calls:
//   @NEGATION  a word right before any matched token ("не вбивайте");
//   @BLOCKER   a word inside the gaps or up to 5 words before the first token ("заборонити
//              закликати до насильства", "засуджуємо заклики до", "боротьба із закликами");
//   @GAPBLOCKER a word inside the gaps only (clause boundaries: "бо", "які", "що").
//   @COORDINATION right before the first token ("або", "і") extends the look-back for blockers
//              to the whole sentence, and the clause words of @GAPBLOCKER block there too.
class PhraseLexicon
{
public:
    struct Word {
        QString folded; // normalised form used for matching
        int begin = 0;  // position in the original text
        int end = 0;    // one past the last character
        int sentence = 0;
    };

    struct Match {
        QString category;
        QString explanation;
        QString evidence; // the original words from the first to the last matched one
        int firstWord = 0;
    };

    // Parses the lexicon text; returns false and sets *error ("line N: ...") on a bad line.
    bool parse(const QString &text, QString *error = nullptr);
    bool isEmpty() const { return m_patterns.isEmpty(); }
    int patternCount() const { return int(m_patterns.size()); }

    // All matches in the text, at most one per pattern and starting word.
    QList<Match> match(const QString &text) const;
    QList<Match> match(const QString &text, const QList<Word> &words) const;

    // Normalisation shared with the tokenizer (and usable for other comparisons).
    static QString foldWord(const QString &word);
    static QList<Word> tokenize(const QString &text);

private:
    struct Token {
        QSet<QString> exact;
        QStringList stems;
        int maxGap = 3;
        bool acrossClauses = false; // "~~N": the gap may hold @GAPBLOCKER clause words
        bool matches(const QString &w) const;
    };
    struct Pattern {
        QString category;
        QList<Token> tokens;
        bool sentenceStart = false; // "^ " before the pattern: its first word opens a sentence
    };

    bool expandAlternatives(const QString &spec, Token *token, QString *error, int depth = 0) const;
    bool matchFrom(const QList<Word> &words, int wordIndex, const Pattern &p, int tokenIndex,
                   QList<int> *positions) const;
    bool blocked(const QList<Word> &words, const Pattern &p, const QList<int> &positions) const;

    QHash<QString, QStringList> m_classes;  // @NAME -> raw alternatives
    QHash<QString, QString> m_explanations; // category -> explanation
    QList<Pattern> m_patterns;
    Token m_negation;
    Token m_blocker;
    Token m_gapBlocker;
    Token m_coordination;
};
