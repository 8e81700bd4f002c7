#include "assignmentdialog.h"

#include "ui_assignmentdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTextCursor>
#include <functional>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaxInstructionLength = 4000;
enum Column { NameColumn = 0, CodeColumn = 1, RoleColumn = 2 };

// Case- and apostrophe-insensitive form for searching ("Будинкоуправління", "в'їзд" = "вʼїзд").
QString searchKey(const QString &text)
{
    QString s = text.simplified().toCaseFolded();
    for (QChar &c : s) {
        if (c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018) || c == QLatin1Char('`'))
            c = QLatin1Char('\'');
    }
    return s;
}

} // namespace

AssignmentDialog::AssignmentDialog(const QList<OrgChoice> &orgs, const QString &topicCode,
                                   const QString &topicName, QDate today, QDate maxTerm,
                                   QDate defaultTerm, const QStringList &instructionTemplates,
                                   QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AssignmentDialog>())
    , m_orgs(orgs)
    , m_topicCode(topicCode.trimmed())
    , m_today(today)
    , m_maxTerm(maxTerm)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Route"));
    for (int i = 0; i < m_orgs.size(); ++i)
        m_index.insert(m_orgs.at(i).id, i);

    ui->topicLabel->setText(m_topicCode.isEmpty()
                                ? tr("Topic: not classified")
                                : tr("Topic: <b>%1 — %2</b>")
                                      .arg(m_topicCode.toHtmlEscaped(), topicName.toHtmlEscaped()));
    buildTree();
    buildRecommended();

    ui->templateCombo->addItem(tr("(choose a template)"));
    for (const QString &t : instructionTemplates)
        ui->templateCombo->addItem(t.simplified().left(90), t);
    ui->templateCombo->setEnabled(!instructionTemplates.isEmpty());
    ui->insertTemplateButton->setEnabled(false);

    // The first value of the term box means "not chosen"; a term beyond the legal maximum
    // cannot be entered at all.
    ui->termEdit->setSpecialValueText(tr("not chosen"));
    ui->termEdit->setDateRange(today.addDays(-1), qMax(maxTerm, today.addDays(-1)));
    ui->termEdit->setDate(defaultTerm.isValid() ? qBound(today, defaultTerm, maxTerm)
                                                : today.addDays(-1));
    ui->termHintLabel->setText(
        maxTerm < today
            ? tr("The legal maximum, %1, has passed: the appeal cannot be routed with a lawful "
                 "term; tell the head.")
                  .arg(maxTerm.toString(QStringLiteral("dd.MM.yyyy")))
            : tr("Legal maximum: <b>%1</b> (%n day(s) from today) — 45 days from receipt, Law "
                 "393/96 art. 20; a later term is not lawful.",
                 nullptr, int(today.daysTo(maxTerm)))
                  .arg(maxTerm.toString(QStringLiteral("dd.MM.yyyy"))));

    connect(ui->searchEdit, &QLineEdit::textChanged, this, &AssignmentDialog::applyFilter);
    connect(ui->orgTree, &QTreeWidget::itemChanged, this, &AssignmentDialog::onItemChanged);
    connect(ui->orgTree, &QTreeWidget::currentItemChanged, this, &AssignmentDialog::updateState);
    connect(ui->orgTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        setMain(item->data(NameColumn, IdRole).toLongLong());
    });
    connect(ui->recommendedList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { setMain(item->data(IdRole).toLongLong()); });
    connect(ui->recommendedList, &QListWidget::currentItemChanged, this,
            &AssignmentDialog::updateState);
    connect(ui->mainButton, &QPushButton::clicked, this, [this]() { setMain(currentOrgId()); });
    connect(ui->coButton, &QPushButton::clicked, this, [this]() { toggleCo(currentOrgId()); });
    connect(ui->templateCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { ui->insertTemplateButton->setEnabled(index > 0); });
    connect(ui->insertTemplateButton, &QPushButton::clicked, this,
            &AssignmentDialog::insertTemplate);
    connect(ui->instructionEdit, &QPlainTextEdit::textChanged, this,
            &AssignmentDialog::updateState);
    connect(ui->termEdit, &QDateEdit::dateChanged, this, &AssignmentDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignmentDialog::reject);

    ui->searchEdit->installEventFilter(this);
    ui->orgTree->installEventFilter(this);
    ui->recommendedList->installEventFilter(this);
    ui->instructionEdit->installEventFilter(this);

    if (ui->recommendedList->count() > 0)
        ui->recommendedList->setCurrentRow(0);
    ui->searchEdit->setFocus();
    updateState();
}

