#pragma once

#include <QPageLayout>
#include <QString>
#include <QTextDocument>
#include <memory>

// What the printed documents (registration card, reports) share.

// A document template compiled into the binary (":/templates/..."), without its comments:
// they document the template for whoever edits it and are not part of the page.
QString loadPrintTemplate(const QString &resourcePath);

// A4 portrait with 15 mm margins, the page of every printed document.
QPageLayout printPageLayout();

// An empty document laid out as it will be printed: DejaVu Sans (with Cyrillic) at
// `fontPixels`, design metrics, no margin of its own (the printer's margins are the page's).
std::unique_ptr<QTextDocument> newPrintDocument(int fontPixels);
