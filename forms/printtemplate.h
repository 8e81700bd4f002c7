#pragma once

#include <QString>

// A document template compiled into the binary (":/templates/..."), without its comments:
// they document the template for whoever edits it and are not part of the page.
QString loadPrintTemplate(const QString &resourcePath);
