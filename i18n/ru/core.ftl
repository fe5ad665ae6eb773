# Сообщения ядра реестра (src/core): карточки, договоры, настройки, импорт.

card-id-not-found = нет карточки с id { $id }
card-archived = карточка { $id } в архиве; сначала восстановите её
value-problem = `{ $value }`: { $problem }
date-unreadable = `{ $value }` — не дата; используйте YYYY-MM-DD или DD.MM.YYYY
login-numbering-off = обязателен: автоматическая нумерация выключена (настройка login.template пуста); { $from ->
    [file] задайте login.template (`abonent settings set login.template …`)
   *[flags] укажите --login
}
phone-warning = телефон `{ $value }`: { $problem }
phone-words-left-out = «{ $words }» не входит в номер и не сохраняется; имена и примечания пишите в комментарий
phone-words-refused = `{ $value }`: после номера есть слова; укажите только номер
contract-before-signing = { $date } раньше даты подписания { $signed }; укажите более позднюю дату
contract-not-found = нет договора с номером `{ $number }`; см. `abonent contract list`
days-past-calendar = { $days } дн. — за пределами календаря
days-negative = должно быть 0 или больше
contract-number-shape = номер договора — от 1 до 64 печатных символов
contract-numbering-off = обязателен: автоматическая нумерация выключена (настройка contract.template пуста); укажите --number
contract-number-taken = номер `{ $number }` уже занят (карточка { $card }); укажите другой --number или оставьте нумерацию contract.template
contract-already-closed = `{ $number }` уже закрыт { $closed }
contract-nothing-to-change = нечего менять; укажите --signed-on или --valid-to
contract-after-closing = { $signed } позже даты закрытия { $closed }; укажите более раннюю дату

field-too-long = длина { $n ->
    [one] { $n } знак
    [few] { $n } знака
   *[other] { $n } знаков
}, а предел — { $max } (README, Fields); сократите
extra-not-integer = `{ $value }` — не целое число; используйте цифры, например 42
extra-not-decimal = `{ $value }` — не десятичное число; используйте цифры с , или . (например 12,5)
extra-not-bool = `{ $value }` — не значение да/нет; используйте true, false, yes, no, да, нет, 1 или 0
extra-not-allowed = `{ $value }` нет среди допустимых значений: { $allowed }
extra-no-match = `{ $value }` не соответствует шаблону { $pattern }
extra-bad-regex = `{ $pattern }` — неверное регулярное выражение: { $reason }
extra-regex-syntax = синтаксическая ошибка
extra-not-for-kind = не используется в карточках { $kind } (только { $kinds }); очистите его: --clear { $field }
extra-unknown-type = у `{ $name }` в базе неизвестный тип { $ty }
extra-name-shape = имя `{ $name }` — строчные латинские буквы, цифры и _, начиная с буквы (не больше 64)
extra-enum-needs-values = для enum нужны допустимые значения; укажите --values a,b,c
extra-values-only-enum = допустимые значения бывают только у enum; уберите --values или укажите --type enum
extra-not-defined = нет дополнительного поля `{ $name }`; см. `abonent extra-field list`
extra-card-holds-bad = в карточке { $id }: { $problem }; сначала исправьте или очистите это значение
extra-card-kind-holds = карточка { $id } вида { $kind } содержит `{ $value }`; сначала очистите значение или добавьте { $kind } в --for
extra-named-in-setting = `{ $name }` указано в настройке { $key }; сначала уберите его из этого списка
extra-has-values = `{ $name }` заполнено в { $n } { $n ->
    [one] карточке
   *[other] карточках
}; повторите с --force, чтобы удалить значения вместе с полем
employee-needs = у сотрудника оно обязательно; укажите --{ $flag }
employee-person-card = карточка { $id } ({ $name }) — физлицо; сотрудники бывают только у юрлиц и ИП
employee-not-found = нет сотрудника с id { $id }; см. `abonent employee list REF`

