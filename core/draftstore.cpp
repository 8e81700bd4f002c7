#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/drafts");
}

QString DraftStore::pathFor(const QUuid &id) const
{
    return m_directory + QLatin1Char('/') + id.toString(QUuid::WithoutBraces) +
           QStringLiteral(".json");
}

bool DraftStore::save(const QUuid &id, const QJsonObject &state, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = m_directory;
        return false;
    }
    QJsonObject doc;
    doc.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    doc.insert(QStringLiteral("saved_at"),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    doc.insert(QStringLiteral("state"), state);
    // QSaveFile writes a temporary file and renames it: the old draft survives a crash mid-write.
    QSaveFile file(pathFor(id));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<DraftStore::Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        Draft d;
        d.id = QUuid::fromString(doc.value(QLatin1String("id")).toString());
        d.savedAt = QDateTime::fromString(doc.value(QLatin1String("saved_at")).toString(),
                                          Qt::ISODateWithMs);
        d.state = doc.value(QLatin1String("state")).toObject();
        if (!d.id.isNull())
            drafts.append(d);
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QUuid &id)
{
    return QFile::remove(pathFor(id));
}
