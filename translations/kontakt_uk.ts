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
    <name>AppealRepository</name>
    <message>
        <source>This e-mail has already been handled at another desk (%1).</source>
        <translation>Цей лист уже опрацьовано на іншому робочому місці (%1).</translation>
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
    <name>ApprovalQueueActions</name>
    <message>
        <source>Approve selected (A)</source>
        <translation>Затвердити вибрані (A)</translation>
    </message>
    <message>
        <source>Edit and approve… (E)</source>
        <translation>Змінити й затвердити… (E)</translation>
    </message>
    <message>
        <source>Reject… (R)</source>
        <translation>Відхилити… (R)</translation>
    </message>
    <message>
        <source>A: approve the selected proposals · E: edit and approve · R: reject · Enter: open the case</source>
        <translation>A: затвердити вибрані пропозиції · E: змінити й затвердити · R: відхилити · Enter: відкрити звернення</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердження</translation>
    </message>
    <message numerus="yes">
        <source>Approve the routing of %n case(s) as proposed?</source>
        <translation>
            <numerusform>Затвердити запропонований розподіл %n звернення?</numerusform>
            <numerusform>Затвердити запропонований розподіл %n звернень?</numerusform>
            <numerusform>Затвердити запропонований розподіл %n звернень?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) approved</source>
        <translation>
            <numerusform>Затверджено %n звернення</numerusform>
            <numerusform>Затверджено %n звернення</numerusform>
            <numerusform>Затверджено %n звернень</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved:
%1</source>
        <translation>Не затверджено:
%1</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Route the appeal</source>
        <translation>Розподіл звернення</translation>
    </message>
    <message>
        <source>The appeal&apos;s topic from the classifier; organisations competent for it are recommended</source>
        <translation>Тема звернення за класифікатором; рекомендовано організації, до компетенції яких вона належить</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>name or code of an organisation</source>
        <translation>назва або код організації</translation>
    </message>
    <message>
        <source>Filters the tree as you type (name or code, any case); Down arrow moves to the tree</source>
        <translation>Фільтрує дерево під час введення (назва або код, регістр не важливий); стрілка вниз — перехід до дерева</translation>
    </message>
    <message>
        <source>&amp;Recommended for this topic:</source>
        <translation>Р&amp;екомендовані для цієї теми:</translation>
    </message>
    <message>
        <source>Organisations competent for the appeal&apos;s topic, best first. Space: main executor; Insert or Ctrl+Space: co-executor</source>
        <translation>Організації, компетентні щодо теми звернення, найвідповідніші — першими. Пробіл — головний виконавець; Insert або Ctrl+Space — співвиконавець</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Організації:</translation>
    </message>
    <message>
        <source>Space: make the selected organisation the main executor; Insert or Ctrl+Space (or the check box): co-executor. Bold green: competent for the topic</source>
        <translation>Пробіл — зробити вибрану організацію головним виконавцем; Insert або Ctrl+Space (чи прапорець) — співвиконавцем. Жирним зеленим позначено організації, компетентні щодо теми</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Main executor</source>
        <translation>&amp;Головний виконавець</translation>
    </message>
    <message>
        <source>Make the selected organisation the main executor (Space in the list)</source>
        <translation>Зробити вибрану організацію головним виконавцем (Пробіл у списку)</translation>
    </message>
    <message>
        <source>Co-e&amp;xecutor</source>
        <translation>&amp;Співвиконавець</translation>
    </message>
    <message>
        <source>Add or remove the selected organisation as a co-executor (Insert or Ctrl+Space in the list)</source>
        <translation>Додати вибрану організацію як співвиконавця або вилучити її зі співвиконавців (Insert або Ctrl+Space у списку)</translation>
    </message>
    <message>
        <source>The executors chosen so far</source>
        <translation>Уже вибрані виконавці</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Standard instruction texts; choose one and press Insert</source>
        <translation>Типові тексти доручень; виберіть потрібний і натисніть «Вставити»</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставити</translation>
    </message>
    <message>
        <source>Insert the chosen template into the instruction at the cursor</source>
        <translation>Вставити вибраний шаблон у текст доручення в позиції курсора</translation>
    </message>
    <message>
        <source>I&amp;nstruction:</source>
        <translation>&amp;Доручення:</translation>
    </message>
    <message>
        <source>What the executor must do (at most 4000 characters); Ctrl+Enter routes</source>
        <translation>Що має зробити виконавець (не більше 4000 символів); Ctrl+Enter — розподілити</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>Стро&amp;к:</translation>
    </message>
    <message>
        <source>Term of execution: from today up to the appeal&apos;s legal maximum</source>
        <translation>Строк виконання: від сьогодні до граничного строку за законом для цього звернення</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Розподілити</translation>
    </message>
    <message>
        <source>Topic: not classified</source>
        <translation>Тема: не визначено</translation>
    </message>
    <message>
        <source>Topic: &lt;b&gt;%1 — %2&lt;/b&gt;</source>
        <translation>Тема: &lt;b&gt;%1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(виберіть шаблон)</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>The legal maximum, %1, has passed: the appeal cannot be routed with a lawful term; tell the head.</source>
        <translation>Граничний строк за законом (%1) минув: звернення неможливо розподілити із законним строком; повідомте начальника відділу.</translation>
    </message>
    <message numerus="yes">
        <source>Legal maximum: &lt;b&gt;%1&lt;/b&gt; (%n day(s) from today) — 45 days from receipt, Law 393/96 art. 20; a later term is not lawful.</source>
        <translation>
            <numerusform>Граничний строк за законом: &lt;b&gt;%1&lt;/b&gt; (ще %n день) — 45 днів від надходження, ст. 20 Закону № 393/96; пізніший строк незаконний.</numerusform>
            <numerusform>Граничний строк за законом: &lt;b&gt;%1&lt;/b&gt; (ще %n дні) — 45 днів від надходження, ст. 20 Закону № 393/96; пізніший строк незаконний.</numerusform>
            <numerusform>Граничний строк за законом: &lt;b&gt;%1&lt;/b&gt; (ще %n днів) — 45 днів від надходження, ст. 20 Закону № 393/96; пізніший строк незаконний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Теми: %1</translation>
    </message>
    <message>
        <source>Recommended: competent for topic %1</source>
        <translation>Рекомендовано: компетентна щодо теми %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>Inactive: cannot be chosen</source>
        <translation>Неактивна: вибрати неможливо</translation>
    </message>
    <message>
        <source>Competent for topic %1</source>
        <translation>Компетентна щодо теми %1</translation>
    </message>
    <message>
        <source>Competent for a broader topic than %1</source>
        <translation>Компетентна щодо ширшої теми, ніж %1</translation>
    </message>
    <message>
        <source>No organisation is registered as competent for this topic: choose from the tree.</source>
        <translation>Жодну організацію не зареєстровано як компетентну щодо цієї теми: виберіть у дереві.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>нічого не знайдено</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>знайдено: %n</numerusform>
            <numerusform>знайдено: %n</numerusform>
            <numerusform>знайдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is inactive and cannot execute appeals.</source>
        <translation>%1 — неактивна організація, вона не може виконувати звернення.</translation>
    </message>
    <message>
        <source>%1 is the main executor; it cannot be a co-executor as well.</source>
        <translation>%1 — головний виконавець; ця організація не може бути водночас співвиконавцем.</translation>
    </message>
    <message>
        <source>the main executor (no longer in the list)</source>
        <translation>головний виконавець (його вже немає в списку)</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>організація № %1</translation>
    </message>
    <message>
        <source>Left out of the proposal (inactive or unknown): %1.</source>
        <translation>Не включено до пропозиції (неактивні або невідомі): %1.</translation>
    </message>
    <message>
        <source>Choose the main executor: select an organisation and press Space (or &quot;Main executor&quot;).</source>
        <translation>Визначте головного виконавця: виберіть організацію й натисніть Пробіл (або «Головний виконавець»).</translation>
    </message>
    <message>
        <source>The legal maximum term has passed: this appeal cannot get a lawful term.</source>
        <translation>Граничний строк за законом минув: для цього звернення неможливо встановити законний строк.</translation>
    </message>
    <message>
        <source>Choose the term of execution (at most %1).</source>
        <translation>Виберіть строк виконання (не пізніше %1).</translation>
    </message>
    <message>
        <source>The term is beyond the legal maximum %1.</source>
        <translation>Строк пізніший за граничний строк за законом (%1).</translation>
    </message>
    <message>
        <source>The instruction is too long: %1 characters, at most %2.</source>
        <translation>Текст доручення задовгий: %1 симв., дозволено не більше %2.</translation>
    </message>
    <message>
        <source>Main executor</source>
        <translation>Головний виконавець</translation>
    </message>
    <message>
        <source>Co-executor</source>
        <translation>Співвиконавець</translation>
    </message>
    <message>
        <source>main executor</source>
        <translation>головний виконавець</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>співвиконавець</translation>
    </message>
    <message>
        <source>Main executor: not chosen</source>
        <translation>Головний виконавець: не вибрано</translation>
    </message>
    <message>
        <source>Main executor: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Головний виконавець: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(not registered as competent for this topic)</source>
        <translation>(не зареєстровано як компетентного щодо цієї теми)</translation>
    </message>
    <message>
        <source>Co-executors: %1</source>
        <translation>Співвиконавці: %1</translation>
    </message>
    <message>
        <source>Not co-e&amp;xecutor</source>
        <translation>Не &amp;співвиконавець</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Route the appeal (Enter)</source>
        <translation>Розподілити звернення (Enter)</translation>
    </message>
</context>
<context>
    <name>AttachmentListEditor</name>
    <message>
        <source>Attached files; Enter or a double click opens one in the system viewer</source>
        <translation>Долучені файли; Enter або подвійне клацання відкриває файл у системній програмі перегляду</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Додати файли…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ви&amp;лучити</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Вилучити вибраний файл зі списку</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Переглянути</translation>
    </message>
    <message>
        <source>Show the selected file in the system viewer</source>
        <translation>Показати вибраний файл у системній програмі перегляду</translation>
    </message>
    <message>
        <source>At most 20 MB per file</source>
        <translation>Не більше 20 МБ на файл</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Attach files (several at once): %1; at most %2 each. Programs and scripts are refused.</source>
        <translation>Долучіть файли (можна кілька одразу): %1; не більше %2 кожен. Програми та скрипти не приймаються.</translation>
    </message>
    <message>
        <source>%1 is already attached.</source>
        <translation>Файл %1 уже долучено.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Долучити файли</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не вдалося відкрити файл %1: %2</translation>
    </message>
    <message>
        <source>No program to show %1 was found.</source>
        <translation>Не знайдено програми для перегляду файлу %1.</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3%4</source>
        <translation>%1
Тип: %2
SHA-256: %3%4</translation>
    </message>
    <message>
        <source>
Stored in the case</source>
        <translation>
Збережено у зверненні</translation>
    </message>
    <message>
        <source>
New</source>
        <translation>
