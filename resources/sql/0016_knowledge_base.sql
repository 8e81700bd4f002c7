-- 0016_knowledge_base.sql
-- Consultations (issue 8, regulation 2.1, 3.3, 3.12): the knowledge base becomes searchable
-- while the citizen is talking, its use is counted, searches that found nothing are logged for
-- the head, and utilities' planned outages are kept per street and houses.
--
-- =============================================================================================
-- ACCESS MATRIX (rows added or superseded by this migration)
-- =============================================================================================
-- table / function             operator  head      executor       manager  petitions  admin
-- ---------------------------  --------  --------  -------------  -------  ---------  -------
-- kb_article                   R         RIU       R              R        R          RIU
-- kb_article_version           R         R         R              R        R          R
-- kb_lexeme                    R         R         R              R        R          R
-- kb_article_use               -         R         -              R        -          R
-- kb_search_miss               -         R         -              R        -          R
-- outage                       RIU       RIU       R              R        R          RIU
-- kb_record_use()              EXECUTE   EXECUTE   -              -        -          -
-- kb_log_miss()                EXECUTE   EXECUTE   -              -        -          -
--
-- History is written only by the trigger (SECURITY DEFINER): nobody inserts or edits
-- kb_article_version directly any more, so the history cannot be forged. Usage and misses are
-- written only through the two functions, which take the login from the session.
-- Outages are editable by operators too: utilities' dispatchers phone in emergency outages at
-- any hour, when the head is not there, and an operator who takes such a call must be able to
-- put it on the board at once for the colleagues answering the same street. Every change of
-- an outage is audited (who entered what), and nobody deletes one: a cancelled outage is ended
-- (ends_at moved) or marked cancelled.
-- Nothing here is personal data: no row-level security (like organisation reading).
-- =============================================================================================

-- ---------------------------------------------------------------------------------------------
-- Articles: identity for import/export, stems for search (written by the client's Ukrainian
-- stemmer, core/ukrainiantext), a weighted full-text vector generated from them.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE kb_article
    ADD COLUMN code text UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,79}$'),
    ADD COLUMN active boolean NOT NULL DEFAULT true,
    ADD COLUMN title_stems text NOT NULL DEFAULT '' CHECK (char_length(title_stems) <= 2000),
    ADD COLUMN keyword_stems text NOT NULL DEFAULT '' CHECK (char_length(keyword_stems) <= 4000),
    ADD COLUMN body_stems text NOT NULL DEFAULT '' CHECK (char_length(body_stems) <= 200000),
    ADD CONSTRAINT kb_article_review_range CHECK (review_due IS NULL OR last_reviewed IS NULL
                                                  OR review_due >= last_reviewed);
ALTER TABLE kb_article
    ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_stems), 'A')
        || setweight(to_tsvector('simple'::regconfig, keyword_stems), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_stems), 'C')) STORED;
COMMENT ON COLUMN kb_article.title_stems IS 'Stems of the title (client stemmer); the search vector is built from the *_stems columns';
COMMENT ON COLUMN kb_article.keyword_stems IS 'Stems of tags and of the topics'' names';
COMMENT ON COLUMN kb_article.review_due IS 'The article is flagged for review after this day';

DROP INDEX kb_article_text_fts;
CREATE INDEX kb_article_search_idx ON kb_article USING gin (search_tsv);
CREATE INDEX kb_article_title_stems_trgm ON kb_article USING gin (title_stems public.gin_trgm_ops);
CREATE INDEX kb_article_review_idx ON kb_article (review_due) WHERE active;

-- A stem written by psql without the client (title or body edited, stems not): fall back to the
-- lower-cased words, so the article is still found (less well) until the next save by the app.
CREATE FUNCTION kb_article_stems_fallback() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.title_stems = '' THEN
            NEW.title_stems := left(lower(NEW.title), 2000);
        END IF;
        IF NEW.body_stems = '' THEN
            NEW.body_stems := left(lower(NEW.body), 200000);
        END IF;
    ELSE
        IF NEW.title IS DISTINCT FROM OLD.title AND NEW.title_stems = OLD.title_stems THEN
            NEW.title_stems := left(lower(NEW.title), 2000);
        END IF;
        IF NEW.body IS DISTINCT FROM OLD.body AND NEW.body_stems = OLD.body_stems THEN
            NEW.body_stems := left(lower(NEW.body), 200000);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER kb_article_stems_fallback BEFORE INSERT OR UPDATE ON kb_article
    FOR EACH ROW EXECUTE FUNCTION kb_article_stems_fallback();

