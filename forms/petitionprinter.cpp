#include "petitionprinter.h"

#include "deadlinecalculator.h"
#include "printtemplate.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QString moment(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                             .toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                       : QStringLiteral("—");
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString keepSection(QString html, const QString &name, bool keep)
{
    const QString open = QStringLiteral("{{#%1}}").arg(name);
    const QString close = QStringLiteral("{{/%1}}").arg(name);
    const int b = int(html.indexOf(open));
    const int e = int(html.indexOf(close));
    if (b < 0 || e < b)
        return html;
    if (keep)
        return html.remove(e, close.size()).remove(b, open.size());
    return html.remove(b, e + close.size() - b);
}

} // namespace

namespace PetitionPrinter {

QString html(const PetitionRecord &p, Document which, const QDate &today)
{
    QString t = loadPrintTemplate(QStringLiteral(":/templates/petition.html"));
    t = keepSection(t, QStringLiteral("submission"), which == Document::Submission);
    t = keepSection(t, QStringLiteral("decision"), which == Document::Decision);
    const bool rejected = p.status == QLatin1String("rejected");
    QString findings;
    if (p.moderationFindings.isEmpty()) {
        findings = QStringLiteral("<p>Зауважень формальної перевірки немає.</p>");
    } else {
        findings = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" "
                                  "style=\"border-collapse: collapse\"><tr><th>Правило</th>"
                                  "<th>Пояснення</th><th>Слова, що спрацювали</th></tr>");
        for (const PetitionFinding &f : p.moderationFindings)
            findings += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(f.rule.toHtmlEscaped(), f.message.toHtmlEscaped(),
                                 f.evidence.toHtmlEscaped());
        findings += QStringLiteral("</table>");
    }
    QStringList reasons;
    for (const QString &r : p.moderationReasons)
        reasons << r.toHtmlEscaped();
    const QHash<QString, QString> values{
        {QStringLiteral("council"), QStringLiteral("Броварська міська рада")},
        {QStringLiteral("number"), p.number},
        {QStringLiteral("today"),
         day(today.isValid() ? today : DeadlineCalculator::kyivDate(QDateTime::currentDateTime()))},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("author"), p.authorName},
        {QStringLiteral("email"), p.authorEmail},
        {QStringLiteral("submitted"), moment(p.submittedAt)},
        {QStringLiteral("published"), moment(p.publishedAt)},
        {QStringLiteral("signatures"), QString::number(p.signaturesTotal())},
        {QStringLiteral("online"), QString::number(p.signaturesOnline)},
        {QStringLiteral("paper"), QString::number(p.signaturesPaper)},
        {QStringLiteral("threshold"), QString::number(p.threshold)},
        {QStringLiteral("reached"), moment(p.thresholdReachedAt)},
        {QStringLiteral("consideration_due"), day(p.considerationDue)},
        {QStringLiteral("text"), p.text},
        {QStringLiteral("outcome"),
         rejected ? QStringLiteral("Відмовлено в оприлюдненні")
                  : (p.moderatedAt.isValid() ? QStringLiteral("Оприлюднено для збору підписів")
                                             : QStringLiteral("Рішення ще не ухвалено"))},
        {QStringLiteral("moderator"),
         p.moderatedBy.isEmpty() ? QStringLiteral("—") : p.moderatedBy},
        {QStringLiteral("moderated"), moment(p.moderatedAt)}};
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    int last = 0;
    auto it = placeholder.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        out += t.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("findings"))
            out += findings;
        else if (key == QLatin1String("reasons"))
            out += reasons.isEmpty() ? QStringLiteral("—") : reasons.join(QStringLiteral("<br>"));
        else if (key == QLatin1String("text"))
            out += p.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        else
            out += values.value(key).toHtmlEscaped();
        last = int(m.capturedEnd());
    }
    out += t.mid(last);
    return out;
}

std::unique_ptr<QTextDocument> document(const PetitionRecord &p, Document which, const QDate &today)
{
    auto doc = newPrintDocument(13);
    doc->setHtml(html(p, which, today));
    return doc;
}

bool printToPdf(const PetitionRecord &p, Document which, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageLayout(printPageLayout());
    writer.setResolution(96);
    auto doc = document(p, which);
    doc->setPageSize(writer.pageLayout().paintRectPixels(96).size());
    doc->print(&writer);
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace PetitionPrinter
