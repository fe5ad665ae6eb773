use super::*;
use proptest::prelude::*;
use std::collections::HashMap;
use std::io;

const SOCKET: &str = "/var/run/postgresql";

enum FakeFile {
    Text(u32, String),
    Fails(io::ErrorKind),
}

/// An environment of the test's own: user `osuser`, home
/// `/home/osuser`, no variables, no folders, no files.
struct Fake {
    vars: HashMap<String, String>,
    home: Option<PathBuf>,
    user: Option<String>,
    dirs: Vec<PathBuf>,
    files: HashMap<PathBuf, FakeFile>,
}

fn env() -> Fake {
    Fake {
        vars: HashMap::new(),
        home: Some("/home/osuser".into()),
        user: Some("osuser".into()),
        dirs: Vec::new(),
        files: HashMap::new(),
    }
}

impl Fake {
    fn var(mut self, k: &str, v: &str) -> Fake {
        self.vars.insert(k.into(), v.into());
        self
    }
    fn dir(mut self, p: &str) -> Fake {
        self.dirs.push(p.into());
        self
    }
    fn file(mut self, p: &str, mode: u32, text: &str) -> Fake {
        self.files
            .insert(p.into(), FakeFile::Text(mode, text.into()));
        self
    }
    /// `~/.pgpass`, mode 0600.
    fn pgpass(self, text: &str) -> Fake {
        self.file("/home/osuser/.pgpass", 0o100600, text)
    }
}

impl Env for Fake {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        self.home.clone()
    }
    fn user_name(&self) -> Option<String> {
        self.user.clone()
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.dirs.iter().any(|d| d == path)
    }
    fn read_file(&self, path: &Path) -> io::Result<FileText> {
        match self.files.get(path) {
            Some(FakeFile::Text(mode, text)) => Ok(FileText {
                mode: *mode,
                text: text.clone(),
            }),
            Some(FakeFile::Fails(kind)) => Err(io::Error::new(*kind, "refused")),
            None => Err(io::ErrorKind::NotFound.into()),
        }
    }
}

fn pg(value: &str, env: &Fake) -> PgTarget {
    match Location::parse(value, env) {
        Ok(Location::Postgres(t)) => t,
        other => panic!("{value}: {other:?}"),
    }
}

fn err(value: &str, env: &Fake) -> Error {
    match Location::parse(value, env) {
        Err(e) => e,
        Ok(l) => panic!("{value}: accepted as {l:?}"),
    }
}

fn pw(t: &PgTarget) -> Option<&str> {
    t.password.as_ref().map(Secret::expose)
}

// URL forms.

#[test]
fn a_full_url_gives_every_field() {
    let t = pg(
        "postgres://admin:pw@db1.example.net:5433/abonent?sslmode=require&application_name=night%20import&connect_timeout=7",
        &env(),
    );
    assert_eq!(t.host, "db1.example.net");
    assert_eq!(t.port, 5433);
    assert_eq!(t.user, "admin");
    assert_eq!(t.dbname, "abonent");
    assert_eq!(pw(&t), Some("pw"));
    assert_eq!(t.sslmode, SslMode::Require);
    assert_eq!(t.application_name, "night import");
    assert_eq!(t.connect_timeout, Some(7));
    assert!(t.warnings.is_empty());
}

#[test]
fn the_scheme_is_either_spelling_in_any_case() {
    for url in [
        "postgresql://h/d",
        "POSTGRES://h/d",
        "PostgreSQL://h/d",
        "  postgres://h/d ",
    ] {
        let t = pg(url, &env());
        assert_eq!((t.host.as_str(), t.dbname.as_str()), ("h", "d"), "{url}");
    }
}

#[test]
fn a_url_without_a_user_takes_the_os_user_for_user_and_database() {
    let t = pg("postgresql://db1", &env());
    assert_eq!((t.user.as_str(), t.dbname.as_str()), ("osuser", "osuser"));
    assert_eq!(t.port, 5432);
    let t = pg("postgresql://db1/abonent", &env());
    assert_eq!((t.user.as_str(), t.dbname.as_str()), ("osuser", "abonent"));
    assert_eq!(t.password, None);
}

