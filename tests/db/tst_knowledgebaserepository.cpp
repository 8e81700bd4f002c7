#include "appealrepository.h"
#include "kbarticlefile.h"
#include "knowledgebaserepository.h"
#include "outagerepository.h"
#include "workflowfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

// The knowledge base against real PostgreSQL: the sample articles of resources/kb imported as
// the head, searched the way an operator types (word forms, typos, an unfinished word), the
// history written by the trigger, usage and missed searches, who may do what; outages by
// street and house, and a CSV import that refuses bad rows with their line numbers.
class TestKnowledgeBaseRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchQuality_data();
    void searchQuality();
    void unfinishedWordIsAPrefix();
    void highlightsMatchedWords();
    void nothingFoundForNonsense();
    void topicRanksFirst();
    void historyAndConflict();
    void operatorCannotEdit();
    void usageAndMisses();
    void directoryFromArticles();
    void outagesForAddress_data();
    void outagesForAddress();
    void outageImportRefusesBadRows();
    void outageImportAcceptsGoodFile();
    void massIncidentReplyReachesCoApplicants();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<WorkflowFixture> m_fx;
    QHash<QString, qint64> m_ids;
};

static QString kbDir()
{
    return QString::fromLocal8Bit(qgetenv("KONTAKT_SOURCE_DIR")) + QStringLiteral("/resources/kb");
}

void TestKnowledgeBaseRepository::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    m_fx = std::make_unique<WorkflowFixture>(m_db.get());
    QString error;
    QVERIFY2(m_fx->setUp(&error), qPrintable(error));
    QList<KbArticleFile> files;
    const QDir dir(kbDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto a = KbArticleFile::parse(QString::fromUtf8(f.readAll()), &error);
        QVERIFY2(a, qPrintable(name + QStringLiteral(": ") + error));
        a->code = name.chopped(3);
        files << *a;
    }
    QVERIFY2(files.size() >= 30, "the sample knowledge base has at least 30 articles");
    KnowledgeBaseRepository head(m_fx->connectionAs(QStringLiteral("head")));
    KnowledgeBaseRepository::ImportReport report;
    DbError dbError;
    QVERIFY2(head.importFiles(files, &report, &dbError), qPrintable(dbError.detail));
    QCOMPARE(report.inserted, int(files.size()));
    // The fixture has no BTVE etc.: the articles are stored without them, with a warning.
    QVERIFY(!report.warnings.isEmpty());
    // A second import changes nothing.
    QVERIFY(head.importFiles(files, &report, &dbError));
    QCOMPARE(report.unchanged, int(files.size()));
    for (const auto &a : head.list(&dbError))
        m_ids.insert(a.code, a.id);
}

void TestKnowledgeBaseRepository::cleanupTestCase()
{
    m_fx.reset();
    m_db.reset();
}

