//! `abonent subscriber …`: add, edit, show, list, archive, restore,
//! reset-password, verify-password, export (send-credentials is in
//! `send.rs`; check-status, duplicates and merge in `upkeep.rs`; forget in
//! `privacy.rs`).

use super::card_flags::{extra_pair, CardFlags};
use super::card_view::{
    card_columns, extra_names, flat_card, print_card, print_cards, print_saved,
};
use super::counts;
use super::csv_out::CsvOut;
use super::lookup::LookupFlags;
use super::output::{cell, lookup, Format};
use super::{Ctx, Outcome};
use crate::core::lookup::Filled;
use crate::core::subscribers::{CardInput, PasswordChoice};
use crate::error::Error;
use crate::model::fields::FieldValue;
use crate::model::Kind;
use crate::store::listing::{ListQuery, Sort};
use crate::t;
use clap::{Args, Subcommand, ValueEnum};
use std::io::{BufRead, IsTerminal, Read, Write};

/// A card type as typed: the English name or its Russian word
/// (`юрлицо`, `ип`, `физлицо`), wherever a type is given on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    #[value(alias = "юрлицо")]
    Legal,
    #[value(alias = "ип")]
    Ip,
    #[value(alias = "физлицо")]
    Person,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Legal => Kind::Legal,
            KindArg::Ip => Kind::Ip,
            KindArg::Person => Kind::Person,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Name,
    Created,
    Login,
}

