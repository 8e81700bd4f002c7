-- 0015_reports.sql
-- Reports for the mayor and for control (issue 6): printing and exporting a report is logged,
-- the signatory of the reports is a setting the administrator edits, and the executive
-- discipline report reads assignments by the time they were routed.

-- A report printed or exported (PDF, HTML, CSV, XLSX, a printer) holds personal data of many
-- people at once: who made which report with which parameters goes to the audit log, like a
-- view of one case (log_access). The parameters are the report's own (dates, quarter), never
-- its contents.
CREATE FUNCTION log_report(p_report text, p_params jsonb, p_action text, p_format text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kontakt, public, pg_catalog
AS $$
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('PRINT', 'EXPORT', 'VIEW') THEN
        RAISE EXCEPTION 'invalid report action: %', p_action USING ERRCODE = 'P0001';
    END IF;
    IF p_report IS NULL OR p_report !~ '^[a-z_]{1,40}$' THEN
        RAISE EXCEPTION 'invalid report name: %', p_report USING ERRCODE = 'P0001';
    END IF;
    IF p_format IS NULL OR p_format !~ '^[a-z]{1,10}$' THEN
        RAISE EXCEPTION 'invalid report format: %', p_format USING ERRCODE = 'P0001';
    END IF;
    IF p_params IS NOT NULL AND (jsonb_typeof(p_params) <> 'object' OR length(p_params::text) > 2000) THEN
        RAISE EXCEPTION 'invalid report parameters' USING ERRCODE = 'P0001';
    END IF;
    INSERT INTO audit_log (db_role, table_name, row_id, action, new_data)
    VALUES (session_effective_role(), 'report', NULL, p_action,
            jsonb_build_object('report', p_report, 'format', p_format,
                               'params', coalesce(p_params, '{}'::jsonb)));
END
$$;
COMMENT ON FUNCTION log_report(text, jsonb, text, text) IS
    'Logs a printed/exported report (name, parameters, format) to the audit log';

DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'kontakt_auditor', 'MEMBER') THEN
        EXECUTE format('GRANT kontakt_auditor TO %I', current_user);
    END IF;
END
$$;
GRANT CREATE ON SCHEMA kontakt TO kontakt_auditor;
ALTER FUNCTION log_report(text, jsonb, text, text) OWNER TO kontakt_auditor;
REVOKE CREATE ON SCHEMA kontakt FROM kontakt_auditor;
REVOKE ALL ON FUNCTION log_report(text, jsonb, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION log_report(text, jsonb, text, text)
    TO kontakt_operator, kontakt_head, kontakt_executor, kontakt_manager, kontakt_petitions,
       kontakt_admin;

-- Who signs the reports: empty name = a blank line to sign and write in.
INSERT INTO setting (key, value, description) VALUES
    ('daily_report_signatory', '', 'Name printed in the signature block of the reports (empty: a blank line)'),
    ('daily_report_signatory_position', 'Начальник відділу «Контакт-центр»',
     'Position printed in the signature block of the reports')
ON CONFLICT (key) DO NOTHING;

-- Executive discipline: the assignments routed in a period.
CREATE INDEX assignment_approved_idx ON assignment (approved_at) WHERE approved_at IS NOT NULL;
