# The host's configuration (abonent.toml, ABONENT_* variables, secret files)
# and the files abonent writes (credentials, rejects, man pages).

host-env-lang-bad = `{ $value }` is not a language; use ru or en
# A problem at a line of a configuration file.
host-at-line = line { $line }: { $problem }
host-toml-bad-at = line { $line }: { $problem }; fix the file (keys: db, lang, [secrets])
host-toml-bad = { $problem }; fix the file (keys: db, lang, [secrets])
host-db-not-absolute = db = "{ $path }" is not an absolute path; write the full path, or a postgres:// URL
host-file-lang-bad = lang = "{ $value }" is not a language; use "ru" or "en"
host-secret-twice = { $key }_env and { $key }_file both name the { $key }; keep one
host-secret-env-bad = { $key }_env = "{ $value }" is not an environment variable's name; use letters, digits and _
host-secret-file-not-absolute = { $key }_file = "{ $value }" is not an absolute path; write the full path
host-config-names-secret-readable = is readable by anyone and names a secret file ({ $key }); chmod 600 { $path } (or 640 with a group)
host-config-cannot-read = cannot be read ({ $reason }); fix or remove it
host-cannot-examine = cannot be examined ({ $reason })
host-cannot-read = cannot be read ({ $reason })
host-config-not-regular = is not a regular file; put the configuration there, or remove it
host-config-world-writable = is writable by anyone, who could point abonent at another database; chmod o-w { $path }
host-config-too-big = is larger than { $kib } KiB; a configuration is a few lines
host-config-not-utf8 = is not UTF-8 text; save it as UTF-8
# A secret file's problem: $what is the secret (dadata-token, smtp-password).
host-secret-file-problem = the { $what ->
    [dadata-token] dadata token
   *[smtp-password] smtp password
} file { $problem }
host-secret-symlink = is a symbolic link; name the file itself
host-secret-cannot-open = cannot be read ({ $reason }); create it with the secret on one line, chmod 600
host-secret-not-regular = is not a regular file (a folder, FIFO or device); put the secret in a file
host-secret-not-private = can be read or changed by group or others; chmod 600 { $path }
host-secret-too-big = is larger than { $kib } KiB; it should hold the secret alone
host-secret-not-utf8 = is not UTF-8 text
host-secret-many-lines = holds more than one line; keep the secret alone on one line
host-secret-empty = is empty; write the secret into it
host-other-owner = belongs to another user (uid { $uid }); it must be yours or root's: chown it, or remove it

# Files abonent writes: why one is refused.
write-names-folder = names a folder, not a file; add a file name
write-parent-not-folder = { $folder } is not a folder; name a file in an existing folder
write-no-folder = the folder { $folder } does not exist; create it or name a file in an existing folder
write-cannot-examine = cannot be examined ({ $reason })
write-is-symlink = is a symbolic link and is never written through; name the file itself
write-not-regular-target = is not a regular file (a folder, device, FIFO or socket) and is never written to; name a file
# $what is one of the write-what-… / import-what-… texts.
write-protected = is { $what } and is never overwritten; name another file
write-exists = already exists and is never overwritten; move it away or name another file
write-temp-failed = cannot be created: a temporary file in { $folder } failed ({ $reason }); check the folder's permissions
write-cannot-write = cannot be written ({ $reason })
write-appeared = appeared while the file was written and is never overwritten; move it away or name another file
write-what-database = the database
write-what-database-companion = the database's { $suffix } file

# Where a value of `abonent config` came from (its table speaks the
# language; its JSON always takes the English text).
host-source-default = default
host-source-env = env { $name }
host-source-flag = flag { $flag }
host-secret-in-file = file { $path }
# $place is host-source-env or host-secret-in-file; $path the config file.
host-secret-named-in = { $place } (named in { $path })
# A config file looked at by `abonent config`.
host-file-read = read
host-file-absent = absent
host-file-unreadable = not readable by this user, skipped
