# The database: opening, migrating, SQLite's failures, `db check`.

# SQLite's own words (or the system's), passed on as they are.
store-sqlite = { $reason }
store-unique-violated = uniqueness rule violated ({ $reason })
store-counter-no-value = drawing a counter returned no value
store-insert-no-id = the insert returned no id
store-no-column = the query has no column `{ $name }`
store-card-gone = subscriber { $id } is no longer in the database (deleted by another command?); run the command again
store-column-bad = column `{ $name }`: { $reason }
# A stored value of another type than the code reads ($found: SQLite's type name).
store-expected-integer = expected an integer, found { $found }
store-expected-count = expected a count, found { $found }
store-expected-number = expected a number, found { $found }
store-expected-text = expected text, found { $found }
store-expected-bytes = expected { $n } bytes, found { $found }
store-unknown-lookup = unknown lookup { $by }
store-schema-newer = schema version { $current } was made by a newer abonent (this one knows up to { $known }); upgrade abonent, or name another file with --db
store-foreign-tables = holds another program's tables ({ $tables }) and no abonent schema; give abonent a file of its own with --db
store-schema-mismatch = its tables do not match its user_version { $current }: migration { $migration } failed ({ $reason }); nothing was changed; restore the database from a backup, or name another file with --db
store-open-failed = { $path }: cannot be opened ({ $reason }); check --db or ABONENT_DB
store-not-a-database = { $path }: is not a database ({ $reason }); name abonent's database file with --db or ABONENT_DB
store-damaged = { $path }: is damaged ({ $reason }); restore it from a backup (`sqlite3 FILE .recover` may save what is left)
store-read-only = { $path }: cannot be written ({ $reason }); make the file and its folder (where SQLite keeps the -wal and -shm files) writable for this user
store-cannot-open = { $path }: cannot be opened ({ $reason }); the file and its folder must be readable and writable for this user (check --db or ABONENT_DB)
store-disk-full = { $path }: the disk is full ({ $reason }); free some space
store-io-failure = { $path }: { $reason }; check the disk, and that the folder is writable for this user (for the -wal and -shm files)
store-path-empty = the path is empty; name the database file with --db or ABONENT_DB
store-not-regular = { $path }: is not a regular file (a folder, FIFO, socket or device); name the database file with --db or ABONENT_DB
store-cannot-examine = { $path }: cannot be examined ({ $reason }); check the folders' permissions, or --db or ABONENT_DB
store-cannot-create-folder = cannot create the folder { $path } ({ $reason }); create it, or name another file with --db or ABONENT_DB
store-cannot-create = { $path }: cannot be created ({ $reason }); check the folder's permissions, or --db or ABONENT_DB
# Warnings on opening ($mode: octal, 0644).
store-warn-others-file = { $path } is owned by uid { $uid } and mode { $mode } lets others read it; left as it is (only its owner should change it: chmod 600)
store-warn-not-private = { $path } has mode { $mode } and could not be made private ({ $reason }); chmod 600 it
store-warn-open-folder = the database's folder { $path } is writable by others, who can put their own -wal or -shm file beside it; keep the database in a private folder

# `db check`: one line per disagreement ($ids: the first ids, comma-separated).
store-check-integrity = SQLite's integrity check: { $problem }
store-check-foreign-key = { $n ->
    [one] { $n } row of { $table } names a missing row of { $parent } (rowid { $ids })
   *[other] { $n } rows of { $table } name a missing row of { $parent } (rowid { $ids })
}
store-check-no-search-row = { $n ->
    [one] { $n } card has no search row (id { $ids })
   *[other] { $n } cards have no search row (id { $ids })
}
store-check-stray-search-row = { $n ->
    [one] { $n } search row has no card (id { $ids })
   *[other] { $n } search rows have no card (id { $ids })
}
store-check-no-creation = { $n ->
    [one] { $n } card has no creation entry in the history (id { $ids })
   *[other] { $n } cards have no creation entry in the history (id { $ids })
}
store-check-several-creations = { $n ->
    [one] { $n } card has more than one creation entry in the history (id { $ids })
   *[other] { $n } cards have more than one creation entry in the history (id { $ids })
}
store-check-stray-history = { $n ->
    [one] { $n } history entry names a card that does not exist (id { $ids })
   *[other] { $n } history entries name a card that does not exist (id { $ids })
}
store-check-hash-not-argon = { $n ->
    [one] { $n } card has a password hash that is not Argon2id (id { $ids })
   *[other] { $n } cards have a password hash that is not Argon2id (id { $ids })
}
store-check-held-twice = { $what ->
    [login] login
    [inn_kpp] active INN+KPP
   *[contract] contract number
} { $value } is held { $n } times

