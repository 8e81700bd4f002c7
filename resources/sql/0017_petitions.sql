-- 0017_petitions.sql
-- E-petitions (issue 7; art. 23-1 of the Law on citizens' appeals, LAW.md §2 and §5): the
-- database enforces the petition workflow. Every status change goes through one SECURITY
-- DEFINER function below that checks the caller's group, the current status and the version
-- the caller read (optimistic locking), and writes the journal (petition_event). Direct INSERT
-- and UPDATE of petition and petition_signature_update are no longer granted.
--
--   submitted --take--> moderation --publish--> collecting --signatures >= threshold-->
--   threshold_reached --pass--> passed_to_mayor --consider--> under_consideration --answer-->
--   answered (supported | not_supported, published)
--   submitted|moderation --reject (reasons)--> rejected
--   collecting --(collection term over, too few signatures: petition_expire_due)--> expired
--   expired --convert (an appeal registered through the intake path)--> converted
--
-- Terms (all by the working-day calendar, calendar_day + martial_law, is_working_day()):
--   moderation      add_working_days(submitted day, petition_moderation_working_days = 2)
--   collection      published day + collection_days calendar days (setting petition_collection_days)
--   pass to mayor   add_working_days(threshold day, 1): the next working day
--   consideration   add_working_days(passed-to-mayor day, petition_consideration_working_days = 10)
-- The terms are computed (petition_terms view), so a calendar change moves them, as it does
-- for the client's WorkingCalendar.
--
-- ACCESS (X = EXECUTE granted and the function's own check passes; the owner may call all)
-- function                      operator  head  executor  manager  petitions  admin
-- petition_submit, _take,
--   _publish, _reject,
--   _signatures, _pass            -         -     -         -        X          -
-- petition_consider, _answer      -         X     -         X        X          -
-- petition_expire_due             -         X     -         -        X          X
-- petition_convert                X         X     -         -        X          -
-- petition, _signature_update,
--   petition_event, petition_terms R        R     -         R        R          R
--
-- Refusals use the SQLSTATEs of 0011: KT403 not_allowed, KT404 not_found, KT409 stale_version,
-- KT422 wrong_state, KT400 invalid_input.

-- ---------------------------------------------------------------------------------------------
-- Columns and the journal
-- ---------------------------------------------------------------------------------------------
ALTER TABLE petition ADD COLUMN author_address text CHECK (char_length(author_address) <= 500);
ALTER TABLE petition ADD COLUMN moderation_findings jsonb NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(moderation_findings) = 'array' AND pg_column_size(moderation_findings) <= 65536);
ALTER TABLE petition ADD COLUMN moderated_at timestamptz;
ALTER TABLE petition ADD COLUMN moderated_by text CHECK (char_length(moderated_by) <= 63);
ALTER TABLE petition ADD COLUMN answered_by text CHECK (char_length(answered_by) <= 63);
ALTER TABLE petition ADD COLUMN expired_at timestamptz;
COMMENT ON COLUMN petition.author_address IS 'Residence of the author (needed when an expired petition becomes an ordinary appeal)';
COMMENT ON COLUMN petition.moderation_findings IS 'The formal findings (PetitionChecker) the moderator saw when deciding: [{rule, message, evidence}]';

CREATE TABLE petition_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id bigint NOT NULL REFERENCES petition (id),
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    by_login    text NOT NULL DEFAULT session_user CHECK (char_length(by_login) <= 63),
    kind        text NOT NULL CHECK (kind IN ('submitted', 'moderation', 'published', 'rejected',
                                              'signatures', 'threshold_reached', 'passed_to_mayor',
                                              'under_consideration', 'answered', 'expired',
                                              'converted')),
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX petition_event_petition_idx ON petition_event (petition_id, id);
COMMENT ON TABLE petition_event IS 'The petition workflow journal, one row per transition (written by the functions)';

-- ---------------------------------------------------------------------------------------------
-- Terms
-- ---------------------------------------------------------------------------------------------
CREATE VIEW petition_terms WITH (security_barrier = true) AS
SELECT p.id,
       p.signatures_online + p.signatures_paper AS signatures_total,
       add_working_days(local_date(p.submitted_at), wf_setting_int('petition_moderation_working_days', 2))
           AS moderation_due,
       local_date(p.published_at) + p.collection_days AS collection_ends,
       add_working_days(local_date(p.threshold_reached_at), 1) AS mayor_due,
       add_working_days(local_date(p.passed_to_mayor_at),
                        wf_setting_int('petition_consideration_working_days', 10)) AS consideration_due,
       CASE
           WHEN p.status IN ('submitted', 'moderation')
               THEN add_working_days(local_date(p.submitted_at), wf_setting_int('petition_moderation_working_days', 2))
           WHEN p.status IN ('published', 'collecting') THEN local_date(p.published_at) + p.collection_days
           WHEN p.status = 'threshold_reached' THEN add_working_days(local_date(p.threshold_reached_at), 1)
           WHEN p.status IN ('passed_to_mayor', 'under_consideration')
               THEN add_working_days(local_date(p.passed_to_mayor_at),
                                     wf_setting_int('petition_consideration_working_days', 10))
       END AS current_due
  FROM petition p;
COMMENT ON VIEW petition_terms IS 'Working-day terms of each petition; current_due is the term of its current status (NULL when none runs)';

-- ---------------------------------------------------------------------------------------------
-- Helpers (no grants)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pt_lock(p_id bigint, p_version int) RETURNS petition
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    SELECT * INTO p FROM petition WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: petition %', p_id USING ERRCODE = 'KT404';
    END IF;
    IF p_version IS NULL THEN
        RAISE EXCEPTION 'invalid_input: the version the petition was read at is required'
            USING ERRCODE = 'KT400';
    END IF;
    IF p.version <> p_version THEN
        PERFORM wf_stale('petition', p.id, p.version, p_version, p.updated_by, p.updated_at);
    END IF;
    RETURN p;
END
$$;

CREATE FUNCTION pt_require_status(p petition, p_allowed text[], p_action text) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF NOT p.status = ANY (p_allowed) THEN
        PERFORM wf_wrong_state('the petition', p.status, p_action);
    END IF;
END
$$;

CREATE FUNCTION pt_event(p_id bigint, p_kind text, p_detail jsonb DEFAULT '{}') RETURNS void
LANGUAGE sql
SET search_path = kontakt, public, pg_catalog
AS $$ INSERT INTO petition_event (petition_id, kind, detail) VALUES (p_id, p_kind, coalesce(p_detail, '{}')) $$;

-- ---------------------------------------------------------------------------------------------
-- Workflow functions
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION petition_submit(p_title text, p_text text, p_author_name text, p_author_email text,
                                p_author_phone text DEFAULT NULL, p_author_address text DEFAULT NULL,
                                p_submitted_at timestamptz DEFAULT NULL, p_number text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'registering a petition');
    IF p_submitted_at IS NOT NULL AND p_submitted_at > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'invalid_input: a petition cannot be submitted in the future' USING ERRCODE = 'KT400';
    END IF;
    INSERT INTO petition (number, title, text, author_name, author_email, author_phone, author_address,
                          submitted_at, threshold, collection_days, status)
    VALUES (nullif(btrim(p_number), ''), wf_require_text(p_title, 'the title'),
            wf_require_text(p_text, 'the text'), wf_require_text(p_author_name, 'the author''s name'),
            wf_require_text(p_author_email, 'the author''s e-mail'), nullif(btrim(p_author_phone), ''),
            nullif(btrim(p_author_address), ''), coalesce(p_submitted_at, now()),
            greatest(1, wf_setting_int('petition_threshold', 350)),
            least(3650, greatest(1, wf_setting_int('petition_collection_days', 90))), 'submitted')
    RETURNING id INTO v_id;
    IF p_number IS NULL OR btrim(p_number) = '' THEN
        UPDATE petition SET number = 'П-' || to_char(local_date(submitted_at), 'YYYY') || '-' || lpad(id::text, 4, '0')
         WHERE id = v_id;
    END IF;
    PERFORM pt_event(v_id, 'submitted');
    RETURN v_id;
END
$$;

CREATE FUNCTION petition_take(p_id bigint, p_version int) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'moderation');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['submitted'], 'taking to moderation');
    UPDATE petition SET status = 'moderation' WHERE id = p.id;
    PERFORM pt_event(p.id, 'moderation');
