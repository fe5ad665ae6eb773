# Части --help и страниц man, которые не относятся к одной команде или
# одному параметру: заголовок примеров, коды возврата, примечания и
# собственные разделы страниц man.

help-examples = Примеры:
help-exit-heading = Коды возврата:
help-note-import = Коды возврата: 0 приняты все строки; 3 часть строк отклонена (хорошие записаны, если не указан --atomic) или файл не удалось прочитать (ничего не записано).
help-note-dadata = Нужны `abonent settings set dadata.enabled true` (страна RU) и ключ API в ABONENT_DADATA_TOKEN, в [secrets] конфигурации хоста (см. `abonent config`) или в настройке dadata.token.
help-note-cron = Запускайте из cron каждое утро: последняя строка примеров отправляет уведомления строками JSON почтовой программе.

exit-code-0 = успех
exit-code-1 = внутренняя ошибка или ошибка ввода-вывода
exit-code-2 = ошибка в командной строке
exit-code-3 = неверные данные: не выполнено правило, не сошлась контрольная сумма или не заполнено обязательное поле; ничего не записано
exit-code-4 = не найдено
exit-code-5 = конфликт: логин занят, ИНН+КПП уже зарегистрированы, ссылка неоднозначна
exit-code-6 = сервис проверки или доставки не ответил или выключен
exit-code-7 = база данных занята или заблокирована дольше тайм-аута

man-section-name = ИМЯ
man-section-synopsis = СИНТАКСИС
man-section-description = ОПИСАНИЕ
man-section-options = ПАРАМЕТРЫ
man-section-subcommands = КОМАНДЫ
man-section-version = ВЕРСИЯ
man-section-exit-status = КОДЫ ВОЗВРАТА
man-section-environment = ОКРУЖЕНИЕ
man-section-files = ФАЙЛЫ
man-section-examples = ПРИМЕРЫ
man-global-options = ОБЩИЕ ПАРАМЕТРЫ
man-command = КОМАНДА

man-env-abonent-db = файл базы данных или URL postgres:// (как --db; важнее файлов конфигурации)
man-env-abonent-lang = ru или en (как --lang; важнее файлов конфигурации и локали)
man-env-abonent-format = table, json, jsonl или csv (как --format)
man-env-abonent-actor = кто записывается в историю (как --actor; по умолчанию $USER)
man-env-abonent-dadata-token = ключ API DaData для lookup-inn, lookup-bik, --from-inn и --bik (важнее файлов конфигурации и настройки dadata.token); никогда не выводится
man-env-abonent-smtp-password = пароль для настройки smtp.user (важнее файлов конфигурации); никогда не выводится
man-env-abonent-system-config = другой путь к системному файлу конфигурации /etc/abonent/abonent.toml (для тестов и сборщиков пакетов)
man-env-xdg-config-home = файл конфигурации пользователя — $XDG_CONFIG_HOME/abonent/abonent.toml (абсолютный путь), иначе ~/.config/abonent/abonent.toml
man-env-xdg-data-home = база данных по умолчанию — $XDG_DATA_HOME/abonent/abonent.db (абсолютный путь; относительный не учитывается)
man-env-home = без XDG_DATA_HOME база данных по умолчанию — ~/.local/share/abonent/abonent.db; если и HOME не абсолютный, нужны --db или ABONENT_DB (код 3)
man-env-lc-all = вместе с LC_MESSAGES и LANG задаёт язык, когда нет ABONENT_LANG и --lang: ru… — русский, иначе английский
man-env-no-color = если задана, без цвета

man-file-system = конфигурация хоста: db, lang и [secrets] dadata_token_env, dadata_token_file, smtp_password_env, smtp_password_file; см. abonent-config(1)
man-file-user = пользовательская, важнее системной; окружение и флаги важнее обеих
