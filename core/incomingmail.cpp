#include "incomingmail.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString IncomingMailNames::statusName(const QString &status)
{
    if (status == QLatin1String("new"))
        return QCoreApplication::translate("IncomingMail", "New");
    if (status == QLatin1String("review"))
        return QCoreApplication::translate("IncomingMail", "New, check the original");
    if (status == QLatin1String("registered"))
        return QCoreApplication::translate("IncomingMail", "Registered");
    if (status == QLatin1String("attached"))
        return QCoreApplication::translate("IncomingMail", "Added to a case");
    if (status == QLatin1String("junk"))
        return QCoreApplication::translate("IncomingMail", "Not for operators");
    if (status == QLatin1String("discarded"))
        return QCoreApplication::translate("IncomingMail", "Not an appeal");
    return status;
}

QString IncomingMailNames::kindName(const QString &kind)
{
    if (kind == QLatin1String("normal"))
        return QCoreApplication::translate("IncomingMail", "Letter");
    if (kind == QLatin1String("auto_reply"))
        return QCoreApplication::translate("IncomingMail", "Auto-reply");
    if (kind == QLatin1String("bounce"))
        return QCoreApplication::translate("IncomingMail", "Returned mail");
    if (kind == QLatin1String("spam"))
        return QCoreApplication::translate("IncomingMail", "Spam");
    return kind;
}

void IncomingMailNames::splitName(const QString &displayName, QString *surname, QString *firstName,
                                  QString *patronymic)
{
    surname->clear();
    firstName->clear();
    patronymic->clear();
    QString name = displayName.simplified();
    name.remove(QRegularExpression(QStringLiteral("[\"«»]")));
    // letters (any script), apostrophes and hyphens only: "ЖЕК-5 <info@...>" is not a person
    static const QRegularExpression word(QStringLiteral("^[\\p{L}][\\p{L}'’ʼ-]*$"));
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return;
    for (const QString &w : words) {
        if (!word.match(w).hasMatch() || w.size() > 100)
            return;
    }
    if (words.size() == 3) {
        *surname = words.at(0);
        *firstName = words.at(1);
        *patronymic = words.at(2);
    } else if (words.size() == 2) {
        *firstName = words.at(0);
        *surname = words.at(1);
    } else {
        *firstName = words.at(0); // one word is more often a first name or a nickname
    }
}
