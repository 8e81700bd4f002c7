#include "rawpq.h"

#include <QDate>
#include <QDateTime>
#include <libpq-fe.h>
#include <string>
#include <vector>

RawPq::RawPq(const QString &conninfo)
    : m_conn(PQconnectdb(conninfo.toUtf8().constData()))
{}

RawPq::~RawPq()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool RawPq::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString RawPq::error() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                  : QStringLiteral("no connection");
}

int RawPq::exec(const QString &sql, const QVariantList &binds)
{
    // Placeholders: our queries never hold '?' inside literals.
    QString converted;
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?'))
            converted += QLatin1Char('$') + QString::number(++n);
        else
            converted += c;
    }
    std::vector<std::string> values;
    values.reserve(binds.size());
    std::vector<const char *> pointers;
    for (const QVariant &v : binds) {
        if (v.isNull()) {
            values.emplace_back();
            pointers.push_back(nullptr);
            continue;
        }
        QString text;
        switch (v.metaType().id()) {
        case QMetaType::QDate:
            text = v.toDate().toString(Qt::ISODate);
            break;
        case QMetaType::QDateTime:
            text = v.toDateTime().toString(Qt::ISODateWithMs);
            break;
        case QMetaType::Bool:
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        default:
            text = v.toString();
        }
        values.push_back(text.toStdString());
        pointers.push_back(values.back().c_str());
    }
    // values may reallocate while filling: take the pointers again.
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (pointers[i])
            pointers[i] = values[i].c_str();
    }
    PGresult *r = PQexecParams(m_conn, converted.toUtf8().constData(), int(pointers.size()),
                               nullptr, pointers.data(), nullptr, nullptr, 0);
    int rows = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK) {
        rows = PQntuples(r);
        // Read every value, as the client does.
        const int cols = PQnfields(r);
        std::size_t bytes = 0;
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < cols; ++j)
                bytes += std::string(PQgetvalue(r, i, j)).size();
        }
        (void)bytes;
    }
    PQclear(r);
    return rows;
}
