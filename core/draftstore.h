#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

// Intake drafts on the desk's own disk: written atomically on every change so that a crash, a
// killed process or a power cut loses at most the last keystroke. A draft is removed only
// after its appeal was stored.
class DraftStore
{
public:
    struct Draft {
        QUuid id;
        QDateTime savedAt;
        QJsonObject state;
    };

    explicit DraftStore(QString directory = defaultDirectory());
    static QString defaultDirectory(); // <app data>/drafts

    QString directory() const { return m_directory; }
    bool save(const QUuid &id, const QJsonObject &state, QString *error = nullptr);
    QList<Draft> list() const; // newest first; unreadable files are skipped, never deleted
    bool remove(const QUuid &id);

private:
    QString pathFor(const QUuid &id) const;
    QString m_directory;
};
