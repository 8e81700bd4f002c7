#include "kbbench.h"

#include "benchstats.h"
#include "knowledgebaserepository.h"
#include "outageaddress.h"
#include "outagerepository.h"
#include "ukrainiantext.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace {

using BenchStats::entry;
using BenchStats::percentile;
using BenchStats::round2;

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

const QStringList &vocabulary()
{
    static const QStringList words =
        QStringLiteral(
            "вода водопостачання відключення аварія графік гаряча опалення тепло батареї радіатори "
            "сміття вивезення контейнери майданчик меблі відходи освітлення ліхтар опора двір "
            "під'їзд лампочка управитель будинок квартира довідка реєстрація паспорт картка ЦНАП "
            "послуга субсидія пенсія пільги допомога переселенці дорога яма асфальт тротуар сніг "
            "ожеледь собаки тварини дерево гілки каналізація засмічення тарифи оплата рахунок ліфт "
            "садок школа клас транспорт маршрут автобус шум тиша сусіди газ електроенергія світло "
            "заява документи строк прийом міський голова заступник управління підприємство "
            "комунальне служба диспетчерська телефон адреса вулиця місто мешканець звернення "
            "ремонт заміна труба мережа насос котельня лічильник показники перерахунок договір")
            .split(QLatin1Char(' '));
    return words;
}

// A pseudo-word from Ukrainian syllables: the bulk of a synthetic article, so that a real word
// of a query is as selective as in a real knowledge base (a topic's words in a few per cent of
// the articles), not in every article.
QString pseudoWord(QRandomGenerator &rng)
{
    static const QStringList onsets =
        QStringLiteral("б в г д ж з к л м н п р с т ф х ц ч ш бр вл гр др кр пр ст тр")
            .split(QLatin1Char(' '));
    static const QStringList vowels = QStringLiteral("а е и і о у я ю є").split(QLatin1Char(' '));
    static const QStringList endings =
        QStringLiteral("а и у ою ів ами ий ого ення ити ає").split(QLatin1Char(' '));
    // Skewed towards the first syllables: some pseudo-words are common, most are rare.
    QString w;
    const int syllables = 2 + int(rng.bounded(3));
    for (int i = 0; i < syllables; ++i) {
        const double u = rng.generateDouble();
        w += onsets.at(int(u * u * onsets.size())) +
             vowels.at(int(rng.bounded(quint32(vowels.size()))));
    }
    return w + endings.at(int(rng.bounded(quint32(endings.size()))));
}

// `real` words of the article's topic cluster among `total` words.
QString phrase(QRandomGenerator &rng, int cluster, int real, int total)
{
    const int clusterSize = int(vocabulary().size()) / 8;
    QStringList out;
    // A fixed pool of 30 000 pseudo-words (a real base of 10 000 articles holds some tens of
    // thousands of distinct stems), common ones picked more often.
    static const QStringList pool = [] {
        QRandomGenerator g(11);
        QStringList l;
        for (int i = 0; i < 30000; ++i)
            l << pseudoWord(g);
        return l;
    }();
    for (int i = 0; i < total; ++i) {
        const double u = rng.generateDouble();
        out << pool.at(int(u * u * pool.size()));
    }
    for (int i = 0; i < real && i < total; ++i)
        out[int(rng.bounded(quint32(total)))] =
            vocabulary().at(cluster * clusterSize + int(rng.bounded(quint32(clusterSize))));
    return out.join(QLatin1Char(' '));
}

