#include "petitionregistrywindow.h"

#include "deadlinecolorproxy.h"
#include "queuecolumns.h"
#include "ui_petitionregistrywindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimeZone>

namespace {

QString moment(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Kyiv")))
                             .toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                       : QString();
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

PetitionRegistryWindow::PetitionRegistryWindow(const Rights &rights, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::PetitionRegistryWindow>())
    , m_colors(new DeadlineColorProxy(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_rights(rights)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("petitionRegistryWindow"));
    ui->statusFilter->addItem(tr("All"), QStringList());
    ui->statusFilter->addItem(
        tr("Active"),
        QStringList{QStringLiteral("submitted"), QStringLiteral("moderation"),
                    QStringLiteral("collecting"), QStringLiteral("threshold_reached"),
                    QStringLiteral("passed_to_mayor"), QStringLiteral("under_consideration")});
    for (const QString &s : PetitionKeys::statuses())
        ui->statusFilter->addItem(PetitionKeys::statusName(s), QStringList{s});
    ui->statusFilter->setCurrentIndex(1);
    ui->legendLabel->setText(m_colors->legendHtml());
    m_sort->setSourceModel(m_colors);
    m_sort->setSortRole(QueueRoles::RawValue);
    ui->petitionView->setModel(m_sort);
    ui->petitionView->verticalHeader()->hide();
    ui->petitionView->horizontalHeader()->setStretchLastSection(true);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->findingsView->header()->setSectionResizeMode(QHeaderView::Interactive);
    ui->findingsView->header()->setStretchLastSection(true);
    ui->findingsView->setUniformRowHeights(false);
    ui->findingsView->setColumnWidth(0, 120);
    ui->findingsView->setColumnWidth(1, 300);

    connect(ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { emit filterChanged(statusFilter()); });
    connect(ui->refreshButton, &QPushButton::clicked, this,
            &PetitionRegistryWindow::refreshRequested);
    connect(ui->takeButton, &QPushButton::clicked, this,
            [this] { request(QStringLiteral("take")); });
    connect(ui->publishButton, &QPushButton::clicked, this,
            [this] { request(QStringLiteral("publish")); });
    connect(ui->passButton, &QPushButton::clicked, this,
            [this] { request(QStringLiteral("pass")); });
    connect(ui->considerButton, &QPushButton::clicked, this,
            [this] { request(QStringLiteral("consider")); });
    connect(ui->convertButton, &QPushButton::clicked, this,
            [this] { request(QStringLiteral("convert")); });
    connect(ui->rejectButton, &QPushButton::clicked, this, &PetitionRegistryWindow::askReject);
    connect(ui->signaturesButton, &QPushButton::clicked, this,
            &PetitionRegistryWindow::askSignatures);
    connect(ui->answerButton, &QPushButton::clicked, this, &PetitionRegistryWindow::askAnswer);
    connect(ui->expireButton, &QPushButton::clicked, this,
            &PetitionRegistryWindow::expireRequested);
    connect(ui->printSubmissionButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit printRequested(PetitionPrinter::Document::Submission, *m_current);
    });
    connect(ui->printDecisionButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit printRequested(PetitionPrinter::Document::Decision, *m_current);
    });
    showPetition(std::nullopt, {});
}

PetitionRegistryWindow::~PetitionRegistryWindow() = default;

void PetitionRegistryWindow::setSourceModel(QAbstractItemModel *model)
{
    m_colors->setSourceModel(model);
    connect(ui->petitionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PetitionRegistryWindow::selectionChanged, Qt::UniqueConnection);
    const auto fit = [this] {
        ui->petitionView->resizeColumnsToContents();
        ui->petitionView->resizeRowsToContents();
        if (ui->petitionView->columnWidth(1) > 360)
            ui->petitionView->setColumnWidth(1, 360);
    };
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    fit();
}

QStringList PetitionRegistryWindow::statusFilter() const
{
    return ui->statusFilter->currentData().toStringList();
}