# The library's error type (src/error.rs). A closed stdout is never shown.
error-broken-pipe = broken pipe
# The system's own words for an I/O failure.
error-io = { $reason }

# --db: which database it names, and how to reach a PostgreSQL server
# (store/location.rs). $input: the --db value with its password (and any
# value of an unknown keyword) shown as ***. $from: that, or the variable
# the value came from (PGPORT=x). $part: user, password, host, port,
# dbname or param.
location-empty = the value is empty; name the database file, a postgres:// URL or a key=value string (host=… dbname=…) with --db or ABONENT_DB
location-unknown-param = unknown parameter `{ $name }` in { $input }; abonent takes host, port, user, password, dbname, sslmode, application_name and connect_timeout
location-bad-query = a parameter of { $input } is not name=value; separate the parameters with &, as in ?sslmode=require&port=5433
location-bad-port = the port in { $from } is not a number from 1 to 65535; write it as host:5432 in a URL, or port=5432
location-bad-sslmode = the sslmode in { $from } is not one of disable, allow, prefer, require, verify-ca, verify-full; write it in lower case, as sslmode=require
location-bad-timeout = the connect_timeout in { $from } is not a whole number of seconds; write it as connect_timeout=10 (0 waits as long as it takes)
location-unterminated-quote = the value of { $key } in { $input } opens a quote and does not close it; end it with ' (a quote inside is \', a backslash \\)
location-missing-equals = `{ $key }` in { $input } has no = after it; write key=value pairs separated by spaces (a value with spaces in single quotes)
location-bad-escape = bad percent-escape in the { $part ->
    [user] user name
    [password] password
    [host] host
    [port] port
    [dbname] database name
   *[param] parameters
} of { $input }; write % as %25, and any other byte as % and two hex digits (@ is %40, : is %3A, / is %2F)
location-bad-text = the { $part ->
    [user] user name
    [password] password
    [host] host
    [port] port
    [dbname] database name
   *[param] parameters
} of { $input } decodes to a NUL byte or to bytes that are not UTF-8 text; percent-encode UTF-8 text, without %00
location-bad-ipv6 = the IPv6 address in { $input } is not closed by ], or something other than :port follows it; write it as [::1] or [::1]:5432
location-several-hosts = { $from } names several hosts or ports; abonent connects to one server: keep one host and one port
location-no-user = the system does not give this process's user name, so the PostgreSQL user is not known; give it in --db (user=… or postgres://USER@…) or in PGUSER
# Warnings: the password file is skipped, as libpq skips it ($mode: octal, 0644).
location-passfile-open = the password file { $path } has mode { $mode }: group or others may read it, so it was ignored; chmod 600 it
location-passfile-not-file = the password file { $path } is not a regular file and was ignored; point PGPASSFILE at a file
location-passfile-unreadable = the password file { $path } cannot be read ({ $reason }) and was ignored; check its owner and permissions
store-pg-connection = PostgreSQL server { $server }: { $reason }; check that the server is running and reachable from this host, the address given by --db or ABONENT_DB, and for TLS its certificate (sslmode, PGSSLROOTCERT)
store-pg = { $reason } (SQLSTATE { $code })
store-pg-no-trgm = PostgreSQL server { $server }: the pg_trgm extension, which the search index needs, could not be enabled ({ $reason }); install PostgreSQL's contrib package on the server and run `CREATE EXTENSION pg_trgm;` in this database as its owner or a superuser, then run abonent init again
store-pg-roots = the root certificates in { $path } cannot be read ({ $reason }); give a PEM file, or unset PGSSLROOTCERT to use the Mozilla roots
store-copy-not-empty = the target already holds a registry (its table { $table } has rows); copy into an empty database: a new SQLite file, or a PostgreSQL database just made with createdb
store-grant-sqlite = an SQLite registry has no roles to grant to: grant-portal is for PostgreSQL; on SQLite the portal reads the view portal_accounts from the file, with the file's own permissions deciding who may
