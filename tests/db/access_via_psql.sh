#!/usr/bin/env bash
# Access test of the Kontakt schema through psql, one PostgreSQL login per role (DESIGN.md §6).
#
# Usage: PGHOST=... PGPORT=... [KONTAKTCTL=/path/to/kontaktctl] tests/db/access_via_psql.sh
#   The cluster must use trust authentication and kontakt_owner must be a superuser there.
#   With KONTAKTCTL the database is migrated by "kontaktctl db migrate", otherwise by
#   tests/db/apply_migrations_with_psql.sh.
# Creates a fresh database and logins with a unique suffix, drops them at the end.
# Prints "ok - ..." / "not ok - ..." per check; exits 1 if any check failed.
set -u

: "${PGHOST:?set PGHOST}" "${PGPORT:?set PGPORT}"
export PGHOST PGPORT
export PGUSER=kontakt_owner
unset PGDATABASE PGOPTIONS PGPASSWORD

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
suffix="t$$_${RANDOM}"
DB="kontakt_access_${suffix}"
OWNER=kontakt_owner
# logins are suffixed by the database name: unique across runs sharing one cluster
EXEC_A="exec_a_${DB}"
EXEC_B="exec_b_${DB}"
OPERATOR="operator_${DB}"
HEAD="head_${DB}"
MANAGER="manager_${DB}"
PETITIONS="petitions_${DB}"
ADMIN="admin_${DB}"
MAILSVC="mailsvc_${DB}"
LOGINS=("$EXEC_A" "$EXEC_B" "$OPERATOR" "$HEAD" "$MANAGER" "$PETITIONS" "$ADMIN" "$MAILSVC")

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

# run SQL as LOGIN: sets OUT, ERR, RC
run_as() {
    local login=$1 sql=$2
    psql -X -v ON_ERROR_STOP=1 -At -U "$login" -d "$DB" -c "$sql" >"$workdir/out" 2>"$workdir/err"
    RC=$?
    OUT=$(cat "$workdir/out")
    ERR=$(cat "$workdir/err")
}

# owner SQL that must succeed; prints its output; aborts the test on failure
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
    if [[ $RC -eq 0 && "$OUT" == "$4" ]]; then
        ok "$1"
    else
        not_ok "$1" "rc=$RC expected [$4] got [$OUT] $ERR"
    fi
}

expect_refused() {    # description, login, sql, extended regex the error must match
    local pattern=${4:-permission denied}
    run_as "$2" "$3"
    if [[ $RC -ne 0 ]] && grep -Eq "$pattern" <<<"$ERR"; then
        ok "$1 ($(grep -Em1 "$pattern" <<<"$ERR"))"
    else
        not_ok "$1" "rc=$RC expected an error matching /$pattern/, got out=[$OUT] err=[$ERR]"
    fi
}

# ------------------------------------------------------------------------------------------
# database and migration
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
if [[ $? -eq 0 ]]; then
    ok "migrate $DB"
else
    not_ok "migrate $DB" "$(cat "$workdir/err")"
    echo "Bail out! migration failed"
    exit 1
fi
sqldir=${KONTAKT_SQL_DIR:-$here/../../resources/sql}
versions=$(ls "$sqldir" | sed -n 's/^0*\([0-9][0-9]*\)_.*\.sql$/\1/p' | sort -n | paste -sd,)
expect_value "every migration recorded ($versions)" "$OWNER" \
    "SELECT string_agg(version::text, ',' ORDER BY version) FROM kontakt.schema_migration" "$versions"

# ------------------------------------------------------------------------------------------
# fixture (as the owner): two organisations, seven logins, three appeals
# ------------------------------------------------------------------------------------------
owner_sql "INSERT INTO organisation (code, name, kind) VALUES
             ('ORG_A', 'Управління А', 'council_department'),
             ('ORG_B', 'КП Б', 'communal_enterprise')" "organisations" >/dev/null
