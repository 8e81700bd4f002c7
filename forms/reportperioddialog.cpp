#include "reportperioddialog.h"

#include "ui_reportperioddialog.h"

#include <QPushButton>

ReportPeriodDialog::ReportPeriodDialog(ReportRequest::Kind kind, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReportPeriodDialog>())
    , m_kind(kind)
    , m_today(today)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Make report"));
    switch (kind) {
    case ReportRequest::Kind::Discipline:
        setWindowTitle(tr("Executive discipline"));
        break;
    case ReportRequest::Kind::Analytics:
        setWindowTitle(tr("Analytics of appeals"));
        break;
    case ReportRequest::Kind::Quarterly:
        setWindowTitle(tr("Quarterly statistics by the classifier"));
        break;
    case ReportRequest::Kind::Daily:
        setWindowTitle(tr("Daily report for the mayor"));
        break;
    }
    const bool quarterly = kind == ReportRequest::Kind::Quarterly;
    ui->periodStack->setCurrentWidget(quarterly ? ui->quarterPage : ui->periodPage);
    // The stack keeps the other page's height otherwise.
    ui->periodStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    ui->presetCombo->addItem(tr("Last month"), int(Preset::LastMonth));
    ui->presetCombo->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    ui->presetCombo->addItem(tr("This quarter so far"), int(Preset::ThisQuarter));
    ui->presetCombo->addItem(tr("This year so far"), int(Preset::ThisYear));
    ui->presetCombo->addItem(tr("Last year"), int(Preset::LastYear));
    ui->presetCombo->addItem(tr("Other dates"), int(Preset::Custom));
    // The last finished quarter: what councils report.
    const QDate lastQuarterStart = presetPeriod(Preset::LastQuarter, today).first;
    ui->yearSpin->setValue(lastQuarterStart.year());
    for (int q = 1; q <= 4; ++q)
        ui->quarterCombo->addItem(tr("Quarter %1").arg(q), q);
    ui->quarterCombo->setCurrentIndex((lastQuarterStart.month() - 1) / 3);

    ui->formatCombo->addItem(tr("Print preview"), int(ReportOutput::Preview));
    ui->formatCombo->addItem(tr("PDF file"), int(ReportOutput::Pdf));
    ui->formatCombo->addItem(tr("Excel workbook (XLSX)"), int(ReportOutput::Xlsx));
    ui->formatCombo->addItem(tr("CSV file (spreadsheet)"), int(ReportOutput::Csv));
    ui->formatCombo->addItem(tr("HTML file"), int(ReportOutput::Html));
    ui->chartsCheck->setVisible(kind == ReportRequest::Kind::Analytics);

    ui->presetCombo->setCurrentIndex(kind == ReportRequest::Kind::Discipline ? 2 : 0);
    applyPreset();
    connect(ui->presetCombo, &QComboBox::currentIndexChanged, this,
            &ReportPeriodDialog::applyPreset);
    const auto edited = [this]() {
        if (!m_applying)
            ui->presetCombo->setCurrentIndex(ui->presetCombo->findData(int(Preset::Custom)));
        updateState();
    };
    connect(ui->fromEdit, &QDateEdit::dateChanged, this, edited);
    connect(ui->toEdit, &QDateEdit::dateChanged, this, edited);
    connect(ui->yearSpin, &QSpinBox::valueChanged, this, &ReportPeriodDialog::updateState);
    connect(ui->quarterCombo, &QComboBox::currentIndexChanged, this,
            &ReportPeriodDialog::updateState);
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ReportPeriodDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportPeriodDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportPeriodDialog::reject);
    (quarterly ? static_cast<QWidget *>(ui->yearSpin) : ui->presetCombo)->setFocus();
    updateState();
}

ReportPeriodDialog::~ReportPeriodDialog() = default;

QPair<QDate, QDate> ReportPeriodDialog::presetPeriod(Preset preset, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (preset) {
    case Preset::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Preset::LastQuarter:
        return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case Preset::ThisQuarter:
        return {quarterStart, today};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::Custom:
        break;
    }
    return {today, today};
}

void ReportPeriodDialog::applyPreset()
{
    const auto preset = Preset(ui->presetCombo->currentData().toInt());
    if (preset == Preset::Custom)
        return;
    const auto [from, to] = presetPeriod(preset, m_today);
    m_applying = true;
    ui->fromEdit->setDate(from);
    ui->toEdit->setDate(to);
    m_applying = false;
    updateState();
}

void ReportPeriodDialog::setPeriod(const QDate &from, const QDate &to)
{
    ui->fromEdit->setDate(from);
    ui->toEdit->setDate(to); // the edits switch the preset to "other dates"
}

ReportRequest ReportPeriodDialog::request() const
{
    switch (m_kind) {
    case ReportRequest::Kind::Quarterly:
        return ReportRequest::quarterly(ui->yearSpin->value(),
                                        ui->quarterCombo->currentData().toInt());
    case ReportRequest::Kind::Discipline:
        return ReportRequest::discipline(ui->fromEdit->date(), ui->toEdit->date());
    case ReportRequest::Kind::Analytics:
        return ReportRequest::analytics(ui->fromEdit->date(), ui->toEdit->date());
    case ReportRequest::Kind::Daily:
        break;
    }
    return ReportRequest::daily(ui->fromEdit->date(), ui->toEdit->date());
}

ReportOutput ReportPeriodDialog::output() const
{
    return ReportOutput(ui->formatCombo->currentData().toInt());
}

bool ReportPeriodDialog::saveCharts() const
{
    return m_kind == ReportRequest::Kind::Analytics && ui->chartsCheck->isChecked() &&
           output() != ReportOutput::Preview;
}

QString ReportPeriodDialog::invalidReason() const
{
    const ReportRequest r = request();
    if (r.kind == ReportRequest::Kind::Quarterly) {
        if (r.periodStart() > m_today)
            return tr("The quarter has not begun yet.");
        return QString();
    }
    if (r.to < r.from)
        return tr("The period ends before it starts.");
    if (r.from.daysTo(r.to) > ReportRequest::MaxPeriodDays)
        return tr("The period is longer than three years.");
    return QString();
}

void ReportPeriodDialog::updateState()
{
    const QString why = invalidReason();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    ui->problemLabel->setText(why);
    ui->problemLabel->setVisible(!why.isEmpty());
    ui->chartsCheck->setEnabled(output() != ReportOutput::Preview);
}