#[derive(Debug, Subcommand)]
pub enum SubscriberCmd {
    /// Add a card; prints it with the generated login and password
    Add(AddArgs),
    /// Change fields of a card; --clear FIELD empties one
    Edit(EditArgs),
    /// Show one card
    Show(RefArg),
    /// List cards (active ones unless --archived or --all; 100 unless --limit)
    List(ListArgs),
    /// Archive a card (it keeps its login and history)
    Archive(RefArg),
    /// Bring an archived card back
    Restore(RefArg),
    /// Set a new password: generated and printed once, or read with --password-stdin
    ResetPassword(ResetArgs),
    /// Check a password read from stdin: exit 0 when it matches, 3 when not
    VerifyPassword(VerifyArgs),
    /// Every card, every field: a backup (JSON lines unless --format)
    #[command(
        long_about = "Every card (active and archived) with every field. Without --format \
it writes JSON lines, one card per line as `subscriber show --json` prints it: a faithful backup. \
--format csv writes one column per field (extra fields as extra.<name>); a cell starting with \
=, +, -, @, a tab or a carriage return gets a leading apostrophe so a spreadsheet shows it as \
text instead of running it as a formula (a phone +7… becomes '+7…); --raw leaves every cell as \
it is, for programs."
    )]
    Export(ExportArgs),
    /// Make a new password and send it to the subscriber by e-mail or SMS, or print a memo (asks first; --force in scripts)
    SendCredentials(super::send::SendArgs),
    /// Ask DaData again for the status of every active legal and ip card; list those not active (JSON lines)
    #[command(
        long_about = "Asks DaData again, bypassing the answer cache, for every active legal and \
ip card with an INN (never checked first, then the longest unchecked), at most setting \
dadata.rate requests a second, and records each card's status with the day of the check (the \
card's JSON gets \"status\": {\"value\", \"checked_on\", \"since\"}). Prints one JSON line \
per card that is not ACTIVE (LIQUIDATING, LIQUIDATED, BANKRUPT, REORGANIZING, or NOT_FOUND when \
DaData has no such party) with its personal manager, as it is found. A change of status is a \
history entry. --archive-liquidated archives the liquidated cards, naming DaData's date in the \
history. When DaData fails the run stops with exit 6; the cards checked so far stay recorded."
    )]
    CheckStatus(super::upkeep::CheckStatusArgs),
    /// Groups of active cards that are probably one subscriber twice, with the reasons
    #[command(
        long_about = "Groups of active cards that are probably one subscriber twice, each with \
its reasons: the same INN that no KPP tells apart (a head office's branches, each with its own KPP, \
are not listed), the same passport series and number, the same phone or e-mail on different cards, \
names equal once folded and with their words in any order («Иванов Иван» and «Иван Иванов»). A set \
of cards is listed once with every reason that put it together. JSON: an array of {\"reasons\": \
[{\"by\", \"value\"}], \"cards\": [{\"id\", \"uid\", \"login\", \"display_name\", \"type\", \
\"inn\", \"kpp\"}]}; a table or CSV: one row per card with its group's number. Nothing is \
changed."
    )]
    Duplicates(super::upkeep::DuplicatesArgs),
    /// Join two cards of one subscriber: OTHER's data onto KEEP, OTHER archived (asks first; --force in scripts)
    #[command(
        long_about = "Joins two cards of one subscriber. KEEP takes from OTHER each field, \
address and extra value it lacks (with --prefer other: each OTHER has), OTHER's e-mails, phones \
and groups it does not have, and OTHER's 1C id and code when it has none of its own; OTHER's \
contracts, employees and history become KEEP's. OTHER is archived and points at KEEP: a REF to \
OTHER's login or uid then shows KEEP, and the 1C import matches OTHER's counterparty to KEEP \
(counted skipped, with a note; KEEP is not overwritten). One history entry on each card. Prints \
KEEP. Asks at a terminal; elsewhere it needs --force (--yes is not enough)."
    )]
    Merge(super::upkeep::MergeArgs),
    /// Destroy an archived person's or sole trader's personal data (152-ФЗ) and write the act
    #[command(
        long_about = "Destroys the personal data of an archived person or sole trader whose card has \
been archived longer than setting privacy.retention_days (--early --why TEXT: sooner): names \
(replaced by «Удалено DATE»), document, birth date and place, addresses, e-mails, phones, the \
comment, extra fields defined --personal, DaData's cached answers about a sole trader, and their \
old values in the history, which become (erased). The uid, login, INN, contracts and history \
entries stay for accounting: the card is a tombstone that the 1C import skips and an edit \
refuses. Writes the act of destruction (Russian, per Roskomnadzor order No. 179) to stdout or \
--act FILE (0600) and keeps it: abonent privacy acts. --due lists the cards past the retention \
period (--due --force destroys them all: a monthly cron job). Asks at a terminal; elsewhere it \
needs --force (--yes is not enough)."
    )]
    Forget(super::privacy::ForgetArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// CSV for Excel: start with a UTF-8 byte order mark so Cyrillic opens correctly
    #[arg(long)]
    pub excel: bool,
}

