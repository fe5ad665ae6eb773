#!/usr/bin/env python3
"""The judge behind scripts/real-data.sh (run that, not this).

Runs abonent against every file of the real-data folder and compares what it
gives with what the folder's README.md says it should give:

  1c/       each file imported into its own new database
  vectors/  each line through `abonent validate`
  dadata/   each served answer through `lookup-inn`, `lookup-bik` and
            `subscriber add --from-inn`, DaData being the folder's own
            stand-in (serve_fixtures.py) on 127.0.0.1

Prints one markdown table (| file or vector | expected | got | agrees |) and
the counts; exits 0 when every row agrees or is a source error, 1 otherwise.
Python standard library only; the environment (HOME, the DaData key, …) is
set by real-data.sh.
"""

import argparse
import csv
import datetime
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

YES, NO, SOURCE_ERROR, DECIDED = "yes", "no", "source error", "decided elsewhere"
CMD_TIMEOUT = 120  # seconds; a hung command is a failed row, not a hung script


# ---------------------------------------------------------------- plumbing


@dataclass
class Ctx:
    bin: str
    real: Path
    work: Path
    rows: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    serial: int = 0

    def fresh_db(self, label):
        """A new database path in the work folder: one per import or answer."""
        self.serial += 1
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:60]
        return self.work / f"{self.serial:03d}-{safe}.db"

    def row(self, subject, expected, got, agrees):
        self.rows.append((subject, expected, got, agrees))


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        """stdout as JSON, or None when it is not (an error, a crash)."""
        try:
            return json.loads(self.out)
        except ValueError:
            return None

    def jsonl(self):
        items = []
        for line in self.out.splitlines():
            line = line.strip()
            if line:
                try:
                    items.append(json.loads(line))
                except ValueError:
                    return None
        return items

    def first_error(self):
        """The first `abonent: …` line of stderr that is not a note we set."""
        for line in self.err.splitlines():
            if line.startswith("abonent: ") and " = " not in line[:60]:
                return line[len("abonent: "):]
        return self.err.strip().splitlines()[0] if self.err.strip() else ""


