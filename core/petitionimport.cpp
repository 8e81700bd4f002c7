#include "petitionimport.h"

#include "petitionchecker.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QDateTime parseMoment(const QString &s)
{
    const QString t = s.trimmed();
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!d.isValid())
        d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!d.isValid())
        d = QDateTime::fromString(t, QStringLiteral("dd.MM.yyyy HH:mm"));
    if (!d.isValid()) {
        QDate day = QDate::fromString(t, Qt::ISODate);
        if (!day.isValid())
            day = QDate::fromString(t, QStringLiteral("dd.MM.yyyy"));
        if (day.isValid())
            d = day.startOfDay();
    }
    return d;
}

// Fills a row from key/value text; returns the problems of this row.
QStringList fillRow(const QHash<QString, QString> &v, PetitionImportRow *row)
{
    QStringList problems;
    row->number = v.value(QStringLiteral("number")).trimmed();
    row->title = v.value(QStringLiteral("title")).trimmed();
    row->text = v.value(QStringLiteral("text")).trimmed();
    row->authorName = v.value(QStringLiteral("author_name")).simplified();
    row->authorEmail = v.value(QStringLiteral("author_email")).trimmed();
    row->authorPhone = v.value(QStringLiteral("author_phone")).trimmed();
    if (row->number.isEmpty())
        problems << QStringLiteral("the number is empty");
    else if (row->number.size() > 50)
        problems << QStringLiteral("the number is longer than 50 characters");
    const QString submitted = v.value(QStringLiteral("submitted_at")).trimmed();
    if (!submitted.isEmpty()) {
        row->submittedAt = parseMoment(submitted);
        if (!row->submittedAt.isValid())
            problems << QStringLiteral("submitted_at \"%1\" is not a date").arg(submitted);
    }
    const QString counted = v.value(QStringLiteral("counted_at")).trimmed();
    if (!counted.isEmpty()) {
        row->countedAt = parseMoment(counted);
        if (!row->countedAt.isValid())
            problems << QStringLiteral("counted_at \"%1\" is not a date").arg(counted);
    }
    const auto count = [&](const char *key, int *out) {
        const QString s = v.value(QString::fromLatin1(key)).trimmed();
        if (s.isEmpty())
            return;
        bool ok = false;
        const int n = s.toInt(&ok);
        if (!ok || n < 0 || n > 100000000)
            problems << QStringLiteral("%1 \"%2\" is not a count").arg(QString::fromLatin1(key), s);
        else
            *out = n;
    };
    count("signatures_online", &row->signaturesOnline);
    count("signatures_paper", &row->signaturesPaper);
    if (row->hasCounts()) {
        // Both counts are written together: a missing one counts as zero.
        row->signaturesOnline = qMax(0, row->signaturesOnline);
        row->signaturesPaper = qMax(0, row->signaturesPaper);
    }
    if (row->hasPetition()) {
        if (row->title.size() > 300)
            problems << QStringLiteral("the title is longer than 300 characters");
        if (row->text.isEmpty())
            problems << QStringLiteral("the text is empty");
        if (row->authorName.isEmpty())
            problems << QStringLiteral("the author's name is empty");
        if (!PetitionChecker::isValidEmail(row->authorEmail))
            problems
                << QStringLiteral("the author's e-mail \"%1\" is not valid").arg(row->authorEmail);
    } else if (!row->hasCounts() && !row->number.isEmpty()) {
        problems << QStringLiteral("neither a petition (title) nor signature counts");
    }
    return problems;
}

void checkDuplicateNumbers(const QList<PetitionImportRow> &rows, QList<PetitionImportError> *errors)
{
    QHash<QString, int> firstPetition;
    for (const auto &r : rows) {
        if (!r.hasPetition())
            continue;
        if (firstPetition.contains(r.number))
            errors->append({r.line, QStringLiteral("petition %1 is already on line %2")
                                        .arg(r.number)
                                        .arg(firstPetition.value(r.number))});
        else
            firstPetition.insert(r.number, r.line);
    }
}

} // namespace

