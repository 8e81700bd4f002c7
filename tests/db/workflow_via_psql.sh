#!/usr/bin/env bash
# The case workflow (0011_workflow.sql) proven through psql, one PostgreSQL login per role: every
# allowed transition succeeds, every forbidden one is refused with its SQLSTATE key.
#
# Usage: PGHOST=... PGPORT=... [KONTAKTCTL=/path/to/kontaktctl] tests/db/workflow_via_psql.sh
#   Trust authentication; kontakt_owner is a superuser of the cluster. Creates a fresh database
#   and suffixed logins, drops them at the end. Prints "ok - ..." / "not ok - ..."; exit 1 on
#   any failure.
set -u

: "${PGHOST:?set PGHOST}" "${PGPORT:?set PGPORT}"
export PGHOST PGPORT
export PGUSER=kontakt_owner
unset PGDATABASE PGOPTIONS PGPASSWORD

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DB="kontakt_wf_t$$_${RANDOM}"
OWNER=kontakt_owner
OPERATOR="operator_${DB}"
HEAD="head_${DB}"
EXEC_A="exec_a_${DB}"
EXEC_B="exec_b_${DB}"
MANAGER="manager_${DB}"
PETITIONS="petitions_${DB}"
ADMIN="admin_${DB}"
DESK="desk_${DB}"
LOGINS=("$OPERATOR" "$HEAD" "$EXEC_A" "$EXEC_B" "$MANAGER" "$PETITIONS" "$ADMIN" "$DESK")

failures=0
checks=0
workdir=$(mktemp -d)
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1
    for l in "${LOGINS[@]}"; do
        psql -X -q -d postgres -c "DROP ROLE IF EXISTS \"$l\"" >/dev/null 2>&1
    done
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok() { checks=$((checks + 1)); echo "ok - $1"; }
not_ok() {
    checks=$((checks + 1)); failures=$((failures + 1)); echo "not ok - $1"
    if [[ -n "${2:-}" ]]; then printf '#   %s\n' "$2" | head -5; fi
}
run_as() {
    psql -X -q -v ON_ERROR_STOP=1 -At -U "$1" -d "$DB" -c "SET search_path = kontakt, public; $2" \
        >"$workdir/out" 2>"$workdir/err"
    RC=$?
    OUT=$(cat "$workdir/out")
    ERR=$(cat "$workdir/err")
}
owner_sql() {
    run_as "$OWNER" "$1"
    if [[ $RC -ne 0 ]]; then
        not_ok "setup: $2" "$ERR"
        echo "Bail out! setup failed"
        exit 1
    fi
    printf '%s' "$OUT"
}
expect_value() {      # description, login, sql, expected output
    run_as "$2" "$3"
    if [[ $RC -eq 0 && "$OUT" == "$4" ]]; then ok "$1"; else not_ok "$1" "rc=$RC expected [$4] got [$OUT] $ERR"; fi
}
expect_ok() {         # description, login, sql
    run_as "$2" "$3"
    if [[ $RC -eq 0 ]]; then ok "$1"; else not_ok "$1" "rc=$RC $ERR"; fi
}
expect_refused() {    # description, login, sql, extended regex the error must match
    local pattern=${4:-permission denied}
    run_as "$2" "$3"
    if [[ $RC -ne 0 ]] && grep -Eq "$pattern" <<<"$ERR"; then
        ok "$1 ($(grep -Em1 -o "$pattern" <<<"$ERR"))"
    else
        not_ok "$1" "rc=$RC expected an error matching /$pattern/, got out=[$OUT] err=[$ERR]"
    fi
}
av() { owner_sql "SELECT version FROM appeal WHERE id = $1" "appeal version"; }
sv() { owner_sql "SELECT version FROM assignment WHERE id = $1" "assignment version"; }
assignment_of() {  # appeal org_code -> newest assignment id
    owner_sql "SELECT s.id FROM assignment s JOIN organisation o ON o.id = s.org_id
                WHERE s.appeal_id = $1 AND o.code = '$2' ORDER BY s.id DESC LIMIT 1" "assignment of $2"
}