def abonent(ctx, args, db=None, env=None):
    """Runs the binary (always with an explicit --db, never the user's)."""
    argv = [ctx.bin, "--db", str(db or ctx.work / "scratch.db"), "--color", "never"]
    argv += args
    full_env = dict(os.environ, **(env or {}))
    try:
        p = subprocess.run(
            argv,
            cwd=ctx.work,
            env=full_env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=CMD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return Run(-1, "", f"timed out after {CMD_TIMEOUT}s: {' '.join(args)}")
    dec = lambda b: b.decode("utf-8", "replace")  # noqa: E731
    return Run(p.returncode, dec(p.stdout), dec(p.stderr))


def cards_of(ctx, db):
    """Every card of a database, by `export --format jsonl`."""
    r = abonent(ctx, ["subscriber", "export", "--format", "jsonl"], db=db)
    items = r.jsonl() if r.code == 0 else None
    return items if items is not None else []


def short(text, limit=160):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def verdict(ok):
    return YES if ok else NO


# ---------------------------------------------------------------- 1C files

# What each file of 1c/ should give, from $REAL/README.md (§ 1c/). Counts
# the README leaves implicit are worked out from the file itself and said
# in a comment. `cards` lists the cards expected in the database after the
# import: a Person by surname and name, a Legal by INN/KPP and what the file
# carries for it (the other keys are checked only when given).


@dataclass
class Person:
    last_name: str
    first_name: str


@dataclass
class Legal:
    inn: str
    kpp: str = None
    phones: list = None  # E.164, in the file's order
    emails: list = None
    bik: str = None
    account: str = None
    # For a legal entity 1C's <АдресРегистрации> is its legal address (issue 11).
    legal_address: bool = True


@dataclass
class Import:
    exit: int
    created: int
    rejected: int = None
    rows: int = None
    cards: list = None  # None: not checked; []: none expected
    reasons_speak_of_file: bool = False
    message_has: str = None  # for a file refused as a whole (stderr)


# A reject reason that "speaks of the file" names what it read there (for an
# XML file an element, <ИНН>; for a CSV list a column, «ИНН») and no flag of
# `subscriber add` (import-1c's own options are fine). A column named in a
# reason about an XML file is not the file speaking.
ELEMENT = re.compile(r"<[^<>\s]+>")
COLUMN = re.compile(r"«[^«»]+»")
IMPORT_FLAGS = {
    "--kind", "--encoding", "--delimiter", "--map", "--dry-run", "--atomic",
    "--rejects", "--credentials", "--archive-missing", "--type-default",
}

ONEC = {
    "irpsv_off-doc-1c_orders.xml": Import(
        exit=0, created=1, rejected=0,
        # the nested <Представитель><Контрагент> is not a card
        cards=[Person("Иванов", "admin")],
    ),
    "carono-yii2_from.cp1251.xml": Import(exit=0, created=1, rejected=0, cards=[Person("Иванов", "admin")]),
    "carono-yii2_to.cp1251.xml": Import(exit=0, created=1, rejected=0, cards=[Person("Петров", "Петр")]),
    "alex8bits_orders.xml": Import(exit=0, created=1, rejected=0, cards=[Person("Петров", "Петр")]),
    # 20 counterparties: the 4 companies once each, and 16 rejected (the
    # shop's catch-all buyers 11 times, the empty names 4 times, the INN «12»).
    "irpsv_bitrix6_documents1.xml": Import(
        exit=3, created=4, rejected=16, rows=20, reasons_speak_of_file=True,
        cards=[
            Legal("7806080903", "780601001", phones=["+79616999487"], emails=["s.selina@ant-konsalt.ru"],
                  bik="044599132", account="40702810600010006661"),
            Legal("2536299065", "253601001", phones=["+79025557575"], emails=["333555@mail.ru"]),
            Legal("7736523556", "773601001", phones=["+74955897672"], emails=["isupovfotonics@gmail.com"]),
            Legal("0310004936", "031001001", phones=[], emails=[]),  # leading zero kept
        ],
    ),
    "irpsv_bitrix6_documents2.xml": Import(
        exit=3, created=0, rejected=4, rows=4, cards=[], reasons_speak_of_file=True,
    ),
    "dobromyslov_bitrix-query-response-full.cp1251.xml": Import(exit=3, created=0, rejected=2, rows=2, cards=[]),
    "dobromyslov_bitrix-query-response-empty.cp1251.xml": Import(exit=0, created=0, rejected=0, rows=0, cards=[]),
    "dobromyslov_import0_1_catalog-owner-only.xml": Import(exit=3, created=0, cards=[], message_has="catalog"),
    "argent_contractors-example.xml": Import(exit=3, created=0, rejected=4, rows=4, cards=[]),
    # 2 occurrences of one foreign buyer (no INN, 5-digit accounts)
    "argent_documents-example.xml": Import(
        exit=3, created=0, rejected=2, rows=2, cards=[], reasons_speak_of_file=True,
    ),
}

MISLABELLED = ".utf8-mislabelled.xml"
# The Kazakh counterparties of argent_contractors-example.xml under
# `validation.checksums warn`: «Алтай ТОО» and «Банк ТуранАлем ОАО» carry no
# bank or contact that could fail, so they are created, as legal entities
# (ТОО, ОАО are legal forms); nothing from the file may become a person.
ARGENT_WARN_LEGAL = ["181310839110", "600520144856"]


def import_file(ctx, path, db, extra_setup=()):
    for key, value in extra_setup:
        abonent(ctx, ["settings", "set", key, value], db=db)
    rejects = db.with_suffix(".rejects.csv")
    r = abonent(ctx, ["import-1c", str(path), "--json", "--rejects", str(rejects)], db=db)
    return r, read_rejects(rejects)


def read_rejects(path):
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f)]


def summary_text(r):
    s = r.json()
    if not isinstance(s, dict):
        return f"exit {r.code}: {short(r.first_error(), 200)}"
    parts = [f"exit {r.code}"]
    for key in ("rows", "created", "rejected"):
        parts.append(f"{key} {s.get(key)}")
    return ", ".join(parts)


def check_summary(ctx, subject, exp, r):
    s = r.json() if isinstance(r.json(), dict) else {}
    want = [f"exit {exp.exit}"]
    ok = r.code == exp.exit
    for key in ("rows", "created", "rejected"):
        value = getattr(exp, key)
        if value is None:
            continue
        want.append(f"{key} {value}")
        # A file refused as a whole prints no summary: it created nothing.
        got = s.get(key, 0 if not s and key != "rows" else None)
        ok &= got == value
    if exp.message_has:
        want.append(f"stderr says «{exp.message_has}»")
        ok &= exp.message_has in r.err.lower()
    ctx.row(subject, ", ".join(want), summary_text(r), verdict(ok))


