#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// Draws a report's chart with Qt Charts (bar, line, pie) off screen, for print, for the HTML
// and XLSX exports and to be saved on its own as PNG or SVG. Colours stay apart in black and
// white print (a palette of distinct greys and hues), labels are in DejaVu Sans.
class ReportChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartRenderer)

public:
    // Size in CSS pixels of the chart as printed; images are drawn at `scale` times that.
    static constexpr int Width = 680;
    static constexpr int Height = 280;

    // The chart's printed size: the default, or its own height.
    static QSize size(const ReportChart &chart);
    static QImage image(const ReportChart &chart, qreal scale = 2.0);
    static QByteArray png(const ReportChart &chart, qreal scale = 2.0);
    static bool savePng(const ReportChart &chart, const QString &path, QString *error = nullptr);
    static bool saveSvg(const ReportChart &chart, const QString &path, QString *error = nullptr);
};