#[derive(Debug, Args)]
pub struct RefArg {
    /// Id, login, uid, or inn:NNNN[/KPP]
    #[arg(value_name = "REF")]
    pub reference: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// legal (юрлицо), ip (ИП) or person (физлицо); asked by --interactive when not given
    #[arg(
        long = "type",
        value_name = "TYPE",
        value_enum,
        required_unless_present = "interactive",
        help_heading = "Kind"
    )]
    pub kind: Option<KindArg>,
    #[command(flatten)]
    pub card: CardFlags,
    /// Fill the requisites from DaData by this INN; flags given win
    #[arg(
        long,
        value_name = "INN",
        conflicts_with = "inn",
        help_heading = "DaData",
        long_help = "Fill the requisites from DaData by this INN: for legal the name, full name, KPP, \
OGRN, OKPO, OKATO, OKTMO, OKVED, director and post, legal address; for ip the surname, name, \
patronymic, OGRNIP, codes and address. Flags given on the command line win. An INN with branches \
needs --kpp to pick one (exit 5 lists the KPPs). Needs country RU and dadata.enabled."
    )]
    pub from_inn: Option<String>,
    #[command(flatten)]
    pub lookup: LookupFlags,
    /// Ask for the whole card at the terminal, section by section (flags given are kept)
    #[arg(long)]
    pub interactive: bool,
    /// Send the new card its login and password (email, sms) or print a memo (print) instead of printing the password
    #[arg(long, value_enum, value_name = "VIA")]
    pub send_credentials: Option<super::send::ViaArg>,
    /// With --send-credentials: one of the card's own e-mails or phones to send to
    #[arg(long, value_name = "ADDRESS", requires = "send_credentials")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Id, login, uid, or inn:NNNN[/KPP]
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Change the card's type
    #[arg(long = "type", value_name = "TYPE", value_enum, help_heading = "Kind")]
    pub kind: Option<KindArg>,
    #[command(flatten)]
    pub card: CardFlags,
    /// Empty a field (name from the field catalog, e.g. kpp, address.postal, email); repeatable
    #[arg(long, value_name = "FIELD")]
    pub clear: Vec<String>,
    /// Refresh the requisites from DaData by the card's own INN and KPP; flags given win
    #[arg(
        long,
        help_heading = "DaData",
        long_help = "Refresh the requisites from DaData by the card's own INN and KPP (or by --inn \
and --kpp when given). Takes no value. Flags given on the command line win; a field DaData has no \
value for is left as it is. Needs country RU and dadata.enabled."
    )]
    pub from_inn: bool,
    #[command(flatten)]
    pub lookup: LookupFlags,
    /// Ask for every field at the terminal, the current values offered (Enter keeps one, «-» clears it)
    #[arg(long)]
    pub interactive: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// legal, ip or person
    #[arg(long = "type", value_name = "TYPE", value_enum)]
    pub kind: Option<KindArg>,
    /// Only this category (subscriber, operator, agent, dealer)
    #[arg(long)]
    pub category: Option<String>,
    /// Only members of this group
    #[arg(long)]
    pub group: Option<String>,
    /// Only cards of this personal manager
    #[arg(long)]
    pub manager: Option<String>,
    /// Case-insensitive text in name, full name, INN, login, e-mail or phone (ё = е)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only cards with this INN (branches included)
    #[arg(long)]
    pub inn: Option<String>,
    /// Only cards whose extra field NAME has VALUE (compared normalised); repeatable
    #[arg(long, value_name = "NAME=VALUE")]
    pub extra: Vec<String>,
    /// Only archived cards
    #[arg(long, conflicts_with = "all")]
    pub archived: bool,
    /// Active and archived cards
    #[arg(long)]
    pub all: bool,
    /// Only cards whose new password has not reached the subscriber (a failed or interrupted send)
    #[arg(long)]
    pub credentials_pending: bool,
    /// At most N cards (0 = no limit)
    #[arg(long, default_value_t = 100, value_name = "N", value_parser = counts())]
    pub limit: u64,
    /// Skip the first N cards (for paging)
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = counts())]
    pub offset: u64,
    /// Order by display name, creation or login
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortArg,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Id, login, uid, or inn:NNNN[/KPP]
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Read the new password from the first line of stdin instead of generating one
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The login whose password is checked
    pub login: String,
}

