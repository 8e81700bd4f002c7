#include "petitionchecker.h"

#include <QtTest>

// Formal checks of e-petitions (issue 7, art. 23-1): Ukrainian texts that must pass, including
// lawful mentions of war, crime, police and weapons, and violating ones in many word forms.
class TestPetitionChecker : public QObject
{
    Q_OBJECT

private:
    static QStringList rulesOf(const QList<PetitionFinding> &findings)
    {
        QStringList rules;
        for (const auto &f : findings) {
            if (!rules.contains(f.rule))
                rules << f.rule;
        }
        rules.sort();
        return rules;
    }
    static QString dump(const QList<PetitionFinding> &findings)
    {
        QStringList out;
        for (const auto &f : findings)
            out << f.rule + QStringLiteral(" [") + f.evidence + QStringLiteral("]");
        return out.join(QStringLiteral(" | "));
    }

private slots:
    void builtInLexiconsLoad()
    {
        PetitionChecker checker;
        QCOMPARE(checker.loadError(), QString());
    }

    void content_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rules");

        const QStringList none;
        const QStringList forbidden{QStringLiteral("forbidden_content")};
        const QStringList outside{QStringLiteral("outside_powers")};
        const QStringList substance{QStringLiteral("missing_substance")};

        // --- lawful petitions: must pass -----------------------------------------------------
        QTest::newRow("clean: traffic light")
            << "Світлофор на перехресті Київської та Шевченка"
            << "Просимо встановити світлофор на перехресті вулиць Київської та Шевченка, бо тут "
               "щодня переходять дорогу діти, які йдуть до школи № 5."
            << none;
        QTest::newRow("clean: memorial to heroes of the war")
            << "Меморіал Героям війни"
            << "Пропонуємо облаштувати в парку Перемоги меморіал на честь героїв російсько-"
               "української війни, загиблих захисників нашої громади, та встановити дошку з їхніми "
               "іменами."
            << none;
        QTest::newRow("clean: more police patrols")
            << "Більше поліцейських патрулів"
            << "Просимо збільшити кількість поліцейських патрулів у мікрорайоні Торгмаш у "
               "вечірній час, бо останнім часом почастішали крадіжки і грабежі."
            << none;
        QTest::newRow("clean: cameras against crime")
            << "Камери відеоспостереження проти злочинності"
            << "Пропонуємо встановити камери відеоспостереження біля зупинок громадського "
               "транспорту, щоб запобігти злочинам і допомогти поліції розкривати крадіжки."
            << none;
        QTest::newRow("clean: veterans support")
            << "Підтримка ветеранів"
            << "Просимо створити у місті центр реабілітації ветеранів війни та виділити кошти з "
               "міського бюджету на психологічну допомогу військовим і їхнім родинам."
            << none;
        QTest::newRow("clean: terror victims memorial")
            << "Пам'ятний знак жертвам терактів"
            << "Пропонуємо встановити пам'ятний знак жертвам терористичних атак і ракетних "
               "ударів росії по цивільних, щоб вшанувати пам'ять загиблих містян."
            << none;
        QTest::newRow("clean: shelter")
            << "Укриття в школі № 3"
            << "Просимо облаштувати укриття у підвалі школи № 3, бо під час повітряних тривог "
               "діти не мають де сховатися від обстрілів і вибухів."
            << none;
        QTest::newRow("clean: ban killing stray animals")
            << "Гуманне поводження з тваринами"
            << "Просимо заборонити вбивати безпритульних тварин у місті та профінансувати програму "
               "стерилізації собак і котів."
            << none;
        QTest::newRow("clean: stop burning leaves")
            << "Заборона спалювання листя"
            << "Закликаємо не палити суху траву й листя та просимо встановити штрафи за спалювання "
               "листя у приватному секторі."
            << none;
        QTest::newRow("clean: weapons training")
            << "Курси домедичної допомоги і поводження зі зброєю"
            << "Просимо організувати для містян безкоштовні курси домедичної допомоги та "
               "безпечного "
               "поводження зі зброєю на базі центру національного спротиву."
            << none;
        QTest::newRow("clean: dangerous tree")
            << "Аварійне дерево на вулиці Гагаріна"
            << "Просимо терміново спиляти аварійне дерево біля будинку 12, воно може впасти і "
               "вбити людей або покалічити дітей на дитячому майданчику."
            << none;
        QTest::newRow("clean: rename street from russian")
            << "Перейменування вулиці Пушкіна"
            << "Пропонуємо перейменувати вулицю Пушкіна на вулицю Героїв Крут у межах "
               "деколонізації та звільнити місто від російських імперських назв."
            << none;
        QTest::newRow("clean: destroy ambrosia")
            << "Знищення амброзії"
            << "Просимо знищити амброзію та борщівник на пустирях біля ділянок сусідів на вулиці "
               "Лісовій, бо в дітей алергія."
            << none;
        QTest::newRow("clean: rats in basement")
            << "Дератизація підвалів"
            << "Просимо провести дератизацію та знищити всіх щурів у підвалах будинків на вулиці "
               "Незалежності."
            << none;
        QTest::newRow("clean: Roma inclusion")
            << "Підтримка ромської громади"
            << "Пропонуємо створити програму підтримки ромських дітей у школах і протидіяти "
               "ненависті до ромів та інших меншин у нашому місті."
            << none;
        QTest::newRow("clean: IDP housing")
            << "Житло для переселенців"
            << "Просимо виділити приміщення гуртожитку для тимчасового проживання внутрішньо "
               "переміщених осіб і допомогти переселенцям з працевлаштуванням."
            << none;
        QTest::newRow("clean: fight drugs near school")
            << "Боротьба з наркотиками біля шкіл"
            << "Просимо посилити патрулювання біля шкіл, бо там продають наркотики, і провести "
               "профілактичні заходи для підлітків."
            << none;
        QTest::newRow("clean: Holocaust memorial")
            << "Меморіал жертвам Голокосту"
            << "Пропонуємо відновити меморіал жертвам Голокосту та встановити інформаційну "
               "табличку про єврейську громаду міста."
            << none;
        QTest::newRow("clean: bike lanes")
            << "Велодоріжки на проспекті Незалежності"
            << "Просимо облаштувати велодоріжку вздовж проспекту Незалежності та встановити "
               "велопарковки біля ЦНАП і ринку."
            << none;
        QTest::newRow("clean: demining training")
            << "Уроки мінної безпеки"
            << "Пропонуємо провести у школах уроки мінної безпеки, щоб діти знали, що робити, "
               "якщо знайдуть вибухонебезпечний предмет."
            << none;
        QTest::newRow("clean: local pension supplement")
            << "Міська доплата до пенсій ветеранам"
            << "Просимо встановити з міського бюджету щомісячну доплату до пенсій ветеранам "
               "Другої світової війни та учасникам бойових дій."
            << none;
        QTest::newRow("clean: Latin look-alikes harmless")
            << "Ремонт дороги"
            << "Просимо відремонтувати дорогу на вулиці Oлeни Пчілки (яма біля будинку 7)." << none;
        QTest::newRow("clean: council appeals to parliament")
            << "Звернення до Верховної Ради щодо пільг"
            << "Просимо міську раду звернутися до Верховної Ради з проханням ухвалити закон про "
               "пільги для добровольців тероборони."
            << none;

