#include "outagedialog.h"

#include "outageaddress.h"
#include "ui_outagedialog.h"

#include <QCompleter>
#include <QPushButton>

OutageDialog::OutageDialog(const QStringList &streets, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::OutageDialog>())
{
    ui->setupUi(this);
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("water"), tr("Water")},
                                               {QStringLiteral("hot_water"), tr("Hot water")},
                                               {QStringLiteral("heating"), tr("Heating")},
                                               {QStringLiteral("electricity"), tr("Electricity")},
                                               {QStringLiteral("gas"), tr("Gas")},
                                               {QStringLiteral("other"), tr("Other")}};
    for (const auto &k : kinds)
        ui->kindCombo->addItem(k.second, k.first);
    auto *completer = new QCompleter(streets, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    ui->streetEdit->setCompleter(completer);
    const QDateTime now = QDateTime::currentDateTime();
    ui->fromEdit->setDateTime(now);
    ui->toEdit->setDateTime(now.addSecs(8 * 3600));
    for (QLineEdit *e : {ui->utilityEdit, ui->streetEdit, ui->housesEdit})
        connect(e, &QLineEdit::textChanged, this, &OutageDialog::validate);
    connect(ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &OutageDialog::validate);
    connect(ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &OutageDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

OutageDialog::~OutageDialog() = default;

void OutageDialog::validate()
{
    QStringList errors;
    if (ui->utilityEdit->text().trimmed().isEmpty())
        errors << tr("Who announced it?");
    if (OutageAddress::streetKey(ui->streetEdit->text()).isEmpty())
        errors << tr("Which street?");
    QString houseError;
    if (!HouseRangeSpec::parse(ui->housesEdit->text(), &houseError))
        errors << tr("Houses: %1").arg(houseError);
    const QDateTime from = ui->fromEdit->dateTime();
    const QDateTime to = ui->toEdit->dateTime();
    if (to <= from)
        errors << tr("The outage must end after it starts.");
    else if (from.daysTo(to) > 90)
        errors << tr("At most 90 days.");
    ui->errorLabel->setText(errors.join(QLatin1Char(' ')));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

Outage OutageDialog::outage() const
{
    Outage o;
    const QString who = ui->utilityEdit->text().trimmed();
    o.orgCode = who; // a directory code links the organisation ...
    o.utility = who; // ... and the text stays as typed
    o.kind = ui->kindCombo->currentData().toString();
    o.street = ui->streetEdit->text().trimmed();
    o.houses = ui->housesEdit->text().trimmed();
    o.startsAt = ui->fromEdit->dateTime();
    o.endsAt = ui->toEdit->dateTime();
    o.description = ui->descriptionEdit->text().trimmed();
    o.planned = ui->plannedCheck->isChecked();
    o.source = QStringLiteral("phone");
    return o;
}
