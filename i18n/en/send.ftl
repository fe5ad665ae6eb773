# Sending credentials: send-credentials, add --send-credentials, import-1c --send-credentials, letter preview.

send-ref-or-pending = give REF and --via, or --pending
send-confirm-reset = Make a new password for { $name } ({ $login }) and send it by { $via }? The old one stops working
send-needs-force = send-credentials makes a new password and the old one stops working; repeat with --force (--yes only turns prompts off)
send-pending-needs-force = send-credentials --pending makes a new password for every pending card; repeat with --force
send-pending-one-card-flags = --pending sends each card to its own first contact; --to and --output are for one card
send-pending-done = pending credentials: { $sent } sent, { $failed } failed
send-still-pending = { $n ->
    [one] { $n } card still pending: { $logins }
   *[other] { $n } cards still pending: { $logins }
}
smtp-url-not-set = not set; `abonent settings set smtp.url smtp://mail.example.ru:587` (and smtp.from)
smtp-from-not-set = not set; `abonent settings set smtp.from billing@example.ru`
sms-command-not-set = not set; `abonent settings set sms.command /path/to/program` (it gets the phone as its last argument and the text on stdin)
send-output-only-print = --output is for --via print; a letter or an SMS is sent
template-too-big = is over { $max } bytes; a letter template is short
send-failed-pending = { $reason }; the new password is set and pending delivery (`abonent subscriber list --credentials-pending`)
send-sent = credentials sent by { $via } to { $to }
send-printed = credentials printed
send-import-no-print = an import sends by email or sms; for printed memos write the passwords with --credentials FILE
send-max-sends = the import would send more than { $max } letters (--max-sends); nothing was imported: raise --max-sends, or import without --send-credentials first
send-not-sent-row = credentials not sent: { $reason }
send-no-address = no { $via ->
    [sms] mobile phone
   *[other] e-mail
} to send the credentials to; they stay pending (`abonent subscriber send-credentials { $login } --via print --force`)
send-to-not-own = `{ $to }` is not one of the card's { $via ->
    [sms] mobile phones
   *[other] e-mails
} ({ $n ->
    [0] it has none
   *[other] { $own }
}); --to picks one of them
send-card-has-no-address = the card has no { $via ->
    [sms] mobile phone
   *[other] e-mail
} to send the credentials to; add one (`abonent subscriber edit`) or use --via print
send-archived = card { $id } is archived; restore it before sending it credentials