void TestKnowledgeBaseRepository::searchQuality_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    const char *rows[][2] = {
        {"немає води", "vidkliuchennia-vody"},
        {"коли дадуть воду", "vidkliuchennia-vody"},
        {"вадопостачання відключили", "vidkliuchennia-vody"},
        {"немає гарячої води", "vidkliuchennia-hariachoi-vody"},
        {"гарячої води нема влітку ремонт", "vidkliuchennia-hariachoi-vody"},
        {"коли включать опалення", "opaliuvalnyi-sezon"},
        {"початок опалювального сезону", "opaliuvalnyi-sezon"},
        {"холодні батареї", "holodni-bataryei"},
        {"батареї в квартирі холодні", "holodni-bataryei"},
        {"не вивезли сміття", "vyviz-smittia"},
        {"вивіз смітя", "vyviz-smittia"},
        {"куди викинути старі меблі", "velykohabarytni-vidkhody"},
        {"хто відповідає за ліхтар у дворі", "osvitlennia-dvoru"},
        {"освітленя двору", "osvitlennia-dvoru"},
        {"лампочка в підїзді не світить", "osvitlennia-pidizdu"},
        {"довідка про склад сімї", "dovidka-sklad-simi"},
        {"довідку про зареєстрованих осіб", "dovidka-sklad-simi"},
        {"прописка", "reiestratsiia-mistsia-prozhyvannia"},
        {"зняти з реєстрації", "reiestratsiia-mistsia-prozhyvannia"},
        {"закордонний паспорт", "pasport-id-kartka"},
        {"оформити айді картку", "pasport-id-kartka"},
        {"графік роботи цнап", "tsnap-hrafik"},
        {"прозорий офіс адреса", "tsnap-hrafik"},
        {"субсидію оформити", "subsydiia"},
        {"субсидя", "subsydiia"},
        {"перерахунок пенсії", "pensii-perenapravlennia"},
        {"яма на дорозі", "yama-na-dorozi"},
        {"не прибрали сніг", "prybyrannia-snihu"},
        {"ожиледь на тротуарі", "prybyrannia-snihu"},
        {"безпритульні собаки", "vidlov-tvaryn"},
        {"впало аварійне дерево", "vyrubka-derev"},
        {"засмічення каналізації", "kanalizatsiia-zasmichennia"},
        {"тариф на тепло", "tarify-komunalni"},
        {"застряг у ліфті", "lift-ne-pratsiuie"},
        {"запис у дитячий садок", "zapys-do-dytsadka"},
        {"дитина в перший клас", "zapys-do-shkoly"},
        {"світла немає дтек", "elektroenerhiia-vidkliuchennia"},
        {"запах газу", "gaz-vidkliuchennia"},
        {"прийом у міського голови", "pryiom-mera"},
        {"сусіди шумлять уночі", "shum-vnochi"},
        {"зламана гойдалка", "dytiachyi-maidanchyk"},
        {"маршрутка не ходить", "hromadskyi-transport"},
        {"довідка впо переселенцям", "dopomoha-vpo"},
        {"пільги учасникам бойових дій", "pilhy-komunalni"},
        {"хто обслуговує будинок осбб", "kvartplata-upravytel"},
    };
    for (const auto &r : rows)
        QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
}

void TestKnowledgeBaseRepository::searchQuality()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QVERIFY2(m_ids.contains(code), qPrintable(code));
    KnowledgeBaseRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    // As typed (the last word may be unfinished) and as a finished phrase.
    for (const QString &text : {query, query + QLatin1Char(' ')}) {
        const auto r = repo.search(text, 3, QString(), &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QStringList got;
        for (const auto &h : r.hits)
            got << h.code + QStringLiteral(" (") + QString::number(h.score) + QLatin1Char(')');
        bool found = false;
        for (const auto &h : r.hits)
            found = found || h.code == code;
        QVERIFY2(found,
                 qPrintable(QStringLiteral("«%1» → %2").arg(text, got.join(QStringLiteral(", ")))));
    }
}

void TestKnowledgeBaseRepository::unfinishedWordIsAPrefix()
{
    KnowledgeBaseRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    const auto r = repo.search(QStringLiteral("субси"), 3, QString(), &error);
    QVERIFY(!r.hits.isEmpty());
    QCOMPARE(r.hits.first().code, QStringLiteral("subsydiia"));
}

void TestKnowledgeBaseRepository::highlightsMatchedWords()
{
    KnowledgeBaseRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    const auto r = repo.search(QStringLiteral("довідку склад сім'ї "), 1, QString(), &error);
    QVERIFY(!r.hits.isEmpty());
    const auto &h = r.hits.first();
    QStringList words;
    for (const auto &range : h.titleRanges)
        words << h.title.mid(range.start, range.length);
    QCOMPARE(words, (QStringList{QStringLiteral("Довідка"), QStringLiteral("склад"),
                                 QStringLiteral("сім'ї")}));
    QVERIFY(!h.bodyRanges.isEmpty());
}

void TestKnowledgeBaseRepository::nothingFoundForNonsense()
{
    KnowledgeBaseRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    QVERIFY(
        repo.search(QStringLiteral("квантова хромодинаміка"), 5, QString(), &error).hits.isEmpty());
    QVERIFY(!error.isError());
    QVERIFY(repo.search(QStringLiteral("  , і та  "), 5, QString(), &error).hits.isEmpty());
}

