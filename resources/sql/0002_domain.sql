-- 0002_domain.sql
-- Kontakt schema, part 2: the domain model (DESIGN.md §2, LAW.md §3 card fields).
--
-- Conventions (keep them when extending):
--   * ids: bigint GENERATED ALWAYS AS IDENTITY (imports may use OVERRIDING SYSTEM VALUE);
--   * times: timestamptz; calendar dates (terms): date, the day in Europe/Kyiv;
--   * enums: text + CHECK (add a value by replacing the CHECK, no ALTER TYPE);
--   * every text column has a length limit; classifier codes are text ('001', '1.1.1') and are
--     validated against classifier_item by trigger check_classifier_codes();
--   * mutable tables carry created_at/created_by/updated_at/updated_by/version, maintained by
--     touch_row() (optimistic locking: UPDATE ... WHERE id = $1 AND version = $2);
--   * every foreign key column is indexed;
--   * nobody deletes appeals or personal data (see 0003_security.sql); dependent rows of a
--     caller cascade only for the retention procedure run by the owner.

-- =============================================================================================
-- Calendar helpers. 0005 replaces is_working_day() with the calendar-aware version; the
-- signatures stay.
-- =============================================================================================

-- The date of an instant in Kyiv (terms are counted in local calendar days).
CREATE FUNCTION local_date(p_at timestamptz) RETURNS date
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT (p_at AT TIME ZONE 'Europe/Kyiv')::date $$;

CREATE FUNCTION is_working_day(p_day date) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT extract(isodow FROM p_day) < 6 $$;

-- The first working day on or after p_day (Civil Code art. 254 part 5).
CREATE FUNCTION first_working_day_from(p_day date) RETURNS date
LANGUAGE plpgsql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    d date := p_day;
BEGIN
    IF d IS NULL THEN
        RETURN NULL;
    END IF;
    FOR i IN 1..60 LOOP
        IF is_working_day(d) THEN
            RETURN d;
        END IF;
        d := d + 1;
    END LOOP;
    RAISE EXCEPTION 'no working day within 60 days after %', p_day USING ERRCODE = 'P0001';
END
$$;

-- The latest lawful term of an appeal received at p_received (Law 393/96 art. 20): 45 calendar
-- days counted from the day after receipt; a last day that is not a working day moves to the
-- next working day (Civil Code art. 253-254).
CREATE FUNCTION max_due_date(p_received timestamptz) RETURNS date
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT first_working_day_from(local_date(p_received) + 45) $$;

-- Generic classifier validation. Arguments: pairs (column, section). A column may hold a code
-- or an array of codes. When the row has classifier_version_id the codes must exist in that
-- edition, otherwise in any edition. On UPDATE only changed columns are checked.
CREATE FUNCTION check_classifier_codes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    n jsonb := to_jsonb(NEW);
    o jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
    v bigint := (n ->> 'classifier_version_id')::bigint;
    all_cols boolean := TG_OP = 'INSERT'
                        OR (o ->> 'classifier_version_id') IS DISTINCT FROM (n ->> 'classifier_version_id');
    col text;
    val jsonb;