# ------------------------------------------------------------------------------------------
# database, migration, fixture
# ------------------------------------------------------------------------------------------
if ! psql -X -v ON_ERROR_STOP=1 -q -d postgres -c \
    "CREATE DATABASE \"$DB\" OWNER kontakt_owner TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'uk-UA' LOCALE 'C.UTF-8'" \
    >"$workdir/out" 2>"$workdir/err"; then
    not_ok "create database $DB" "$(cat "$workdir/err")"
    exit 1
fi
if [[ -n "${KONTAKTCTL:-}" ]]; then
    "$KONTAKTCTL" db migrate --db "host=$PGHOST port=$PGPORT dbname=$DB user=kontakt_owner" \
        >"$workdir/out" 2>"$workdir/err"
else
    "$here/apply_migrations_with_psql.sh" "$DB" >"$workdir/out" 2>"$workdir/err"
fi
if [[ $? -eq 0 ]]; then ok "migrate $DB"; else not_ok "migrate $DB" "$(cat "$workdir/err")"; exit 1; fi

owner_sql "INSERT INTO organisation (code, name, kind, email, escalation_deputy) VALUES
             ('ORG_A', 'Управління А', 'council_department', 'org_a@example.org', 'deputy@example.org'),
             ('ORG_B', 'КП Б', 'communal_enterprise', NULL, NULL)" "organisations" >/dev/null
owner_sql "SELECT staff_create('$OPERATOR', NULL, 'operator', NULL, 'Оператор');
           SELECT staff_create('$HEAD', NULL, 'head', NULL, 'Начальник');
           SELECT staff_create('$EXEC_A', NULL, 'executor', 'ORG_A', 'Виконавець А');
           SELECT staff_create('$EXEC_B', NULL, 'executor', 'ORG_B', 'Виконавець Б');
           SELECT staff_create('$MANAGER', NULL, 'manager', NULL, 'Міський голова');
           SELECT staff_create('$PETITIONS', NULL, 'petitions', NULL, 'Петиції');
           SELECT staff_create('$ADMIN', NULL, 'admin', NULL, 'Адміністратор');
           SELECT staff_create('$DESK', NULL, 'admin', NULL, 'Робоче місце');
           GRANT kontakt_head, kontakt_operator TO \"$DESK\";
           UPDATE staff SET email = 'head@example.org' WHERE login = '$HEAD';
           UPDATE staff SET email = 'exec_b@example.org' WHERE login = '$EXEC_B'" "staff" >/dev/null
ORG_A=$(owner_sql "SELECT id FROM organisation WHERE code = 'ORG_A'" "org a")
ORG_B=$(owner_sql "SELECT id FROM organisation WHERE code = 'ORG_B'" "org b")
new_appeal() {
    owner_sql "INSERT INTO appeal (reg_index, channel, author_surname, summary, form_code, kind_code,
                                   subject_code, topic_code, status, received_at, registered_at, due_date)
               VALUES ('W-' || gen_random_uuid(), 'phone', 'Коваль', '$1', '1.1.1', '3.2', '5.1', '009',
                       'registered', now(), now(), current_date + 15) RETURNING id" "appeal $1"
}
A1=$(new_appeal 'Не вивезено сміття')
A2=$(new_appeal 'Яма на дорозі')
A3=$(new_appeal 'Не світить ліхтар')
echo "# appeals: A1=$A1 (full loop) A2=$A2 (reject, not competent) A3=$A3 (escalation)"

# ------------------------------------------------------------------------------------------
# bypasses are closed
# ------------------------------------------------------------------------------------------
expect_refused "operator cannot INSERT an appeal already closed" "$OPERATOR" \
    "INSERT INTO appeal (reg_index, channel, summary, status, closed_at) VALUES ('X-1', 'phone', 'x', 'closed', now())" \
    "not_allowed"
expect_refused "operator cannot UPDATE appeal.status directly" "$OPERATOR" \
    "UPDATE appeal SET status = 'closed', closed_at = now() WHERE id = $A1" "not_allowed"
