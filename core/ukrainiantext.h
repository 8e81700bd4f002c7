#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Ukrainian text for search: PostgreSQL has no Ukrainian stemmer, so the client stems both the
// stored search columns of the knowledge base and the queries with the same rules, and the
// database only compares stems (full text) and their trigrams (typos).
//
// normalize(): lower case; apostrophes (' ’ ʼ `) dropped; ґ→г; Russian letters typed on a
// Ukrainian desk (ё ы э ъ) folded to their Ukrainian look-alikes; everything that is not a
// letter or a digit becomes a space.
// stem(): a light suffix stripper (inflectional endings of nouns, adjectives and verbs, the
// reflexive -ся/-сь), keeping at least three letters, and the і/о alternation of a closed last
// syllable (двір/двору, вивіз/вивозу) folded to о.
namespace UkrainianText {

QString normalize(const QString &text);
// Normalised words in order (stop words included).
QStringList words(const QString &text);
bool isStopWord(const QString &normalizedWord);
QString stem(const QString &normalizedWord);
// Stems of the text's words without stop words, in order (duplicates kept).
QStringList stems(const QString &text);
// Stems joined by single spaces: the stored search column.
QString stemText(const QString &text);

struct Range {
    int start = 0;
    int length = 0;
    bool operator==(const Range &o) const { return start == o.start && length == o.length; }
};
// Where in `text` the words whose stem is in `stems` (or starts with one of `prefixes`) are:
// for highlighting matched words in the original text.
QList<Range> matchRanges(const QString &text, const QSet<QString> &stems,
                         const QStringList &prefixes = {});
// The text as HTML with the ranges wrapped in <b>…</b> (everything escaped).
QString highlightHtml(const QString &text, const QList<Range> &ranges);

} // namespace UkrainianText