END
$$;

-- Publication starts the collection of signatures at once (status collecting, published_at).
CREATE FUNCTION petition_publish(p_id bigint, p_version int, p_findings jsonb DEFAULT '[]')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'publication');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['submitted', 'moderation'], 'publication');
    IF p_findings IS NOT NULL AND jsonb_typeof(p_findings) <> 'array' THEN
        RAISE EXCEPTION 'invalid_input: findings must be a JSON array' USING ERRCODE = 'KT400';
    END IF;
    UPDATE petition
       SET status = 'collecting', published_at = now(), moderated_at = now(), moderated_by = session_user,
           moderation_findings = coalesce(p_findings, '[]'), moderation_reasons = '{}'
     WHERE id = p.id;
    PERFORM pt_event(p.id, 'published', jsonb_build_object('findings', coalesce(jsonb_array_length(p_findings), 0)));
END
$$;

CREATE FUNCTION petition_reject(p_id bigint, p_version int, p_reasons text[], p_findings jsonb DEFAULT '[]')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
    v_reasons text[];
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'rejection');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['submitted', 'moderation'], 'rejection');
    SELECT coalesce(array_agg(btrim(r)), '{}') INTO v_reasons
      FROM unnest(p_reasons) r WHERE btrim(r) <> '';
    IF cardinality(v_reasons) = 0 THEN
        RAISE EXCEPTION 'invalid_input: a rejection needs its reasons' USING ERRCODE = 'KT400';
    END IF;
    IF p_findings IS NOT NULL AND jsonb_typeof(p_findings) <> 'array' THEN
        RAISE EXCEPTION 'invalid_input: findings must be a JSON array' USING ERRCODE = 'KT400';
    END IF;
    UPDATE petition
       SET status = 'rejected', moderated_at = now(), moderated_by = session_user,
           moderation_reasons = v_reasons, moderation_findings = coalesce(p_findings, '[]')
     WHERE id = p.id;
    PERFORM pt_event(p.id, 'rejected', jsonb_build_object('reasons', to_jsonb(v_reasons)));