def describe_card(c):
    if c.get("type") in ("person", "ip"):
        return f"{c.get('type')} {c.get('last_name')} {c.get('first_name')}"
    return f"{c.get('type')} {c.get('inn')}/{c.get('kpp')} {c.get('name')!r}"


def check_cards(ctx, subject, expected, cards):
    """One row for the set of cards, one per expected legal card's details."""
    want = "; ".join(
        f"person {e.last_name} {e.first_name}" if isinstance(e, Person) else f"legal {e.inn}/{e.kpp}"
        for e in expected
    ) or "no cards"
    got = "; ".join(describe_card(c) for c in cards) or "no cards"
    ok = len(cards) == len(expected)
    for e in expected:
        if isinstance(e, Person):
            ok &= any(
                c.get("type") == "person" and c.get("last_name") == e.last_name and c.get("first_name") == e.first_name
                for c in cards
            )
        else:
            ok &= any(c.get("type") == "legal" and c.get("inn") == e.inn and c.get("kpp") == e.kpp for c in cards)
    ctx.row(f"{subject}: cards", want, got, verdict(ok))
    for e in expected:
        if isinstance(e, Legal):
            card = next((c for c in cards if c.get("inn") == e.inn and c.get("kpp") == e.kpp), None)
            check_legal_details(ctx, f"{subject}: {e.inn}", e, card)


def phones_of(card):
    return [p.get("value") for p in card.get("phones") or []]


def emails_of(card):
    return [m.get("value", "").lower() for m in card.get("emails") or []]


def check_legal_details(ctx, subject, e, card):
    want, ok = [], card is not None
    got = []
    card = card or {}
    kinds = [a.get("kind") for a in card.get("addresses") or []]
    if e.legal_address:
        want.append("legal address")
        ok &= "legal" in kinds
        got.append("addresses " + (",".join(kinds) or "none"))
    if e.phones is not None:
        want.append("phones " + (",".join(e.phones) or "none"))
        ok &= phones_of(card) == e.phones
        got.append("phones " + (",".join(phones_of(card)) or "none"))
    if e.emails is not None:
        want.append("e-mails " + (",".join(e.emails) or "none"))
        ok &= emails_of(card) == [m.lower() for m in e.emails]
        got.append("e-mails " + (",".join(emails_of(card)) or "none"))
    if e.bik:
        bank = card.get("bank") or {}
        want.append(f"bank {e.bik} {e.account}")
        ok &= bank.get("bik") == e.bik and bank.get("account") == e.account
        got.append(f"bank {bank.get('bik')} {bank.get('account')}")
    ctx.row(subject, "; ".join(want), "; ".join(got) if card else "no such card", verdict(ok))


def check_reasons(ctx, subject, path, rejects):
    """Each reject names what it read in the file, never a card flag."""
    names_it = ELEMENT if path.suffix.lower() == ".xml" else COLUMN
    bad = []
    for rej in rejects:
        reason = rej.get("reason") or ""
        flags = set(re.findall(r"--[a-z][a-z-]*", reason)) - IMPORT_FLAGS
        if flags or not names_it.search(reason):
            bad.append(reason)
    what = "element (<…>)" if names_it is ELEMENT else "column («…»)"
    want = f"each reason names the 1C {what}, no subscriber flag"
    if not rejects:
        ctx.row(subject + ": reasons", want, "no rejects file rows", NO)
        return
    got = f"{len(rejects) - len(bad)} of {len(rejects)} do"
    if bad:
        got += f"; e.g. «{short(bad[0], 110)}»"
    ctx.row(subject + ": reasons", want, got, verdict(not bad))


def projection(cards):
    """A card without what differs between two imports (ids, times, logins)."""
    drop = {"id", "uid", "login", "created_at", "updated_at", "has_password", "password"}
    return sorted(json.dumps({k: v for k, v in c.items() if k not in drop}, sort_keys=True, ensure_ascii=False)
                  for c in cards)