owner_sql "SELECT staff_create('$EXEC_A', NULL, 'executor', 'ORG_A', 'Виконавець А');
           SELECT staff_create('$EXEC_B', NULL, 'executor', 'ORG_B', 'Виконавець Б');
           SELECT staff_create('$OPERATOR', NULL, 'operator', NULL, 'Оператор');
           SELECT staff_create('$HEAD', NULL, 'head', NULL, 'Начальник');
           SELECT staff_create('$MANAGER', NULL, 'manager', NULL, 'Міський голова');
           SELECT staff_create('$PETITIONS', NULL, 'petitions', NULL, 'Адміністратор петицій');
           SELECT staff_create('$ADMIN', NULL, 'admin', NULL, 'Адміністратор')" "staff_create x7" >/dev/null
# the mail service's login: a plain member of kontakt_mail (no staff row)
owner_sql "CREATE ROLE \"$MAILSVC\" LOGIN IN ROLE kontakt_mail" "mail service login" >/dev/null

new_appeal() {    # surname phone org status -> "appeal_id caller_id"
    owner_sql "WITH c AS (INSERT INTO caller (surname, first_name) VALUES ('$1', 'Іван') RETURNING id),
                    p AS (INSERT INTO caller_phone (caller_id, phone_e164) SELECT id, '$2' FROM c),
                    a AS (INSERT INTO appeal (reg_index, channel, caller_id, author_surname, author_phone, summary,
                                              form_code, kind_code, subject_code, topic_code, status,
                                              received_at, due_date)
                          SELECT 'Т-' || gen_random_uuid(), 'phone', id, '$1', '$2', 'Не вивезено сміття', '1.1.1', '3.2', '5.1',
                                 '009', 'registered', now(), current_date + 15 FROM c RETURNING id, caller_id),
                    s AS (INSERT INTO assignment (appeal_id, org_id, status, term)
                          SELECT a.id, o.id, '$4', current_date + 10 FROM a, organisation o WHERE o.code = '$3')
               SELECT a.id || ' ' || a.caller_id FROM a" "appeal for $3 ($4)"
}
read -r APPEAL_A CALLER_A <<<"$(new_appeal 'Коваль' '+380671111111' ORG_A approved)"
read -r APPEAL_B CALLER_B <<<"$(new_appeal 'Шевченко' '+380672222222' ORG_B approved)"
read -r APPEAL_C CALLER_C <<<"$(new_appeal 'Бондар' '+380673333333' ORG_A proposed)"
echo "# appeals: A=$APPEAL_A (ORG_A approved) B=$APPEAL_B (ORG_B approved) C=$APPEAL_C (ORG_A proposed)"

# ------------------------------------------------------------------------------------------
# executor of ORG_A: row-level security
# ------------------------------------------------------------------------------------------
expect_value "exec_a session_info says executor of ORG_A" "$EXEC_A" \
    "SELECT role || ' ' || org_code FROM session_info()" "executor ORG_A"
expect_value "exec_a sees exactly the approved ORG_A appeal" "$EXEC_A" \
    "SELECT string_agg(id::text, ',' ORDER BY id) FROM appeal" "$APPEAL_A"
expect_value "exec_a gets no row for ORG_B's appeal by id" "$EXEC_A" \
    "SELECT id FROM appeal WHERE id = $APPEAL_B" ""
expect_value "exec_a gets no row for the proposed-only ORG_A appeal" "$EXEC_A" \
    "SELECT id FROM appeal WHERE id = $APPEAL_C" ""
expect_value "exec_a sees only its approved assignment" "$EXEC_A" \
    "SELECT string_agg(appeal_id::text || ':' || status, ',') FROM assignment" "$APPEAL_A:approved"
expect_value "exec_a sees the caller of its appeal" "$EXEC_A" \
    "SELECT count(*) FROM caller WHERE id = $CALLER_A" "1"
expect_value "exec_a cannot see the caller of ORG_B's appeal" "$EXEC_A" \
    "SELECT id FROM caller WHERE id = $CALLER_B" ""
expect_value "exec_a sees only its caller's phones" "$EXEC_A" \
    "SELECT string_agg(phone_e164, ',') FROM caller_phone" "+380671111111"
expect_value "exec_b sees exactly ORG_B's appeal" "$EXEC_B" \
    "SELECT string_agg(id::text, ',' ORDER BY id) FROM appeal" "$APPEAL_B"
