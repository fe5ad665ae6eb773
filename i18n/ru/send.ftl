# Отправка данных для входа: send-credentials, add --send-credentials, import-1c --send-credentials, letter preview.

send-ref-or-pending = укажите карточку и --via или --pending
send-confirm-reset = Создать новый пароль для { $name } ({ $login }) и отправить его ({ $via })? Старый пароль перестанет действовать
send-needs-force = send-credentials создаёт новый пароль, и старый перестаёт действовать; повторите с --force (--yes только отключает вопросы)
send-pending-needs-force = send-credentials --pending создаёт новый пароль каждой ожидающей карточке; повторите с --force
send-pending-one-card-flags = --pending отправляет каждой карточке на её первый контакт; --to и --output — для одной карточки
send-pending-done = ожидавшие данные для входа: отправлено { $sent }, не отправлено { $failed }
send-still-pending = { $n ->
    [one] { $n } карточка всё ещё ждёт отправки: { $logins }
    [few] { $n } карточки всё ещё ждут отправки: { $logins }
   *[other] { $n } карточек всё ещё ждут отправки: { $logins }
}
smtp-url-not-set = не задан; `abonent settings set smtp.url smtp://mail.example.ru:587` (и smtp.from)
smtp-from-not-set = не задан; `abonent settings set smtp.from billing@example.ru`
sms-command-not-set = не задана; `abonent settings set sms.command /путь/к/программе` (она получает номер последним аргументом, а текст — на stdin)
send-output-only-print = --output — только для --via print; письмо и SMS отправляются
template-too-big = больше { $max } байт; шаблон письма короткий
send-failed-pending = { $reason }; новый пароль установлен и ждёт отправки (`abonent subscriber list --credentials-pending`)
send-sent = данные для входа отправлены ({ $via }) на { $to }
send-printed = памятка напечатана
send-import-no-print = импорт отправляет только по email или sms; для печатных памяток запишите пароли в файл --credentials FILE
send-max-sends = импорт отправил бы больше { $max } писем (--max-sends); ничего не импортировано: увеличьте --max-sends или сначала импортируйте без --send-credentials
send-not-sent-row = данные для входа не отправлены: { $reason }
send-no-address = нет { $via ->
    [sms] мобильного телефона
   *[other] e-mail
}, чтобы отправить данные для входа; они ждут отправки (`abonent subscriber send-credentials { $login } --via print --force`)
send-to-not-own = `{ $to }` — не { $via ->
    [sms] мобильный телефон
   *[other] e-mail
} этой карточки ({ $n ->
    [0] у неё их нет
   *[other] { $own }
}); --to выбирает один из них
send-card-has-no-address = у карточки нет { $via ->
    [sms] мобильного телефона
   *[other] e-mail
}, чтобы отправить данные для входа; добавьте его (`abonent subscriber edit`) или используйте --via print
send-archived = карточка { $id } в архиве; восстановите её, прежде чем отправлять данные для входа
