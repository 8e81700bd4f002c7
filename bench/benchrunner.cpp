#include "benchrunner.h"

#include "appealrepository.h"
#include "casequeuemodel.h"
#include "demodatagenerator.h"
#include "kbbench.h"
#include "mailbench.h"
#include "preparedqueries.h"
#include "rawpq.h"
#include "reportservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace {
struct Stats {
    QList<double> ms;
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> v = ms;
        std::sort(v.begin(), v.end());
        const int i = qBound(0, int(std::ceil(p * v.size())) - 1, int(v.size()) - 1);
        return v.at(i);
    }
};

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonObject entry(const QString &name, const Stats &client, const Stats *raw)
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("p50_ms"), round2(client.percentile(0.5))},
                  {QStringLiteral("p95_ms"), round2(client.percentile(0.95))},
                  {QStringLiteral("repetitions"), int(client.ms.size())}};
    if (raw) {
        const double rawP95 = raw->percentile(0.95);
        o.insert(QStringLiteral("raw_p50_ms"), round2(raw->percentile(0.5)));
        o.insert(QStringLiteral("raw_p95_ms"), round2(rawP95));
        o.insert(QStringLiteral("ratio"),
                 rawP95 > 0 ? round2(client.percentile(0.95) / rawP95) : 0.0);
    }
    return o;
}

template <typename F> Stats measure(int warmup, int reps, F &&f)
{
    Stats s;
    for (int i = 0; i < warmup; ++i)
        f(i);
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        f(warmup + i);
        s.ms << t.nsecsElapsed() / 1e6;
    }
    return s;
}

// The SQL as the queue model runs it: a statement prepared once per connection, one EXECUTE
// per run, every value read.
int clientRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery *q = PreparedQueries::exec(db, sql, binds);
    if (!q)
        return -1;
    int n = 0;
    const int cols = q->record().count();
    while (q->next()) {
        for (int c = 0; c < cols; ++c)
            q->value(c);
        ++n;
    }
    q->finish();
    return n;
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4 : 0;
}

QString rawConnInfo(const ConnectParams &p)
{
    ConnInfo::Map map = p.conninfo;
    if (!p.user.isEmpty())
        map.insert(QStringLiteral("user"), p.user);
    if (!p.password.isEmpty())
        map.insert(QStringLiteral("password"), p.password);
    map.insert(QStringLiteral("application_name"), QStringLiteral("kontakt-bench-raw"));
    return ConnInfo::toString(map);
}
} // namespace

BenchRunner::BenchRunner(ConnectParams params, Options options)
    : m_params(std::move(params))
    , m_options(options)
{}