#[test]
fn a_url_without_a_host_takes_the_socket_folder_when_it_exists() {
    let t = pg("postgres:///abonent", &env().dir(SOCKET));
    assert_eq!(t.host, SOCKET);
    assert!(t.is_socket());
    let t = pg("postgres:///abonent", &env());
    assert_eq!(t.host, "localhost");
    assert!(!t.is_socket());
    let t = pg("postgres://u@/abonent", &env());
    assert_eq!((t.user.as_str(), t.host.as_str()), ("u", "localhost"));
    let t = pg("postgres://", &env());
    assert_eq!((t.host.as_str(), t.port), ("localhost", 5432));
    // An empty port is no port.
    assert_eq!(pg("postgres://h:/d", &env()).port, 5432);
}

#[test]
fn ipv6_hosts_are_in_brackets() {
    let t = pg("postgres://u@[::1]:6432/d", &env());
    assert_eq!((t.host.as_str(), t.port), ("::1", 6432));
    let t = pg("postgres://[2001:db8::2]/d", &env());
    assert_eq!((t.host.as_str(), t.port), ("2001:db8::2", 5432));
    let t = pg("postgres://[fe80::1%25eth0]/d", &env());
    assert_eq!(t.host, "fe80::1%eth0");
}

#[test]
fn a_socket_folder_may_be_the_host_parameter_or_an_encoded_host() {
    let t = pg("postgres://u@/abonent?host=/var/run/postgresql", &env());
    assert_eq!((t.host.as_str(), t.user.as_str()), (SOCKET, "u"));
    let t = pg("postgres:///abonent?host=%2Ftmp&port=5433", &env());
    assert_eq!((t.host.as_str(), t.port), ("/tmp", 5433));
    let t = pg("postgres://%2Fsrv%2Fpg/abonent", &env());
    assert_eq!(t.host, "/srv/pg");
    assert!(t.is_socket());
}

#[test]
fn percent_escapes_are_decoded_in_every_part() {
    let t = pg("postgres://ad%6Din:p%40ss%3Aw0rd@h/ab%C3%B6nent", &env());
    assert_eq!(t.user, "admin");
    assert_eq!(pw(&t), Some("p@ss:w0rd"));
    assert_eq!(t.dbname, "abönent");
    // A ':' after the first one belongs to the password.
    assert_eq!(pw(&pg("postgres://u:a:b@h/d", &env())), Some("a:b"));
    // A raw '@' too: the credentials end at the last one.
    let t = pg("postgres://u:p@ss@h/d", &env());
    assert_eq!((pw(&t), t.host.as_str()), (Some("p@ss"), "h"));
    // '+' is a plus, not a space.
    assert_eq!(pw(&pg("postgres://u:a+b@h", &env())), Some("a+b"));
}

#[test]
fn query_parameters_override_the_url_and_a_later_one_wins() {
    let t = pg(
        "postgres://u1@h1:1/d1?host=h2&port=2&dbname=d2&user=u2&password=p&port=3",
        &env(),
    );
    assert_eq!(
        (t.host.as_str(), t.port, t.dbname.as_str(), t.user.as_str()),
        ("h2", 3, "d2", "u2")
    );
    assert_eq!(pw(&t), Some("p"));
    // An empty segment is skipped; a value may hold '='.
    let t = pg("postgres://h/d?&application_name=a=b&", &env());
    assert_eq!(t.application_name, "a=b");
}

// key=value forms.

#[test]
fn a_conninfo_string_gives_every_field() {
    let t = pg(
        "host=db1 port=5433 dbname=abonent user=admin sslmode=require",
        &env(),
    );
    assert_eq!(
        (t.host.as_str(), t.port, t.dbname.as_str(), t.user.as_str()),
        ("db1", 5433, "abonent", "admin")
    );
    assert_eq!(t.sslmode, SslMode::Require);
    assert_eq!(t.application_name, "abonent");
    let t = pg(
        "  dbname = abonent\thost= /tmp  connect_timeout =3 application_name=x",
        &env(),
    );
    assert_eq!((t.host.as_str(), t.dbname.as_str()), ("/tmp", "abonent"));
    assert_eq!(
        (t.connect_timeout, t.application_name.as_str()),
        (Some(3), "x")
    );
}

