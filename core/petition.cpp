#include "petition.h"

#include <QHash>

namespace PetitionKeys {

QStringList statuses()
{
    return {QStringLiteral("submitted"),       QStringLiteral("moderation"),
            QStringLiteral("rejected"),        QStringLiteral("published"),
            QStringLiteral("collecting"),      QStringLiteral("threshold_reached"),
            QStringLiteral("passed_to_mayor"), QStringLiteral("under_consideration"),
            QStringLiteral("answered"),        QStringLiteral("expired"),
            QStringLiteral("converted")};
}

QString statusName(const QString &status)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("submitted"), QStringLiteral("Подана")},
        {QStringLiteral("moderation"), QStringLiteral("На модерації")},
        {QStringLiteral("rejected"), QStringLiteral("Відхилена")},
        {QStringLiteral("published"), QStringLiteral("Оприлюднена")},
        {QStringLiteral("collecting"), QStringLiteral("Збір підписів")},
        {QStringLiteral("threshold_reached"), QStringLiteral("Набрала підписи")},
        {QStringLiteral("passed_to_mayor"), QStringLiteral("Передана міському голові")},
        {QStringLiteral("under_consideration"), QStringLiteral("На розгляді")},
        {QStringLiteral("answered"), QStringLiteral("Розглянута, відповідь оприлюднено")},
        {QStringLiteral("expired"), QStringLiteral("Не набрала підписів")},
        {QStringLiteral("converted"), QStringLiteral("Розглядається як звернення")}};
    return names.value(status, status);
}

QString decisionName(const QString &decision)
{
    if (decision == QLatin1String("supported"))
        return QStringLiteral("Підтримано");
    if (decision == QLatin1String("not_supported"))
        return QStringLiteral("Не підтримано");
    return QString();
}

} // namespace PetitionKeys
