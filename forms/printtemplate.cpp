#include "printtemplate.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QRegularExpression>

QString loadPrintTemplate(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("print template %s is missing", qPrintable(resourcePath));
        return QString();
    }
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return QString::fromUtf8(file.readAll()).remove(comment);
}

QPageLayout printPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> newPrintDocument(int fontPixels)
{
    auto doc = std::make_unique<QTextDocument>();
    // Glyph advances unrounded to the screen, so lines break the same on paper as in the preview.
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    // Named explicitly: with a font lacking Cyrillic the PDF would silently lose the text.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(fontPixels);
    doc->setDefaultFont(font);
    return doc;
}