AssignmentDialog::~AssignmentDialog() = default;

int AssignmentDialog::competenceRank(const OrgChoice &org) const
{
    if (m_topicCode.isEmpty())
        return 0;
    int best = 0;
    for (const QString &raw : org.topicCodes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        if (code == m_topicCode)
            return 2;
        // "009" covers "009.001": a broader topic of the appeal's one.
        if (m_topicCode.startsWith(code) && m_topicCode.at(code.size()) == QLatin1Char('.'))
            best = 1;
    }
    return best;
}

void AssignmentDialog::buildTree()
{
    const QSignalBlocker block(ui->orgTree);
    ui->orgTree->clear();
    m_items.clear();
    for (const OrgChoice &org : m_orgs) {
        auto *item = new QTreeWidgetItem();
        item->setText(NameColumn, org.name);
        item->setText(CodeColumn, org.code);
        item->setData(NameColumn, IdRole, org.id);
        QStringList tip{org.name};
        if (!org.kind.isEmpty())
            tip << org.kind;
        if (!org.topicCodes.isEmpty())
            tip << tr("Topics: %1").arg(org.topicCodes.join(QStringLiteral(", ")));
        if (competenceRank(org) > 0 && org.active) {
            QFont f = item->font(NameColumn);
            f.setBold(true);
            item->setFont(NameColumn, f);
            item->setBackground(NameColumn, QColor(0xe3, 0xf2, 0xe3));
            tip << tr("Recommended: competent for topic %1").arg(m_topicCode);
        }
        if (org.active) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, Qt::Unchecked);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(NameColumn, QColor(0x80, 0x80, 0x80));
            item->setForeground(CodeColumn, QColor(0x80, 0x80, 0x80));
            item->setText(RoleColumn, tr("inactive"));
            tip << tr("Inactive: cannot be chosen");
        }
        item->setToolTip(NameColumn, tip.join(QLatin1Char('\n')));
        m_items.insert(org.id, item);
    }
    for (const OrgChoice &org : m_orgs) {
        QTreeWidgetItem *item = m_items.value(org.id);
        // Walk up to make sure the parent chain has no cycle (bad reference data).
        bool attach = org.parentId != 0 && m_items.contains(org.parentId);
        qint64 up = org.parentId;
        for (int depth = 0; attach && up != 0 && depth <= m_orgs.size(); ++depth) {
            if (up == org.id)
                attach = false;
            up = m_index.contains(up) ? m_orgs.at(m_index.value(up)).parentId : 0;
        }
        if (attach && up == 0)
            m_items.value(org.parentId)->addChild(item);
        else
            ui->orgTree->addTopLevelItem(item);
    }
    ui->orgTree->expandAll();
    ui->orgTree->header()->setStretchLastSection(false);
    ui->orgTree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    ui->orgTree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    ui->orgTree->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    if (ui->orgTree->topLevelItemCount() > 0)
        ui->orgTree->setCurrentItem(ui->orgTree->topLevelItem(0));
}

