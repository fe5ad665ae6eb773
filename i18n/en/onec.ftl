# Reading 1C files (src/onec): CSV lists, CommerceML, EnterpriseData.

# Where a row or a field is in the file.
onec-line = line { $line }
onec-source-column = column «{ $heading }»
onec-source-element = element { $elements }
# Recognising the file (import-1c).
onec-bank-statement = this is a 1C bank statement (1CClientBankExchange), not a counterparty list: export the Контрагенты catalog as CSV, CommerceML or EnterpriseData
onec-zip = this is a ZIP archive (an .xlsx workbook?), not a 1C export: save the list as CSV, or unpack the archive
onec-binary = binary data, not a 1C export (an Excel workbook? save the list as CSV)
onec-xml-no-namespace = XML with root element <{ $root }> but without the 1C exchange namespace ({ $namespace }): not an EnterpriseData file
onec-xml-other-root = XML with root element <{ $root }>, not a 1C counterparty export: expected CommerceML (<{ $commerceml }>) or EnterpriseData (<Message>)
onec-xml-no-root = XML without a recognisable root element, not a 1C counterparty export: expected CommerceML (<{ $commerceml }>) or EnterpriseData (<Message>)
onec-cannot-read = cannot read the file: { $reason }
onec-empty = the file is empty
onec-utf16 = the file is in UTF-16 (Excel's «Unicode text»?): save it as «CSV UTF-8» or «CSV (разделители — точка с запятой)», or export XML from 1C
# A warning.
onec-mislabelled-utf8 = the file declares encoding="windows-1251" but its bytes are UTF-8 (re-saved by an editor?): read as UTF-8; pass --encoding windows-1251 to override
# CSV lists.
onec-map-unknown-field = --map { $header }={ $field }: `{ $field }` is not a card field (use a field catalog name or extra.<name>)
onec-map-empty-heading = --map { $header }={ $field }: the heading is empty
onec-bad-delimiter = --delimiter { $delimiter } cannot separate CSV cells
onec-no-rows = no column headings: the file has no rows
# A note.
onec-column-ignored = column `{ $heading }` ignored
onec-no-headings = none
onec-map-no-column = { $entries }: the file has no such column; its headings are: { $headings } (headings match ignoring case, spaces, dots and ё/е)
onec-heading-line-empty = the heading line is empty
onec-no-known-headings = no known column headings ({ $list }); name them with --map HEADER=FIELD, or if they look garbled the file is in another encoding: save it as UTF-8 or Windows-1251, or pass --encoding
# A skipped row, counted in the summary.
onec-folder-row = folder row «{ $name }»
onec-unterminated-quote = unterminated quote: the quoted cell opened on line { $line } runs to the end of the file
onec-row-too-long = the row starting on line { $line } is longer than { $max } MiB: a quote left open?
# CommerceML and EnterpriseData.
# $what: goods or offers.
onec-commerceml-other = this commerceml file holds { $what ->
    [goods] a catalog of goods (import.xml: <Классификатор>, <Каталог>)
   *[offers] offers: prices and stock (offers.xml: <ПакетПредложений>)
}, not counterparties: 1C writes counterparties in the exchange with the site's orders (orders.xml: <Документ> with <Контрагенты>) or in a <Контрагенты> export; or export the «Контрагенты» catalog as EnterpriseData («Универсальный обмен данными в формате XML») or as a CSV list
onec-commerceml-root = not a commerceml file: the root element is <{ $found }>, not <{ $root }>
onec-commerceml-no-root = not a commerceml file: no <{ $root }> element
onec-ed-version = unsupported enterprisedata version: the body is in { $namespace }; only 1.x is read
onec-ed-no-body = not an enterprisedata message: no <Body> element
# XML that cannot be read.
xml-truncated-in = malformed xml: the file ends inside <{ $element }> (the file may be truncated)
xml-truncated = malformed xml: the file ends inside an element (the file may be truncated)
xml-value-too-big = a value over 1 MiB
xml-not-utf8 = malformed xml: text is not valid utf-8
xml-undefined-entity = malformed xml: undefined entity &{ $name }; (entities declared in a DOCTYPE are not expanded)
xml-unterminated-entity = malformed xml: `&` without a closing `;`
xml-bad-char-ref = malformed xml: bad character reference: { $reason }
xml-long-name = malformed xml: an element name over 1 KiB
xml-too-deep = malformed xml: elements nested deeper than { $max } levels
xml-read-error = read error: { $reason }
# $what: bang, pi, comment, doctype, cdata, tag.
xml-syntax = malformed xml: { $what ->
    [bang] unknown markup after `<!`
    [pi] `<?` without a closing `?>` (the file may be truncated)
    [comment] a comment without a closing `-->` (the file may be truncated)
    [doctype] a DOCTYPE without a closing `>` (the file may be truncated)
    [cdata] a CDATA section without a closing `]]>` (the file may be truncated)
   *[tag] a tag without a closing `>` (the file may be truncated)
}
xml-mismatched-end = malformed xml: </{ $found }> closes <{ $expected }>
xml-unmatched-end = malformed xml: </{ $found }> closes no open element
xml-malformed = malformed xml: { $reason }