bool seedArticles(QSqlDatabase &owner, int want, QTextStream &log)
{
    const qint64 have = count(
        owner, QStringLiteral("SELECT count(*) FROM kontakt.kb_article WHERE code LIKE 'bench-%'"));
    if (have >= want)
        return true;
    log << "bench: seeding " << (want - have) << " knowledge-base articles…" << Qt::endl;
    QRandomGenerator rng(42);
    const QStringList topics{QStringLiteral("003"), QStringLiteral("006"), QStringLiteral("009"),
                             QStringLiteral("010"), QStringLiteral("011"), QStringLiteral("015"),
                             QStringLiteral("021")};
    owner.transaction();
    QSqlQuery q(owner);
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.kb_article (code, title, body, topic_codes, tags, title_stems,"
        " keyword_stems, body_stems, last_reviewed, review_due)"
        " VALUES (?, ?, ?, ARRAY[?::text], string_to_array(?, ','), ?, ?, ?,"
        "         current_date - ?::int, current_date - ?::int + 365) ON CONFLICT (code) DO "
        "NOTHING"));
    for (qint64 i = have; i < want; ++i) {
        const int cluster = int(rng.bounded(8));
        const QString title = phrase(rng, cluster, 2, 4 + int(rng.bounded(4)));
        const QString tags = phrase(rng, cluster, 2, 3).replace(QLatin1Char(' '), QLatin1Char(','));
        QString body;
        for (int p = 0; p < 4; ++p)
            body += phrase(rng, cluster, 2, 20 + int(rng.bounded(20))) + QStringLiteral(".\n\n");
        const int age = int(rng.bounded(700));
        q.addBindValue(QStringLiteral("bench-%1").arg(i));
        q.addBindValue(title);
        q.addBindValue(body);
        q.addBindValue(topics.at(int(rng.bounded(quint32(topics.size())))));
        q.addBindValue(tags);
        q.addBindValue(UkrainianText::stemText(title));
        q.addBindValue(UkrainianText::stemText(tags));
        q.addBindValue(UkrainianText::stemText(body));
        q.addBindValue(age);
        q.addBindValue(age);
        if (!q.exec()) {
            log << "bench: " << q.lastError().text() << Qt::endl;
            owner.rollback();
            return false;
        }
    }
    owner.commit();
    QSqlQuery(owner).exec(QStringLiteral("ANALYZE kontakt.kb_article"));
    QSqlQuery(owner).exec(QStringLiteral("ANALYZE kontakt.kb_lexeme"));
    return true;
}

bool seedOutages(QSqlDatabase &owner, int want, const QStringList &streets, QTextStream &log)
{
    const qint64 have = count(
        owner, QStringLiteral("SELECT count(*) FROM kontakt.outage WHERE utility = 'Бенчмарк'"));
    if (have >= want)
        return true;
    log << "bench: seeding " << (want - have) << " outages…" << Qt::endl;
    QStringList keys;
    for (const QString &s : streets)
        keys << OutageAddress::streetKey(s);
    // Over a year around now, so that a lookup "now" meets a realistic share of them.
    QSqlQuery q(owner);
    q.prepare(QStringLiteral(
        "INSERT INTO kontakt.outage (utility, kind, street, street_key, houses, starts_at, ends_at,"
        "  description, source)"
        " SELECT 'Бенчмарк', (ARRAY['water','hot_water','heating','electricity','gas'])[1 + g % 5],"
        "        s.name, s.key,"
        "        CASE g % 4 WHEN 0 THEN '' WHEN 1 THEN (1 + g % 20) || '-' || (30 + g % 40) || ' "
        "непарні'"
        "                   WHEN 2 THEN (2 + g % 10) || ', ' || (12 + g % 10) || '-А, ' || (20 + g "
        "% 9) || '-' || (40 + g % 30)"
        "                   ELSE (g % 50 + 1)::text END,"
        "        now() - interval '180 days' + (g % 8760) * interval '1 hour',"
        "        now() - interval '180 days' + (g % 8760) * interval '1 hour' + (2 + g % 30) * "
        "interval '1 hour',"
        "        'Планові роботи (бенчмарк)', 'import'"
        "   FROM generate_series(?::bigint, ?::bigint) g,"
        "        LATERAL (SELECT n AS name, k AS key FROM unnest(string_to_array(?, chr(31)),"
        "                        string_to_array(?, chr(31))) WITH ORDINALITY AS t(n, k, o)"
        "                  WHERE o = 1 + g % ?) s"));
    q.addBindValue(have);
    q.addBindValue(qint64(want) - 1);
    q.addBindValue(streets.join(QChar(0x1f)));
    q.addBindValue(keys.join(QChar(0x1f)));
    q.addBindValue(int(streets.size()));
    if (!q.exec()) {
        log << "bench: " << q.lastError().text() << Qt::endl;
        return false;
    }
    QSqlQuery(owner).exec(QStringLiteral("ANALYZE kontakt.outage"));
    return true;
}

} // namespace