        QTest::newRow("clean: shelter, russia kills children")
            << "Укриття в кожній школі"
            << "Просимо облаштувати укриття в кожній школі, бо росія продовжує атакувати наші "
               "міста "
               "ракетами і вбивати дітей."
            << none;
        QTest::newRow("clean: domestic violence centre")
            << "Центр допомоги"
            << "Просимо створити центр психологічної допомоги для жінок, які постраждали від "
               "домашнього насильства, та їхніх дітей."
            << none;
        QTest::newRow("clean: war crimes exhibition")
            << "Експозиція про воєнні злочини"
            << "Пропонуємо створити в міському музеї експозицію про воєнні злочини російських "
               "окупантів, які вбивали і катували мирних жителів Київщини."
            << none;
        QTest::newRow("clean: bar fights, more patrols")
            << "Бійки біля бару"
            << "Біля бару на вулиці Київській щоночі бійки та стрілянина. Просимо посилити "
               "патрулювання поліції та встановити камери."
            << none;
        QTest::newRow("clean: stray dogs, not to kill")
            << "Безпритульні собаки"
            << "Безпритульні собаки нападають на дітей біля школи № 7. Просимо відловити їх і "
               "передати в притулок, а не знищувати."
            << none;
        QTest::newRow("clean: IDPs in dormitory")
            << "Гуртожиток для переселенців"
            << "Переселенців, які живуть у гуртожитку, просимо забезпечити ліжками та ковдрами на "
               "зиму."
            << none;

