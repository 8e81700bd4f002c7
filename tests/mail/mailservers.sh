#!/bin/bash
# Throwaway mail servers on loopback for the mail tests:
#   mailservers.sh start DIR IMAPS_PORT IMAP_PORT SMTP_PORT
#   mailservers.sh stop DIR
#   mailservers.sh deliver DIR USER FILE.eml      (into USER's INBOX, through Dovecot's doveadm)
# start: a private CA and a server certificate for localhost/127.0.0.1, Dovecot (IMAPS and
# IMAP+STARTTLS, users centre@, other@ and intake@test.kontakt (the mail service tests), password Secret-42) and the aiosmtpd
# receiver (tests/mail/smtp_sink.py, user sender@test.kontakt). Works as root (mail owned by
# `nobody`, Dovecot's own dovecot/dovenull users) and as a normal user (everything as that user).
# Writes DIR/mail.env (shell syntax) for people and tests.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
DOVECOT=${DOVECOT:-/usr/sbin/dovecot}
DOVEADM=${DOVEADM:-/usr/bin/doveadm}
PYTHON=${KONTAKT_PYTHON:-/usr/bin/python3}
PASSWORD=Secret-42
USERS="centre@test.kontakt other@test.kontakt intake@test.kontakt"

die() { echo "mailservers.sh: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# PID from FILE if it is alive and its command line mentions DIR (never kill a stranger).
our_pid() {
    local file=$1 dir=$2 pid
    [ -r "$file" ] || return 1
    pid=$(tr -dc 0-9 <"$file")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$dir" || return 1
    echo "$pid"
}

# Terminates the given PIDs together (Dovecot takes a few seconds), KILL after 10 s.
stop_pids() {
    local pid i alive
    [ $# -gt 0 ] || return 0
    kill -TERM "$@" 2>/dev/null || true
    for i in $(seq 1 200); do
        alive=0
        for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ $alive = 0 ] && return 0
        sleep 0.05
    done
    kill -KILL "$@" 2>/dev/null || true
}

do_stop() {
    local dir=$1 pid pids=()
    [ -d "$dir" ] || return 0
    if pid=$(our_pid "$dir/run/master.pid" "$dir"); then pids+=("$pid"); fi
    if pid=$(our_pid "$dir/smtp.pid" "$dir"); then pids+=("$pid"); fi
    stop_pids "${pids[@]}"
    rm -rf -- "$dir"
}

wait_port() {
    local port=$1 what=$2 log=$3 i
    for i in $(seq 1 400); do
        port_open "$port" && return 0
        sleep 0.025
    done
    echo "--- $log" >&2
    tail -n 30 "$log" >&2 || true
    die "$what did not start listening on 127.0.0.1:$port"
}

make_certs() {
    local tls=$1
    mkdir -p "$tls"
    (
        cd "$tls"
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Kontakt Test CA" \
            -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        # A second CA that signed nothing: a client trusting only it must reject the server.
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Kontakt Other CA" \
            -keyout other-ca.key -out other-ca.pem -addext "basicConstraints=critical,CA:TRUE" \
            2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key \
            -out server.csr 2>/dev/null
        printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=digitalSignature,keyEncipherment" \
            "extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1" >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
            -extfile server.ext -out server.pem 2>/dev/null
        # Signed by the trusted CA but for another name: the client must check the name.
        openssl req -newkey rsa:2048 -nodes -subj "/CN=wrong.test.kontakt" \
            -keyout wrongname.key -out wrongname.csr 2>/dev/null
        printf '%s\n' "basicConstraints=CA:FALSE" "extendedKeyUsage=serverAuth" \
            "subjectAltName=DNS:wrong.test.kontakt" >wrongname.ext
        openssl x509 -req -in wrongname.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
            -extfile wrongname.ext -out wrongname.pem 2>/dev/null
        rm -f server.csr server.ext wrongname.csr wrongname.ext ca.srl
    )
}

do_start() {
    local dir=$1 imaps=$2 imap=$3 smtp=$4 p
    [[ "$dir" == /* ]] || die "DIR must be an absolute path"
    for p in "$imaps" "$imap" "$smtp"; do
        [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -gt 0 ] && [ "$p" -lt 65536 ] || die "bad port: $p"
    done
    [ -x "$DOVECOT" ] || die "$DOVECOT is missing (Debian: apt-get install dovecot-imapd)"
    "$PYTHON" -c 'import aiosmtpd' 2>/dev/null ||
        die "$PYTHON lacks aiosmtpd (Debian: apt-get install python3-aiosmtpd)"

    do_stop "$dir" # a stale run (killed test) leaves its servers and files behind
    for p in "$imaps" "$imap" "$smtp"; do
        port_open "$p" && die "port $p on 127.0.0.1 is already in use (another test run?)"
    done

    mkdir -p "$dir"
    chmod 755 "$dir"
    mkdir -p "$dir/run" "$dir/state" "$dir/log" "$dir/mail" "$dir/smtp"
    make_certs "$dir/tls"

    local mail_user mail_group internal_user login_user extra
    if [ "$(id -u)" = 0 ]; then
        # Dovecot refuses to deliver as root: mail belongs to nobody.
        mail_user=nobody
        mail_group=$(id -gn nobody)
        internal_user=dovecot
        login_user=dovenull
        extra=""
        chown "$mail_user:$mail_group" "$dir/mail"
    else
        mail_user=$(id -un)
        mail_group=$(id -gn)
        internal_user=$mail_user
        login_user=$mail_user
        # Rootless: no chroot, no privilege changes, workers as ourselves.
        extra="service imap-login {
  chroot =
}
service auth-worker {
  user = \$default_internal_user
}
service auth {
  user = \$default_internal_user
}
service anvil {
  chroot =
}"
    fi
    local uid gid
    uid=$(id -u "$mail_user")
    gid=$(id -g "$mail_user")

    : >"$dir/passwd"
    for u in $USERS; do echo "$u:{PLAIN}$PASSWORD::::::" >>"$dir/passwd"; done
    chmod 644 "$dir/passwd"

    cat >"$dir/dovecot.conf" <<CONF
# Generated by mailservers.sh for a test run; removed by "mailservers.sh stop".
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/log/dovecot.log
instance_name = kontakt-test-$(basename "$dir")
protocols = imap
listen = 127.0.0.1
default_internal_user = $internal_user
default_internal_group = $(id -gn "$internal_user")
default_login_user = $login_user
first_valid_uid = $uid
last_valid_uid = 0
first_valid_gid = 0
ssl = yes
ssl_cert = <$dir/tls/server.pem
ssl_key = <$dir/tls/server.key
ssl_min_protocol = TLSv1.2
# Plain-text passwords only inside TLS (loopback counts as secure in Dovecot).
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_verbose = yes
# Tests try wrong passwords on purpose: no penalty delay.
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
mail_max_userip_connections = 200
# Tests fail logins on purpose; anvil's growing per-IP penalty (2 to 15 s) would only slow
# them down.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
$extra
CONF

    # Daemons must not inherit our stdout/stderr: ctest waits until those pipes close.
    "$DOVECOT" -c "$dir/dovecot.conf" </dev/null >"$dir/log/dovecot-start.log" 2>&1 || {
        cat "$dir/log/dovecot-start.log" >&2
        tail -n 30 "$dir/log/dovecot.log" >&2 2>/dev/null || true
        die "dovecot failed to start"
    }
    nohup "$PYTHON" "$here/smtp_sink.py" "$smtp" "$dir/tls/server.pem" "$dir/tls/server.key" \
        "$dir/smtp" "$dir/smtp.pid" >"$dir/log/smtp.log" 2>&1 </dev/null &

    wait_port "$imaps" "dovecot (imaps)" "$dir/log/dovecot.log"
    wait_port "$imap" "dovecot (imap)" "$dir/log/dovecot.log"
    wait_port "$smtp" "smtp_sink.py" "$dir/log/smtp.log"

    cat >"$dir/mail.env" <<ENV
KONTAKT_MAIL_DIR=$dir
KONTAKT_MAIL_IMAPS_PORT=$imaps
KONTAKT_MAIL_IMAP_PORT=$imap
KONTAKT_MAIL_SMTP_PORT=$smtp
KONTAKT_MAIL_CA=$dir/tls/ca.pem
KONTAKT_MAIL_OTHER_CA=$dir/tls/other-ca.pem
KONTAKT_MAIL_WRONG_NAME_CERT=$dir/tls/wrongname
KONTAKT_MAIL_IMAP_USERS="$USERS"
KONTAKT_MAIL_SMTP_USER=sender@test.kontakt
KONTAKT_MAIL_PASSWORD=$PASSWORD
KONTAKT_MAIL_SMTP_STORE=$dir/smtp
KONTAKT_MAIL_DOVECOT_CONF=$dir/dovecot.conf
ENV
    cat "$dir/mail.env"
}

do_deliver() {
    local dir=$1 user=$2 file=$3
    [ -r "$dir/dovecot.conf" ] || die "no servers in $dir"
    [ -r "$file" ] || die "cannot read $file"
    # doveadm switches to the mail user itself; it reads the message from stdin.
    "$DOVEADM" -c "$dir/dovecot.conf" save -u "$user" -m INBOX <"$file"
}

case "${1:-}" in
start)
    [ $# -eq 5 ] || die "usage: $0 start DIR IMAPS_PORT IMAP_PORT SMTP_PORT"
    do_start "$2" "$3" "$4" "$5"
    ;;
stop)
    [ $# -eq 2 ] || die "usage: $0 stop DIR"
    do_stop "$2"
    ;;
deliver)
    [ $# -eq 4 ] || die "usage: $0 deliver DIR USER FILE.eml"
    do_deliver "$2" "$3" "$4"
    ;;
*)
    die "usage: $0 start DIR IMAPS_PORT IMAP_PORT SMTP_PORT | stop DIR | deliver DIR USER FILE"
    ;;
esac
