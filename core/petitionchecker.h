#pragma once

#include "phraselexicon.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A petition as submitted (art. 23-1 of the Law "On citizens' appeals"): what the formal checks
// look at.
struct PetitionSubmission {
    QString title;
    QString text;
    QString authorName;
    QString authorEmail;
    QDateTime submittedAt;
};

// An active petition the new one is compared with for the duplicate rule.
struct PetitionReference {
    qint64 id = 0;
    QString number;
    QString title;
    QString text;
};

// One formal finding. Findings advise; the moderator decides.
struct PetitionFinding {
    QString rule;     // missing_substance, missing_author, missing_email, invalid_email,
                      // forbidden_content, outside_powers, duplicate, title_too_long, text_too_long
    QString message;  // explanation for the moderator, in Ukrainian
    QString evidence; // the words (or values) that triggered the rule
};

// Formal checks of an e-petition before publication (LAW.md §2, issue 7). Qt-Core only.
// The lexicons are data files compiled in from resources/petitions/ (forbidden_lexicon.txt,
// outside_powers.txt, request_markers.txt); tests and tools may load others.
class PetitionChecker
{
public:
    struct Limits {
        int maxTitleLength = 200;  // characters
        int maxTextLength = 10000; // characters
        int minTextLength = 40;    // shorter texts have no substance
        int minTextWords = 6;
        double duplicateThreshold = 0.5; // similarity 0..1 from which a petition is a duplicate
    };

    // Loads the built-in lexicons.
    PetitionChecker();

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    bool setForbiddenLexicon(const QString &text, QString *error = nullptr);
    bool setOutsidePowersLexicon(const QString &text, QString *error = nullptr);
    void setRequestMarkers(const QString &text);
    // Empty when the built-in lexicons loaded; else what went wrong (a bad data file).
    QString loadError() const { return m_loadError; }

    // All findings, in a stable order (rules in the order listed above).
    QList<PetitionFinding> check(const PetitionSubmission &p,
                                 const QList<PetitionReference> &active = {}) const;

    // Individual rules (also used by the GUI to explain a finding).
    static bool isValidEmail(const QString &email);
    // Similarity of two petitions, 0..1: the larger of the title trigram Jaccard and the text
    // word-stem Jaccard.
    static double similarity(const QString &titleA, const QString &textA, const QString &titleB,
                             const QString &textB);

private:
    void checkSubstance(const PetitionSubmission &p, QList<PetitionFinding> *out) const;
    void checkAuthor(const PetitionSubmission &p, QList<PetitionFinding> *out) const;
    void checkLexicon(const PhraseLexicon &lexicon, const QString &rule, const QString &lead,
                      const PetitionSubmission &p, QList<PetitionFinding> *out) const;
    void checkDuplicates(const PetitionSubmission &p, const QList<PetitionReference> &active,
                         QList<PetitionFinding> *out) const;

    Limits m_limits;
    PhraseLexicon m_forbidden;
    PhraseLexicon m_outside;
    QSet<QString> m_requestExact;
    QStringList m_requestStems;
    QString m_loadError;
};