template-unclosed = незакрытая `{"{"}` в шаблоне `{ $template }`
template-bad-width = `{"{"}{ $token }{"}"}`: ширина — число от 1 до 32
template-unknown-placeholder = неизвестная подстановка `{"{"}{ $token }{"}"}`; используйте seq, seq:N, type, inn, yyyy, yy, mm, rand:N
template-needs-inn = { $setting } использует {"{"}inn{"}"}, но у карточки нет ИНН; { $fix }
template-all-taken = все значения { $field }, которые дал { $setting }, заняты; измените { $setting } или { $fix }
contract-fix-number = укажите --number
login-fix-flag = укажите --login
login-fix-file = укажите логин в строке файла или измените login.template
setting-bad-regex = неверное регулярное выражение: { $reason }
gate-group-no-id = у проверенной группы нет id
login-pattern-mismatch = `{ $login }` не соответствует { $pattern }; { $drawn ->
    [yes] login.template даёт логины, которые отвергает настройка login.pattern; измените одну из них
   *[no] укажите логин, который ей соответствует (настройка login.pattern)
}
login-taken = логин `{ $login }` уже занят
inn-with-kpp = ИНН { $inn } с КПП { $kpp }
inn-alone = ИНН { $inn }
inn-taken-in-batch = { $what } уже есть у другой карточки этого пакета
inn-taken = { $what } уже зарегистрирован за карточкой { $id } ({ $name }); измените ту карточку или сначала отправьте её в архив
manager-not-found-add = нет менеджера `{ $name }`; добавьте его: `abonent manager add`
group-not-found-add = нет группы `{ $name }`; сначала добавьте её: `abonent group add`
import-inn-branches = ИНН { $inn } подходит к { $n ->
    [one] { $n } карточке
   *[other] { $n } карточкам
} (филиалы); добавьте колонку КПП, чтобы строка указывала одну
setting-unknown = неизвестная настройка; `abonent settings list` показывает все ключи
name-exists = `{ $name }` уже есть
name-empty = имя не может быть пустым
group-not-found = нет группы `{ $name }`; см. `abonent group list`
group-has-members = в группе `{ $name }` { $n } { $n ->
    [one] абонент
    [few] абонента
   *[other] абонентов
}; сначала переведите их или повторите с --force
manager-not-found = нет менеджера `{ $name }`; см. `abonent manager list`
manager-has-cards = за `{ $name }` закреплено { $n } { $n ->
    [one] абонент
    [few] абонента
   *[other] абонентов
}; сначала назначьте им другого менеджера
password-alphabet-empty = после password.exclude не осталось символов; расширьте алфавит
password-alphabet-no-first = после password.exclude остались только = + - @, а с них пароль начинаться не может (таблица выполнит его как формулу); расширьте алфавит
password-too-short = слишком короткий: нужно не меньше { $min } знаков (настройка password.min_length)
password-control-chars = содержит управляющие символы
password-hash-failed = не удалось вычислить хеш: { $reason }
card-ref-not-found = нет карточки `{ $reference }`; укажите id, логин, uid или inn:NNNN[/KPP]
card-ref-ambiguous = `{ $reference }` подходит к { $n ->
    [one] { $n } карточке
   *[other] { $n } карточкам
}: { $cards }; добавьте /KPP или укажите id
card-type-required = обязателен для новой карточки; укажите --type legal, ip или person
card-type-unknown = `{ $value }` — не legal, ip или person
search-empty = пустой текст поиска; укажите хотя бы один символ
search-too-many-words = не больше { $max } разных слов, указано { $got }; сократите запрос

card-ref-listed = { $id } ({ $name }, КПП { $kpp }{ $archived ->
    [yes] , в архиве
   *[no] { "" }
})

