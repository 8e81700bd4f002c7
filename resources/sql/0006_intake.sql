-- 0006_intake.sql
-- Intake: privileged author categories, per-topic terms, registration settings, and the
-- database-side guards that match the client's rules (LAW.md §1, §3).

-- ---------------------------------------------------------------------------------------------
-- Privileged author categories (art. 15, 20): considered first, shown in every list.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE classifier_item ADD COLUMN privileged boolean NOT NULL DEFAULT false;
ALTER TABLE classifier_item ADD CONSTRAINT classifier_item_privileged_authors
    CHECK (NOT privileged OR section = 'author');
COMMENT ON COLUMN classifier_item.privileged IS
    'Author category with statutory priority (war veterans, persons with disability, combatants, Chornobyl, Heroes); editable by the administrator';

-- war participants and veterans, persons with disability, combatants, Chornobyl, Heroes
UPDATE classifier_item SET privileged = true
 WHERE section = 'author'
   AND code IN ('7.1', '7.3', '7.4', '7.5', '7.7', '7.8', '7.9', '7.10', '7.14', '7.15', '7.16',
                '7.17', '7.18', '7.21');

-- True when any of the codes is a privileged author category (current classifier edition).
CREATE FUNCTION is_privileged(p_codes text[]) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT EXISTS (SELECT 1 FROM classifier_item
                    WHERE section = 'author' AND privileged
                      AND version_id = current_classifier_version()
                      AND code = ANY (p_codes))
$$;

-- The database refuses an appeal whose priority flag disagrees with its author categories.
CREATE FUNCTION appeal_set_priority() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF is_privileged(NEW.author_categories) THEN
        NEW.priority := true;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER appeal_set_priority BEFORE INSERT OR UPDATE OF author_categories, priority ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_set_priority();

-- ---------------------------------------------------------------------------------------------
-- Per-topic default terms (e.g. emergencies in hours); never longer than the law.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE topic_term (
    topic_code  text PRIMARY KEY CHECK (topic_code ~ '^[0-9]{3}(\.[0-9]+)*$' AND char_length(topic_code) <= 16),
    kind        text NOT NULL CHECK (kind IN ('days', 'hours')),
    value       int NOT NULL,
    note        text CHECK (char_length(note) <= 300),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    -- 45 days is the absolute legal limit (art. 20); hours for emergencies, at most 45 days
    CONSTRAINT topic_term_within_law CHECK ((kind = 'days' AND value BETWEEN 1 AND 45)
                                            OR (kind = 'hours' AND value BETWEEN 1 AND 1080))
);
COMMENT ON TABLE topic_term IS 'Default term per classifier topic; the shorter of it and the law applies';
CREATE TRIGGER topic_term_touch BEFORE UPDATE ON topic_term FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER topic_term_codes BEFORE INSERT OR UPDATE ON topic_term
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes('topic_code', 'topic');
CREATE TRIGGER topic_term_audit AFTER INSERT OR UPDATE OR DELETE ON topic_term
    FOR EACH ROW EXECUTE FUNCTION audit_row('-');
GRANT SELECT ON topic_term TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager,
    kontakt_petitions, kontakt_admin;
GRANT INSERT, UPDATE, DELETE ON topic_term TO kontakt_admin;

-- ---------------------------------------------------------------------------------------------
-- Settings used at intake
-- ---------------------------------------------------------------------------------------------
ALTER TABLE setting DROP CONSTRAINT setting_value_shape;
ALTER TABLE setting ADD CONSTRAINT setting_value_shape CHECK (
    CASE
        WHEN key = 'martial_law' THEN value IN ('true', 'false')
        WHEN key IN ('petition_threshold', 'petition_collection_days',
                     'petition_moderation_working_days', 'petition_consideration_working_days',
                     'attachment_max_bytes', 'due_soon_working_days', 'retention_years',
                     'repeat_window_months', 'same_problem_hours')
            THEN value ~ '^[0-9]{1,9}$'
        WHEN key = 'reg_index_pattern'
            THEN value LIKE '%{prefix}%' AND value LIKE '%{number}%' AND char_length(value) <= 40
        WHEN key = 'default_area_code' THEN value ~ '^[1-9][0-9]{1,4}$'
        ELSE true
    END);
INSERT INTO setting (key, value, description) VALUES
    ('reg_index_pattern', '{prefix}-{number}',
     'Registration index: {prefix} (surname letter, КО, БП), {number} (within the year), {year}, {yy}'),
    ('default_area_code', '4594', 'Telephone area code for short local numbers (Brovary: 04594)'),
    ('repeat_window_months', '12', 'An earlier decided appeal on the same topic within this many months makes a new one repeated (2.2)'),
    ('same_problem_hours', '72', 'Same problem address and topic within this many hours is suggested as the same problem');

