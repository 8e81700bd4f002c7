#pragma once

#include "routingtypes.h"

#include <QCoreApplication>
#include <QString>

// What may be attached to a case, decided before anything is uploaded. The database enforces
// the same size limit (20 MiB per file); types are checked here by extension AND by MIME type so
// that "act.pdf.exe" or a script renamed to ".txt" is refused as well.
class AttachmentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentPolicy)
public:
    enum class Kind {
        Document, // documents, spreadsheets, images, archives
        Image     // photos only (on-site inspections)
    };

    static constexpr qint64 MaxFileSize = 20971520; // 20 MiB, the database's limit

    // Empty when the file may be attached, else the reason (translated, one or two sentences
    // that name the file). mime is a MIME type name ("application/pdf"); empty = unknown.
    static QString check(const QString &fileName, qint64 size, const QString &mime,
                         Kind kind = Kind::Document);
    // Reads a file after checking its name, size (before reading) and detected type; the result
    // carries the MIME type and the SHA-256. On refusal or a read error returns an empty
    // AttachmentFile and sets *error.
    static AttachmentFile load(const QString &path, QString *error = nullptr,
                               Kind kind = Kind::Document);
    // Hash of the bytes as stored: lower-case hex SHA-256.
    static QByteArray sha256Hex(const QByteArray &data);
    // "pdf, jpg, jpeg, ..." for tooltips and messages.
    static QStringList allowedSuffixes(Kind kind = Kind::Document);
    // File-dialog filter: "Documents and images (*.pdf *.jpg ...)".
    static QString fileDialogFilter(Kind kind = Kind::Document);
    // "1.5 MB": sizes as the dialogs show them.
    static QString formatSize(qint64 bytes);
};
