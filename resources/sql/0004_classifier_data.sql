-- 0004_classifier_data.sql
-- The classifier of appeals (Cabinet resolution No. 858 of 24.09.2008, as amended up to 2024).
-- Source: reference/classifier.csv (copied here: the application never reads it at run time).
-- status: confirmed = checked against the resolution; partial = wording partly confirmed;
-- unnumbered = item exists, number assigned by us; inferred = from public systems, may differ
-- from the current edition (LAW.md §4). Administrators load new editions as new versions.

INSERT INTO classifier_version (label, valid_from, note)
VALUES ('Постанова КМУ № 858 від 24.09.2008 (ред. 2024)', DATE '2008-09-24',
        'Sections 1-7 and 9.1-9.3 confirmed; topic codes (section II) inferred from public systems');

INSERT INTO classifier_item (version_id, section, code, name_uk, status, valid_from)
SELECT v.id, i.section, i.code, i.name_uk, i.status, DATE '2008-09-24'
  FROM classifier_version v,
       (VALUES
        ('form', '1.1', 'Поштою (електронною поштою)', 'confirmed'),
        ('form', '1.1.1', 'Засобами телефонного зв''язку (контакт-центр, гаряча лінія)', 'partial'),
        ('form', '1.2', 'На особистому прийомі', 'confirmed'),
        ('form', '1.3', 'Через уповноважену особу', 'confirmed'),
        ('form', '1.4', 'Через органи влади', 'confirmed'),
        ('form', '1.5', 'Через засоби масової інформації', 'confirmed'),
        ('form', '1.6', 'Від інших органів, установ, організацій', 'confirmed'),
        ('arrival', '2.1', 'Первинне', 'confirmed'),
        ('arrival', '2.2', 'Повторне', 'confirmed'),
        ('arrival', '2.3', 'Дублетне', 'confirmed'),
        ('arrival', '2.4', 'Неодноразове', 'confirmed'),
        ('arrival', '2.5', 'Масове', 'confirmed'),
        ('kind', '3.1', 'Пропозиція (зауваження)', 'confirmed'),
        ('kind', '3.2', 'Заява (клопотання)', 'confirmed'),
        ('kind', '3.3', 'Скарга', 'confirmed'),
        ('sex', '4.1', 'Чоловіча', 'confirmed'),
        ('sex', '4.2', 'Жіноча', 'confirmed'),
        ('subject', '5.1', 'Індивідуальне', 'confirmed'),
        ('subject', '5.2', 'Колективне', 'confirmed'),
        ('subject', '5.3', 'Анонімне', 'confirmed'),
        ('type', '6.1', 'Телеграма', 'confirmed'),
        ('type', '6.2', 'Лист', 'confirmed'),
        ('type', '6.3', 'Усне', 'confirmed'),
        ('type', '6.4', 'Електронне', 'partial'),
        ('author', '7.1', 'Учасник війни', 'confirmed'),
        ('author', '7.2', 'Дитина війни', 'confirmed'),
        ('author', '7.3', 'Особа з інвалідністю внаслідок Другої світової війни', 'confirmed'),
        ('author', '7.4', 'Особа з інвалідністю внаслідок війни', 'confirmed'),
        ('author', '7.5', 'Учасник бойових дій', 'confirmed'),
        ('author', '7.6', 'Ветеран праці', 'confirmed'),
        ('author', '7.7', 'Особа з інвалідністю I групи', 'confirmed'),
        ('author', '7.8', 'Особа з інвалідністю II групи', 'confirmed'),
        ('author', '7.9', 'Особа з інвалідністю III групи', 'confirmed'),
        ('author', '7.10', 'Дитина з інвалідністю', 'confirmed'),
        ('author', '7.11', 'Одинока мати', 'confirmed'),
        ('author', '7.12', 'Мати-героїня', 'confirmed'),
        ('author', '7.13', 'Багатодітна сім''я', 'confirmed'),
        ('author', '7.14', 'Особа, що потерпіла від Чорнобильської катастрофи', 'confirmed'),
        ('author', '7.15', 'Учасник ліквідації наслідків аварії на ЧАЕС', 'confirmed'),
        ('author', '7.16', 'Герой України', 'confirmed'),
        ('author', '7.17', 'Герой Радянського Союзу', 'confirmed'),
        ('author', '7.18', 'Герой Соціалістичної Праці', 'unnumbered'),
        ('author', '7.19', 'Дитина', 'unnumbered'),
        ('author', '7.20', 'Внутрішньо переміщена особа', 'unnumbered'),
        ('author', '7.21', 'Ветеран військової служби', 'unnumbered'),
        ('author', '7.22', 'Інші категорії', 'unnumbered'),
        ('social', '8.1', 'Пенсіонер', 'unnumbered'),
        ('social', '8.2', 'Пенсіонер з числа військовослужбовців', 'unnumbered'),
        ('social', '8.3', 'Служитель релігійної організації', 'unnumbered'),
        ('social', '8.4', 'Журналіст', 'unnumbered'),
        ('social', '8.5', 'Особа, що позбавлена волі, або воля якої обмежена', 'unnumbered'),
        ('social', '8.6', 'Робітник', 'unnumbered'),
        ('social', '8.7', 'Селянин', 'unnumbered'),
        ('social', '8.8', 'Працівник бюджетної сфери', 'unnumbered'),
        ('social', '8.9', 'Державний службовець', 'unnumbered'),
        ('social', '8.10', 'Військовослужбовець', 'unnumbered'),
        ('social', '8.11', 'Підприємець', 'unnumbered'),
        ('social', '8.12', 'Безробітний', 'unnumbered'),
        ('social', '8.13', 'Учень, студент', 'unnumbered'),
        ('social', '8.14', 'Інші', 'unnumbered'),
        ('result', '9.1', 'Вирішено позитивно', 'confirmed'),
        ('result', '9.2', 'Відмовлено у задоволенні', 'confirmed'),
        ('result', '9.3', 'Дано роз''яснення', 'confirmed'),
        ('result', '9.4', 'Повернуто заявнику (ст. 5)', 'inferred'),
        ('result', '9.5', 'Переслано за належністю (ст. 7)', 'inferred'),
        ('result', '9.6', 'Не підлягає розгляду (ст. 8)', 'inferred'),
        ('topic', '001', 'Промислова політика', 'inferred'),
        ('topic', '002', 'Аграрна політика і земельні відносини', 'inferred'),
        ('topic', '003', 'Транспорт і зв''язок', 'inferred'),
        ('topic', '004', 'Економічна, цінова, інвестиційна, зовнішньоекономічна, регіональна політика та будівництво, підприємництво', 'inferred'),
        ('topic', '005', 'Фінансова, податкова, митна політика', 'inferred'),
        ('topic', '006', 'Соціальний захист', 'inferred'),
        ('topic', '007', 'Праця і заробітна плата, охорона праці, промислова безпека', 'inferred'),
        ('topic', '008', 'Охорона здоров''я', 'inferred'),
        ('topic', '009', 'Комунальне господарство', 'inferred'),
        ('topic', '010', 'Житлова політика', 'inferred'),
        ('topic', '011', 'Екологія та природні ресурси', 'inferred'),
        ('topic', '012', 'Забезпечення дотримання законності та охорони правопорядку, реалізація прав і свобод громадян, запобігання дискримінації', 'inferred'),
        ('topic', '013', 'Сімейна та гендерна політика, захист прав дітей, молодь, фізична культура і спорт', 'inferred'),
        ('topic', '014', 'Культура та культурна спадщина, туризм', 'inferred'),
        ('topic', '015', 'Освіта, наукова, науково-технічна, інноваційна діяльність та інтелектуальна власність', 'inferred'),
        ('topic', '016', 'Інформаційна політика, діяльність засобів масової інформації', 'inferred'),
        ('topic', '017', 'Діяльність об''єднань громадян, релігія та міжконфесійні відносини', 'inferred'),
        ('topic', '018', 'Діяльність Верховної Ради України, Президента України та Кабінету Міністрів України', 'inferred'),
        ('topic', '019', 'Діяльність центральних органів виконавчої влади', 'inferred'),
        ('topic', '020', 'Діяльність місцевих органів виконавчої влади', 'inferred'),
        ('topic', '021', 'Діяльність органів місцевого самоврядування', 'inferred'),
        ('topic', '022', 'Обороноздатність, суверенітет, міждержавні і міжнаціональні відносини', 'inferred'),
        ('topic', '023', 'Державне будівництво, адміністративно-територіальний устрій', 'inferred'),
        ('topic', '024', 'Факти корупції', 'inferred'),
        ('topic', '025', 'Інше', 'inferred')
       ) AS i (section, code, name_uk, status)
 WHERE v.label = 'Постанова КМУ № 858 від 24.09.2008 (ред. 2024)';

DO $$
BEGIN
    IF (SELECT count(*) FROM classifier_item) <> 91 THEN
        RAISE EXCEPTION 'classifier load: expected 91 items, got %', (SELECT count(*) FROM classifier_item);
    END IF;
END
$$;
