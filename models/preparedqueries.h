#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Statements prepared once per connection and then only executed.
//
// QPSQL turns every QSqlQuery::prepare() into an SQL-level PREPARE (a round trip), exec() into
// EXECUTE (a round trip) and the query's destruction into DEALLOCATE (a third round trip). For
// statements a connection runs again and again (queue windows, searches, the registration) this
// keeps the prepared QSqlQuery alive per connection, keyed by its SQL text, so that each run is
// one EXECUTE with the values bound as before (escaped by the driver, never spliced into SQL).
//
// A connection belongs to one thread, and so does its cache; it lives as a child of the
// connection's driver and is dropped by DatabaseConnector::close(). A statement the server
// forgot (the connection was re-opened) is prepared again transparently.
class PreparedQueries
{
public:
    // How many statements one connection keeps (least recently used ones are deallocated).
    static constexpr int kCapacity = 48;

    // Binds `binds` in order and executes. Returns the query (owned by the cache, valid until
    // the next call with the same SQL on this connection or the connection's close), or nullptr
    // with `error` set. `forwardOnly` streams the rows (nothing else may run on the connection
    // until they are read); otherwise the whole result is read at once (fine for LIMITed SQL).
    static QSqlQuery *exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                           bool forwardOnly = false, QSqlError *error = nullptr);

    // Session settings for connections that reuse prepared statements: every execution is
    // planned for its own values (as an unnamed libpq statement is), so that a generic plan
    // never replaces a good one for a selective search. Called by DatabaseConnector::open().
    static void configureSession(const QSqlDatabase &db);

    // Drops (and deallocates) the statements of a connection; called before it closes.
    static void forget(const QSqlDatabase &db);

    // For tests: statements currently kept for this connection.
    static int cachedCount(const QSqlDatabase &db);
};
