<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Appeal</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Вебформа</translation>
    </message>
    <message>
        <source>Personal visit</source>
        <translation>Особистий прийом</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Routing proposed</source>
        <translation>Запропоновано розподіл</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На виконанні</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Надано відповідь</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Зворотний дзвінок</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>На доопрацюванні</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Forwarded by competence</source>
        <translation>Переслано за належністю</translation>
    </message>
    <message>
        <source>Returned to the author</source>
        <translation>Повернуто заявнику</translation>
    </message>
    <message>
        <source>Not considered</source>
        <translation>Не підлягає розгляду</translation>
    </message>
</context>
<context>
    <name>AppealValidator</name>
    <message>
        <source>Anonymous written appeal: no author&apos;s name or residence (art. 8 of the Law on citizens&apos; appeals)</source>
        <translation>Анонімне письмове звернення: не вказано ім’я або місце проживання заявника (ст. 8 Закону «Про звернення громадян»)</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Задовгий текст: %1 симв., дозволено не більше %2.</translation>
    </message>
    <message>
        <source>Contains control characters; retype or paste plain text.</source>
        <translation>Містить службові символи; наберіть текст заново або вставте простий текст.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Це не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>Enter the date and time of receipt.</source>
        <translation>Вкажіть дату й час надходження.</translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation>Час надходження ще не настав.</translation>
    </message>
    <message>
        <source>Choose a value.</source>
        <translation>Виберіть значення.</translation>
    </message>
    <message>
        <source>Unknown classifier code &quot;%1&quot;.</source>
        <translation>Невідомий код класифікатора «%1».</translation>
    </message>
    <message>
        <source>A collective appeal has at least 2 signatories.</source>
        <translation>Колективне звернення мають підписати щонайменше 2 особи.</translation>
    </message>
    <message>
        <source>The number of signatories must be from 1 to 1 000 000.</source>
        <translation>Кількість підписів має бути від 1 до 1 000 000.</translation>
    </message>
    <message>
        <source>Write the substance of the appeal.</source>
        <translation>Опишіть суть звернення.</translation>
    </message>
    <message>
        <source>An electronic appeal needs the author&apos;s e-mail for the answer.</source>
        <translation>Для відповіді на електронне звернення потрібна адреса електронної пошти заявника.</translation>
    </message>
    <message>
        <source>Write what the caller asked.</source>
        <translation>Запишіть, про що питав абонент.</translation>
    </message>
    <message>
        <source>Name the body the appeal is forwarded to (art. 7).</source>
        <translation>Вкажіть орган, якому пересилається звернення (ст. 7).</translation>
    </message>
    <message>
        <source>Give the reason; the author will be told.</source>
        <translation>Вкажіть причину — її буде повідомлено заявнику.</translation>
    </message>
    <message>
        <source>The date of receipt is too early.</source>
        <translation>Дата надходження занадто рання.</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>Index</source>
        <translation>Індекс</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Короткий зміст</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термін</translation>
    </message>
