#pragma once

#include "registrationcard.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <memory>

class QPrinter;
class QTextDocument;

// Lays out the registration-and-control card (РКК, LAW.md §3) on A4: the front side with the
// registration data, a page break, and the reverse side with blanks the clerk fills in by hand.
// The layout lives in the template :/templates/registration_card.html (a Ukrainian legal form,
// so its labels are Ukrainian and are not translated); this class only fills it in, escaping
// every value so that text typed by a citizen can never become markup.
class RegistrationCardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationCardPrinter)

public:
    explicit RegistrationCardPrinter(const RegistrationCard &card);

    // Both sides as one HTML document; the reverse side starts on a new page.
    QString html() const;
    // The filled-in card, paginated for pageLayout() (A4 portrait, 15 mm margins).
    std::unique_ptr<QTextDocument> document() const;
    bool printToPdf(const QString &path, QString *error = nullptr) const;
    // Paginates for the printer's own paper and margins, so it also serves
    // QPrintPreviewDialog::paintRequested; give the printer pageLayout() first for the A4 form.
    void print(QPrinter *printer) const;

    // A4 portrait with 15 mm margins on every side: the paper the card is designed for.
    static QPageLayout pageLayout();
    // Escapes markup characters and keeps line breaks (as <br/>).
    static QString escape(const QString &text);

private:
    bool paint(QPrinter *printer, QString *error) const;

    RegistrationCard m_card;
};