BEGIN
    FOR i IN 0 .. (TG_NARGS / 2) - 1 LOOP
        col := TG_ARGV[2 * i];
        val := n -> col;
        CONTINUE WHEN val IS NULL OR jsonb_typeof(val) = 'null';
        CONTINUE WHEN NOT all_cols AND (o -> col) IS NOT DISTINCT FROM val;
        PERFORM classifier_require(
            TG_ARGV[2 * i + 1],
            CASE WHEN jsonb_typeof(val) = 'array'
                 THEN ARRAY(SELECT jsonb_array_elements_text(val))
                 ELSE ARRAY[val #>> '{}'] END,
            v);
    END LOOP;
    RETURN NEW;
END
$$;

CREATE FUNCTION raise_due_violation(p_due date, p_max date, p_what text) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION '% % exceeds the legal maximum % (45 days from receipt)', p_what, p_due, p_max
        USING ERRCODE = 'check_violation', CONSTRAINT = 'due_within_45_days';
END
$$;

-- =============================================================================================
-- Organisations (executors), their competence, staff
-- =============================================================================================
CREATE TABLE organisation (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id           bigint REFERENCES organisation (id),
    code                text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_.-]{1,32}$'),
    name                text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
    short_name          text CHECK (char_length(short_name) <= 100),
    kind                text NOT NULL DEFAULT 'council_department'
                        CHECK (kind IN ('council_department', 'communal_enterprise',
                                        'contact_centre', 'external_body', 'other')),
    address             text CHECK (char_length(address) <= 500),
    phones              text CHECK (char_length(phones) <= 200),
    email               text CHECK (char_length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    working_hours       text CHECK (char_length(working_hours) <= 300),
    head_name           text CHECK (char_length(head_name) <= 200),
    responsible_person  text CHECK (char_length(responsible_person) <= 200),
    escalation_deputy   text CHECK (char_length(escalation_deputy) <= 200),
    note                text CHECK (char_length(note) <= 2000),
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    CONSTRAINT organisation_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
CREATE INDEX organisation_name_trgm ON organisation USING gin (name public.gin_trgm_ops);
COMMENT ON TABLE organisation IS 'City departments, communal enterprises and other executors (hierarchical)';
COMMENT ON COLUMN organisation.escalation_deputy IS 'Deputy mayor who receives level-3 escalations';

-- Competence: which classifier topics an organisation handles (routing suggestions).
CREATE TABLE organisation_topic (
    org_id      bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    topic_code  text NOT NULL CHECK (topic_code ~ '^[0-9]{3}(\.[0-9]+)*$' AND char_length(topic_code) <= 16),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    PRIMARY KEY (org_id, topic_code)
);
CREATE INDEX organisation_topic_topic_idx ON organisation_topic (topic_code);

CREATE TABLE staff (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login       text NOT NULL UNIQUE CHECK (login ~ '^[a-z_][a-z0-9_]{0,62}$'),
    full_name   text NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 200),
    role        text NOT NULL CHECK (role IN ('operator', 'head', 'executor', 'manager',
                                              'petitions', 'admin')),
    org_id      bigint REFERENCES organisation (id),
    email       text CHECK (char_length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    phone       text CHECK (char_length(phone) <= 50),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    CONSTRAINT staff_executor_has_org CHECK (role <> 'executor' OR org_id IS NOT NULL)
);
CREATE INDEX staff_org_idx ON staff (org_id);
COMMENT ON TABLE staff IS 'People using Kontakt; login = their PostgreSQL role name';

-- =============================================================================================
-- Callers (authors) and their phones/categories
-- =============================================================================================
CREATE TABLE caller (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    surname         text CHECK (char_length(surname) <= 100),
    first_name      text CHECK (char_length(first_name) <= 100),
    patronymic      text CHECK (char_length(patronymic) <= 100),
    sex_code        text CHECK (sex_code ~ '^4(\.[0-9]+)+$' AND char_length(sex_code) <= 16),
    locality        text CHECK (char_length(locality) <= 100),
    street          text CHECK (char_length(street) <= 200),
    house           text CHECK (char_length(house) <= 20),
    flat            text CHECK (char_length(flat) <= 20),
    postal_code     text CHECK (char_length(postal_code) <= 10),
    email           text CHECK (char_length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    social_code     text CHECK (social_code ~ '^8(\.[0-9]+)+$' AND char_length(social_code) <= 16),
    consent_sms     boolean NOT NULL DEFAULT false,
    consent_email   boolean NOT NULL DEFAULT false,
    note            text CHECK (char_length(note) <= 2000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1
);
CREATE INDEX caller_surname_trgm ON caller USING gin (surname public.gin_trgm_ops);
CREATE INDEX caller_name_idx ON caller (surname, first_name, patronymic);
COMMENT ON TABLE caller IS 'Citizens who appealed (personal data: RLS, audited)';

CREATE TABLE caller_phone (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caller_id   bigint NOT NULL REFERENCES caller (id) ON DELETE CASCADE,
    phone_e164  text NOT NULL CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
    raw         text CHECK (char_length(raw) <= 50),
    kind        text NOT NULL DEFAULT 'mobile' CHECK (kind IN ('mobile', 'landline', 'work', 'other')),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    UNIQUE (caller_id, phone_e164)
);
CREATE INDEX caller_phone_e164_idx ON caller_phone (phone_e164);
CREATE INDEX caller_phone_e164_trgm ON caller_phone USING gin (phone_e164 public.gin_trgm_ops);
COMMENT ON COLUMN caller_phone.phone_e164 IS 'Normalised E.164, e.g. +380671234567';

CREATE TABLE caller_category (
    caller_id       bigint NOT NULL REFERENCES caller (id) ON DELETE CASCADE,
    category_code   text NOT NULL CHECK (category_code ~ '^7(\.[0-9]+)+$' AND char_length(category_code) <= 16),
    document        text CHECK (char_length(document) <= 300),
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    PRIMARY KEY (caller_id, category_code)
);
CREATE INDEX caller_category_code_idx ON caller_category (category_code);
COMMENT ON TABLE caller_category IS 'Privileged author categories (classifier section 7); active = false instead of delete';

-- =============================================================================================
-- Appeals: the registration-and-control card
-- =============================================================================================
CREATE TABLE appeal (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reg_index               text UNIQUE CHECK (char_length(reg_index) BETWEEN 1 AND 50),
    idempotency_key         uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    classifier_version_id   bigint NOT NULL DEFAULT current_classifier_version()
                            REFERENCES classifier_version (id),
    channel                 text NOT NULL CHECK (channel IN ('phone', 'email', 'web', 'visit', 'post')),
    form_code               text CHECK (form_code ~ '^1(\.[0-9]+)+$' AND char_length(form_code) <= 16),
    arrival_code            text CHECK (arrival_code ~ '^2(\.[0-9]+)+$' AND char_length(arrival_code) <= 16),
    kind_code               text CHECK (kind_code ~ '^3(\.[0-9]+)+$' AND char_length(kind_code) <= 16),
    subject_code            text CHECK (subject_code ~ '^5(\.[0-9]+)+$' AND char_length(subject_code) <= 16),
    type_code               text CHECK (type_code ~ '^6(\.[0-9]+)+$' AND char_length(type_code) <= 16),
    signatories             int NOT NULL DEFAULT 1 CHECK (signatories BETWEEN 1 AND 1000000),
    caller_id               bigint REFERENCES caller (id),
    -- author as written on the card (snapshot; the caller row may change later)
    author_surname          text CHECK (char_length(author_surname) <= 100),
    author_first_name       text CHECK (char_length(author_first_name) <= 100),
    author_patronymic       text CHECK (char_length(author_patronymic) <= 100),
    author_address          text CHECK (char_length(author_address) <= 500),
    author_phone            text CHECK (char_length(author_phone) <= 50),
    author_email            text CHECK (char_length(author_email) <= 254 AND author_email ~ '^[^@\s]+@[^@\s]+$'),
    author_sex_code         text CHECK (author_sex_code ~ '^4(\.[0-9]+)+$' AND char_length(author_sex_code) <= 16),
    author_social_code      text CHECK (author_social_code ~ '^8(\.[0-9]+)+$' AND char_length(author_social_code) <= 16),
    author_categories       text[] NOT NULL DEFAULT '{}'
                            CHECK (cardinality(author_categories) <= 30
                                   AND array_position(author_categories, NULL) IS NULL
                                   AND array_to_string(author_categories, ',') ~ '^(7(\.[0-9]+)+(,7(\.[0-9]+)+)*)?$'),
    priority                boolean NOT NULL DEFAULT false,
    signed_on               date,
    received_at             timestamptz NOT NULL DEFAULT now(),
    registered_at           timestamptz,
    operator_login          text NOT NULL DEFAULT session_user CHECK (char_length(operator_login) <= 63),
    topic_code              text CHECK (topic_code ~ '^[0-9]{3}(\.[0-9]+)*$' AND char_length(topic_code) <= 16),
    extra_topic_codes       text[] NOT NULL DEFAULT '{}'
                            CHECK (cardinality(extra_topic_codes) <= 20
                                   AND array_position(extra_topic_codes, NULL) IS NULL
                                   AND array_to_string(extra_topic_codes, ',') ~ '^([0-9]{3}(\.[0-9]+)*(,[0-9]{3}(\.[0-9]+)*)*)?$'),
    summary                 text CHECK (char_length(summary) <= 1000),
    full_text               text CHECK (char_length(full_text) <= 50000),
    problem_address         text CHECK (char_length(problem_address) <= 500),
    needs_study             boolean NOT NULL DEFAULT false,
    confidential            boolean NOT NULL DEFAULT false,
    consent_updates         boolean NOT NULL DEFAULT false,
    status                  text NOT NULL DEFAULT 'draft'
                            CHECK (status IN ('draft', 'consultation', 'registered', 'routing_proposed',
                                              'approved', 'in_progress', 'replied', 'callback', 'rework',
                                              'closed', 'forwarded', 'returned', 'not_considered')),
    status_reason           text CHECK (char_length(status_reason) <= 2000),
    forwarded_to            text CHECK (char_length(forwarded_to) <= 500),
    forwarded_at            timestamptz,
    author_notified_at      timestamptz,
    source_org              text CHECK (char_length(source_org) <= 500),
    source_date             date,
    source_index            text CHECK (char_length(source_index) <= 50),
    due_date                date,
    due_reason              text CHECK (char_length(due_reason) <= 500),
    control_mark            boolean NOT NULL DEFAULT false,
    result_code             text CHECK (result_code ~ '^9(\.[0-9]+)+$' AND char_length(result_code) <= 16),
    closed_at               timestamptz,
    closed_by               text CHECK (char_length(closed_by) <= 63),
    case_file_no            text CHECK (char_length(case_file_no) <= 50),
    case_volume             int CHECK (case_volume BETWEEN 1 AND 10000),
    case_sheets             int CHECK (case_sheets BETWEEN 1 AND 100000),
    parent_appeal_id        bigint REFERENCES appeal (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    updated_by              text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version                 int NOT NULL DEFAULT 1,
    CONSTRAINT appeal_collective_signatories CHECK (subject_code IS DISTINCT FROM '5.2' OR signatories > 1),
    CONSTRAINT appeal_closed_has_time CHECK (status <> 'closed' OR closed_at IS NOT NULL),
    CONSTRAINT appeal_forwarded_has_target CHECK (status <> 'forwarded' OR forwarded_to IS NOT NULL),
    CONSTRAINT appeal_not_own_parent CHECK (parent_appeal_id IS DISTINCT FROM id)
);
COMMENT ON TABLE appeal IS 'Citizens'' appeals: every field of the registration-and-control card (LAW.md §3)';
COMMENT ON COLUMN appeal.idempotency_key IS 'Chosen by the client per submission: a retry never registers twice';
COMMENT ON COLUMN appeal.due_date IS 'Term of execution; never later than max_due_date(received_at) (trigger)';
COMMENT ON COLUMN appeal.parent_appeal_id IS 'Mass incident: the main appeal this one is grouped under';
COMMENT ON COLUMN appeal.signed_on IS 'Date of the call or of signing';

CREATE INDEX appeal_status_due_idx ON appeal (status, due_date, id);
CREATE INDEX appeal_received_idx ON appeal (received_at, id);
CREATE INDEX appeal_caller_idx ON appeal (caller_id);
CREATE INDEX appeal_topic_idx ON appeal (topic_code);
CREATE INDEX appeal_parent_idx ON appeal (parent_appeal_id);
CREATE INDEX appeal_classifier_version_idx ON appeal (classifier_version_id);
CREATE INDEX appeal_operator_idx ON appeal (operator_login, received_at);
CREATE INDEX appeal_author_surname_trgm ON appeal USING gin (author_surname public.gin_trgm_ops);
CREATE INDEX appeal_author_phone_trgm ON appeal USING gin (author_phone public.gin_trgm_ops);
CREATE INDEX appeal_reg_index_trgm ON appeal USING gin (reg_index public.gin_trgm_ops);
CREATE INDEX appeal_problem_address_trgm ON appeal USING gin (problem_address public.gin_trgm_ops);
-- Full text: queries must use the same expression, e.g.
--   WHERE to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(full_text, ''))
--         @@ plainto_tsquery('simple', $1)
CREATE INDEX appeal_text_fts ON appeal USING gin (
    to_tsvector('simple'::regconfig, coalesce(summary, '') || ' ' || coalesce(full_text, '')));

CREATE TABLE appeal_link (
    appeal_id           bigint NOT NULL REFERENCES appeal (id),
    linked_appeal_id    bigint NOT NULL REFERENCES appeal (id),
    kind                text NOT NULL CHECK (kind IN ('repeated', 'duplicate', 'related')),
    note                text CHECK (char_length(note) <= 500),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    PRIMARY KEY (appeal_id, linked_appeal_id),
    CONSTRAINT appeal_link_not_self CHECK (appeal_id <> linked_appeal_id)
);
CREATE INDEX appeal_link_linked_idx ON appeal_link (linked_appeal_id);
COMMENT ON TABLE appeal_link IS 'appeal_id is the newer appeal; linked_appeal_id the earlier one it repeats/duplicates/relates to';

-- =============================================================================================
-- Routing, replies, extensions, control
-- =============================================================================================
CREATE TABLE assignment (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id           bigint NOT NULL REFERENCES appeal (id),
    org_id              bigint NOT NULL REFERENCES organisation (id),
    is_main             boolean NOT NULL DEFAULT true,
    instruction         text CHECK (char_length(instruction) <= 4000),
    term                date,
    status              text NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed', 'approved', 'rejected', 'accepted', 'replied',
                                          'not_competent', 'rework', 'done')),
    proposed_by         text NOT NULL DEFAULT session_user CHECK (char_length(proposed_by) <= 63),
    proposed_at         timestamptz NOT NULL DEFAULT now(),
    approved_by         text CHECK (char_length(approved_by) <= 63),
    approved_at         timestamptz,
    rejected_reason     text CHECK (char_length(rejected_reason) <= 2000),
    accepted_at         timestamptz,
    replied_at          timestamptz,
    executor_note       text CHECK (char_length(executor_note) <= 2000),
    escalation_level    smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
    escalated_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    UNIQUE (id, appeal_id)       -- target of (assignment_id, appeal_id) foreign keys
);
CREATE INDEX assignment_org_status_idx ON assignment (org_id, status);
CREATE INDEX assignment_appeal_idx ON assignment (appeal_id);
CREATE INDEX assignment_status_term_idx ON assignment (status, term, id);
COMMENT ON TABLE assignment IS 'An appeal routed to an organisation: proposed by operator, approved by head, answered by executor';
COMMENT ON COLUMN assignment.executor_note IS 'Executor''s remark, e.g. why the case is not in its competence';

CREATE TABLE reply (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assignment_id       bigint NOT NULL,
    appeal_id           bigint NOT NULL,
    text                text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 50000),
    proposed_result     text NOT NULL CHECK (proposed_result IN ('done', 'explained', 'refused', 'impossible_now')),
    answer_index        text CHECK (char_length(answer_index) <= 50),
    answer_date         date,
    addressee           text CHECK (char_length(addressee) <= 300),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    FOREIGN KEY (assignment_id, appeal_id) REFERENCES assignment (id, appeal_id),
    FOREIGN KEY (appeal_id) REFERENCES appeal (id)
);
CREATE INDEX reply_assignment_idx ON reply (assignment_id, appeal_id);
CREATE INDEX reply_appeal_idx ON reply (appeal_id);
COMMENT ON TABLE reply IS 'Executors'' answers (immutable; a correction is a new reply)';

CREATE TABLE extension (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assignment_id       bigint NOT NULL,
    appeal_id           bigint NOT NULL,
    requested_by        text NOT NULL DEFAULT session_user CHECK (char_length(requested_by) <= 63),
    requested_at        timestamptz NOT NULL DEFAULT now(),
    reason              text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
    requested_due       date NOT NULL,
    decision            text NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'granted', 'refused')),
    granted_due         date,
    decision_note       text CHECK (char_length(decision_note) <= 2000),
    decided_by          text CHECK (char_length(decided_by) <= 63),
    decided_at          timestamptz,
    author_notified_at  timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    FOREIGN KEY (assignment_id, appeal_id) REFERENCES assignment (id, appeal_id),
    FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    CONSTRAINT extension_granted_has_due CHECK (decision <> 'granted' OR granted_due IS NOT NULL),
    CONSTRAINT extension_decided CHECK (decision = 'pending' OR decided_at IS NOT NULL)
);
CREATE INDEX extension_assignment_idx ON extension (assignment_id, appeal_id);
CREATE INDEX extension_appeal_idx ON extension (appeal_id);
CREATE INDEX extension_pending_idx ON extension (requested_at) WHERE decision = 'pending';
COMMENT ON TABLE extension IS 'Requests to extend a term; granted terms never exceed 45 days from receipt (trigger)';