void AssignmentDialog::buildRecommended()
{
    struct Ranked {
        int rank;
        int position;
        qint64 id;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_orgs.size(); ++i) {
        const int rank = competenceRank(m_orgs.at(i));
        if (rank > 0 && m_orgs.at(i).active)
            ranked.append({rank, i, m_orgs.at(i).id});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.rank > b.rank; });
    m_recommended.clear();
    ui->recommendedList->clear();
    for (const Ranked &r : ranked) {
        const OrgChoice &org = m_orgs.at(r.position);
        m_recommended << org.id;
        auto *item = new QListWidgetItem(ui->recommendedList);
        item->setData(IdRole, org.id);
        item->setToolTip(r.rank == 2
                             ? tr("Competent for topic %1").arg(m_topicCode)
                             : tr("Competent for a broader topic than %1").arg(m_topicCode));
    }
    const bool none = m_recommended.isEmpty();
    ui->recommendedList->setVisible(!none);
    ui->recommendedLabel->setText(none ? tr("No organisation is registered as competent for this "
                                            "topic: choose from the tree.")
                                       : tr("&Recommended for this topic:"));
}

void AssignmentDialog::applyFilter()
{
    const QString needle = searchKey(ui->searchEdit->text());
    int matches = 0;
    QTreeWidgetItem *firstMatch = nullptr;
    // Visible: a match, a descendant of a match (its subdivisions) or an ancestor of a match.
    std::function<bool(QTreeWidgetItem *, bool)> filter = [&](QTreeWidgetItem *item,
                                                              bool ancestorMatched) {
        const bool self = needle.isEmpty() || searchKey(item->text(NameColumn)).contains(needle) ||
                          searchKey(item->text(CodeColumn)).contains(needle);
        if (self && !needle.isEmpty()) {
            ++matches;
            if (!firstMatch)
                firstMatch = item;
        }
        bool childVisible = false;
        for (int i = 0; i < item->childCount(); ++i)
            childVisible |= filter(item->child(i), ancestorMatched || self);
        const bool visible = self || ancestorMatched || childVisible;
        item->setHidden(!visible);
        return visible;
    };
    for (int i = 0; i < ui->orgTree->topLevelItemCount(); ++i)
        filter(ui->orgTree->topLevelItem(i), false);
    ui->orgTree->expandAll();
    if (needle.isEmpty()) {
        ui->searchStatusLabel->clear();
    } else {
        ui->searchStatusLabel->setText(matches == 0 ? tr("nothing found")
                                                    : tr("%n found", nullptr, matches));
        if (firstMatch) {
            ui->orgTree->setCurrentItem(firstMatch);
            ui->orgTree->scrollToItem(firstMatch);
        }
    }
}

qint64 AssignmentDialog::currentOrgId() const
{
    if (ui->recommendedList->hasFocus() && ui->recommendedList->currentItem())
        return ui->recommendedList->currentItem()->data(IdRole).toLongLong();
    if (QTreeWidgetItem *item = ui->orgTree->currentItem(); item && !item->isHidden())
        return item->data(NameColumn, IdRole).toLongLong();
    return 0;
}

bool AssignmentDialog::setMain(qint64 orgId)
{
    if (!m_index.contains(orgId))
        return false;
    const OrgChoice &org = m_orgs.at(m_index.value(orgId));
    if (!org.active) {
        m_note = tr("%1 is inactive and cannot execute appeals.").arg(org.name);
        updateState();
        return false;
    }
    m_note.clear();
    m_mainId = orgId;
    {
        const QSignalBlocker block(ui->orgTree);
        // The main executor is never a co-executor as well.
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            QTreeWidgetItem *item = it.value();
            if (!m_orgs.at(m_index.value(it.key())).active)
                continue;
            if (it.key() == orgId) {
                item->setCheckState(NameColumn, Qt::Unchecked);
                item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
                item->setData(NameColumn, Qt::CheckStateRole, QVariant());
            } else if (!(item->flags() & Qt::ItemIsUserCheckable)) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(NameColumn, Qt::Unchecked);
            }
        }
    }
    ui->orgTree->setCurrentItem(m_items.value(orgId));
    updateState();
    return true;
}