expect_refused "head cannot UPDATE appeal.result_code directly" "$HEAD" \
    "UPDATE appeal SET result_code = '9.1' WHERE id = $A1" "not_allowed"
expect_ok "operator may still edit the card (summary)" "$OPERATOR" \
    "UPDATE appeal SET summary = 'Не вивезено сміття з двору' WHERE id = $A1"
expect_refused "operator cannot INSERT an assignment directly" "$OPERATOR" \
    "INSERT INTO assignment (appeal_id, org_id, status) VALUES ($A1, $ORG_A, 'proposed')"
expect_refused "head cannot INSERT an approved assignment directly" "$HEAD" \
    "INSERT INTO assignment (appeal_id, org_id, status) VALUES ($A1, $ORG_A, 'approved')"

# ------------------------------------------------------------------------------------------
# routing
# ------------------------------------------------------------------------------------------
V=$(av "$A1")
expect_refused "manager cannot route" "$MANAGER" \
    "SELECT case_route($A1, $V, $ORG_A, ARRAY[$ORG_B]::bigint[], 'x', NULL)"
expect_refused "executor cannot route" "$EXEC_A" \
    "SELECT case_route($A1, $V, $ORG_A, ARRAY[$ORG_B]::bigint[], 'x', NULL)"
expect_refused "petitions cannot route" "$PETITIONS" \
    "SELECT case_route($A1, $V, $ORG_A, ARRAY[$ORG_B]::bigint[], 'x', NULL)"
expect_refused "routing term beyond 45 days refused" "$OPERATOR" \
    "SELECT case_route($A1, $V, $ORG_A, NULL, 'x', current_date + 60)" "beyond_legal_term"
expect_refused "routing term beyond the case's term refused" "$OPERATOR" \
    "SELECT case_route($A1, $V, $ORG_A, NULL, 'x', current_date + 20)" "beyond_legal_term"
expect_refused "routing to an unknown organisation refused" "$OPERATOR" \
    "SELECT case_route($A1, $V, -5, NULL, 'x', NULL)" "not_found"
expect_ok "operator routes A1 (main ORG_A, co ORG_B)" "$OPERATOR" \
    "SELECT case_route($A1, $V, $ORG_A, ARRAY[$ORG_B]::bigint[], 'Вивезти сміття', current_date + 10)"
expect_value "A1 is routing_proposed with 2 proposed assignments" "$OWNER" \
    "SELECT a.status || ':' || count(s.*) FROM appeal a JOIN assignment s ON s.appeal_id = a.id
      WHERE a.id = $A1 AND s.status = 'proposed' GROUP BY a.status" "routing_proposed:2"
expect_refused "a stale version is refused and names who changed it" "$OPERATOR" \
    "SELECT case_route($A1, $V, $ORG_A, NULL, 'x', NULL)" "stale_version: appeal $A1 was changed by $OPERATOR"
expect_refused "a call without the version it read is refused" "$OPERATOR" \
    "SELECT case_route($A1, NULL, $ORG_A, NULL, 'x', NULL)" "invalid_input"
V=$(av "$A1")
expect_value "executor does not see a proposed case" "$EXEC_A" "SELECT count(*) FROM appeal WHERE id = $A1" "0"
expect_refused "operator cannot approve" "$OPERATOR" "SELECT case_approve($A1, $V)"
expect_refused "executor cannot approve" "$EXEC_A" "SELECT case_approve($A1, $V)"
expect_refused "desk login after SET ROLE kontakt_operator cannot approve" "$DESK" \
    "SET ROLE kontakt_operator; SELECT case_approve($A1, $V)"
expect_refused "head cannot accept an assignment of a proposed case" "$HEAD" \
    "SELECT assignment_accept($(assignment_of "$A1" ORG_A), 1)" "wrong_state"
expect_ok "head approves A1" "$HEAD" "SELECT case_approve($A1, $V)"
expect_value "A1 approved, both assignments approved by the head" "$OWNER" \
    "SELECT a.status || ':' || string_agg(s.status || '/' || s.approved_by, ',' ORDER BY s.id)
       FROM appeal a JOIN assignment s ON s.appeal_id = a.id WHERE a.id = $A1 GROUP BY a.status" \
    "approved:approved/$HEAD,approved/$HEAD"