reason = { $reason }
field-problem = { $field }: { $problem }
checksum-saved-anyway = { $field }: { $reason } (всё равно сохранено: validation.checksums = warn)
ask-no-column = { $label } (в файле нет такой колонки)
ask-give-flags = укажите { $names }
ask-give-file = заполните { $names } в 1С и выгрузите заново
field-fix-flags = уберите { $flag } или очистите поле: --clear { $field }
field-fix-file = очистите { $field } в 1С или исправьте вид контрагента
field-not-for-kind = не используется в карточках { $kind }; { $fix }
person-has-employees = у физлица не бывает сотрудников, а у этой карточки их { $n }; сначала удалите их: `abonent employee remove ID`
value-not-one-of = `{ $value }` нет среди { $allowed }
delivery-address-required = обязателен для счетов, отправляемых почтой или курьером; { $give } (настройка invoice.deliverers)
required-missing = обязательно для карточек { $kind }, но не заполнено; { $give } (настройка required.{ $kind }{ $extra ->
    [yes] { " " }или `abonent extra-field define … --required`
   *[no] { "" }
})
tax-id-needs-country = это иностранный налоговый номер нерезидента; { $give } (у резидента — ИНН)
country-unknown = `{ $value }` — не страна; укажите код ISO (KZ), код ОКСМ (398) или название (Казахстан)
errors-also = { $first }; также { $rest }
inn-legal-12-digits = в { $inn } 12 цифр, а в ИНН организации их 10; если она зарегистрирована за рубежом, укажите страну в { $field }
account-needs-bik = для проверки ключа нужен БИК банка; { $give }

setting-no-default = нельзя вернуть значение по умолчанию: { $reason }
setting-not-bool = `{ $value }` — не true и не false
setting-int-range = `{ $value }`: нужно целое число от { $lo } до { $hi }
setting-unknown-fields = { $n ->
    [one] неизвестное имя поля
   *[other] неизвестные имена полей
}: { $names }; см. каталог полей в README
setting-flags-empty = укажите хотя бы одно из { $allowed }
setting-country-unknown = `{ $value }` нет в таблице ОКСМ; укажите двухбуквенный код страны, например RU или KZ
setting-template-constant = `{ $value }` каждый раз даёт один и тот же текст, и свободным будет только первый; добавьте { $inn ->
    [yes] {"{"}seq{"}"}, {"{"}rand:N{"}"} или {"{"}inn{"}"}
   *[no] {"{"}seq{"}"} или {"{"}rand:N{"}"}
} или сделайте её пустой, чтобы выключить нумерацию
setting-not-email = `{ $value }` — не адрес e-mail: { $reason }
setting-token-chars = содержит символы, недопустимые в заголовке HTTP (пробелы, не-ASCII, управляющие); вставьте только ключ
setting-too-many-groups = называет { $n ->
    [one] { $n } группу
    [few] { $n } группы
   *[other] { $n } групп
}, а в карточке их не больше { $max }; укажите меньше
setting-no-card-type = настройка не относится ни к одному виду карточек
setting-required-foreign = { $fields } не { $n ->
    [one] используется
   *[other] используются
} в карточках { $kind }, и ни одну карточку { $kind } нельзя было бы сохранить; { $n ->
    [one] уберите это поле
   *[other] уберите эти поля
}
setting-url-bad = `{ $value }` { $why }; укажите URL http(s) с хостом, например { $example }
settings-smtp-url-bad = `{ $value }` { $why }; укажите smtp://host:587 (STARTTLS), smtps://host:465 или smtp://host:25
url-unreadable = — не URL ({ $reason })
url-not-http = — не URL http(s)
url-not-smtp = — не URL smtp:// или smtps://
url-no-host = — в нём нет хоста
url-query = — в нём есть запрос или фрагмент, и путь метода попал бы в них
url-holds-login = — в нём логин; задайте вместо этого smtp.user и ABONENT_SMTP_PASSWORD
url-more-than-host = — в нём есть что-то кроме хоста и порта
setting-password-alphabet-empty = при password.alphabet `{ $alphabet }` и password.exclude `{ $exclude }` для паролей не остаётся ни одного символа; исключите меньше символов или расширьте алфавит
setting-password-length = создаваемые пароли были бы длиной { $length } (password.length), меньше { $min }, нужных введённому (password.min_length); password.length должна быть не меньше password.min_length
setting-required-undefined-extra = нет дополнительного поля `{ $extra }`, и ни одну карточку { $kind } нельзя было бы сохранить; сначала определите его: `abonent extra-field define { $extra } --type …`
setting-required-extra-kind = дополнительное поле `{ $extra }` не используется в карточках { $kind }, и ни одну карточку { $kind } нельзя было бы сохранить; уберите его