expect_refused "exec_a cannot INSERT an appeal" "$EXEC_A" \
    "INSERT INTO appeal (channel, summary) VALUES ('phone', 'x')"
expect_refused "exec_a cannot UPDATE an appeal" "$EXEC_A" \
    "UPDATE appeal SET summary = 'x' WHERE id = $APPEAL_A"
expect_refused "exec_a cannot read audit_log" "$EXEC_A" "SELECT count(*) FROM audit_log"
expect_refused "exec_a cannot call staff_create" "$EXEC_A" \
    "SELECT staff_create('x_$suffix', NULL, 'admin', NULL, 'X')"
# Since 0011 assignments and replies change only through the workflow functions
# (tests/db/workflow_via_psql.sh covers them per role); direct writes are refused.
ASSIGNMENT_A=$(owner_sql "SELECT id FROM assignment WHERE appeal_id = $APPEAL_A" "assignment A")
ASSIGNMENT_B=$(owner_sql "SELECT id FROM assignment WHERE appeal_id = $APPEAL_B" "assignment B")
expect_refused "exec_a cannot UPDATE its assignment directly" "$EXEC_A" \
    "UPDATE assignment SET status = 'accepted', accepted_at = now() WHERE id = $ASSIGNMENT_A"
expect_value "exec_a accepts its own assignment through assignment_accept (version bumped to 2)" "$EXEC_A" \
    "SELECT kontakt.assignment_accept($ASSIGNMENT_A, 1); SELECT version FROM assignment WHERE id = $ASSIGNMENT_A" "
2"
expect_value "exec_a's acceptance is audited with old/new status" "$OWNER" \
    "SELECT old_data ->> 'status', new_data ->> 'status' FROM audit_log
      WHERE table_name = 'assignment' AND action = 'UPDATE' AND login = '$EXEC_A'
        AND row_id = $ASSIGNMENT_A" "approved|accepted"
expect_refused "exec_a cannot touch ORG_B's assignment directly" "$EXEC_A" \
    "UPDATE assignment SET status = 'accepted' WHERE appeal_id = $APPEAL_B"
expect_refused "exec_a cannot accept ORG_B's assignment through the function" "$EXEC_A" \
    "SELECT kontakt.assignment_accept($ASSIGNMENT_B, 1)" "not_allowed"
expect_value "exec_a can reply to its assignment (assignment_reply)" "$EXEC_A" \
    "SELECT kontakt.assignment_reply($ASSIGNMENT_A, 2, 'done', 'Вивезено') > 0" "t"
expect_refused "exec_a cannot INSERT a reply directly" "$EXEC_A" \
    "INSERT INTO reply (assignment_id, appeal_id, text, proposed_result) VALUES ($ASSIGNMENT_A, $APPEAL_A, 'x', 'done')"
expect_refused "exec_a cannot reply to ORG_B's assignment" "$EXEC_A" \
    "SELECT kontakt.assignment_reply($ASSIGNMENT_B, 1, 'done', 'x')" "not_allowed"

# ------------------------------------------------------------------------------------------
# audit_log is append-only for every login and for the owner
# ------------------------------------------------------------------------------------------
expect_value "audit row for the owner's INSERT of appeal A with new_data" "$OWNER" \
    "SELECT count(*) > 0 FROM audit_log WHERE table_name = 'appeal' AND row_id = $APPEAL_A
       AND action = 'INSERT' AND login = 'kontakt_owner' AND (new_data ->> 'id')::bigint = $APPEAL_A
       AND new_data ->> 'summary' = 'Не вивезено сміття'" "t"
for who in "${LOGINS[@]}" "$OWNER"; do
    before=$(owner_sql "SELECT count(*) FROM audit_log" "count audit_log")
    expect_refused "$who: UPDATE audit_log refused" "$who" "UPDATE audit_log SET login = 'forged'" \
        "permission denied|append-only"
    expect_refused "$who: DELETE FROM audit_log refused" "$who" "DELETE FROM audit_log" \
        "permission denied|append-only"
    expect_refused "$who: TRUNCATE audit_log refused" "$who" "TRUNCATE audit_log" \
        "permission denied|append-only"
    after=$(owner_sql "SELECT count(*) FROM audit_log" "count audit_log")
    if [[ "$before" == "$after" && -n "$before" ]]; then
        ok "$who: audit_log row count unchanged ($after)"
    else
        not_ok "$who: audit_log row count unchanged" "before=$before after=$after"
    fi
