# Checks of requisites and contacts (src/requisites). Each text follows the
# field's name ("inn: must be …"), so it starts in lowercase.

req-empty = must not be empty
req-expected-separator = expected { $sep } at position { $pos }, found { $found }
req-digits-only = must be digits only, found { $found } at position { $pos }
# $whose: legal, person, none.
req-digits-exact = must be { $len } digits{ $whose ->
    [legal] { " " }for a legal entity
    [person] { " " }for a sole trader or person
   *[none] { "" }
}, got { $got }
# $count: how many check digits were expected (1 or 2).
req-checksum-mismatch = checksum mismatch for { $value } (expected { $count ->
    [one] last digit
   *[other] last two digits
} { $digits })

# $lost: yes when 9 or 11 digits were given.
inn-length = must be 10 digits for a legal entity or 12 for a sole trader or person, got { $got }{ $lost ->
    [yes] ; a leading zero may have been lost
   *[no] { "" }
}
ogrn-leading-zero = must not start with 0
ogrnip-first-digit = must start with 3 or 4, got { $got }
kpp-length = must be 9 characters (4 digits, 2 digits or latin capitals, 3 digits), got { $got }
# $not_latin: yes for a Cyrillic letter that looks like a Latin one.
kpp-reason-chars = positions 5-6 must be digits or latin capitals, found { $found } at position { $pos }{ $not_latin ->
    [yes] { " " }(not a latin letter)
   *[no] { "" }
}
kpp-digits = must be digits only in positions 1-4 and 7-9, found { $found } at position { $pos }

bik-participant = positions 7-9 must be 000-002 (the bank of russia) or 050-999 (a bank), got { $got }
# A warning, not an error.
bik-not-russian = { $bik } does not start with 04, the prefix of banks in russia; check it is the intended bank
corr-account-prefix = must start with 301 for a correspondent account, got { $got }
corr-account-bik-tail = must end with the bik's last three digits { $tail }, got { $got }; is it the correspondent account of another bank?
account-bik-wrong = cannot check the control key, the bik is wrong: { $reason }
account-key-mismatch = checksum mismatch for { $account } with bik { $bik } (control key fails, expected 9th digit { $key })

snils-shape = must be { $shape }, got { $got } digits
okpo-length = must be 8 digits for an organisation or 10 for a sole trader, got { $got }
okpo-length-repairable = must be 8 digits for an organisation or 10 for a sole trader, got { $got }; leading zeros may have been lost: { $repaired } passes the check digit
okved-shape = must be digits grouped as XX, XX.X, XX.XX, XX.XX.X or XX.XX.XX
okato-length = must be 2 to 11 digits, got { $got }
oktmo-length = must be 8 or 11 digits, got { $got }
passport-series-length = must be 4 digits (or NN NN), got { $got }
division-code-shape = must be NNN-NNN, got { $got } digits

phone-label-only = holds a label but no number; write it as +7 912 345-67-89
phone-extension-only = holds only an extension; write the number before it, as in +7 495 123-45-67 доб. 12
phone-extension-not-kept = has an extension ({ $extension }), which this field cannot keep; give the number alone
phone-extension-too-long = extension must be at most { $max } digits, got { $got }
phone-stray-char = may contain only digits, + ( ) - . / and spaces, an extension (доб. 12) and a label (тел., моб.), found { $found }; put names and notes in the comment
phone-one-plus = may have one + only, before the country code
phone-no-digits = holds no digits; write it as +7 912 345-67-89
phone-too-long = must have at most { $max } digits with the country code, got { $got }
phone-plus7-length = must have 10 digits after +7, got { $got }
phone-national-length = must have 10 digits, or 11 starting with 8 or 7, got { $got }; write a foreign number with + and its country code
phone-not-in-plan = +7 { $code } { $rest } is not in the numbering plan of russia or kazakhstan; check the area code
phone-unreadable = is not a phone number; write it as + and the country code, as in +44 20 7946 0958
phone-invalid-for-code = is not a valid number for country code +{ $code }; check the digit count and the code

email-too-long = must be at most { $max } characters, got { $got }
email-control-char = must not contain control characters, found { $found }
email-angle-brackets = must not contain < or >; give the address alone, as in name@example.ru
email-no-at = must contain @, as in name@example.ru
email-many-at = must contain exactly one @, found { $found }
email-no-local = must have a name before @
email-quoted-whole = a quoted name must be quoted whole, as in "ivan ivanov"@example.ru
email-local-spaces = must not contain spaces (only inside a quoted name, as in "ivan ivanov"@example.ru)
email-local-special = name before @ must not contain { $found } unless it is quoted, as in { $example }
email-local-dots = name before @ must not start or end with a dot or have two dots in a row
email-literal-unclosed = an address literal after @ must be closed with ], as in [192.0.2.1]
email-literal-not-ipv4 = [{ $ip }] after @ is not an ipv4 address: four numbers 0-255 joined by dots
email-domain-spaces = must not contain spaces
email-domain-char = domain after @ must not contain { $found }; it has letters, digits, hyphens and dots, as in example.ru
email-domain-no-dot = must have a domain with a dot after @, as in example.ru
email-domain-dots = domain after @ must not start or end with a dot or have two dots in a row
email-label-hyphen = domain label { $label } must not start or end with a hyphen
email-tld-digits = top-level domain { $tld } must not be all digits; an ip address is four numbers 0-255