#[test]
fn conninfo_values_may_be_quoted_and_escaped() {
    let t = pg(
        r"host=h password='it\'s a \\ pass' application_name='night import'",
        &env(),
    );
    assert_eq!(pw(&t), Some(r"it's a \ pass"));
    assert_eq!(t.application_name, "night import");
    assert_eq!(pw(&pg(r"host=h password=a\ b\\c", &env())), Some(r"a b\c"));
    assert_eq!(pw(&pg("host=h password=p=q", &env())), Some("p=q"));
    // An empty quoted value is no value: the next source fills it.
    let t = pg("host='' password=''", &env().var("PGHOST", "from-env"));
    assert_eq!((t.host.as_str(), t.password.is_none()), ("from-env", true));
    // A later keyword wins.
    assert_eq!(pg("host=a host=b", &env()).host, "b");
    assert_eq!(pw(&pg("host=h password='ü ö'", &env())), Some("ü ö"));
}

#[test]
fn only_a_leading_keyword_and_equals_make_a_conninfo_string() {
    for path in [
        "abonent.db",
        "/var/lib/abonent/abonent.db",
        "./host=x.db",
        "a=b.db",
        "HOST=x",
        "host",
        "hostx=y",
        "C:file",
        "C:\\abonent\\abonent.db",
        "postgres:/x.db",
        "postgres",
        " abonent.db ",
        "x host=h",
    ] {
        assert_eq!(
            Location::parse(path, &env()),
            Ok(Location::Sqlite(PathBuf::from(path))),
            "{path}"
        );
    }
    assert!(matches!(
        Location::parse("host=x.db", &env()),
        Ok(Location::Postgres(t)) if t.host == "x.db"
    ));
    assert!(matches!(
        Location::parse("dbname =x", &env()),
        Ok(Location::Postgres(t)) if t.dbname == "x"
    ));
}

#[test]
fn an_empty_value_is_refused_not_taken_for_a_path() {
    for value in ["", "   ", "\t\n"] {
        let e = err(value, &env());
        assert_eq!(
            (e.kind, e.subject.as_str()),
            (crate::error::ErrorKind::Invalid, "db")
        );
        assert!(e.message.contains("--db"), "{e}");
    }
}

// The environment, then the defaults.

fn full_env() -> Fake {
    env()
        .var("PGHOST", "envhost")
        .var("PGPORT", "6000")
        .var("PGUSER", "envuser")
        .var("PGDATABASE", "envdb")
        .var("PGSSLMODE", "verify-full")
        .var("PGPASSWORD", "envpw")
        .var("PGCONNECT_TIMEOUT", "9")
        .var("PGAPPNAME", "envapp")
        .dir(SOCKET)
}