END
$$;

-- A new count of signatures (online and on paper, both counted), with who/when in the log.
-- Reaching the threshold while collecting moves the petition on (the mayor gets it the next
-- working day). p_at: when the count was taken (imports), default now.
CREATE FUNCTION petition_signatures(p_id bigint, p_online int, p_paper int, p_note text DEFAULT NULL,
                                    p_at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
    v_at timestamptz := coalesce(p_at, now());
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'counting signatures');
    SELECT * INTO p FROM petition WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_found: petition %', p_id USING ERRCODE = 'KT404';
    END IF;
    PERFORM pt_require_status(p, ARRAY['collecting', 'threshold_reached'], 'counting signatures');
    IF p_online IS NULL OR p_paper IS NULL OR p_online < 0 OR p_paper < 0 THEN
        RAISE EXCEPTION 'invalid_input: signature counts must be numbers of zero or more' USING ERRCODE = 'KT400';
    END IF;
    IF v_at > now() + interval '5 minutes' OR v_at < p.published_at THEN
        RAISE EXCEPTION 'invalid_input: the count must be taken between publication and now' USING ERRCODE = 'KT400';
    END IF;
    INSERT INTO petition_signature_update (petition_id, updated_at, signatures_online, signatures_paper, note)
    VALUES (p.id, v_at, p_online, p_paper, nullif(btrim(p_note), ''));
    UPDATE petition SET signatures_online = p_online, signatures_paper = p_paper WHERE id = p.id;
    PERFORM pt_event(p.id, 'signatures', jsonb_build_object('online', p_online, 'paper', p_paper));
    IF p.status = 'collecting' AND p_online + p_paper >= p.threshold
       AND local_date(v_at) <= local_date(p.published_at) + p.collection_days THEN
        UPDATE petition SET status = 'threshold_reached', threshold_reached_at = v_at WHERE id = p.id;
        PERFORM pt_event(p.id, 'threshold_reached', jsonb_build_object('total', p_online + p_paper));
        RETURN 'threshold_reached';
    END IF;
    RETURN p.status;
END
$$;

CREATE FUNCTION petition_pass(p_id bigint, p_version int) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions'], 'passing to the mayor');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['threshold_reached'], 'passing to the mayor');
    UPDATE petition SET status = 'passed_to_mayor', passed_to_mayor_at = now() WHERE id = p.id;
    PERFORM pt_event(p.id, 'passed_to_mayor',
                     jsonb_build_object('due', add_working_days(local_date(now()),
                                                                wf_setting_int('petition_consideration_working_days', 10))));
END
$$;

CREATE FUNCTION petition_consider(p_id bigint, p_version int) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions', 'kontakt_head', 'kontakt_manager'], 'consideration');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['passed_to_mayor'], 'consideration');
    UPDATE petition SET status = 'under_consideration' WHERE id = p.id;
    PERFORM pt_event(p.id, 'under_consideration');
END
$$;