void TestKnowledgeBaseRepository::topicRanksFirst()
{
    KnowledgeBaseRepository repo(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    // "довідка" is in several articles; the education topic lifts the school's one above the
    // others that hold the word as often (not above an article with the word in its title).
    const auto plain = repo.search(QStringLiteral("довідка "), 10, QString(), &error);
    const auto topical = repo.search(QStringLiteral("довідка "), 10, QStringLiteral("015"), &error);
    auto firstOf015 = [](const KnowledgeBaseRepository::SearchResult &r) {
        for (int i = 0; i < r.hits.size(); ++i) {
            if (r.hits.at(i).topicCodes.contains(QStringLiteral("015")))
                return i;
        }
        return 1000;
    };
    QVERIFY(plain.hits.size() >= 3);
    QVERIFY(firstOf015(plain) > 0);
    auto codes = [](const KnowledgeBaseRepository::SearchResult &r) {
        QStringList l;
        for (const auto &h : r.hits)
            l << h.code + QLatin1Char(':') + h.topicCodes.join(QLatin1Char('/')) +
                     QLatin1Char('=') + QString::number(h.score);
        return l.join(QStringLiteral(", "));
    };
    QVERIFY2(firstOf015(topical) < firstOf015(plain),
             qPrintable(codes(plain) + QStringLiteral(" | ") + codes(topical)));
    // The same set of articles, only the order changes.
    QCOMPARE(topical.hits.size(), plain.hits.size());
}

void TestKnowledgeBaseRepository::historyAndConflict()
{
    KnowledgeBaseRepository head(m_fx->connectionAs(QStringLiteral("head")));
    DbError error;
    auto a = head.find(m_ids.value(QStringLiteral("lift-ne-pratsiuie")), &error);
    QVERIFY(a);
    const int readVersion = a->version;
    auto stale = *a;
    a->body += QStringLiteral("\n\nЛіфти обслуговує спеціалізована організація за договором.");
    a->title = QStringLiteral("Не працює ліфт у будинку");
    bool conflict = false;
    QVERIFY2(head.save(&*a, &conflict, &error), qPrintable(error.detail));
    QCOMPARE(a->version, readVersion + 1);
    const auto versions = head.history(a->id, &error);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.first().title, QStringLiteral("Не працює ліфт у будинку"));
    QCOMPARE(versions.last().title, QStringLiteral("Не працює ліфт"));
    // The new words are searchable at once (the stems were rewritten).
    const auto r =
        KnowledgeBaseRepository(m_fx->connectionAs(QStringLiteral("operator")))
            .search(QStringLiteral("спеціалізована організація ліфти"), 1, QString(), &error);
    QVERIFY(!r.hits.isEmpty());
    QCOMPARE(r.hits.first().id, a->id);
    // Another editor who read the old version is refused.
    stale.body = QStringLiteral("Інший текст");
    QVERIFY(!head.save(&stale, &conflict, &error));
    QVERIFY(conflict);
    // Nobody writes the history directly, not even the head.
    QSqlQuery q(m_fx->connectionAs(QStringLiteral("head")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO kontakt.kb_article_version (article_id, version, "
                                   "title, body) VALUES (%1, 99, 'x', 'y')")
                        .arg(a->id)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE kontakt.kb_article_version SET body = 'x'")));
}

void TestKnowledgeBaseRepository::operatorCannotEdit()
{
    KnowledgeBaseRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    KnowledgeBaseRepository::Article a;
    a.title = QStringLiteral("Стаття оператора");
    a.body = QStringLiteral("Текст");
    bool conflict = false;
    QVERIFY(!op.save(&a, &conflict, &error));
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
    QVERIFY(!conflict);
    // The admin may (the head's deputy for directories).
    KnowledgeBaseRepository admin(m_fx->connectionAs(QStringLiteral("admin")));
    QVERIFY2(admin.save(&a, &conflict, &error), qPrintable(error.detail));
}

void TestKnowledgeBaseRepository::usageAndMisses()
{
    const qint64 appeal = m_fx->newAppeal(QStringLiteral("Питання про субсидію"));
    QVERIFY(appeal > 0);
    const qint64 article = m_ids.value(QStringLiteral("subsydiia"));
    KnowledgeBaseRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    QVERIFY2(op.recordUse(article, appeal, &error), qPrintable(error.detail));
    QVERIFY(op.recordUse(article, 0, &error));
    QCOMPARE(op.find(article, &error)->usageCount, 2);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.kb_article_use "
                                         "WHERE article_id = ? AND appeal_id = ?"),
                          {article, appeal})
                 .toInt(),
             1);
    QVERIFY(!op.recordUse(99999999, 0, &error));
    // An executor does not answer callers.
    KnowledgeBaseRepository exec(m_fx->connectionAs(QStringLiteral("exec_a")));
    QVERIFY(!exec.recordUse(article, 0, &error));
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
    // Misses: written by the desk, read by the head only.
    QVERIFY(op.logMiss(QStringLiteral("квантова хромодинаміка"), &error));
    QSqlQuery q(m_fx->connectionAs(QStringLiteral("operator")));
    QVERIFY(!q.exec(QStringLiteral("SELECT * FROM kontakt.kb_search_miss")));
    QSqlQuery h(m_fx->connectionAs(QStringLiteral("head")));
    QVERIFY(h.exec(QStringLiteral("SELECT searched_by FROM kontakt.kb_search_miss "
                                  "WHERE query = 'квантова хромодинаміка'")));
    QVERIFY(h.next());
    QCOMPARE(h.value(0).toString(), m_fx->login(QStringLiteral("operator")));
    QVERIFY(!h.exec(QStringLiteral("INSERT INTO kontakt.kb_search_miss (query) VALUES ('x')")));
}