lookup-no-kpp = без КПП
lookup-branch-no-kpp = без КПП ({ $branch })
lookup-kind = { $kind ->
    [legal] юрлицо (legal)
    [ip] ИП (ip)
   *[person] физлицо (person)
}
lookup-not-russia = поиск в DaData работает только для страны RU, а в этом реестре задана `{ $country }`; измените её: `abonent settings set country RU`
lookup-off = поиск в DaData выключен; включите его: `abonent settings set dadata.enabled true`
lookup-with-kpp =  с КПП { $kpp }
lookup-branch-only =  (только { $branch })
lookup-party-not-found = { $what } не найден в DaData; проверьте номер (компании, зарегистрированной в последние дни, там может ещё не быть)
lookup-bank-not-found = { $bik } не найден в DaData; проверьте БИК или укажите --bank-name и --corr-account
lookup-type-required = обязателен с --from-inn; укажите --type legal или ip
lookup-card-no-inn = у карточки нет ИНН для поиска; укажите --inn вместе с --from-inn
lookup-person = заполняет только карточки юрлиц и ИП: о физлице в DaData записи нет
lookup-kpp-kept = kpp: в DaData у { $inn } КПП { $theirs }; в карточке остаётся указанный КПП { $kpp }
lookup-kpp-taken = kpp: в DaData у { $inn } теперь КПП { $theirs }, а не { $kpp }; карточка получает { $theirs }
lookup-fill-not-found = { $inn } не найден в DaData; проверьте номер или заполните карточку флагами вместо --from-inn
lookup-kpp-none-matches = ни у одной записи { $inn } в DaData нет КПП { $kpp }; записей { $n }, КПП { $kpps }; укажите один из них в --kpp
lookup-many-kpps = у { $inn } в DaData записей: { $n }, КПП { $kpps }; выберите одну с помощью --kpp
lookup-kind-differs = { $inn } в DaData — { $theirs }, а не { $ours }; укажите --type { $kind }
lookup-answer-unasked = в ответе { $url } { $n ->
    [one] { $n } запись
    [few] { $n } записи
   *[other] { $n } записей
}, и ни одна не относится к запрошенному { $code ->
    [bik] БИК
   *[inn] ИНН
} { $query }{ $filters }; ответ не использован, проверьте настройку dadata.url
lookup-answer-not-json = ответ { $url } — не JSON DaData ({ $reason }); проверьте настройку dadata.url
lookup-no-token = нет ключа API DaData; выполните export ABONENT_DADATA_TOKEN=KEY, укажите его в конфигурации хоста ([secrets] dadata_token_env или dadata_token_file, см. `abonent config`) или выполните `abonent settings set dadata.token KEY`

