#pragma once

#include "reportrenderer.h"
#include "reportrequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReportPeriodDialog;
}

// Reports ▸ Executive discipline / Analytics / Quarterly statistics: the period (a usual one
// from a list, or any dates) or the year and quarter, and what to produce. OK stays disabled
// while the period is unusable, with the reason under the fields.
class ReportPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    // `today` is the Kyiv day the presets count from.
    ReportPeriodDialog(ReportRequest::Kind kind, const QDate &today, QWidget *parent = nullptr);
    ~ReportPeriodDialog() override;

    ReportRequest request() const;
    ReportOutput output() const;
    bool saveCharts() const; // analytics: the charts as PNG and SVG files beside the report
    void setPeriod(const QDate &from, const QDate &to); // "other dates"

    enum class Preset { LastMonth, LastQuarter, ThisQuarter, ThisYear, LastYear, Custom };
    // The period a preset means on `today`.
    static QPair<QDate, QDate> presetPeriod(Preset preset, const QDate &today);

private:
    QString invalidReason() const;
    void applyPreset();
    void updateState();

    std::unique_ptr<Ui::ReportPeriodDialog> ui;
    ReportRequest::Kind m_kind;
    QDate m_today;
    bool m_applying = false;
};