expect_value "outbox: one notice per organisation (org e-mail, executor's e-mail)" "$OWNER" \
    "SELECT string_agg(recipient, ',' ORDER BY recipient) FROM outbox WHERE appeal_id = $A1 AND kind = 'assignment'" \
    "exec_b@example.org,org_a@example.org"
expect_refused "approving twice is a wrong state" "$HEAD" "SELECT case_approve($A1, (SELECT version FROM appeal WHERE id = $A1))" "wrong_state"

# ------------------------------------------------------------------------------------------
# executors
# ------------------------------------------------------------------------------------------
SA=$(assignment_of "$A1" ORG_A)
SB=$(assignment_of "$A1" ORG_B)
expect_value "exec_a now sees A1" "$EXEC_A" "SELECT count(*) FROM appeal WHERE id = $A1" "1"
expect_refused "exec_a cannot UPDATE its assignment directly" "$EXEC_A" \
    "UPDATE assignment SET status = 'accepted' WHERE id = $SA"
expect_refused "exec_a cannot INSERT a reply directly" "$EXEC_A" \
    "INSERT INTO reply (assignment_id, appeal_id, text, proposed_result) VALUES ($SA, $A1, 'x', 'done')"
expect_refused "exec_b cannot accept ORG_A's assignment" "$EXEC_B" \
    "SELECT assignment_accept($SA, (SELECT version FROM assignment WHERE id = $SA))" "not_allowed"
expect_refused "operator cannot accept on the executor's behalf" "$OPERATOR" \
    "SELECT assignment_accept($SA, (SELECT version FROM assignment WHERE id = $SA))"
expect_refused "stale assignment version refused" "$EXEC_A" \
    "SELECT assignment_accept($SA, 99)" "stale_version: assignment $SA"
expect_ok "exec_a accepts" "$EXEC_A" "SELECT assignment_accept($SA, (SELECT version FROM assignment WHERE id = $SA))"
expect_value "A1 in_progress" "$OWNER" "SELECT status FROM appeal WHERE id = $A1" "in_progress"
expect_value "exec_a's acceptance is audited under its login" "$OWNER" \
    "SELECT old_data ->> 'status', new_data ->> 'status' FROM audit_log
      WHERE table_name = 'assignment' AND row_id = $SA AND login = '$EXEC_A' AND action = 'UPDATE'" "approved|accepted"
expect_refused "exec_a cannot close" "$EXEC_A" "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.1')"
expect_refused "head cannot close a case in progress" "$HEAD" \
    "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.1')" "wrong_state"
expect_refused "extension request beyond 45 days refused" "$EXEC_A" \
    "SELECT extension_request($SA, current_date + 60, 'Потрібна техніка')" "beyond_legal_term"
expect_refused "exec_b cannot ask to extend ORG_A's assignment" "$EXEC_B" \
    "SELECT extension_request($SA, current_date + 20, 'x')" "not_allowed"
expect_ok "exec_a asks for an extension to +20 days" "$EXEC_A" \
    "SELECT extension_request($SA, current_date + 20, 'Потрібна техніка')"
EXT=$(owner_sql "SELECT id FROM extension WHERE assignment_id = $SA" "extension")
EV=$(owner_sql "SELECT version FROM extension WHERE id = $EXT" "extension version")
expect_refused "operator cannot decide an extension" "$OPERATOR" \
    "SELECT extension_decide($EXT, $EV, true, NULL, NULL, true)"
expect_refused "exec_a cannot decide its own extension" "$EXEC_A" \
    "SELECT extension_decide($EXT, $EV, true, NULL, NULL, true)"
expect_refused "head cannot grant beyond 45 days" "$HEAD" \
    "SELECT extension_decide($EXT, $EV, true, current_date + 60, NULL, true)" "beyond_legal_term"
