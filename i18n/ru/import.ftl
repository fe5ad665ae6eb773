# import-1c: предупреждения, заметки и ошибки загрузки.

import-credentials-left-in-temp = { $problem }; карточки загружены, их пароли — в { $path }
import-row-rejected = строка { $line } ({ $key }) отклонена: { $field }: { $reason }
import-line-problem = строка { $line }: { $problem }
import-progress = { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
   *[other] { $rows } строк
}, { $rate } строк/с
import-bar-times = прошло { $elapsed }, осталось { $eta }
import-cannot-open = не открывается ({ $reason }); проверьте путь
import-cannot-read = { $file }: не читается: { $reason }
import-file-bad-nothing = { $file }: { $problem }; ничего не загружено
import-delimiter-bad = `{ $delimiter }` не может разделять ячейки CSV; используйте ; или , или \t
import-map-form = `{ $map }`: пишите HEADER=FIELD, например "Доп. телефон=phone"
import-what-stdin = вход загрузки (stdin)
import-what-input = загружаемый файл
import-what-credentials = файл с паролями
import-changes-only = { $file } содержит только изменения (СодержитТолькоИзменения="true"), а не полную выгрузку; запустите без --archive-missing или выгрузите весь справочник
import-dry-run-no-passwords = --dry-run: пароли не создаются, файл с паролями не пишется
import-more-warnings = ещё предупреждений не показано: { $n }
import-more-rejected = ещё отклонённых строк не показано: { $n }; используйте --rejects FILE
import-empty = в { $file } нет контрагентов (пустой файл обмена): загружать нечего
import-passwords-in = пароли новых карточек — в { $path }
import-resumed = продолжена прерванная загрузка этого файла: { $n ->
    [one] { $n } уже сохранённая строка только сверена
    [few] { $n } уже сохранённые строки только сверены
   *[other] { $n } уже сохранённых строк только сверены
}
import-atomic-rejected = --atomic: есть отклонённые строки, ничего не сохранено
import-dropped = { $field }{ $source } { $reason }; пропущено, остальное из строки загружено
import-archive-missing-skipped = --archive-missing не применён: часть строк отклонена, значит файл — не полный список
import-inn-padded = inn: { $inn } дополнен до { $fixed } (потерян ведущий ноль; контрольная сумма это подтверждает)
import-kpp-ignored = kpp { $value } не загружен: у карточки типа { $kind } нет КПП
import-okpo-padded = okpo: { $okpo } дополнен до { $fixed } (потеряны ведущие нули; контрольная цифра это подтверждает)
import-country-unknown = страны `{ $value }` нет в ОКСМ; контрагент считается зарегистрированным в стране реестра
import-row-merged = контрагент строки — карточка { $id }, объединённая с карточкой { $keep }: строка пропущена, карточка { $keep } не изменена; объедините этих контрагентов и в 1С
import-row-forgotten = контрагент строки — карточка { $id }, персональные данные которой уничтожены { $on }: строка пропущена, ничего не записано