def check_onec(ctx):
    folder = ctx.real / "1c"
    originals = {}  # original file -> (summary, cards) of its own import
    files = sorted(p for p in folder.iterdir() if p.suffix == ".xml")
    # Originals first, so that each mislabelled copy is compared with its import.
    files.sort(key=lambda p: p.name.endswith(MISLABELLED))
    for path in files:
        subject = f"1c/{path.name}"
        db = ctx.fresh_db(path.name)
        r, rejects = import_file(ctx, path, db)
        cards = cards_of(ctx, db)
        if path.name.endswith(MISLABELLED):
            check_mislabelled(ctx, subject, path, r, cards, originals)
            continue
        exp = ONEC.get(path.name)
        if exp is None:
            ctx.row(subject, "an expectation in scripts/real-data.py", summary_text(r) + " (no expectation)", NO)
            continue
        originals[path.name] = (r, cards)
        check_summary(ctx, subject, exp, r)
        if exp.cards is not None:
            check_cards(ctx, subject, exp.cards, cards)
        if exp.reasons_speak_of_file:
            check_reasons(ctx, subject, path, rejects)
        if path.name == "argent_contractors-example.xml":
            check_argent_warn(ctx, subject, path)


def check_mislabelled(ctx, subject, path, r, cards, originals):
    stem = path.name[: -len(MISLABELLED)]
    original = next((n for n in originals if n.startswith(stem + ".")), None)
    warned = bool(re.search(r"warning.*declar", r.err, re.IGNORECASE))
    if original is None:
        ctx.row(subject, "the cards of its original", "no original file found for it", NO)
        return
    orig_r, orig_cards = originals[original]
    want = f"as {original} ({summary_text(orig_r)}), same cards; a warning about the declaration"
    same = projection(cards) == projection(orig_cards)
    same_summary = r.code == orig_r.code and all(
        (r.json() or {}).get(k) == (orig_r.json() or {}).get(k) for k in ("rows", "created", "rejected")
    )
    got = summary_text(r) + ("; same cards" if same else "; cards differ") + (
        "; warned" if warned else "; no warning about the declaration"
    )
    ctx.row(subject, want, got, verdict(same and same_summary and warned))


def check_argent_warn(ctx, subject, path):
    db = ctx.fresh_db(path.name + "-warn")
    r, _ = import_file(ctx, path, db, extra_setup=[("validation.checksums", "warn")])
    cards = cards_of(ctx, db)
    legal = sorted(c.get("inn") for c in cards if c.get("type") == "legal")
    others = [c for c in cards if c.get("type") != "legal"]
    want = f"exit 3 (the one without INN rejected); legal {', '.join(ARGENT_WARN_LEGAL)}; no person"
    ok = r.code == 3 and not others and all(inn in legal for inn in ARGENT_WARN_LEGAL)
    got = summary_text(r) + "; " + ("; ".join(describe_card(c) for c in cards) or "no cards")
    ctx.row(subject + " (validation.checksums warn)", want, got, verdict(ok))


# ---------------------------------------------------------------- vectors

# Where the source is wrong the standard wins ($REAL/README.md, § vectors/):
# (kind, value) -> the standard's answer. These rows say `source error` when
# abonent follows the standard, and disagree when it does not.
SOURCE_ERRORS = {
    ("ogrn", "1000000000001"): "invalid",  # fails the check digit
    ("ogrn", "1000000000000"): "valid",  # passes it
    ("ogrn", "0000000000000"): "invalid",  # first-digit rules
    ("ogrnip", "000000000000000"): "invalid",
    ("ogrnip", "100000000000001"): "invalid",
    ("okpo", "1111111111"): "valid",  # checked with the 8-digit function by the source
    ("kpp", "111111111"): "valid",  # the repeated-digit rule is a heuristic
}


