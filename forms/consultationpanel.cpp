#include "consultationpanel.h"

#include "consultationservice.h"
#include "ui_consultationpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimeZone>

namespace {

constexpr int kHtmlRole = Qt::UserRole + 1;

// Draws an item's HTML (the title with its matched words in bold on yellow).
class HtmlDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = index.data(kHtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(html);
        doc.setTextWidth(opt.rect.width() - 6);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(3, 1));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            ctx.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        ctx.clip = QRectF(0, 0, opt.rect.width(), opt.rect.height());
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(kHtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(html);
        const int width = option.widget ? option.widget->width() - 24 : 300;
        doc.setTextWidth(qMax(120, width));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
    }
};

QString marked(const QString &text, const QList<UkrainianText::Range> &ranges)
{
    QString html = UkrainianText::highlightHtml(text, ranges);
    html.replace(QStringLiteral("<b>"), QStringLiteral("<b style=\"background-color:#ffe680\">"));
    return html;
}

QString timeText(const QDateTime &t)
{
    const QDateTime k = t.toTimeZone(QTimeZone("Europe/Kyiv"));
    if (k.date() == QDateTime::currentDateTime().toTimeZone(QTimeZone("Europe/Kyiv")).date())
        return k.toString(QStringLiteral("HH:mm"));
    return k.toString(QStringLiteral("dd.MM HH:mm"));
}

} // namespace

ConsultationPanel::ConsultationPanel(ConsultationService *service, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConsultationPanel>())
    , m_service(service)
{
    ui->setupUi(this);
    ui->resultsList->setItemDelegate(new HtmlDelegate(ui->resultsList));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    m_missTimer.setSingleShot(true);
    m_missTimer.setInterval(4000);
    connect(&m_debounce, &QTimer::timeout, this, &ConsultationPanel::runSearch);
    connect(&m_missTimer, &QTimer::timeout, this, [this]() {
        // The operator stopped refining a search that found nothing: the head should know.
        const QString q = m_results.text.trimmed();
        if (m_results.hits.isEmpty() && !q.isEmpty() && q != m_lastMiss) {
            m_lastMiss = q;
            m_service->logMiss(q);
        }
    });
    connect(m_service, &ConsultationService::resultsReady, this, &ConsultationPanel::onResults);
    connect(ui->searchEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_ownQuery = !text.trimmed().isEmpty();
        schedule();
    });
    connect(ui->resultsList, &QListWidget::currentRowChanged, this,
            &ConsultationPanel::showCurrent);
    connect(ui->resultsList, &QListWidget::itemActivated, this, &ConsultationPanel::chooseCurrent);
    connect(ui->useButton, &QPushButton::clicked, this, &ConsultationPanel::chooseCurrent);
    ui->searchEdit->installEventFilter(this);
    ui->useButton->setEnabled(false);
    ui->statusLabel->setText(tr("Type what the caller asks."));
}

ConsultationPanel::~ConsultationPanel() = default;

void ConsultationPanel::setContext(const QString &text, const QString &address,
                                   const QString &topicCode)
{
    if (text == m_contextText && address == m_address && topicCode == m_topic)
        return;
    m_contextText = text;
    m_address = address;
    m_topic = topicCode;
    schedule();
}

void ConsultationPanel::clear()
{
    m_debounce.stop();
    m_missTimer.stop();
    ++m_request; // late answers of the previous call are dropped
    m_contextText.clear();
    m_address.clear();
    m_topic.clear();
    m_ownQuery = false;
    m_results = ConsultationResults();
    m_lastMiss.clear();
    ui->searchEdit->clear();
    ui->resultsList->clear();
    ui->outagesList->clear();
    ui->directoryList->clear();
    ui->answerView->clear();
    ui->useButton->setEnabled(false);
    ui->statusLabel->setText(tr("Type what the caller asks."));
}

void ConsultationPanel::schedule()
{
    m_missTimer.stop();
    m_debounce.start();
}

void ConsultationPanel::runSearch()
{
    const QString text = m_ownQuery ? ui->searchEdit->text() : m_contextText;
    if (text.trimmed().isEmpty() && m_address.trimmed().isEmpty()) {
        ui->resultsList->clear();
        ui->outagesList->clear();
        ui->directoryList->clear();
        ui->answerView->clear();
        ui->useButton->setEnabled(false);
        ui->statusLabel->setText(tr("Type what the caller asks."));
        return;
    }
    ui->statusLabel->setText(tr("Searching…"));
    m_service->search(++m_request, text, m_address, m_topic);
}

