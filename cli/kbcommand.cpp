#include "cliapp.h"
#include "knowledgebaserepository.h"
#include "outagerepository.h"
#include "reportservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>

namespace {

// UTF-8 text of a file; false when it is not valid UTF-8 (an import refuses it).
bool readUtf8(const QString &path, QString *text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    *text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("%1: не UTF-8").arg(path);
        return false;
    }
    return true;
}

} // namespace

// kontaktctl kb import DIR|FILE... | kb export DIR | kb search TEXT [--limit N] [--topic C] --json
int CliApp::cmdKb(const QString &verb)
{
    if (verb == QLatin1String("search")) {
        QString limitText;
        QString topic;
        const bool hasLimit = takeOption(QStringLiteral("--limit"), &limitText);
        takeOption(QStringLiteral("--topic"), &topic);
        const bool json = takeFlag(QStringLiteral("--json"));
        for (const QString &a : std::as_const(m_args)) {
            if (a.startsWith(QLatin1String("--")))
                return usage(QStringLiteral("unknown option %1 for kb search").arg(a));
        }
        if (m_args.size() < 3)
            return usage(QStringLiteral("kb search needs TEXT"));
        int limit = 10;
        if (hasLimit) {
            bool ok = false;
            limit = limitText.toInt(&ok);
            if (!ok || limit < 1 || limit > 100)
                return usage(QStringLiteral("--limit needs a number from 1 to 100"));
        }
        const QString text = m_args.mid(2).join(QLatin1Char(' '));
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError error;
        const auto result = KnowledgeBaseRepository(db).search(text, limit, topic, &error);
        if (error.isError())
            return fail(Usage, QStringLiteral("failed: %1").arg(error.detail));
        if (json) {
            QJsonArray list;
            for (const auto &h : result.hits)
                list.append(QJsonObject{{QStringLiteral("id"), h.id},
                                        {QStringLiteral("code"), h.code},
                                        {QStringLiteral("title"), h.title},
                                        {QStringLiteral("score"), h.score}});
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            m_out.flush();
            return Ok;
        }
        for (const auto &h : result.hits)
            m_out << h.id << '\t' << QString::number(h.score, 'f', 4) << '\t' << h.title
                  << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("export")) {
        if (m_args.size() != 3)
            return usage(QStringLiteral("kb export needs DIR"));
        QDir dir(m_args.at(2));
        if (!dir.exists() && !QDir().mkpath(dir.path()))
            return fail(Usage, QStringLiteral("cannot create %1").arg(dir.path()));
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError error;
        const QList<KbArticleFile> files = KnowledgeBaseRepository(db).exportAll(&error);
        if (error.isError())
            return fail(Usage, QStringLiteral("failed: %1").arg(error.detail));
        for (const KbArticleFile &f : files) {
            QSaveFile out(dir.filePath(f.code + QStringLiteral(".md")));
            if (!out.open(QIODevice::WriteOnly) || out.write(f.toMarkdown().toUtf8()) < 0 ||
                !out.commit())
                return fail(Usage, QStringLiteral("cannot write %1").arg(out.fileName()));
        }
        m_out << "exported " << files.size() << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("import")) {
        if (m_args.size() < 3)
            return usage(QStringLiteral("kb import needs DIR or FILE..."));
        QStringList paths;
        for (const QString &arg : m_args.mid(2)) {
            const QFileInfo info(arg);
            if (info.isDir()) {
                const QStringList names =
                    QDir(arg).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
                for (const QString &n : names)
                    paths << QDir(arg).filePath(n);
            } else if (info.isFile()) {
                paths << arg;
            } else {
                return fail(Usage, QStringLiteral("%1: no such file or folder").arg(arg));
            }
        }
        QList<KbArticleFile> files;
        QStringList errors;
        QSet<QString> codes;
        for (const QString &path : std::as_const(paths)) {
            QString text;
            QString error;
            if (!readUtf8(path, &text, &error)) {
                errors << error;
                continue;
            }
            auto f = KbArticleFile::parse(text, &error);
            if (!f) {
                errors << QStringLiteral("%1: %2").arg(path, error);
                continue;
            }
            if (f->code.isEmpty())
                f->code = QFileInfo(path).completeBaseName();
            if (!KbArticleFile::isValidCode(f->code)) {
                errors << QStringLiteral("%1: назва файлу має бути з латинських малих літер, цифр, "
                                         "«-» або «_»")
                              .arg(path);
                continue;
            }
            if (codes.contains(f->code)) {
                errors << QStringLiteral("%1: код %2 повторюється").arg(path, f->code);
                continue;
            }
            codes.insert(f->code);
            files << *f;
        }
        if (!errors.isEmpty()) {
            for (const QString &e : std::as_const(errors))
                m_err << "kontaktctl: " << e << Qt::endl;
            return fail(Usage,
                        QStringLiteral("nothing imported: %1 bad file(s)").arg(errors.size()));
        }
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError error;
        KnowledgeBaseRepository::ImportReport report;
        if (!KnowledgeBaseRepository(db).importFiles(files, &report, &error))
            return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                        QStringLiteral("nothing imported: %1").arg(error.detail));
        for (const QString &w : std::as_const(report.warnings))
            m_err << "kontaktctl: warning: " << w << Qt::endl;
        m_out << "inserted " << report.inserted << ", updated " << report.updated << ", unchanged "
              << report.unchanged << Qt::endl;
        return Ok;
    }
    if (verb == QLatin1String("report")) {
        QString fromText;
        QString toText;
        takeOption(QStringLiteral("--from"), &fromText);
        takeOption(QStringLiteral("--to"), &toText);
        const bool json = takeFlag(QStringLiteral("--json"));
        if (m_args.size() != 2)
            return usage(QStringLiteral("kb report takes only --from, --to and --json"));
        // The report's days are Kyiv days: after 22:00 UTC "today" is already tomorrow there.
        const QDate today = ReportService::kyivNow().date();
        const QDate to = toText.isEmpty() ? today : QDate::fromString(toText, Qt::ISODate);
        const QDate from =
            fromText.isEmpty() ? to.addDays(-29) : QDate::fromString(fromText, Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from)
            return usage(
                QStringLiteral("--from and --to need dates YYYY-MM-DD, --from not after --to"));
        QString connectError;
        QSqlDatabase db = connect(&connectError);
        if (!connectError.isEmpty())
            return fail(Usage, connectError);
        DbError error;
        const auto r = KnowledgeBaseRepository(db).usageReport(from, to, 50, &error);
        if (error.isError())
            return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                        QStringLiteral("%1: %2").arg(error.kind == DbError::Kind::PermissionDenied
                                                         ? QStringLiteral("not_allowed")
                                                         : QStringLiteral("failed"),
                                                     error.detail));
        if (json) {
            QJsonArray used;
            for (const auto &u : r.used)
                used.append(QJsonObject{{QStringLiteral("id"), u.id},
                                        {QStringLiteral("title"), u.title},
                                        {QStringLiteral("uses"), u.uses},
                                        {QStringLiteral("review_overdue"), u.reviewOverdue}});
            QJsonArray missed;
            for (const auto &m : r.missed)
                missed.append(QJsonObject{{QStringLiteral("query"), m.query},
                                          {QStringLiteral("times"), m.times},
                                          {QStringLiteral("last"), m.last.toString(Qt::ISODate)}});
            return printJson(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                         {QStringLiteral("used"), used},
                                         {QStringLiteral("missed"), missed},
                                         {QStringLiteral("unused_articles"), r.unusedArticles}});
        }
        m_out << "used\ttimes\ttitle" << Qt::endl;
        for (const auto &u : r.used)
            m_out << "used\t" << u.uses << '\t' << u.title.simplified() << Qt::endl;
        for (const auto &m : r.missed)
            m_out << "missed\t" << m.times << '\t' << m.query.simplified() << Qt::endl;
        m_out << "unused_articles\t" << r.unusedArticles << Qt::endl;
        return Ok;
    }
    return usage(QStringLiteral("kb takes import, export, search or report"));
}

// kontaktctl outage import FILE.csv
int CliApp::cmdOutage(const QString &verb)
{
    if (verb != QLatin1String("import") || m_args.size() != 3)
        return usage(QStringLiteral("outage takes import FILE.csv"));
    QString text;
    QString readError;
    if (!readUtf8(m_args.at(2), &text, &readError))
        return fail(Usage, readError);
    QString connectError;
    QSqlDatabase db = connect(&connectError);
    if (!connectError.isEmpty())
        return fail(Usage, connectError);
    int imported = 0;
    QList<OutageRepository::ImportError> errors;
    DbError error;
    if (!OutageRepository(db).importCsv(text, &imported, &errors, &error)) {
        for (const auto &e : std::as_const(errors))
            m_err << "kontaktctl: " << m_args.at(2) << ":" << e.line << ": " << e.message
                  << Qt::endl;
        if (errors.isEmpty())
            return fail(error.kind == DbError::Kind::PermissionDenied ? Finding : Usage,
                        QStringLiteral("nothing imported: %1").arg(error.detail));
        return fail(Usage, QStringLiteral("nothing imported: %1 bad row(s)").arg(errors.size()));
    }
    m_out << "imported " << imported << Qt::endl;
    return Ok;
}