expect_ok "head grants the extension, author notified" "$HEAD" \
    "SELECT extension_decide($EXT, $EV, true, NULL, 'Погоджено', true)"
expect_value "due date and term moved, author notification recorded" "$OWNER" \
    "SELECT (a.due_date - current_date) || ',' || (s.term - current_date) || ',' || (a.author_notified_at IS NOT NULL)
            || ',' || (e.author_notified_at IS NOT NULL) || ',' || e.decision
       FROM appeal a JOIN assignment s ON s.appeal_id = a.id JOIN extension e ON e.assignment_id = s.id
      WHERE s.id = $SA" "20,20,true,true,granted"
expect_refused "a direct due_date beyond 45 days is still refused (0002 trigger)" "$HEAD" \
    "UPDATE appeal SET due_date = current_date + 60 WHERE id = $A1" "due_within_45_days|exceeds the legal maximum"
expect_ok "exec_b (co-executor) replies" "$EXEC_B" \
    "SELECT assignment_reply($SB, (SELECT version FROM assignment WHERE id = $SB), 'explained', 'Контейнери не наші', NULL, NULL)"
expect_value "a co-executor's reply does not move the case" "$OWNER" "SELECT status FROM appeal WHERE id = $A1" "in_progress"
expect_refused "a reply with an unknown result is refused" "$EXEC_A" \
    "SELECT assignment_reply($SA, (SELECT version FROM assignment WHERE id = $SA), 'maybe', 'x', NULL, NULL)" "invalid_input"
expect_ok "exec_a (main) replies done" "$EXEC_A" \
    "SELECT assignment_reply($SA, (SELECT version FROM assignment WHERE id = $SA), 'done', 'Сміття вивезено', '01-12/345', current_date)"
expect_value "A1 replied" "$OWNER" "SELECT status FROM appeal WHERE id = $A1" "replied"

# ------------------------------------------------------------------------------------------
# callback, rework, closure
# ------------------------------------------------------------------------------------------
expect_refused "executor cannot record a callback" "$EXEC_A" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), false, NULL, NULL, NULL)"
expect_refused "manager cannot record a callback" "$MANAGER" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), false, NULL, NULL, NULL)"
expect_ok "operator: citizen not reached" "$OPERATOR" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), false, NULL, NULL, NULL)"
expect_refused "a rating out of 1..5 is refused" "$OPERATOR" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), true, 'confirmed', 7::smallint, NULL)" "invalid_input"
expect_ok "operator: reached, not done, rating 2" "$OPERATOR" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), true, 'not_done', 2::smallint, 'Сміття лежить')"
expect_value "A1 in callback, attempts 1 and 2" "$OWNER" \
    "SELECT a.status || ':' || string_agg(f.attempt_no::text, ',' ORDER BY f.id)
       FROM appeal a JOIN feedback f ON f.appeal_id = a.id WHERE a.id = $A1 GROUP BY a.status" "callback:1,2"
expect_refused "head cannot close without a result" "$HEAD" "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), NULL)" "missing_result"
expect_refused "head cannot close with a code outside section 9" "$HEAD" \
    "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.99')" "missing_result"
expect_refused "executor cannot send to rework" "$EXEC_A" \
    "SELECT case_rework($A1, (SELECT version FROM appeal WHERE id = $A1), 'x', NULL)"
expect_refused "operator cannot move the term beyond the case's term in rework" "$OPERATOR" \
    "SELECT case_rework($A1, (SELECT version FROM appeal WHERE id = $A1), 'x', current_date + 30)" "beyond_legal_term"
expect_ok "operator sends A1 to rework with the citizen's words" "$OPERATOR" \
    "SELECT case_rework($A1, (SELECT version FROM appeal WHERE id = $A1), 'Сміття досі лежить біля будинку', NULL)"
expect_value "A1 rework, main assignment rework (same executor)" "$OWNER" \
    "SELECT a.status || ':' || s.status || ':' || s.rework_count FROM appeal a JOIN assignment s ON s.appeal_id = a.id
      WHERE a.id = $A1 AND s.id = $SA" "rework:rework:1"