-- ---------------------------------------------------------------------------------------------
-- Guards that mirror the client
-- ---------------------------------------------------------------------------------------------
-- Only the head (or the owner) changes the term of a registered appeal (extensions, art. 20).
CREATE FUNCTION appeal_guard_due_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF OLD.due_date IS DISTINCT FROM NEW.due_date AND OLD.status <> 'draft'
       AND NOT pg_has_role(current_user, 'kontakt_head', 'MEMBER')
       AND NOT pg_has_role(current_user,
                           (SELECT datdba FROM pg_database WHERE datname = current_database()),
                           'MEMBER') THEN
        RAISE EXCEPTION 'only the head of the department may change the term of an appeal'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER appeal_guard_due_change BEFORE UPDATE OF due_date ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_guard_due_change();

-- Outcomes at intake carry what the law asks for.
ALTER TABLE appeal ADD CONSTRAINT appeal_outcome_reason CHECK (
    status NOT IN ('returned', 'not_considered') OR coalesce(btrim(status_reason), '') <> '');
ALTER TABLE appeal ADD CONSTRAINT appeal_registered_has_index CHECK (
    status = 'draft' OR reg_index IS NOT NULL);
ALTER TABLE appeal ADD CONSTRAINT appeal_no_control_chars CHECK (
    coalesce(author_surname, '') || coalesce(author_first_name, '') || coalesce(author_patronymic, '')
    || coalesce(author_address, '') || coalesce(author_phone, '') || coalesce(problem_address, '')
    !~ '[\x01-\x1f\x7f]');

-- Repeat detection and the caller's history look appeals up by caller and topic.
CREATE INDEX appeal_caller_topic_idx ON appeal (caller_id, topic_code, received_at);
CREATE INDEX appeal_problem_topic_idx ON appeal (topic_code, received_at) WHERE problem_address IS NOT NULL;

-- The residence as the operator typed it (the structured fields stay for later geocoding).
ALTER TABLE caller ADD COLUMN address text CHECK (char_length(address) <= 500);
CREATE INDEX caller_address_idx ON caller (lower(surname), lower(first_name), lower(address));

-- ---------------------------------------------------------------------------------------------
-- Streets for the address completers (the first deployment's city; the administrator edits).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE street (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    locality    text NOT NULL DEFAULT 'Бровари' CHECK (char_length(locality) BETWEEN 1 AND 100),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    UNIQUE (locality, name)
);
CREATE INDEX street_name_trgm ON street USING gin (name public.gin_trgm_ops);
CREATE TRIGGER street_touch BEFORE UPDATE ON street FOR EACH ROW EXECUTE FUNCTION touch_row();
GRANT SELECT ON street TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager,
    kontakt_petitions, kontakt_admin;
GRANT INSERT, UPDATE ON street TO kontakt_admin;

INSERT INTO street (name) VALUES
    ('вулиця Київська'), ('вулиця Героїв України'), ('вулиця Ярослава Мудрого'),
    ('вулиця Дмитра Янченка'), ('вулиця Євгенія Зеленського'), ('вулиця Шевченка'),
    ('бульвар Незалежності'), ('вулиця Симона Петлюри'), ('вулиця Василя Симоненка'),
    ('вулиця В''ячеслава Чорновола'), ('вулиця Івана Гонти'), ('вулиця Петропавлівська'),
    ('вулиця Миколи Лисенка'), ('вулиця Миколи Костомарова'), ('вулиця Василя Стефаника'),
    ('вулиця Павла Чубинського'), ('вулиця Михайла Драгоманова'), ('вулиця Київської Русі'),
    ('вулиця Козацька'), ('вулиця Заліська'), ('вулиця Харківська'), ('вулиця Херсонська'),
    ('вулиця Казимира Малевича'), ('вулиця Валерія Лобановського'),
    ('вулиця Чорних Запорожців'), ('вулиця Гродзиського повіту'), ('вулиця Ірини Цвілої'),
    ('вулиця Армії УНР'), ('вулиця Леонтовича'), ('вулиця Запорізька'), ('вулиця Лісова'),
    ('вулиця Перонна'), ('вулиця Онікієнка'), ('вулиця Героїв Крут'),
    ('провулок Староміський'), ('провулок Піщаний'), ('провулок Коцюбинського'),
    ('провулок Рокфордський');
