-- 0018_mail.sql
-- E-mail in and out (issue 9).
--
-- In: the mail service (`kontaktctl mail-intake`, group role kontakt_mail) fetches the centre's
-- mailbox over IMAP and stores every message here through mail_store(): the raw message, what
-- was read from it, and its attachments. Only after that commit does the service move the
-- message out of the inbox, so a crash never loses one; the (mailbox, message key) pair is
-- unique, so a message fetched twice is stored once. Citizens' messages wait for an operator in
-- the "Incoming e-mail" queue (status new, or review when the MIME was broken); the operator
-- registers the appeal with the intake form, and mail_register() ties the message to it in the
-- same transaction and writes the acknowledgement with the registration number and the term.
-- A reply to our own mail (In-Reply-To/References of an outbox message, or "№ index" in the
-- subject from the case's own author) is attached to that case as a note instead, while the
-- case is open; about a finished case it waits in the queue like any new letter. Bounces,
-- auto-replies and spam are kept as junk and never reach the operators; a bounce of an outbox
-- message marks that message failed.
--
-- Out: the same service sends the outbox over SMTP: outbox_claim() takes due messages
-- (status sending, attempt counted, Message-ID fixed once), outbox_sent()/outbox_failed()
-- record the result; retries back off; a message found "sending" when the service starts was
-- interrupted and may have gone out: it is failed for the administrator to check, never sent
-- again by itself (nothing is sent twice).
--
-- =============================================================================================
-- ACCESS MATRIX (additions)
-- =============================================================================================
-- table / function             operator  head  executor  manager  petitions  admin  mail
-- ---------------------------  --------  ----  --------  -------  ---------  -----  ----
-- mail_message                 R         R     -         -        -          R      R
-- mail_store, mail_add_attachment, outbox_claim/sent/failed/recover
--                              -         -     -         -        -          X      X
-- mail_register, mail_discard  X         X     -         -        -          X      -
-- outbox                       (0014)                                               R
-- setting                      R         R     R         R        R          RIU    R

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'kontakt_mail') THEN
        BEGIN
            CREATE ROLE kontakt_mail NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created meanwhile by a concurrent migration of another database
        END;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA kontakt TO kontakt_mail;
GRANT SELECT ON schema_migration, setting TO kontakt_mail;

CREATE TABLE mail_message (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mailbox             text NOT NULL CHECK (char_length(mailbox) BETWEEN 1 AND 320),
    -- the Message-ID, or "sha256:<hex of the raw message>" when it has none
    message_key         text NOT NULL CHECK (char_length(message_key) BETWEEN 1 AND 998),
    uid_validity        bigint,
    uid                 bigint,
    kind                text NOT NULL DEFAULT 'normal'
                        CHECK (kind IN ('normal', 'auto_reply', 'bounce', 'spam')),
    kind_reason         text CHECK (char_length(kind_reason) <= 500),
    status              text NOT NULL
                        CHECK (status IN ('new', 'review', 'registered', 'attached', 'junk', 'discarded')),
    from_address        text CHECK (char_length(from_address) <= 254),
    from_name           text CHECK (char_length(from_name) <= 300),
    reply_to            text CHECK (char_length(reply_to) <= 254),
    subject             text NOT NULL DEFAULT '' CHECK (char_length(subject) <= 998),
    sent_at             timestamptz,
    received_at         timestamptz NOT NULL DEFAULT now(),
    body_text           text NOT NULL DEFAULT '' CHECK (char_length(body_text) <= 100000),
    text_from_html      boolean NOT NULL DEFAULT false,
    problems            text[] NOT NULL DEFAULT '{}' CHECK (cardinality(problems) <= 50),
    in_reply_to         text CHECK (char_length(in_reply_to) <= 998),
    reference_ids       text[] NOT NULL DEFAULT '{}' CHECK (cardinality(reference_ids) <= 100),
    raw                 bytea NOT NULL CHECK (octet_length(raw) <= 62914560),
    raw_size            int NOT NULL CHECK (raw_size >= 0),
    appeal_id           bigint REFERENCES appeal (id),
    outbox_id           bigint REFERENCES outbox (id),
    handled_at          timestamptz,
    handled_by          text CHECK (char_length(handled_by) <= 63),
    handled_note        text CHECK (char_length(handled_note) <= 2000),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version             int NOT NULL DEFAULT 1,
    CONSTRAINT mail_message_once UNIQUE (mailbox, message_key),
    CONSTRAINT mail_message_appeal_when_handled
        CHECK ((status IN ('registered', 'attached')) = (appeal_id IS NOT NULL))
);
ALTER TABLE mail_message ALTER COLUMN raw SET STORAGE EXTERNAL;
-- the operators' queue: waiting messages, oldest first
CREATE INDEX mail_message_waiting_idx ON mail_message (received_at, id) WHERE status IN ('new', 'review');
CREATE INDEX mail_message_received_idx ON mail_message (received_at DESC, id DESC);
CREATE INDEX mail_message_appeal_idx ON mail_message (appeal_id) WHERE appeal_id IS NOT NULL;
CREATE UNIQUE INDEX mail_message_registered_once ON mail_message (appeal_id) WHERE status = 'registered';
COMMENT ON TABLE mail_message IS 'Messages fetched from the centre''s mailbox (raw kept); written by the mail service through mail_store()';

