# HTTP-клиент DaData: все причины, по которым запрос не удался (subject dadata, код 6).

dadata-url-not-http = `{ $url }` — не адрес http(s); задайте его: `abonent settings set dadata.url URL`
dadata-client-failed = не удаётся запустить HTTP-клиент: { $reason }
dadata-answer-too-long = ответ от { $url } длиннее { $limit } байт (настройка dadata.max_answer_bytes); проверьте настройку dadata.url или увеличьте предел
dadata-read-failed = не удалось прочитать ответ от { $url } ({ $reason }); повторите позже
dadata-not-utf8 = ответ от { $url } — не текст UTF-8, а значит, не JSON DaData; проверьте настройку dadata.url
dadata-key-echoed = ответ от { $url } содержит API-ключ, отправленный с запросом; DaData никогда не возвращает его, поэтому ответ не используется и не кешируется; проверьте настройку dadata.url
dadata-timeout = нет ответа от { $url } за { $secs } с (настройка dadata.timeout); повторите позже или увеличьте её
dadata-cannot-connect = не удаётся подключиться к { $url } ({ $reason }); проверьте сеть и настройку dadata.url
dadata-request-failed = запрос к { $url } не удался ({ $reason }); повторите позже
dadata-status-400 = { $url } ответил 400 bad request: запрос составлен неверно; проверьте ИНН или БИК и настройку dadata.url
dadata-status-401 = 401 unauthorized: ключа нет, он неверен или исчерпал лимит (API-ключ не передан или неизвестен); проверьте ABONENT_DADATA_TOKEN или настройку dadata.token
dadata-status-403 = 403 forbidden: ключа нет, он неверен или исчерпал лимит (e-mail не подтверждён, нет средств или превышен дневной лимит); проверьте учётную запись DaData или повторите после полуночи по московскому времени
dadata-status-405 = { $url } ответил 405 method not allowed; проверьте настройку dadata.url (она оканчивается на /suggestions/api/4_1/rs)
dadata-status-413 = { $url } ответил 413 request too large; сократите запрос
dadata-status-429 = 429 too many requests: отказ и после { $retries } повторов; подождите минуту и повторите
dadata-status-redirect = { $url } ответил { $code } (перенаправление); DaData не перенаправляет, поэтому переход не выполнен и ключ никуда больше не отправлен; проверьте настройку dadata.url
dadata-status-server = { $url } ответил { $code } (ошибка сервера); повторите позже
dadata-status-other = { $url } ответил неожиданным HTTP-статусом { $code }; проверьте настройку dadata.url
dadata-token-bad-header = API-ключ содержит символы, которые нельзя передать в HTTP-заголовке; задайте его заново (ABONENT_DADATA_TOKEN или `abonent settings set dadata.token KEY`)
dadata-wrong-shape = { $part ->
    [answer] ответ
    [suggestion] подсказка
    [data] данные подсказки
   *[suggestions] список подсказок
} не того вида, что отдаёт DaData
lookup-no-head-office = address.legal: DaData не знает головной организации { $inn }, поэтому у карточки филиала нет юридического адреса; укажите его через --address legal=ТЕКСТ
