-- 0012_presence.sql
-- Presence (queues issue, item 4): who has a case open for editing, shown in the queues and on
-- the case card so that two operators do not work on the same call at once.
--
-- A desk calls presence_enter() when it opens a case card and again every 30 s while the card
-- stays open (a heartbeat), presence_leave() when it closes. A row whose heartbeat is older than
-- presence_stale_after() is a desk that crashed or lost its network: it is ignored and
-- swept by the next presence_enter(). Every change sends NOTIFY kontakt_case for the case so
-- that open queues re-read that row (seq 0: presence does not move the change sequence).
--
-- Access: whoever may read the case may see who has it open (RLS through appeal); a person
-- writes only their own rows (policies on login = session_user).
-- Presence is not personal data of citizens and is not audited (it would flood the log with
-- heartbeats); opening a card is logged by log_access() as a VIEW.

CREATE TABLE case_presence (
    appeal_id   bigint NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
    login       text NOT NULL DEFAULT session_user CHECK (char_length(login) BETWEEN 1 AND 63),
    full_name   text NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 200),
    editing     boolean NOT NULL DEFAULT true,
    opened_at   timestamptz NOT NULL DEFAULT now(),
    seen_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (appeal_id, login)
);
CREATE INDEX case_presence_seen_idx ON case_presence (seen_at);
COMMENT ON TABLE case_presence IS 'Who has a case card open (heartbeat every 30 s; stale after 90 s)';

CREATE FUNCTION presence_stale_after() RETURNS interval
LANGUAGE sql IMMUTABLE
SET search_path = kontakt, public, pg_catalog
AS $$ SELECT interval '90 seconds' $$;

-- The people (other than the caller) who have the case open now, "Full Name (login)", by the
-- time they opened it. Used by the queue rows and the case card.
CREATE FUNCTION presence_of(p_appeal_id bigint) RETURNS text
LANGUAGE sql STABLE
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT string_agg(p.full_name, ', ' ORDER BY p.opened_at)
      FROM case_presence p
     WHERE p.appeal_id = p_appeal_id
       AND p.login <> session_user
       AND p.seen_at > now() - presence_stale_after()
$$;

CREATE FUNCTION presence_notify(p_appeal_id bigint) RETURNS void
LANGUAGE sql
SET search_path = kontakt, public, pg_catalog
AS $$
    SELECT pg_notify('kontakt_case', json_build_object('id', p_appeal_id, 'seq', 0, 'op', 'P')::text)
$$;

-- Old rows of desks that crashed: swept by anybody (SECURITY DEFINER: they belong to others).
CREATE FUNCTION presence_sweep() RETURNS void
LANGUAGE sql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$ DELETE FROM case_presence WHERE seen_at < now() - presence_stale_after() * 10 $$;

-- SECURITY INVOKER on purpose: the caller's row-level security on appeal decides whether the
-- case may be opened at all, and the policies below let a person write only their own rows.
CREATE FUNCTION presence_enter(p_appeal_id bigint, p_editing boolean DEFAULT true)
RETURNS TABLE (others text)
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    name text;
    fresh boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM appeal WHERE id = p_appeal_id) THEN
        RAISE EXCEPTION 'case % is not visible to %', p_appeal_id, session_user USING ERRCODE = '42501';
    END IF;
    SELECT coalesce(max(s.full_name), session_user::text) INTO name
      FROM staff s WHERE s.login = session_user;
    PERFORM presence_sweep();
    SELECT c.seen_at > now() - presence_stale_after() INTO fresh
      FROM case_presence c WHERE c.appeal_id = p_appeal_id AND c.login = session_user;
    INSERT INTO case_presence AS c (appeal_id, login, full_name, editing)
    VALUES (p_appeal_id, session_user, name, p_editing)
    ON CONFLICT (appeal_id, login) DO UPDATE
        SET seen_at = now(), editing = excluded.editing,
            opened_at = CASE WHEN c.seen_at > now() - presence_stale_after() THEN c.opened_at
                             ELSE now() END;
    -- Queues learn about a new presence; heartbeats of a known one stay quiet.
    IF fresh IS NOT TRUE THEN
        PERFORM presence_notify(p_appeal_id);
    END IF;
    RETURN QUERY SELECT presence_of(p_appeal_id);
END
$$;

CREATE FUNCTION presence_leave(p_appeal_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    DELETE FROM case_presence WHERE appeal_id = p_appeal_id AND login = session_user;
    IF FOUND THEN
        PERFORM presence_notify(p_appeal_id);
    END IF;
END
$$;

ALTER TABLE case_presence ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_presence FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON case_presence TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY visible_read ON case_presence FOR SELECT
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    USING (EXISTS (SELECT 1 FROM appeal a WHERE a.id = case_presence.appeal_id));
CREATE POLICY own_insert ON case_presence FOR INSERT
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    WITH CHECK (login = session_user
                AND EXISTS (SELECT 1 FROM appeal a WHERE a.id = case_presence.appeal_id));
CREATE POLICY own_update ON case_presence FOR UPDATE
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    USING (login = session_user) WITH CHECK (login = session_user);
CREATE POLICY own_delete ON case_presence FOR DELETE
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin
    USING (login = session_user);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_presence
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
REVOKE EXECUTE ON FUNCTION presence_stale_after(), presence_of(bigint), presence_notify(bigint),
    presence_sweep(), presence_enter(bigint, boolean), presence_leave(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION presence_stale_after(), presence_of(bigint), presence_notify(bigint),
    presence_sweep(), presence_enter(bigint, boolean), presence_leave(bigint)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