        // --- forbidden content: violence -------------------------------------------------------
        QTest::newRow("violence: imperative")
            << "Порядок у місті"
            << "Досить терпіти! Вбивайте всіх, хто не згоден з нами, і місто стане чистим. Просимо "
               "підтримати."
            << forbidden;
        QTest::newRow("violence: we call to kill")
            << "Справедливість"
            << "Закликаємо мешканців вбити депутатів міської ради, які вкрали гроші." << forbidden;
        QTest::newRow("violence: necessary to shoot")
            << "Покарання корупціонерів"
            << "Треба розстріляти всіх корупціонерів у мерії, тоді буде порядок." << forbidden;
        QTest::newRow("violence: call to violence noun")
            << "Заклик"
            << "Я закликаю всіх небайдужих до насильства проти чиновників, бо інакше нас не "
               "почують."
            << forbidden;
        QTest::newRow("violence: hang on a branch")
            << "Зрадники"
            << "Пропонуємо повісити всіх зрадників на гілляку просто на площі." << forbidden;
        QTest::newRow("violence: beat police (imperative + target)")
            << "Протест"
            << "Бийте поліцейських, якщо вони прийдуть розганяти мітинг біля ради, закликаємо всіх "
               "прийти."
            << forbidden;
        QTest::newRow("violence: must be executed")
            << "Вирок"
            << "Вимагаємо: усі чиновники, що брали хабарі, мають бути страчені публічно на площі."
            << forbidden;
        QTest::newRow("violence: death to")
            << "Гасло"
            << "Смерть депутатам! Вимагаємо, щоб їх усіх прибрали з міста назавжди." << forbidden;
        QTest::newRow("violence: Latin look-alike letters")
            << "Відплата"
            << "Тpeбa вбuти мepa, вiн зpaдник і злoдій, закликаємо всіх діяти негайно."
            << forbidden;
        QTest::newRow("violence: apostrophe variants")
            << "Помста"
            << "Ми вбʼємо кожного, хто буде проти; треба розправитися з ними силою." << forbidden;
        QTest::newRow("violence: poison dogs")
            << "Собаки"
            << "Пропонуємо отруїти всіх бродячих собак у парку, бо вони гавкають." << forbidden;

        // --- forbidden content: overthrow, separatism, war ------------------------------------
        QTest::newRow("overthrow: overthrow power")
            << "Нова влада"
            << "Закликаємо громадян повалити владу в Україні і призначити народний комітет."
            << forbidden;
        QTest::newRow("overthrow: seize the council")
            << "Народний контроль"
            << "Пропонуємо захопити будівлю міськради і взяти владу в місті у свої руки."
            << forbidden;
        QTest::newRow("overthrow: armed uprising")
            << "Повстання"
            << "Треба готуватися: закликаємо до збройного повстання проти уряду." << forbidden;
        QTest::newRow("separatism: join Russia")
            << "Референдум"
            << "Вимагаємо провести референдум про приєднання нашої області до Росії." << forbidden;
        QTest::newRow("separatism: secede from Ukraine")
            << "Автономія краю"
            << "Пропонуємо відокремити Закарпаття від України та проголосити незалежність "
               "Закарпаття."
            << forbidden;
        QTest::newRow("separatism: people's republic")
            << "Нова республіка"
            << "Підтримуємо створення Харківської народної республіки та просимо її визнати."
            << forbidden;
        QTest::newRow("war propaganda: glory to russian army")
            << "Слава"
            << "Слава російській армії! Просимо встановити на площі пам'ятник визволителям."
            << forbidden;
        QTest::newRow("war propaganda: attack a neighbour")
            << "Велика держава"
            << "Пропонуємо напасти на Польщу і забрати наші історичні землі." << forbidden;
        QTest::newRow("war propaganda: russian world")
            << "Мир"
            << "Русский мир прийде і сюди, просимо готуватися до зустрічі визволителів."
            << forbidden;