CREATE TABLE feedback (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id       bigint NOT NULL REFERENCES appeal (id),
    operator        text NOT NULL DEFAULT session_user CHECK (char_length(operator) <= 63),
    attempted_at    timestamptz NOT NULL DEFAULT now(),
    reached         boolean NOT NULL,
    outcome         text CHECK (outcome IN ('confirmed', 'partly', 'not_done')),
    rating          smallint CHECK (rating BETWEEN 1 AND 5),
    comment         text CHECK (char_length(comment) <= 2000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    CONSTRAINT feedback_unreached_has_no_outcome CHECK (reached OR (outcome IS NULL AND rating IS NULL))
);
CREATE INDEX feedback_appeal_idx ON feedback (appeal_id, attempted_at);
COMMENT ON TABLE feedback IS 'Callback attempts: the citizen confirms the result and rates it 1-5';

CREATE TABLE inspection (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id       bigint NOT NULL REFERENCES appeal (id),
    inspector       text NOT NULL CHECK (char_length(inspector) BETWEEN 1 AND 200),
    inspected_at    timestamptz NOT NULL,
    findings        text CHECK (char_length(findings) <= 10000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1
);
CREATE INDEX inspection_appeal_idx ON inspection (appeal_id);
COMMENT ON TABLE inspection IS 'On-site checks (card reverse side: checked on the spot, date, by whom)';

-- =============================================================================================
-- Instructions (доручення) of the mayor and deputies
-- =============================================================================================
CREATE TABLE instruction (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number          text UNIQUE CHECK (char_length(number) BETWEEN 1 AND 50),
    text            text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 10000),
    author_name     text NOT NULL CHECK (char_length(author_name) BETWEEN 1 AND 200),
    issued_by       text NOT NULL DEFAULT session_user CHECK (char_length(issued_by) <= 63),
    issued_at       timestamptz NOT NULL DEFAULT now(),
    due_date        date,
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    executed_at     timestamptz,
    execution_note  text CHECK (char_length(execution_note) <= 5000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    CONSTRAINT instruction_done_has_time CHECK (status <> 'done' OR executed_at IS NOT NULL)
);
CREATE INDEX instruction_status_due_idx ON instruction (status, due_date, id);

CREATE TABLE instruction_appeal (
    instruction_id  bigint NOT NULL REFERENCES instruction (id),
    appeal_id       bigint NOT NULL REFERENCES appeal (id),
    note            text CHECK (char_length(note) <= 500),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    PRIMARY KEY (instruction_id, appeal_id)
);
CREATE INDEX instruction_appeal_appeal_idx ON instruction_appeal (appeal_id);

-- =============================================================================================
-- Electronic petitions (art. 23-1)
-- =============================================================================================
CREATE TABLE petition (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number              text UNIQUE CHECK (char_length(number) BETWEEN 1 AND 50),
    title               text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    text                text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 50000),
    author_name         text NOT NULL CHECK (char_length(author_name) BETWEEN 1 AND 300),
    author_email        text NOT NULL CHECK (char_length(author_email) <= 254 AND author_email ~ '^[^@\s]+@[^@\s]+$'),
    author_phone        text CHECK (char_length(author_phone) <= 50),
    submitted_at        timestamptz NOT NULL DEFAULT now(),
    published_at        timestamptz,
    signatures_online   int NOT NULL DEFAULT 0 CHECK (signatures_online >= 0),
    signatures_paper    int NOT NULL DEFAULT 0 CHECK (signatures_paper >= 0),
    threshold           int NOT NULL DEFAULT 350 CHECK (threshold > 0),
    collection_days     int NOT NULL DEFAULT 90 CHECK (collection_days BETWEEN 1 AND 3650),
    status              text NOT NULL DEFAULT 'submitted'
                        CHECK (status IN ('submitted', 'moderation', 'rejected', 'published', 'collecting',
                                          'threshold_reached', 'passed_to_mayor', 'under_consideration',
                                          'answered', 'expired', 'converted')),
    moderation_reasons  text[] NOT NULL DEFAULT '{}'
                        CHECK (cardinality(moderation_reasons) <= 20
                               AND char_length(array_to_string(moderation_reasons, '')) <= 5000),
    threshold_reached_at timestamptz,
    passed_to_mayor_at  timestamptz,
    decision            text CHECK (decision IN ('supported', 'not_supported')),
    answer_text         text CHECK (char_length(answer_text) <= 50000),
    answered_at         timestamptz,
    converted_appeal_id bigint REFERENCES appeal (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    CONSTRAINT petition_converted_has_appeal CHECK (status <> 'converted' OR converted_appeal_id IS NOT NULL),
    CONSTRAINT petition_answered_has_answer CHECK (status <> 'answered' OR (decision IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX petition_status_idx ON petition (status, submitted_at, id);
CREATE UNIQUE INDEX petition_converted_appeal_idx ON petition (converted_appeal_id);
CREATE INDEX petition_title_trgm ON petition USING gin (title public.gin_trgm_ops);

CREATE TABLE petition_signature_update (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id         bigint NOT NULL REFERENCES petition (id),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    signatures_online   int NOT NULL CHECK (signatures_online >= 0),
    signatures_paper    int NOT NULL CHECK (signatures_paper >= 0),
    note                text CHECK (char_length(note) <= 500)
);
CREATE INDEX petition_signature_update_petition_idx ON petition_signature_update (petition_id, updated_at);
COMMENT ON TABLE petition_signature_update IS 'History of signature counts (append-only log of who counted what, when)';

-- =============================================================================================
-- Attachments (exactly one owner)
-- =============================================================================================
CREATE TABLE attachment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appeal_id       bigint REFERENCES appeal (id),
    reply_id        bigint REFERENCES reply (id),
    inspection_id   bigint REFERENCES inspection (id),
    petition_id     bigint REFERENCES petition (id),
    file_name       text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
    mime_type       text NOT NULL DEFAULT 'application/octet-stream'
                    CHECK (char_length(mime_type) <= 127 AND mime_type ~ '^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+'),
    size_bytes      bigint NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data            bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    CONSTRAINT attachment_one_owner CHECK (num_nonnulls(appeal_id, reply_id, inspection_id, petition_id) = 1),
    CONSTRAINT attachment_size_matches CHECK (data IS NULL OR octet_length(data) = size_bytes)
);
CREATE INDEX attachment_appeal_idx ON attachment (appeal_id) WHERE appeal_id IS NOT NULL;
CREATE INDEX attachment_reply_idx ON attachment (reply_id) WHERE reply_id IS NOT NULL;
CREATE INDEX attachment_inspection_idx ON attachment (inspection_id) WHERE inspection_id IS NOT NULL;
CREATE INDEX attachment_petition_idx ON attachment (petition_id) WHERE petition_id IS NOT NULL;
ALTER TABLE attachment ALTER COLUMN data SET STORAGE EXTERNAL;  -- files are mostly compressed already

-- =============================================================================================
-- Knowledge base
-- =============================================================================================
CREATE TABLE kb_article (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    body            text NOT NULL CHECK (char_length(body) <= 100000),
    topic_codes     text[] NOT NULL DEFAULT '{}'
                    CHECK (cardinality(topic_codes) <= 30
                           AND array_position(topic_codes, NULL) IS NULL
                           AND array_to_string(topic_codes, ',') ~ '^([0-9]{3}(\.[0-9]+)*(,[0-9]{3}(\.[0-9]+)*)*)?$'),
    org_ids         bigint[] NOT NULL DEFAULT '{}' CHECK (cardinality(org_ids) <= 50),
    tags            text[] NOT NULL DEFAULT '{}'
                    CHECK (cardinality(tags) <= 50 AND char_length(array_to_string(tags, ',')) <= 2000),
    valid_from      date,
    valid_to        date,
    author          text CHECK (char_length(author) <= 200),
    last_reviewed   date,
    review_due      date,
    usage_count     int NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version         int NOT NULL DEFAULT 1,
    CONSTRAINT kb_article_valid_range CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX kb_article_title_trgm ON kb_article USING gin (title public.gin_trgm_ops);
CREATE INDEX kb_article_topics_idx ON kb_article USING gin (topic_codes);
CREATE INDEX kb_article_tags_idx ON kb_article USING gin (tags);
CREATE INDEX kb_article_orgs_idx ON kb_article USING gin (org_ids);
-- queries: to_tsvector('simple', title || ' ' || body) @@ plainto_tsquery('simple', $1)
CREATE INDEX kb_article_text_fts ON kb_article USING gin (
    to_tsvector('simple'::regconfig, title || ' ' || body));

CREATE TABLE kb_article_version (
    article_id  bigint NOT NULL REFERENCES kb_article (id),
    version     int NOT NULL,
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    body        text NOT NULL CHECK (char_length(body) <= 100000),
    changed_by  text NOT NULL DEFAULT session_user CHECK (char_length(changed_by) <= 63),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, version)
);
COMMENT ON TABLE kb_article_version IS 'History of kb_article title/body, one row per version that changed them (trigger)';

CREATE FUNCTION kb_article_history() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body THEN
        INSERT INTO kb_article_version (article_id, version, title, body)
        VALUES (NEW.id, NEW.version, NEW.title, NEW.body);
    END IF;
    RETURN NULL;
END
$$;

-- =============================================================================================
-- Outbox (e-mail notifications, sent by a later mail component), live-update sequence,
-- registration counters
-- =============================================================================================
CREATE TABLE outbox (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 50),
    recipient           text NOT NULL CHECK (char_length(recipient) <= 254 AND recipient ~ '^[^@\s]+@[^@\s]+$'),
    subject             text NOT NULL CHECK (char_length(subject) <= 998),
    body                text NOT NULL CHECK (char_length(body) <= 100000),
    appeal_id           bigint REFERENCES appeal (id),
    status              text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts            int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    last_error          text CHECK (char_length(last_error) <= 2000),
    sent_at             timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1
);
CREATE INDEX outbox_queue_idx ON outbox (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_appeal_idx ON outbox (appeal_id);

-- Every change will bump this sequence and NOTIFY (live updates, resync after reconnect).
CREATE SEQUENCE change_seq AS bigint;

CREATE TABLE reg_counter (
    year    int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    letter  text NOT NULL CHECK (char_length(letter) BETWEEN 1 AND 4),
    next_no int NOT NULL DEFAULT 1 CHECK (next_no >= 1),
    PRIMARY KEY (year, letter)
);
COMMENT ON TABLE reg_counter IS 'Next registration number per year and index letter (surname letter, КО, БП)';

-- Allocate the next registration number for (year, letter); concurrency-safe (row lock).
CREATE FUNCTION reg_counter_next(p_year int, p_letter text) RETURNS int
LANGUAGE sql
SET search_path = kontakt, public, pg_catalog
AS $$
    INSERT INTO reg_counter AS c (year, letter, next_no) VALUES (p_year, p_letter, 2)
    ON CONFLICT (year, letter) DO UPDATE SET next_no = c.next_no + 1
    RETURNING next_no - 1
$$;

-- =============================================================================================
-- Validation triggers
-- =============================================================================================

-- appeal: classifier codes and the 45-day limit of its term
CREATE FUNCTION appeal_check_due() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    m date;
BEGIN
    IF NEW.due_date IS NOT NULL THEN
        m := max_due_date(NEW.received_at);
        IF NEW.due_date > m THEN
            PERFORM raise_due_violation(NEW.due_date, m, 'due date');
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- assignment.term and extension dues are checked against the appeal's receipt. SECURITY
-- DEFINER: the appeal must be read whatever the caller's row-level security allows.
CREATE FUNCTION assignment_check_term() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    m date;
BEGIN
    IF NEW.term IS NOT NULL THEN
        SELECT max_due_date(a.received_at) INTO m FROM appeal a WHERE a.id = NEW.appeal_id;
        IF NEW.term > m THEN
            PERFORM raise_due_violation(NEW.term, m, 'assignment term');
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION extension_check_due() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    m date;
BEGIN
    IF NEW.decision = 'granted' AND NEW.granted_due IS NULL THEN
        NEW.granted_due := NEW.requested_due;
    END IF;
    IF NEW.decision <> 'pending' THEN
        NEW.decided_at := coalesce(NEW.decided_at, now());
        NEW.decided_by := coalesce(NEW.decided_by, session_user);
    END IF;
    SELECT max_due_date(a.received_at) INTO m FROM appeal a WHERE a.id = NEW.appeal_id;
    IF NEW.requested_due > m THEN
        PERFORM raise_due_violation(NEW.requested_due, m, 'requested due date');
    END IF;
    IF NEW.decision = 'granted' AND NEW.granted_due > m THEN
        PERFORM raise_due_violation(NEW.granted_due, m, 'granted due date');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER appeal_check_due BEFORE INSERT OR UPDATE OF due_date, received_at ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_check_due();
CREATE TRIGGER appeal_check_codes BEFORE INSERT OR UPDATE ON appeal
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes(
        'form_code', 'form', 'arrival_code', 'arrival', 'kind_code', 'kind',
        'subject_code', 'subject', 'type_code', 'type', 'author_sex_code', 'sex',
        'author_social_code', 'social', 'author_categories', 'author',
        'topic_code', 'topic', 'extra_topic_codes', 'topic', 'result_code', 'result');
CREATE TRIGGER assignment_check_term BEFORE INSERT OR UPDATE OF term, appeal_id ON assignment
    FOR EACH ROW EXECUTE FUNCTION assignment_check_term();
CREATE TRIGGER extension_check_due BEFORE INSERT OR UPDATE ON extension
    FOR EACH ROW EXECUTE FUNCTION extension_check_due();
CREATE TRIGGER caller_check_codes BEFORE INSERT OR UPDATE ON caller
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes('sex_code', 'sex', 'social_code', 'social');
CREATE TRIGGER caller_category_check_codes BEFORE INSERT OR UPDATE ON caller_category
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes('category_code', 'author');
CREATE TRIGGER organisation_topic_check_codes BEFORE INSERT OR UPDATE ON organisation_topic
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes('topic_code', 'topic');
CREATE TRIGGER kb_article_check_codes BEFORE INSERT OR UPDATE ON kb_article
    FOR EACH ROW EXECUTE FUNCTION check_classifier_codes('topic_codes', 'topic');
CREATE TRIGGER kb_article_history AFTER INSERT OR UPDATE ON kb_article
    FOR EACH ROW EXECUTE FUNCTION kb_article_history();

-- optimistic locking on every mutable table
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'staff', 'caller', 'caller_phone', 'caller_category',
                             'appeal', 'appeal_link', 'assignment', 'extension', 'feedback',
                             'inspection', 'instruction', 'instruction_appeal', 'petition',
                             'attachment', 'kb_article', 'outbox']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_row()',
                       t || '_touch', t);
    END LOOP;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kontakt FROM PUBLIC;
