#include "intakedata.h"

QList<ClassifierEntry> IntakeReference::section(const QString &name) const
{
    QList<ClassifierEntry> list;
    for (const ClassifierEntry &e : classifier) {
        if (e.section == name)
            list.append(e);
    }
    return list;
}

QString IntakeReference::name(const QString &section, const QString &code) const
{
    for (const ClassifierEntry &e : classifier) {
        if (e.section == section && e.code == code)
            return e.name;
    }
    return {};
}

bool IntakeReference::isPrivileged(const QStringList &categories) const
{
    for (const ClassifierEntry &e : classifier) {
        if (e.section == QLatin1String("author") && e.privileged && categories.contains(e.code))
            return true;
    }
    return false;
}