done

# ------------------------------------------------------------------------------------------
# other roles
# ------------------------------------------------------------------------------------------
expect_value "operator can insert an appeal" "$OPERATOR" \
    "WITH a AS (INSERT INTO appeal (reg_index, channel, author_surname, summary, status)
               VALUES ('М-' || gen_random_uuid(), 'phone', 'Мельник', 'Яма на дорозі', 'registered') RETURNING 1)
     SELECT count(*) FROM a" "1"
expect_value "operator's insert is audited under the operator's login" "$OWNER" \
    "SELECT count(*) FROM audit_log WHERE table_name = 'appeal' AND action = 'INSERT' AND login = '$OPERATOR'" "1"
expect_refused "operator cannot approve routing (insert an approved assignment)" "$OPERATOR" \
    "INSERT INTO assignment (appeal_id, org_id, status) SELECT $APPEAL_C, id, 'approved' FROM organisation WHERE code = 'ORG_B'"
expect_refused "operator cannot approve routing (case_approve)" "$OPERATOR" \
    "SELECT kontakt.case_approve($APPEAL_C, 1)"
expect_refused "operator cannot DELETE an appeal" "$OPERATOR" "DELETE FROM appeal WHERE id = $APPEAL_C"
expect_refused "a term beyond 45 days is refused" "$OPERATOR" \
    "INSERT INTO appeal (channel, summary, received_at, due_date) VALUES ('phone', 'x', now(), current_date + 60)" \
    "exceeds the legal maximum"
expect_refused "manager cannot insert an appeal" "$MANAGER" \
    "INSERT INTO appeal (channel, summary) VALUES ('phone', 'x')"
expect_value "manager reads all appeals" "$MANAGER" "SELECT count(*) FROM appeal" "4"
expect_value "petitions user sees no appeals" "$PETITIONS" "SELECT count(*) FROM appeal" "0"
expect_refused "petitions user cannot read callers" "$PETITIONS" "SELECT count(*) FROM caller"
expect_value "head reads the audit log" "$HEAD" "SELECT count(*) > 0 FROM audit_log" "t"
expect_refused "admin cannot update an appeal" "$ADMIN" "UPDATE appeal SET summary = 'x' WHERE id = $APPEAL_A"

# ------------------------------------------------------------------------------------------
# outbox (0013): head and manager read it, admin reads and retries, nobody else reads it
# ------------------------------------------------------------------------------------------
OUTBOX_ID=$(owner_sql "WITH o AS (INSERT INTO outbox (kind, recipient, subject, body, appeal_id, status, attempts,
                                                  last_error)
                                 VALUES ('assignment', 'org_a@example.org', 'Kontakt: нове доручення', 'Текст',
                                         $APPEAL_A, 'failed', 3, '550 mailbox unavailable') RETURNING id)
                       SELECT id FROM o" "outbox row")
for who in "$HEAD" "$MANAGER" "$ADMIN"; do
    expect_value "${who%%_kontakt*} reads the outbox" "$who" \
        "SELECT kind || ':' || status FROM outbox WHERE id = $OUTBOX_ID" "assignment:failed"
done
for who in "$OPERATOR" "$EXEC_A" "$PETITIONS"; do
    expect_refused "${who%%_kontakt*} cannot read the outbox" "$who" "SELECT count(*) FROM outbox"
done
for who in "$HEAD" "$MANAGER"; do
    expect_refused "${who%%_kontakt*} cannot retry an outbox message" "$who" \
        "UPDATE outbox SET status = 'queued', next_attempt_at = now() WHERE id = $OUTBOX_ID"
done
expect_value "admin retries a failed outbox message (attempts kept, version bumped)" "$ADMIN" \
    "WITH r AS (UPDATE outbox SET status = 'queued', next_attempt_at = now()
                 WHERE id = $OUTBOX_ID AND version = 1 AND status = 'failed' RETURNING *)
     SELECT status || ':' || attempts || ':' || version FROM r" "queued:3:2"

