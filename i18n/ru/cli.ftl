# Сообщения самой командной строки (src/cli/*, кроме отправки и формы).

cli-said = { $text }
cli-nothing-changed = ничего не изменилось
confirm-delete = { $question }. Всё равно удалить?
db-no-default-place = нет места для базы по умолчанию: HOME не задан, пуст или относительный, а XDG_DATA_HOME — не абсолютный путь; укажите файл через --db или ABONENT_DB
config-none-read = не прочитано ни одного файла настроек; пример — в `abonent config --help`
docs-cannot-create-folder = не удаётся создать папку ({ $reason }); проверьте путь и права доступа

group-added = группа `{ $name }` добавлена
group-removed = группа `{ $name }` удалена
manager-added = менеджер `{ $name }` добавлен
manager-removed = менеджер `{ $name }` удалён
setting-set = { $key } = { $value }
setting-unset = { $key } снова по умолчанию: { $value }
contract-added = договор { $number } добавлен
contract-orphans = { $n ->
    [one] { $n } договор относится к карточкам без персонального менеджера (manager: null); назначьте его: `abonent subscriber edit REF --manager NAME`
    [few] { $n } договора относятся к карточкам без персонального менеджера (manager: null); назначьте его: `abonent subscriber edit REF --manager NAME`
    [many] { $n } договоров относятся к карточкам без персонального менеджера (manager: null); назначьте его: `abonent subscriber edit REF --manager NAME`
   *[other] { $n } договора относятся к карточкам без персонального менеджера (manager: null); назначьте его: `abonent subscriber edit REF --manager NAME`
}
employee-added = сотрудник { $id } добавлен
employee-removed = сотрудник { $id } ({ $name }) удалён
extra-defined = дополнительное поле `{ $name }` создано
extra-removed = { $n ->
    [one] дополнительное поле `{ $name }` удалено (удалено { $n } значение)
    [few] дополнительное поле `{ $name }` удалено (удалено { $n } значения)
    [many] дополнительное поле `{ $name }` удалено (удалено { $n } значений)
   *[other] дополнительное поле `{ $name }` удалено (удалено { $n } значения)
}
extra-unset-nothing = ничего не изменилось: поле не было заполнено

card-extra-flag-form = `{ $flag }`: пишите NAME=VALUE, где NAME — дополнительное поле (см. `abonent extra-field list`)
card-address-flag-form = `{ $flag }`: пишите KIND=TEXT, где KIND — одно из: { $kinds }

password-matches = пароль совпадает
password-no-match = не совпадает с паролем `{ $login }`
password-stdin-too-long = на stdin больше { $max } байт; подайте только пароль
password-stdin-not-utf8 = это не текст UTF-8; подайте пароль в UTF-8
password-stdin-empty = на stdin ничего нет; подайте пароль, например `printf %s "$PW" | abonent …`
subscriber-created = создана карточка { $id } с логином { $login }
subscriber-filled = из DaData: { $fields }
subscriber-already-archived = уже в архиве
subscriber-not-archived = не в архиве
subscriber-list-limited = показано карточек: { $n }, могут быть ещё: --limit 0 покажет все, --offset листает
subscriber-export-table = в таблице лишь несколько столбцов; без --format экспорт пишет все поля в JSON lines

