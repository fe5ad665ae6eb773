# Messages many commands share.

error-busy = locked by another writer past the busy timeout; retry, or raise setting db.busy_timeout_ms
not-confirmed = not confirmed; nothing changed
# One card's problem in a list of several.
login-problem = { $login }: { $problem }
path-problem = { $path }: { $problem }
file-cannot-read = cannot read it ({ $reason })
file-not-regular = is not a regular file
file-not-utf8 = is not UTF-8 text; save it as UTF-8
# A row of a rejects file that is a warning, not a refusal.
rejects-warning = warning: { $problem }
# The word before a warning on stderr.
warning-label = warning
