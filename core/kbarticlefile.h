#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// One knowledge-base article as a Markdown file (kontaktctl kb import/export):
//
//   ---
//   title: Як отримати довідку про склад сім'ї
//   topics: 014.1, 014.2
//   organisations: cnap
//   tags: довідка, ЦНАП
//   valid_from: 2026-01-01          (optional, also valid_to, reviewed, review_due)
//   ---
//   The body (Markdown: paragraphs, lists, links).
//
// The article's code is the file name without ".md".
struct KbArticleFile {
    QString code;
    QString title;
    QStringList topics;
    QStringList organisations;
    QStringList tags;
    QDate validFrom;
    QDate validTo;
    QDate lastReviewed;
    QDate reviewDue;
    QString body;

    // nullopt with *error (Ukrainian) when the header is missing or broken.
    static std::optional<KbArticleFile> parse(const QString &text, QString *error);
    QString toMarkdown() const;
    // "Як отримати довідку" -> a code usable as a file name ("yak-otrymaty-dovidku").
    static QString codeFromTitle(const QString &title);
    static bool isValidCode(const QString &code);
};
