#include "mailbench.h"

#include "benchstats.h"
#include "mailrepository.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString kMailbox = QStringLiteral("bench@kontakt.local");

IncomingMailRecord letter(int i)
{
    IncomingMailRecord r;
    r.mailbox = kMailbox;
    r.messageKey =
        QStringLiteral("bench-%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128));
    r.fromAddress = QStringLiteral("citizen%1@example.org").arg(i);
    r.fromName = QStringLiteral("Мешканець %1").arg(i);
    r.subject = QStringLiteral("Re: Ваше звернення № К-%1 отримано").arg(i);
    r.inReplyTo = QStringLiteral("kontakt.%1.20261201000000@rada.example.gov.ua").arg(i);
    for (int k = 0; k < 5; ++k)
        r.references << QStringLiteral("ref-%1-%2@example.org").arg(i).arg(k);
    r.text = QStringLiteral("Доброго дня! У під'їзді не горить світло вже тиждень. ").repeated(40);
    r.raw = r.text.toUtf8();
    r.files << IncomingMailFile{0, QStringLiteral("фото.jpg"), QStringLiteral("image/jpeg"), 100000,
                                QByteArray(100000, 'x')};
    return r;
}

bool seedWaiting(QSqlDatabase &owner, int want, QTextStream &log)
{
    QSqlQuery q(owner);
    q.prepare(QStringLiteral("SELECT count(*) FROM kontakt.mail_message WHERE mailbox = ?"));
    q.addBindValue(kMailbox);
    if (!q.exec() || !q.next())
        return false;
    const int have = q.value(0).toInt();
    if (have >= want)
        return true;
    log << "bench: seeding " << (want - have) << " waiting letters" << Qt::endl;
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.mail_message (mailbox, message_key, status, from_address, from_name, "
        "    subject, body_text, raw, raw_size, received_at) "
        "SELECT ?, 'seed-' || g || '@example.org', 'new', 'citizen' || g || '@example.org', "
        "       'Мешканець ' || g, 'Звернення ' || g, 'Текст листа ' || g, "
        "       convert_to('Subject: ' || g, 'UTF8'), 11, now() - g * interval '1 minute' "
        "  FROM generate_series(?::int, ?::int) g"));
    q.addBindValue(kMailbox);
    q.addBindValue(have);
    q.addBindValue(want - 1);
    if (!q.exec()) {
        log << "bench: " << q.lastError().text() << Qt::endl;
        return false;
    }
    QSqlQuery(owner).exec(QStringLiteral("ANALYZE kontakt.mail_message"));
    return true;
}
} // namespace

namespace MailBench {

QList<QJsonObject> run(QSqlDatabase &owner, QSqlDatabase &client,
                       const std::function<bool(const QString &)> &wanted, int warmup, int reps,
                       QTextStream &log, int waitingLetters)
{
    QList<QJsonObject> out;
    if (wanted(QStringLiteral("mail_store"))) {
        // as the mail service: the owner passes the same checks as kontakt_mail
        MailRepository repo(owner);
        QList<double> ms;
        int stored = 0;
        for (int i = 0; i < warmup + reps; ++i) {
            const IncomingMailRecord r = letter(i);
            QElapsedTimer t;
            t.start();
            DbError e;
            const auto s = repo.store(r, &e);
            if (i >= warmup) {
                ms << t.nsecsElapsed() / 1e6;
                stored += s && s->created ? 1 : 0;
            }
        }
        out << BenchStats::entry(QStringLiteral("mail_store"), ms, stored);
        log << "bench: mail_store p95 " << BenchStats::round2(BenchStats::percentile(ms, 0.95))
            << " ms" << Qt::endl;
    }
    if (wanted(QStringLiteral("mail_queue")) && seedWaiting(owner, waitingLetters, log)) {
        MailRepository repo(client);
        QList<double> ms;
        int found = 0;
        for (int i = 0; i < warmup + reps; ++i) {
            QElapsedTimer t;
            t.start();
            DbError e;
            const auto rows = repo.list(IncomingMailFilter(), &e);
            if (i >= warmup) {
                ms << t.nsecsElapsed() / 1e6;
                found += rows.isEmpty() ? 0 : 1;
            }
        }
        out << BenchStats::entry(QStringLiteral("mail_queue"), ms, found);
        log << "bench: mail_queue p95 " << BenchStats::round2(BenchStats::percentile(ms, 0.95))
            << " ms" << Qt::endl;
    }
    return out;
}

} // namespace MailBench