expect_value "outbox: rework notice to ORG_A" "$OWNER" \
    "SELECT count(*) FROM outbox WHERE appeal_id = $A1 AND kind = 'rework' AND recipient = 'org_a@example.org'" "1"
expect_ok "exec_a replies again" "$EXEC_A" \
    "SELECT assignment_reply($SA, (SELECT version FROM assignment WHERE id = $SA), 'done', 'Вивезено повторно', NULL, NULL)"
expect_ok "operator: reached, confirmed, rating 5" "$OPERATOR" \
    "SELECT case_callback($A1, (SELECT version FROM appeal WHERE id = $A1), true, 'confirmed', 5::smallint, 'Дякую')"
expect_refused "a confirmed case is not sent to rework" "$OPERATOR" \
    "SELECT case_rework($A1, (SELECT version FROM appeal WHERE id = $A1), 'x', NULL)" "wrong_state"
expect_refused "operator cannot close" "$OPERATOR" "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.1')"
expect_refused "manager cannot close" "$MANAGER" "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.1')"
expect_ok "head closes A1 with 9.1" "$HEAD" "SELECT case_close($A1, (SELECT version FROM appeal WHERE id = $A1), '9.1')"
expect_value "A1 closed by the head, result 9.1, assignments done" "$OWNER" \
    "SELECT a.status || ':' || a.result_code || ':' || (a.closed_by = '$HEAD') || ':' || string_agg(DISTINCT s.status, ',')
       FROM appeal a JOIN assignment s ON s.appeal_id = a.id WHERE a.id = $A1 GROUP BY a.id" "closed:9.1:true:done"
expect_value "the journal tells the story in order" "$OWNER" \
    "SELECT string_agg(kind, ',' ORDER BY id) FROM case_event WHERE appeal_id = $A1" \
    "routed,approved,accepted,extension_requested,extension_granted,replied,replied,callback,callback,rework,replied,callback,closed"
expect_refused "a closed case cannot be routed again" "$OPERATOR" \
    "SELECT case_route($A1, (SELECT version FROM appeal WHERE id = $A1), $ORG_A, NULL, 'x', NULL)" "wrong_state"

# ------------------------------------------------------------------------------------------
# reject, not in competence, notes, inspections
# ------------------------------------------------------------------------------------------
expect_ok "operator routes A2 to ORG_B" "$OPERATOR" "SELECT case_route($A2, (SELECT version FROM appeal WHERE id = $A2), $ORG_B, NULL, 'Засипати яму', NULL)"
expect_refused "head must give a reason to reject" "$HEAD" "SELECT case_reject($A2, (SELECT version FROM appeal WHERE id = $A2), ' ')" "invalid_input"
expect_refused "operator cannot reject" "$OPERATOR" "SELECT case_reject($A2, (SELECT version FROM appeal WHERE id = $A2), 'x')"
expect_ok "head rejects the routing with a reason" "$HEAD" "SELECT case_reject($A2, (SELECT version FROM appeal WHERE id = $A2), 'Це дороги, не КП Б')"
expect_value "A2 back to registered with the reason; assignment rejected" "$OWNER" \
    "SELECT a.status || ':' || a.status_reason || ':' || s.status FROM appeal a JOIN assignment s ON s.appeal_id = a.id
      WHERE a.id = $A2" "registered:Це дороги, не КП Б:rejected"
expect_ok "desk login (admin+head+operator) routes and approves" "$DESK" \
    "SELECT case_route($A2, (SELECT version FROM appeal WHERE id = $A2), $ORG_B, NULL, 'Засипати яму', NULL); SELECT case_approve($A2, (SELECT version FROM appeal WHERE id = $A2))"
S2=$(assignment_of "$A2" ORG_B)
expect_refused "exec_a cannot return ORG_B's assignment" "$EXEC_A" \
    "SELECT assignment_not_competent($S2, (SELECT version FROM assignment WHERE id = $S2), 'x')" "not_allowed"
