#pragma once

#include "reportrenderer.h"

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class DailyReportDialog;
}

// Reports ▸ Daily report for the mayor…: the day (default yesterday), optionally the last day
// of a range, and what to produce (print preview, PDF, XLSX, CSV, HTML). OK stays disabled while the
// range ends before it starts or is longer than a year.
class DailyReportDialog : public QDialog
{
    Q_OBJECT
public:
    using Output = ReportOutput;

    explicit DailyReportDialog(const QDate &yesterday, QWidget *parent = nullptr);
    ~DailyReportDialog() override;

    QDate from() const;
    QDate to() const; // == from() without a range
    Output output() const;

    static constexpr int MaxDays = 366;

private:
    QString invalidReason() const;
    void updateState();

    std::unique_ptr<Ui::DailyReportDialog> ui;
};