# Rows whose expectation the issue or the reference decides otherwise than
# the vector's source; each with the answer abonent gives and the reason.
# Printed under the table, not counted as disagreements.
DECIDED_BY = {
    ("phone", "+7 (3272) 25-39-39"): (
        "invalid",
        "issue 11: a pre-2004 code cannot be read (327 is in no plan); the import drops it with a warning",
    ),
    ("phone", "+375123456789"): (
        "invalid",
        "the numbering plan (libphonenumber's metadata, the authority issue 11 keeps for other countries): +375 12 is no code",
    ),
    ("phone", "+677 1234567"): (
        "invalid",
        "the numbering plan: a 7-digit Solomon Islands number does not start with 1 (a formatting test's placeholder)",
    ),
    ("phone", "+54 9 2982 123456"): (
        "invalid",
        "the numbering plan: 2982 1xxxxx is not assigned (a formatting test's placeholder; +54 9 2982 423456 is read)",
    ),
    ("bik", "987654321"): (
        "valid",
        "issue 11 and reference/requisites.md: a BIK outside 04 is warned about, not rejected",
    ),
    ("corr-account", "40817810099910004312"): (
        "invalid",
        "reference/requisites.md: a correspondent account starts with 301 (the source checks the length only)",
    ),
}


def became(results):
    """What an accepted value turned into: its normalised form(s)."""
    parts = []
    for res in results:
        for key in ("values", "parts", "normalized"):
            value = res.get(key)
            if value in (None, [], ""):
                continue
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, dict):
                    text = v.get("value") or v.get("normalized") or json.dumps(v, ensure_ascii=False)
                    ext = v.get("extension")
                else:
                    text, ext = v, None
                ext = ext or (res.get("extension") if not isinstance(value, list) else None)
                parts.append(f"{text} доб. {ext}" if ext else str(text))
            break
    return ", ".join(parts)


def validate_line(ctx, kind, value, bik):
    args = ["--format", "json", "validate", kind]
    if bik:
        args += ["--bik", bik]
    r = abonent(ctx, args + ["--", value])
    results = r.json()
    if isinstance(results, dict):
        results = [results]
    if not isinstance(results, list) or not results:
        return False, f"exit {r.code}: {short(r.first_error(), 120)}"
    accepted = r.code == 0 and all(x.get("valid") is True for x in results)
    if accepted:
        text = became(results)
        warnings = [w for x in results for w in x.get("warnings") or []]
        got = "valid" + (f" → {text}" if text and text != value.strip() else "")
        if warnings:
            got += f" (warning: {short(warnings[0], 80)})"
        return True, got
    errors = [x.get("error") for x in results if x.get("valid") is not True]
    return False, "invalid: " + short(errors[0] if errors else r.first_error(), 110)


