# Настройки хоста (abonent.toml, переменные ABONENT_*, файлы секретов)
# и файлы, которые пишет abonent (пароли, отказы, man-страницы).

host-env-lang-bad = `{ $value }` — не язык; укажите ru или en
host-at-line = строка { $line }: { $problem }
host-toml-bad-at = строка { $line }: { $problem }; исправьте файл (ключи: db, lang, [secrets])
host-toml-bad = { $problem }; исправьте файл (ключи: db, lang, [secrets])
host-db-not-absolute = db = "{ $path }" — не абсолютный путь; укажите полный путь или адрес postgres://
host-file-lang-bad = lang = "{ $value }" — не язык; укажите "ru" или "en"
host-secret-twice = и { $key }_env, и { $key }_file задают { $key }; оставьте один
host-secret-env-bad = { $key }_env = "{ $value }" — не имя переменной окружения; используйте буквы, цифры и _
host-secret-file-not-absolute = { $key }_file = "{ $value }" — не абсолютный путь; укажите полный путь
host-config-names-secret-readable = доступен на чтение всем и указывает файл секрета ({ $key }); chmod 600 { $path } (или 640 для группы)
host-config-cannot-read = не читается ({ $reason }); исправьте или удалите его
host-cannot-examine = не удаётся проверить ({ $reason })
host-cannot-read = не читается ({ $reason })
host-config-not-regular = не обычный файл; положите туда файл настроек или удалите это
host-config-world-writable = доступен на запись всем, и кто угодно может направить abonent на другую базу; chmod o-w { $path }
host-config-too-big = больше { $kib } КиБ; файл настроек — это несколько строк
host-config-not-utf8 = это не текст UTF-8; сохраните его в UTF-8
host-secret-file-problem = файл { $what ->
    [dadata-token] токена DaData
   *[smtp-password] пароля SMTP
} { $problem }
host-secret-symlink = — символическая ссылка; укажите сам файл
host-secret-cannot-open = не читается ({ $reason }); создайте его с секретом в одной строке, chmod 600
host-secret-not-regular = не обычный файл (папка, FIFO или устройство); положите секрет в файл
host-secret-not-private = доступен группе или остальным; chmod 600 { $path }
host-secret-too-big = больше { $kib } КиБ; в нём должен быть только секрет
host-secret-not-utf8 = это не текст UTF-8
host-secret-many-lines = содержит больше одной строки; оставьте секрет одной строкой
host-secret-empty = пуст; запишите в него секрет
host-other-owner = принадлежит другому пользователю (uid { $uid }); владельцем должны быть вы или root: смените владельца (chown) или удалите файл

write-names-folder = указывает папку, а не файл; добавьте имя файла
write-parent-not-folder = { $folder } — не папка; укажите файл в существующей папке
write-no-folder = папки { $folder } нет; создайте её или укажите файл в существующей папке
write-cannot-examine = не удаётся проверить ({ $reason })
write-is-symlink = — символическая ссылка, через неё ничего не пишется; укажите сам файл
write-not-regular-target = не обычный файл (папка, устройство, FIFO или сокет), в него ничего не пишется; укажите файл
write-protected = — это { $what }, он никогда не перезаписывается; укажите другой файл
write-exists = уже существует и никогда не перезаписывается; уберите его или укажите другой файл
write-temp-failed = не удаётся создать: временный файл в { $folder } не создан ({ $reason }); проверьте права на папку
write-cannot-write = не удаётся записать ({ $reason })
write-appeared = появился, пока файл записывался, и не будет перезаписан; уберите его или укажите другой файл
write-what-database = база данных
write-what-database-companion = файл базы данных { $suffix }

# Откуда значение в `abonent config` (таблица — на языке интерфейса, JSON —
# всегда английский текст).
host-source-default = по умолчанию
host-source-env = переменная окружения { $name }
host-source-flag = параметр { $flag }
host-secret-in-file = файл { $path }
host-secret-named-in = { $place } (указан в { $path })
host-file-read = прочитан
host-file-absent = отсутствует
host-file-unreadable = недоступен этому пользователю, пропущен