namespace KbBench {

QList<QJsonObject> run(QSqlDatabase &owner, QSqlDatabase &client,
                       const std::function<bool(const QString &)> &wanted, int warmup, int reps,
                       QTextStream &log, Sizes sizes)
{
    QList<QJsonObject> out;
    QStringList streets;
    QSqlQuery s(owner);
    s.exec(QStringLiteral("SELECT name FROM kontakt.street WHERE active ORDER BY id"));
    while (s.next())
        streets << s.value(0).toString();
    if (streets.isEmpty())
        streets << QStringLiteral("вулиця Київська");

    if (wanted(QStringLiteral("kb_search")) && seedArticles(owner, sizes.articles, log)) {
        // What operators type: word forms, typos, unfinished words.
        const QStringList queries =
            QStringLiteral(
                "немає води|коли дадуть воду|вадопостачання|гарячої води нема|коли включать "
                "опалення|"
                "холодні батареї|не вивезли сміття|вивіз смітя|старі меблі|ліхтар у "
                "дворі|освітленя "
                "двору|лампочка в підїзді|довідка про склад сімї|прописка|закордонний "
                "паспорт|графік "
                "цнап|субсидію оформити|субсидя|перерахунок пенсії|яма на дорозі|не прибрали сніг|"
                "ожиледь|безпритульні собаки|аварійне дерево|засмічення каналізації|тариф на тепло|"
                "застряг у ліфті|запис у садок|перший клас|світла немає|запах газу|сусіди шумлять|"
                "субси|опален|довід")
                .split(QLatin1Char('|'));
        KnowledgeBaseRepository repo(client);
        QList<double> ms;
        int found = 0;
        for (int i = 0; i < warmup + reps; ++i) {
            QElapsedTimer t;
            t.start();
            DbError e;
            const auto r = repo.search(queries.at(i % queries.size()), 8, QString(), &e);
            if (i >= warmup) {
                ms << t.nsecsElapsed() / 1e6;
                found += r.hits.isEmpty() ? 0 : 1;
            }
        }
        out << entry(QStringLiteral("kb_search"), ms, found);
        log << "bench: kb_search p95 " << round2(percentile(ms, 0.95)) << " ms" << Qt::endl;
    }
    if (wanted(QStringLiteral("outage_lookup")) &&
        seedOutages(owner, sizes.outages, streets, log)) {
        OutageRepository repo(client);
        QRandomGenerator rng(7);
        QList<double> ms;
        int found = 0;
        for (int i = 0; i < warmup + reps; ++i) {
            const QString address = QStringLiteral("%1, %2, кв. 5")
                                        .arg(streets.at(int(rng.bounded(quint32(streets.size())))))
                                        .arg(1 + rng.bounded(60));
            QElapsedTimer t;
            t.start();
            DbError e;
            const auto list = repo.forAddress(address, QDateTime::currentDateTime(), 24, &e);
            if (i >= warmup) {
                ms << t.nsecsElapsed() / 1e6;
                found += list.isEmpty() ? 0 : 1;
            }
        }
        out << entry(QStringLiteral("outage_lookup"), ms, found);
        log << "bench: outage_lookup p95 " << round2(percentile(ms, 0.95)) << " ms" << Qt::endl;
    }
    return out;
}

} // namespace KbBench
