# База данных: открытие, миграции, ошибки SQLite, `db check`.

store-sqlite = { $reason }
store-unique-violated = нарушено правило уникальности ({ $reason })
store-counter-no-value = счётчик не вернул значения
store-insert-no-id = вставка не вернула id
store-no-column = в запросе нет столбца `{ $name }`
store-card-gone = абонента { $id } уже нет в базе (его удалила другая команда?); запустите команду ещё раз
store-column-bad = столбец `{ $name }`: { $reason }
store-expected-integer = ожидалось целое число, найдено { $found }
store-expected-count = ожидалось количество, найдено { $found }
store-expected-number = ожидалось число, найдено { $found }
store-expected-text = ожидался текст, найдено { $found }
store-expected-bytes = ожидалось байт: { $n }, найдено { $found }
store-unknown-lookup = неизвестный способ поиска { $by }
store-schema-newer = схему версии { $current } создала более новая версия abonent (эта знает версии до { $known }); обновите abonent или укажите другой файл через --db
store-foreign-tables = содержит таблицы другой программы ({ $tables }) и не содержит схемы abonent; дайте abonent отдельный файл через --db
store-schema-mismatch = таблицы не соответствуют user_version { $current }: миграция { $migration } не выполнена ({ $reason }); ничего не изменено; восстановите базу из резервной копии или укажите другой файл через --db
store-open-failed = { $path }: не удаётся открыть ({ $reason }); проверьте --db или ABONENT_DB
store-not-a-database = { $path }: это не база данных ({ $reason }); укажите файл базы abonent через --db или ABONENT_DB
store-damaged = { $path }: файл повреждён ({ $reason }); восстановите его из резервной копии (`sqlite3 FILE .recover` может спасти оставшееся)
store-read-only = { $path }: запись невозможна ({ $reason }); сделайте файл и его папку (где SQLite держит файлы -wal и -shm) доступными на запись этому пользователю
store-cannot-open = { $path }: не удаётся открыть ({ $reason }); файл и его папка должны быть доступны этому пользователю на чтение и запись (проверьте --db или ABONENT_DB)
store-disk-full = { $path }: диск заполнен ({ $reason }); освободите место
store-io-failure = { $path }: { $reason }; проверьте диск и то, что папка доступна этому пользователю на запись (для файлов -wal и -shm)
store-path-empty = путь пуст; укажите файл базы через --db или ABONENT_DB
store-not-regular = { $path }: это не обычный файл (папка, FIFO, сокет или устройство); укажите файл базы через --db или ABONENT_DB
store-cannot-examine = { $path }: не удаётся проверить ({ $reason }); проверьте права на папки или --db и ABONENT_DB
store-cannot-create-folder = не удаётся создать папку { $path } ({ $reason }); создайте её или укажите другой файл через --db или ABONENT_DB
store-cannot-create = { $path }: не удаётся создать ({ $reason }); проверьте права на папку или --db и ABONENT_DB
store-warn-others-file = { $path } принадлежит uid { $uid }, и права { $mode } позволяют другим его читать; файл оставлен как есть (менять права должен его владелец: chmod 600)
store-warn-not-private = у { $path } права { $mode }, и закрыть его от других не удалось ({ $reason }); выполните chmod 600
store-warn-open-folder = папка базы { $path } доступна на запись другим, и они могут положить рядом свой файл -wal или -shm; держите базу в закрытой папке

store-check-integrity = проверка целостности SQLite: { $problem }
store-check-foreign-key = { $n ->
    [one] { $n } строка { $table } ссылается на отсутствующую строку { $parent } (rowid { $ids })
    [few] { $n } строки { $table } ссылаются на отсутствующую строку { $parent } (rowid { $ids })
   *[other] { $n } строк { $table } ссылаются на отсутствующую строку { $parent } (rowid { $ids })
}
store-check-no-search-row = { $n ->
    [one] у { $n } карточки нет строки поиска (id { $ids })
   *[other] у { $n } карточек нет строки поиска (id { $ids })
}
store-check-stray-search-row = { $n ->
    [one] { $n } строка поиска без карточки (id { $ids })
    [few] { $n } строки поиска без карточки (id { $ids })
   *[other] { $n } строк поиска без карточки (id { $ids })
}
store-check-no-creation = { $n ->
    [one] у { $n } карточки нет записи о создании в истории (id { $ids })
   *[other] у { $n } карточек нет записи о создании в истории (id { $ids })
}
store-check-several-creations = { $n ->
    [one] у { $n } карточки больше одной записи о создании в истории (id { $ids })
   *[other] у { $n } карточек больше одной записи о создании в истории (id { $ids })
}
store-check-stray-history = { $n ->
    [one] { $n } запись истории ссылается на несуществующую карточку (id { $ids })
    [few] { $n } записи истории ссылаются на несуществующую карточку (id { $ids })
   *[other] { $n } записей истории ссылаются на несуществующую карточку (id { $ids })
}
store-check-hash-not-argon = { $n ->
    [one] у { $n } карточки хеш пароля не Argon2id (id { $ids })
   *[other] у { $n } карточек хеш пароля не Argon2id (id { $ids })
}
store-check-held-twice = { $what ->
    [login] логин
    [inn_kpp] ИНН+КПП действующей карточки
   *[contract] номер договора
} { $value } встречается { $n ->
    [one] { $n } раз
    [few] { $n } раза
   *[other] { $n } раз
}