        // --- forbidden content: hatred ---------------------------------------------------------
        QTest::newRow("hatred: expel Roma")
            << "Чисте місто"
            << "Просимо виселити всіх ромів з міста, вони нам тут не потрібні." << forbidden;
        QTest::newRow("hatred: group are not people")
            << "Правда"
            << "Мігранти — це тварини, просимо не пускати іноземців у наші гуртожитки."
            << forbidden;
        QTest::newRow("hatred: religious")
            << "Мечеть"
            << "Треба спалити мечеть на околиці і вигнати мусульман з нашого міста." << forbidden;
        QTest::newRow("hatred: inferior race")
            << "Про расу"
            << "Чорношкірі належать до нижчої раси, тому пропонуємо заборонити їм навчатися у "
               "наших школах."
            << forbidden;
        QTest::newRow("hatred: slur")
            << "Ринок"
            << "Просимо прибрати жидів з міського ринку та віддати місця нашим." << forbidden;

        QTest::newRow("violence: infinitive opening a sentence")
            << "Чиновники"
            << "Вбити всіх чиновників мерії! Просимо народ підтримати нас." << forbidden;
        QTest::newRow("violence: call with a long object")
            << "Розправа"
            << "Закликаю всіх чоловіків міста зібратися та розправитися з циганами, які живуть "
               "біля ринку."
            << forbidden;
        QTest::newRow("hatred: deport across a clause")
            << "Депортація"
            << "Всіх росіян, що живуть у Броварах, треба депортувати, а їхнє майно конфіскувати."
            << forbidden;
        QTest::newRow("hatred: blame a people")
            << "Біди"
            << "Євреї винні у всіх бідах, пропонуємо заборонити їм купувати квартири в Броварах."
            << forbidden;
        QTest::newRow("separatism: Crimea is Russia")
            << "Крим"
            << "Крим — це Росія, просимо визнати це офіційно на сесії міської ради." << forbidden;
        QTest::newRow("war propaganda: war purifies")
            << "Війна"
            << "Війна — це очищення нації, пропонуємо всім підтримати вторгнення і допомагати "
               "армії РФ."
            << forbidden;

        QTest::newRow("violence: group before the modal")
            << "Зрадники"
            << "Колаборантів треба вішати на стовпах, закликаю всіх патріотів до розправи над ними."
            << forbidden;
        QTest::newRow("violence: call with a long object, beat police")
            << "Мітинг"
            << "Закликаю мешканців взяти арматуру і бити поліцію, якщо вони прийдуть на мітинг."
            << forbidden;
        QTest::newRow("hatred: generalisation and expulsion")
            << "Ненависть"
            << "Цигани — це злодії та паразити, закликаю вигнати їх усіх з міста." << forbidden;
        QTest::newRow("war propaganda: call to war")
            << "Війна"
            << "Закликаємо до війни з Польщею за наші історичні землі на заході." << forbidden;
        QTest::newRow("hatred: expel believers")
            << "Ісламісти"
            << "Всіх мусульман у місті треба перевірити і вислати, бо вони терористи." << forbidden;
        QTest::newRow("clean: stray dogs to be removed")
            << "Собаки"
            << "Бездомних собак треба знищити або вивезти за місто, просимо вжити заходів." << none;
        QTest::newRow("clean: help families of the fallen")
            << "Ветерани"
            << "Просимо до Дня захисників провести урочистості для ветеранів війни та закликаємо "
               "до допомоги родинам загиблих."
            << none;

