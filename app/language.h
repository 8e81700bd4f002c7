#pragma once

#include <QString>

class QCoreApplication;

// Ukrainian by default; English (the source language) on request. Qt's own strings come from
// qtbase_uk.qm of qt6-translations-l10n.
namespace Language {
QString current(); // "uk" or "en"
void setCurrent(const QString &code);
void install(QCoreApplication &app);
} // namespace Language