</context>
<context>
    <name>CaseQueuePage</name>
    <message>
        <source>Search: phone, name, index, address or words (Ctrl+F)</source>
        <translation>Пошук: телефон, прізвище, індекс, адреса або слова (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only cases in this status</source>
        <translation>Лише звернення в цьому стані</translation>
    </message>
    <message>
        <source>★ &amp;Privileged only</source>
        <translation>★ Лише &amp;пільговики</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Лише &amp;мої</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Оновити (F5)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n звернення</numerusform>
            <numerusform>%n звернення</numerusform>
            <numerusform>%n звернень</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1+ cases, counting…</source>
        <translation>≈ %1+ звернень, підрахунок…</translation>
    </message>
    <message>
        <source>Only cases of this topic</source>
        <translation>Лише звернення з цієї теми</translation>
    </message>
    <message>
        <source>Only cases that came this way</source>
        <translation>Лише звернення, що надійшли цим каналом</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Будь-який канал</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Будь-яка тема</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server host name.</source>
        <translation>Вкажіть ім’я сервера.</translation>
    </message>
    <message>
        <source>The host list is malformed: &quot;%1&quot;.</source>
        <translation>Список серверів записано неправильно: «%1».</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Порт має бути числом від 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Вкажіть назву бази даних.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation>Невідомий режим SSL «%1».</translation>
    </message>
    <message>
        <source>Unknown target session attributes &quot;%1&quot;.</source>
        <translation>Невідомий тип цільового сервера «%1».</translation>
    </message>
    <message>
        <source>The connection timeout must be from 2 to 300 seconds.</source>
        <translation>Час очікування з’єднання — від 2 до 300 секунд.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Налаштування з’єднання</translation>
    </message>
    <message>
        <source>&amp;Local database on this computer (for one desk, training and demos)</source>
        <translation>&amp;Локальна база даних на цьому комп’ютері (одне робоче місце, навчання, демонстрація)</translation>
    </message>
    <message>
        <source>Shared &amp;server of the contact centre</source>
        <translation>Спільний &amp;сервер контакт-центру</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Сервери:</translation>
    </message>
    <message>
        <source>One host, or several separated by commas for automatic failover (db1,db2)</source>
        <translation>Один сервер або кілька через кому для автоматичного перемикання (db1,db2)</translation>
    </message>
    <message>
        <source>db1.rada.local,db2.rada.local</source>
        <translation>db1.rada.local,db2.rada.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Шифрування (sslmode):</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; use it on a real network</source>
        <translation>verify-full перевіряє сертифікат і ім’я сервера; використовуйте його в робочій мережі</translation>
    </message>
    <message>
        <source>&amp;Target server:</source>
        <translation>&amp;Цільовий сервер:</translation>
    </message>
    <message>
        <source>read-write: always the primary server, so that a failover is followed automatically</source>
        <translation>read-write: завжди основний сервер, тож перемикання на резервний відбувається автоматично</translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation>&amp;Час очікування з’єднання:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>The database does not exist on this server. Check the connection settings.</source>
        <translation>На цьому сервері немає такої бази даних. Перевірте налаштування з’єднання.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the connection settings, then retry.</source>
        <translation>Сервер бази даних недоступний. Перевірте мережу та налаштування з’єднання і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Не встановлено драйвер PostgreSQL для Qt (пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer version of Kontakt. Install the new version to continue.</source>
        <translation>Базу даних оновлено новішою версією «Контакту». Щоб продовжити, встановіть нову версію.</translation>
    </message>
    <message>
        <source>You have no permission for this action.</source>
        <translation>У вас немає прав на цю дію.</translation>
    </message>
    <message>
        <source>The data was refused by the database: %1</source>
        <translation>База даних не прийняла дані: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Помилка бази даних: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>%1 is a %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>1 month from %1 → %2</source>
        <translation>1 місяць від %1 → %2</translation>
    </message>
    <message>
        <source>15 days from %1 → %2</source>
        <translation>15 днів від %1 → %2</translation>
    </message>
    <message>
        <source>1 day by the topic&apos;s rule from %1 → %2</source>
        <translation>1 день за правилом теми від %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days by the topic&apos;s rule from %1 → %2</source>
        <translation>
            <numerusform>%n день за правилом теми від %1 → %2</numerusform>
            <numerusform>%n дні за правилом теми від %1 → %2</numerusform>
            <numerusform>%n днів за правилом теми від %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour from %1 → %2</source>
        <translation>1 година від %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hours from %1 → %2</source>
        <translation>
            <numerusform>%n година від %1 → %2</numerusform>
            <numerusform>%n години від %1 → %2</numerusform>
            <numerusform>%n годин від %1 → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the topic&apos;s rule of %n days is longer than the law allows)</source>
        <translation>
            <numerusform>%1 (правило теми: %n день, а це більше, ніж дозволяє закон)</numerusform>
            <numerusform>%1 (правило теми: %n дні, а це більше, ніж дозволяє закон)</numerusform>
            <numerusform>%1 (правило теми: %n днів, а це більше, ніж дозволяє закон)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the topic&apos;s rule of %n hours is longer than the law allows)</source>
        <translation>
            <numerusform>%1 (правило теми: %n година, а це більше, ніж дозволяє закон)</numerusform>
            <numerusform>%1 (правило теми: %n години, а це більше, ніж дозволяє закон)</numerusform>
            <numerusform>%1 (правило теми: %n годин, а це більше, ніж дозволяє закон)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 working day from %1 → %2</source>
        <translation>1 робочий день від %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n working days from %1 → %2</source>
        <translation>
            <numerusform>%n робочий день від %1 → %2</numerusform>
            <numerusform>%n робочі дні від %1 → %2</numerusform>
            <numerusform>%n робочих днів від %1 → %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineColorProxy</name>
    <message>
        <source>privileged author</source>
        <translation>пільгова категорія</translation>
    </message>
    <message>
        <source>Privileged author: considered first</source>
        <translation>Пільгова категорія: розглядається першочергово</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>overdue %1 d</source>
        <translation>прострочено %1 д</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 год</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>без терміну</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>у строк</translation>
    </message>
    <message>
        <source>due within 3 working days</source>
        <translation>до 3 робочих днів</translation>
    </message>
    <message>
        <source>due within 1 working day</source>
        <translation>до 1 робочого дня</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Demo data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message>
        <source>The local database is empty. Load sample data of a city contact centre (10 000 appeals over five years, demo executors and one demo login per role) to try Kontakt?</source>
        <translation>Локальна база даних порожня. Завантажити демонстраційні дані міського контакт-центру (10 000 звернень за п’ять років, демо-виконавці та по одному демо-логіну для кожної ролі), щоб спробувати «Контакт»?</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Завантаження демонстраційних даних…</translation>
    </message>
    <message>
        <source>Sample data could not be loaded: %1</source>
        <translation>Не вдалося завантажити демонстраційні дані: %1</translation>
    </message>
    <message>
        <source>%1 sample appeals loaded. Demo logins — the passwords are shown only now:

