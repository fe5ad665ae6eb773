# import-1c: warnings, notes and errors of an import run.

import-credentials-left-in-temp = { $problem }; cards were imported and their passwords are in { $path }
# Shown on stderr when no --rejects file is given.
import-row-rejected = line { $line } ({ $key }) rejected: { $field }: { $reason }
import-line-problem = line { $line }: { $problem }
# The progress bar's message.
import-progress = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $rate } rows/s
# The progress bar's time: $elapsed and $eta are the bar's own placeholders.
import-bar-times = { $elapsed } elapsed, ETA { $eta }
import-cannot-open = cannot open ({ $reason }); check the path
import-cannot-read = { $file }: cannot read: { $reason }
import-file-bad-nothing = { $file }: { $problem }; nothing was imported
import-delimiter-bad = `{ $delimiter }` cannot separate CSV cells; use ; or , or \t
import-map-form = `{ $map }`: use HEADER=FIELD, e.g. "Доп. телефон=phone"
# What an output file must not be (see write-protected).
import-what-stdin = the import's input (stdin)
import-what-input = the import's input file
import-what-credentials = the credentials file
import-changes-only = { $file } holds only changes (СодержитТолькоИзменения="true"), not a full snapshot; run without --archive-missing or export the whole catalog
import-dry-run-no-passwords = --dry-run: no passwords are generated and no credentials file is written
import-more-warnings = { $n } more warnings not shown
import-more-rejected = { $n } more rejected rows not shown; use --rejects FILE
import-empty = { $file } holds no counterparties (an empty exchange file): nothing to import
import-passwords-in = passwords of the new cards are in { $path }
import-resumed = resumed an interrupted import of this file: its { $n } committed rows were only matched
import-atomic-rejected = --atomic: rows were rejected, nothing was committed
import-dropped = { $field }{ $source } { $reason }; left out, the rest of the row is imported
import-archive-missing-skipped = --archive-missing not applied: rows were rejected, so the file is not a complete snapshot
import-inn-padded = inn: { $inn } padded to { $fixed } (a leading zero was lost; the checksum confirms it)
import-kpp-ignored = kpp { $value } ignored: a { $kind } has no KPP
import-okpo-padded = okpo: { $okpo } padded to { $fixed } (leading zeros were lost; the check digit confirms it)
import-country-unknown = country `{ $value }` is not a country the ОКСМ table knows; the counterparty is taken as registered in the registry's country
import-row-merged = the row's counterparty is card { $id }, merged into card { $keep }: skipped, card { $keep } left as it is; merge the two counterparties in 1C too
import-row-forgotten = the row's counterparty is card { $id }, whose personal data was destroyed on { $on }: skipped, nothing written back