CREATE TRIGGER mail_message_touch BEFORE UPDATE ON mail_message
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER mail_message_audit AFTER INSERT OR UPDATE OR DELETE ON mail_message
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'raw', 'body_text');

-- Attachments of a message belong to it until the appeal is registered, then to the appeal.
ALTER TABLE attachment ADD COLUMN mail_id bigint REFERENCES mail_message (id);
ALTER TABLE attachment DROP CONSTRAINT attachment_one_owner;
ALTER TABLE attachment ADD CONSTRAINT attachment_one_owner
    CHECK (num_nonnulls(appeal_id, reply_id, inspection_id, petition_id, mail_id) = 1);
CREATE INDEX attachment_mail_idx ON attachment (mail_id) WHERE mail_id IS NOT NULL;

-- Outbox: a state while a message is handed to the SMTP server, the Message-ID it went out with
-- (replies find their case by it) and the message it answers.
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN message_id text UNIQUE CHECK (char_length(message_id) <= 998);
ALTER TABLE outbox ADD COLUMN in_reply_to text CHECK (char_length(in_reply_to) <= 998);
ALTER TABLE outbox ADD COLUMN mail_id bigint REFERENCES mail_message (id);
-- the administrator's status bar counts the failed ones
CREATE INDEX outbox_failed_idx ON outbox (id) WHERE status = 'failed';
GRANT SELECT ON outbox TO kontakt_mail;
GRANT SELECT ON mail_message TO kontakt_operator, kontakt_head, kontakt_admin, kontakt_mail;

-- ---------------------------------------------------------------------------------------------
-- Settings of the mail service (passwords are never here: keychain or credentials file)
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
        WHEN key IN ('mail_imap_port', 'mail_smtp_port')
            THEN CASE WHEN value ~ '^[0-9]{1,5}$' THEN value::int BETWEEN 1 AND 65535 ELSE false END
        WHEN key = 'mail_poll_seconds'
            THEN CASE WHEN value ~ '^[0-9]{1,5}$' THEN value::int BETWEEN 10 AND 86400 ELSE false END
        WHEN key IN ('mail_imap_security', 'mail_smtp_security') THEN value IN ('tls', 'starttls', 'none')
        WHEN key = 'mail_from_address' THEN value = '' OR value ~ '^[^@\s]+@[^@\s]+$'
        WHEN key LIKE 'mail\_%' THEN value !~ '[\r\n]'
        ELSE true
    END);
INSERT INTO setting (key, value, description) VALUES
    ('mail_imap_host', '', 'Mailbox of the contact centre: IMAP server (empty: mail intake is off)'),
    ('mail_imap_port', '993', 'IMAP port (993 with TLS, 143 with STARTTLS)'),
    ('mail_imap_security', 'tls', 'IMAP security: tls, starttls or none (none only on this computer)'),
    ('mail_imap_login', '', 'IMAP login of the mailbox'),
    ('mail_inbox_folder', 'INBOX', 'Folder the appeals arrive in'),
    ('mail_processed_folder', 'Оброблені', 'Folder messages are moved to once stored'),
    ('mail_junk_folder', 'Небажані', 'Folder for bounces, auto-replies and spam'),
    ('mail_poll_seconds', '60', 'How often the mail service looks for new mail, seconds'),
    ('mail_smtp_host', '', 'SMTP submission server for notices and acknowledgements (empty: nothing is sent)'),
    ('mail_smtp_port', '587', 'SMTP port (587 with STARTTLS, 465 with TLS)'),
    ('mail_smtp_security', 'starttls', 'SMTP security: tls, starttls or none (none only on this computer)'),
    ('mail_smtp_login', '', 'SMTP login (empty: no authentication)'),
    ('mail_from_address', '', 'Sender address of outgoing mail'),
    ('mail_from_name', 'Контакт-центр', 'Sender name of outgoing mail'),
    ('mail_ca_file', '', 'Extra trusted CA certificates (PEM file on the machine of the mail service)');

