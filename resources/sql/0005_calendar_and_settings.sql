-- 0005_calendar_and_settings.sql
-- Kontakt schema, part 5: the working-day calendar and administrator settings.
--
-- Working days (LAW.md §5): Saturday and Sunday are days off. Public holidays (Labour Code
-- art. 73) are days off only while martial law is NOT in force (setting martial_law = 'false');
-- under martial law (since 24.02.2022) they are ordinary working days and nothing is moved.
-- Transfers of art. 67 (a holiday on a weekend gives the next working day off) and any other
-- extra days off are entered by the administrator as kind 'non_working'; working Saturdays as
-- kind 'working_transfer'. Easter and Trinity (Orthodox dates) are entered yearly.
-- Appeal terms are calendar days (only the end moves off a non-working day); petition terms
-- are working days (add_working_days()).

CREATE TABLE calendar_day (
    day         date PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('holiday', 'non_working', 'working_transfer')),
    note        text CHECK (char_length(note) <= 300),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1
);
COMMENT ON TABLE calendar_day IS 'Public holidays, extra days off and transferred working days';

CREATE TABLE setting (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
    value       text NOT NULL CHECK (char_length(value) <= 2000),
    description text CHECK (char_length(description) <= 500),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    CONSTRAINT setting_value_shape CHECK (
        CASE
            WHEN key = 'martial_law' THEN value IN ('true', 'false')
            WHEN key IN ('petition_threshold', 'petition_collection_days',
                         'petition_moderation_working_days', 'petition_consideration_working_days',
                         'attachment_max_bytes', 'due_soon_working_days', 'retention_years')
                THEN value ~ '^[0-9]{1,9}$'
            ELSE true
        END)
);
COMMENT ON TABLE setting IS 'Administrator settings (key/value); values that LAW.md marks unverified live here';

CREATE TRIGGER calendar_day_touch BEFORE UPDATE ON calendar_day
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER setting_touch BEFORE UPDATE ON setting
    FOR EACH ROW EXECUTE FUNCTION touch_row();
-- changes here move legal terms: keep them in the audit log (row_id is NULL, the key/day is in the data)
CREATE TRIGGER calendar_day_audit AFTER INSERT OR UPDATE OR DELETE ON calendar_day
    FOR EACH ROW EXECUTE FUNCTION audit_row('-');
CREATE TRIGGER setting_audit AFTER INSERT OR UPDATE OR DELETE ON setting
    FOR EACH ROW EXECUTE FUNCTION audit_row('-');

INSERT INTO setting (key, value, description) VALUES
    ('martial_law', 'true', 'Martial law in force: public holidays are working days (Labour Code art. 67, 73 suspended)'),
    ('petition_threshold', '350', 'Signatures needed for an e-petition to be considered by the mayor'),
    ('petition_collection_days', '90', 'Days to collect signatures for an e-petition (unverified for Brovary)'),
    ('petition_moderation_working_days', '2', 'Working days to publish a submitted e-petition (art. 23-1)'),
    ('petition_consideration_working_days', '10', 'Working days to consider a petition that reached the threshold (art. 23-1)'),
    ('attachment_max_bytes', '20971520', 'Largest attachment accepted, bytes (the database refuses more than 20 MiB)'),
    ('due_soon_working_days', '3', 'A case is shown as due soon this many working days before its term'),
    ('retention_years', '5', 'Years appeals and their cards are kept before destruction by an act');

