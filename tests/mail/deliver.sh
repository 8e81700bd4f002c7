#!/bin/bash
# deliver.sh DIR USER FILE.eml: put a message into USER's INBOX through Dovecot's own tools
# (an independent path: our IMAP client is not involved).
exec "$(dirname "$0")/mailservers.sh" deliver "$@"