-- ---------------------------------------------------------------------------------------------
-- Intake of one message
-- ---------------------------------------------------------------------------------------------
-- p_meta: {uid_validity, uid, kind, kind_reason, from_address, from_name, reply_to, subject,
--          sent_at, text, text_from_html, problems[], in_reply_to, references[],
--          bounced_message_id}
-- Returns the stored row (created = false when the message was stored before: the caller just
-- moves it out of the inbox).
CREATE FUNCTION mail_store(p_mailbox text, p_key text, p_meta jsonb, p_raw bytea)
RETURNS TABLE (mail_id bigint, status text, appeal_id bigint, created boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_id bigint;
    v_kind text := coalesce(nullif(p_meta ->> 'kind', ''), 'normal');
    v_from text := lower(nullif(btrim(p_meta ->> 'from_address'), ''));
    v_subject text := left(coalesce(p_meta ->> 'subject', ''), 998);
    v_problems text[] := ARRAY(SELECT left(x, 500) FROM jsonb_array_elements_text(
                                   coalesce(p_meta -> 'problems', '[]')) x LIMIT 50);
    v_refs text[] := ARRAY(SELECT left(x, 998) FROM jsonb_array_elements_text(
                               coalesce(p_meta -> 'references', '[]')) x LIMIT 100);
    v_in_reply_to text := left(nullif(p_meta ->> 'in_reply_to', ''), 998);
    v_status text;
    v_appeal bigint;
    v_outbox bigint;
    v_index text;
    v_text text := left(coalesce(p_meta ->> 'text', ''), 100000);
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'mail intake');
    IF p_key IS NULL OR btrim(p_key) = '' THEN
        RAISE EXCEPTION 'a message key is required' USING ERRCODE = 'P0001';
    END IF;

    RETURN QUERY SELECT m.id, m.status, m.appeal_id, false FROM mail_message m
                  WHERE m.mailbox = p_mailbox AND m.message_key = p_key;
    IF FOUND THEN
        RETURN;
    END IF;

    IF v_kind = 'bounce' THEN
        v_status := 'junk';
        SELECT o.id INTO v_outbox FROM outbox o
         WHERE o.message_id = nullif(p_meta ->> 'bounced_message_id', '');
        IF v_outbox IS NOT NULL THEN
            UPDATE outbox o SET status = 'failed',
                   last_error = left('Повернуто поштовим сервером: ' || v_subject, 2000)
             WHERE o.id = v_outbox AND o.status IN ('sent', 'sending', 'queued');
        END IF;
    ELSIF v_kind IN ('auto_reply', 'spam') THEN
        v_status := 'junk';
    ELSE
        -- a reply to our own mail: by the thread first, then by "№ index" from the case's author
        SELECT o.appeal_id INTO v_appeal FROM outbox o
         WHERE o.appeal_id IS NOT NULL
           AND o.message_id = ANY (array_append(v_refs, v_in_reply_to))
         ORDER BY o.id DESC LIMIT 1;
        IF v_appeal IS NULL AND v_from IS NOT NULL THEN
            v_index := substring(v_subject FROM '№\s*([^\s,;:()\[\]]+)');
            v_index := rtrim(v_index, '.');
            IF v_index IS NOT NULL THEN
                SELECT a.id INTO v_appeal FROM appeal a
                 WHERE a.reg_index = v_index AND lower(a.author_email) = v_from
                 ORDER BY a.received_at DESC LIMIT 1;
            END IF;
        END IF;
        -- a case already finished is not reopened by a letter: it waits as a new one (a repeated
        -- appeal or a complaint, decided at intake)
        IF v_appeal IS NOT NULL AND EXISTS (
               SELECT 1 FROM appeal a WHERE a.id = v_appeal
                  AND a.status IN ('closed', 'forwarded', 'returned', 'not_considered', 'consultation')) THEN
            v_appeal := NULL;
        END IF;
        IF v_appeal IS NOT NULL THEN
            v_status := 'attached';
        ELSIF cardinality(v_problems) > 0 THEN
            v_status := 'review';
        ELSE
            v_status := 'new';
        END IF;
    END IF;

    INSERT INTO mail_message (mailbox, message_key, uid_validity, uid, kind, kind_reason, status,
                              from_address, from_name, reply_to, subject, sent_at, body_text,
                              text_from_html, problems, in_reply_to, reference_ids, raw, raw_size,
                              appeal_id, outbox_id, handled_at, handled_by)
    VALUES (p_mailbox, left(p_key, 998), (p_meta ->> 'uid_validity')::bigint,
            (p_meta ->> 'uid')::bigint, v_kind, left(nullif(p_meta ->> 'kind_reason', ''), 500),
            v_status, left(v_from, 254), left(nullif(p_meta ->> 'from_name', ''), 300),
            left(lower(nullif(p_meta ->> 'reply_to', '')), 254), v_subject,
            (nullif(p_meta ->> 'sent_at', ''))::timestamptz, v_text,
            coalesce((p_meta ->> 'text_from_html')::boolean, false), v_problems, v_in_reply_to,
            v_refs, p_raw, octet_length(p_raw), v_appeal, v_outbox,
            CASE WHEN v_appeal IS NOT NULL THEN now() END,
            CASE WHEN v_appeal IS NOT NULL THEN session_user END)
    RETURNING id INTO v_id;

    IF v_appeal IS NOT NULL THEN
        INSERT INTO case_note (appeal_id, text)
        VALUES (v_appeal, left('Лист від ' || coalesce(v_from, '?') || ': ' || v_subject
                               || E'\n\n' || v_text, 4000));
        PERFORM wf_touch_appeal(v_appeal, NULL);
    END IF;
    RETURN QUERY SELECT v_id, v_status, v_appeal, true;