%2</source>
        <translation>Завантажено демонстраційних звернень: %1. Демо-логіни — паролі показано лише зараз:

%2</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <source>Unfinished appeals</source>
        <translation>Незавершені звернення</translation>
    </message>
    <message>
        <source>Registration card %1</source>
        <translation>Реєстраційно-контрольна картка %1</translation>
    </message>
    <message numerus="yes">
        <source>Unfinished appeals from an earlier session: %n (the program was closed or the computer lost power). Open the latest now?</source>
        <translation>
            <numerusform>Незавершених звернень із попереднього сеансу: %n (програму було закрито або зникло живлення). Відкрити останнє зараз?</numerusform>
            <numerusform>Незавершених звернень із попереднього сеансу: %n (програму було закрито або зникло живлення). Відкрити останнє зараз?</numerusform>
            <numerusform>Незавершених звернень із попереднього сеансу: %n (програму було закрито або зникло живлення). Відкрити останнє зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>The appeal was not found.</source>
        <translation>Звернення не знайдено.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New appeal</source>
        <translation>Нове звернення</translation>
    </message>
    <message>
        <source>Caller and substance</source>
        <translation>Абонент і суть звернення</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>067 123 45 67</source>
        <translation>067 123 45 67</translation>
    </message>
    <message>
        <source>The caller is found by the number as you type</source>
        <translation>Абонента буде знайдено за номером під час введення</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>street, house, flat, locality</source>
        <translation>вулиця, будинок, квартира, населений пункт</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>code or words: 009, вода, опалення…</source>
        <translation>код або слова: 009, вода, опалення…</translation>
    </message>
    <message>
        <source>Classifier section II: type a code or words, choose with the arrows and Enter</source>
        <translation>Розділ II класифікатора: введіть код або слова, виберіть стрілками та Enter</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>С&amp;уть:</translation>
    </message>
    <message>
        <source>The substance of the appeal in one sentence; Enter saves</source>
        <translation>Суть звернення одним реченням; Enter — зберегти</translation>
    </message>
    <message>
        <source>if different from the author&apos;s address</source>
        <translation>якщо відрізняється від адреси заявника</translation>
    </message>
    <message>
        <source>&amp;Full text:</source>
        <translation>По&amp;вний текст:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Суб’&amp;єкт:</translation>
    </message>
    <message>
        <source>Si&amp;gnatories:</source>
        <translation>Кі&amp;лькість підписів:</translation>
    </message>
    <message>
        <source>Author &amp;categories:</source>
        <translation>&amp;Категорії заявника:</translation>
    </message>
    <message>
        <source>Space marks a category; privileged categories give priority</source>
        <translation>Пробіл позначає категорію; пільгові категорії дають право на першочерговий розгляд</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>Social stat&amp;us:</source>
        <translation>Соціальни&amp;й стан:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Ел. по&amp;шта:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Канал над&amp;ходження:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Дата надход&amp;ження:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Рішення:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Forward t&amp;o:</source>
        <translation>Переслати д&amp;о:</translation>
    </message>
    <message>
        <source>Needs further stud&amp;y (1 month)</source>
        <translation>Потребує додатково&amp;го вивчення (1 місяць)</translation>
    </message>
    <message>
        <source>Confidentia&amp;lity requested</source>
        <translation>Кон&amp;фіденційно (на прохання заявника)</translation>
    </message>
    <message>
        <source>Consent to updates by SMS/e-&amp;mail</source>
        <translation>Згода на спові&amp;щення SMS/ел. поштою</translation>
    </message>
    <message>
        <source>Caller&apos;s history</source>
        <translation>Історія звернень абонента</translation>
    </message>
    <message>
        <source>Several people use this number — choose:</source>
        <translation>Цим номером користуються кілька осіб — виберіть:</translation>
    </message>
    <message>
        <source>Earlier appeals of this caller: open ones first</source>
        <translation>Попередні звернення абонента: спершу відкриті</translation>
    </message>
    <message>
        <source>Same problem reported by others:</source>
        <translation>Про цю саму проблему повідомили інші:</translation>
    </message>
    <message>
        <source>Attach as a co-&amp;applicant</source>
        <translation>Приєднати &amp;як співзаявника</translation>
    </message>
    <message>
        <source>Register this caller under the selected case: one task for executors, everyone called back</source>
        <translation>Зареєструвати абонента у вибраному зверненні: одне доручення виконавцям, зворотний дзвінок — кожному</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Друкувати картку…</translation>
    </message>
    <message>
        <source>Ne&amp;w call</source>
        <translation>&amp;Новий дзвінок</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Зберегти (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— не вказано —</translation>
    </message>
    <message>
        <source>Privileged category: considered first</source>
        <translation>Пільгова категорія: розглядається першочергово</translation>
    </message>
    <message>
        <source>Register for routing</source>
        <translation>Зареєструвати й передати на розподіл</translation>
    </message>
    <message>
        <source>Consultation: answered at once</source>
        <translation>Консультація: відповідь надано одразу</translation>
    </message>
    <message>
        <source>Forward by competence (art. 7)</source>
        <translation>Переслати за належністю (ст. 7)</translation>
    </message>
    <message>
        <source>Return to the author (art. 5)</source>
        <translation>Повернути заявнику (ст. 5)</translation>
    </message>
    <message>
        <source>Not considered (art. 8)</source>
        <translation>Не підлягає розгляду (ст. 8)</translation>
    </message>
    <message>
        <source>New appeal (restored draft)</source>
        <translation>Нове звернення (відновлена чернетка)</translation>
    </message>
    <message>
        <source>%1 — searching…</source>
        <translation>%1 — пошук…</translation>
    </message>
    <message>
        <source>%1 — new caller</source>
        <translation>%1 — новий абонент</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n people use this number</source>
        <translation>
            <numerusform>%1 — цим номером користується %n особа</numerusform>
            <numerusform>%1 — цим номером користуються %n особи</numerusform>
            <numerusform>%1 — цим номером користуються %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · термін %1</translation>
    </message>
    <message>
        <source>No earlier appeals.</source>
        <translation>Попередніх звернень немає.</translation>
    </message>
    <message>
        <source>Will be registered as a co-applicant of %1.</source>
        <translation>Буде зареєстровано як співзаявника звернення %1.</translation>
    </message>
    <message>
        <source>★ Privileged author: the appeal is considered first.</source>
        <translation>★ Заявник пільгової категорії: звернення розглядається першочергово.</translation>
    </message>
    <message>
        <source>Term: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Термін: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Consultation: closed at first contact, no term.</source>
        <translation>Консультація: закривається одразу, без терміну розгляду.</translation>
    </message>
    <message>
        <source>Forward to the competent body by &lt;b&gt;%1&lt;/b&gt; (5 days, art. 7) and tell the author.</source>
        <translation>Переслати за належністю не пізніше &lt;b&gt;%1&lt;/b&gt; (5 днів, ст. 7) і повідомити заявника.</translation>
    </message>
    <message>
        <source>Return to the author with an explanation by &lt;b&gt;%1&lt;/b&gt; (10 days, art. 5).</source>
        <translation>Повернути заявнику з роз’ясненням не пізніше &lt;b&gt;%1&lt;/b&gt; (10 днів, ст. 5).</translation>
    </message>
    <message>
        <source>Not considered: %1</source>
        <translation>Не підлягає розгляду: %1</translation>
    </message>
    <message>
        <source>Not considered (art. 8): give the reason; the author is told.</source>
        <translation>Не підлягає розгляду (ст. 8): вкажіть причину — її буде повідомлено заявнику.</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Чернетку збережено о %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не вдалося зберегти чернетку: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Зареєстровано: %1</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Збережено: %1 — %2</translation>
    </message>
    <message>
        <source>, term %1</source>
        <translation>, термін %1</translation>
    </message>
    <message>
        <source> (it had already been stored: nothing was registered twice)</source>
        <translation> (його вже було збережено раніше: повторно нічого не зареєстровано)</translation>
    </message>
    <message>
        <source>. Duplicate of the open case %1: no second task for executors.</source>
        <translation>. Дублікат відкритого звернення %1: друге доручення виконавцям не створено.</translation>
    </message>
    <message>
        <source>. Repeated appeal, linked to %1.</source>
        <translation>. Повторне звернення, пов’язане з %1.</translation>
    </message>
    <message>
        <source>&amp;Next call (Enter)</source>
        <translation>Наступний д&amp;звінок (Enter)</translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation>Звернення %1</translation>
    </message>
    <message>
        <source>Not saved: %1 The form and its draft are kept; press Enter to retry.</source>
        <translation>Не збережено: %1 Форму й чернетку не втрачено; натисніть Enter, щоб спробувати ще раз.</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Закрити форму</translation>
    </message>
    <message>
        <source>The appeal is not saved. Keep it as a draft to finish later?</source>
        <translation>Звернення не збережено. Залишити його як чернетку, щоб завершити пізніше?</translation>
    </message>
    <message>
        <source>Problem loca&amp;tion:</source>
        <translation>&amp;Місце проблеми:</translation>
    </message>
    <message>
        <source>The author has been informe&amp;d</source>
        <translation>Про &amp;це повідомлено заявнику</translation>
    </message>
    <message>
        <source>Draft from %1 restored</source>
        <translation>Відновлено чернетку від %1</translation>
    </message>
    <message>
        <source>%1, %2 (appeals: %3, open: %4)</source>
        <translation>%1, %2 (звернень: %3, відкритих: %4)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Kontakt — log in</source>
        <translation>Контакт — вхід</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontakt&lt;/b&gt; — contact centre</source>
        <translation>&lt;b&gt;Контакт&lt;/b&gt; — контакт-центр</translation>
    </message>
    <message>
        <source>Where Kontakt connects; change it in the connection settings</source>
        <translation>Куди підключається «Контакт»; змінюється в налаштуваннях з’єднання</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>Your personal database login</source>
        <translation>Ваш особистий логін до бази даних</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запам’ятати пароль у системному сховищі паролів</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Налаштування з’єднання…</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>not needed for this computer&apos;s account</source>
        <translation>не потрібен для облікового запису цього комп’ютера</translation>
    </message>
    <message>
        <source>Enter your login (latin letters, digits, _) and password</source>
        <translation>Введіть логін (латинські літери, цифри, _) і пароль</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontakt</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Змінити користувача…</translation>
    </message>
    <message>
        <source>Log out and log in as another person</source>
        <translation>Вийти й увійти як інша особа</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>Налаштування &amp;з’єднання…</translation>
    </message>
    <message>
        <source>Choose the local database or the contact centre&apos;s server</source>
        <translation>Виберіть локальну базу даних або сервер контакт-центру</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;About Kontakt</source>
        <translation>&amp;Про «Контакт»</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Kontakt — %1</source>
        <translation>Контакт — %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Користувач: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>local database</source>
        <translation>локальна база даних</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Версія схеми %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language will change the next time Kontakt starts.</source>
        <translation>Мову буде змінено під час наступного запуску «Контакту».</translation>
    </message>
    <message>
        <source>About Kontakt</source>
        <translation>Про «Контакт»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontakt&lt;/b&gt; %1&lt;br&gt;The contact centre of a city council: appeals, routing, deadlines, callbacks, petitions and reports.&lt;br&gt;Database schema version %2.</source>
        <translation>&lt;b&gt;Контакт&lt;/b&gt; %1&lt;br&gt;Контакт-центр міської ради: звернення, доручення виконавцям, контроль термінів, зворотні дзвінки, петиції та звіти.&lt;br&gt;Версія схеми бази даних %2.</translation>
    </message>
    <message>
        <source>&amp;New appeal (F2)</source>
        <translation>&amp;Нове звернення (F2)</translation>
    </message>
    <message>
        <source>Register a call, e-mail or visit: the intake form</source>
        <translation>Зареєструвати дзвінок, електронний лист або особистий прийом: форма реєстрації звернення</translation>
    </message>
    <message>
        <source>⚠ The connection to the database is lost: lists may be out of date. Reconnecting…</source>
        <translation>⚠ Зв’язок із базою даних втрачено: списки можуть бути застарілими. Відновлюємо з’єднання…</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>A Ukrainian number must have 9 digits after +380, for example +380 67 123 45 67.</source>
        <translation>Український номер має містити 9 цифр після +380, наприклад +380 67 123 45 67.</translation>
    </message>
    <message>
        <source>The phone number is longer than 40 characters.</source>
        <translation>Номер телефону довший за 40 символів.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, &apos;-&apos;, &apos;.&apos;, &apos;(&apos;, &apos;)&apos; and a leading &apos;+&apos;.</source>
        <translation>Номер телефону може містити лише цифри, пробіли, «-», «.», «(», «)» і «+» на початку.</translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation>У номері телефону немає цифр.</translation>
    </message>
    <message>
        <source>A country code after &apos;+&apos; cannot start with 0.</source>
        <translation>Код країни після «+» не може починатися з 0.</translation>
    </message>
    <message>
        <source>An international number must have 7 to 15 digits after &apos;+&apos;.</source>
        <translation>Міжнародний номер має містити від 7 до 15 цифр після «+».</translation>
    </message>
    <message>
        <source>The city&apos;s area code is not set correctly; enter the number with its code.</source>
        <translation>Код міста налаштовано неправильно; введіть номер разом із кодом.</translation>
    </message>
    <message>
        <source>Not a phone number: enter 10 digits starting with 0, for example 067 123 45 67.</source>
        <translation>Це не номер телефону: введіть 10 цифр, першою має бути 0, наприклад 067 123 45 67.</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may appear only once, at the start.</source>
        <translation>Знак «+» може стояти лише один раз, на початку.</translation>
    </message>
</context>
<context>
    <name>QueueTabsController</name>
    <message>
        <source>My work</source>
        <translation>Моя робота</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>На погодженні</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На виконанні</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Спливає термін</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Зворотний дзвінок</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
</context>
<context>
    <name>RegistrationCardPrinter</name>
    <message>
        <source>No printer.</source>
        <translation>Немає принтера.</translation>
    </message>
    <message>
        <source>The printer&apos;s page has no printable area.</source>
        <translation>На сторінці принтера немає області друку.</translation>
    </message>
    <message>
        <source>Cannot start printing on %1.</source>
        <translation>Не вдалося почати друк на принтері %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдалося записати файл %1.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не вдалося почати друк сторінки %1.</translation>
    </message>
    <message>
        <source>Printing the card failed.</source>
        <translation>Не вдалося надрукувати картку.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Начальник відділу</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Керівництво</translation>
    </message>
    <message>
        <source>Petitions administrator</source>
        <translation>Адміністратор петицій</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Database owner</source>
        <translation>Власник бази даних</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <source>Local database on this computer</source>
        <translation>Локальна база даних на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Starting the local database…</source>
        <translation>Запуск локальної бази даних…</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this computer. Ask the administrator to install it: %1</source>
        <translation>На цьому комп’ютері не встановлено PostgreSQL. Попросіть адміністратора встановити його: %1</translation>
    </message>
    <message>
        <source>The local database could not be prepared: %1</source>
        <translation>Не вдалося підготувати локальну базу даних: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>The database needs an upgrade that only its administrator may apply (kontaktctl db migrate).</source>
        <translation>Базу даних потрібно оновити; це може зробити лише її адміністратор (kontaktctl db migrate).</translation>
    </message>
    <message>
        <source>This login is not registered as a Kontakt user. Ask the administrator to add it.</source>
        <translation>Цей логін не зареєстровано як користувача «Контакту». Попросіть адміністратора додати його.</translation>
    </message>
    <message>
        <source>The folder of the local database cannot be written: %1. Free some disk space or choose a server in the connection settings.</source>
        <translation>Неможливо записати до папки локальної бази даних: %1. Звільніть місце на диску або виберіть сервер у налаштуваннях з’єднання.</translation>
    </message>
    <message>
        <source>The local database did not start: %1</source>
        <translation>Локальна база даних не запустилася: %1</translation>
    </message>
    <message>
        <source>Appeal %1 registered</source>
        <translation>Звернення %1 зареєстровано</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>non-working day</source>
        <translation>неробочий день</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>святковий день</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>неділя</translation>
    </message>
</context>
</TS>