void AssignmentDialog::toggleCo(qint64 orgId)
{
    QTreeWidgetItem *item = m_items.value(orgId);
    if (!item)
        return;
    const OrgChoice &org = m_orgs.at(m_index.value(orgId));
    if (!org.active) {
        m_note = tr("%1 is inactive and cannot execute appeals.").arg(org.name);
    } else if (orgId == m_mainId) {
        m_note = tr("%1 is the main executor; it cannot be a co-executor as well.").arg(org.name);
    } else {
        m_note.clear();
        item->setCheckState(NameColumn, item->checkState(NameColumn) == Qt::Checked ? Qt::Unchecked
                                                                                    : Qt::Checked);
    }
    updateState();
}

void AssignmentDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column == NameColumn && !m_updating)
        updateState();
}

void AssignmentDialog::insertTemplate()
{
    const QString text = ui->templateCombo->currentData().toString();
    if (text.isEmpty())
        return;
    QTextCursor cursor = ui->instructionEdit->textCursor();
    const QString before = ui->instructionEdit->toPlainText().left(cursor.position());
    const bool needsSpace = !before.isEmpty() && !before.at(before.size() - 1).isSpace();
    cursor.insertText(needsSpace ? QLatin1Char(' ') + text : text);
    ui->instructionEdit->setTextCursor(cursor);
    ui->instructionEdit->setFocus();
}

void AssignmentDialog::setDraft(const RoutingDraft &draft)
{
    QStringList dropped;
    m_updating = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->flags() & Qt::ItemIsUserCheckable)
            it.value()->setCheckState(NameColumn, Qt::Unchecked);
    }
    m_mainId = 0;
    m_updating = false;
    if (draft.mainOrgId != 0) {
        if (!m_index.contains(draft.mainOrgId)) {
            dropped << tr("the main executor (no longer in the list)");
        } else if (!setMain(draft.mainOrgId)) {
            dropped << m_orgs.at(m_index.value(draft.mainOrgId)).name;
        }
    }
    m_updating = true;
    for (qint64 id : draft.coOrgIds) {
        QTreeWidgetItem *item = m_items.value(id);
        if (id == m_mainId || id == draft.mainOrgId)
            continue;
        if (!item || !(item->flags() & Qt::ItemIsUserCheckable)) {
            dropped << (m_index.contains(id) ? m_orgs.at(m_index.value(id)).name
                                             : tr("organisation #%1").arg(id));
            continue;
        }
        item->setCheckState(NameColumn, Qt::Checked);
    }
    m_updating = false;
    ui->instructionEdit->setPlainText(draft.instruction);
    if (draft.term.isValid())
        ui->termEdit->setDate(qBound(m_today, draft.term, m_maxTerm));
    m_note = dropped.isEmpty() ? QString()
                               : tr("Left out of the proposal (inactive or unknown): %1.")
                                     .arg(dropped.join(QStringLiteral(", ")));
    updateState();
}

RoutingDraft AssignmentDialog::draft() const
{
    RoutingDraft d;
    d.mainOrgId = m_mainId;
    for (const OrgChoice &org : m_orgs) {
        QTreeWidgetItem *item = m_items.value(org.id);
        if (org.id != m_mainId && item && (item->flags() & Qt::ItemIsUserCheckable) &&
            item->checkState(NameColumn) == Qt::Checked)
            d.coOrgIds << org.id;
    }
    d.instruction = ui->instructionEdit->toPlainText().trimmed();
    if (ui->termEdit->date() >= m_today)
        d.term = ui->termEdit->date();
    return d;
}

QString AssignmentDialog::invalidReason() const
{
    if (m_mainId == 0)
        return tr("Choose the main executor: select an organisation and press Space (or "
                  "\"Main executor\").");
    if (m_maxTerm < m_today)
        return tr("The legal maximum term has passed: this appeal cannot get a lawful term.");
    const QDate term = ui->termEdit->date();
    if (term < m_today)
        return tr("Choose the term of execution (at most %1).")
            .arg(m_maxTerm.toString(QStringLiteral("dd.MM.yyyy")));
    if (term > m_maxTerm)
        return tr("The term is beyond the legal maximum %1.")
            .arg(m_maxTerm.toString(QStringLiteral("dd.MM.yyyy")));
    const int length = int(ui->instructionEdit->toPlainText().trimmed().size());
    if (length > MaxInstructionLength)
        return tr("The instruction is too long: %1 characters, at most %2.")
            .arg(length)
            .arg(MaxInstructionLength);
    return QString();
}

