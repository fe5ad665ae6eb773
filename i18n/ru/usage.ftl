# Отказы самой командной строки (то, что clap находит до запуска команды).

usage-error = ошибка
usage-unknown-argument = неизвестный параметр '{ $arg }'
usage-unknown-subcommand = неизвестная команда '{ $name }'
usage-value-missing = у '{ $arg }' должно быть значение, а оно не указано
usage-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
usage-bad-value = недопустимое значение '{ $value }' для '{ $arg }': { $reason }
usage-missing-arguments = не указаны обязательные аргументы: { $args }
usage-missing-subcommand = после '{ $name }' нужна команда
usage-repeated = параметр '{ $arg }' нельзя указывать дважды
usage-conflict = параметр '{ $arg }' нельзя указывать вместе с '{ $other }'
usage-no-equals = для '{ $arg }' нужен знак равенства: { $arg }=ЗНАЧЕНИЕ
usage-too-many-values = лишнее значение '{ $value }' для '{ $arg }'
usage-value-count = '{ $arg }' ждёт { $wanted ->
    [one] { $wanted } значение
    [few] { $wanted } значения
   *[other] { $wanted } значений
}, указано { $got }
usage-not-a-number = это не целое число
usage-number-too-big = слишком большое число
usage-not-utf8 = аргумент не в кодировке UTF-8
usage-possible-values = [допустимые значения: { $values }]
usage-subcommands = [команды: { $values }]
usage-did-you-mean = подсказка: есть похожее — '{ $value }'
usage-dash-value = подсказка: чтобы передать '{ $arg }' как значение, пишите '-- { $arg }'
usage-line = Использование: { $usage }
usage-more = Подробнее: '--help'.