INSERT INTO calendar_day (day, kind, note) VALUES
    (DATE '2025-01-01', 'holiday', 'Новий рік'),
    (DATE '2025-03-08', 'holiday', 'Міжнародний жіночий день'),
    (DATE '2025-04-20', 'holiday', 'Великдень (Пасха)'),
    (DATE '2025-05-01', 'holiday', 'День праці'),
    (DATE '2025-05-08', 'holiday', 'День пам''яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років'),
    (DATE '2025-06-08', 'holiday', 'Трійця'),
    (DATE '2025-06-28', 'holiday', 'День Конституції України'),
    (DATE '2025-07-15', 'holiday', 'День Української Державності'),
    (DATE '2025-08-24', 'holiday', 'День Незалежності України'),
    (DATE '2025-10-01', 'holiday', 'День захисників і захисниць України'),
    (DATE '2025-12-25', 'holiday', 'Різдво Христове'),
    (DATE '2026-01-01', 'holiday', 'Новий рік'),
    (DATE '2026-03-08', 'holiday', 'Міжнародний жіночий день'),
    (DATE '2026-04-12', 'holiday', 'Великдень (Пасха)'),
    (DATE '2026-05-01', 'holiday', 'День праці'),
    (DATE '2026-05-08', 'holiday', 'День пам''яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років'),
    (DATE '2026-05-31', 'holiday', 'Трійця'),
    (DATE '2026-06-28', 'holiday', 'День Конституції України'),
    (DATE '2026-07-15', 'holiday', 'День Української Державності'),
    (DATE '2026-08-24', 'holiday', 'День Незалежності України'),
    (DATE '2026-10-01', 'holiday', 'День захисників і захисниць України'),
    (DATE '2026-12-25', 'holiday', 'Різдво Христове'),
    (DATE '2027-01-01', 'holiday', 'Новий рік'),
    (DATE '2027-03-08', 'holiday', 'Міжнародний жіночий день'),
    (DATE '2027-05-01', 'holiday', 'День праці'),
    (DATE '2027-05-02', 'holiday', 'Великдень (Пасха)'),
    (DATE '2027-05-08', 'holiday', 'День пам''яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років'),
    (DATE '2027-06-20', 'holiday', 'Трійця'),
    (DATE '2027-06-28', 'holiday', 'День Конституції України'),
    (DATE '2027-07-15', 'holiday', 'День Української Державності'),
    (DATE '2027-08-24', 'holiday', 'День Незалежності України'),
    (DATE '2027-10-01', 'holiday', 'День захисників і захисниць України'),
    (DATE '2027-12-25', 'holiday', 'Різдво Христове');

-- ---------------------------------------------------------------------------------------------
-- Calendar functions
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION setting_value(p_key text) RETURNS text
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT s.value FROM setting s WHERE s.key = p_key $$;

CREATE FUNCTION martial_law() RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT coalesce((SELECT s.value = 'true' FROM setting s WHERE s.key = 'martial_law'), true) $$;

-- Replaces the weekend-only version of 0002 (same signature, grants kept).
CREATE OR REPLACE FUNCTION is_working_day(p_day date) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT CASE c.kind
               WHEN 'working_transfer' THEN true
               WHEN 'non_working' THEN false
               WHEN 'holiday' THEN martial_law() AND extract(isodow FROM p_day) < 6
               ELSE extract(isodow FROM p_day) < 6
           END
      FROM (SELECT p_day AS day) d
      LEFT JOIN calendar_day c ON c.day = d.day
$$;

-- The date p_days working days after p_from (counting starts the next day; p_days = 0 gives
-- p_from itself). Petition terms (art. 23-1).
CREATE FUNCTION add_working_days(p_from date, p_days int) RETURNS date
LANGUAGE plpgsql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    d date := p_from;
    left_ int := p_days;
BEGIN
    IF p_from IS NULL OR p_days IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_days < 0 OR p_days > 3650 THEN
        RAISE EXCEPTION 'working days out of range: %', p_days USING ERRCODE = 'P0001';
    END IF;
    WHILE left_ > 0 LOOP
        d := d + 1;
        IF is_working_day(d) THEN
            left_ := left_ - 1;
        END IF;
    END LOOP;
    RETURN d;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
REVOKE ALL ON calendar_day, setting FROM PUBLIC;
GRANT SELECT ON calendar_day, setting
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
GRANT INSERT, UPDATE ON calendar_day, setting TO kontakt_admin;
GRANT DELETE ON calendar_day TO kontakt_admin;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kontakt FROM PUBLIC;
GRANT EXECUTE ON FUNCTION setting_value(text), martial_law(), is_working_day(date),
                          add_working_days(date, int)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