QJsonObject BenchRunner::run(QTextStream &log, QString *error)
{
    QJsonObject report;
    const QString ownerName = QStringLiteral("bench-owner");
    DbError dbError;
    QSqlDatabase owner = DatabaseConnector::open(ownerName, m_params, &dbError);
    if (dbError.isError()) {
        *error = dbError.detail;
        return report;
    }
    QSqlQuery q(owner);
    q.exec(QStringLiteral("SELECT count(*) FROM kontakt.appeal"));
    qint64 have = q.next() ? q.value(0).toLongLong() : 0;
    if (have < m_options.cases) {
        log << "bench: seeding " << (m_options.cases - have) << " demo cases…" << Qt::endl;
        DemoDataGenerator::Options o;
        o.cases = int(m_options.cases - have);
        o.seed = m_options.seed;
        o.append = have > 0;
        const auto r = DemoDataGenerator(owner).generate(o, [&log](qint64 done, qint64 total) {
            log << "bench: " << done << "/" << total << Qt::endl;
        });
        if (!r.ok()) {
            *error = r.message.isEmpty() ? r.dbError.detail : r.message;
            return report;
        }
        have += r.appeals;
    }
    report.insert(QStringLiteral("cases"), have);

    // Samples for the searches, taken from the data itself.
    QStringList phones, surnames, indexes, addresses;
    q.exec(QStringLiteral(
        "SELECT author_phone, author_surname, reg_index, coalesce(problem_address, author_address) "
        "FROM kontakt.appeal TABLESAMPLE SYSTEM (1) WHERE author_phone IS NOT NULL "
        "AND author_surname IS NOT NULL LIMIT 200"));
    while (q.next()) {
        phones << q.value(0).toString().right(7);
        surnames << q.value(1).toString().left(5);
        indexes << q.value(2).toString();
        addresses << q.value(3).toString().left(14);
    }
    q.exec(QStringLiteral("SELECT min(id), max(id) FROM kontakt.appeal"));
    q.next();
    const qint64 minId = q.value(0).toLongLong();
    const qint64 maxId = q.value(1).toLongLong();
    if (phones.isEmpty()) {
        phones << QStringLiteral("1234567");
        surnames << QStringLiteral("Кова");
        indexes << QStringLiteral("К-1");
        addresses << QStringLiteral("Київська");
    }

    // The client as a desk runs it: the operator's rights, row-level security in the path.
    const QString roleSql = QStringLiteral("SET ROLE ") +
                            owner.driver()->escapeIdentifier(m_options.role, QSqlDriver::TableName);
    QSqlDatabase client =
        DatabaseConnector::open(QStringLiteral("bench-client"), m_params, &dbError);
    QSqlQuery setRole(client);
    if (dbError.isError() || !setRole.exec(roleSql)) {
        *error =
            QStringLiteral("cannot act as %1: %2").arg(m_options.role, setRole.lastError().text());
        return report;
    }
    RawPq raw(rawConnInfo(m_params));
    if (!raw.isOpen() || raw.exec(roleSql) < 0) {
        *error = QStringLiteral("raw libpq connection: %1").arg(raw.error());
        return report;
    }

    QJsonArray scenarios;
    // --only register: "register" and "register_concurrent"; --only register_concurrent: that.
    auto wanted = [this](const QString &name) {
        if (m_options.only.isEmpty())
            return true;
        for (const QString &o : m_options.only) {
            if (name.startsWith(o))
                return true;
        }
        return false;
    };
    const int reps = m_options.repetitions;
    const int warm = m_options.warmup;
    QRandomGenerator rng(quint32(m_options.seed));
    auto add = [&](const QString &name, const Stats &c, const Stats *r) {
        scenarios.append(entry(name, c, r));
        log << "bench: " << name << " p95 " << round2(c.percentile(0.95)) << " ms"
            << (r ? QStringLiteral(" (raw %1 ms)").arg(round2(r->percentile(0.95))) : QString())
            << Qt::endl;
    };

    // --- queue_first_page: the real model, from setQuery to the first rows in the GUI thread
    CaseQueueQuery all;
    if (wanted(QStringLiteral("queue_first_page"))) {
        // From opening a tab (a new model with its own connection) to its first rows in the GUI
        // thread; closing the tab (which waits for the background anchor scan) is not timed.
        Stats viaModel;
        for (int i = 0; i < warm + reps; ++i) {
            QElapsedTimer t;
            t.start();
            auto model = std::make_unique<CaseQueueModel>(m_params);
            QEventLoop loop;
            double ms = 0;
            QObject::connect(model.get(), &CaseQueueModel::firstRowsLoaded, &loop, [&]() {
                ms = t.nsecsElapsed() / 1e6;
                loop.quit();
            });
            QObject::connect(model.get(), &CaseQueueModel::loadFailed, &loop, &QEventLoop::quit);
            model->setQuery(all);
            loop.exec();
            if (i >= warm)
                viaModel.ms << ms;
        }
        QVariantList binds;
        const QString sql =
            all.rowsSql(false, false, CaseQueueModel::kBlockRows, &binds, {}, 0, {}, 0);
        Stats rawFirst = measure(warm, reps, [&](int) { raw.exec(sql, binds); });
        // The model's figure includes opening its own connection; the SQL alone too:
        Stats clientFirst = measure(warm, reps, [&](int) { clientRows(client, sql, binds); });
        add(QStringLiteral("queue_first_page"), clientFirst, &rawFirst);
        add(QStringLiteral("queue_open_model"), viaModel, nullptr);
    }

    // --- queue_scroll: windows at random depths between anchors of the sparse index
    if (wanted(QStringLiteral("queue_scroll"))) {
        QVariantList binds;
        const QString anchorsSql = all.anchorsSql(CaseQueueModel::kBlockRows, &binds);
        QList<QPair<QString, qint64>> anchors;
        QElapsedTimer t;
        t.start();
        QSqlQuery a(client);
        a.setForwardOnly(true);
        a.prepare(anchorsSql);
        a.exec();
        while (a.next())
            anchors.append({a.value(0).toString(), a.value(1).toLongLong()});
        Stats anchorStats;
        anchorStats.ms << t.nsecsElapsed() / 1e6;
        add(QStringLiteral("queue_anchors"), anchorStats, nullptr);
        QList<int> blocks;
        for (int i = 0; i < warm + reps; ++i)
            blocks << int(rng.bounded(qMax(1, int(anchors.size()) - 1)));
        auto windowSql = [&](int b, QVariantList *bs) {
            const bool hasTo = b + 1 < anchors.size();
            return all.rowsSql(b > 0, hasTo, CaseQueueModel::kBlockRows * 4, bs,
                               anchors.value(b).first, anchors.value(b).second,
                               hasTo ? anchors.value(b + 1).first : QString(),
                               hasTo ? anchors.value(b + 1).second : 0);
        };
        Stats c = measure(warm, reps, [&](int i) {
            QVariantList bs;
            clientRows(client, windowSql(blocks.at(i), &bs), bs);
        });
        Stats r = measure(warm, reps, [&](int i) {
            QVariantList bs;
            raw.exec(windowSql(blocks.at(i), &bs), bs);
        });
        add(QStringLiteral("queue_scroll"), c, &r);
    }

    // --- searches: the first page of the All tab filtered by what an operator types
    const QList<QPair<QString, QStringList>> searches{
        {QStringLiteral("search_phone"), phones},
        {QStringLiteral("search_name"), surnames},
        {QStringLiteral("search_regno"), indexes},
        {QStringLiteral("search_address"), addresses},
        {QStringLiteral("search_text"),
         {QStringLiteral("опалення"), QStringLiteral("сміття"), QStringLiteral("гарячої води"),
          QStringLiteral("яма"), QStringLiteral("ліфт")}}};
    for (const auto &[name, samples] : searches) {
        if (!wanted(name))
            continue;
        auto sqlFor = [&](int i, QVariantList *bs) {
            CaseQueueQuery s;
            s.search = samples.at(i % samples.size());
            return s.rowsSql(false, false, CaseQueueModel::kBlockRows, bs, {}, 0, {}, 0);
        };
        Stats c = measure(warm, reps, [&](int i) {
            QVariantList bs;
            clientRows(client, sqlFor(i, &bs), bs);
        });
        Stats r = measure(warm, reps, [&](int i) {
            QVariantList bs;
            raw.exec(sqlFor(i, &bs), bs);
        });
        add(name, c, &r);
    }

    // --- case_open: one appeal with its links, as the card reads it
    if (wanted(QStringLiteral("case_open"))) {
        QList<qint64> ids;
        for (int i = 0; i < warm + reps; ++i)
            ids << minId + qint64(rng.bounded(quint64(qMax<qint64>(1, maxId - minId + 1))));
        AppealRepository repo(client);
        Stats c = measure(warm, reps, [&](int i) {
            DbError e;
            repo.findById(ids.at(i), &e);
        });
        Stats r = measure(warm, reps, [&](int i) {
            raw.exec(QStringLiteral("SELECT * FROM kontakt.appeal WHERE id = ?"), {ids.at(i)});
            raw.exec(
                QStringLiteral(
                    "SELECT l.kind, l.linked_appeal_id, e.reg_index FROM kontakt.appeal_link l "
                    "JOIN kontakt.appeal e ON e.id = l.linked_appeal_id WHERE l.appeal_id = ?"),
                {ids.at(i)});
        });
        add(QStringLiteral("case_open"), c, &r);
    }

    // --- reports, read and laid out as the desk and kontaktctl do (ReportService: every query
    // and the document; rendering to PDF is not timed). Targets at 1 M (the reports issue):
    // the daily report <= 1 s, discipline for a quarter <= 3 s, quarterly statistics <= 5 s.
    // The days are the latest ones of the data, the quarter the last full one before them.
    if (wanted(QStringLiteral("report_daily")) || wanted(QStringLiteral("report_discipline")) ||
        wanted(QStringLiteral("report_quarterly")) || wanted(QStringLiteral("report_analytics"))) {
        QSqlQuery last(client);
        last.exec(QStringLiteral("SELECT (max(received_at) AT TIME ZONE 'Europe/Kyiv')::date "
                                 "FROM kontakt.appeal"));
        const QDate lastDay = last.next() ? last.value(0).toDate() : QDate::currentDate();
        const QDate quarterStart(lastDay.year(), (lastDay.month() - 1) / 3 * 3 + 1, 1);
        const QDate prevQuarter = quarterStart.addMonths(-3);
        const int reportReps = qMax(3, reps / 4);
        ReportService service(client);
        const auto runReport = [&](const QString &name, auto request) {
            if (!wanted(name))
                return;
            int errors = 0;
            Stats c = measure(1, reportReps, [&](int i) {
                ReportService::Result result;
                DbError e;
                if (!service.build(request(i), ReportService::kyivNow(), &result, &e))
                    ++errors;
            });
            QJsonObject e = entry(name, c, nullptr);
            e.insert(QStringLiteral("errors"), errors);
            scenarios.append(e);
            log << "bench: " << name << " p95 " << round2(c.percentile(0.95)) << " ms, errors "
                << errors << Qt::endl;
        };
        runReport(QStringLiteral("report_daily"), [&](int i) {
            const QDate day = lastDay.addDays(-1 - i % 20);
            return ReportRequest::daily(day, day);
        });
        runReport(QStringLiteral("report_discipline"), [&](int) {
            return ReportRequest::discipline(prevQuarter, quarterStart.addDays(-1));
        });
        runReport(QStringLiteral("report_quarterly"), [&](int) {
            return ReportRequest::quarterly(prevQuarter.year(), (prevQuarter.month() - 1) / 3 + 1);
        });
        runReport(QStringLiteral("report_analytics"), [&](int) {
            return ReportRequest::analytics(prevQuarter, quarterStart.addDays(-1));
        });
    }

    // --- register: the intake's whole transaction (audit and NOTIFY included)
    auto newInput = [](int i, const QString &surname = QStringLiteral("Бенчмарк")) {
        AppealInput in;
        in.receivedAt = QDateTime::currentDateTime().addSecs(-30);
        in.author.surname = surname;
        in.author.firstName = QStringLiteral("Тест");
        in.author.phone =
            QStringLiteral("067%1").arg(1000000 + (i % 8999999), 7, 10, QLatin1Char('0'));
        in.author.address = QStringLiteral("вул. Київська, %1").arg(1 + i % 200);
        in.topicCode = QStringLiteral("009");
        in.summary = QStringLiteral("Перевірка швидкодії реєстрації");
        in.idempotencyKey = QUuid::createUuid();
        return in;
    };
    if (wanted(QStringLiteral("register"))) {
        AppealRepository repo(client);
        int errors = 0;
        Stats c = measure(warm, reps, [&](int i) {
            if (!repo.registerAppeal(newInput(i), QDateTime::currentDateTime()).ok())
                ++errors;
        });
        QJsonObject e = entry(QStringLiteral("register"), c, nullptr);
        e.insert(QStringLiteral("errors"), errors);
        scenarios.append(e);
        log << "bench: register p95 " << round2(c.percentile(0.95)) << " ms, errors " << errors
            << Qt::endl;
    }
    // 20 desks registering at once, each on its own connection, back to back. The worst case
    // ("register_concurrent"): every desk's caller has a surname with the same letter, so all
    // of them need the same (year, letter) counter row. "register_concurrent_mixed": 20
    // different callers whose surnames start with letters about as often as in Ukraine (a few
    // desks still share a letter).
    const QStringList sameLetter(20, QStringLiteral("Бенчмарк"));
    const QStringList mixed{
        QStringLiteral("Коваленко"),  QStringLiteral("Шевченко"),  QStringLiteral("Бондаренко"),
        QStringLiteral("Ткаченко"),   QStringLiteral("Кравченко"), QStringLiteral("Олійник"),
        QStringLiteral("Мельник"),    QStringLiteral("Поліщук"),   QStringLiteral("Савченко"),
        QStringLiteral("Руденко"),    QStringLiteral("Лисенко"),   QStringLiteral("Марченко"),
        QStringLiteral("Гончаренко"), QStringLiteral("Литвин"),    QStringLiteral("Іваненко"),
        QStringLiteral("Захарченко"), QStringLiteral("Дмитренко"), QStringLiteral("Павленко"),
        QStringLiteral("Юрченко"),    QStringLiteral("Вакуленко")};
    // "register_50_desks": the load DESIGN.md §5 names, 50 desks registering at once, each
    // with a pause of 0–2 s between its calls (about 50 registrations a second in all, far
    // above any contact centre's real rate): the latency a person sees while the others work.
    struct DeskLoad {
        QString scenario;
        int desks;
        QStringList surnames;
        int maxPauseMs;
    };
    const QList<DeskLoad> loads{{QStringLiteral("register_concurrent"), 20, sameLetter, 0},
                                {QStringLiteral("register_concurrent_mixed"), 20, mixed, 0},
                                {QStringLiteral("register_50_desks"), 50, mixed, 2000}};
    for (const DeskLoad &load : loads) {
        if (!wanted(load.scenario))
            continue;
        const int desks = load.desks;
        const int maxPauseMs = load.maxPauseMs;
        const ConnectParams params = m_params;
        const QString role = roleSql;
        const QStringList surnames = load.surnames;
        // Desks that have been working: each registers once untimed on its connection (the
        // session's first INSERT into appeal costs ~100 ms of catalog and PL/pgSQL warm-up in
        // the server), then all start their timed registrations together.
        QSemaphore ready;
        QSemaphore go;
        auto desk = [params, role, reps, newInput, surnames, maxPauseMs, &ready, &go](int n) {
            QList<double> times;
            int errors = 0;
            const QString name = QStringLiteral("bench-desk-%1").arg(n);
            const QString surname = surnames.at(n % surnames.size());
            {
                DbError e;
                QSqlDatabase db = DatabaseConnector::open(name, params, &e);
                QSqlQuery(db).exec(role);
                AppealRepository repo(db);
                if (!repo.registerAppeal(newInput(n * 1000 + 999, surname),
                                         QDateTime::currentDateTime())
                         .ok())
                    ++errors;
                ready.release();
                go.acquire();
                QRandomGenerator pause(quint32(n + 1));
                for (int i = 0; i < qMax(3, reps / 4); ++i) {
                    if (maxPauseMs > 0)
                        QThread::msleep(pause.bounded(maxPauseMs + 1));
                    QElapsedTimer t;
                    t.start();
                    if (!repo.registerAppeal(newInput(n * 1000 + i, surname),
                                             QDateTime::currentDateTime())
                             .ok())
                        ++errors;
                    times << t.nsecsElapsed() / 1e6;
                }
            }
            DatabaseConnector::close(name);
            return qMakePair(times, errors);
        };
        QThreadPool pool;
        pool.setMaxThreadCount(desks);
        QList<QFuture<QPair<QList<double>, int>>> futures;
        for (int n = 0; n < desks; ++n)
            futures << QtConcurrent::run(&pool, desk, n);
        ready.acquire(desks);
        go.release(desks);
        Stats all;
        int errors = 0;
        for (auto &f : futures) {
            const auto r = f.result();
            all.ms << r.first;
            errors += r.second;
        }
        QJsonObject e = entry(load.scenario, all, nullptr);
        e.insert(QStringLiteral("desks"), desks);
        e.insert(QStringLiteral("warm_desks"), true);
        e.insert(QStringLiteral("max_pause_ms"), maxPauseMs);
        e.insert(QStringLiteral("errors"), errors);
        scenarios.append(e);
        log << "bench: " << load.scenario << " p95 " << round2(all.percentile(0.95))
            << " ms, errors " << errors << Qt::endl;
    }

    // --- gui_scroll: the real model and view, offscreen, from the top to the bottom
    if (wanted(QStringLiteral("gui_scroll"))) {
        CaseQueueModel model(m_params);
        QTableView view;
        view.resize(1200, 800);
        view.setModel(&model);
        view.show();
        QEventLoop loop;
        QObject::connect(&model, &CaseQueueModel::countChanged, &loop, [&](int, bool exact) {
            if (exact)
                loop.quit();
        });
        model.setQuery(all);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 rssBefore = rssKb();
        // The stall meter: a 2 ms timer in the GUI thread; a late tick is time the GUI waited.
        QElapsedTimer sinceTick;
        sinceTick.start();
        double maxStall = 0;
        QTimer meter;
        meter.setInterval(2);
        QObject::connect(&meter, &QTimer::timeout, [&]() {
            maxStall = qMax(maxStall, sinceTick.nsecsElapsed() / 1e6 - 2.0);
            sinceTick.restart();
        });
        meter.start();
        QScrollBar *bar = view.verticalScrollBar();
        const int steps = 400;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i <= steps; ++i) {
            bar->setValue(int(qint64(bar->maximum()) * i / steps));
            // Wait (without blocking the GUI) until the visible rows are loaded.
            QElapsedTimer wait;
            wait.start();
            const QModelIndex top = view.indexAt(QPoint(1, 1));
            while (wait.elapsed() < 5000) {
                QApplication::processEvents(QEventLoop::AllEvents, 5);
                if (!top.isValid() || model.data(top, CaseQueueModel::LoadedRole).toBool())
                    break;
            }
        }
        meter.stop();
        const qint64 rssAfter = rssKb();
        QJsonObject e{{QStringLiteral("name"), QStringLiteral("gui_scroll")},
                      {QStringLiteral("max_gui_stall_ms"), round2(maxStall)},
                      {QStringLiteral("rss_growth_mb"), round2((rssAfter - rssBefore) / 1024.0)},
                      {QStringLiteral("positions"), steps + 1},
                      {QStringLiteral("rows"), model.rowCount()},
                      {QStringLiteral("total_ms"), round2(total.elapsed())}};
        scenarios.append(e);
        log << "bench: gui_scroll max stall " << round2(maxStall) << " ms, RSS +"
            << round2((rssAfter - rssBefore) / 1024.0) << " MB" << Qt::endl;
    }

    // --- kb_search, outage_lookup (issue 8: consultations): bench/kbbench.cpp. The target sizes
    // (10 000 articles, 100 000 outages) from 10 000 cases up; small test runs seed less.
    if (wanted(QStringLiteral("kb_search")) || wanted(QStringLiteral("outage_lookup"))) {
        const KbBench::Sizes sizes{int(qMin<qint64>(10000, m_options.cases)),
                                   int(qMin<qint64>(100000, qint64(m_options.cases) * 10))};
        for (const QJsonObject &e : KbBench::run(owner, client, wanted, warm, reps, log, sizes))
            scenarios.append(e);
    }

    // --- mail_store, mail_queue (issue 9: e-mail): bench/mailbench.cpp.
    if (wanted(QStringLiteral("mail_store")) || wanted(QStringLiteral("mail_queue"))) {
        for (const QJsonObject &e : MailBench::run(owner, client, wanted, warm, reps, log,
                                                   int(qMin<qint64>(10000, m_options.cases))))
            scenarios.append(e);
    }

    report.insert(QStringLiteral("scenarios"), scenarios);
    return report;
}
