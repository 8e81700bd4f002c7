#include "instructionlistwindow.h"

#include "ui_instructionlistwindow.h"

#include <QHeaderView>
#include <QShortcut>

InstructionListWindow::InstructionListWindow(bool mayEdit, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::InstructionListWindow>())
{
    ui->setupUi(this);
    ui->instructionsTable->setColumnCount(6);
    ui->instructionsTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Author"), tr("Instruction"), tr("Term"), tr("State"), tr("Cases")});
    ui->instructionsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    ui->instructionsTable->verticalHeader()->hide();
    ui->newButton->setVisible(mayEdit);
    ui->doneButton->setVisible(mayEdit);
    ui->messageLabel->setVisible(false);
    connect(ui->newButton, &QPushButton::clicked, this, &InstructionListWindow::newRequested);
    connect(ui->refreshButton, &QPushButton::clicked, this,
            &InstructionListWindow::refreshRequested);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(ui->doneButton, &QPushButton::clicked, this, [this]() {
        if (const auto row = selected(); row && row->status == QLatin1String("open"))
            emit doneRequested(*row);
    });
    if (mayEdit)
        connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
                &InstructionListWindow::newRequested);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &InstructionListWindow::refreshRequested);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &QWidget::close);
}

InstructionListWindow::~InstructionListWindow() = default;

void InstructionListWindow::setRows(const QList<InstructionRow> &rows)
{
    m_rows = rows;
    QTableWidget *t = ui->instructionsTable;
    t->setRowCount(0);
    for (const InstructionRow &r : rows) {
        const int n = t->rowCount();
        t->insertRow(n);
        const QString state = r.status == QLatin1String("open")   ? tr("open")
                              : r.status == QLatin1String("done") ? tr("executed")
                                                                  : tr("cancelled");
        const QStringList cells = {
            r.number,
            r.authorName,
            r.text,
            r.dueDate.isValid() ? r.dueDate.toString(QStringLiteral("dd.MM.yyyy")) : QString(),
            state,
            r.regIndexes.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(n, c, new QTableWidgetItem(cells.at(c)));
    }
    t->resizeRowsToContents();
}

std::optional<InstructionRow> InstructionListWindow::selected() const
{
    const int row = ui->instructionsTable->currentRow();
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void InstructionListWindow::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setVisible(!text.isEmpty());
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color:#8a1020")
                                          : QStringLiteral("color:#1e5631"));
    ui->messageLabel->setText(text);
}
