#include "registrationcardprinter.h"

#include "printtemplate.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>

namespace {

// The template gives every length in CSS pixels (1/96 inch) and the document is laid out in the
// same unit, so the card looks the same whatever the screen's DPI and scales exactly onto any
// printer resolution.
constexpr qreal CssPixelsPerInch = 96.0;
constexpr qreal CssPixelsPerMillimetre = CssPixelsPerInch / 25.4;
// Matches the body font size of the template; used for text the template does not style.
constexpr int DefaultFontPixels = 13;

using Values = QHash<QString, QString>;

struct List {
    QStringList keys; // every item has these; blank padding items have them empty
    QList<Values> items;
};

// What the template can refer to: {{value}}, {{#flag}}…{{/flag}}, {{#list}}…{{/list}}.
struct Scope {
    Values values;
    QHash<QString, bool> flags;
    QHash<QString, List> lists;
};

// The template's .blank style makes these lines tall enough to write in by hand.
QString blankLines(int count)
{
    return QStringLiteral("<span class=\"blank\">%1</span>")
        .arg(QStringList(std::max(count, 1), QStringLiteral("&nbsp;"))
                 .join(QStringLiteral("<br/>")));
}

QString fieldHtml(const QString &name, int blank, const Scope &scope, const Values &item)
{
    auto it = item.constFind(name);
    if (it == item.constEnd()) {
        it = scope.values.constFind(name);
        if (it == scope.values.constEnd()) {
            qWarning("registration card template: unknown field '%s'", qPrintable(name));
            return QString();
        }
    }
    const QString text = it->trimmed();
    return text.isEmpty() ? blankLines(blank) : RegistrationCardPrinter::escape(text);
}

// One pass over the template: card values are inserted as they are met and never scanned again,
// so a citizen who types "{{regIndex}}" gets exactly that printed.
//   {{name}} / {{name:N}}        the value, or N blank lines (default 1) to fill in by hand;
//   {{#flag}}…{{/flag}}          the part only when the flag is set;
//   {{#list:N}}…{{/list}}        the part once per item, padded with blank items to N.
QString render(const QString &text, const Scope &scope, const Values &item = Values())
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{(?:#(\w+)(?::(\d+))?\}\}(.*?)\{\{/\1|(\w+)(?::(\d+))?)\}\})"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(text.size() * 2);
    qsizetype pos = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        if (m.capturedLength(4) > 0) {
            out += fieldHtml(m.captured(4), m.captured(5).toInt(), scope, item);
            continue;
        }
        const QString name = m.captured(1);
        const QString body = m.captured(3);
        if (scope.flags.contains(name)) {
            if (scope.flags.value(name))
                out += render(body, scope, item);
        } else if (scope.lists.contains(name) && item.isEmpty()) { // lists do not nest
            const List list = scope.lists.value(name);
            QList<Values> items = list.items;
            Values blank;
            for (const QString &key : list.keys)
                blank.insert(key, QString());
            while (items.size() < m.captured(2).toInt())
                items.append(blank);
            for (qsizetype i = 0; i < items.size(); ++i) {
                Values row = items.at(i);
                row.insert(QStringLiteral("n"), QString::number(i + 1));
                out += render(body, scope, row);
            }
        } else {
            qWarning("registration card template: unknown section '%s'", qPrintable(name));
        }
    }
    out += QStringView(text).mid(pos);
    return out;
}

Scope scopeOf(const RegistrationCard &card)
{
    Scope s;
    Values &v = s.values;
    v.insert(QStringLiteral("controlMark"), card.controlMark);
    v.insert(QStringLiteral("regIndex"), card.regIndex);
    v.insert(QStringLiteral("registeredOn"), card.registeredOn);
    v.insert(QStringLiteral("receivedOn"), card.receivedOn);
    v.insert(QStringLiteral("signedOn"), card.signedOn);
    v.insert(QStringLiteral("authorName"), card.authorName);
    v.insert(QStringLiteral("authorAddress"), card.authorAddress);
    v.insert(QStringLiteral("authorPhone"), card.authorPhone);
    v.insert(QStringLiteral("authorEmail"), card.authorEmail);
    v.insert(QStringLiteral("authorCategory"), card.authorCategory);
    v.insert(QStringLiteral("socialStatus"), card.socialStatus);
    v.insert(QStringLiteral("sex"), card.sex);
    v.insert(QStringLiteral("kind"), card.kind);
    v.insert(QStringLiteral("subject"), card.subject);
    v.insert(QStringLiteral("arrival"), card.arrival);
    v.insert(QStringLiteral("form"), card.form);
    v.insert(QStringLiteral("type"), card.type);
    v.insert(QStringLiteral("sourceOrg"), card.sourceOrg);
    v.insert(QStringLiteral("earlierAppeals"), card.earlierAppeals);
    v.insert(QStringLiteral("topics"), card.topics);
    v.insert(QStringLiteral("summary"), card.summary);
    v.insert(QStringLiteral("problemAddress"), card.problemAddress);
    v.insert(QStringLiteral("resolution"), card.resolution);
    v.insert(QStringLiteral("termOfExecution"), card.termOfExecution);
    v.insert(QStringLiteral("termReason"), card.termReason);
    v.insert(QStringLiteral("checkedOnSite"), card.checkedOnSite);
    v.insert(QStringLiteral("answer"), card.answer);
    v.insert(QStringLiteral("result"), card.result);
    v.insert(QStringLiteral("takenOffControl"), card.takenOffControl);
    v.insert(QStringLiteral("caseFile"), card.caseFile);

    s.flags.insert(QStringLiteral("priority"), card.priority);

    List movements;
    movements.keys = {QStringLiteral("executor"), QStringLiteral("handedOverOn"),
                      QStringLiteral("term"), QStringLiteral("note")};
    for (const RegistrationCard::Movement &m : card.movements) {
        movements.items.append({{QStringLiteral("executor"), m.executor},
                                {QStringLiteral("handedOverOn"), m.handedOverOn},
                                {QStringLiteral("term"), m.term},
                                {QStringLiteral("note"), m.note}});
    }
    s.lists.insert(QStringLiteral("movements"), movements);

    const auto lines = [](const QStringList &texts) {
        List list;
        list.keys = {QStringLiteral("text")};
        for (const QString &text : texts)
            list.items.append({{QStringLiteral("text"), text}});
        return list;
    };
    s.lists.insert(QStringLiteral("progressNotes"), lines(card.progressNotes));
    s.lists.insert(QStringLiteral("controlMarks"), lines(card.controlMarks));
    return s;
}

QString loadTemplate()
{
    return loadPrintTemplate(QStringLiteral(":/templates/registration_card.html"));
}

} // namespace