pub fn run(ctx: &Ctx, cmd: SubscriberCmd) -> Outcome {
    match cmd {
        SubscriberCmd::Add(a) => add(ctx, a),
        SubscriberCmd::Edit(a) => edit(ctx, a),
        SubscriberCmd::Show(r) => {
            let mut reg = ctx.open()?;
            let card = reg.show(&r.reference)?;
            if let Some(w) = reg.note_reads("show", &[(card.id, card.kind)]) {
                ctx.out.warn(w);
            }
            print_card(ctx, &card, None)?;
            Ok(0)
        }
        SubscriberCmd::List(a) => list(ctx, a),
        SubscriberCmd::Archive(r) => archive(ctx, &r.reference, true),
        SubscriberCmd::Restore(r) => archive(ctx, &r.reference, false),
        SubscriberCmd::ResetPassword(a) => {
            let typed = a.password_stdin.then(|| read_secret(true)).transpose()?;
            let saved = ctx.open()?.reset_password(&a.reference, typed)?;
            print_saved(ctx, &saved)?;
            Ok(0)
        }
        SubscriberCmd::VerifyPassword(a) => {
            let pw = read_secret(false)?;
            if ctx.open()?.verify_password(&a.login, &pw)? {
                ctx.out.note(t!("password-matches"));
                Ok(0)
            } else {
                Err(Error::invalid(
                    "password",
                    t!("password-no-match", login = a.login.as_str()),
                )
                .into())
            }
        }
        SubscriberCmd::Export(a) => export(ctx, a),
        SubscriberCmd::SendCredentials(a) => super::send::send_credentials(ctx, a),
        SubscriberCmd::CheckStatus(a) => super::upkeep::check_status(ctx, a),
        SubscriberCmd::Duplicates(a) => super::upkeep::duplicates(ctx, a),
        SubscriberCmd::Merge(a) => super::upkeep::merge(ctx, a),
        SubscriberCmd::Forget(a) => super::privacy::forget(ctx, a),
    }
}

/// The longest password line read from stdin, in bytes.
const SECRET_MAX: usize = 4096;

/// Reads one line from stdin (a hidden prompt on a terminal).
/// A password from stdin. At a terminal (with `--yes` too: the line is
/// typed all the same) it is never echoed, and a new one (`new`) is asked
/// twice.
fn read_secret(new: bool) -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        return Ok(if new {
            super::form::typed_password()?
        } else {
            dialoguer::Password::new()
                .with_prompt(t!("form-password").into_string())
                .interact()?
        });
    }
    // One line, read with a bound: a password is short, and stdin may be
    // anything a script pipes in.
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(SECRET_MAX as u64 + 1)
        .read_until(b'\n', &mut bytes)?;
    if bytes.len() > SECRET_MAX {
        return Err(
            Error::invalid("password", t!("password-stdin-too-long", max = SECRET_MAX)).into(),
        );
    }
    let Ok(line) = String::from_utf8(bytes) else {
        return Err(Error::invalid("password", t!("password-stdin-not-utf8")).into());
    };
    let pw = line.trim_end_matches(['\n', '\r']).to_string();
    if pw.is_empty() {
        return Err(Error::invalid("password", t!("password-stdin-empty")).into());
    }
    Ok(pw)
}

fn password_choice(flags: &CardFlags) -> anyhow::Result<PasswordChoice> {
    Ok(if flags.password_stdin {
        PasswordChoice::Typed(read_secret(true)?)
    } else if flags.no_password {
        PasswordChoice::None
    } else {
        PasswordChoice::Default
    })
}