bool PetitionRegistryWindow::select(qint64 id)
{
    for (int r = 0; r < m_sort->rowCount(); ++r) {
        const QModelIndex i = m_sort->index(r, 0);
        if (i.data(QueueRoles::Id).toLongLong() == id) {
            ui->petitionView->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void PetitionRegistryWindow::selectionChanged()
{
    const QModelIndex i = ui->petitionView->currentIndex();
    emit currentChanged(i.isValid() ? i.data(QueueRoles::Id).toLongLong() : 0);
}

void PetitionRegistryWindow::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020")
                                          : QStringLiteral("color: #1b5e20"));
}

void PetitionRegistryWindow::showPetition(const std::optional<PetitionRecord> &petition,
                                          const QList<PetitionFinding> &findings)
{
    m_current = petition;
    m_findings = findings;
    ui->findingsView->clear();
    if (!petition) {
        ui->cardView->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a petition.")));
        ui->decisionLabel->clear();
        updateButtons();
        return;
    }
    const PetitionRecord &p = *petition;
    const auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style=\"color:#555\">%1</td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1 — %2</h3><table cellspacing=\"2\">")
                       .arg(p.number.toHtmlEscaped(), p.title.toHtmlEscaped());
    html += row(tr("Status"), PetitionKeys::statusName(p.status));
    html +=
        row(tr("Author"),
            QStringLiteral("%1, %2%3")
                .arg(p.authorName, p.authorEmail,
                     p.authorPhone.isEmpty() ? QString() : QStringLiteral(", ") + p.authorPhone));
    html += row(tr("Submitted"), moment(p.submittedAt));
    if (p.moderationDue.isValid() &&
        (p.status == QLatin1String("submitted") || p.status == QLatin1String("moderation")))
        html += row(tr("Moderation term"), day(p.moderationDue));
    if (p.publishedAt.isValid())
        html += row(tr("Published"), moment(p.publishedAt));
    html += row(tr("Signatures"), tr("%1 of %2 (online %3, on paper %4)")
                                      .arg(p.signaturesTotal())
                                      .arg(p.threshold)
                                      .arg(p.signaturesOnline)
                                      .arg(p.signaturesPaper));
    if (p.collectionEnds.isValid())
        html += row(tr("Collection ends"), day(p.collectionEnds));
    if (p.mayorDue.isValid() && p.status == QLatin1String("threshold_reached"))
        html += row(tr("To the mayor by"), day(p.mayorDue));
    if (p.considerationDue.isValid())
        html += row(tr("Consideration term"), day(p.considerationDue));
    if (!p.decision.isEmpty())
        html += row(tr("Decision"), PetitionKeys::decisionName(p.decision));
    if (!p.convertedRegIndex.isEmpty())
        html += row(tr("Registered as appeal"), p.convertedRegIndex);
    html += QStringLiteral("</table><p>%1</p>")
                .arg(p.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!p.answerText.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Answer:").toHtmlEscaped(), p.answerText.toHtmlEscaped());
    // After the decision the recorded findings are shown; before it, today's. The card
    // repeats them in full (the table's cells are short).
    const bool decided = p.moderatedAt.isValid();
    const QList<PetitionFinding> shown = decided ? p.moderationFindings : findings;
    if (!shown.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Formal checks:").toHtmlEscaped());
        for (const PetitionFinding &f : shown)
            html += QStringLiteral("<li><i>%1</i>: %2 <b>%3</b></li>")
                        .arg(f.rule.toHtmlEscaped(), f.message.toHtmlEscaped(),
                             f.evidence.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    ui->cardView->setHtml(html);

    for (const PetitionFinding &f : shown) {
        auto *item = new QTreeWidgetItem(ui->findingsView, {f.rule, f.message, f.evidence});
        item->setToolTip(1, f.message);
        item->setToolTip(2, f.evidence);
    }
    if (shown.isEmpty())
        new QTreeWidgetItem(ui->findingsView, {QString(), tr("No findings."), QString()});
    if (decided)
        ui->decisionLabel->setText(
            p.status == QLatin1String("rejected")
                ? tr("Rejected by %1 on %2. Reasons: %3")
                      .arg(p.moderatedBy, moment(p.moderatedAt),
                           p.moderationReasons.join(QStringLiteral("; ")))
                : tr("Published by %1 on %2 (the findings above were recorded with the decision).")
                      .arg(p.moderatedBy, moment(p.moderatedAt)));
    else
        ui->decisionLabel->setText(tr("No moderation decision yet: the findings advise, the "
                                      "moderator decides."));
    updateButtons();
}

void PetitionRegistryWindow::updateButtons()
{
    const QString s = m_current ? m_current->status : QString();
    const bool moderating = s == QLatin1String("submitted") || s == QLatin1String("moderation");
    ui->takeButton->setEnabled(m_rights.moderate && s == QLatin1String("submitted"));
    ui->publishButton->setEnabled(m_rights.moderate && moderating);
    ui->rejectButton->setEnabled(m_rights.moderate && moderating);
    ui->signaturesButton->setEnabled(
        m_rights.moderate &&
        (s == QLatin1String("collecting") || s == QLatin1String("threshold_reached")));
    ui->passButton->setEnabled(m_rights.moderate && s == QLatin1String("threshold_reached"));
    ui->considerButton->setEnabled(m_rights.answer && s == QLatin1String("passed_to_mayor"));
    ui->answerButton->setEnabled(m_rights.answer && (s == QLatin1String("passed_to_mayor") ||
                                                     s == QLatin1String("under_consideration")));
    ui->convertButton->setEnabled(m_rights.convert && s == QLatin1String("expired"));
    ui->expireButton->setEnabled(m_rights.expire);
    ui->printSubmissionButton->setEnabled(
        m_current.has_value() &&
        (s == QLatin1String("threshold_reached") || s == QLatin1String("passed_to_mayor") ||
         s == QLatin1String("under_consideration") || s == QLatin1String("answered")));
    ui->printDecisionButton->setEnabled(m_current.has_value() && m_current->moderatedAt.isValid());
}

void PetitionRegistryWindow::request(const QString &action)
{
    if (m_current)
        emit actionRequested(action, m_current->id, m_current->version, m_findings);
}

void PetitionRegistryWindow::askReject()
{
    if (!m_current)
        return;
    // The findings' explanations as a starting point: the moderator edits them.
    QStringList proposal;
    for (const PetitionFinding &f : std::as_const(m_findings))
        proposal << f.message;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Reject the petition"), tr("Reasons (one per line), shown to the author:"),
        proposal.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    QStringList reasons;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            reasons << l.trimmed();
    }
    if (reasons.isEmpty()) {
        showMessage(tr("A rejection needs its reasons."), true);
        return;
    }
    emit rejectRequested(m_current->id, m_current->version, reasons, m_findings);
}

void PetitionRegistryWindow::askSignatures()
{
    if (!m_current)
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("signaturesDialog"));
    d.setWindowTitle(tr("Signatures"));
    auto *form = new QFormLayout(&d);
    auto *online = new QSpinBox(&d);
    online->setObjectName(QStringLiteral("onlineSpin"));
    online->setRange(0, 10000000);
    online->setValue(m_current->signaturesOnline);
    auto *paper = new QSpinBox(&d);
    paper->setObjectName(QStringLiteral("paperSpin"));
    paper->setRange(0, 10000000);
    paper->setValue(m_current->signaturesPaper);
    auto *note = new QLineEdit(&d);
    note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("Online:"), online);
    form->addRow(tr("On paper:"), paper);
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() == QDialog::Accepted)
        emit signaturesRequested(m_current->id, online->value(), paper->value(), note->text());
}

void PetitionRegistryWindow::askAnswer()
{
    if (!m_current)
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("answerDialog"));
    d.setWindowTitle(tr("Answer to the petition"));
    auto *form = new QFormLayout(&d);
    auto *supported = new QRadioButton(tr("Supported"), &d);
    supported->setObjectName(QStringLiteral("supportedRadio"));
    auto *notSupported = new QRadioButton(tr("Not supported"), &d);
    notSupported->setObjectName(QStringLiteral("notSupportedRadio"));
    supported->setChecked(true);
    auto *text = new QPlainTextEdit(&d);
    text->setObjectName(QStringLiteral("answerEdit"));
    form->addRow(supported);
    form->addRow(notSupported);
    form->addRow(tr("Answer (published):"), text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    if (text->toPlainText().trimmed().isEmpty()) {
        showMessage(tr("The answer needs its text."), true);
        return;
    }
    emit answerRequested(m_current->id, m_current->version,
                         supported->isChecked() ? QStringLiteral("supported")
                                                : QStringLiteral("not_supported"),
                         text->toPlainText().trimmed());
}
