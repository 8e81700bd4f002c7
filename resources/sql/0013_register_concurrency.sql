-- 0013_register_concurrency.sql
-- Registration at many desks at once (DESIGN.md §5: 50 desks, 50 ms).
--
-- Every index on appeal is work for every registration: two were exact or prefix duplicates
-- of later ones (received_at, id from 0007; caller_id is the prefix of caller_id, topic_code,
-- received_at from 0006).
DROP INDEX appeal_received_idx;
DROP INDEX appeal_caller_idx;

-- A new caller's number is not on file, so the registration looks the caller up by name and
-- address, with the expressions of its query; the old index covered only the surname, and a
-- common surname (4 250 «Коваленко» among 700 000 callers) cost 12 ms of heap reads.
DROP INDEX caller_address_idx;
CREATE INDEX caller_name_address_idx
    ON caller (lower(surname), lower(coalesce(first_name, '')), lower(coalesce(address, '')));

-- NOTIFY after the commit
--
-- A transaction that has called NOTIFY holds one database-wide lock from its COMMIT until the
-- commit record is on disk, so every registering desk waited for the others' disk flushes in
-- turn (measured: 20 desks, most of them waiting "Lock: object" at COMMIT). The registration
-- therefore defers the notification: it marks its transaction with
--     set_config('kontakt.notify', 'deferred', true)
-- so that the appeal trigger does not notify, and after its COMMIT calls
-- notify_case_change(id, seq) in a transaction of its own whose commit does not wait for the
-- disk (nothing but the notification is in it; a crash can lose only the notification, and a
-- desk that reconnects reads everything past the last sequence it saw anyway).
-- Every other change (workflow steps, psql, imports) still notifies from the trigger.

CREATE OR REPLACE FUNCTION appeal_notify_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('kontakt_case', json_build_object('id', OLD.id, 'seq', nextval('change_seq'), 'op', 'D')::text);
        RETURN OLD;
    END IF;
    IF current_setting('kontakt.notify', true) = 'deferred' THEN
        RETURN NEW;
    END IF;
    PERFORM pg_notify('kontakt_case', json_build_object('id', NEW.id, 'seq', NEW.change_seq, 'op', left(TG_OP, 1))::text);
    RETURN NEW;
END
$$;

CREATE FUNCTION notify_case_change(p_appeal_id bigint, p_seq bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    -- Local to this transaction (no SET clause on the function, which would end with the
    -- call): its commit returns without waiting for the disk.
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM pg_notify('kontakt_case', json_build_object('id', p_appeal_id, 'seq', p_seq, 'op', 'I')::text);
END
$$;
COMMENT ON FUNCTION notify_case_change(bigint, bigint) IS
    'The NOTIFY of a registration that deferred it (kontakt.notify = deferred), in its own transaction after the COMMIT';

REVOKE ALL ON FUNCTION notify_case_change(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notify_case_change(bigint, bigint)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions,
       kontakt_admin;
