#include "reportchartrenderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {

const QList<QColor> &palette()
{
    static const QList<QColor> colours{QColor(0x1f, 0x4e, 0x79), QColor(0xc5, 0x5a, 0x11),
                                       QColor(0x54, 0x82, 0x35), QColor(0x7f, 0x60, 0x00),
                                       QColor(0x70, 0x30, 0xa0), QColor(0x7f, 0x7f, 0x7f),
                                       QColor(0x00, 0x80, 0x80), QColor(0xa5, 0x00, 0x21)};
    return colours;
}

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

double niceMax(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= max)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// The chart is drawn in its own scene; the caller owns nothing but the picture.
void draw(const ReportChart &spec, QPainter *painter, const QRectF &target, const QSize &size)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(spec.title);
    chart->setTitleFont(font(12, true));
    chart->legend()->setFont(font(9));
    chart->legend()->setAlignment(spec.kind == ReportChart::Kind::Pie ? Qt::AlignRight
                                                                      : Qt::AlignBottom);
    double max = 0;
    for (const ReportChart::Series &s : spec.series) {
        for (double v : s.values)
            max = std::max(max, v);
    }
    const QStringList categories = spec.categories;
    switch (spec.kind) {
    case ReportChart::Kind::Pie: {
        auto *series = new QPieSeries;
        const ReportChart::Series values = spec.series.value(0);
        double sum = 0;
        for (double v : values.values)
            sum += v;
        for (int i = 0; i < categories.size(); ++i) {
            const double v = values.values.value(i);
            if (v <= 0)
                continue;
            QPieSlice *slice = series->append(
                QStringLiteral("%1 — %2 %").arg(categories.at(i)).arg(100.0 * v / sum, 0, 'f', 1),
                v);
            slice->setBrush(palette().at(i % palette().size()));
            slice->setLabelFont(font(9));
        }
        series->setPieSize(0.8);
        chart->addSeries(series);
        chart->legend()->setVisible(true);
        break;
    }
    case ReportChart::Kind::Line: {
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        axisX->setLabelsFont(font(8));
        if (categories.size() > 14)
            axisX->setLabelsAngle(-90);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, niceMax(max));
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->setLabelsFont(font(8));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (int s = 0; s < spec.series.size(); ++s) {
            auto *line = new QLineSeries;
            line->setName(spec.series.at(s).name);
            QPen pen(palette().at(s % palette().size()));
            pen.setWidthF(2.0);
            if (s >= 4)
                pen.setStyle(Qt::DashLine); // apart in black and white too
            line->setPen(pen);
            for (int i = 0; i < spec.series.at(s).values.size(); ++i)
                line->append(i, spec.series.at(s).values.at(i));
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        chart->legend()->setVisible(spec.series.size() > 1);
        break;
    }
    case ReportChart::Kind::Bar: {
        QAbstractBarSeries *series =
            spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        for (int s = 0; s < spec.series.size(); ++s) {
            auto *set = new QBarSet(spec.series.at(s).name);
            set->setColor(palette().at(s % palette().size()));
            set->setLabelColor(Qt::black);
            set->setLabelFont(font(8));
            set->setBorderColor(Qt::transparent);
            QList<qreal> values;
            for (double v : spec.series.at(s).values)
                values.append(v);
            // Horizontal bars read top-down, the largest first.
            if (spec.horizontal)
                std::reverse(values.begin(), values.end());
            set->append(values);
            series->append(set);
        }
        series->setBarWidth(0.75);
        series->setLabelsVisible(categories.size() <= 24);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        auto *axisCat = new QBarCategoryAxis;
        QStringList labels = categories;
        if (spec.horizontal)
            std::reverse(labels.begin(), labels.end());
        axisCat->append(labels);
        axisCat->setLabelsFont(font(8));
        auto *axisVal = new QValueAxis;
        axisVal->setRange(0, niceMax(max * 1.12));
        axisVal->setLabelFormat(QStringLiteral("%d"));
        axisVal->setLabelsFont(font(8));
        chart->addAxis(axisCat, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(axisVal, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(axisCat);
        series->attachAxis(axisVal);
        chart->legend()->setVisible(spec.series.size() > 1);
        break;
    }
    }
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes the chart
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    // The chart lays its axes out on posted layout requests; without them the labels are fitted
    // to the chart's first, tiny geometry and come out elided to "...".
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        chart->layout()->activate();
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect());
}

} // namespace

QSize ReportChartRenderer::size(const ReportChart &chart)
{
    return QSize(Width, chart.height > 0 ? chart.height : Height);
}

QImage ReportChartRenderer::image(const ReportChart &chart, qreal scale)
{
    const QSize size = ReportChartRenderer::size(chart);
    QImage img(QSize(int(size.width() * scale), int(size.height() * scale)),
               QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    draw(chart, &painter, QRectF(QPointF(0, 0), QSizeF(img.size())), size);
    painter.end();
    return img;
}

QByteArray ReportChartRenderer::png(const ReportChart &chart, qreal scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image(chart, scale).save(&buffer, "PNG");
    return bytes;
}

bool ReportChartRenderer::savePng(const ReportChart &chart, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png(chart)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportChartRenderer::saveSvg(const ReportChart &chart, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = ReportChartRenderer::size(chart);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.title);
    generator.setDescription(QStringLiteral("Kontakt"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Cannot draw the chart.");
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    draw(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