lookup-many-records = записей: { $n } (головная организация и филиалы); выберите одну через --kpp или --branch
lookup-head-office = головная организация
lookup-more-branches = { $who }: по данным DaData филиалов { $count }, здесь показано { $listed }; найдите нужный через --kpp KPP
config-secret-not-here-setting = на этом хосте не задан; используется настройка реестра { $key }, если она задана
config-secret-not-here = на этом хосте не задан
config-db-postgres = { $url } (PostgreSQL)
config-file-system = системный файл
config-file-user = файл пользователя
db-count-cards = карточки
db-count-active = активные
db-count-archived = в архиве
db-count-passwords = пароли
db-count-history = записи истории
db-count-search-rows = строки поиска
db-count-contacts = контакты
db-count-employees = сотрудники
db-count-contracts = договоры
db-item-counter = счётчик { $name }
db-item-import-run = прерванная загрузка { $file }
db-import-run-progress = { $rows ->
    [one] обработана { $rows } строка
    [few] обработаны { $rows } строки
   *[other] обработано { $rows } строк
} (начата { $started }, последняя порция { $updated })
db-item-check = проверка { $name }
db-check-ok = в порядке
db-check-differs = расходится: { $disagreements }
card-employee = { $name } (id { $id })
card-employee-with-position = { $name } ({ $position }, id { $id })
card-contract-closed = { $number } (закрыт { $date })
card-contract-to = { $number } (действует до { $date })
validate-bik-warning = БИК { $warning }
validate-key-needs-bik = проверен только формат: для контрольного ключа нужен БИК банка; укажите --bik
validate-okpo-padded = { $value } дополнен до { $fixed } (потеряны ведущие нули; контрольная цифра это подтверждает)
db-copy-no-source = { $path }: нет такого файла реестра; укажите базу, из которой копировать
db-copy-counts-differ = после копирования счётчики { $from } и { $to } расходятся; см. таблицу и выполните `abonent db check` для обеих баз
db-granted-portal = роль { $role } теперь может читать portal_accounts в { $db }, и ничего больше из реестра
status-checked = { $checked ->
    [one] проверена { $checked } карточка: не действуют { $not_active }, в архив { $archived }
    [few] проверены { $checked } карточки: не действуют { $not_active }, в архив { $archived }
    [many] проверено { $checked } карточек: не действуют { $not_active }, в архив { $archived }
   *[other] проверено { $checked } карточки: не действуют { $not_active }, в архив { $archived }
}
status-stopped = проверка остановилась на { $checked } из { $due } карточек (их статусы записаны); запустите её снова, когда DaData ответит: непроверенные карточки пойдут первыми
duplicates-found = { $n ->
    [0] среди действующих карточек вероятных дублей нет
    [one] { $n } группа вероятных дублей
    [few] { $n } группы вероятных дублей
    [many] { $n } групп вероятных дублей
   *[other] { $n } группы вероятных дублей
}
merge-needs-force = объединение меняет обе карточки и отправляет одну в архив: без терминала укажите --force (--yes значит только «ничего не спрашивать»)
merge-confirm = Объединить карточку { $other } ({ $other_name }) с карточкой { $keep } ({ $keep_name }) и отправить { $other } в архив?
merge-done = карточка { $other } объединена с карточкой { $keep }: перенесено договоров — { $contracts }, сотрудников — { $employees }, записей истории — { $history }
forget-needs-force = уничтожение персональных данных необратимо: без терминала укажите --force (--yes значит только «ничего не спрашивать»)
forget-confirm = Уничтожить персональные данные карточки { $id } ({ $name })? Это необратимо.
forget-done = карточка { $id }: персональные данные уничтожены, акт № { $act } сохранён (`abonent privacy acts { $act }`)
forget-dry-run = карточка { $id }: ничего не уничтожено (--dry-run)
forget-due-listed = { $n ->
    [one] { $n } карточка старше privacy.retention_days; `abonent subscriber forget --due --force` уничтожит её персональные данные
    [few] { $n } карточки старше privacy.retention_days; `abonent subscriber forget --due --force` уничтожит их персональные данные
    [many] { $n } карточек старше privacy.retention_days; `abonent subscriber forget --due --force` уничтожит их персональные данные
   *[other] { $n } карточки старше privacy.retention_days; `abonent subscriber forget --due --force` уничтожит их персональные данные
}
privacy-act-not-found = акта № { $id } нет; `abonent privacy acts` выводит их список
act-pdf-failed = не удалось составить PDF акта: { $reason }
