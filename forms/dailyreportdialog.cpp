#include "dailyreportdialog.h"

#include "ui_dailyreportdialog.h"

#include <QPushButton>

DailyReportDialog::DailyReportDialog(const QDate &yesterday, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DailyReportDialog>())
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Make report"));
    ui->dateEdit->setDate(yesterday);
    ui->toEdit->setDate(yesterday);
    ui->formatCombo->addItem(tr("Print preview"), int(Output::Preview));
    ui->formatCombo->addItem(tr("PDF file"), int(Output::Pdf));
    ui->formatCombo->addItem(tr("Excel workbook (XLSX)"), int(Output::Xlsx));
    ui->formatCombo->addItem(tr("CSV file (spreadsheet)"), int(Output::Csv));
    ui->formatCombo->addItem(tr("HTML file"), int(Output::Html));
    connect(ui->rangeCheck, &QCheckBox::toggled, ui->toEdit, &QWidget::setEnabled);
    connect(ui->rangeCheck, &QCheckBox::toggled, this, &DailyReportDialog::updateState);
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, &DailyReportDialog::updateState);
    connect(ui->toEdit, &QDateEdit::dateChanged, this, &DailyReportDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DailyReportDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &DailyReportDialog::reject);
    ui->dateEdit->setFocus();
    updateState();
}

DailyReportDialog::~DailyReportDialog() = default;

QDate DailyReportDialog::from() const
{
    return ui->dateEdit->date();
}

QDate DailyReportDialog::to() const
{
    return ui->rangeCheck->isChecked() ? ui->toEdit->date() : from();
}

DailyReportDialog::Output DailyReportDialog::output() const
{
    return Output(ui->formatCombo->currentData().toInt());
}

QString DailyReportDialog::invalidReason() const
{
    if (to() < from())
        return tr("The range ends before it starts.");
    if (from().daysTo(to()) >= MaxDays)
        return tr("The range is longer than a year.");
    return QString();
}

void DailyReportDialog::updateState()
{
    const QString why = invalidReason();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    ui->problemLabel->setText(why);
    ui->problemLabel->setVisible(!why.isEmpty());
}