void TestKnowledgeBaseRepository::directoryFromArticles()
{
    KnowledgeBaseRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    // By name (word similarity) ...
    m_fx->scalar(QStringLiteral("UPDATE kontakt.organisation SET phones = '04594-5-00-00', "
                                "working_hours = 'пн–пт 8:00–17:00' WHERE id = ? RETURNING id"),
                 {m_fx->orgA});
    const QString nameA =
        m_fx->scalar(QStringLiteral("SELECT name FROM kontakt.organisation WHERE id = ?"),
                     {m_fx->orgA})
            .toString();
    auto list = op.directory(nameA, {}, 5, &error);
    QVERIFY2(!list.isEmpty(), qPrintable(error.detail));
    QCOMPARE(list.first().id, m_fx->orgA);
    QCOMPARE(list.first().phones, QStringLiteral("04594-5-00-00"));
    // ... and the organisations of the articles found come first.
    list = op.directory(QStringLiteral("щось"), {m_fx->orgB, m_fx->orgA}, 5, &error);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, m_fx->orgB);
}

void TestKnowledgeBaseRepository::outagesForAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("expected"); // descriptions
    QTest::newRow("odd house in range") << "вул. Київська, 7, кв. 3" << QStringList{"odd", "whole"};
    QTest::newRow("even house: only the whole street") << "Київська 8" << QStringList{"whole"};
    QTest::newRow("letter building") << "Київська, 12-А" << QStringList{"12a", "whole"};
    QTest::newRow("plain 12 is not 12-А") << "Київська, 12" << QStringList{"whole"};
    QTest::newRow("typo in the street") << "Киівська 7" << QStringList{"odd", "whole"};
    QTest::newRow("inflected street") << "на Київській, 12а" << QStringList{"12a", "whole"};
    QTest::newRow("other street") << "Шевченка 7" << QStringList{};
    QTest::newRow("no house: every outage of the street")
        << "вулиця Київська" << QStringList{"odd", "12a", "whole"};
}