END
$$;

-- An attachment of a stored message (same transaction as mail_store, by the service).
CREATE FUNCTION mail_add_attachment(p_mail bigint, p_file_name text, p_mime_type text, p_data bytea)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_id bigint;
    v_appeal bigint;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'mail intake');
    SELECT m.appeal_id INTO v_appeal FROM mail_message m WHERE m.id = p_mail FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such message: %', p_mail USING ERRCODE = 'P0002';
    END IF;
    -- a reply to a case brings its files to the case at once
    INSERT INTO attachment (mail_id, appeal_id, file_name, mime_type, size_bytes, sha256, data)
    VALUES (CASE WHEN v_appeal IS NULL THEN p_mail END, v_appeal,
            left(coalesce(nullif(btrim(p_file_name), ''), 'attachment.bin'), 255),
            CASE WHEN p_mime_type ~ '^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+$' AND char_length(p_mime_type) <= 127
                 THEN p_mime_type ELSE 'application/octet-stream' END,
            octet_length(p_data), encode(sha256(p_data), 'hex'), p_data)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- The acknowledgement of an e-mail appeal (Ukrainian: it goes to the citizen).
CREATE FUNCTION mail_acknowledgement_text(p_appeal appeal) RETURNS text
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT 'Шановний(а) заявнику!' || E'\n\n'
        || CASE
               WHEN p_appeal.status IN ('not_considered', 'returned') THEN
                   'Ваше звернення, що надійшло ' || to_char(p_appeal.received_at AT TIME ZONE 'Europe/Kyiv', 'DD.MM.YYYY')
                   || ', ' || CASE WHEN p_appeal.status = 'returned' THEN 'повернуто' ELSE 'залишено без розгляду' END
                   || coalesce(' (№ ' || p_appeal.reg_index || ')', '') || '.'
                   || coalesce(E'\nПричина: ' || p_appeal.status_reason, '')
                   || E'\nЗверніть увагу: звернення має містити прізвище, ім''я, по батькові та місце проживання (ст. 5 Закону України «Про звернення громадян»).'
               WHEN p_appeal.status = 'forwarded' THEN
                   'Ваше звернення № ' || coalesce(p_appeal.reg_index, '—') || ' від '
                   || to_char(p_appeal.received_at AT TIME ZONE 'Europe/Kyiv', 'DD.MM.YYYY')
                   || ' надіслано за належністю: ' || coalesce(p_appeal.forwarded_to, '—') || '.'
               WHEN p_appeal.status = 'consultation' THEN
                   'Ваше звернення від ' || to_char(p_appeal.received_at AT TIME ZONE 'Europe/Kyiv', 'DD.MM.YYYY')
                   || ' розглянуто в порядку консультації.'
               ELSE
                   'Ваше звернення зареєстровано за № ' || coalesce(p_appeal.reg_index, '—') || ' від '
                   || to_char(p_appeal.received_at AT TIME ZONE 'Europe/Kyiv', 'DD.MM.YYYY') || '.'
                   || coalesce(E'\nТермін розгляду — до ' || to_char(p_appeal.due_date, 'DD.MM.YYYY')
                               || coalesce(' (' || p_appeal.due_reason || ')', '') || '.', '')
                   || E'\nУ відповіді на цей лист, будь ласка, збережіть номер звернення в темі.'
           END
        || E'\n\n' || coalesce(nullif(btrim(setting_value('mail_from_name')), ''), 'Контакт-центр')
        || E'\n\nЦей лист надіслано автоматично.'