-- Every stem of every article, for typo-tolerant query expansion (trigram similarity).
CREATE TABLE kb_lexeme (
    word    text PRIMARY KEY CHECK (char_length(word) BETWEEN 1 AND 100)
);
CREATE INDEX kb_lexeme_trgm ON kb_lexeme USING gin (word public.gin_trgm_ops);
COMMENT ON TABLE kb_lexeme IS 'Stems found in knowledge-base articles (filled by trigger); queries are expanded by trigram similarity against it';

-- History: every content change is a version (the trigger owns the table: SECURITY DEFINER).
ALTER TABLE kb_article_version
    ADD COLUMN topic_codes text[],
    ADD COLUMN org_ids bigint[],
    ADD COLUMN tags text[],
    ADD COLUMN valid_from date,
    ADD COLUMN valid_to date;

CREATE OR REPLACE FUNCTION kb_article_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body
       OR NEW.topic_codes IS DISTINCT FROM OLD.topic_codes OR NEW.org_ids IS DISTINCT FROM OLD.org_ids
       OR NEW.tags IS DISTINCT FROM OLD.tags OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
       OR NEW.valid_to IS DISTINCT FROM OLD.valid_to THEN
        INSERT INTO kb_article_version (article_id, version, title, body, topic_codes, org_ids, tags,
                                        valid_from, valid_to)
        VALUES (NEW.id, NEW.version, NEW.title, NEW.body, NEW.topic_codes, NEW.org_ids, NEW.tags,
                NEW.valid_from, NEW.valid_to)
        ON CONFLICT (article_id, version) DO NOTHING;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.search_tsv IS DISTINCT FROM OLD.search_tsv THEN
        INSERT INTO kb_lexeme (word)
        SELECT w FROM unnest(tsvector_to_array(NEW.search_tsv)) AS w
         WHERE char_length(w) BETWEEN 1 AND 100
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- The organisations of an article must exist (an array cannot carry a foreign key).
CREATE FUNCTION kb_article_check_orgs() RETURNS trigger
LANGUAGE plpgsql
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT o INTO missing FROM unnest(NEW.org_ids) AS o
     WHERE NOT EXISTS (SELECT 1 FROM organisation g WHERE g.id = o) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'unknown organisation id % in a knowledge-base article', missing
            USING ERRCODE = '23503';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER kb_article_check_orgs BEFORE INSERT OR UPDATE OF org_ids ON kb_article
    FOR EACH ROW EXECUTE FUNCTION kb_article_check_orgs();

CREATE TRIGGER kb_article_audit AFTER INSERT OR UPDATE OR DELETE ON kb_article
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'search_tsv', 'body_stems');

-- ---------------------------------------------------------------------------------------------
-- Usage (which answers are used) and misses (which searches find nothing): regulation 3.12.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE kb_article_use (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint NOT NULL REFERENCES kb_article (id),
    appeal_id   bigint REFERENCES appeal (id),
    used_at     timestamptz NOT NULL DEFAULT now(),
    used_by     text NOT NULL DEFAULT session_user CHECK (char_length(used_by) <= 63)
);
CREATE INDEX kb_article_use_article_idx ON kb_article_use (article_id, used_at);
CREATE INDEX kb_article_use_appeal_idx ON kb_article_use (appeal_id);
CREATE INDEX kb_article_use_at_idx ON kb_article_use (used_at);
COMMENT ON TABLE kb_article_use IS 'An article used as the answer of a consultation (the appeal it closed)';

CREATE TABLE kb_search_miss (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    query       text NOT NULL CHECK (char_length(query) BETWEEN 1 AND 300),
    searched_at timestamptz NOT NULL DEFAULT now(),
    searched_by text NOT NULL DEFAULT session_user CHECK (char_length(searched_by) <= 63)
);
CREATE INDEX kb_search_miss_at_idx ON kb_search_miss (searched_at);
COMMENT ON TABLE kb_search_miss IS 'Searches of the knowledge base that found nothing (for the head: which answers are missing)';