fn add(ctx: &Ctx, a: AddArgs) -> Outcome {
    let mut reg = ctx.open()?;
    let mut input = CardInput {
        kind: a.kind.map(Kind::from),
        values: a.card.values()?,
        password: password_choice(&a.card)?,
    };
    let mut from_inn = a.from_inn.clone();
    if a.interactive {
        if !ctx.can_prompt() {
            return Err(Error::invalid("interactive", t!("form-not-a-terminal")).into());
        }
        let lookups = reg.settings().bool("dadata.enabled");
        let answers = super::form::ask(reg.settings(), input.kind, None, lookups)?;
        input.kind = Some(answers.kind);
        // Flags given on the command line come after the answers, so
        // they win.
        let flags = std::mem::take(&mut input.values);
        input.values = answers.values.into_iter().chain(flags).collect();
        if let Some(p) = answers.password {
            if matches!(input.password, PasswordChoice::Default) {
                input.password = p;
            }
        }
        from_inn = from_inn.or(answers.from_inn);
    }
    let cache = a.lookup.cache();
    let mut filled = match &from_inn {
        Some(inn) => reg.fill_from_inn(&mut input, inn, cache)?,
        None => Filled::default(),
    };
    filled.extend(reg.fill_bank(&mut input, cache)?);
    report_filled(ctx, &filled);
    // The card's credentials go to the subscriber, not to this terminal:
    // the channel is checked first, the card gets no password of its own,
    // and the one made for delivery is committed with its pending mark.
    let send = a
        .send_credentials
        .map(|v| -> anyhow::Result<_> {
            let via = crate::core::credentials::Via::from(v);
            let channel = super::send::Channel::ready(reg.settings(), &ctx.host, via, None)?;
            Ok((via, channel))
        })
        .transpose()?;
    if let Some((via, _)) = &send {
        input.password = PasswordChoice::None;
        let card = reg.preview(&input)?;
        crate::core::credentials::recipient(&card, *via, a.to.as_deref())?;
    }
    let saved = loop {
        match reg.add(input.clone()) {
            Err(e) if a.interactive => {
                let kind = input.kind.unwrap_or(Kind::Person);
                let base = crate::model::Card::new(kind);
                if !super::form::ask_again(reg.settings(), &base, kind, &mut input.values, &e)? {
                    return Err(e.into());
                }
            }
            saved => break saved?,
        }
    };
    for w in &saved.warnings {
        ctx.out.warn(t!("cli-said", text = w.to_string()));
    }
    if let Some((via, channel)) = send {
        let card = saved.card.clone();
        let to = crate::core::credentials::recipient(&card, via, a.to.as_deref())?;
        let issued = reg.issue_credentials(&card.id.to_string(), via)?;
        let shown = issued.card.clone();
        super::send::deliver_issued(ctx, &mut reg, &channel, issued, to.as_deref())?;
        if via != crate::core::credentials::Via::Print {
            print_card(ctx, &shown, None)?;
        }
        return Ok(0);
    }
    if ctx.out.format == Format::Table {
        ctx.out.note(t!(
            "subscriber-created",
            id = saved.card.id,
            login = saved.card.login.as_deref().unwrap_or("-")
        ));
    }
    print_saved(ctx, &saved)?;
    Ok(0)
}

/// Warnings of a DaData fill, and a note naming the fields it filled.
fn report_filled(ctx: &Ctx, filled: &Filled) {
    for w in &filled.warnings {
        ctx.out.warn(t!("cli-said", text = w.to_string()));
    }
    if !filled.fields.is_empty() {
        ctx.out
            .note(t!("subscriber-filled", fields = filled.fields.join(", ")));
    }
}

fn edit(ctx: &Ctx, a: EditArgs) -> Outcome {
    let mut values = a.card.values()?;
    for f in &a.clear {
        // The core refuses unknown names and `password` with the fix.
        let f = f.trim();
        values.push((f.to_string(), FieldValue::Clear));
    }
    let mut input = CardInput {
        kind: a.kind.map(Kind::from),
        values,
        password: password_choice(&a.card)?,
    };
    let mut reg = ctx.open()?;
    if a.interactive {
        if !ctx.can_prompt() {
            return Err(Error::invalid("interactive", t!("form-not-a-terminal")).into());
        }
        let current = reg.show(&a.reference)?;
        let answers = super::form::ask(reg.settings(), None, Some(&current), false)?;
        let flags = std::mem::take(&mut input.values);
        input.values = answers.values.into_iter().chain(flags).collect();
    }
    let cache = a.lookup.cache();
    let mut filled = if a.from_inn {
        reg.fill_from_card(&a.reference, &mut input, cache)?
    } else {
        Filled::default()
    };
    filled.extend(reg.fill_bank(&mut input, cache)?);
    report_filled(ctx, &filled);
    let saved = loop {
        match reg.edit(&a.reference, input.clone()) {
            Err(e) if a.interactive => {
                let current = reg.show(&a.reference)?;
                let kind = input.kind.unwrap_or(current.kind);
                if !super::form::ask_again(reg.settings(), &current, kind, &mut input.values, &e)? {
                    return Err(e.into());
                }
            }
            saved => break saved?,
        }
    };
    for w in &saved.warnings {
        ctx.out.warn(t!("cli-said", text = w.to_string()));
    }
    if !saved.changed {
        ctx.out.note(t!("cli-nothing-changed"));
    }
    print_saved(ctx, &saved)?;
    Ok(0)
}