Новий</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Файлів не долучено.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in total</source>
        <translation>
            <numerusform>%n файл, разом %1</numerusform>
            <numerusform>%n файли, разом %1</numerusform>
            <numerusform>%n файлів, разом %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPolicy</name>
    <message>
        <source>The file has no name.</source>
        <translation>Файл не має назви.</translation>
    </message>
    <message>
        <source>%1 is a program or a script: such files are never attached, they could harm the council&apos;s computers.</source>
        <translation>Файл %1 — програма або скрипт: такі файли ніколи не долучаються, бо можуть зашкодити комп’ютерам ради.</translation>
    </message>
    <message>
        <source>%1 is not a photo. Only images may be attached here: %2.</source>
        <translation>Файл %1 не є фотографією. Тут можна долучати лише зображення: %2.</translation>
    </message>
    <message>
        <source>%1 has no file type (extension). Allowed: %2.</source>
        <translation>Файл %1 не має типу (розширення). Дозволено: %2.</translation>
    </message>
    <message>
        <source>%1: files of type .%2 are not accepted. Allowed: %3.</source>
        <translation>%1: файли типу .%2 не приймаються. Дозволено: %3.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Файл %1 порожній.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 is too large (%2): at most %3 per file may be attached. Scan with a lower resolution or split the document.</source>
        <translation>Файл %1 завеликий (%2): розмір одного файлу — не більше %3. Відскануйте з меншою роздільною здатністю або розділіть документ.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Файл %1 не знайдено.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдалося прочитати файл %1: %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Documents and images</source>
        <translation>Документи та зображення</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>font-size: 20pt; font-weight: bold;</source>
        <translation>font-size: 20pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Копіювати номер</translation>
    </message>
    <message>
        <source>Copy the number (+380…) to the clipboard for the softphone</source>
        <translation>Скопіювати номер (+380…) у буфер обміну для софтфона</translation>
    </message>
    <message>
        <source>Callback attempts for this reply, this one included</source>
        <translation>Спроби зворотного дзвінка щодо цієї відповіді, включно з поточною</translation>
    </message>
    <message>
        <source>The executor&apos;s reply:</source>
        <translation>Відповідь виконавця:</translation>
    </message>
    <message>
        <source>Read it to the citizen</source>
        <translation>Зачитайте її громадянинові</translation>
    </message>
    <message>
        <source>Was the citizen reached?</source>
        <translation>Чи вдалося зв’язатися з громадянином?</translation>
    </message>
    <message>
        <source>&amp;Yes, reached</source>
        <translation>&amp;Так, зв’язалися</translation>
    </message>
    <message>
        <source>The citizen answered (Y)</source>
        <translation>Громадянин відповів (Y)</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Не відповідає</translation>
    </message>
    <message>
        <source>Nobody answered or the line was busy; the attempt is counted (N)</source>
        <translation>Ніхто не відповів або лінія була зайнята; спробу буде зараховано (N)</translation>
    </message>
    <message>
        <source>What does the citizen say?</source>
        <translation>Що каже громадянин?</translation>
    </message>
    <message>
        <source>Confirmed &amp;done</source>
        <translation>Підтверджує &amp;виконання</translation>
    </message>
    <message>
        <source>The problem is solved: the case can be closed</source>
        <translation>Проблему розв’язано: звернення можна закрити</translation>
    </message>
    <message>
        <source>&amp;Partly done</source>
        <translation>Виконано &amp;частково</translation>
    </message>
    <message>
        <source>Not d&amp;one</source>
        <translation>Н&amp;е виконано</translation>
    </message>
    <message>
        <source>&amp;Rating of the work (1–5):</source>
        <translation>&amp;Оцінка роботи (1–5):</translation>
    </message>
    <message>
        <source>How the citizen rates the work: type 1–5; leave &quot;not given&quot; if they decline</source>
        <translation>Як громадянин оцінює роботу: введіть 1–5; якщо він відмовляється оцінювати, залиште «не вказано»</translation>
    </message>
    <message>
        <source>Send back for rewor&amp;k</source>
        <translation>Повернути на &amp;доопрацювання</translation>
    </message>
    <message>
        <source>The case returns to the same executor with the citizen&apos;s words</source>
        <translation>Звернення повертається тому самому виконавцеві зі словами громадянина</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;words:</source>
        <translation>&amp;Слова громадянина:</translation>
    </message>
    <message>
        <source>What is still not done, in the citizen&apos;s words (required for rework)</source>
        <translation>Що досі не виконано, словами громадянина (обов’язково для доопрацювання)</translation>
    </message>
    <message>
        <source>New &amp;term:</source>
        <translation>Новий ст&amp;рок:</translation>
    </message>
    <message>
        <source>Leave unticked to keep the current term</source>
        <translation>Не позначайте, щоб залишити чинний строк</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>The new term of the rework: never beyond the appeal&apos;s legal maximum</source>
        <translation>Новий строк доопрацювання: не пізніше граничного строку за законом для цього звернення</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;ментар:</translation>
    </message>
    <message>
        <source>Anything worth keeping about this call; Ctrl+Enter saves</source>
        <translation>Усе, що варто зберегти про цей дзвінок; Ctrl+Enter — зберегти</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Callback — %1</source>
        <translation>Зворотний дзвінок — %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>немає номера телефону</translation>
    </message>
    <message>
        <source>The citizen&apos;s number; select it or press &quot;Copy number&quot;</source>
        <translation>Номер громадянина; виділіть його або натисніть «Копіювати номер»</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Dial with the softphone (tel: link)</source>
        <translation>Набрати номер у софтфоні (посилання tel:)</translation>
    </message>
    <message>
        <source>Attempt 1</source>
        <translation>Спроба 1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 (%n earlier attempt(s) without an answer)</source>
        <translation>
            <numerusform>Спроба %1 (%n попередня спроба без відповіді)</numerusform>
            <numerusform>Спроба %1 (%n попередні спроби без відповіді)</numerusform>
            <numerusform>Спроба %1 (%n попередніх спроб без відповіді)</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>at most %1 (legal maximum, 45 days from receipt)</source>
        <translation>не пізніше %1 (граничний строк за законом — 45 днів від надходження)</translation>
    </message>
    <message>
        <source>the legal maximum has passed: the term cannot be changed</source>
        <translation>граничний строк за законом минув: строк змінити неможливо</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <source>Was the citizen reached? Choose Yes or No.</source>
        <translation>Чи вдалося зв’язатися з громадянином? Виберіть «Так» або «Не відповідає».</translation>
    </message>
    <message>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>Коментар задовгий: дозволено не більше %1 симв.</translation>
    </message>
    <message>
        <source>Choose what the citizen says: confirmed done, partly done or not done.</source>
        <translation>Виберіть, що каже громадянин: підтверджує виконання, виконано частково чи не виконано.</translation>
    </message>
    <message>
        <source>Write down the citizen&apos;s words for the executor (what is still not done).</source>
        <translation>Запишіть слова громадянина для виконавця (що досі не виконано).</translation>
    </message>
    <message>
        <source>The citizen&apos;s words are too long: at most %1 characters.</source>
        <translation>Слова громадянина задовгі: дозволено не більше %1 симв.</translation>
    </message>
    <message>
        <source>Attempt %1: not reached — the case stays in &quot;Callback due&quot;.</source>
        <translation>Спроба %1: не додзвонилися — звернення залишається в черзі «Зворотний дзвінок».</translation>
    </message>
    <message>
        <source>Save the callback (Ctrl+Enter)</source>
        <translation>Зберегти результат дзвінка (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;Route…</source>
        <translation>&amp;Розподілити…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Затвердити</translation>
    </message>
    <message>
        <source>&amp;Edit and approve…</source>
        <translation>Змінити й з&amp;атвердити…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Від&amp;хилити…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Прийня&amp;ти</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>Відпові&amp;сти…</translation>
    </message>
    <message>
        <source>&amp;Not in our competence…</source>
        <translation>&amp;Не належить до нашої компетенції…</translation>
    </message>
    <message>
        <source>Ask for more &amp;time…</source>
        <translation>Запросити продов&amp;ження строку…</translation>
    </message>
    <message>
        <source>&amp;Decide on extension…</source>
        <translation>Роз&amp;глянути запит на продовження…</translation>
    </message>
    <message>
        <source>Call &amp;back…</source>
        <translation>П&amp;ередзвонити…</translation>
    </message>
    <message>
        <source>Send to re&amp;work…</source>
        <translation>Поверн&amp;ути на доопрацювання…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>Закр&amp;ити…</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>Додати при&amp;мітку…</translation>
    </message>
    <message>
        <source>On-site &amp;inspection…</source>
        <translation>О&amp;бстеження на місці…</translation>
    </message>
</context>
<context>
    <name>CaseCardController</name>
    <message>
        <source>The routing is proposed; the head approves it.</source>
        <translation>Розподіл запропоновано; його затверджує начальник відділу.</translation>
    </message>
    <message>
        <source>Approved: the executors are notified.</source>
        <translation>Затверджено: виконавців повідомлено.</translation>
    </message>
    <message>
        <source>Sent back to the operator.</source>
        <translation>Повернуто операторові.</translation>
    </message>
    <message>
        <source>Accepted: the case is in work.</source>
        <translation>Прийнято: звернення на виконанні.</translation>
    </message>
    <message>
        <source>The reply is recorded.</source>
        <translation>Відповідь записано.</translation>
    </message>
    <message>
        <source>Returned to the head for re-routing.</source>
        <translation>Повернуто начальникові відділу для повторного розподілу.</translation>
    </message>
    <message>
        <source>The request for more time waits for the head.</source>
        <translation>Запит на продовження строку очікує рішення начальника відділу.</translation>
    </message>
    <message>
        <source>The decision on the extension is recorded.</source>
        <translation>Рішення щодо продовження строку записано.</translation>
    </message>
    <message>
        <source>The call is recorded.</source>
        <translation>Дзвінок записано.</translation>
    </message>
    <message>
        <source>Sent back to the executor for rework.</source>
        <translation>Повернуто виконавцеві на доопрацювання.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Звернення закрито.</translation>
    </message>
    <message>
        <source>The note is added.</source>
        <translation>Примітку додано.</translation>
    </message>
    <message>
        <source>The inspection is recorded.</source>
        <translation>Обстеження записано.</translation>
    </message>
    <message>
        <source>Consider the appeal and reply to the author within the term.</source>
        <translation>Розглянути звернення та надати відповідь заявнику у встановлений строк.</translation>
    </message>
    <message>
        <source>Inspect the place, eliminate the problem and report the result.</source>
        <translation>Обстежити місце, усунути проблему та повідомити про результат.</translation>
    </message>
    <message>
        <source>Give the author an explanation in writing and inform the contact centre.</source>
        <translation>Надати заявнику письмове роз’яснення та поінформувати контакт-центр.</translation>
    </message>
    <message>
        <source>Reject the routing</source>
        <translation>Відхилити розподіл</translation>
    </message>
    <message>
        <source>Why does the routing go back to the operator?</source>
        <translation>Чому розподіл повертається операторові?</translation>
    </message>
    <message>
        <source>Not in our competence</source>
        <translation>Не належить до нашої компетенції</translation>
    </message>
    <message>
        <source>Why is the case not in the organisation&apos;s competence, and who should handle it?</source>
        <translation>Чому звернення не належить до компетенції організації і хто має його розглядати?</translation>
    </message>
    <message>
        <source>Send to rework</source>
        <translation>Повернути на доопрацювання</translation>
    </message>
    <message>
        <source>What did the citizen say? The executor gets these words.</source>
        <translation>Що сказав громадянин? Ці слова отримає виконавець.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрити звернення</translation>
    </message>
    <message>
        <source>Result of consideration (classifier section 9):</source>
        <translation>Результат розгляду (розділ 9 класифікатора):</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Службова примітка</translation>
    </message>
    <message>
        <source>A note for colleagues (the citizen does not see it):</source>
        <translation>Примітка для колег (громадянин її не бачить):</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>відповідь</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>обстеження</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>звернення</translation>
    </message>
</context>
<context>
    <name>CaseCardWindow</name>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Картка</translation>
    </message>
    <message>
        <source>E&amp;xecutors</source>
        <translation>&amp;Виконавці</translation>
    </message>
    <message>
        <source>Re&amp;plies and calls</source>
        <translation>Від&amp;повіді та дзвінки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Друкувати картку…</translation>
    </message>
    <message>
        <source>Print preview of the registration-and-control card (Ctrl+P)</source>
        <translation>Попередній перегляд друку реєстраційно-контрольної картки (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;load (F5)</source>
        <translation>&amp;Оновити (F5)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>approved, not accepted</source>
        <translation>затверджено, не прийнято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>accepted, in work</source>
        <translation>прийнято, на виконанні</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>надано відповідь</translation>
    </message>
    <message>
        <source>not in its competence</source>
        <translation>не належить до компетенції</translation>
    </message>
    <message>
        <source>sent back to rework</source>
        <translation>повернуто на доопрацювання</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>роз’яснено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <source>impossible in this period</source>
        <translation>неможливо в цей період</translation>
    </message>
    <message>
        <source>confirmed done</source>
        <translation>виконання підтверджено</translation>
    </message>
    <message>
        <source>done partly</source>
        <translation>виконано частково</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <source>Instruction and remarks</source>
        <translation>Доручення та примітки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Case %1 — Kontakt</source>
        <translation>Звернення %1 — Контакт</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Стан: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Term: &lt;b&gt;%1 %2&lt;/b&gt; %3</source>
        <translation>Строк: &lt;b&gt;%1 %2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Term: —</source>
        <translation>Строк: —</translation>
    </message>
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
        <source>Legal maximum</source>
        <translation>Граничний строк за законом</translation>
    </message>
    <message>
        <source>%1 (45 days from receipt, Law 393/96 art. 20)</source>
        <translation>%1 (45 днів від надходження, ст. 20 Закону № 393/96)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Executor: %1</source>
        <translation>Примітка виконавця: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent back to rework %n time(s)</source>
        <translation>
            <numerusform>Повернуто на доопрацювання %n раз</numerusform>
            <numerusform>Повернуто на доопрацювання %n рази</numerusform>
            <numerusform>Повернуто на доопрацювання %n разів</numerusform>
        </translation>
    </message>
    <message>
        <source>main executor</source>
        <translation>головний виконавець</translation>
    </message>
    <message>
        <source>co-executor</source>
        <translation>співвиконавець</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>рівень %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Відповідь: %1</translation>
    </message>
    <message>
        <source>Extension to %1 asked by %2: %3</source>
        <translation>Продовження до %1, запит від %2: %3</translation>
    </message>
    <message>
        <source>granted until %1</source>
        <translation>продовжено до %1</translation>
    </message>
    <message>
        <source>reached: %1</source>
        <translation>зв’язалися: %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не додзвонилися</translation>
    </message>
    <message>
        <source>Call back, attempt %1</source>
        <translation>Зворотний дзвінок, спроба %1</translation>
    </message>
    <message>
        <source>, rating %1 of 5</source>
        <translation>, оцінка %1 з 5</translation>
    </message>
    <message>
        <source>&lt;i&gt;No replies or calls yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Відповідей і дзвінків ще немає.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>✎ Also open now by %1. Agree who answers before you change the case.</source>
        <translation>✎ Зараз відкрито також у: %1. Перш ніж змінювати звернення, домовтеся, хто відповідатиме.</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>очікує рішення</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>&amp;Attached files (Enter or double-click opens):</source>
        <translation>&amp;Вкладені файли (Enter або подвійне клацання відкриває):</translation>
    </message>
    <message>
        <source>Opens a copy with the program your computer uses for the file type</source>
        <translation>Відкриває копію програмою, яку комп’ютер використовує для цього типу файлів</translation>
    </message>
    <message>
        <source>The file could not be saved for opening: %1</source>
        <translation>Не вдалося зберегти файл для відкриття: %1</translation>
    </message>
    <message>
        <source>No program opens this kind of file; it is saved as %1</source>
        <translation>Немає програми для такого типу файлів; файл збережено як %1</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>open</source>
        <translation>на виконанні</translation>
    </message>
    <message>
        <source>No. %1, %2, term %3, %4</source>
        <translation>№ %1, %2, строк %3, %4</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Доручення</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>роз’яснено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <source>impossible in this period</source>
        <translation>неможливо в цей період</translation>
    </message>
    <message>
        <source>confirmed done</source>
        <translation>виконання підтверджено</translation>
    </message>
    <message>
        <source>done partly</source>
        <translation>виконано частково</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Routing proposed: %1, term %2</source>
        <translation>Запропоновано розподіл: %1, строк %2</translation>
    </message>
    <message>
        <source>Routing proposed: %1 (co-executors %2), term %3</source>
        <translation>Запропоновано розподіл: %1 (співвиконавці: %2), строк %3</translation>
    </message>
    <message>
        <source>Routing approved with edits</source>
        <translation>Розподіл затверджено зі змінами</translation>
    </message>
    <message>
        <source>Routing approved</source>
        <translation>Розподіл затверджено</translation>
    </message>
    <message>
        <source>Routing rejected</source>
        <translation>Розподіл відхилено</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>Прийнято до виконання: %1</translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation>Відповідь від %1: %2</translation>
    </message>
    <message>
        <source>Not in the competence of %1</source>
        <translation>Не належить до компетенції: %1</translation>
    </message>
    <message>
        <source>Extension requested to %1</source>
        <translation>Запит на продовження строку до %1</translation>
    </message>
    <message>
        <source>Extension granted to %1, the author was notified</source>
        <translation>Строк продовжено до %1, заявника повідомлено</translation>
    </message>
    <message>
        <source>Extension granted to %1</source>
        <translation>Строк продовжено до %1</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>У продовженні строку відмовлено</translation>
    </message>
    <message>
        <source>Callback: not reached (attempt %1)</source>
        <translation>Зворотний дзвінок: не додзвонилися (спроба %1)</translation>
    </message>
    <message>
        <source>Callback: %1, rating %2</source>
        <translation>Зворотний дзвінок: %1, оцінка %2</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>Зворотний дзвінок: %1</translation>
    </message>
    <message>
        <source>Sent back to rework (%1), term %2</source>
        <translation>Повернуто на доопрацювання (%1), строк %2</translation>
    </message>
    <message>
        <source>Closed with result %1</source>
        <translation>Закрито з результатом %1</translation>
    </message>
    <message>
        <source>Overdue: escalation level %1</source>
        <translation>Прострочено: рівень ескалації %1</translation>
    </message>
    <message>
        <source>Reminder sent before the term %1</source>
        <translation>Надіслано нагадування перед строком %1</translation>
    </message>
    <message>
        <source>On-site inspection by %1</source>
        <translation>Обстеження на місці: %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Службова примітка</translation>
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
    <message>
        <source>Open now for editing by %1</source>
        <translation>Зараз відкрито для редагування у: %1</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Відкрито у</translation>
    </message>
    <message>
        <source>Overdue: escalated to level %1 (1: the executor&apos;s head, 2: the head of the contact centre department, 3: the responsible deputy mayor)</source>
        <translation>Прострочено: передано на рівень %1 (1 — керівник виконавця, 2 — начальник відділу контакт-центру, 3 — відповідальний заступник міського голови)</translation>
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
    <message>
        <source>More &amp;filters</source>
        <translation>Більше &amp;фільтрів</translation>
    </message>
    <message>
        <source>Executor, operator and date ranges</source>
        <translation>Виконавець, оператор і діапазони дат</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>Збережені &amp;види</translation>
    </message>
    <message>
        <source>Saved views: filters you use often, under a name</source>
        <translation>Збережені види: фільтри, якими ви часто користуєтеся, під власною назвою</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Ви&amp;конавець:</translation>
    </message>
    <message>
        <source>Only cases routed to this organisation</source>
        <translation>Лише звернення, розподілені цій організації</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>Опе&amp;ратор:</translation>
    </message>
    <message>
        <source>Only cases registered by this person</source>
        <translation>Лише звернення, зареєстровані цією особою</translation>
    </message>
    <message>
        <source>Rec&amp;eived:</source>
        <translation>&amp;Надійшло:</translation>
    </message>
    <message>
        <source>Received on or after this day (&quot;—&quot;: no limit)</source>
        <translation>Надійшли цього дня або пізніше («—» — без обмеження)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Received on or before this day (&quot;—&quot;: no limit)</source>
        <translation>Надійшли цього дня або раніше («—» — без обмеження)</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Строк:</translation>
    </message>
    <message>
        <source>Term on or after this day (&quot;—&quot;: no limit)</source>
        <translation>Строк — цього дня або пізніше («—» — без обмеження)</translation>
    </message>
    <message>
        <source>Term on or before this day (&quot;—&quot;: no limit)</source>
        <translation>Строк — цього дня або раніше («—» — без обмеження)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Show the whole queue again (Ctrl+Shift+R)</source>
        <translation>Знову показати всю чергу (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Any executor</source>
        <translation>Будь-який виконавець</translation>
    </message>
    <message>
        <source>Anybody</source>
        <translation>Будь-хто</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Збережених видів ще немає</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>&amp;Зберегти поточний вид…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Збереження виду</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Назва виду:</translation>
    </message>
    <message>
        <source>&amp;Delete a view</source>
        <translation>&amp;Видалити вид</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Видалення виду</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Видалити збережений вид «%1»?</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Друк списку…</translation>
    </message>
    <message>
        <source>Print preview of this queue as a table, with the columns shown (Ctrl+P)</source>
        <translation>Попередній перегляд друку цієї черги таблицею з показаними стовпцями (Ctrl+P)</translation>
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
    <message>
        <source>The reporting host list is malformed: &quot;%1&quot;.</source>
        <translation>Список серверів звітів має помилку: «%1».</translation>
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
    <message>
        <source>&amp;Reports from:</source>
        <translation>&amp;Звіти з сервера:</translation>
    </message>
    <message>
        <source>the same server</source>
        <translation>той самий сервер</translation>
    </message>
    <message>
        <source>Host names of a read-only standby for reports and analytics (comma-separated); empty: reports read from the server above</source>
        <translation>Імена резервних серверів (лише читання) для звітів і аналітики через кому; порожньо — звіти читаються з сервера вище</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Answers (F6 search, F8 use)</source>
        <translation>Відповіді (F6 — пошук, F8 — використати)</translation>
    </message>
    <message>
        <source>what the caller asks: вода, довідка, ліхтар…</source>
        <translation>про що питають: вода, довідка, ліхтар…</translation>
    </message>
    <message>
        <source>Searches as you type; the form&apos;s substance is searched when this line is empty. Up/Down choose an answer.</source>
        <translation>Шукає під час введення; якщо рядок порожній, шукається суть звернення з форми. Стрілки вгору/вниз вибирають відповідь.</translation>
    </message>
    <message>
        <source>Answer with this article (F8)</source>
        <translation>Відповісти цією статтею (F8)</translation>
    </message>
    <message>
        <source>Inserts the answer as the consultation text and closes the call as a consultation</source>
        <translation>Вставляє відповідь як текст консультації і закриває дзвінок як консультацію</translation>
    </message>
    <message>
        <source>Outages at the address</source>
        <translation>Відключення за адресою</translation>
    </message>
    <message>
        <source>Directory of services</source>
        <translation>Довідник служб</translation>
    </message>
    <message>
        <source>Type what the caller asks.</source>
        <translation>Введіть, про що питає абонент.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>(review overdue)</source>
        <translation>(термін перегляду минув)</translation>
    </message>
    <message>
        <source>Nothing found in the knowledge base.</source>
        <translation>У базі знань нічого не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>Answers: %n</source>
        <translation>
            <numerusform>Відповідей: %n</numerusform>
            <numerusform>Відповідей: %n</numerusform>
            <numerusform>Відповідей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 — %4 to %5</source>
        <translation>%1: %2, %3 — з %4 до %5</translation>
    </message>
    <message>
        <source>No water</source>
        <translation>Немає води</translation>
    </message>
    <message>
        <source>No hot water</source>
        <translation>Немає гарячої води</translation>
    </message>
    <message>
        <source>No heating</source>
        <translation>Немає опалення</translation>
    </message>
    <message>
        <source>No electricity</source>
        <translation>Немає електроенергії</translation>
    </message>
    <message>
        <source>No gas</source>
        <translation>Немає газу</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Відключення</translation>
    </message>
    <message>
        <source>all houses</source>
        <translation>усі будинки</translation>
    </message>
    <message>
        <source>No address typed yet.</source>
        <translation>Адресу ще не введено.</translation>
    </message>
    <message>
        <source>No outages known at this address.</source>
        <translation>За цією адресою відключень немає.</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>тел. %1</translation>
    </message>
    <message>
        <source>Handles: %1</source>
        <translation>Опікується: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Відповідальна особа: %1</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>Daily report for the mayor</source>
        <translation>Щоденний звіт для міського голови</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Сформувати звіт</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>CSV file (spreadsheet)</source>
        <translation>Файл CSV (для електронних таблиць)</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>Файл HTML</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Кінець періоду раніше за його початок.</translation>
    </message>
    <message>
        <source>The range is longer than a year.</source>
        <translation>Період довший за рік.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
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
    <name>DisciplineCasesModel</name>
    <message>
        <source>Sent to the executor</source>
        <translation>Надіслано виконавцю</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповідь надано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Доопрацювання</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Не належить до компетенції</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Індекс</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Доручення</translation>
    </message>
</context>
<context>
    <name>DisciplineTableModel</name>
    <message>
        <source>Double-click to see these cases</source>
        <translation>Двічі клацніть, щоб побачити ці звернення</translation>
    </message>
    <message>
        <source>Assignments routed to the executor in the period</source>
        <translation>Доручення, направлені виконавцю в періоді</translation>
    </message>
    <message>
        <source>Answered late plus overdue now, as a share of those received</source>
        <translation>Виконані із запізненням і прострочені зараз — частка від тих, що надійшли</translation>
    </message>
    <message>
        <source>Sent back to rework: a callback found the work not done</source>
        <translation>Повернуто на доопрацювання: під час зворотного дзвінка з&apos;ясувалося, що роботу не виконано</translation>
    </message>
    <message>
        <source>Share of callbacks in which the citizen confirmed the work was done</source>
        <translation>Частка зворотних дзвінків, у яких громадянин підтвердив виконання</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Прострочено зараз</translation>
    </message>
    <message>
        <source>Violations, %</source>
        <translation>Порушень, %</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Доопрацювання</translation>
    </message>
    <message>
        <source>Avg. days</source>
        <translation>Сер. днів</translation>
    </message>
    <message>
        <source>Confirmed, %</source>
        <translation>Підтверджено, %</translation>
    </message>
    <message>
        <source>Avg. rating</source>
        <translation>Сер. оцінка</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оцінок</translation>
    </message>
</context>
<context>
    <name>DisciplineWindow</name>
    <message>
        <source>Executive discipline</source>
        <translation>Виконавська дисципліна</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <source>Read the figures for these dates (F5)</source>
        <translation>Прочитати показники за ці дати (F5)</translation>
    </message>
    <message>
        <source>&amp;Print or export…</source>
        <translation>&amp;Друк або експорт…</translation>
    </message>
    <message>
        <source>The report for these dates: print preview, PDF, XLSX, CSV or HTML (Ctrl+P)</source>
        <translation>Звіт за ці дати: попередній перегляд друку, PDF, XLSX, CSV або HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>By &amp;organisation</source>
        <translation>За &amp;організаціями</translation>
    </message>
    <message>
        <source>By &amp;executor</source>
        <translation>За &amp;виконавцями</translation>
    </message>
    <message>
        <source>Select a figure above to see its cases.</source>
        <translation>Виберіть показник угорі, щоб побачити його звернення.</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>&amp;Звернення:</translation>
    </message>
    <message>
        <source>Enter or double-click opens the case</source>
        <translation>Enter або подвійне клацання відкриває звернення</translation>
    </message>
    <message>
        <source>All received</source>
        <translation>Усі, що надійшли</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Відповідь надано вчасно</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Відповідь надано із запізненням</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Прострочено зараз</translation>
    </message>
    <message>
        <source>Sent to rework</source>
        <translation>Повернуто на доопрацювання</translation>
    </message>
    <message>
        <source>Double-click a figure above to see its cases.</source>
        <translation>Двічі клацніть показник угорі, щоб побачити його звернення.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) routed in the period; answered on time %1, late %2; overdue now %3 (as of %4).</source>
        <translation>
            <numerusform>%n доручення направлено в періоді; вчасно виконано %1, із запізненням %2; прострочено зараз %3 (станом на %4).</numerusform>
            <numerusform>%n доручення направлено в періоді; вчасно виконано %1, із запізненням %2; прострочено зараз %3 (станом на %4).</numerusform>
            <numerusform>%n доручень направлено в періоді; вчасно виконано %1, із запізненням %2; прострочено зараз %3 (станом на %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: reading…</source>
        <translation>%1 — %2: читання…</translation>
    </message>
    <message>
        <source>%1 — %2: the latest %3 cases</source>
        <translation>%1 — %2: останні %3 звернень</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n case(s)</source>
        <translation>
            <numerusform>%1 — %2: %n звернення</numerusform>
            <numerusform>%1 — %2: %n звернення</numerusform>
            <numerusform>%1 — %2: %n звернень</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Читання показників…</translation>
    </message>
</context>
<context>
    <name>ExtensionDecisionDialog</name>
    <message>
        <source>Reason given:</source>
        <translation>Зазначена причина:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>&amp;Grant until</source>
        <translation>&amp;Продовжити до</translation>
    </message>
    <message>
        <source>Extend the term to the date on the right</source>
        <translation>Продовжити строк до дати, зазначеної праворуч</translation>
    </message>
    <message>
        <source>After the current term, never beyond the legal maximum</source>
        <translation>Пізніше за чинний строк, але не пізніше граничного строку за законом</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Author notified of the extension</source>
        <translation>&amp;Заявника повідомлено про продовження</translation>
    </message>
    <message>
        <source>Law 393/96 art. 20: when the term of considering an appeal is extended, the author of the appeal must be informed of it. Tick when the author is (or is being) told.</source>
        <translation>Ст. 20 Закону № 393/96: про продовження строку розгляду звернення повідомляється особа, яка його подала. Позначте, якщо заявника повідомлено (або повідомляють зараз).</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Відмовити</translation>
    </message>
    <message>
        <source>Keep the current term; the note tells the executor why</source>
        <translation>Залишити чинний строк; примітка пояснює виконавцеві причину</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мітка:</translation>
    </message>
    <message>
        <source>For the executor; required when refusing; Ctrl+Enter decides</source>
        <translation>Для виконавця; обов’язково в разі відмови; Ctrl+Enter — ухвалити рішення</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Ухвалити рішення</translation>
    </message>
    <message>
        <source>Extension of the term — %1</source>
        <translation>Продовження строку — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks to extend the term of &lt;b&gt;%2&lt;/b&gt; from %3 to &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; просить продовжити строк розгляду звернення &lt;b&gt;%2&lt;/b&gt; з %3 до &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The requested date is beyond the legal maximum: at most %1 can be granted.</source>
        <translation>Запитана дата пізніша за граничний строк за законом: продовжити можна не пізніше ніж до %1.</translation>
    </message>
    <message>
        <source>Legal maximum: %1 (45 days from receipt, Law 393/96 art. 20).</source>
        <translation>Граничний строк за законом: %1 (45 днів від надходження, ст. 20 Закону № 393/96).</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>При&amp;мітка (обов’язково):</translation>
    </message>
    <message>
        <source>The term already is the legal maximum: the extension can only be refused.</source>
        <translation>Строк уже дорівнює граничному строку за законом: у продовженні можна лише відмовити.</translation>
    </message>
    <message>
        <source>Grant or refuse the extension.</source>
        <translation>Продовжте строк або відмовте в продовженні.</translation>
    </message>
    <message>
        <source>The new term must be after the current one and not after %1.</source>
        <translation>Новий строк має бути пізнішим за чинний і не пізнішим за %1.</translation>
    </message>
    <message>
        <source>Write why the extension is refused: the executor will read it.</source>
        <translation>Напишіть, чому в продовженні відмовлено: виконавець це прочитає.</translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation>Примітка задовга: дозволено не більше 2000 символів.</translation>
    </message>
    <message>
        <source>Record the decision (Enter)</source>
        <translation>Записати рішення (Enter)</translation>
    </message>
    <message>
        <source>Remember to inform the author of the new term.</source>
        <translation>Не забудьте повідомити заявника про новий строк.</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestDialog</name>
    <message>
        <source>Current term:</source>
        <translation>Чинний строк:</translation>
    </message>
    <message>
        <source>Legal maximum:</source>
        <translation>Граничний строк за законом:</translation>
    </message>
    <message>
        <source>&amp;New term:</source>
        <translation>&amp;Новий строк:</translation>
    </message>
    <message>
        <source>After the current term, not after the legal maximum</source>
        <translation>Пізніше за чинний строк, але не пізніше граничного строку за законом</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Why the work needs more time (required); the head decides, the author is told</source>
        <translation>Чому для виконання потрібно більше часу (обов’язково); рішення ухвалює начальник відділу, заявника повідомляють</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>Надіслати &amp;запит</translation>
    </message>
    <message>
        <source>Ask for a longer term — %1</source>
        <translation>Запит на продовження строку — %1</translation>
    </message>
    <message>
        <source>%1 — 45 days from receipt, Law 393/96 art. 20; no extension may go beyond it</source>
        <translation>%1 — 45 днів від надходження, ст. 20 Закону № 393/96; жодне продовження не може виходити за цю дату</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>The term already is the legal maximum (%1): it cannot be extended.</source>
        <translation>Строк уже дорівнює граничному строку за законом (%1): продовжити його неможливо.</translation>
    </message>
    <message>
        <source>Choose the new term: from %1 to %2.</source>
        <translation>Виберіть новий строк: від %1 до %2.</translation>
    </message>
    <message numerus="yes">
        <source>Explain why more time is needed (at least %n character(s)).</source>
        <translation>
            <numerusform>Поясніть, чому потрібно більше часу (щонайменше %n символ).</numerusform>
            <numerusform>Поясніть, чому потрібно більше часу (щонайменше %n символи).</numerusform>
            <numerusform>Поясніть, чому потрібно більше часу (щонайменше %n символів).</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is too long: at most 2000 characters.</source>
        <translation>Причина задовга: дозволено не більше 2000 символів.</translation>
    </message>
    <message>
        <source>Send the request to the head (Ctrl+Enter)</source>
        <translation>Надіслати запит начальникові відділу (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>The server ended the session: %1</source>
        <translation>Сервер завершив сеанс: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Сервер відмовив: %1</translation>
    </message>
    <message>
        <source>The server did not understand the command: %1</source>
        <translation>Сервер не зрозумів команду: %1</translation>
    </message>
    <message>
        <source>Not connected to the mail server.</source>
        <translation>Немає з&apos;єднання з поштовим сервером.</translation>
    </message>
    <message>
        <source>The server ended the command before its data.</source>
        <translation>Сервер завершив команду ще до отримання її даних.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Неочікувана відповідь сервера: %1</translation>
    </message>
    <message>
        <source>The server does not accept connections: %1</source>
        <translation>Сервер не приймає з&apos;єднань: %1</translation>
    </message>
    <message>
        <source>The server logged the connection in before encryption; STARTTLS is impossible.</source>
        <translation>Сервер авторизував з&apos;єднання ще до шифрування; STARTTLS неможливий.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; the connection would not be encrypted.</source>
        <translation>Сервер не підтримує STARTTLS; з&apos;єднання не було б зашифроване.</translation>
    </message>
    <message>
        <source>Not logged in to the mail server.</source>
        <translation>Вхід на поштовий сервер не виконано.</translation>
    </message>
    <message>
        <source>No folder is open.</source>
        <translation>Жодну теку не відкрито.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Пароль не буде надіслано незашифрованим з&apos;єднанням.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED); use TLS or STARTTLS.</source>
        <translation>Сервер не дозволяє вхід через це з&apos;єднання (LOGINDISABLED); використовуйте TLS або STARTTLS.</translation>
    </message>
    <message>
        <source>The mail server refused the login: %1</source>
        <translation>Поштовий сервер відхилив вхід: %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the server.</source>
        <translation>Неочікувана відповідь сервера.</translation>
    </message>
    <message>
        <source>Cannot open the folder &quot;%1&quot;: %2</source>
        <translation>Не вдалося відкрити теку «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2</source>
        <translation>Не вдалося створити теку «%1»: %2</translation>
    </message>
    <message>
        <source>The message (UID %1) has %2 bytes, more than the limit of %3 bytes.</source>
        <translation>Лист (UID %1) має %2 байтів, що більше за обмеження %3 байтів.</translation>
    </message>
    <message>
        <source>The message (UID %1) is no longer in the folder.</source>
        <translation>Листа (UID %1) у теці вже немає.</translation>
    </message>
</context>
<context>
    <name>IncomingMail</name>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>New, check the original</source>
        <translation>Новий, звірте з оригіналом</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Added to a case</source>
        <translation>Додано до справи</translation>
    </message>
    <message>
        <source>Not for operators</source>
        <translation>Не для операторів</translation>
    </message>
    <message>
        <source>Not an appeal</source>
        <translation>Не звернення</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Автовідповідь</translation>
    </message>
    <message>
        <source>Returned mail</source>
        <translation>Повернений лист</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
</context>
<context>
    <name>IncomingMailModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Надійшов</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>The letter may be damaged or unusually encoded: compare its text with the original</source>
        <translation>Лист може бути пошкоджений або мати незвичне кодування: звірте його текст з оригіналом</translation>
    </message>
</context>
<context>
    <name>IncomingMailWindow</name>
    <message>
        <source>Incoming e-mail</source>
        <translation>Вхідна пошта</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <source>Waiting letters are those no operator has registered yet</source>
        <translation>Листи, що очікують, — ті, яких ще не зареєстрував жоден оператор</translation>
    </message>
    <message>
        <source>Search sender or subject (Ctrl+F)</source>
        <translation>Пошук за відправником або темою (Ctrl+F)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Select a letter to read it</source>
        <translation>Виберіть лист, щоб прочитати його</translation>
    </message>
    <message>
        <source>Selected letter</source>
        <translation>Вибраний лист</translation>
    </message>
    <message>
        <source>Files of the letter: Enter or a double-click saves one</source>
        <translation>Файли листа: Enter або подвійне клацання зберігає файл</translation>
    </message>
    <message>
        <source>Files of the letter</source>
        <translation>Файли листа</translation>
    </message>
    <message>
        <source>&amp;Register appeal… (Enter)</source>
        <translation>&amp;Зареєструвати звернення… (Enter)</translation>
    </message>
    <message>
        <source>Open the intake form filled from this letter; the citizen gets the acknowledgement with the registration number</source>
        <translation>Відкрити форму реєстрації, заповнену з цього листа; громадянин отримає підтвердження з реєстраційним номером</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Відкрити справу</translation>
    </message>
    <message>
        <source>The case this letter was registered as or added to</source>
        <translation>Справа, яку зареєстровано з цього листа або до якої його додано</translation>
    </message>
    <message>
        <source>Not an &amp;appeal…</source>
        <translation>Не &amp;звернення…</translation>
    </message>
    <message>
        <source>Take the letter out of the queue with a reason (spam, an empty letter, a copy)</source>
        <translation>Прибрати лист із черги із зазначенням причини (спам, порожній лист, копія)</translation>
    </message>
    <message>
        <source>Save &amp;original…</source>
        <translation>Зберегти &amp;оригінал…</translation>
    </message>
    <message>
        <source>Save the letter exactly as it arrived (.eml), to open it in a mail program</source>
        <translation>Зберегти лист точно таким, яким він надійшов (.eml), щоб відкрити його в поштовій програмі</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Оновити (F5)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Waiting for registration</source>
        <translation>Очікують реєстрації</translation>
    </message>
    <message>
        <source>Registered, added to cases, not appeals</source>
        <translation>Зареєстровані, додані до справ, не звернення</translation>
    </message>
    <message>
        <source>Bounces, auto-replies and spam</source>
        <translation>Повернення, автовідповіді та спам</translation>
    </message>
    <message>
        <source>All letters</source>
        <translation>Усі листи</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Від: %1</translation>
    </message>
    <message>
        <source>Reply to: %1</source>
        <translation>Відповідати на: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Надійшов: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Написано: %1</translation>
    </message>
    <message>
        <source>Not for operators: %1 (%2)</source>
        <translation>Не для операторів: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Справа: %1</translation>
    </message>
    <message>
        <source>Handled by %1 on %2</source>
        <translation>Опрацював(ла) %1, %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>The letter had only HTML: its text is shown converted.</source>
        <translation>Лист містив лише HTML: текст показано перетвореним.</translation>
    </message>
    <message>
        <source>Not an appeal</source>
        <translation>Не звернення</translation>
    </message>
    <message>
        <source>Why is the letter from %1 not an appeal? (kept with the letter)</source>
        <translation>Чому лист від %1 не є зверненням? (зберігається разом з листом)</translation>
    </message>
    <message>
        <source>Give the reason: the letter stays in the queue.</source>
        <translation>Зазначте причину: лист залишається в черзі.</translation>
    </message>
    <message>
        <source>Save the original letter</source>
        <translation>Зберегти оригінал листа</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Поштові повідомлення (*.eml)</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Зберегти файл</translation>
    </message>
    <message>
        <source>The letter may be damaged or unusually encoded: compare its text with the original (Save original…).</source>
        <translation>Лист може бути пошкоджений або мати незвичне кодування: звірте його текст з оригіналом (кнопка «Зберегти оригінал…»).</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>Технічні подробиці: %1</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>&amp;Inspector:</source>
        <translation>&amp;Хто обстежував:</translation>
    </message>
    <message>
        <source>Who inspected on site (name, position)</source>
        <translation>Хто проводив обстеження на місці (ПІБ, посада)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>Date and time of the inspection (not in the future)</source>
        <translation>Дата й час обстеження (не в майбутньому)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Результати обстеження:</translation>
    </message>
    <message>
        <source>What was found on site (required); Ctrl+Enter saves</source>
        <translation>Що виявлено на місці (обов’язково); Ctrl+Enter — зберегти</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>On-site inspection — %1</source>
        <translation>Обстеження на місці — %1</translation>
    </message>
    <message>
        <source>Who inspected? Enter the inspector&apos;s name.</source>
        <translation>Хто проводив обстеження? Вкажіть прізвище та ім’я.</translation>
    </message>
    <message>
        <source>The inspection cannot be in the future.</source>
        <translation>Дата обстеження не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Write the findings of the inspection.</source>
        <translation>Опишіть результати обстеження.</translation>
    </message>
    <message>
        <source>The findings are too long: at most 20000 characters.</source>
        <translation>Опис результатів задовгий: дозволено не більше 20000 символів.</translation>
    </message>
    <message>
        <source>Save the inspection (Ctrl+Enter in the findings)</source>
        <translation>Зберегти обстеження (Ctrl+Enter у полі результатів)</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>Instruction of the mayor</source>
        <translation>Доручення міського голови</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>The instruction&apos;s number as registered</source>
        <translation>Реєстраційний номер доручення</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>The mayor or a deputy mayor who gave the instruction (choose or type)</source>
        <translation>Міський голова або заступник міського голови, який дав доручення (виберіть або введіть)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>What is to be done (required); Ctrl+Enter saves</source>
        <translation>Що потрібно зробити (обов’язково); Ctrl+Enter — зберегти</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Строк виконання:</translation>
    </message>
    <message>
        <source>When the instruction must be executed (today or later)</source>
        <translation>Коли доручення має бути виконано (сьогодні або пізніше)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>A&amp;ppeals:</source>
        <translation>&amp;Звернення:</translation>
    </message>
    <message>
        <source>registration index, Enter adds</source>
        <translation>реєстраційний індекс, Enter — додати</translation>
    </message>
    <message>
        <source>The registration index of an appeal this instruction covers; Enter adds it to the list</source>
        <translation>Реєстраційний індекс звернення, якого стосується доручення; Enter додає його до списку</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Linked appeals; Delete removes the selected one</source>
        <translation>Пов’язані звернення; Delete вилучає вибране</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove the selected appeal from the list (Delete)</source>
        <translation>Вилучити вибране звернення зі списку (Delete)</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 уже є в списку.</translation>
    </message>
    <message>
        <source>Enter the number of the instruction.</source>
        <translation>Вкажіть номер доручення.</translation>
    </message>
    <message>
        <source>Choose who gave the instruction (the mayor or a deputy).</source>
        <translation>Виберіть, хто дав доручення (міський голова або заступник).</translation>
    </message>
    <message>
        <source>Enter the text of the instruction.</source>
        <translation>Введіть текст доручення.</translation>
    </message>
    <message>
        <source>The text is too long: at most 20000 characters.</source>
        <translation>Текст задовгий: дозволено не більше 20000 символів.</translation>
    </message>
    <message>
        <source>Choose the due date (today or later).</source>
        <translation>Виберіть строк виконання (сьогодні або пізніше).</translation>
    </message>
    <message>
        <source>Press Enter (or &quot;Add&quot;) to add the typed registration index, or clear it.</source>
        <translation>Натисніть Enter (або «Додати»), щоб додати введений реєстраційний індекс, або очистьте поле.</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) linked</source>
        <translation>
            <numerusform>Пов’язано %n звернення</numerusform>
            <numerusform>Пов’язано %n звернення</numerusform>
            <numerusform>Пов’язано %n звернень</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the instruction (Enter)</source>
        <translation>Зберегти доручення (Enter)</translation>
    </message>
</context>
<context>
    <name>InstructionListWindow</name>
    <message>
        <source>Instructions of the mayor and deputies</source>
        <translation>Доручення міського голови та заступників</translation>
    </message>
    <message>
        <source>&amp;New instruction… (Ctrl+N)</source>
        <translation>&amp;Нове доручення… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark &amp;executed…</source>
        <translation>Позначити &amp;виконаним…</translation>
    </message>
    <message>
        <source>The selected open instruction is executed: record how</source>
        <translation>Вибране доручення виконано: запишіть, як саме</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Оновити (F5)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрите</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>виконане</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасоване</translation>
    </message>
</context>
<context>
    <name>InstructionsController</name>
    <message>
        <source>&amp;Instructions of the mayor…</source>
        <translation>&amp;Доручення міського голови…</translation>
    </message>
    <message>
        <source>Instruction executed</source>
        <translation>Доручення виконано</translation>
    </message>
    <message>
        <source>How was the instruction executed?</source>
        <translation>Як виконано доручення?</translation>
    </message>
    <message>
        <source>Somebody changed the instruction meanwhile; the list is read again.</source>
        <translation>Доручення тим часом змінив хтось інший; список прочитано знову.</translation>
    </message>
    <message>
        <source>Marked executed.</source>
        <translation>Позначено виконаним.</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Міський голова</translation>
    </message>
    <message>
        <source>Secretary of the city council</source>
        <translation>Секретар міської ради</translation>
    </message>
    <message>
        <source>First deputy mayor</source>
        <translation>Перший заступник міського голови</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Заступник міського голови</translation>
    </message>
    <message>
        <source>No case has the index %1; nothing was saved.</source>
        <translation>Немає звернення з індексом %1; нічого не збережено.</translation>
    </message>
    <message>
        <source>The instruction is recorded.</source>
        <translation>Доручення записано.</translation>
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
    <message>
        <source>From the incoming letter: check the name and address, choose the topic; the citizen gets the registration number by e-mail.</source>
        <translation>З вхідного листа: перевірте ПІБ та адресу, виберіть тематику; громадянин отримає реєстраційний номер електронною поштою.</translation>
    </message>
    <message>
        <source>New appeal from an e-mail letter</source>
        <translation>Нове звернення з електронного листа</translation>
    </message>
    <message>
        <source>Incoming letter</source>
        <translation>Вхідний лист</translation>
    </message>
</context>
<context>
    <name>KbEditorWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>База знань</translation>
    </message>
    <message>
        <source>filter by title…</source>
        <translation>фільтр за назвою…</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Нова стаття</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <source>classifier codes: 009, 021</source>
        <translation>коди класифікатора: 009, 021</translation>
    </message>
    <message>
        <source>O&amp;rganisations:</source>
        <translation>О&amp;рганізації:</translation>
    </message>
    <message>
        <source>organisation codes: BTVE, PO</source>
        <translation>коди організацій: BTVE, PO</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>words callers use: світло, ліхтар</source>
        <translation>слова абонентів: світло, ліхтар</translation>
    </message>
    <message>
        <source>Review &amp;due:</source>
        <translation>Переглянути &amp;до:</translation>
    </message>
    <message>
        <source>Re&amp;viewed today (next review in a year)</source>
        <translation>Пере&amp;глянуто сьогодні (наступний перегляд через рік)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Активна</translation>
    </message>
    <message>
        <source>The answer as the operator reads it to the caller (Markdown: **bold**, lists, [links](https://…))</source>
        <translation>Відповідь, як оператор читає її абонентові (Markdown: **жирний**, списки, [посилання](https://…))</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Історія:</translation>
    </message>
    <message>
        <source>An article needs a title and an answer.</source>
        <translation>Стаття має містити назву і відповідь.</translation>
    </message>
    <message numerus="yes">
        <source>Articles: %n</source>
        <translation>
            <numerusform>Статей: %n</numerusform>
            <numerusform>Статей: %n</numerusform>
            <numerusform>Статей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, past their review date: %1</source>
        <translation>, з минулим терміном перегляду: %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(неактивна)</translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>Використано %n раз</numerusform>
            <numerusform>Використано %n рази</numerusform>
            <numerusform>Використано %n разів</numerusform>
        </translation>
    </message>
    <message>
        <source>Review was due on %1</source>
        <translation>Переглянути треба було до %1</translation>
    </message>
    <message>
        <source>Past its review date (%1): check the answer and mark it reviewed.</source>
        <translation>Термін перегляду минув (%1): перевірте відповідь і позначте її переглянутою.</translation>
    </message>
    <message>
        <source>Knowledge base — %1</source>
        <translation>База знань — %1</translation>
    </message>
    <message>
        <source>Knowledge base — new article</source>
        <translation>База знань — нова стаття</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>в%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Збережено (версія %1).</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseController</name>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;База знань…</translation>
    </message>
    <message>
        <source>The article was not found.</source>
        <translation>Статтю не знайдено.</translation>
    </message>
    <message>
        <source>Somebody saved this article meanwhile: reopen it and repeat your change.</source>
        <translation>Хтось тим часом зберіг цю статтю: відкрийте її знову і повторіть зміну.</translation>
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
    <name>MailController</name>
    <message>
        <source>&amp;Incoming e-mail…</source>
        <translation>&amp;Вхідна пошта…</translation>
    </message>
    <message>
        <source>Letters from the centre&apos;s mailbox waiting to be registered</source>
        <translation>Листи з поштової скриньки центру, що очікують реєстрації</translation>
    </message>
    <message>
        <source>Letters waiting for registration (Ctrl+Shift+M)</source>
        <translation>Листи, що очікують реєстрації (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Налаштування &amp;пошти…</translation>
    </message>
    <message>
        <source>The centre&apos;s mailbox and the server that sends notices</source>
        <translation>Поштова скринька центру та сервер, що надсилає повідомлення</translation>
    </message>
    <message>
        <source>Registering appeals is not part of your role.</source>
        <translation>Реєстрація звернень не належить до вашої ролі.</translation>
    </message>
    <message>
        <source>This letter has already been handled.</source>
        <translation>Цей лист уже опрацьовано.</translation>
    </message>
    <message>
        <source>Somebody handled this letter meanwhile: the list is refreshed.</source>
        <translation>Тим часом цей лист опрацював хтось інший: список оновлено.</translation>
    </message>
    <message>
        <source>The letter is out of the queue.</source>
        <translation>Лист прибрано з черги.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message numerus="yes">
        <source>✉ %n letter(s) waiting</source>
        <translation>
            <numerusform>✉ %n лист очікує</numerusform>
            <numerusform>✉ %n листи очікують</numerusform>
            <numerusform>✉ %n листів очікують</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox: connected, the folder is readable.</source>
        <translation>Поштова скринька: з&apos;єднання є, теку можна читати.</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Поштова скринька: %1</translation>
    </message>
    <message>
        <source>Sending: connected and logged in.</source>
        <translation>Надсилання: з&apos;єднання є, вхід виконано.</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Надсилання: %1</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Налаштування пошти збережено.</translation>
    </message>
    <message>
        <source>Notices that could not be sent: View ▸ Outbox (Ctrl+Shift+O), status Failed</source>
        <translation>Повідомлення, які не вдалося надіслати: Вигляд ▸ Вихідні повідомлення (Ctrl+Shift+O), стан «Помилка»</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n e-mail(s) not delivered</source>
        <translation>
            <numerusform>⚠ %n лист не доставлено</numerusform>
            <numerusform>⚠ %n листи не доставлено</numerusform>
            <numerusform>⚠ %n листів не доставлено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailEndpoint</name>
    <message>
        <source>The server name is empty.</source>
        <translation>Не вказано ім&apos;я сервера.</translation>
    </message>
    <message>
        <source>The port is not set.</source>
        <translation>Не вказано порт.</translation>
    </message>
    <message>
        <source>Mail without encryption is allowed only on this computer (localhost); choose TLS or STARTTLS.</source>
        <translation>Пошта без шифрування дозволена лише на цьому комп&apos;ютері (localhost); виберіть TLS або STARTTLS.</translation>
    </message>
    <message>
        <source>The timeout is too short.</source>
        <translation>Час очікування закороткий.</translation>
    </message>
</context>
<context>
    <name>MailIntakeJob</name>
    <message>
        <source>Mailbox: %1</source>
        <translation>Поштова скринька: %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2</source>
        <translation>Поштова скринька %1: %2</translation>
    </message>
    <message>
        <source>Mailbox folders: %1</source>
        <translation>Теки поштової скриньки: %1</translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation>Тека %1: %2</translation>
    </message>
    <message>
        <source>(a letter too large to store)</source>
        <translation>(лист, завеликий для збереження)</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Лист %1: %2</translation>
    </message>
    <message>
        <source>Message %1 was not stored: %2</source>
        <translation>Лист %1 не збережено: %2</translation>
    </message>
    <message>
        <source>Message %1 was stored but not moved to %2: %3</source>
        <translation>Лист %1 збережено, але не перенесено до %2: %3</translation>
    </message>
    <message>
        <source>(a letter that could not be read)</source>
        <translation>(лист, який не вдалося прочитати)</translation>
    </message>
    <message>
        <source>The processed and junk folders must differ from the inbox.</source>
        <translation>Теки опрацьованих і небажаних мають відрізнятися від теки вхідних.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Налаштування пошти</translation>
    </message>
    <message>
        <source>Incoming: the centre&apos;s mailbox (IMAP)</source>
        <translation>Вхідна: поштова скринька центру (IMAP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>The centre&apos;s mailbox server, e.g. imap.example.gov.ua; empty: mail intake is off</source>
        <translation>Сервер поштової скриньки центру, напр. imap.example.gov.ua; порожньо — приймання пошти вимкнено</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Захист:</translation>
    </message>
    <message>
        <source>TLS: encrypted from the start (port 993); STARTTLS: encryption switched on after connecting (port 143)</source>
        <translation>TLS: шифрування від початку (порт 993); STARTTLS: шифрування вмикається після з&apos;єднання (порт 143)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Kept in the keychain of this computer, never in the database</source>
        <translation>Зберігається у сховищі паролів цього комп&apos;ютера, ніколи в базі даних</translation>
    </message>
    <message>
        <source>&amp;Inbox folder:</source>
        <translation>Тека &amp;вхідних:</translation>
    </message>
    <message>
        <source>Pro&amp;cessed folder:</source>
        <translation>Тека о&amp;процьованих:</translation>
    </message>
    <message>
        <source>Stored letters are moved here (created when missing)</source>
        <translation>Збережені листи переносяться сюди (теку буде створено, якщо її немає)</translation>
    </message>
    <message>
        <source>&amp;Junk folder:</source>
        <translation>Тека &amp;небажаних:</translation>
    </message>
    <message>
        <source>Bounces, auto-replies and spam are moved here, not shown to operators</source>
        <translation>Повернення, автовідповіді та спам переносяться сюди й не показуються операторам</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Перевіряти &amp;кожні:</translation>
    </message>
    <message>
        <source>How often the mail service looks for new letters</source>
        <translation>Як часто поштова служба перевіряє нові листи</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Outgoing: notices and acknowledgements (SMTP)</source>
        <translation>Вихідна: повідомлення та підтвердження (SMTP)</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>Submission server for notices and acknowledgements; empty: nothing is sent</source>
        <translation>Сервер надсилання повідомлень і підтверджень; порожньо — нічого не надсилається</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>За&amp;хист:</translation>
    </message>
    <message>
        <source>STARTTLS on port 587 is the usual submission; TLS on port 465</source>
        <translation>Звичайне надсилання — STARTTLS на порту 587; TLS — на порту 465</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Ло&amp;гін:</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Порожньо: сервер приймає пошту без входу</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Адреса відправника:</translation>
    </message>
    <message>
        <source>The address citizens and executors see and reply to</source>
        <translation>Адреса, яку бачать громадяни й виконавці та на яку відповідають</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Ім&apos;я відправника:</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA (PEM):</source>
        <translation>Додатковий довірений &amp;CA (PEM):</translation>
    </message>
    <message>
        <source>Only for servers with a certificate of the council&apos;s own authority; certificates are always checked</source>
        <translation>Лише для серверів із сертифікатом власного центру сертифікації ради; сертифікати перевіряються завжди</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Пере&amp;вірити з&apos;єднання</translation>
    </message>
    <message>
        <source>Log in to both servers with these settings (nothing is sent or moved)</source>
        <translation>Увійти на обидва сервери з цими налаштуваннями (нічого не надсилається й не переноситься)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Без шифрування (лише цей комп&apos;ютер)</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Довірені сертифікати CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертифікати PEM (*.pem *.crt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З&apos;єднання…</translation>
    </message>
    <message>
        <source>Give the login of the mailbox.</source>
        <translation>Вкажіть логін поштової скриньки.</translation>
    </message>
    <message>
        <source>Name all three folders.</source>
        <translation>Вкажіть назви всіх трьох тек.</translation>
    </message>
    <message>
        <source>The processed and junk folders must differ from the inbox.</source>
        <translation>Теки опрацьованих і небажаних мають відрізнятися від теки вхідних.</translation>
    </message>
    <message>
        <source>Mail without encryption is allowed only on this computer: choose TLS or STARTTLS for the mailbox.</source>
        <translation>Пошта без шифрування дозволена лише на цьому комп&apos;ютері: виберіть TLS або STARTTLS для поштової скриньки.</translation>
    </message>
    <message>
        <source>Give the sender address (name@domain).</source>
        <translation>Вкажіть адресу відправника (ім&apos;я@домен).</translation>
    </message>
    <message>
        <source>Mail without encryption is allowed only on this computer: choose TLS or STARTTLS for sending.</source>
        <translation>Пошта без шифрування дозволена лише на цьому комп&apos;ютері: виберіть TLS або STARTTLS для надсилання.</translation>
    </message>
    <message>
        <source>A field is too long or holds a line break.</source>
        <translation>Поле задовге або містить розрив рядка.</translation>
    </message>
</context>
<context>
    <name>MailTransport</name>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing).</source>
        <translation>TLS недоступний на цьому комп&apos;ютері (немає OpenSSL).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Не вдалося прочитати файл сертифіката центру сертифікації %1: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Файл %1 не містить сертифіката у форматі PEM.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>з&apos;єднання</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертифікат сервера не є довіреним: %1</translation>
    </message>
    <message>
        <source>The TLS handshake timed out.</source>
        <translation>Час встановлення TLS-з&apos;єднання вичерпано.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Не вдалося встановити TLS-з&apos;єднання: %1</translation>
    </message>
    <message>
        <source>The server sent data before the TLS handshake; the connection is closed.</source>
        <translation>Сервер надіслав дані до встановлення TLS; з&apos;єднання закрито.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Немає з&apos;єднання.</translation>
    </message>
    <message>
        <source>The server %1:%2 did not answer in time (%3).</source>
        <translation>Сервер %1:%2 не відповів вчасно (%3).</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Помилка TLS: %1</translation>
    </message>
    <message>
        <source>The server %1:%2 closed the connection.</source>
        <translation>Сервер %1:%2 закрив з&apos;єднання.</translation>
    </message>
    <message>
        <source>Cannot talk to the server %1:%2: %3</source>
        <translation>Не вдається зв&apos;язатися із сервером %1:%2: %3</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>читання</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Сервер надіслав рядок довший за %1 байтів.</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>надсилання</translation>
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
    <message numerus="yes">
        <source>%n new case(s) in your work</source>
        <translation>
            <numerusform>%n нове звернення надійшло у вашу роботу</numerusform>
            <numerusform>%n нові звернення надійшли у вашу роботу</numerusform>
            <numerusform>%n нових звернень надійшло у вашу роботу</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
</context>
<context>
    <name>OutageController</name>
    <message>
        <source>Add an &amp;outage…</source>
        <translation>Додати &amp;відключення…</translation>
    </message>
    <message>
        <source>Outage saved: operators see it for the addresses it covers.</source>
        <translation>Відключення збережено: оператори бачитимуть його для адрес, яких воно стосується.</translation>
    </message>
</context>
<context>
    <name>OutageDialog</name>
    <message>
        <source>New outage</source>
        <translation>Нове відключення</translation>
    </message>
    <message>
        <source>&amp;Utility:</source>
        <translation>&amp;Постачальник:</translation>
    </message>
    <message>
        <source>organisation code (BTVE) or name</source>
        <translation>код організації (BTVE) або назва</translation>
    </message>
    <message>
        <source>&amp;What is off:</source>
        <translation>&amp;Що вимкнено:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Вулиця:</translation>
    </message>
    <message>
        <source>&amp;Houses:</source>
        <translation>&amp;Будинки:</translation>
    </message>
    <message>
        <source>1-15 непарні; 2, 4, 6-10; 12-А — empty: the whole street</source>
        <translation>1-15 непарні; 2, 4, 6-10; 12-А — порожньо: уся вулиця</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>&amp;Planned works (not an accident)</source>
        <translation>&amp;Планові роботи (не аварія)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <source>Hot water</source>
        <translation>Гаряча вода</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Опалення</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Електроенергія</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Who announced it?</source>
        <translation>Хто повідомив?</translation>
    </message>
    <message>
        <source>Which street?</source>
        <translation>Яка вулиця?</translation>
    </message>
    <message>
        <source>Houses: %1</source>
        <translation>Будинки: %1</translation>
    </message>
    <message>
        <source>The outage must end after it starts.</source>
        <translation>Відключення має закінчитися пізніше, ніж почалося.</translation>
    </message>
    <message>
        <source>At most 90 days.</source>
        <translation>Не довше 90 днів.</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <source>&amp;Outbox (e-mail notifications)…</source>
        <translation>&amp;Вихідні повідомлення (e-mail)…</translation>
    </message>
    <message>
        <source>The message was changed meanwhile (perhaps sent); the list is read again.</source>
        <translation>Повідомлення тим часом змінилося (можливо, його надіслано); список прочитано знову.</translation>
    </message>
    <message>
        <source>The message is queued again and will be sent shortly.</source>
        <translation>Повідомлення знову в черзі й незабаром буде надіслане.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Assignment</source>
        <translation>Доручення виконавцю</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Escalation, level 1</source>
        <translation>Ескалація, рівень 1</translation>
    </message>
    <message>
        <source>Escalation, level 2</source>
        <translation>Ескалація, рівень 2</translation>
    </message>
    <message>
        <source>Escalation, level 3</source>
        <translation>Ескалація, рівень 3</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Доопрацювання</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Не належить до компетенції</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Next attempt %1</source>
        <translation>Наступна спроба %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема листа</translation>
    </message>
    <message>
        <source>Case index</source>
        <translation>Індекс звернення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Надіслано о</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Остання помилка</translation>
    </message>
    <message>
        <source>Acknowledgement to the citizen</source>
        <translation>Підтвердження громадянину</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Надсилається</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail server: %1</source>
        <translation>Поштовий сервер: %1</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Вихідні: %1</translation>
    </message>
    <message>
        <source>Mail server %1: %2</source>
        <translation>Поштовий сервер %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox: e-mail notifications</source>
        <translation>Вихідні повідомлення: e-mail</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>Only messages in this state</source>
        <translation>Лише повідомлення в цьому стані</translation>
    </message>
    <message>
        <source>Search recipient or subject (Ctrl+F)</source>
        <translation>Пошук за одержувачем або темою (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a message to read it</source>
        <translation>Виберіть повідомлення, щоб прочитати його</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Вибране повідомлення</translation>
    </message>
    <message>
        <source>&amp;Open case (Enter)</source>
        <translation>&amp;Відкрити звернення (Enter)</translation>
    </message>
    <message>
        <source>The case card of the selected message</source>
        <translation>Картка звернення вибраного повідомлення</translation>
    </message>
    <message>
        <source>Re&amp;try sending</source>
        <translation>Надіслати &amp;ще раз</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Оновити (F5)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Усі повідомлення</translation>
    </message>
    <message>
        <source>Put the selected failed message back in the queue: it is sent again at once</source>
        <translation>Повернути вибране невдале повідомлення в чергу: його буде надіслано знову одразу</translation>
    </message>
    <message>
        <source>Only the administrator may send a message again</source>
        <translation>Надіслати повідомлення ще раз може лише адміністратор</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Звернення: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n спроба</numerusform>
            <numerusform>%n спроби</numerusform>
            <numerusform>%n спроб</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>надіслано %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Остання помилка: %1</translation>
    </message>
</context>
<context>
    <name>PetitionQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Online: %1, on paper: %2</source>
        <translation>Онлайн: %1, на папері: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишилось</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
</context>
<context>
    <name>PetitionRegistryWindow</name>
    <message>
        <source>E-petitions</source>
        <translation>Електронні петиції</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Formal checks (advice for the moderator):</source>
        <translation>Формальна перевірка (порада модератору):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Take to &amp;moderation</source>
        <translation>Взяти на &amp;модерацію</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Оприлюднити</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Відхилити…</translation>
    </message>
    <message>
        <source>&amp;Signatures…</source>
        <translation>&amp;Підписи…</translation>
    </message>
    <message>
        <source>Pass to the m&amp;ayor</source>
        <translation>Передати міському &amp;голові</translation>
    </message>
    <message>
        <source>Under &amp;consideration</source>
        <translation>На &amp;розгляді</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>Від&amp;повідь…</translation>
    </message>
    <message>
        <source>Con&amp;vert to an appeal</source>
        <translation>Розглянути як з&amp;вернення</translation>
    </message>
    <message>
        <source>E&amp;xpire overdue</source>
        <translation>Закрити &amp;прострочені</translation>
    </message>
    <message>
        <source>Print su&amp;bmission to the mayor…</source>
        <translation>Друк по&amp;дання міському голові…</translation>
    </message>
    <message>
        <source>Print moderation &amp;decision…</source>
        <translation>Друк рі&amp;шення модерації…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Чинні</translation>
    </message>
    <message>
        <source>Select a petition.</source>
        <translation>Виберіть петицію.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Moderation term</source>
        <translation>Строк модерації</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Оприлюднено</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Підписи</translation>
    </message>
    <message>
        <source>%1 of %2 (online %3, on paper %4)</source>
        <translation>%1 з %2 (онлайн %3, на папері %4)</translation>
    </message>
    <message>
        <source>Collection ends</source>
        <translation>Збір підписів до</translation>
    </message>
    <message>
        <source>To the mayor by</source>
        <translation>Передати міському голові до</translation>
    </message>
    <message>
        <source>Consideration term</source>
        <translation>Строк розгляду</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Registered as appeal</source>
        <translation>Зареєстровано як звернення</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <source>Formal checks:</source>
        <translation>Формальна перевірка:</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Зауважень немає.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2. Reasons: %3</source>
        <translation>Відхилив(ла) %1 %2. Причини: %3</translation>
    </message>
    <message>
        <source>Published by %1 on %2 (the findings above were recorded with the decision).</source>
        <translation>Оприлюднив(ла) %1 %2 (наведені зауваження збережено разом із рішенням).</translation>
    </message>
    <message>
        <source>No moderation decision yet: the findings advise, the moderator decides.</source>
        <translation>Рішення модерації ще немає: зауваження є порадою, вирішує модератор.</translation>
    </message>
    <message>
        <source>Reject the petition</source>
        <translation>Відхилити петицію</translation>
    </message>
    <message>
        <source>Reasons (one per line), shown to the author:</source>
        <translation>Причини (по одній у рядку), їх побачить автор:</translation>
    </message>
    <message>
        <source>A rejection needs its reasons.</source>
        <translation>Для відхилення потрібні причини.</translation>
    </message>
    <message>
        <source>Online:</source>
        <translation>Онлайн:</translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation>На папері:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>Answer to the petition</source>
        <translation>Відповідь на петицію</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Підтримано</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не підтримано</translation>
    </message>
    <message>
        <source>Answer (published):</source>
        <translation>Відповідь (оприлюднюється):</translation>
    </message>
    <message>
        <source>The answer needs its text.</source>
        <translation>Відповідь потребує тексту.</translation>
    </message>
</context>
<context>
    <name>PetitionsController</name>
    <message>
        <source>&amp;Petitions…</source>
        <translation>&amp;Петиції…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Виконано.</translation>
    </message>
    <message>
        <source>The petition is rejected; the reasons are recorded.</source>
        <translation>Петицію відхилено; причини збережено.</translation>
    </message>
    <message>
        <source>The signatures are counted.</source>
        <translation>Підписи враховано.</translation>
    </message>
    <message>
        <source>The answer is recorded.</source>
        <translation>Відповідь збережено.</translation>
    </message>
    <message>
        <source>Overdue petitions are expired.</source>
        <translation>Петиції з вичерпаним строком збору позначено як такі, що не набрали підписів.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено %1.</translation>
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
        <translation>На затвердженні</translation>
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
    <message>
        <source>New and in work</source>
        <translation>Нові та на виконанні</translation>
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
        <source>About %1 cases (an estimate from a sample; the exact number appears when the tab is opened)</source>
        <translation>Звернень: приблизно %1 (оцінка за вибіркою; точну кількість буде показано, коли відкриєте вкладку)</translation>
    </message>
    <message>
        <source>Print the queue: %1</source>
        <translation>Друк черги: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The reason, as the recipient will read it; Ctrl+Enter confirms</source>
        <translation>Причина — так, як її прочитає адресат; Ctrl+Enter — підтвердити</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message numerus="yes">
        <source>Write the reason: at least %n character(s).</source>
        <translation>
            <numerusform>Напишіть причину: щонайменше %n символ.</numerusform>
            <numerusform>Напишіть причину: щонайменше %n символи.</numerusform>
            <numerusform>Напишіть причину: щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Причина задовга: %1 симв., дозволено не більше %2.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the assignment</source>
        <translation>Відповідь на доручення</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Виконано</translation>
    </message>
    <message>
        <source>The problem is solved (classifier 9.1 &quot;solved positively&quot; once the citizen confirms)</source>
        <translation>Проблему розв’язано (після підтвердження громадянином — 9.1 класифікатора «вирішено позитивно»)</translation>
    </message>
    <message>
        <source>&amp;Explained</source>
        <translation>&amp;Роз’яснено</translation>
    </message>
    <message>
        <source>The citizen is given an explanation (classifier 9.3)</source>
        <translation>Громадянинові надано роз’яснення (9.3 класифікатора)</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>Від&amp;мовлено</translation>
    </message>
    <message>
        <source>The request is refused, with the grounds in the text (classifier 9.2)</source>
        <translation>У задоволенні відмовлено, підстави наведено в тексті (9.2 класифікатора)</translation>
    </message>
    <message>
        <source>&amp;Impossible in this period</source>
        <translation>Неможливо в &amp;цей період</translation>
    </message>
    <message>
        <source>It cannot be done now (season, funding); say when it can be in the text</source>
        <translation>Зараз виконати неможливо (сезон, фінансування); у тексті вкажіть, коли це можна буде зробити</translation>
    </message>
    <message>
        <source>Reply te&amp;xt:</source>
        <translation>&amp;Текст відповіді:</translation>
    </message>
    <message>
        <source>What was done, as the citizen will hear it (required, at most 50 000 characters); Ctrl+Enter sends</source>
        <translation>Що зроблено — так, як це почує громадянин (обов’язково, не більше 50 000 символів); Ctrl+Enter — надіслати</translation>
    </message>
    <message>
        <source>Outgoing &amp;letter</source>
        <translation>Ви&amp;хідний лист</translation>
    </message>
    <message>
        <source>Tick when a written answer was registered: its number and date go to the card</source>
        <translation>Позначте, якщо зареєстровано письмову відповідь: її номер і дату буде внесено до картки</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>The outgoing registration number of the answer</source>
        <translation>Вихідний реєстраційний номер відповіді</translation>
    </message>
    <message>
        <source>Sent o&amp;n:</source>
        <translation>Наді&amp;слано:</translation>
    </message>
    <message>
        <source>The date of the outgoing letter (not later than today)</source>
        <translation>Дата вихідного листа (не пізніше сьогоднішньої)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Додатки:</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Надіслати відповідь</translation>
    </message>
    <message>
        <source>Choose the result: done, explained, refused or impossible in this period.</source>
        <translation>Виберіть результат: виконано, роз’яснено, відмовлено чи неможливо в цей період.</translation>
    </message>
    <message>
        <source>Write the reply text.</source>
        <translation>Напишіть текст відповіді.</translation>
    </message>
    <message>
        <source>The reply is too long: %1 characters, at most %2. Attach the full text as a file.</source>
        <translation>Відповідь задовга: %1 симв., дозволено не більше %2. Долучіть повний текст файлом.</translation>
    </message>
    <message>
        <source>Enter the number of the outgoing letter, or untick &quot;Outgoing letter&quot;.</source>
        <translation>Вкажіть номер вихідного листа або зніміть позначку «Вихідний лист».</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Надіслати відповідь (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ReportChartRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot draw the chart.</source>
        <translation>Не вдалося намалювати діаграму.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>A usual period; the dates below can be changed by hand</source>
        <translation>Звичний період; дати нижче можна змінити вручну</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Also save the &amp;charts as pictures (PNG and SVG)</source>
        <translation>Також зберегти &amp;діаграми як зображення (PNG і SVG)</translation>
    </message>
    <message>
        <source>Every chart of the report as its own file beside the report, for presentations</source>
        <translation>Кожна діаграма звіту окремим файлом поруч зі звітом, для презентацій</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Сформувати звіт</translation>
    </message>
    <message>
        <source>Executive discipline</source>
        <translation>Виконавська дисципліна</translation>
    </message>
    <message>
        <source>Analytics of appeals</source>
        <translation>Аналітика звернень</translation>
    </message>
    <message>
        <source>Quarterly statistics by the classifier</source>
        <translation>Квартальна статистика за класифікатором</translation>
    </message>
    <message>
        <source>Daily report for the mayor</source>
        <translation>Щоденний звіт для міського голови</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Минулий квартал</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Цей квартал до сьогодні</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Цей рік до сьогодні</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Минулий рік</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Інші дати</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV file (spreadsheet)</source>
        <translation>Файл CSV (електронна таблиця)</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>Файл HTML</translation>
    </message>
    <message>
        <source>The quarter has not begun yet.</source>
        <translation>Квартал ще не розпочався.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>The period is longer than three years.</source>
        <translation>Період довший за три роки.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>No printer.</source>
        <translation>Принтер недоступний.</translation>
    </message>
    <message>
        <source>The printer&apos;s page has no printable area.</source>
        <translation>Сторінка принтера не має області друку.</translation>
    </message>
    <message>
        <source>Cannot start printing on %1.</source>
        <translation>Не вдалося почати друк на %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Не вдалося почати сторінку %1.</translation>
    </message>
    <message>
        <source>Printing the report failed.</source>
        <translation>Не вдалося надрукувати звіт.</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>&amp;Daily report for the mayor…</source>
        <translation>&amp;Щоденний звіт для міського голови…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Daily report for the mayor</source>
        <translation>Щоденний звіт для міського голови</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для електронних таблиць (*.csv)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Веб-сторінки (*.html)</translation>
    </message>
    <message>
        <source>Executive discipline</source>
        <translation>Виконавська дисципліна</translation>
    </message>
    <message>
        <source>Analytics of appeals</source>
        <translation>Аналітика звернень</translation>
    </message>
    <message>
        <source>Quarterly statistics by the classifier</source>
        <translation>Квартальна статистика за класифікатором</translation>
    </message>
    <message>
        <source>&amp;Executive discipline…</source>
        <translation>&amp;Виконавська дисципліна…</translation>
    </message>
    <message>
        <source>&amp;Analytics with charts…</source>
        <translation>&amp;Аналітика з діаграмами…</translation>
    </message>
    <message>
        <source>&amp;Quarterly statistics by the classifier…</source>
        <translation>&amp;Квартальна статистика за класифікатором…</translation>
    </message>
    <message>
        <source>The reporting server is not reachable: %1</source>
        <translation>Сервер звітів недоступний: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Читання звіту…</translation>
    </message>
    <message>
        <source>The report was not written to the audit log: %1</source>
        <translation>Звіт не записано до журналу аудиту: %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message numerus="yes">
        <source>The report was saved to %1 (and %n chart file(s) beside it).</source>
        <translation>
            <numerusform>Звіт збережено до %1 (і поруч %n файл діаграми).</numerusform>
            <numerusform>Звіт збережено до %1 (і поруч %n файли діаграм).</numerusform>
            <numerusform>Звіт збережено до %1 (і поруч %n файлів діаграм).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Звіт збережено до %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The SMTP server sent an invalid reply: %1</source>
        <translation>SMTP-сервер надіслав некоректну відповідь: %1</translation>
    </message>
    <message>
        <source>The SMTP server refused EHLO: %1 %2</source>
        <translation>SMTP-сервер відхилив EHLO: %1 %2</translation>
    </message>
    <message>
        <source>The SMTP server does not accept connections: %1 %2</source>
        <translation>SMTP-сервер не приймає з&apos;єднань: %1 %2</translation>
    </message>
    <message>
        <source>The SMTP server does not offer STARTTLS; the connection would not be encrypted.</source>
        <translation>SMTP-сервер не підтримує STARTTLS; з&apos;єднання не було б зашифроване.</translation>
    </message>
    <message>
        <source>The SMTP server refused STARTTLS: %1 %2</source>
        <translation>SMTP-сервер відхилив STARTTLS: %1 %2</translation>
    </message>
    <message>
        <source>The SMTP server refused the login: %1 %2</source>
        <translation>SMTP-сервер відхилив вхід: %1 %2</translation>
    </message>
    <message>
        <source>Not connected to the SMTP server.</source>
        <translation>Немає з&apos;єднання з SMTP-сервером.</translation>
    </message>
    <message>
        <source>Refusing to send the password over an unencrypted connection.</source>
        <translation>Пароль не буде надіслано незашифрованим з&apos;єднанням.</translation>
    </message>
    <message>
        <source>The SMTP server offers no login method this program knows (PLAIN or LOGIN).</source>
        <translation>SMTP-сервер не пропонує відомого програмі способу входу (PLAIN або LOGIN).</translation>
    </message>
    <message>
        <source>The SMTP server refused the message: %1 %2</source>
        <translation>SMTP-сервер відхилив лист: %1 %2</translation>
    </message>
    <message>
        <source>The message has no valid sender or no recipients.</source>
        <translation>У листа немає коректного відправника або одержувачів.</translation>
    </message>
    <message>
        <source>Invalid recipient address: %1</source>
        <translation>Некоректна адреса одержувача: %1</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the SMTP server accepts at most %2.</source>
        <translation>Лист має %1 байтів; SMTP-сервер приймає щонайбільше %2.</translation>
    </message>
    <message>
        <source>The SMTP server refused recipients: %1</source>
        <translation>SMTP-сервер відхилив одержувачів: %1</translation>
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
    <name>WorkflowError</name>
    <message>
        <source>Your role does not allow this action on this case.</source>
        <translation>Ваша роль не дозволяє виконати цю дію з цим зверненням.</translation>
    </message>
    <message>
        <source>This action is not possible in the current state of the case.</source>
        <translation>Ця дія неможлива в поточному стані звернення.</translation>
    </message>
    <message>
        <source>The case was changed by someone else. Reload it and try again.</source>
        <translation>Звернення змінив інший користувач. Оновіть його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The case was changed by %1 at %2. Reload it and try again.</source>
        <translation>Звернення змінив користувач %1 (%2). Оновіть його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The term is beyond the legal limit (45 days from receipt) or beyond the term of the case.</source>
        <translation>Строк пізніший за граничний строк за законом (45 днів від надходження) або за строк розгляду звернення.</translation>
    </message>
    <message>
        <source>A case is closed only with a result from classifier section 9.</source>
        <translation>Звернення можна закрити лише з результатом із розділу 9 класифікатора.</translation>
    </message>
    <message>
        <source>The case or assignment was not found.</source>
        <translation>Звернення або доручення не знайдено.</translation>
    </message>
    <message>
        <source>The data was refused: %1</source>
        <translation>Дані не прийнято: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Помилка бази даних: %1</translation>
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
