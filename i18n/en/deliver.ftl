# Delivering credentials: the channels (SMTP, the SMS program) and the letter templates.

deliver-via-unknown = { $value } is not a channel; use email, sms or print
deliver-smtp-url-not-set = is not set; set it first: abonent settings set smtp.url smtps://mail.example.ru:465
deliver-sms-command-not-set = is not set; set the program that sends an SMS: abonent settings set sms.command /path/to/program
deliver-letter-lang-unknown = { $value } is not a letter language; use ru (the default) or en

# Setting sms.command and running its program.
sms-not-json-array = not a JSON array of strings ({ $reason }); write ["/path/to/program", "arg", …]
sms-quote = holds a quote or a backslash, but no shell reads this setting; for a path or an argument with spaces write a JSON array: ["/path/to/program", "arg"]
sms-empty = is empty; set the program that sends an SMS: abonent settings set sms.command /path/to/program
sms-phone-bad = is empty or starts with '-'; give the number as +7XXXXXXXXXX
sms-program-failed = { $program }: { $reason }
sms-cannot-run = cannot run it: { $reason }
sms-timeout = did not finish within { $secs } s (setting sms.timeout); killed
sms-wait-failed = waiting for it failed: { $reason }
# How the program ended; with the first line of its stderr after a colon when it wrote one.
sms-exited = exited with status { $code }
sms-killed = was killed by a signal
sms-ended-saying = { $how }: { $said }

# Setting smtp.* and the mail server.
smtp-tls-unknown = { $value } is not a TLS policy; use required (the default) or none
smtp-url-bad = { $why }; write smtp://host:25, smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)
smtp-url-scheme = the scheme must be smtp:// or smtps://
smtp-url-user = holds a user name; set smtp.user and ABONENT_SMTP_PASSWORD instead
smtp-url-extra = only a host and a port are allowed
smtp-url-ipv6 = an IPv6 address lacks its ']'
smtp-url-no-host = the host is missing
smtp-url-port = { $port } is not a port
smtp-tls-contradicts = none contradicts smtps:// in smtp.url; use smtp://host:25 for a plain relay, or unset smtp.tls
smtp-tls-setup = { $endpoint }: cannot set up TLS: { $reason }
smtp-clear-password = none would send the password of smtp.user in clear to { $endpoint }; use STARTTLS (unset smtp.tls) or a relay on this machine
smtp-password-missing = smtp.user is set but no password is; export ABONENT_SMTP_PASSWORD, or name it in the host configuration ([secrets] smtp_password_env or smtp_password_file)
smtp-from-bad = { $from } is not an address ({ $reason }); write billing@isp.ru or "ISP <billing@isp.ru>"
smtp-to-bad = { $to } is not an e-mail address; fix the card's contact
smtp-build-failed = cannot build the letter: { $reason }
smtp-timeout = no answer within { $secs } s (setting smtp.timeout)
# The server's failure: host:port and what it (or the connection) said.
smtp-failed = { $endpoint }: { $reason }

# A letter template that cannot be used ($what: minijinja's words).
letter-subject-empty = the subject renders empty; set a subject or unset the setting to use the default
letter-sms-empty = the SMS text renders empty
letter-template-problem = { $line ->
    [0] { $what }
   *[other] line { $line }: { $what }
}
letter-template-undefined = { $problem }; the variables are { $variables }