import-reader-stopped = поток, читавший файл до конца, неожиданно остановился; ничего не импортировано
import-file-broken = { $label }: { $reason }; { $n ->
    [0] ничего не импортировано
    [one] импортирована первая { $n } строка; исправьте файл и импортируйте его снова
    [few] импортированы первые { $n } строки; исправьте файл и импортируйте его снова
   *[other] импортированы первые { $n } строк; исправьте файл и импортируйте его снова
}
import-card-vanished = карточка { $id } пропала
import-write-failed = запись строки не удалась после успешных проверок ({ $reason }); ничего не импортировано
import-inn-excel = `{ $value }` превращён Excel в число; задайте колонке ИНН текстовый формат и выгрузите заново
import-inn-unpaddable = в { $inn } { $n ->
    [one] { $n } цифра
    [few] { $n } цифры
   *[other] { $n } цифр
}, а с добавленным нулём не сходится контрольная сумма; исправьте ИНН в 1С
import-kind-unknown = не понять, юрлицо, ИП или физлицо: у контрагента нет ни { $kind_field }, ни { $inn_field }; заполните одно из них в 1С или укажите --type-default
import-unknown-field = чтение файла дало неизвестное поле { $field }
field-unknown = неизвестное поле; используйте имя из каталога полей (README, Fields), например kpp, address.postal, email
field-not-list = принимает одно значение, а не список
field-too-many-values = не больше { $max } значений в одной карточке; укажите меньше
field-password = это поле не задают и не очищают: введите пароль через --password-stdin, удалите его через --no-password или используйте reset-password
address-kind-unknown = неизвестный вид `{ $kind }`; используйте один из: { $allowed }

import-reason-in-file = { $label } ({ $source }): { $reason }

extra-undefined-on-card = нет дополнительного поля `{ $name }`; определите его: `abonent extra-field define { $name } --type …` (см. `abonent extra-field list`)
import-lookahead-stopped = поток, заранее проверявший строки, неожиданно остановился
lookup-the-party = контрагент
lookup-the-bank = банк
lookup-party-status = status: { $name } ({ $label }) в DaData в состоянии { $status }, а не ACTIVE
lookup-bank-status = bank.bik: { $name } ({ $bik }) в DaData в состоянии { $status }, а не ACTIVE
lookup-label-kpp = , КПП { $kpp }
lookup-give-flag = ; чтобы заполнить, укажите { $flag }
lookup-refused-dropped = { $field }: DaData прислал `{ $value }` для { $whose }, а проверка карточки это отвергает ({ $reason }); не заполнено{ $flag }
lookup-refused-kept = { $field }: DaData прислал `{ $value }` для { $whose }, и это не проходит проверку ({ $reason }); сохранено: validation.checksums = warn
lookup-contact-not-filled = { $field }: `{ $value }` из DaData не заполнено: { $reason }

import-too-many-contacts = содержит значений: { $n }, а карточка хранит не больше { $max }
core-grant-no-role = укажите роль PostgreSQL, под которой входит личный кабинет
core-grant-unknown-role = роли PostgreSQL { $role } нет; сначала создайте её (CREATE ROLE { $role } LOGIN PASSWORD '…'), затем выдайте права снова
duplicates-by-unknown = нельзя сравнивать по «{ $value }»: укажите в --by одно или несколько из inn, passport, phone, email, name через запятую
merge-same-card = { $keep } и { $other } — одна и та же карточка ({ $id }): укажите две разные
merge-keep-archived = карточка { $id } в архиве: сначала верните её (`abonent subscriber restore { $id }`) или оставьте другую
merge-already = карточка { $id } уже объединена с карточкой { $into }
forget-already = персональные данные карточки { $id } уже уничтожены { $on }
forget-legal = карточка { $id } — юридическое лицо: его реквизиты не персональные данные; --include-legal-contacts стирает персональные данные его сотрудников
forget-active = карточка { $id } действует: сначала отправьте её в архив (`abonent subscriber archive { $id }`); персональные данные уничтожаются только у архивных карточек
forget-too-soon = карточка { $id } в архиве с { $since }, { $days } дн.: privacy.retention_days = { $retention }, осталось { $left } дн.; --early --why "…" уничтожит раньше
forget-edit-refused = персональные данные карточки { $id } уничтожены { $on }: карточка хранится для учёта и больше не изменяется
forget-marker = Удалено { $date }
forget-act-reason-retention = истёк срок хранения ({ $days } дн. после архивации карточки { $since })
forget-act-reason-early = { $why }
read-log-not-written = журнал чтения не записан (прочитано карточек: { $n }; настройка privacy.log_reads): { $reason }
