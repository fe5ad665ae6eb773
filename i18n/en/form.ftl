# subscriber add|edit --interactive: the form's questions.

form-left = left the form ({ $reason }); nothing was written
form-open-section = Fill in «{ $section }»?
form-required = { $label } (required)
form-needed = required: type a value
form-again = { $reason }; type it again (Enter on an empty line skips it, «-» clears it)
form-offer-lookup = Fill the requisites, names and address from DaData by this INN?
form-ask-kind = Card type
form-kind-legal = legal entity (юрлицо)
form-kind-ip = sole trader (ИП)
form-kind-person = private person (физлицо)
form-ask-password = Password
form-password-generate = generate one (shown once)
form-password-type = type one
form-password-none = none
form-password = Password
form-password-again = Password again
form-password-mismatch = the two passwords differ
form-not-a-terminal = --interactive needs a terminal on stdin, and no --yes
form-section-names = Names
form-section-requisites = Requisites
form-section-login = Login and password
form-section-addresses = Addresses
form-section-delivery = Invoice delivery
form-section-groups = Groups and manager
form-section-contacts = Contacts
form-section-bank = Bank
form-section-document = Identity document
form-section-comment = Comment
form-section-extra = Extra fields
form-hint-inn = { $kind ->
    [legal] 10 digits for a legal entity
   *[other] 12 digits
}
form-hint-kpp = 9 characters
form-hint-ogrn = 13 digits
form-hint-ogrnip = 15 digits
form-hint-bank-bik = 9 digits, 04…; fills the bank from DaData when lookups are on
form-hint-bank-account = 20 digits
form-hint-bank-corr-account = 20 digits, 301…
form-hint-email = several separated by commas
form-hint-phone = +7 912 345-67-89, several separated by commas
form-hint-group = names separated by commas
form-hint-birth-date = YYYY-MM-DD or DD.MM.YYYY
form-hint-doc-issued-on = YYYY-MM-DD or DD.MM.YYYY
form-hint-delivery = edo, post, courier, email or pickup
form-hint-login = empty: drawn from login.template
