#include "attachmentpolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSet>

namespace {

// Programs, installers, libraries and scripts: never attached, whatever the role.
const QSet<QString> &forbiddenSuffixes()
{
    static const QSet<QString> s{
        QStringLiteral("exe"),      QStringLiteral("msi"),  QStringLiteral("msp"),
        QStringLiteral("bat"),      QStringLiteral("cmd"),  QStringLiteral("com"),
        QStringLiteral("scr"),      QStringLiteral("pif"),  QStringLiteral("cpl"),
        QStringLiteral("js"),       QStringLiteral("jse"),  QStringLiteral("mjs"),
        QStringLiteral("vbs"),      QStringLiteral("vbe"),  QStringLiteral("wsf"),
        QStringLiteral("wsh"),      QStringLiteral("hta"),  QStringLiteral("ps1"),
        QStringLiteral("psm1"),     QStringLiteral("sh"),   QStringLiteral("bash"),
        QStringLiteral("jar"),      QStringLiteral("dll"),  QStringLiteral("so"),
        QStringLiteral("sys"),      QStringLiteral("lnk"),  QStringLiteral("reg"),
        QStringLiteral("py"),       QStringLiteral("pl"),   QStringLiteral("rb"),
        QStringLiteral("apk"),      QStringLiteral("deb"),  QStringLiteral("rpm"),
        QStringLiteral("appimage"), QStringLiteral("docm"), QStringLiteral("xlsm")};
    return s;
}

// MIME types (and their sub-types) of programs and scripts.
const QStringList &forbiddenMimes()
{
    static const QStringList m{QStringLiteral("application/x-executable"),
                               QStringLiteral("application/x-pie-executable"),
                               QStringLiteral("application/x-sharedlib"),
                               QStringLiteral("application/x-msdownload"),
                               QStringLiteral("application/x-ms-dos-executable"),
                               QStringLiteral("application/x-dosexec"),
                               QStringLiteral("application/vnd.microsoft.portable-executable"),
                               QStringLiteral("application/x-msi"),
                               QStringLiteral("application/x-ms-installer"),
                               QStringLiteral("application/x-msdos-program"),
                               QStringLiteral("application/x-bat"),
                               QStringLiteral("application/x-ms-shortcut"),
                               QStringLiteral("application/javascript"),
                               QStringLiteral("text/javascript"),
                               QStringLiteral("application/x-javascript"),
                               QStringLiteral("text/vbscript"),
                               QStringLiteral("application/x-vbscript"),
                               QStringLiteral("application/x-shellscript"),
                               QStringLiteral("text/x-shellscript"),
                               QStringLiteral("application/x-powershell"),
                               QStringLiteral("application/java-archive"),
                               QStringLiteral("application/x-java-archive"),
                               QStringLiteral("text/x-python"),
                               QStringLiteral("text/x-python3"),
                               QStringLiteral("application/x-perl"),
                               QStringLiteral("application/x-ruby"),
                               QStringLiteral("application/x-desktop"),
                               QStringLiteral("application/vnd.android.package-archive"),
                               QStringLiteral("application/vnd.debian.binary-package"),
                               QStringLiteral("application/x-rpm")};
    return m;
}

const QStringList &imageSuffixes()
{
    static const QStringList s{QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                               QStringLiteral("png"),  QStringLiteral("heic"),
                               QStringLiteral("heif"), QStringLiteral("tif"),
                               QStringLiteral("tiff")};
    return s;
}

const QStringList &documentSuffixes()
{
    static const QStringList s = [] {
        QStringList all{QStringLiteral("pdf")};
        all += imageSuffixes();
        all += QStringList{QStringLiteral("doc"), QStringLiteral("docx"), QStringLiteral("rtf"),
                           QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("odt"),
                           QStringLiteral("ods"), QStringLiteral("txt"),  QStringLiteral("csv"),
                           QStringLiteral("zip")};
        return all;
    }();
    return s;
}

bool isForbiddenMime(const QString &mimeName)
{
    if (mimeName.isEmpty())
        return false;
    if (forbiddenMimes().contains(mimeName))
        return true;
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeName);
    if (!type.isValid())
        return false;
    for (const QString &bad : forbiddenMimes()) {
        if (type.inherits(bad))
            return true;
    }
    return false;
}

} // namespace

