-- 0014_outbox_access.sql
-- Notifications out (issue 5): the outbox becomes readable for the people who answer for the
-- notices it holds. The head of the contact centre department and the mayor's office (manager)
-- see what was written to whom (assignment approvals, reminders, escalations, rework,
-- not_competent) and whether it went out; only the administrator may put a failed message back
-- in the queue (UPDATE, granted in 0003). Desks that only write notices through the workflow
-- functions (operator, executor, petitions) still cannot read them.
--
-- =============================================================================================
-- ACCESS MATRIX, outbox row (supersedes the outbox row of 0003's matrix)
-- =============================================================================================
-- table                        operator  head      executor       manager  petitions  admin
-- ---------------------------  --------  --------  -------------  -------  ---------  -------
-- outbox                       I         RI        -              R        I          RU
--
-- No row-level security: whoever may read the outbox reads all of it (the messages carry the
-- case's index and summary, which head and manager read anyway). Retrying a failed message is
-- an UPDATE of status/next_attempt_at with the version that was read (optimistic locking by
-- touch_row()); the database refuses it for every group but admin (no UPDATE privilege).

GRANT SELECT ON outbox TO kontakt_head, kontakt_manager;

COMMENT ON TABLE outbox IS 'E-mail notifications written by the workflow (wf_outbox); read by head, manager and admin; failed ones retried by admin only';

-- The outbox window and kontaktctl list the newest messages first, often of one status.
CREATE INDEX outbox_created_idx ON outbox (created_at DESC, id DESC);
