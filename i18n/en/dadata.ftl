# DaData's HTTP client: every way a request can fail (subject dadata, exit 6).

dadata-url-not-http = `{ $url }` is not an http(s) URL; set it with `abonent settings set dadata.url URL`
dadata-client-failed = cannot start the HTTP client: { $reason }
dadata-answer-too-long = the answer from { $url } is longer than { $limit } bytes (setting dadata.max_answer_bytes); check setting dadata.url, or raise the limit
dadata-read-failed = reading the answer from { $url } failed ({ $reason }); retry later
dadata-not-utf8 = the answer from { $url } is not UTF-8 text, so not DaData's JSON; check setting dadata.url
dadata-key-echoed = the answer from { $url } holds the API key sent with the request; DaData never sends it back, so the answer is not used and not cached; check setting dadata.url
dadata-timeout = no answer from { $url } within { $secs } s (setting dadata.timeout); retry later or raise it
dadata-cannot-connect = cannot connect to { $url } ({ $reason }); check the network and setting dadata.url
dadata-request-failed = request to { $url } failed ({ $reason }); retry later
# DaData's answer with an HTTP status other than 200.
dadata-status-400 = { $url } answered 400 bad request: the query was malformed; check the INN or BIK and setting dadata.url
dadata-status-401 = 401 unauthorized: token missing, wrong or out of quota (no or unknown API key); check ABONENT_DADATA_TOKEN or setting dadata.token
dadata-status-403 = 403 forbidden: token missing, wrong or out of quota (e-mail not confirmed, no funds or the daily limit passed); check the DaData account or retry after midnight Moscow time
dadata-status-405 = { $url } answered 405 method not allowed; check setting dadata.url (it ends with /suggestions/api/4_1/rs)
dadata-status-413 = { $url } answered 413 request too large; shorten the query
dadata-status-429 = 429 too many requests, still refused after { $retries } retries; wait a minute and retry
dadata-status-redirect = { $url } answered { $code } (a redirect); DaData does not redirect, so it was not followed and the key was sent nowhere else; check setting dadata.url
dadata-status-server = { $url } answered { $code } (server error); retry later
dadata-status-other = { $url } answered an unexpected HTTP status { $code }; check setting dadata.url
dadata-token-bad-header = the API key holds characters an HTTP header cannot carry; set it again (ABONENT_DADATA_TOKEN or `abonent settings set dadata.token KEY`)
# Part of an answer that is not what DaData sends.
dadata-wrong-shape = { $part ->
    [answer] the answer
    [suggestion] a suggestion
    [data] a suggestion's data
   *[suggestions] suggestions
} is not of DaData's shape
lookup-no-head-office = address.legal: DaData lists no head office for { $inn }, so the branch's card has no legal address; give one with --address legal=TEXT
