-- 0007_queues.sql
-- Keyset paging of the case queues: every sortable column has an index on (key, id), the same
-- expression the client orders by, so that a window anywhere in millions of cases is an index
-- range scan (DESIGN.md §3 "Data path of a queue").

CREATE INDEX appeal_due_key_idx ON appeal ((coalesce(due_date, '9999-12-31'::date)), id);
CREATE INDEX appeal_open_due_key_idx ON appeal ((coalesce(due_date, '9999-12-31'::date)), id)
    WHERE status IN ('registered', 'routing_proposed', 'approved', 'in_progress', 'replied',
                     'callback', 'rework');
CREATE INDEX appeal_author_key_idx ON appeal ((lower(coalesce(author_surname, ''))), id);
CREATE INDEX appeal_reg_key_idx ON appeal ((coalesce(reg_index, '')), id);
CREATE INDEX appeal_status_key_idx ON appeal (status, id);
CREATE INDEX appeal_received_key_idx ON appeal (received_at, id);
