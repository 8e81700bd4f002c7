#include "printtemplate.h"

#include <QFile>
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