expect_ok "exec_b: not in competence" "$EXEC_B" "SELECT assignment_not_competent($S2, (SELECT version FROM assignment WHERE id = $S2), 'Дороги — управління А')"
expect_value "A2 back to registered, head notified" "$OWNER" \
    "SELECT a.status || ':' || (SELECT count(*) FROM outbox o WHERE o.appeal_id = $A2 AND o.kind = 'not_competent'
                                  AND o.recipient = 'head@example.org') FROM appeal a WHERE a.id = $A2" "registered:1"
expect_ok "exec_b writes a note on its (not competent) case" "$EXEC_B" "SELECT case_note($A2, 'Передано до управління А')"
expect_refused "exec_a cannot write a note on a case it does not see" "$EXEC_A" "SELECT case_note($A2, 'x')" "not_found"
expect_refused "petitions cannot write notes" "$PETITIONS" "SELECT case_note($A2, 'x')"
expect_ok "manager writes a note" "$MANAGER" "SELECT case_note($A2, 'На контролі')"
expect_value "notes are audited" "$OWNER" \
    "SELECT count(*) FROM audit_log WHERE table_name = 'case_note' AND action = 'INSERT'" "2"
expect_refused "notes cannot be edited" "$MANAGER" "UPDATE case_note SET text = 'x'"
expect_ok "exec_b records an inspection" "$EXEC_B" \
    "SELECT inspection_add($A2, 'Інженер КП Б', now(), 'Яма 1 х 2 м')"
expect_refused "exec_a cannot record an inspection on A2" "$EXEC_A" \
    "SELECT inspection_add($A2, 'x', now(), 'x')" "not_found"

# ------------------------------------------------------------------------------------------
# escalation with a fixed clock
# ------------------------------------------------------------------------------------------
owner_sql "INSERT INTO assignment (appeal_id, org_id, status, term) VALUES
             ($A3, $ORG_A, 'approved', DATE '2026-03-02');
           UPDATE appeal SET status = 'approved' WHERE id = $A3;
           UPDATE assignment SET term = current_date + 1 WHERE appeal_id = $A2" "overdue fixture" >/dev/null
S3=$(assignment_of "$A3" ORG_A)
expect_refused "executor cannot run escalation" "$EXEC_A" "SELECT * FROM escalate_overdue(DATE '2026-03-03')"
expect_value "day after the term: level 1 (2026-03-03)" "$OPERATOR" \
    "SELECT string_agg(action || level, ',') FROM escalate_overdue(DATE '2026-03-03') WHERE assignment_id = $S3" "escalation1"
expect_value "a second run the same day changes nothing" "$OPERATOR" \
    "SELECT count(*) FROM escalate_overdue(DATE '2026-03-03') WHERE assignment_id = $S3" "0"
expect_value "two working days later still level 1 (2026-03-04)" "$HEAD" \
    "SELECT count(*) FROM escalate_overdue(DATE '2026-03-04') WHERE assignment_id = $S3" "0"
expect_value "after 2 working days: level 2 (2026-03-05)" "$HEAD" \
    "SELECT string_agg(action || level, ',') FROM escalate_overdue(DATE '2026-03-05') WHERE assignment_id = $S3" "escalation2"
expect_value "after 5 working days: level 3 (2026-03-10)" "$ADMIN" \
    "SELECT string_agg(action || level, ',') FROM escalate_overdue(DATE '2026-03-10') WHERE assignment_id = $S3" "escalation3"
expect_value "outbox: level 1 to the org, 2 to the head, 3 to the deputy" "$OWNER" \
    "SELECT string_agg(kind || '>' || recipient, ',' ORDER BY id) FROM outbox WHERE appeal_id = $A3" \
    "escalation_1>org_a@example.org,escalation_2>head@example.org,escalation_3>deputy@example.org"
expect_value "A3 assignment at level 3" "$OWNER" "SELECT escalation_level FROM assignment WHERE id = $S3" "3"
echo "1..$checks"
if [[ $failures -ne 0 ]]; then
    echo "# $failures of $checks checks failed"
    exit 1
fi
echo "# all $checks checks passed"
exit 0
