# Отправка данных для входа: каналы (SMTP, программа для SMS) и шаблоны письма.

deliver-via-unknown = { $value } — не канал; используйте email, sms или print
deliver-smtp-url-not-set = не задан; сначала задайте его: abonent settings set smtp.url smtps://mail.example.ru:465
deliver-sms-command-not-set = не задана; задайте программу, которая отправляет SMS: abonent settings set sms.command /путь/к/программе
deliver-letter-lang-unknown = { $value } — не язык письма; используйте ru (по умолчанию) или en

sms-not-json-array = не JSON-массив строк ({ $reason }); напишите ["/путь/к/программе", "аргумент", …]
sms-quote = содержит кавычку или обратную косую черту, но эту настройку не читает никакая оболочка; для пути или аргумента с пробелами напишите JSON-массив: ["/путь/к/программе", "аргумент"]
sms-empty = пуста; задайте программу, которая отправляет SMS: abonent settings set sms.command /путь/к/программе
sms-phone-bad = пуст или начинается с '-'; укажите номер в виде +7XXXXXXXXXX
sms-program-failed = { $program }: { $reason }
sms-cannot-run = не удаётся запустить: { $reason }
sms-timeout = не завершилась за { $secs } с (настройка sms.timeout); остановлена
sms-wait-failed = не удалось дождаться её завершения: { $reason }
sms-exited = завершилась с кодом { $code }
sms-killed = остановлена сигналом
sms-ended-saying = { $how }: { $said }

smtp-tls-unknown = { $value } — не режим TLS; используйте required (по умолчанию) или none
smtp-url-bad = { $why }; напишите smtp://host:25, smtp://host:587 (STARTTLS) или smtps://host:465 (TLS)
smtp-url-scheme = схема должна быть smtp:// или smtps://
smtp-url-user = содержит имя пользователя; задайте вместо этого smtp.user и ABONENT_SMTP_PASSWORD
smtp-url-extra = допустимы только хост и порт
smtp-url-ipv6 = у IPv6-адреса нет закрывающей ']'
smtp-url-no-host = не указан хост
smtp-url-port = { $port } — не номер порта
smtp-tls-contradicts = none противоречит smtps:// в smtp.url; для ретранслятора без шифрования используйте smtp://host:25 или удалите smtp.tls (unset)
smtp-tls-setup = { $endpoint }: не удаётся настроить TLS: { $reason }
smtp-clear-password = с none пароль smtp.user ушёл бы на { $endpoint } открытым текстом; используйте STARTTLS (удалите smtp.tls) или ретранслятор на этой машине
smtp-password-missing = smtp.user задан, а пароля нет; задайте ABONENT_SMTP_PASSWORD или укажите его в конфигурации хоста ([secrets] smtp_password_env или smtp_password_file)
smtp-from-bad = { $from } — не адрес ({ $reason }); напишите billing@isp.ru или "ISP <billing@isp.ru>"
smtp-to-bad = { $to } — не адрес e-mail; исправьте контакт в карточке абонента
smtp-build-failed = не удаётся собрать письмо: { $reason }
smtp-timeout = нет ответа за { $secs } с (настройка smtp.timeout)
smtp-failed = { $endpoint }: { $reason }

letter-subject-empty = тема получается пустой; задайте тему или удалите настройку (unset), чтобы взять тему по умолчанию
letter-sms-empty = текст SMS получается пустым
letter-template-problem = { $line ->
    [0] { $what }
   *[other] строка { $line }: { $what }
}
letter-template-undefined = { $problem }; доступные переменные: { $variables }