# ------------------------------------------------------------------------------------------
# mail (0018): the mail service stores letters and sends the outbox, nothing else; desks read
# letters and register them only through the intake path
# ------------------------------------------------------------------------------------------
MAIL_ID=$(owner_sql "SELECT mail_id FROM mail_store('centre@test', 'psql-1@example.org',
                     '{\"from_address\": \"olena@example.org\", \"subject\": \"Яма\"}'::jsonb, 'raw'::bytea)" "stored letter")
expect_value "the mail service stores a letter (idempotent)" "$MAILSVC" \
    "SELECT mail_id = $MAIL_ID AND NOT created FROM mail_store('centre@test', 'psql-1@example.org', '{}'::jsonb, 'raw'::bytea)" "t"
expect_value "the mail service claims the outbox" "$MAILSVC" "SELECT count(*) >= 0 FROM outbox_claim(1, 'test')" "t"
expect_refused "the mail service cannot read appeals" "$MAILSVC" "SELECT count(*) FROM appeal"
expect_refused "the mail service cannot read callers" "$MAILSVC" "SELECT count(*) FROM caller"
expect_refused "the mail service cannot change a letter" "$MAILSVC" "UPDATE mail_message SET status = 'junk'"
expect_refused "the mail service cannot register" "$MAILSVC" "SELECT mail_register($MAIL_ID, $APPEAL_A)" \
    "not_allowed|permission denied"
expect_refused "the mail service cannot change settings" "$MAILSVC" \
    "UPDATE setting SET value = 'evil.example' WHERE key = 'mail_smtp_host'"
expect_refused "the mail service cannot mark an outbox message sent directly" "$MAILSVC" \
    "UPDATE outbox SET status = 'sent' WHERE id = $OUTBOX_ID"
for who in "$OPERATOR" "$HEAD" "$ADMIN"; do
    expect_value "${who%%_kontakt*} reads the letters" "$who" \
        "SELECT subject FROM mail_message WHERE id = $MAIL_ID" "Яма"
done
for who in "$EXEC_A" "$MANAGER" "$PETITIONS"; do
    expect_refused "${who%%_kontakt*} cannot read the letters" "$who" "SELECT count(*) FROM mail_message"
done
for who in "$OPERATOR" "$HEAD" "$EXEC_A" "$PETITIONS"; do
    expect_refused "${who%%_kontakt*} cannot store mail" "$who" \
        "SELECT mail_store('x', 'y', '{}'::jsonb, 'raw'::bytea)" "not_allowed|permission denied"
    expect_refused "${who%%_kontakt*} cannot send the outbox" "$who" \
        "SELECT * FROM outbox_claim(1, 'x')" "not_allowed|permission denied"
done
expect_refused "operator cannot change a letter directly" "$OPERATOR" "UPDATE mail_message SET status = 'registered'"
expect_refused "operator cannot delete a letter" "$OPERATOR" "DELETE FROM mail_message"
expect_refused "a phone appeal cannot take a letter" "$OPERATOR" \
    "SELECT mail_register($MAIL_ID, $APPEAL_A)" "not an e-mail appeal"
EMAIL_APPEAL=$(owner_sql "WITH a AS (INSERT INTO appeal (reg_index, channel, author_surname, summary, status,
                                                  registered_at, operator_login)
                               VALUES ('E-1', 'email', 'Лист', 'x', 'registered', now(), '$OPERATOR') RETURNING id)
                         SELECT id FROM a" "an e-mail appeal registered earlier")
expect_refused "a letter cannot be tied to an appeal registered earlier" "$OPERATOR" \
    "SELECT mail_register($MAIL_ID, $EMAIL_APPEAL)" "not registered in this transaction"
expect_value "operator takes a letter out with a reason" "$OPERATOR" \
    "SELECT mail_discard($MAIL_ID, 'Реклама', 1)" "t"

echo "1..$checks"
if [[ $failures -ne 0 ]]; then
    echo "# $failures of $checks checks failed"
    exit 1
fi
echo "# all $checks checks passed"
exit 0