CREATE FUNCTION petition_answer(p_id bigint, p_version int, p_decision text, p_answer text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions', 'kontakt_head', 'kontakt_manager'], 'the answer');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['passed_to_mayor', 'under_consideration'], 'the answer');
    IF p_decision IS NULL OR p_decision NOT IN ('supported', 'not_supported') THEN
        RAISE EXCEPTION 'invalid_input: the decision is supported or not_supported' USING ERRCODE = 'KT400';
    END IF;
    UPDATE petition
       SET status = 'answered', decision = p_decision, answer_text = wf_require_text(p_answer, 'the answer'),
           answered_at = now(), answered_by = session_user
     WHERE id = p.id;
    PERFORM pt_event(p.id, 'answered', jsonb_build_object('decision', p_decision));
END
$$;

-- Petitions whose collection term is over without enough signatures expire (idempotent; run
-- daily by the app or `kontaktctl petition status --expire`). Returns how many expired.
CREATE FUNCTION petition_expire_due(p_today date DEFAULT NULL) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_today date := coalesce(p_today, local_date(now()));
    p petition;
    n int := 0;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions', 'kontakt_head', 'kontakt_admin'], 'expiry of petitions');
    FOR p IN SELECT * FROM petition
              WHERE status = 'collecting' AND local_date(published_at) + collection_days < v_today
                AND signatures_online + signatures_paper < threshold
              ORDER BY id FOR UPDATE LOOP
        UPDATE petition SET status = 'expired', expired_at = now() WHERE id = p.id;
        PERFORM pt_event(p.id, 'expired', jsonb_build_object('total', p.signatures_online + p.signatures_paper,
                                                             'threshold', p.threshold));
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- An expired petition is considered as an ordinary appeal: the caller registers the appeal
-- through the intake path (AppealRepository) in the same transaction and links it here.
CREATE FUNCTION petition_convert(p_id bigint, p_version int, p_appeal_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    p petition;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_petitions', 'kontakt_head', 'kontakt_operator'], 'conversion to an appeal');
    p := pt_lock(p_id, p_version);
    PERFORM pt_require_status(p, ARRAY['expired'], 'conversion to an appeal');
    IF NOT EXISTS (SELECT 1 FROM appeal WHERE id = p_appeal_id) THEN
        RAISE EXCEPTION 'not_found: appeal %', p_appeal_id USING ERRCODE = 'KT404';
    END IF;
    IF EXISTS (SELECT 1 FROM petition WHERE converted_appeal_id = p_appeal_id) THEN
        RAISE EXCEPTION 'invalid_input: appeal % is already linked to a petition', p_appeal_id USING ERRCODE = 'KT400';
    END IF;
    UPDATE petition SET status = 'converted', converted_appeal_id = p_appeal_id WHERE id = p.id;
    PERFORM pt_event(p.id, 'converted', jsonb_build_object('appeal_id', p_appeal_id,
        'reg_index', (SELECT reg_index FROM appeal WHERE id = p_appeal_id)));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
REVOKE INSERT, UPDATE ON petition, petition_signature_update FROM kontakt_petitions;
REVOKE ALL ON petition_event, petition_terms FROM PUBLIC;
GRANT SELECT ON petition_event, petition_terms
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_petitions, kontakt_admin;
REVOKE ALL ON FUNCTION pt_lock(bigint, int), pt_require_status(petition, text[], text),
                       pt_event(bigint, text, jsonb),
                       petition_submit(text, text, text, text, text, text, timestamptz, text),
                       petition_take(bigint, int), petition_publish(bigint, int, jsonb),
                       petition_reject(bigint, int, text[], jsonb),
                       petition_signatures(bigint, int, int, text, timestamptz),
                       petition_pass(bigint, int), petition_consider(bigint, int),
                       petition_answer(bigint, int, text, text), petition_expire_due(date),
                       petition_convert(bigint, int, bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION petition_submit(text, text, text, text, text, text, timestamptz, text),
                          petition_take(bigint, int), petition_publish(bigint, int, jsonb),
                          petition_reject(bigint, int, text[], jsonb),
                          petition_signatures(bigint, int, int, text, timestamptz),
                          petition_pass(bigint, int)
    TO kontakt_petitions;
GRANT EXECUTE ON FUNCTION petition_consider(bigint, int), petition_answer(bigint, int, text, text)
    TO kontakt_petitions, kontakt_head, kontakt_manager;
GRANT EXECUTE ON FUNCTION petition_expire_due(date) TO kontakt_petitions, kontakt_head, kontakt_admin;
GRANT EXECUTE ON FUNCTION petition_convert(bigint, int, bigint) TO kontakt_petitions, kontakt_head, kontakt_operator;
-- The terms view calls these as the reader (harmless: they read the calendar and settings
-- every desk may read).
GRANT EXECUTE ON FUNCTION wf_setting_int(text, int), local_date(timestamptz)
    TO kontakt_operator, kontakt_head, kontakt_manager, kontakt_petitions, kontakt_admin;
