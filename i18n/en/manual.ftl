# The parts of --help and the man pages that are not one command's or one
# argument's text: the examples heading, the exit status, notes, and the
# man pages' own sections.

help-examples = Examples:
help-exit-heading = Exit status:
help-note-import = Exit status: 0 every row accepted; 3 some rows rejected (the good ones are committed unless --atomic) or the file could not be read (nothing committed).
help-note-dadata = Needs `abonent settings set dadata.enabled true` (country RU) and the API key in ABONENT_DADATA_TOKEN, the host configuration's [secrets] (see `abonent config`) or setting dadata.token.
help-note-cron = Run it from cron every morning: the examples' last line sends the notices as JSON lines to a mailer.

exit-code-0 = success
exit-code-1 = internal or I/O failure
exit-code-2 = usage error
exit-code-3 = invalid data: a rule, a checksum or a required field failed; nothing was written
exit-code-4 = not found
exit-code-5 = conflict: duplicate login, INN+KPP already registered, ambiguous reference
exit-code-6 = lookup or delivery service failed or is switched off
exit-code-7 = database busy or locked past the timeout

man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = SUBCOMMANDS
man-section-version = VERSION
man-section-exit-status = EXIT STATUS
man-section-environment = ENVIRONMENT
man-section-files = FILES
man-section-examples = EXAMPLES
man-global-options = GLOBAL OPTIONS
man-command = COMMAND

man-env-abonent-db = the database file or a postgres:// URL (as --db; over the config files)
man-env-abonent-lang = ru or en (as --lang; over the config files and the locale)
man-env-abonent-format = table, json, jsonl or csv (as --format)
man-env-abonent-actor = who is recorded in the history (as --actor; default $USER)
man-env-abonent-dadata-token = the DaData API key for lookup-inn, lookup-bik, --from-inn and --bik (over the config files and setting dadata.token); never printed
man-env-abonent-smtp-password = the password for setting smtp.user (over the config files); never printed
man-env-abonent-system-config = another path for the system config file /etc/abonent/abonent.toml (for tests and packagers)
man-env-xdg-config-home = the user's config file is $XDG_CONFIG_HOME/abonent/abonent.toml (an absolute path), else ~/.config/abonent/abonent.toml
man-env-xdg-data-home = the default database lives in $XDG_DATA_HOME/abonent/abonent.db (an absolute path; a relative one is ignored)
man-env-home = without XDG_DATA_HOME the default database is ~/.local/share/abonent/abonent.db; with no absolute HOME either, --db or ABONENT_DB is required (exit 3)
man-env-lc-all = with LC_MESSAGES and LANG, the language when ABONENT_LANG and --lang are not given: ru… is Russian, anything else English
man-env-no-color = when set, no colour

man-file-system = the host's configuration: db, lang, and [secrets] dadata_token_env, dadata_token_file, smtp_password_env, smtp_password_file; see abonent-config(1)
man-file-user = the user's, over the system's; the environment and the flags are over both