#[test]
fn the_environment_fills_what_the_string_leaves_out() {
    let t = pg("postgres://", &full_env());
    assert_eq!(
        (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
        ("envhost", 6000, "envuser", "envdb")
    );
    assert_eq!(t.sslmode, SslMode::VerifyFull);
    assert_eq!(pw(&t), Some("envpw"));
    assert_eq!(t.connect_timeout, Some(9));
    assert_eq!(t.application_name, "envapp");
    // Empty variables are unset.
    let blank = [
        "PGHOST",
        "PGPORT",
        "PGUSER",
        "PGDATABASE",
        "PGSSLMODE",
        "PGAPPNAME",
    ]
    .iter()
    .fold(env(), |e, k| e.var(k, ""));
    let t = pg("host=h", &blank);
    assert_eq!((t.port, t.user.as_str()), (5432, "osuser"));
}

#[test]
fn the_string_wins_over_the_environment() {
    let t = pg(
        "postgres://u:spw@h:7/d?sslmode=disable&connect_timeout=0&application_name=a",
        &full_env(),
    );
    assert_eq!(
        (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
        ("h", 7, "u", "d")
    );
    assert_eq!(t.sslmode, SslMode::Disable);
    assert_eq!(pw(&t), Some("spw"));
    assert_eq!(t.connect_timeout, None);
    assert_eq!(t.application_name, "a");
}

#[test]
fn the_defaults_fill_the_rest() {
    let t = pg("postgres://", &env().dir(SOCKET));
    assert_eq!(
        (t.host.as_str(), t.port, t.user.as_str(), t.dbname.as_str()),
        (SOCKET, 5432, "osuser", "osuser")
    );
    assert_eq!(t.sslmode, SslMode::Prefer);
    assert_eq!(t.application_name, "abonent");
    assert_eq!((t.connect_timeout, t.password.is_none()), (None, true));
    // The database defaults to the user actually used.
    assert_eq!(pg("user=ops", &env()).dbname, "ops");
    assert_eq!(pg("host=h", &env().var("PGUSER", "pu")).dbname, "pu");
}

#[test]
fn no_os_user_and_no_user_given_is_an_error() {
    let mut e = env();
    e.user = None;
    let error = err("host=h", &e);
    assert_eq!(error.subject, "db");
    assert!(error.message.contains("PGUSER"), "{error}");
    assert_eq!(pg("host=h user=u", &e).user, "u");
}

// The password: string > PGPASSWORD > password file.

#[test]
fn the_password_comes_from_the_string_then_pgpassword_then_the_file() {
    let e = env().pgpass("*:*:*:*:filepw\n");
    assert_eq!(
        pw(&pg("host=h password=s", &e.var("PGPASSWORD", "envpw"))),
        Some("s")
    );
    let e = env().pgpass("*:*:*:*:filepw\n");
    assert_eq!(
        pw(&pg("host=h", &e.var("PGPASSWORD", "envpw"))),
        Some("envpw")
    );
    assert_eq!(
        pw(&pg("host=h", &env().pgpass("*:*:*:*:filepw\n"))),
        Some("filepw")
    );
    assert_eq!(pg("host=h", &env()).password, None);
}

#[test]
fn pgpass_lines_match_field_by_field_with_wildcards() {
    let file = "\
# host:port:database:user:password
db1:5432:abonent:admin:one
db1:*:*:admin:two
*:5433:*:*:three
";
    let e = || env().pgpass(file);
    assert_eq!(
        pw(&pg("host=db1 dbname=abonent user=admin", &e())),
        Some("one")
    );
    assert_eq!(
        pw(&pg("host=db1 dbname=other user=admin", &e())),
        Some("two")
    );
    assert_eq!(pw(&pg("host=db1 port=6 user=admin", &e())), Some("two"));
    assert_eq!(pw(&pg("host=db2 port=5433", &e())), Some("three"));
    assert_eq!(pg("host=db2", &e()).password, None);
    assert_eq!(pg("host=db1 user=other", &e()).password, None);
}

#[test]
fn the_first_matching_pgpass_line_wins() {
    let e = env().pgpass("h:*:*:*:first\nh:*:*:*:second\n*:*:*:*:third\n");
    assert_eq!(pw(&pg("host=h", &e)), Some("first"));
}

#[test]
fn pgpass_escapes_comments_and_short_lines() {
    let file = "\
#h:*:*:*:commented
h:*:*:*
h\\:x:*:*:*:colon\\:in\\\\host
h:*:*:*:a\\:b\\\\c:ignored
";
    let e = || env().pgpass(file);
    assert_eq!(pw(&pg("host=h", &e())), Some(r"a:b\c"));
    assert_eq!(pw(&pg(r"host='h:x'", &e())), Some(r"colon:in\host"));
    // An escaped star is a star, not a wildcard.
    let e = env().pgpass("\\*:*:*:*:literal\n");
    assert_eq!(pg("host=h", &e).password, None);
    let e = env().pgpass("\\*:*:*:*:literal\n");
    assert_eq!(pw(&pg("host=*", &e)), Some("literal"));
    // Windows line ends and an empty password.
    let e = env().pgpass("h:*:*:*:crlf\r\nx:*:*:*:\r\n");
    assert_eq!(pw(&pg("host=h", &e)), Some("crlf"));
    let e = env().pgpass("x:*:*:*:\n");
    assert_eq!(pg("host=x", &e).password, None);
}

#[test]
fn a_socket_host_matches_localhost_or_its_folder() {
    let e = env().dir(SOCKET).pgpass("localhost:5432:*:*:local\n");
    assert_eq!(pw(&pg("postgres:///d", &e)), Some("local"));
    let e = env().pgpass("/srv/pg:*:*:*:folder\nlocalhost:*:*:*:local\n");
    assert_eq!(pw(&pg("host=/srv/pg", &e)), Some("folder"));
    // A TCP host is matched by its name only.
    let e = env().pgpass("localhost:*:*:*:local\n");
    assert_eq!(pg("host=db1", &e).password, None);
}

#[test]
fn pgpassfile_names_the_file() {
    let e = env()
        .var("PGPASSFILE", "/etc/abonent/pgpass")
        .file("/etc/abonent/pgpass", 0o100400, "*:*:*:*:named\n")
        .pgpass("*:*:*:*:home\n");
    assert_eq!(pw(&pg("host=h", &e)), Some("named"));
    // No home and no PGPASSFILE: no file, no warning.
    let mut e = env();
    e.home = None;
    let t = pg("host=h", &e);
    assert_eq!((t.password.is_none(), t.warnings.len()), (true, 0));
}

#[test]
fn a_password_file_others_may_read_is_ignored_with_a_warning() {
    for mode in [0o100640, 0o100604, 0o100660, 0o100610] {
        let e = env().file("/home/osuser/.pgpass", mode, "*:*:*:*:filepw\n");
        let t = pg("host=h", &e);
        assert_eq!(t.password, None, "{mode:o}");
        assert_eq!(t.warnings.len(), 1, "{mode:o}");
        assert!(
            t.warnings[0].contains("/home/osuser/.pgpass"),
            "{:?}",
            t.warnings
        );
        assert!(t.warnings[0].contains(&format!("{:04o}", mode & 0o7777)));
        assert!(t.warnings[0].contains("chmod 600"), "{:?}", t.warnings);
        assert!(!t.warnings[0].contains("filepw"));
    }
    // Not a regular file; unreadable; missing (silent).
    let t = pg("host=h", &env().file("/home/osuser/.pgpass", 0o040700, ""));
    assert_eq!((t.password.is_none(), t.warnings.len()), (true, 1));
    let mut e = env();
    e.files.insert(
        "/home/osuser/.pgpass".into(),
        FakeFile::Fails(io::ErrorKind::PermissionDenied),
    );
    let t = pg("host=h", &e);
    assert_eq!((t.password.is_none(), t.warnings.len()), (true, 1));
    assert!(t.warnings[0].contains("refused"), "{:?}", t.warnings);
    assert!(pg("host=h", &env()).warnings.is_empty());
    // The file is not looked at when the password is given.
    let e = env().file("/home/osuser/.pgpass", 0o100644, "*:*:*:*:x\n");
    assert!(pg("host=h password=p", &e).warnings.is_empty());
}

#[cfg(unix)]
#[test]
fn the_process_env_reads_a_real_file_with_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pgpass");
    std::fs::write(&path, "*:*:*:*:p\n").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let file = ProcessEnv.read_file(&path).expect("read");
    assert_eq!((file.mode & S_IFMT, file.mode & 0o777), (S_IFREG, 0o644));
    assert_eq!(file.text, "*:*:*:*:p\n");
    let folder = ProcessEnv.read_file(dir.path()).expect("stat");
    assert_ne!(folder.mode & S_IFMT, S_IFREG);
    assert!(folder.text.is_empty());
    let missing = ProcessEnv.read_file(&dir.path().join("none"));
    assert_eq!(missing.map_err(|e| e.kind()), Err(io::ErrorKind::NotFound));
    assert!(ProcessEnv.is_dir(dir.path()));
    assert!(!ProcessEnv.is_dir(&path));
}

// sslmode.

#[test]
fn sslmode_takes_libpq_values_and_allow_is_prefer() {
    for (text, mode) in [
        ("disable", SslMode::Disable),
        ("allow", SslMode::Prefer),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
    ] {
        assert_eq!(pg(&format!("host=h sslmode={text}"), &env()).sslmode, mode);
        assert_eq!(
            pg(&format!("postgres://h?sslmode={text}"), &env()).sslmode,
            mode
        );
        assert_eq!(pg("host=h", &env().var("PGSSLMODE", text)).sslmode, mode);
        if text != "allow" {
            assert_eq!(mode.as_str(), text);
        }
    }
    for bad in ["REQUIRE", "on", "true", "verify_full"] {
        let e = err(&format!("host=h sslmode={bad}"), &env());
        assert!(e.message.contains("sslmode"), "{e}");
        assert!(e.message.contains("verify-full"), "{e}");
    }
}

// Bad input.

/// Each bad value is refused about `db`, as invalid, with a message
/// that names what to fix and never shows the password.
#[test]
fn bad_input_names_db_and_never_shows_the_password() {
    let cases: &[(&str, &str)] = &[
        ("postgres://u:s3cr3t@h/d?sslmde=require", "`sslmde`"),
        ("postgres://u:s3cr3t@h/d?passwd=s3cr3t", "`passwd`"),
        ("host=h password=s3cr3t colour=red", "`colour`"),
        ("host=h passwd=s3cr3t", "`passwd`"),
        ("postgres://u:s3cr3t@h:0/d", "65535"),
        ("postgres://u:s3cr3t@h:65536/d", "65535"),
        ("postgres://u:s3cr3t@h:54x/d", "65535"),
        ("postgres://u:s3cr3t@h/d?port=-1", "65535"),
        ("host=h password=s3cr3t port=+5432", "65535"),
        ("host=h password=s3cr3t port=99999999999999999999", "65535"),
        ("host=h password=s3cr3t sslmode=maybe", "verify-full"),
        (
            "host=h password=s3cr3t connect_timeout=1.5",
            "connect_timeout",
        ),
        (
            "host=h password=s3cr3t connect_timeout=-1",
            "connect_timeout",
        ),
        ("host=h password='s3cr3t", "quote"),
        ("host='h password=s3cr3t", "quote"),
        ("host=h password=s3cr3t dbname", "key=value"),
        ("postgres://u:s3cr%3t@h/d", "%25"),
        ("postgres://u:s3cr3t%@h/d", "%25"),
        ("postgres://u:s3cr3t@h/d%zz", "%25"),
        ("postgres://u:s3cr3t@h/d?password=s3cr3t%0", "%25"),
        ("postgres://u:s3cr3t%00@h/d", "UTF-8"),
        ("postgres://u:s3cr3t@h/d%ff", "UTF-8"),
        ("postgres://u:s3cr3t@[::1/d", "[::1]"),
        ("postgres://u:s3cr3t@[::1]x/d", "[::1]"),
        ("postgres://u:s3cr3t@h1,h2/d", "one host"),
        ("host=h1,h2 password=s3cr3t", "one host"),
        ("postgres://u:s3cr3t@h:1,2/d", "one host"),
        ("postgres://u:s3cr3t@h/d?sslmode", "name=value"),
    ];
    for (value, hint) in cases {
        let e = err(value, &env());
        assert_eq!(e.kind, crate::error::ErrorKind::Invalid, "{value}");
        assert_eq!(e.subject, "db", "{value}");
        let shown = e.to_string();
        assert!(shown.starts_with("db: "), "{shown}");
        assert!(!shown.contains("s3cr3t"), "{value}: {shown}");
        assert!(!shown.contains("s3cr%3t"), "{value}: {shown}");
        assert!(shown.contains(hint), "{value}: {shown} lacks {hint}");
        assert!(!shown.contains('\n'), "{shown}");
        assert!(!format!("{e:?}").contains("s3cr3t"), "{value}");
    }
}

#[test]
fn errors_show_the_input_or_the_variable_it_came_from() {
    let e = err("postgres://u:pw@h:x/d", &env());
    assert!(e.message.contains("postgres://u:***@h:x/d"), "{e}");
    let e = err("host=h password='pw' port=x", &env());
    assert!(e.message.contains("host=h password=*** port=x"), "{e}");
    let e = err("host=h", &env().var("PGPORT", "x"));
    assert!(e.message.contains("PGPORT=x"), "{e}");
    let e = err("host=h", &env().var("PGSSLMODE", "x"));
    assert!(e.message.contains("PGSSLMODE=x"), "{e}");
    let e = err("host=h", &env().var("PGCONNECT_TIMEOUT", "x"));
    assert!(e.message.contains("PGCONNECT_TIMEOUT=x"), "{e}");
    let e = err("port=1", &env().var("PGHOST", "a,b"));
    assert!(e.message.contains("PGHOST=a,b"), "{e}");
    // The string wins, so a bad variable it overrides is not looked at.
    assert_eq!(pg("host=h port=1", &env().var("PGPORT", "x")).port, 1);
    // In the part it is about.
    let e = err("postgres://u@h/d%zz", &env());
    assert!(e.message.contains("database name"), "{e}");
    let e = err("postgres://u:%zz@h/d", &env());
    assert!(e.message.contains("password"), "{e}");
}

#[test]
fn a_port_is_a_number_from_1_to_65535() {
    assert_eq!(pg("host=h port=1", &env()).port, 1);
    assert_eq!(pg("host=h port=65535", &env()).port, 65535);
    assert_eq!(pg("host=h port=' 6543 '", &env()).port, 6543);
    assert_eq!(pg("postgres://h:05432", &env()).port, 5432);
    assert_eq!(pg("host=h", &env().var("PGPORT", "6000")).port, 6000);
    for bad in ["0", "65536", "abc", "-5", "5432x", "0x10", "1e3"] {
        let e = err(&format!("host=h port={bad}"), &env());
        assert!(e.message.contains("65535"), "{bad}: {e}");
    }
}

// What is shown.

#[test]
fn display_is_a_url_without_the_password() {
    let t = pg("postgres://admin:pw@db1:5433/abonent", &env());
    assert_eq!(t.display(), "postgres://admin@db1:5433/abonent");
    let t = pg("host=db1 user=admin dbname=abonent", &env());
    assert_eq!(t.display(), "postgres://admin@db1:5432/abonent");
    let t = pg("postgres://u@/d", &env().dir(SOCKET));
    assert_eq!(t.display(), "postgres://u@/d?host=/var/run/postgresql");
    let t = pg("host=/tmp port=5433 user=u dbname=d", &env());
    assert_eq!(t.display(), "postgres://u@/d?host=/tmp&port=5433");
    let t = pg("postgres://u@[::1]:6432/d", &env());
    assert_eq!(t.display(), "postgres://u@[::1]:6432/d");
    let t = pg("host=h user='a b@c' dbname='x/y?z'", &env());
    assert_eq!(t.display(), "postgres://a%20b%40c@h:5432/x%2Fy%3Fz");
}

#[test]
fn display_parses_back_to_the_same_server() {
    for value in [
        "postgres://admin:pw@db1:5433/abonent",
        "host=/srv/my\\ pg port=6000 user='a:b' dbname='d&e=f'",
        "host=h user='ü@/?' dbname=%",
        "postgres://u@[fe80::1%25eth0]:1/d",
        "postgres:///d",
    ] {
        let t = pg(value, &env().dir(SOCKET));
        let back = pg(&t.display(), &env());
        assert_eq!(
            (&back.host, back.port, &back.user, &back.dbname),
            (&t.host, t.port, &t.user, &t.dbname),
            "{value} → {}",
            t.display()
        );
    }
}

#[test]
fn no_password_is_ever_in_display_or_debug() {
    let targets = [
        pg("postgres://u:s3cr3t@h/d", &env()),
        pg("postgres://u@h/d?password=s3cr3t", &env()),
        pg("host=h password=s3cr3t", &env()),
        pg("host=h password='s3cr3t'", &env()),
        pg("host=h", &env().var("PGPASSWORD", "s3cr3t")),
        pg("host=h", &env().pgpass("*:*:*:*:s3cr3t\n")),
    ];
    for t in &targets {
        assert_eq!(pw(t), Some("s3cr3t"));
        assert!(!t.display().contains("s3cr3t"), "{}", t.display());
        let debug = format!("{t:?} {:?}", Location::Postgres(t.clone()));
        assert!(!debug.contains("s3cr3t"), "{debug}");
        assert!(debug.contains("(secret)"), "{debug}");
    }
}

#[test]
fn redaction_hides_passwords_and_unknown_values_only() {
    assert_eq!(redact("postgres://u:pw@h/d"), "postgres://u:***@h/d");
    assert_eq!(redact("postgres://u:@h/d"), "postgres://u:@h/d");
    assert_eq!(
        redact("postgres://u@h/d?password=x&port=1"),
        "postgres://u@h/d?password=***&port=1"
    );
    assert_eq!(
        redact("postgres://h?pass%77ord=x&pw=y"),
        "postgres://h?pass%77ord=***&pw=***"
    );
    assert_eq!(
        redact("host=h  password = 'a b'  dbname=d pwd=x"),
        "host=h  password = ***  dbname=d pwd=***"
    );
    assert_eq!(redact("host=h password='open"), "host=h password=***");
}

#[test]
fn the_part_is_named_in_both_languages() {
    use crate::i18n::{tr_in, Arg, Lang};
    let say = |lang, part: &str| {
        tr_in(
            lang,
            "location-bad-escape",
            &[
                ("part", Arg::from(part)),
                ("input", Arg::from("postgres://h/%zz")),
            ],
        )
        .into_string()
    };
    assert!(say(Lang::En, "dbname")
        .starts_with("bad percent-escape in the database name of postgres://h/%zz;"));
    assert!(say(Lang::Ru, "dbname")
        .starts_with("неверная %-последовательность в имени базы postgres://h/%zz;"));
    assert!(say(Lang::Ru, "password").contains("в пароле"));
}

proptest! {
    #[test]
    fn parse_never_panics(
        head in prop_oneof![
            Just(""), Just("postgres://"), Just("postgresql://u:p@"), Just("host="),
            Just("password='"), Just("dbname = "),
        ],
        tail in "\\PC*",
    ) {
        let value = format!("{head}{tail}");
        let e = env().dir(SOCKET).pgpass(&tail);
        let _ = Location::parse(&value, &e);
        let _ = Location::parse(&tail, &e);
    }

    /// Whatever else the URL holds, a password written in it never
    /// shows in `display()`, `Debug` or an error.
    #[test]
    fn a_url_password_is_never_shown(
        secret in "[^/]{4,24}",
        user in "[a-z%0-9]{0,6}",
        host in prop_oneof![
            Just(String::new()), "[a-z0-9.]{1,10}", Just("[::1]".into()),
            Just("[::1".into()), "h:[0-9a-z]{0,6}", Just("%2Ftmp".into()), Just("a,b".into()),
        ],
        dbname in "[a-z%0-9]{0,8}",
        query in prop_oneof![
            Just(String::new()), Just("?sslmode=require".into()), Just("?sslmode=x".into()),
            Just("?bogus=1".into()), Just("?port=x".into()), "\\?[a-z_=&%]{0,20}",
        ],
    ) {
        let with = |pw: &str| format!("postgres://{user}:{pw}@{host}/{dbname}{query}");
        let shown = |value: &str| match Location::parse(value, &env()) {
            Ok(Location::Postgres(t)) => format!("{} {t:?}", t.display()),
            Ok(other) => format!("{other:?}"),
            Err(e) => format!("{e} {e:?}"),
        };
        // A secret that the output would hold anyway (a word of the
        // message, the host) says nothing.
        prop_assume!(!shown(&with("pw")).contains(&secret));
        prop_assume!(!with("pw").contains(&secret));
        let out = shown(&with(&secret));
        prop_assert!(!out.contains(&secret), "{} → {}", with(&secret), out);
    }
}
