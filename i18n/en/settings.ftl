# What each setting is for: `abonent settings list`, shell completion of
# setting keys. One message per key of the settings catalog
# (src/core/settings/mod.rs), id setting-about-<key> with dots and
# underscores as dashes.

setting-about-country = two-letter country code; RU turns on the Russian requisite checks and DaData
setting-about-validation-checksums = strict refuses a card whose check digits fail; warn saves it with a warning
setting-about-required-legal = fields a legal entity card must have (comma list of field names)
setting-about-required-ip = fields a sole trader (ИП) card must have
setting-about-required-person = fields a private person card must have
setting-about-login-template = login for new cards: {"{"}seq{"}"}, {"{"}seq:N{"}"}, {"{"}type{"}"}, {"{"}inn{"}"}, {"{"}yyyy{"}"}, {"{"}yy{"}"}, {"{"}mm{"}"}, {"{"}rand:N{"}"}; empty turns numbering off
setting-about-login-pattern = regular expression every typed login must match
setting-about-password-generate = generate a password for new cards that get none on stdin
setting-about-password-length = length of generated passwords
setting-about-password-alphabet = character classes of generated passwords (lower, upper, digits, symbols)
setting-about-password-exclude = characters never used in generated passwords (easy to misread)
setting-about-password-min-length = minimum length of a typed password
setting-about-groups-default-legal = groups given to every new legal entity card (comma list)
setting-about-groups-default-ip = groups given to every new sole trader card (comma list)
setting-about-groups-default-person = groups given to every new private person card (comma list)
setting-about-invoice-deliverers = require a delivery address for invoices sent by post or courier
setting-about-db-busy-timeout-ms = how long a writer waits for another writer's lock before exit 7
setting-about-dadata-enabled = fill requisites from DaData (lookup-inn, lookup-bik, --from-inn, --bik); needs country RU
setting-about-dadata-url = base URL of the DaData suggestions API (findById/party and findById/bank are appended)
setting-about-dadata-token = DaData API key (never printed); ABONENT_DADATA_TOKEN or the host configuration's [secrets] take precedence
setting-about-dadata-timeout = seconds one DaData request may take before exit 6
setting-about-dadata-max-answer-bytes = largest DaData answer read, in bytes (4 MiB); a longer one is exit 6 and is not cached
setting-about-dadata-cache-days = days a DaData answer is reused from the database; 0 turns the cache off
setting-about-dadata-rate = requests a second subscriber check-status sends to DaData at most
setting-about-contract-template = number of new contracts: {"{"}seq{"}"}, {"{"}seq:N{"}"}, {"{"}type{"}"}, {"{"}inn{"}"}, {"{"}yyyy{"}"}, {"{"}yy{"}"}, {"{"}mm{"}"}, {"{"}rand:N{"}"}; empty: --number is required
setting-about-notify-days = days before valid_to that notify contracts-ending lists a contract
setting-about-cabinet-url = the personal-account URL put in credential letters and memos (http(s))
setting-about-operator-name = the operator's name in credential letters and memos
setting-about-operator-address = the operator's address, written in the act of destruction of personal data
setting-about-privacy-retention-days = days a person's or sole trader's card stays archived before `subscriber forget` may destroy its personal data
setting-about-privacy-backup-days = days the operator keeps backups: the act says the erased data leaves them after this many days
setting-about-privacy-log-reads = record who reads a person's or sole trader's full card (`subscriber show`, `export`): `privacy log` prints it
setting-about-operator-phone = the support phone in credential letters and memos
setting-about-smtp-url = mail server for credential letters: smtp://host:587 (STARTTLS), smtps://host:465, smtp://host:25
setting-about-smtp-user = SMTP login; its password comes from ABONENT_SMTP_PASSWORD or the host configuration's [secrets], and is never stored
setting-about-smtp-from = the From address of credential letters
setting-about-smtp-timeout = seconds one letter may take to send before exit 6
setting-about-smtp-tls = required: STARTTLS or TLS, never clear text; none: plain smtp:// (a local relay only)
setting-about-sms-command = program that sends an SMS: run directly (no shell) with the phone number as its last argument and the text on stdin
setting-about-sms-timeout = seconds the SMS program may run before exit 6
setting-about-send-confirm-contacts = true: an e-mail or phone the operator enters is saved confirmed; false: unconfirmed until a credentials letter or SMS to it is accepted. Either way a mail server's 550/551/553 to an address marks it unconfirmed
setting-about-letter-lang = language of the built-in credentials letter, SMS and memo (a subscriber reads them, whatever the admin's terminal speaks)
setting-about-letter-credentials-subject = subject of the credentials letter (a template); empty: «Данные для входа в личный кабинет»
setting-about-letter-credentials-template = a file holding the credentials letter's body template; empty: the built-in Russian text
setting-about-letter-credentials-sms = the credentials SMS template; empty: the built-in one
setting-about-import-admin-fields = fields the admin owns: import-1c never overwrites them once the card has a value (extra: every extra field); every other field the file carries is 1C's and follows the file
