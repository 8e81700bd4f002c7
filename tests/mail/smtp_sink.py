#!/usr/bin/python3
"""SMTP submission receiver for the mail tests (aiosmtpd, loopback only).

STARTTLS is required before AUTH and before any transaction; AUTH PLAIN/LOGIN accepts one
user. Every accepted message is stored as DIR/NNNNNN.eml (exactly the bytes received after
dot-unstuffing, nothing added) with NNNNNN.json holding the envelope. Recipients whose local
part starts with "reject" get 550, with "tempfail" 451, so clients can test both kinds of
failure.

usage: smtp_sink.py PORT CERT KEY STORE_DIR PIDFILE
"""
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER = b"sender@test.kontakt"
PASSWORD = b"Secret-42"
SIZE_LIMIT = 10 * 1024 * 1024  # advertised as SIZE, so clients can test their check


class Sink:
    def __init__(self, store):
        self.store = store
        self.lock = threading.Lock()
        names = [n for n in os.listdir(store) if n.endswith(".eml")]
        self.counter = max((int(n[:-4]) for n in names), default=0)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if local.startswith("tempfail"):
            return "451 4.3.0 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.counter += 1
            base = os.path.join(self.store, "%06d" % self.counter)
        content = envelope.original_content
        # Write the envelope first and the message last, each via rename, so a reader that
        # sees the .eml also sees the .json.
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "login": (session.auth_data or b"").decode(),
            "size": len(content),
        }
        with open(base + ".json.tmp", "w") as f:
            json.dump(meta, f)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 queued as %06d" % self.counter


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == USER and auth_data.password == PASSWORD
    # session.auth_data then holds the login, stored with each message.
    return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)


def main():
    port, cert, key, store, pidfile = sys.argv[1:6]
    os.makedirs(store, exist_ok=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    controller = Controller(
        Sink(store),
        hostname="127.0.0.1",
        port=int(port),
        server_hostname="localhost",
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=authenticator,
        data_size_limit=SIZE_LIMIT,
        ident="kontakt test sink",
    )
    controller.start()
    with open(pidfile, "w") as f:
        f.write("%d\n" % os.getpid())
    # Messages are complete files (renamed into place), so stopping abruptly loses nothing
    # and is much faster than a graceful controller.stop().
    def stop(*_):
        try:
            os.unlink(pidfile)
        finally:
            os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        signal.pause()

if __name__ == "__main__":
    main()