error-broken-pipe = канал закрыт
error-io = { $reason }

location-empty = значение пустое; укажите через --db или ABONENT_DB файл базы, URL postgres:// или строку ключ=значение (host=… dbname=…)
location-unknown-param = неизвестный параметр `{ $name }` в { $input }; abonent понимает host, port, user, password, dbname, sslmode, application_name и connect_timeout
location-bad-query = один из параметров { $input } записан не как имя=значение; разделяйте параметры знаком &, например ?sslmode=require&port=5433
location-bad-port = порт в { $from } — не число от 1 до 65535; в URL пишите host:5432, в строке ключ=значение — port=5432
location-bad-sslmode = sslmode в { $from } — не одно из disable, allow, prefer, require, verify-ca, verify-full; пишите строчными буквами, например sslmode=require
location-bad-timeout = connect_timeout в { $from } — не целое число секунд; пишите, например, connect_timeout=10 (0 — ждать сколько потребуется)
location-unterminated-quote = значение { $key } в { $input } начинается с кавычки, но она не закрыта; закройте её знаком ' (кавычка внутри значения — \', обратная косая черта — \\)
location-missing-equals = после `{ $key }` в { $input } нет знака =; пишите пары ключ=значение через пробел (значение с пробелами — в одинарных кавычках)
location-bad-escape = неверная %-последовательность в { $part ->
    [user] имени пользователя
    [password] пароле
    [host] хосте
    [port] порте
    [dbname] имени базы
   *[param] параметрах
} { $input }; пишите % как %25, а любой другой байт — как % и две шестнадцатеричные цифры (@ — %40, : — %3A, / — %2F)
location-bad-text = { $part ->
    [user] имя пользователя
    [password] пароль
    [host] хост
    [port] порт
    [dbname] имя базы
   *[param] параметры
} в { $input } после раскодирования содержит нулевой байт или байты, которые не являются текстом UTF-8; кодируйте через % только текст UTF-8 и без %00
location-bad-ipv6 = IPv6-адрес в { $input } не закрыт скобкой ] или после неё идёт не :порт; пишите [::1] или [::1]:5432
location-several-hosts = в { $from } указано несколько хостов или портов; abonent подключается к одному серверу: оставьте один хост и один порт
location-no-user = система не сообщает имя пользователя этого процесса, поэтому пользователь PostgreSQL неизвестен; укажите его в --db (user=… или postgres://USER@…) или в PGUSER
location-passfile-open = у файла паролей { $path } права { $mode }: его могут читать группа или другие, поэтому он пропущен; выполните chmod 600
location-passfile-not-file = файл паролей { $path } — не обычный файл, он пропущен; укажите в PGPASSFILE путь к файлу
location-passfile-unreadable = файл паролей { $path } не удаётся прочитать ({ $reason }), он пропущен; проверьте его владельца и права
store-pg-connection = сервер PostgreSQL { $server }: { $reason }; проверьте, что сервер запущен и доступен с этой машины, адрес из --db или ABONENT_DB, а для TLS — его сертификат (sslmode, PGSSLROOTCERT)
store-pg = { $reason } (SQLSTATE { $code })
store-pg-no-trgm = сервер PostgreSQL { $server }: не удалось включить расширение pg_trgm, нужное индексу поиска ({ $reason }); установите на сервер пакет contrib PostgreSQL и выполните в этой базе `CREATE EXTENSION pg_trgm;` от имени её владельца или суперпользователя, затем снова запустите abonent init
store-pg-roots = не удалось прочитать корневые сертификаты из { $path } ({ $reason }); укажите файл PEM или снимите PGSSLROOTCERT, чтобы взять корни Mozilla
store-copy-not-empty = в целевой базе уже есть реестр (в таблице { $table } есть строки); копируйте в пустую базу: новый файл SQLite или базу PostgreSQL, только что созданную createdb
store-grant-sqlite = в реестре SQLite нет ролей, которым выдавать права: grant-portal — для PostgreSQL; с SQLite личный кабинет читает представление portal_accounts из файла, а кому это можно, решают права на файл