fn archive(ctx: &Ctx, reference: &str, archived: bool) -> Outcome {
    let saved = ctx.open()?.set_archived(reference, archived)?;
    if !saved.changed {
        ctx.out.note(if archived {
            t!("subscriber-already-archived")
        } else {
            t!("subscriber-not-archived")
        });
    }
    print_saved(ctx, &saved)?;
    Ok(0)
}

fn list(ctx: &Ctx, a: ListArgs) -> Outcome {
    let reg = ctx.open()?;
    let query = ListQuery {
        kind: a.kind.map(|k| Kind::from(k).to_string()),
        category: a.category,
        group: a.group,
        manager: a.manager,
        inn: a.inn,
        extra: a
            .extra
            .iter()
            .map(|e| extra_pair(e))
            .collect::<Result<_, _>>()?,
        archived: if a.all { None } else { Some(a.archived) },
        credentials_pending: a.credentials_pending,
        sort: match a.sort {
            SortArg::Name => Sort::Name,
            SortArg::Created => Sort::Created,
            SortArg::Login => Sort::Login,
        },
        limit: a.limit,
        offset: a.offset,
        ..ListQuery::default()
    };
    let cards = reg.list(query, a.search.as_deref())?;
    print_cards(ctx, &cards, &extra_names(&reg))?;
    if a.limit > 0 && cards.len() as u64 == a.limit {
        ctx.out.note(t!("subscriber-list-limited", n = a.limit));
    }
    Ok(0)
}

fn export(ctx: &Ctx, a: ExportArgs) -> Outcome {
    let mut reg = ctx.open()?;
    // The cards read, for the read log (`privacy.log_reads`).
    let mut read: Vec<(i64, Kind)> = Vec::new();
    let extra = extra_names(&reg);
    // A backup by default: every field of every card, as JSON lines.
    let format = if ctx.global.format_given() {
        ctx.out.format
    } else {
        Format::Jsonl
    };
    match format {
        Format::Csv => {
            // Streamed one card at a time, whatever the database size.
            let columns = card_columns(&extra);
            let mut out = std::io::stdout().lock();
            if a.excel {
                out.write_all(b"\xEF\xBB\xBF")?;
            }
            let mut csv = CsvOut::new(out, ctx.out.raw);
            csv.row(&columns)?;
            let lang = ctx.out.text_lang();
            reg.export(|card| {
                read.push((card.id, card.kind));
                let flat = flat_card(card, lang);
                Ok(csv.row(columns.iter().map(|c| cell(lookup(&flat, c))))?)
            })?;
            csv.flush()?;
        }
        Format::Jsonl => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            reg.export(|card| {
                read.push((card.id, card.kind));
                serde_json::to_writer(&mut w, card).map_err(std::io::Error::from)?;
                Ok(w.write_all(b"\n")?)
            })?;
            w.flush()?;
        }
        _ => {
            let mut all = Vec::new();
            reg.export(|c| {
                read.push((c.id, c.kind));
                all.push(c.clone());
                Ok(())
            })?;
            if ctx.out.format == Format::Table {
                ctx.out.note(t!("subscriber-export-table"));
            }
            print_cards(ctx, &all, &extra)?;
        }
    }
    if let Some(w) = reg.note_reads("export", &read) {
        ctx.out.warn(w);
    }
    Ok(0)
}