RegistrationCardPrinter::RegistrationCardPrinter(const RegistrationCard &card)
    : m_card(card)
{}

QString RegistrationCardPrinter::html() const
{
    static const QString cardTemplate = loadTemplate();
    return render(cardTemplate, scopeOf(m_card));
}

std::unique_ptr<QTextDocument> RegistrationCardPrinter::document() const
{
    auto doc = newPrintDocument(DefaultFontPixels);
    doc->setHtml(html());
    doc->setPageSize(pageLayout().paintRect(QPageLayout::Millimeter).size() *
                     CssPixelsPerMillimetre);
    return doc;
}

bool RegistrationCardPrinter::printToPdf(const QString &path, QString *error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(pageLayout());
    printer.setDocName(QStringLiteral("РКК %1").arg(m_card.regIndex).trimmed());
    return paint(&printer, error);
}

void RegistrationCardPrinter::print(QPrinter *printer) const
{
    QString error;
    if (!paint(printer, &error))
        qWarning("registration card: %s", qPrintable(error));
}

QPageLayout RegistrationCardPrinter::pageLayout()
{
    return printPageLayout();
}

QString RegistrationCardPrinter::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

bool RegistrationCardPrinter::paint(QPrinter *printer, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!printer)
        return fail(tr("No printer."));

    std::unique_ptr<QTextDocument> doc = document();
    // Paginate for the paper actually in the printer (a preview may have changed it).
    const QSizeF page =
        printer->pageLayout().paintRect(QPageLayout::Millimeter).size() * CssPixelsPerMillimetre;
    if (page.isEmpty())
        return fail(tr("The printer's page has no printable area."));
    doc->setPageSize(page);

    QPainter painter;
    if (!painter.begin(printer)) {
        return fail(printer->outputFileName().isEmpty()
                        ? tr("Cannot start printing on %1.").arg(printer->printerName())
                        : tr("Cannot write %1.").arg(printer->outputFileName()));
    }
    // The painter's origin is the top-left corner of the printable area, in device pixels.
    painter.scale(printer->logicalDpiX() / CssPixelsPerInch,
                  printer->logicalDpiY() / CssPixelsPerInch);
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer->newPage())
            return fail(tr("Cannot start page %1.").arg(i + 1));
        const QRectF view(QPointF(0, i * page.height()), page);
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        // Black on paper whatever the desktop theme says text colour is.
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end() || printer->printerState() == QPrinter::Error)
        return fail(tr("Printing the card failed."));
    return true;
}