$$;

-- Ties a waiting message to the appeal registered from it (same transaction as the
-- registration, by the intake code path) and queues the acknowledgement.
CREATE FUNCTION mail_register(p_mail bigint, p_appeal bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    m mail_message;
    a appeal;
    v_outbox bigint;
    v_to text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_admin'], 'registering e-mail');
    SELECT * INTO m FROM mail_message WHERE id = p_mail FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such message: %', p_mail USING ERRCODE = 'P0002';
    END IF;
    IF m.status NOT IN ('new', 'review') THEN
        RAISE EXCEPTION 'e-mail already handled: % by % at %', m.status, coalesce(m.handled_by, '?'),
            to_char(m.handled_at AT TIME ZONE 'Europe/Kyiv', 'DD.MM.YYYY HH24:MI')
            USING ERRCODE = 'P0001', HINT = 'mail_handled';
    END IF;
    SELECT * INTO a FROM appeal WHERE id = p_appeal;
    IF NOT FOUND OR a.channel <> 'email' THEN
        RAISE EXCEPTION 'the appeal % is not an e-mail appeal', p_appeal USING ERRCODE = 'P0001';
    END IF;
    -- Only the appeal this login registers in this very transaction: a letter is never tied to
    -- somebody else's case (its acknowledgement would tell a stranger that case's number).
    IF a.operator_login IS DISTINCT FROM session_user OR a.registered_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'the appeal % was not registered in this transaction', p_appeal
            USING ERRCODE = 'P0001';
    END IF;

    UPDATE mail_message SET status = 'registered', appeal_id = p_appeal, handled_at = now(),
                            handled_by = session_user
     WHERE id = p_mail;
    UPDATE attachment SET appeal_id = p_appeal, mail_id = NULL WHERE mail_id = p_mail;

    v_to := coalesce(nullif(a.author_email, ''), m.reply_to, m.from_address);
    IF v_to IS NOT NULL AND v_to ~ '^[^@\s]+@[^@\s]+$' AND m.kind = 'normal' THEN
        INSERT INTO outbox (kind, recipient, subject, body, appeal_id, in_reply_to, mail_id)
        VALUES ('acknowledgement', v_to,
                left(CASE WHEN a.reg_index IS NOT NULL
                          THEN 'Ваше звернення № ' || a.reg_index || ' отримано'
                          ELSE 'Ваше звернення отримано' END
                     || CASE WHEN m.subject <> '' THEN ' — ' || m.subject ELSE '' END, 998),
                mail_acknowledgement_text(a), p_appeal,
                CASE WHEN m.message_key NOT LIKE 'sha256:%' THEN m.message_key END, p_mail)
        RETURNING id INTO v_outbox;
    END IF;
    RETURN v_outbox;
END
$$;

-- Not an appeal (spam that got through, a duplicate message, an empty letter): out of the queue,
-- with the reason.
CREATE FUNCTION mail_discard(p_mail bigint, p_reason text, p_version int) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head', 'kontakt_admin'], 'discarding e-mail');
    PERFORM wf_require_text(p_reason, 'reason');
    UPDATE mail_message SET status = 'discarded', handled_at = now(), handled_by = session_user,
                            handled_note = left(btrim(p_reason), 2000)
     WHERE id = p_mail AND status IN ('new', 'review') AND version = p_version;
    RETURN FOUND;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Sending the outbox