CREATE FUNCTION kb_record_use(p_article bigint, p_appeal bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head'], 'recording the use of an answer');
    IF p_appeal IS NOT NULL AND NOT EXISTS (SELECT 1 FROM appeal a WHERE a.id = p_appeal) THEN
        RAISE EXCEPTION 'unknown appeal %', p_appeal USING ERRCODE = '23503';
    END IF;
    UPDATE kb_article SET usage_count = usage_count + 1 WHERE id = p_article;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown knowledge-base article %', p_article USING ERRCODE = '23503';
    END IF;
    INSERT INTO kb_article_use (article_id, appeal_id) VALUES (p_article, p_appeal);
END
$$;

CREATE FUNCTION kb_log_miss(p_query text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    PERFORM wf_require(ARRAY['kontakt_operator', 'kontakt_head'], 'logging a search');
    IF btrim(coalesce(p_query, '')) = '' THEN
        RETURN;
    END IF;
    INSERT INTO kb_search_miss (query) VALUES (left(btrim(p_query), 300));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Planned and emergency outages announced by utilities
-- ---------------------------------------------------------------------------------------------
CREATE TABLE outage (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      bigint REFERENCES organisation (id),
    utility     text CHECK (char_length(utility) <= 200),
    kind        text NOT NULL CHECK (kind IN ('water', 'hot_water', 'heating', 'electricity', 'gas', 'other')),
    street_id   bigint REFERENCES street (id),
    street      text NOT NULL CHECK (char_length(street) BETWEEN 1 AND 200),
    street_key  text NOT NULL CHECK (char_length(street_key) BETWEEN 1 AND 200),
    houses      text NOT NULL DEFAULT '' CHECK (char_length(houses) <= 1000),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
    source      text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'phone', 'email', 'web')),
    planned     boolean NOT NULL DEFAULT true,
    cancelled   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user CHECK (char_length(created_by) <= 63),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user CHECK (char_length(updated_by) <= 63),
    version     int NOT NULL DEFAULT 1,
    CONSTRAINT outage_window CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '90 days'),
    CONSTRAINT outage_who CHECK (org_id IS NOT NULL OR utility IS NOT NULL)
);
COMMENT ON TABLE outage IS 'Utilities'' outages by street and houses (houses: "1-15 непарні", "2, 4, 6-10", "12-А"; empty = the whole street)';
COMMENT ON COLUMN outage.street_key IS 'The street name without its type word, lower-cased (core OutageAddress::streetKey)';
-- The operator's question: what is off now (or soon) on this street.
CREATE INDEX outage_street_idx ON outage (street_key, ends_at) WHERE NOT cancelled;
CREATE INDEX outage_street_trgm ON outage USING gin (street_key public.gin_trgm_ops) WHERE NOT cancelled;
CREATE INDEX outage_ends_idx ON outage (ends_at) WHERE NOT cancelled;
CREATE INDEX outage_org_idx ON outage (org_id);
CREATE INDEX outage_street_id_idx ON outage (street_id);
CREATE TRIGGER outage_touch BEFORE UPDATE ON outage FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER outage_audit AFTER INSERT OR UPDATE OR DELETE ON outage
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');

-- ---------------------------------------------------------------------------------------------
-- Mass incidents: callers attached to one parent case (co-applicants, duplicates) get its reply.
-- When the main executor's reply moves the parent to 'replied', every child that has no work of
-- its own (never routed: no assignment) and is still 'registered' moves to 'replied' as well,
-- with a 'replied' event carrying the parent's reply, so that each caller is in the callback
-- queue. SECURITY DEFINER: the children's status changes only through this trigger.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION appeal_reply_to_children() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
DECLARE
    r reply;
    c bigint;
BEGIN
    SELECT * INTO r FROM reply WHERE appeal_id = NEW.id ORDER BY created_at DESC, id DESC LIMIT 1;
    FOR c IN
        SELECT a.id FROM appeal a
         WHERE a.parent_appeal_id = NEW.id AND a.status = 'registered'
           AND NOT EXISTS (SELECT 1 FROM assignment s WHERE s.appeal_id = a.id)
         ORDER BY a.id
    LOOP
        UPDATE appeal SET status = 'replied' WHERE id = c;
        INSERT INTO case_event (appeal_id, kind, detail)
        VALUES (c, 'replied', jsonb_strip_nulls(jsonb_build_object(
                    'parent', NEW.id, 'parent_index', NEW.reg_index, 'reply_id', r.id,
                    'result', r.proposed_result, 'text', left(r.text, 500))));
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER appeal_reply_to_children AFTER UPDATE OF status ON appeal
    FOR EACH ROW WHEN (NEW.status = 'replied' AND OLD.status IS DISTINCT FROM 'replied')
    EXECUTE FUNCTION appeal_reply_to_children();

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------
REVOKE INSERT, UPDATE ON kb_article_version FROM kontakt_head, kontakt_admin;
GRANT SELECT ON kb_lexeme, outage
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions, kontakt_admin;
GRANT SELECT ON kb_article_use, kb_search_miss TO kontakt_head, kontakt_manager, kontakt_admin;
GRANT INSERT, UPDATE ON outage TO kontakt_operator, kontakt_head, kontakt_admin;
REVOKE EXECUTE ON FUNCTION kb_record_use(bigint, bigint), kb_log_miss(text),
    kb_article_stems_fallback(), kb_article_check_orgs(), kb_article_history(),
    appeal_reply_to_children() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kb_record_use(bigint, bigint), kb_log_miss(text)
    TO kontakt_operator, kontakt_head;
