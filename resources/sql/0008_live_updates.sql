-- 0008_live_updates.sql
-- Live queues (DESIGN.md §3 "Live updates"): every change of a case takes the next value of
-- change_seq and sends NOTIFY kontakt_case with the case id and that value; a desk that lost
-- its connection asks for everything past the last value it saw.

ALTER TABLE appeal ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('change_seq');
CREATE INDEX appeal_change_seq_idx ON appeal (change_seq);
COMMENT ON COLUMN appeal.change_seq IS 'Position of the last change in the global change sequence (resync after reconnect)';

CREATE FUNCTION appeal_bump_change_seq() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    NEW.change_seq := nextval('change_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER appeal_bump_change_seq BEFORE UPDATE ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_bump_change_seq();

-- NOTIFY is delivered at COMMIT, only to listeners; the payload stays small (< 8000 bytes).
CREATE FUNCTION appeal_notify_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('kontakt_case', json_build_object('id', OLD.id, 'seq', nextval('change_seq'), 'op', 'D')::text);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('kontakt_case', json_build_object('id', NEW.id, 'seq', NEW.change_seq, 'op', left(TG_OP, 1))::text);
    RETURN NEW;
END
$$;
CREATE TRIGGER appeal_notify_change AFTER INSERT OR UPDATE OR DELETE ON appeal
    FOR EACH ROW EXECUTE FUNCTION appeal_notify_change();