void AssignmentDialog::updateState()
{
    const RoutingDraft d = draft();
    const QSet<qint64> co(d.coOrgIds.cbegin(), d.coOrgIds.cend());
    m_updating = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (!m_orgs.at(m_index.value(it.key())).active)
            continue;
        QTreeWidgetItem *item = it.value();
        const bool isMain = it.key() == m_mainId;
        item->setText(RoleColumn, isMain                  ? tr("Main executor")
                                  : co.contains(it.key()) ? tr("Co-executor")
                                                          : QString());
        QFont f = item->font(RoleColumn);
        f.setBold(isMain);
        item->setFont(RoleColumn, f);
    }
    m_updating = false;
    for (int i = 0; i < ui->recommendedList->count(); ++i) {
        QListWidgetItem *item = ui->recommendedList->item(i);
        const qint64 id = item->data(IdRole).toLongLong();
        const OrgChoice &org = m_orgs.at(m_index.value(id));
        QString text = QStringLiteral("★ %1 (%2)").arg(org.name, org.code);
        if (id == m_mainId)
            text += QStringLiteral(" — ") + tr("main executor");
        else if (co.contains(id))
            text += QStringLiteral(" — ") + tr("co-executor");
        item->setText(text);
    }

    QStringList coNames;
    for (qint64 id : d.coOrgIds)
        coNames << m_orgs.at(m_index.value(id)).name;
    QString summary;
    if (m_mainId == 0) {
        summary = tr("Main executor: not chosen");
    } else {
        const OrgChoice &main = m_orgs.at(m_index.value(m_mainId));
        summary = tr("Main executor: <b>%1</b>").arg(main.name.toHtmlEscaped());
        if (competenceRank(main) == 0 && !m_topicCode.isEmpty())
            summary += QStringLiteral(" ") + tr("(not registered as competent for this topic)");
    }
    if (!coNames.isEmpty())
        summary += QStringLiteral("<br>") +
                   tr("Co-executors: %1").arg(coNames.join(QStringLiteral(", ")).toHtmlEscaped());
    ui->executorsLabel->setText(summary);

    const qint64 current = currentOrgId();
    const bool currentActive =
        m_index.contains(current) && m_orgs.at(m_index.value(current)).active;
    ui->mainButton->setEnabled(currentActive && current != m_mainId);
    ui->coButton->setEnabled(currentActive && current != m_mainId);
    ui->coButton->setText(co.contains(current) ? tr("Not co-e&xecutor") : tr("Co-e&xecutor"));

    const int length = int(ui->instructionEdit->toPlainText().trimmed().size());
    ui->instructionCountLabel->setText(
        tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(MaxInstructionLength)));

    const QString reason = invalidReason();
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(reason.isEmpty());
    ok->setToolTip(reason.isEmpty() ? tr("Route the appeal (Enter)") : reason);
    QStringList message;
    if (!m_note.isEmpty())
        message << m_note;
    if (!reason.isEmpty())
        message << reason;
    ui->validationLabel->setText(message.join(QLatin1Char('\n')));
}

bool AssignmentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == ui->searchEdit && plain && key->key() == Qt::Key_Down) {
        // From the search straight into the (filtered) tree.
        ui->orgTree->setFocus();
        return true;
    }
    if (watched == ui->orgTree || watched == ui->recommendedList) {
        if (key->key() == Qt::Key_Space && plain) {
            setMain(currentOrgId());
            return true;
        }
        if (key->key() == Qt::Key_Insert ||
            (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier)) {
            toggleCo(currentOrgId());
            return true;
        }
    }
    if (watched == ui->instructionEdit &&
        (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        (key->modifiers() & Qt::ControlModifier)) {
        accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AssignmentDialog::accept()
{
    updateState();
    if (!invalidReason().isEmpty())
        return;
    QDialog::accept();
}
