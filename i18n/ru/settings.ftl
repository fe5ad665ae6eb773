# Назначение каждой настройки: `abonent settings list`, дополнение ключей
# настроек в оболочке. По сообщению на ключ каталога настроек
# (src/core/settings/mod.rs), id setting-about-<ключ>, точки и
# подчёркивания заменены дефисами.

setting-about-country = двухбуквенный код страны; RU включает проверки российских реквизитов и DaData
setting-about-validation-checksums = strict — карточка с неверными контрольными цифрами не сохраняется; warn — сохраняется с предупреждением
setting-about-required-legal = обязательные поля карточки юрлица (имена полей через запятую)
setting-about-required-ip = обязательные поля карточки ИП
setting-about-required-person = обязательные поля карточки физлица
setting-about-login-template = логин новых карточек: {"{"}seq{"}"}, {"{"}seq:N{"}"}, {"{"}type{"}"}, {"{"}inn{"}"}, {"{"}yyyy{"}"}, {"{"}yy{"}"}, {"{"}mm{"}"}, {"{"}rand:N{"}"}; пусто — нумерация выключена
setting-about-login-pattern = регулярное выражение, которому должен соответствовать введённый логин
setting-about-password-generate = создавать пароль новым карточкам, если он не передан на stdin
setting-about-password-length = длина создаваемых паролей
setting-about-password-alphabet = классы символов создаваемых паролей (lower, upper, digits, symbols)
setting-about-password-exclude = символы, которых не бывает в создаваемых паролях (их легко спутать)
setting-about-password-min-length = наименьшая длина введённого пароля
setting-about-groups-default-legal = группы каждой новой карточки юрлица (через запятую)
setting-about-groups-default-ip = группы каждой новой карточки ИП (через запятую)
setting-about-groups-default-person = группы каждой новой карточки физлица (через запятую)
setting-about-invoice-deliverers = требовать адрес доставки для счетов, отправляемых почтой или курьером
setting-about-db-busy-timeout-ms = сколько миллисекунд запись ждёт, пока другая запись держит блокировку (дольше — выход с кодом 7)
setting-about-dadata-enabled = заполнять реквизиты из DaData (lookup-inn, lookup-bik, --from-inn, --bik); нужна страна RU
setting-about-dadata-url = базовый URL API подсказок DaData (к нему добавляются findById/party и findById/bank)
setting-about-dadata-token = ключ API DaData (никогда не выводится); ABONENT_DADATA_TOKEN или [secrets] конфигурации хоста важнее
setting-about-dadata-timeout = сколько секунд может идти один запрос к DaData (дольше — выход с кодом 6)
setting-about-dadata-max-answer-bytes = наибольший читаемый ответ DaData, в байтах (4 МиБ); ответ длиннее — выход с кодом 6, в кэш не попадает
setting-about-dadata-cache-days = сколько дней ответ DaData берётся из базы повторно; 0 выключает кэш
setting-about-dadata-rate = сколько запросов в секунду к DaData делает subscriber check-status, не больше
setting-about-contract-template = номер новых договоров: {"{"}seq{"}"}, {"{"}seq:N{"}"}, {"{"}type{"}"}, {"{"}inn{"}"}, {"{"}yyyy{"}"}, {"{"}yy{"}"}, {"{"}mm{"}"}, {"{"}rand:N{"}"}; пусто — обязателен --number
setting-about-notify-days = за сколько дней до valid_to договор попадает в notify contracts-ending
setting-about-cabinet-url = URL личного кабинета в письмах с паролем и памятках (http(s))
setting-about-operator-name = название оператора в письмах с паролем и памятках
setting-about-operator-address = адрес оператора для акта об уничтожении персональных данных
setting-about-privacy-retention-days = сколько дней карточка физлица или ИП лежит в архиве, прежде чем subscriber forget может уничтожить её персональные данные
setting-about-privacy-backup-days = сколько дней оператор хранит резервные копии: акт говорит, что через столько дней стёртые данные уйдут и из них
setting-about-privacy-log-reads = записывать, кто читает полную карточку физлица или ИП (subscriber show, export): журнал выводит privacy log
setting-about-operator-phone = телефон поддержки в письмах с паролем и памятках
setting-about-smtp-url = почтовый сервер для писем с паролем: smtp://host:587 (STARTTLS), smtps://host:465, smtp://host:25
setting-about-smtp-user = логин SMTP; пароль берётся из ABONENT_SMTP_PASSWORD или [secrets] конфигурации хоста и нигде не хранится
setting-about-smtp-from = адрес отправителя (From) писем с паролем
setting-about-smtp-timeout = сколько секунд может отправляться одно письмо (дольше — выход с кодом 6)
setting-about-smtp-tls = required — STARTTLS или TLS, никогда открытым текстом; none — обычный smtp:// (только для локального релея)
setting-about-sms-command = программа отправки SMS: запускается напрямую (без оболочки), номер телефона — последний аргумент, текст — на stdin
setting-about-sms-timeout = сколько секунд может работать программа отправки SMS (дольше — выход с кодом 6)
setting-about-send-confirm-contacts = true — введённые оператором e-mail и телефон сохраняются подтверждёнными; false — неподтверждёнными, пока на них не принято письмо или SMS с паролем. В любом случае ответ почтового сервера 550/551/553 делает адрес неподтверждённым
setting-about-letter-lang = язык встроенных письма с паролем, SMS и памятки (их читает абонент, на каком бы языке ни работал терминал администратора)
setting-about-letter-credentials-subject = тема письма с паролем (шаблон); пусто — «Данные для входа в личный кабинет»
setting-about-letter-credentials-template = файл с шаблоном текста письма с паролем; пусто — встроенный русский текст
setting-about-letter-credentials-sms = шаблон SMS с паролем; пусто — встроенный
setting-about-import-admin-fields = поля, которыми владеет администратор: import-1c не перезаписывает их, если в карточке уже есть значение (extra — все дополнительные поля); остальные поля из файла принадлежат 1С и следуют файлу