void TestKnowledgeBaseRepository::outagesForAddress()
{
    QFETCH(QString, address);
    QFETCH(QStringList, expected);
    static bool seeded = false;
    OutageRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    DbError error;
    const QDateTime now = QDateTime::currentDateTime();
    if (!seeded) {
        auto add = [&](const QString &houses, const QString &what, const QDateTime &from,
                       const QDateTime &to) {
            OutageRepository::Outage o;
            o.utility = QStringLiteral("КП «Броваритепловодоенергія»");
            o.kind = QStringLiteral("water");
            o.street = QStringLiteral("вулиця Київська");
            o.houses = houses;
            o.startsAt = from;
            o.endsAt = to;
            o.description = what;
            qint64 id = 0;
            QVERIFY2(op.add(o, &id, &error), qPrintable(error.detail));
        };
        add(QStringLiteral("1-15 непарні"), QStringLiteral("odd"), now.addSecs(-3600),
            now.addSecs(3600 * 5));
        add(QStringLiteral("12-А"), QStringLiteral("12a"), now.addSecs(-60), now.addSecs(3600));
        add(QString(), QStringLiteral("whole"), now.addSecs(3600), now.addSecs(7200)); // soon
        add(QStringLiteral("1-99"), QStringLiteral("over"), now.addDays(-2), now.addDays(-1));
        add(QStringLiteral("1-99"), QStringLiteral("far"), now.addDays(3), now.addDays(4));
        seeded = true;
    }
    const auto list = op.forAddress(address, now, 12, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QStringList got;
    for (const auto &o : list)
        got << o.description;
    QCOMPARE(got, expected);
}

void TestKnowledgeBaseRepository::outageImportRefusesBadRows()
{
    const QString csv = QStringLiteral(
        "organisation,kind,street,houses,starts,ends,description\n"
        "ORG_A,вода,вулиця Шевченка,1-9 непарні,2026-12-07 09:00,2026-12-07 18:00,Ремонт\n"
        "ORG_A,пар,вулиця Шевченка,2,2026-12-07 09:00,2026-12-07 18:00,Невідомий вид\n"
        "NOPE,вода,вулиця Шевченка,2,2026-12-07 09:00,2026-12-07 18:00,Невідома організація\n"
        "ORG_A,вода,вулиця Шевченка,15-1,2026-12-07 09:00,2026-12-07 18:00,Діапазон навпаки\n"
        "ORG_A,газ,вулиця Шевченка,3,2026-12-07 18:00,2026-12-07 09:00,Кінець раніше\n"
        "ORG_A,газ,вулиця Шевченка,3,завтра,2026-12-07 09:00,Час\n"
        "ORG_A,газ,\"вулиця Шевченка\n\",3\n"
        "ORG_A,газ,вулиця Шевченка,3,2026-12-07 09:00,2026-12-07 12:00,=HYPERLINK(\"x\")\n");
    OutageRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    const int before = m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outage")).toInt();
    int imported = 0;
    QList<OutageRepository::ImportError> errors;
    DbError error;
    QVERIFY(!op.importCsv(csv, &imported, &errors, &error));
    QList<int> lines;
    for (const auto &e : errors)
        lines << e.line;
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 10}));
    QVERIFY(errors.at(0).message.contains(QStringLiteral("пар")));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM kontakt.outage")).toInt(), before);
}

void TestKnowledgeBaseRepository::outageImportAcceptsGoodFile()
{
    const QString csv = QStringLiteral(
        "organisation;kind;street;houses;starts;ends;description\r\n"
        "ORG_A;гаряча вода;бульвар Незалежності;2, 4, 6-10;2026-12-07 09:00;2026-12-07 18:00;"
        "Гідравлічні випробування\r\n"
        "ДТЕК Київські регіональні електромережі;світло;вул. Шевченка;;2026-12-08 08:00;"
        "2026-12-08 16:00;Планові роботи\r\n");
    OutageRepository op(m_fx->connectionAs(QStringLiteral("operator")));
    int imported = 0;
    QList<OutageRepository::ImportError> errors;
    DbError error;
    QVERIFY2(op.importCsv(csv, &imported, &errors, &error),
             qPrintable(errors.isEmpty() ? error.detail : errors.first().message));
    QCOMPARE(imported, 2);
    const auto list = op.forAddress(
        QStringLiteral("бульв. Незалежності, 8"),
        QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone("Europe/Kyiv")), 0, &error);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, QStringLiteral("hot_water"));
    QCOMPARE(list.first().orgCode, QStringLiteral("ORG_A"));
    // The executor reads outages but may not enter them.
    OutageRepository exec(m_fx->connectionAs(QStringLiteral("exec_a")));
    QVERIFY(!exec.importCsv(csv, &imported, &errors, &error));
    QCOMPARE(error.kind, DbError::Kind::PermissionDenied);
}