QString AttachmentPolicy::check(const QString &fileName, qint64 size, const QString &mime,
                                Kind kind)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.trimmed().isEmpty())
        return tr("The file has no name.");
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (forbiddenSuffixes().contains(suffix) || isForbiddenMime(mime)) {
        return tr("%1 is a program or a script: such files are never attached, they could harm "
                  "the council's computers.")
            .arg(name);
    }
    if (kind == Kind::Image) {
        const bool imageMime = mime.isEmpty() ||
                               mime == QLatin1String("application/octet-stream") ||
                               mime.startsWith(QLatin1String("image/"));
        if (!imageSuffixes().contains(suffix) || !imageMime) {
            return tr("%1 is not a photo. Only images may be attached here: %2.")
                .arg(name, allowedSuffixes(kind).join(QStringLiteral(", ")));
        }
    } else if (!documentSuffixes().contains(suffix)) {
        return suffix.isEmpty()
                   ? tr("%1 has no file type (extension). Allowed: %2.")
                         .arg(name, allowedSuffixes(kind).join(QStringLiteral(", ")))
                   : tr("%1: files of type .%2 are not accepted. Allowed: %3.")
                         .arg(name, suffix, allowedSuffixes(kind).join(QStringLiteral(", ")));
    }
    if (size <= 0)
        return tr("%1 is empty.").arg(name);
    if (size > MaxFileSize) {
        QString shown = formatSize(size);
        if (shown == formatSize(MaxFileSize))
            shown = tr("%1 bytes").arg(QLocale().toString(size));
        return tr("%1 is too large (%2): at most %3 per file may be attached. Scan with a lower "
                  "resolution or split the document.")
            .arg(name, shown, formatSize(MaxFileSize));
    }
    return QString();
}

AttachmentFile AttachmentPolicy::load(const QString &path, QString *error, Kind kind)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return AttachmentFile();
    };
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(tr("%1 was not found.").arg(info.fileName()));
    const QMimeDatabase db;
    const QMimeType byNameAndContent = db.mimeTypeForFile(info);
    // Size and name first: a 2 GB video is refused without reading it.
    QString refusal = check(info.fileName(), info.size(), byNameAndContent.name(), kind);
    if (!refusal.isEmpty())
        return fail(refusal);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    AttachmentFile result;
    result.data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    // The content alone, whatever the name says: a program renamed to "photo.jpg" is refused.
    const QMimeType byContent = db.mimeTypeForData(result.data);
    refusal = check(info.fileName(), result.data.size(), byContent.name(), Kind::Document);
    if (!refusal.isEmpty() && isForbiddenMime(byContent.name()))
        return fail(refusal);
    refusal = check(info.fileName(), result.data.size(), byNameAndContent.name(), kind);
    if (!refusal.isEmpty())
        return fail(refusal);
    result.fileName = info.fileName();
    result.mimeType = byNameAndContent.name();
    result.sha256Hex = sha256Hex(result.data);
    if (error)
        error->clear();
    return result;
}

QByteArray AttachmentPolicy::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QStringList AttachmentPolicy::allowedSuffixes(Kind kind)
{
    return kind == Kind::Image ? imageSuffixes() : documentSuffixes();
}

QString AttachmentPolicy::fileDialogFilter(Kind kind)
{
    QStringList globs;
    for (const QString &s : allowedSuffixes(kind))
        globs << QStringLiteral("*.") + s;
    const QString label = kind == Kind::Image ? tr("Photos") : tr("Documents and images");
    return QStringLiteral("%1 (%2)").arg(label, globs.join(QLatin1Char(' ')));
}

QString AttachmentPolicy::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