def check_vectors(ctx):
    for tsv in sorted((ctx.real / "vectors").glob("*.tsv")):
        with open(tsv, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                ctx.row(f"vectors/{tsv.name}:{number}", "kind, value, expected", short(line), NO)
                continue
            # The value is kept exactly as written: leading and trailing
            # spaces are part of some vectors.
            kind, value, expected = cols[0], cols[1], cols[2].strip()
            bik = cols[4].strip() if len(cols) > 4 and cols[4].strip() else None
            accepted, got = validate_line(ctx, kind, value, bik)
            subject = f"{kind} `{short(value, 60)}`" + (f" --bik {bik}" if bik else "") + f" ({tsv.name}:{number})"
            standard = SOURCE_ERRORS.get((kind, value.strip()))
            decided = DECIDED_BY.get((kind, value.strip()))
            if decided:
                answer, why = decided
                follows = accepted == (answer == "valid")
                ctx.row(subject, f"{answer} (the source says {expected})", got,
                        DECIDED if follows else NO)
                if follows:
                    ctx.notes.append(f"{subject}: {why}")
            elif standard:
                follows = accepted == (standard == "valid")
                ctx.row(subject, f"{standard} (the source says {expected})", got,
                        SOURCE_ERROR if follows else NO)
            elif expected in ("valid", "valid?"):
                ctx.row(subject, expected, got, verdict(accepted))
            elif expected == "invalid":
                ctx.row(subject, expected, got, verdict(not accepted))
            else:
                ctx.row(subject, f"unknown expectation {expected!r}", got, NO)


# ---------------------------------------------------------------- DaData


class Stand_in:
    """serve_fixtures.py on a free port, with the answer files chosen by env."""

    started = 0

    def __init__(self, ctx, env):
        Stand_in.started += 1
        self.ctx = ctx
        # Files of its own: a port file left by an earlier stand-in would
        # point at a server that is gone.
        self.port_file = ctx.work / f"dd_port.{Stand_in.started}"
        self.log = ctx.work / f"dd_log.{Stand_in.started}"
        self.env = dict(os.environ, DD_PORT_FILE=str(self.port_file), DD_LOG=str(self.log), **env)

    def __enter__(self):
        script = self.ctx.real / "dadata" / "serve_fixtures.py"
        self.proc = subprocess.Popen([sys.executable, str(script)], env=self.env, cwd=self.ctx.work,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            text = self.port_file.read_text().strip() if self.port_file.exists() else ""
            if text.isdigit():
                self.url = f"http://127.0.0.1:{text}/suggestions/api/4_1/rs"
                return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.__exit__(None, None, None)
        raise RuntimeError("serve_fixtures.py did not write its port")

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return False

    def requests(self):
        if not self.log.exists():
            return 0
        return len([line for line in self.log.read_text().splitlines() if line.strip()])


# serve_fixtures.py answers 7707083893 and 044525225 from the file its P7707
# and B0445 variables name; every other INN from its own fixed table.
CHOOSER = {"7707083893": "P7707", "044525225": "B0445"}


def served_answers(folder):
    """(file, kind, key, suggestions) of every answer the stand-in can serve;
    the bare `data` objects are listed as not served."""
    answers, unserved = [], []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        sugg = doc.get("suggestions") if isinstance(doc, dict) else None
        if not sugg:
            unserved.append(path.name)
            continue
        kind = "bank" if path.name.startswith("bank_") else "party"
        key = sugg[0]["data"].get("bic" if kind == "bank" else "inn")
        answers.append((path.name, kind, key, sugg))
    return answers, unserved


def e164(value):
    digits = re.sub(r"\D", "", value or "")
    return "+" + digits if digits else None


def dadata_db(ctx, label, url):
    db = ctx.fresh_db(label)
    for key, value in (("dadata.enabled", "true"), ("dadata.url", url)):
        r = abonent(ctx, ["settings", "set", key, value], db=db)
        if r.code != 0:
            raise RuntimeError(f"settings set {key}: {r.first_error()}")
    return db


def check_dadata(ctx):
    answers, unserved = served_answers(ctx.real / "dadata")
    for name in unserved:
        ctx.notes.append(f"dadata/{name}: a bare `data` object, not served by serve_fixtures.py "
                         "(its wrapped copy is, where one exists)")
    for name, kind, key, sugg in answers:
        env = {CHOOSER[key]: name} if key in CHOOSER else {}
        try:
            with Stand_in(ctx, env) as dd:
                if kind == "bank":
                    check_bank(ctx, name, key, sugg, dd)
                else:
                    check_party(ctx, name, key, sugg, dd)
        except RuntimeError as e:
            ctx.row(f"dadata/{name}", "served and checked", str(e), NO)


def check_bank(ctx, name, bik, sugg, dd):
    data = sugg[0]["data"]
    db = dadata_db(ctx, name, dd.url)
    r = abonent(ctx, ["lookup-bik", bik, "--json"], db=db)
    got_doc = r.json()
    got_doc = got_doc[0] if isinstance(got_doc, list) and got_doc else got_doc
    corr = data.get("correspondent_account")
    want = f"exit 0, bik {bik}, corr {corr}, a name"
    if isinstance(got_doc, dict):
        ok = r.code == 0 and got_doc.get("bik") == bik and got_doc.get("corr_account") == corr and bool(got_doc.get("name"))
        got = f"exit {r.code}, bik {got_doc.get('bik')}, corr {got_doc.get('corr_account')}, {got_doc.get('name')!r}"
    else:
        ok, got = False, f"exit {r.code}: {short(r.first_error(), 120)}"
    ctx.row(f"dadata/{name}: lookup-bik", want, got, verdict(ok and dd.requests() > 0))


def party_type(data):
    return "ip" if data.get("type") == "INDIVIDUAL" else "legal"


def address_texts(data):
    a = data.get("address") or {}
    return {t for t in (a.get("value"), a.get("unrestricted_value")) if t}


def check_party(ctx, name, inn, sugg, dd):
    subject = f"dadata/{name}"
    db = dadata_db(ctx, name, dd.url)
    r = abonent(ctx, ["lookup-inn", inn, "--json"], db=db)
    parties = r.json()
    want = "exit 0; " + "; ".join(
        f"{party_type(s['data'])} {s['data'].get('kpp') or '-'} ogrn {s['data'].get('ogrn')}" for s in sugg
    )
    if isinstance(parties, list):
        got = f"exit {r.code}; " + "; ".join(
            f"{p.get('type')} {p.get('kpp') or '-'} ogrn {p.get('ogrn')}" for p in parties
        )
        ok = r.code == 0 and len(parties) == len(sugg) and all(
            p.get("inn") == inn
            and p.get("type") == party_type(s["data"])
            and p.get("kpp") == s["data"].get("kpp")
            and p.get("ogrn") == s["data"].get("ogrn")
            and bool(p.get("name"))
            for p, s in zip(parties, sugg)
        )
    else:
        ok, got = False, f"exit {r.code}: {short(r.first_error(), 120)}"
    ctx.row(f"{subject}: lookup-inn {inn}", want, got, verdict(ok and dd.requests() > 0))
    check_branch_count(ctx, subject, sugg, r)

    main = next((s["data"] for s in sugg if s["data"].get("branch_type") in (None, "MAIN")), None)
    for s in sugg:
        check_from_inn(ctx, subject, inn, s["data"], main, several=len(sugg) > 1, url=dd.url)


def check_branch_count(ctx, subject, sugg, r):
    """The head office's branch_count above the branches listed: said so."""
    main = next((s["data"] for s in sugg if s["data"].get("branch_type") == "MAIN"), None)
    if not main or not main.get("branch_count"):
        return
    listed = sum(1 for s in sugg if s["data"].get("branch_type") == "BRANCH")
    total = main["branch_count"]
    if total <= listed:
        return
    parties = r.json() if isinstance(r.json(), list) else []
    in_json = any(p.get("branch_count") == total for p in parties)
    notes = [line for line in r.err.splitlines() if "branch" in line.lower() and str(total) in line]
    got = "; ".join(filter(None, [
        "branch_count in JSON" if in_json else "",
        f"note «{short(notes[0], 100)}»" if notes else "",
    ])) or "nothing says so"
    ctx.row(f"{subject}: branch_count", f"says DaData has {total} branches, {listed} listed", got,
            verdict(in_json or bool(notes)))


def check_from_inn(ctx, subject, inn, data, main, several, url):
    """`subscriber add --from-inn` in a new database: the card it fills."""
    typ = party_type(data)
    kpp = data.get("kpp")
    label = f"{subject}: --from-inn" + (f" --kpp {kpp}" if several else "")
    db = dadata_db(ctx, label, url)
    args = ["subscriber", "add", "--type", typ, "--from-inn", inn, "--json"]
    if several:
        args += ["--kpp", kpp]
    r = abonent(ctx, args, db=db)
    card = r.json() if isinstance(r.json(), dict) else None
    if card is None:
        ctx.row(label, f"a {typ} card", f"exit {r.code}: {short(r.first_error(), 120)}", NO)
        return

    want, got, ok = [f"{typ} {inn}"], [f"{card.get('type')} {card.get('inn')}"], r.code == 0
    ok &= card.get("type") == typ and card.get("inn") == inn
    addresses = {a.get("kind"): a.get("text") for a in card.get("addresses") or []}
    if typ == "legal":
        want.append(f"kpp {kpp}, ogrn {data.get('ogrn')}, a name")
        got.append(f"kpp {card.get('kpp')}, ogrn {card.get('ogrn')}, {card.get('name')!r}")
        ok &= card.get("kpp") == kpp and card.get("ogrn") == data.get("ogrn") and bool(card.get("name"))
        if data.get("branch_type") == "BRANCH":
            # A branch: its own address is the actual one, the head office's the legal one.
            want.append("actual = branch address" + (", legal = head office's" if main else ""))
            ok &= addresses.get("actual") in address_texts(data)
            if main:
                ok &= addresses.get("legal") in address_texts(main)
        elif address_texts(data):
            want.append("legal address")
            ok &= addresses.get("legal") in address_texts(data)
        else:
            want.append("no address (the answer has none)")
            ok &= not addresses
    else:
        fio = data.get("fio") or {}
        expect = [fio.get("surname"), fio.get("name"), fio.get("patronymic")]
        names = [card.get("last_name"), card.get("first_name"), card.get("middle_name")]
        want.append(f"{' '.join(filter(None, expect))}, ogrnip {data.get('ogrn')}")
        got.append(f"{' '.join(filter(None, names))}, ogrnip {card.get('ogrnip')}")
        ok &= names == expect and card.get("ogrnip") == data.get("ogrn")
        if address_texts(data):
            want.append("its address")
            ok &= bool(set(addresses.values()) & address_texts(data))
    got.append("addresses " + (",".join(addresses) or "none"))
    ctx.row(label, "; ".join(want), "; ".join(got), verdict(ok))
    check_contacts(ctx, label, data, card)
    check_status(ctx, label, db, data, card)


def status_since(state):
    """The day `subscriber check-status` records as the status's start."""
    status = state.get("status")
    best = {"LIQUIDATED": state.get("liquidation_date"), "ACTIVE": state.get("registration_date")}.get(status)
    ms = best if best is not None else state.get("actuality_date")
    if ms is None:
        return None
    return datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc).date().isoformat()


def check_status(ctx, label, db, data, card):
    """`subscriber check-status` on the card just filled: DaData's state recorded."""
    state = data.get("state") or {}
    want_status = state.get("status") or "ACTIVE"
    want = f"status {want_status} since {status_since(state)}"
    r = abonent(ctx, ["subscriber", "check-status"], db=db)
    lines = r.jsonl() if r.out.strip() else []
    shown = abonent(ctx, ["subscriber", "show", str(card.get("id")), "--json"], db=db).json()
    st = (shown or {}).get("status") if isinstance(shown, dict) else None
    if r.code != 0 or not isinstance(st, dict):
        ctx.row(f"{label}: check-status", want, f"exit {r.code}: {short(r.first_error(), 120)}", NO)
        return
    got = f"status {st.get('value')} since {st.get('since')}" + (f", {len(lines)} line(s)" if lines else "")
    listed = want_status != "ACTIVE"
    ok = st.get("value") == want_status and st.get("since") == status_since(state) and (len(lines) == 1) == listed
    ctx.row(f"{label}: check-status", want, got, verdict(ok))


def check_contacts(ctx, label, data, card):
    """An answer's phones and e-mails fill a card given none (issue 11)."""
    phones = [(e164(p.get("value")), (p.get("data") or {}).get("extension")) for p in data.get("phones") or []]
    emails = [m.get("value", "").lower() for m in data.get("emails") or []]
    if not phones and not emails:
        return
    fmt = lambda n, x: f"{n} доб. {x}" if x else n  # noqa: E731
    want = "phones " + (",".join(fmt(n, x) for n, x in phones) or "none")
    want += "; e-mails " + (",".join(emails) or "none")
    got_phones = [(p.get("value"), p.get("extension")) for p in card.get("phones") or []]
    got = "phones " + (",".join(fmt(n, x) for n, x in got_phones) or "none")
    got += "; e-mails " + (",".join(emails_of(card)) or "none")
    ok = got_phones == phones and emails_of(card) == emails
    ctx.row(label + ": contacts", want, got, verdict(ok))


# ---------------------------------------------------------------- report


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def print_table(ctx):
    print("| file or vector | expected | got | agrees |")
    print("|---|---|---|---|")
    for row in ctx.rows:
        print("| " + " | ".join(cell(c) for c in row) + " |")
    counts = {k: sum(1 for r in ctx.rows if r[3] == k)
              for k in (YES, NO, SOURCE_ERROR, DECIDED)}
    print()
    print(f"{len(ctx.rows)} rows: {counts[YES]} agree, {counts[NO]} disagree, "
          f"{counts[SOURCE_ERROR]} source errors (the standard wins; not counted), "
          f"{counts[DECIDED]} decided by the issue or the reference (below; not counted).")
    for note in ctx.notes:
        print(f"- {note}")
    return counts[NO] == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--real", required=True, type=Path)
    ap.add_argument("--work", required=True, type=Path)
    a = ap.parse_args()
    # A TERM unwinds like an interrupt, so the DaData stand-in is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    ctx = Ctx(bin=a.bin, real=a.real, work=a.work)
    version = abonent(ctx, ["--version"])
    if version.code != 0:
        print(f"real-data: {a.bin} --version failed: {version.err.strip()}", file=sys.stderr)
        return 2
    print(f"{version.out.strip()} against {a.real}\n", file=sys.stderr)
    check_onec(ctx)
    check_vectors(ctx)
    check_dadata(ctx)
    return 0 if print_table(ctx) else 1


if __name__ == "__main__":
    sys.exit(main())
