<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
        <source>My work</source>
        <translation>Моя робота</translation>
    </message>
    <message>
        <source>No cases in this queue yet.</source>
        <translation>У цій черзі поки немає звернень.</translation>
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
</context>
</TS>