namespace PetitionImport {

bool looksLikeJson(const QByteArray &data)
{
    for (char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{';
    }
    return false;
}

QList<PetitionImportRow> parseCsv(const QByteArray &data, QList<PetitionImportError> *errors)
{
    QList<PetitionImportRow> rows;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Split into records (quoted values may hold separators and line breaks).
    const QChar sep = [&] {
        const QString first = text.section(QLatin1Char('\n'), 0, 0);
        return first.count(QLatin1Char(';')) > first.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                             : QLatin1Char(',');
    }();
    struct Record {
        int line;
        QStringList cells;
    };
    QList<Record> records;
    Record cur{1, {}};
    QString cell;
    bool quoted = false;
    bool cellQuoted = false;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellQuoted) {
            quoted = true;
            cellQuoted = true;
        } else if (c == sep) {
            cur.cells << cell;
            cell.clear();
            cellQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            cur.cells << cell;
            records << cur;
            ++line;
            cur = Record{line, {}};
            cell.clear();
            cellQuoted = false;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (quoted)
        errors->append({cur.line, QStringLiteral("a quoted value is not closed")});
    if (!cell.isEmpty() || !cur.cells.isEmpty()) {
        cur.cells << cell;
        records << cur;
    }
    if (records.isEmpty()) {
        errors->append({1, QStringLiteral("the file is empty")});
        return rows;
    }
    QStringList header;
    for (const QString &h : records.first().cells)
        header << h.trimmed().toLower();
    if (!header.contains(QStringLiteral("number"))) {
        errors->append({1, QStringLiteral("the header has no \"number\" column")});
        return rows;
    }
    for (int r = 1; r < records.size(); ++r) {
        const Record &rec = records.at(r);
        if (rec.cells.size() == 1 && rec.cells.first().trimmed().isEmpty())
            continue; // an empty line
        if (rec.cells.size() != header.size()) {
            errors->append({rec.line, QStringLiteral("%1 values, the header has %2")
                                          .arg(rec.cells.size())
                                          .arg(header.size())});
            continue;
        }
        QHash<QString, QString> v;
        for (int c = 0; c < header.size(); ++c)
            v.insert(header.at(c), rec.cells.at(c));
        PetitionImportRow row;
        row.line = rec.line;
        const QStringList problems = fillRow(v, &row);
        for (const QString &p : problems)
            errors->append({rec.line, p});
        if (problems.isEmpty())
            rows << row;
    }
    checkDuplicateNumbers(rows, errors);
    return rows;
}

QList<PetitionImportRow> parseJson(const QByteArray &data, QList<PetitionImportError> *errors)
{
    QList<PetitionImportRow> rows;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(data.left(pe.offset).count('\n')) + 1;
        errors->append({line, QStringLiteral("bad JSON: %1").arg(pe.errorString())});
        return rows;
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("petitions")).isArray())
        items = doc.object().value(QStringLiteral("petitions")).toArray();
    else {
        errors->append({1, QStringLiteral("expected an array of petitions")});
        return rows;
    }
    for (int i = 0; i < items.size(); ++i) {
        const int item = i + 1;
        if (!items.at(i).isObject()) {
            errors->append({item, QStringLiteral("item %1 is not an object").arg(item)});
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        QHash<QString, QString> v;
        bool typesOk = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                v.insert(it.key(), it.value().toString());
            else if (it.value().isDouble())
                v.insert(it.key(), QString::number(it.value().toDouble(), 'f', 0));
            else if (it.value().isObject() && it.key() == QLatin1String("author")) {
                const QJsonObject a = it.value().toObject();
                v.insert(QStringLiteral("author_name"), a.value(QStringLiteral("name")).toString());
                v.insert(QStringLiteral("author_email"),
                         a.value(QStringLiteral("email")).toString());
                v.insert(QStringLiteral("author_phone"),
                         a.value(QStringLiteral("phone")).toString());
            } else if (!it.value().isNull()) {
                errors->append({item, QStringLiteral("\"%1\" has a wrong type").arg(it.key())});
                typesOk = false;
            }
        }
        if (!typesOk)
            continue;
        PetitionImportRow row;
        row.line = item;
        const QStringList problems = fillRow(v, &row);
        for (const QString &p : problems)
            errors->append({item, p});
        if (problems.isEmpty())
            rows << row;
    }
    checkDuplicateNumbers(rows, errors);
    return rows;
}

} // namespace PetitionImport
