#include "kbeditorwindow.h"

#include "deadlinecalculator.h"
#include "ui_kbeditorwindow.h"

#include <QShortcut>

namespace {

QStringList splitCodes(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

} // namespace

KbEditorWindow::KbEditorWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::KbEditorWindow>())
{
    ui->setupUi(this);
    connect(ui->filterEdit, &QLineEdit::textChanged, this, &KbEditorWindow::applyFilter);
    connect(ui->articleList, &QListWidget::currentRowChanged, this, [this](int) {
        if (m_loading)
            return;
        if (auto *item = ui->articleList->currentItem())
            emit articleRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(ui->newButton, &QPushButton::clicked, this, &KbEditorWindow::newArticle);
    connect(ui->saveButton, &QPushButton::clicked, this, [this]() {
        const KbArticle a = editedArticle();
        if (a.title.isEmpty() || a.body.isEmpty()) {
            ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            ui->messageLabel->setText(tr("An article needs a title and an answer."));
            return;
        }
        emit saveRequested(a);
    });
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, ui->saveButton, &QPushButton::click);
    connect(ui->historyList, &QListWidget::currentRowChanged, this, &KbEditorWindow::showVersion);
    for (QLineEdit *e : {ui->titleEdit, ui->topicsEdit, ui->orgsEdit, ui->tagsEdit})
        connect(e, &QLineEdit::textChanged, this, &KbEditorWindow::markDirty);
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, this, &KbEditorWindow::markDirty);
    newArticle();
}

KbEditorWindow::~KbEditorWindow() = default;

void KbEditorWindow::setArticles(const QList<KbArticle> &articles)
{
    m_articles = articles;
    applyFilter();
    int overdue = 0;
    for (const KbArticle &a : articles)
        overdue +=
            a.reviewOverdue(DeadlineCalculator::kyivDate(QDateTime::currentDateTime())) ? 1 : 0;
    ui->countLabel->setText(
        tr("Articles: %n", nullptr, int(articles.size())) +
        (overdue ? tr(", past their review date: %1").arg(overdue) : QString()));
}

void KbEditorWindow::applyFilter()
{
    m_loading = true;
    const QString filter = ui->filterEdit->text().trimmed();
    ui->articleList->clear();
    const QDate today = DeadlineCalculator::kyivDate(QDateTime::currentDateTime());
    for (const KbArticle &a : std::as_const(m_articles)) {
        if (!filter.isEmpty() && !a.title.contains(filter, Qt::CaseInsensitive))
            continue;
        QString text = a.title;
        if (!a.active)
            text += QStringLiteral(" ") + tr("(inactive)");
        auto *item = new QListWidgetItem(text, ui->articleList);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(tr("Used %n time(s)", nullptr, a.usageCount));
        if (a.reviewOverdue(today)) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setText(text + QStringLiteral(" ⚑"));
            item->setToolTip(
                item->toolTip() + QLatin1Char('\n') +
                tr("Review was due on %1").arg(a.reviewDue.toString(QStringLiteral("dd.MM.yyyy"))));
        }
        if (a.id == m_article.id)
            ui->articleList->setCurrentItem(item);
    }
    m_loading = false;
}

void KbEditorWindow::newArticle()
{
    KbArticle a;
    a.reviewDue = DeadlineCalculator::kyivDate(QDateTime::currentDateTime()).addYears(1);
    setArticle(a);
    setHistory(0, {});
    ui->titleEdit->setFocus();
}

void KbEditorWindow::setArticle(const KbArticle &a)
{
    m_loading = true;
    m_article = a;
    ui->titleEdit->setText(a.title);
    ui->topicsEdit->setText(a.topicCodes.join(QStringLiteral(", ")));
    ui->orgsEdit->setText(a.orgCodes.join(QStringLiteral(", ")));
    ui->tagsEdit->setText(a.tags.join(QStringLiteral(", ")));
    ui->reviewDueEdit->setDate(
        a.reviewDue.isValid()
            ? a.reviewDue
            : DeadlineCalculator::kyivDate(QDateTime::currentDateTime()).addYears(1));
    ui->reviewedCheck->setChecked(false);
    ui->activeCheck->setChecked(a.active);
    ui->bodyEdit->setPlainText(a.body);
    ui->reviewStateLabel->setText(
        a.reviewOverdue(DeadlineCalculator::kyivDate(QDateTime::currentDateTime()))
            ? tr("Past its review date (%1): check the answer and mark it reviewed.")
                  .arg(a.reviewDue.toString(QStringLiteral("dd.MM.yyyy")))
            : QString());
    ui->messageLabel->clear();
    setWindowTitle(a.id ? tr("Knowledge base — %1").arg(a.title)
                        : tr("Knowledge base — new article"));
    m_loading = false;
}

void KbEditorWindow::setHistory(qint64 articleId, const QList<KbVersion> &versions)
{
    if (articleId != m_article.id)
        return;
    m_versions = versions;
    ui->historyList->clear();
    ui->versionView->clear();
    for (const KbVersion &v : versions)
        new QListWidgetItem(
            tr("v%1 · %2 · %3")
                .arg(v.version)
                .arg(v.changedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                     v.changedBy),
            ui->historyList);
}

void KbEditorWindow::showVersion(int row)
{
    if (row < 0 || row >= m_versions.size()) {
        ui->versionView->clear();
        return;
    }
    const KbVersion &v = m_versions.at(row);
    ui->versionView->setHtml(QStringLiteral("<h4>") + v.title.toHtmlEscaped() +
                             QStringLiteral("</h4><div style=\"white-space: pre-wrap\">") +
                             v.body.toHtmlEscaped() + QStringLiteral("</div>"));
}

void KbEditorWindow::markDirty()
{
    if (!m_loading)
        ui->messageLabel->clear();
}

KbArticle KbEditorWindow::editedArticle() const
{
    KbArticle a = m_article;
    a.title = ui->titleEdit->text().trimmed();
    a.topicCodes = splitCodes(ui->topicsEdit->text());
    a.orgCodes = splitCodes(ui->orgsEdit->text());
    a.tags = splitCodes(ui->tagsEdit->text());
    a.body = ui->bodyEdit->toPlainText().trimmed();
    a.active = ui->activeCheck->isChecked();
    a.reviewDue = ui->reviewDueEdit->date();
    if (ui->reviewedCheck->isChecked()) {
        a.lastReviewed = DeadlineCalculator::kyivDate(QDateTime::currentDateTime());
        a.reviewDue = a.lastReviewed.addYears(1);
    }
    return a;
}

void KbEditorWindow::saveFinished(bool ok, const QString &message, const KbArticle &stored)
{
    if (!ok) {
        ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        ui->messageLabel->setText(message);
        return;
    }
    setArticle(stored);
    ui->messageLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    ui->messageLabel->setText(message.isEmpty() ? tr("Saved (version %1).").arg(stored.version)
                                                : message);
    emit refreshRequested();
}