        // --- forbidden content: terrorism and other crimes ------------------------------------
        QTest::newRow("terrorism: blow up council")
            << "Радикальні дії"
            << "Якщо рішення не ухвалять, пропонуємо підірвати будівлю міськради." << forbidden;
        QTest::newRow("terrorism: commit a terrorist act")
            << "Акція"
            << "Закликаємо влаштувати теракт на вокзалі, щоб нас нарешті почули." << forbidden;
        QTest::newRow("terrorism: plant a bomb")
            << "Відповідь"
            << "Треба закласти вибухівку під мостом, яким їздять військові." << forbidden;
        QTest::newRow("crime: arson")
            << "Забудовник"
            << "Закликаємо спалити офіс забудовника, бо він вирубав сквер." << forbidden;
        QTest::newRow("crime: tax evasion")
            << "Податки"
            << "Закликаємо всіх не платити податки, доки мер не піде у відставку." << forbidden;
        QTest::newRow("crime: draft evasion")
            << "Мобілізація"
            << "Чоловіки, ховайтеся від ТЦК і ухиляйтеся від мобілізації, пропонуємо так робити."
            << forbidden;
        QTest::newRow("crime: lynching")
            << "Самосуд"
            << "Пропонуємо влаштувати самосуд над злочинцем, бо поліція нічого не робить."
            << forbidden;
        QTest::newRow("crime: rob shops")
            << "Ціни"
            << "Грабуйте магазини, які підняли ціни, просимо всіх долучатися." << forbidden;

        // --- outside the council's powers -----------------------------------------------------
        QTest::newRow("outside: foreign policy")
            << "Розрив відносин"
            << "Просимо розірвати дипломатичні відносини з Угорщиною через її позицію." << outside;
        QTest::newRow("outside: mobilisation age")
            << "Вік мобілізації"
            << "Вимагаємо знизити вік мобілізації до 20 років та скасувати відстрочки." << outside;
        QTest::newRow("outside: VAT")
            << "Податки"
            << "Просимо знизити ставку ПДВ на продукти харчування до 7 відсотків." << outside;
        QTest::newRow("outside: death penalty")
            << "Покарання"
            << "Просимо повернути смертну кару для вбивць і ґвалтівників." << outside;
        QTest::newRow("outside: court verdict")
            << "Вирок"
            << "Вимагаємо скасувати вирок суду у справі нашого сусіда та звільнити його."
            << outside;
        QTest::newRow("outside: constitution")
            << "Конституція"
            << "Пропонуємо внести зміни до Конституції України щодо виборів президента." << outside;
        QTest::newRow("outside: dissolve parliament")
            << "Парламент"
            << "Вимагаємо розпустити Верховну Раду та оголосити дострокові вибори президента."
            << outside;
        QTest::newRow("outside: currency")
            << "Гривня"
            << "Просимо встановити фіксований курс гривні до долара на рівні 30 гривень."
            << outside;
        QTest::newRow("outside: pensions")
            << "Пенсії"
            << "Вимагаємо підвищити пенсії всім пенсіонерам України вдвічі з наступного року."
            << outside;
        QTest::newRow("outside: gas tariffs")
            << "Газ"
            << "Просимо знизити тарифи на газ для населення до 5 гривень за кубометр." << outside;
        QTest::newRow("outside: legalize cannabis")
            << "Канабіс"
            << "Пропонуємо легалізувати канабіс у медичних цілях для всіх охочих." << outside;