-- ---------------------------------------------------------------------------------------------
-- Takes up to p_limit due messages: status sending, one more attempt, a Message-ID fixed on the
-- first attempt (a retry goes out with the same one).
CREATE FUNCTION outbox_claim(p_limit int, p_domain text)
RETURNS TABLE (id bigint, kind text, recipient text, subject text, body text, appeal_id bigint,
               reg_index text, message_id text, in_reply_to text, attempts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'sending mail');
    RETURN QUERY
    WITH due AS (
        SELECT o.id FROM outbox o
         WHERE o.status = 'queued' AND o.next_attempt_at <= now()
         ORDER BY o.next_attempt_at, o.id
         LIMIT greatest(1, least(p_limit, 500))
         FOR UPDATE SKIP LOCKED
    ), claimed AS (
        UPDATE outbox o SET status = 'sending', attempts = o.attempts + 1,
               message_id = coalesce(o.message_id,
                                     'kontakt.' || o.id || '.' || to_char(o.created_at, 'YYYYMMDDHH24MISS')
                                     || '@' || coalesce(nullif(p_domain, ''), 'kontakt.invalid'))
          FROM due WHERE o.id = due.id
        RETURNING o.*
    )
    SELECT c.id, c.kind, c.recipient, c.subject, c.body, c.appeal_id, a.reg_index, c.message_id,
           c.in_reply_to, c.attempts
      FROM claimed c LEFT JOIN appeal a ON a.id = c.appeal_id
     ORDER BY c.id;
END
$$;

CREATE FUNCTION outbox_sent(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'sending mail');
    UPDATE outbox SET status = 'sent', sent_at = now(), last_error = NULL
     WHERE id = p_id AND status = 'sending';
END
$$;

-- A temporary failure goes back to the queue after a backoff (1, 5, 15, 60 minutes, then every
-- 3 hours) until the 8th attempt; a permanent one (5xx, a bad address) fails at once.
CREATE FUNCTION outbox_failed(p_id bigint, p_error text, p_permanent boolean) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    v_attempts int;
    v_status text;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'sending mail');
    SELECT attempts INTO v_attempts FROM outbox WHERE id = p_id AND status = 'sending' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_status := CASE WHEN p_permanent OR v_attempts >= 8 THEN 'failed' ELSE 'queued' END;
    UPDATE outbox SET status = v_status, last_error = left(coalesce(p_error, '?'), 2000),
                      next_attempt_at = now() + CASE v_attempts WHEN 1 THEN interval '1 minute'
                                                                WHEN 2 THEN interval '5 minutes'
                                                                WHEN 3 THEN interval '15 minutes'
                                                                WHEN 4 THEN interval '1 hour'
                                                                ELSE interval '3 hours' END
     WHERE id = p_id;
    RETURN v_status;
END
$$;

-- At the start of the (single) mail service: what an earlier run left "sending" may have been
-- accepted by the server before the crash; it is failed for the administrator, not resent.
CREATE FUNCTION outbox_recover_interrupted() RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    n int;
BEGIN
    PERFORM wf_require(ARRAY['kontakt_mail', 'kontakt_admin'], 'sending mail');
    UPDATE outbox SET status = 'failed',
                      last_error = 'Надсилання перервано; лист міг бути надісланий. Перевірте перед повтором.'
     WHERE status = 'sending';
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

REVOKE EXECUTE ON FUNCTION mail_store(text, text, jsonb, bytea),
    mail_add_attachment(bigint, text, text, bytea), mail_acknowledgement_text(appeal),
    mail_register(bigint, bigint), mail_discard(bigint, text, int), outbox_claim(int, text),
    outbox_sent(bigint), outbox_failed(bigint, text, boolean), outbox_recover_interrupted()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mail_store(text, text, jsonb, bytea),
    mail_add_attachment(bigint, text, text, bytea), outbox_claim(int, text), outbox_sent(bigint),
    outbox_failed(bigint, text, boolean), outbox_recover_interrupted()
    TO kontakt_mail, kontakt_admin;
GRANT EXECUTE ON FUNCTION mail_register(bigint, bigint), mail_discard(bigint, text, int)
    TO kontakt_operator, kontakt_head, kontakt_admin;