void ConsultationPanel::onResults(const ConsultationResults &results)
{
    if (results.request != m_request)
        return; // overtaken by newer typing
    m_results = results;
    const qint64 keep = currentHit() ? currentHit()->id : 0;
    ui->resultsList->clear();
    int row = 0;
    for (int i = 0; i < results.hits.size(); ++i) {
        const KbHit &h = results.hits.at(i);
        QString html = marked(h.title, h.titleRanges);
        if (h.reviewOverdue)
            html += QStringLiteral(" <span style=\"color:#b00020\">") +
                    tr("(review overdue)").toHtmlEscaped() + QStringLiteral("</span>");
        auto *item = new QListWidgetItem(h.title, ui->resultsList);
        item->setData(kHtmlRole, html);
        item->setData(Qt::UserRole, h.id);
        item->setToolTip(h.title);
        if (h.id == keep)
            row = i;
    }
    if (!results.hits.isEmpty())
        ui->resultsList->setCurrentRow(row);
    else
        ui->answerView->clear();
    ui->useButton->setEnabled(!results.hits.isEmpty());
    if (!results.error.isEmpty())
        ui->statusLabel->setText(results.error);
    else if (results.hits.isEmpty() && !results.text.trimmed().isEmpty()) {
        ui->statusLabel->setText(tr("Nothing found in the knowledge base."));
        m_missTimer.start();
    } else
        ui->statusLabel->setText(tr("Answers: %n", nullptr, int(results.hits.size())));

    ui->outagesList->clear();
    for (const Outage &o : results.outages) {
        const QString who = o.orgName.isEmpty() ? o.utility : o.orgName;
        QString text = tr("%1: %2, %3 — %4 to %5")
                           .arg(o.kind == QLatin1String("water")         ? tr("No water")
                                : o.kind == QLatin1String("hot_water")   ? tr("No hot water")
                                : o.kind == QLatin1String("heating")     ? tr("No heating")
                                : o.kind == QLatin1String("electricity") ? tr("No electricity")
                                : o.kind == QLatin1String("gas")         ? tr("No gas")
                                                                         : tr("Outage"),
                                o.street, o.houses.isEmpty() ? tr("all houses") : o.houses,
                                timeText(o.startsAt), timeText(o.endsAt));
        if (!o.description.isEmpty())
            text += QStringLiteral(". ") + o.description;
        if (!who.isEmpty())
            text += QStringLiteral(" (") + who + QStringLiteral(")");
        auto *item = new QListWidgetItem(text, ui->outagesList);
        item->setForeground(QColor(0x8a, 0x4b, 0x00));
    }
    if (results.outages.isEmpty())
        new QListWidgetItem(results.address.trimmed().isEmpty()
                                ? tr("No address typed yet.")
                                : tr("No outages known at this address."),
                            ui->outagesList);

    ui->directoryList->clear();
    for (const DirectoryEntry &d : results.directory) {
        QStringList parts{d.name};
        if (!d.phones.isEmpty())
            parts << tr("tel. %1").arg(d.phones);
        if (!d.hours.isEmpty())
            parts << d.hours;
        if (!d.address.isEmpty())
            parts << d.address;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), ui->directoryList);
        QStringList tip;
        if (!d.topics.isEmpty())
            tip << tr("Handles: %1").arg(d.topics.join(QStringLiteral("; ")));
        if (!d.email.isEmpty())
            tip << d.email;
        if (!d.responsible.isEmpty())
            tip << tr("Responsible: %1").arg(d.responsible);
        item->setToolTip(tip.join(QLatin1Char('\n')));
    }
}

std::optional<KbHit> ConsultationPanel::currentHit() const
{
    const int row = ui->resultsList->currentRow();
    if (row < 0 || row >= m_results.hits.size())
        return std::nullopt;
    return m_results.hits.at(row);
}

void ConsultationPanel::showCurrent()
{
    const auto hit = currentHit();
    if (!hit) {
        ui->answerView->clear();
        return;
    }
    QString html =
        QStringLiteral("<h3>") + marked(hit->title, hit->titleRanges) + QStringLiteral("</h3>");
    // The body: paragraphs and list lines kept, matched words marked.
    html += QStringLiteral("<div style=\"white-space: pre-wrap\">") +
            marked(hit->body, hit->bodyRanges) + QStringLiteral("</div>");
    ui->answerView->setHtml(html);
}

QString ConsultationPanel::answerText(const KbHit &hit)
{
    QString text = hit.body;
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)]+)\\)"));
    text.replace(bold, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1 (\\2)"));
    return text.trimmed();
}

void ConsultationPanel::chooseCurrent()
{
    if (const auto hit = currentHit())
        emit answerChosen(*hit);
}

void ConsultationPanel::focusSearch()
{
    ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui->searchEdit->selectAll();
}

bool ConsultationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = ui->resultsList->count();
        int row = ui->resultsList->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            if (count > 0)
                ui->resultsList->setCurrentRow(qMin(row + 1, count - 1));
            return true;
        case Qt::Key_Up:
            if (count > 0)
                ui->resultsList->setCurrentRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter in the search line runs the search now (it does not save the form).
            m_debounce.stop();
            runSearch();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