void TestKnowledgeBaseRepository::massIncidentReplyReachesCoApplicants()
{
    // One water outage, three callers: the first case is routed, the others attached to it.
    QString parentIndex;
    const qint64 parent = m_fx->newAppeal(QStringLiteral("Немає води в будинку"), &parentIndex);
    QVERIFY(parent > 0);
    AppealRepository intake(m_fx->connectionAs(QStringLiteral("operator")));
    QList<qint64> children;
    for (const QString &surname : {QStringLiteral("Коваленко"), QStringLiteral("Бондар")}) {
        AppealInput in;
        in.receivedAt = QDateTime::currentDateTime().addSecs(-60);
        in.author.surname = surname;
        in.author.firstName = QStringLiteral("Олена");
        in.author.phone = QStringLiteral("0671112233");
        in.author.address = QStringLiteral("вул. Київська, 7");
        in.topicCode = QStringLiteral("009");
        in.summary = QStringLiteral("Немає води");
        in.coApplicantOf = parent;
        in.idempotencyKey = QUuid::createUuid();
        const auto r = intake.registerAppeal(in, QDateTime::currentDateTime());
        QVERIFY2(r.outcome == AppealRepository::RegisterResult::Outcome::Stored,
                 qPrintable(r.dbError.detail));
        children << r.appeal.id;
    }
    // A child with its own routing keeps its own course.
    const qint64 own = m_fx->newAppeal(QStringLiteral("Окрема справа"));
    m_fx->scalar(
        QStringLiteral("UPDATE kontakt.appeal SET parent_appeal_id = ? WHERE id = ? RETURNING id"),
        {parent, own});
    auto version = [this](qint64 id) {
        return m_fx->scalar(QStringLiteral("SELECT version FROM kontakt.appeal WHERE id = ?"), {id})
            .toInt();
    };
    auto call = [this](const QString &who, const QString &sql, const QVariantList &binds) {
        QSqlQuery q(m_fx->connectionAs(who));
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() ? QString() : q.lastError().text();
    };
    QString e =
        call(QStringLiteral("operator"),
             QStringLiteral("SELECT kontakt.case_route(?, ?, ?, '{}', 'Подати воду', NULL)"),
             {own, version(own), m_fx->orgB});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = call(QStringLiteral("operator"),
             QStringLiteral("SELECT kontakt.case_route(?, ?, ?, '{}', 'Подати воду', NULL)"),
             {parent, version(parent), m_fx->orgA});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = call(QStringLiteral("head"), QStringLiteral("SELECT kontakt.case_approve(?, ?)"),
             {parent, version(parent)});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const qint64 assignment =
        m_fx->scalar(
                QStringLiteral("SELECT id FROM kontakt.assignment WHERE appeal_id = ? AND is_main"),
                {parent})
            .toLongLong();
    auto aversion = [&]() {
        return m_fx
            ->scalar(QStringLiteral("SELECT version FROM kontakt.assignment WHERE id = ?"),
                     {assignment})
            .toInt();
    };
    e = call(QStringLiteral("exec_a"), QStringLiteral("SELECT kontakt.assignment_accept(?, ?)"),
             {assignment, aversion()});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    for (qint64 c : children)
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {c})
                     .toString(),
                 QStringLiteral("registered"));
    e = call(QStringLiteral("exec_a"),
             QStringLiteral("SELECT kontakt.assignment_reply(?, ?, 'done', 'Засувку замінено, воду "
                            "подано о 17:40')"),
             {assignment, aversion()});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {parent})
            .toString(),
        QStringLiteral("replied"));
    for (qint64 c : children) {
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {c})
                     .toString(),
                 QStringLiteral("replied"));
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT detail->>'text' FROM kontakt.case_event "
                                             "WHERE appeal_id = ? AND kind = 'replied'"),
                              {c})
                     .toString(),
                 QStringLiteral("Засувку замінено, воду подано о 17:40"));
        // ... and each caller is called back like the first one.
        e = call(
            QStringLiteral("operator"),
            QStringLiteral("SELECT kontakt.case_callback(?, ?, true, 'confirmed', 5::smallint)"),
            {c, version(c)});
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    QVERIFY(m_fx->scalar(QStringLiteral("SELECT status FROM kontakt.appeal WHERE id = ?"), {own})
                .toString() != QStringLiteral("replied"));
    // Nobody moves a child by hand.
    QSqlQuery q(m_fx->connectionAs(QStringLiteral("operator")));
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE kontakt.appeal SET status = 'replied' WHERE id = %1").arg(own)));
}

QTEST_MAIN(TestKnowledgeBaseRepository)
#include "tst_knowledgebaserepository.moc"