        QTest::newRow("outside: regional language status")
            << "Мова"
            << "Просимо надати російській мові статус регіональної у Броварах." << outside;
        QTest::newRow("outside: stop mobilisation") << "Мобілізація"
                                                    << "Просимо міську раду припинити мобілізацію "
                                                       "чоловіків з Броварів та скасувати повістки."
                                                    << outside;
        QTest::newRow("clean: local property tax")
            << "Податок на нерухомість"
            << "Просимо знизити ставку податку на нерухоме майно для пенсіонерів у Броварській "
               "громаді."
            << none;
        QTest::newRow("clean: council petitions the Cabinet")
            << "Звернення до Кабміну"
            << "Просимо міську раду звернутися до Кабінету Міністрів з клопотанням про підвищення "
               "пенсій педагогам."
            << none;

        // --- missing substance ------------------------------------------------------------------
        QTest::newRow("substance: too short") << "Петиція"
                                              << "Зробіть щось." << substance;
        QTest::newRow("substance: no request")
            << "Про наше місто"
            << "Наше місто дуже гарне, тут живуть хороші люди і росте багато дерев уздовж річки."
            << substance;
        QTest::newRow("substance: gibberish")
            << "ааа"
            << "ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа ааа" << substance;
        QTest::newRow("substance: no title")
            << ""
            << "Просимо встановити лавки в сквері біля будинку культури на вулиці Гагаріна."
            << substance;
    }

    void content()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QStringList, rules);
        PetitionChecker checker;
        PetitionSubmission p;
        p.title = title;
        p.text = text;
        p.authorName = QStringLiteral("Петренко Олена Іванівна");
        p.authorEmail = QStringLiteral("olena.petrenko@ukr.net");
        const auto findings = checker.check(p);
        QStringList expected = rules;
        expected.sort();
        QVERIFY2(rulesOf(findings) == expected, qPrintable(dump(findings)));
        for (const auto &f : findings) {
            QVERIFY(!f.message.isEmpty());
            if (f.rule == QLatin1String("forbidden_content") ||
                f.rule == QLatin1String("outside_powers"))
                QVERIFY2(!f.evidence.isEmpty(), qPrintable(f.message));
        }
    }

    void evidenceQuotesTheText()
    {
        PetitionChecker checker;
        PetitionSubmission p{
            QStringLiteral("Заклик"),
            QStringLiteral("Закликаємо всіх громадян до повалення влади в країні."),
            QStringLiteral("Іван Петренко"),
            QStringLiteral("ivan@example.com"),
            {}};
        const auto findings = checker.check(p);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, QStringLiteral("forbidden_content"));
        QVERIFY2(findings.first().evidence.contains(QStringLiteral("повалення")),
                 qPrintable(findings.first().evidence));
    }

    void author_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("full") << "Петренко Олена Іванівна"
                              << "olena@ukr.net" << QStringList();
        QTest::newRow("cyrillic domain") << "Петренко Олена"
                                         << "olena@місто.укр" << QStringList();
        QTest::newRow("no name") << "  "
                                 << "olena@ukr.net" << QStringList{"missing_author"};
        QTest::newRow("first name only") << "Олена"
                                         << "olena@ukr.net" << QStringList{"missing_author"};
        QTest::newRow("no email") << "Петренко Олена"
                                  << "" << QStringList{"missing_email"};
        QTest::newRow("no at") << "Петренко Олена"
                               << "olena.ukr.net" << QStringList{"invalid_email"};
        QTest::newRow("no domain dot") << "Петренко Олена"
                                       << "olena@ukrnet" << QStringList{"invalid_email"};
        QTest::newRow("spaces") << "Петренко Олена"
                                << "olena petrenko@ukr.net" << QStringList{"invalid_email"};
        QTest::newRow("double dot") << "Петренко Олена"
                                    << "olena..p@ukr.net" << QStringList{"invalid_email"};
        QTest::newRow("numeric tld") << "Петренко Олена"
                                     << "olena@ukr.123" << QStringList{"invalid_email"};
        QTest::newRow("nothing") << ""
                                 << "" << QStringList{"missing_author", "missing_email"};
    }

    void author()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QStringList, rules);
        PetitionChecker checker;
        PetitionSubmission p{QStringLiteral("Лавки у сквері"),
                             QStringLiteral("Просимо встановити лавки в сквері біля будинку "
                                            "культури на вулиці Гагаріна, там немає де сісти."),
                             name,
                             email,
                             {}};
        QStringList expected = rules;
        expected.sort();
        QCOMPARE(rulesOf(checker.check(p)), expected);
    }

    void limits()
    {
        PetitionChecker checker;
        PetitionChecker::Limits l;
        l.maxTitleLength = 20;
        l.maxTextLength = 80;
        checker.setLimits(l);
        PetitionSubmission p{QStringLiteral("Лавки у сквері біля будинку культури"),
                             QStringLiteral("Просимо встановити лавки в сквері біля будинку "
                                            "культури на вулиці Гагаріна, там немає де сісти."),
                             QStringLiteral("Петренко Олена"),
                             QStringLiteral("o@ukr.net"),
                             {}};
        const auto findings = checker.check(p);
        QCOMPARE(rulesOf(findings), (QStringList{"text_too_long", "title_too_long"}));
        QVERIFY(findings.last().evidence.contains(QStringLiteral("80")));
    }

    void duplicate()
    {
        PetitionChecker checker;
        const QList<PetitionReference> active{
            {1, QStringLiteral("П-2026-001"),
             QStringLiteral("Світлофор на перехресті Київської та Шевченка"),
             QStringLiteral("Просимо встановити світлофор на перехресті вулиць Київської та "
                            "Шевченка, бо там небезпечно переходити дорогу дітям.")},
            {2, QStringLiteral("П-2026-002"), QStringLiteral("Велодоріжка на Незалежності"),
             QStringLiteral("Просимо облаштувати велодоріжку вздовж проспекту Незалежності.")}};
        PetitionSubmission same{
            QStringLiteral("Встановити світлофор на перехресті Київська — Шевченка"),
            QStringLiteral("Прошу встановити світлофор на перехресті Київської та "
                           "Шевченка, тому що дітям небезпечно переходити дорогу."),
            QStringLiteral("Іван Петренко"),
            QStringLiteral("ivan@example.com"),
            {}};
        auto findings = checker.check(same, active);
        QCOMPARE(rulesOf(findings), QStringList{"duplicate"});
        QVERIFY(findings.first().evidence.contains(QStringLiteral("П-2026-001")));
        PetitionSubmission other{QStringLiteral("Лавки у сквері"),
                                 QStringLiteral("Просимо встановити лавки в сквері біля будинку "
                                                "культури на вулиці Гагаріна, там немає де сісти."),
                                 QStringLiteral("Іван Петренко"),
                                 QStringLiteral("ivan@example.com"),
                                 {}};
        QCOMPARE(checker.check(other, active).size(), 0);
        QVERIFY(PetitionChecker::similarity(same.title, same.text, active[0].title,
                                            active[0].text) > 0.5);
        QVERIFY(PetitionChecker::similarity(other.title, other.text, active[0].title,
                                            active[0].text) < 0.3);
    }

    void lexiconSyntax()
    {
        PhraseLexicon lex;
        QString error;
        QVERIFY(!lex.parse(QStringLiteral("слово"), &error));
        QVERIFY(error.contains(QStringLiteral("line 1")));
        QVERIFY(!lex.parse(QStringLiteral("[a: b]\n@НЕМАЄ слово"), &error));
        QVERIFY(lex.parse(
            QStringLiteral("@NEGATION = не\n[a: пояснення]\nзакликаю ~1 до* ~0 бійк*"), &error));
        QCOMPARE(lex.match(QStringLiteral("Я закликаю всіх вас до бійки.")).size(), 0); // gap 2 > 1
        QCOMPARE(lex.match(QStringLiteral("Закликаю вас до бійки!")).size(), 1);
        QCOMPARE(lex.match(QStringLiteral("Закликаю. До бійки!")).size(), 0); // two sentences
        QCOMPARE(lex.match(QStringLiteral("Не закликаю вас до бійки")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPetitionChecker)
#include "tst_petitionchecker.moc"
