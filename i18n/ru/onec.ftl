# Чтение файлов 1С (src/onec): списки CSV, CommerceML, EnterpriseData.

onec-line = строка { $line }
onec-source-column = колонка «{ $heading }»
onec-source-element = элемент { $elements }
onec-bank-statement = это банковская выписка 1С (1CClientBankExchange), а не список контрагентов: выгрузите справочник «Контрагенты» в CSV, CommerceML или EnterpriseData
onec-zip = это архив ZIP (книга .xlsx?), а не выгрузка 1С: сохраните список в CSV или распакуйте архив
onec-binary = двоичные данные, а не выгрузка 1С (книга Excel? сохраните список в CSV)
onec-xml-no-namespace = XML с корневым элементом <{ $root }>, но без пространства имён обмена 1С ({ $namespace }): это не файл EnterpriseData
onec-xml-other-root = XML с корневым элементом <{ $root }> — не выгрузка контрагентов 1С: ожидался CommerceML (<{ $commerceml }>) или EnterpriseData (<Message>)
onec-xml-no-root = XML без узнаваемого корневого элемента — не выгрузка контрагентов 1С: ожидался CommerceML (<{ $commerceml }>) или EnterpriseData (<Message>)
onec-cannot-read = не удаётся прочитать файл: { $reason }
onec-empty = файл пуст
onec-utf16 = файл в кодировке UTF-16 («Текст Юникод» из Excel?): сохраните его как «CSV UTF-8» или «CSV (разделители — точка с запятой)» либо выгрузите XML из 1С
onec-mislabelled-utf8 = в файле указано encoding="windows-1251", но байты в UTF-8 (пересохранён редактором?): прочитан как UTF-8; чтобы читать иначе, укажите --encoding windows-1251
onec-map-unknown-field = --map { $header }={ $field }: `{ $field }` — не поле карточки (используйте имя из каталога полей или extra.<name>)
onec-map-empty-heading = --map { $header }={ $field }: заголовок пуст
onec-bad-delimiter = --delimiter { $delimiter } не может разделять ячейки CSV
onec-no-rows = нет заголовков колонок: в файле нет строк
onec-column-ignored = колонка `{ $heading }` пропущена
onec-no-headings = нет
onec-map-no-column = { $entries }: в файле нет такой колонки; его заголовки: { $headings } (заголовки сравниваются без учёта регистра, пробелов, точек и ё/е)
onec-heading-line-empty = строка заголовков пуста
onec-no-known-headings = нет известных заголовков колонок ({ $list }); сопоставьте их через --map HEADER=FIELD, а если они искажены, файл в другой кодировке: сохраните его в UTF-8 или Windows-1251 либо укажите --encoding
onec-folder-row = строка-папка «{ $name }»
onec-unterminated-quote = незакрытая кавычка: ячейка в кавычках, открытая в строке { $line }, тянется до конца файла
onec-row-too-long = строка, начатая в строке { $line }, длиннее { $max } МиБ: не закрыта кавычка?
onec-commerceml-other = в этом файле CommerceML { $what ->
    [goods] каталог товаров (import.xml: <Классификатор>, <Каталог>)
   *[offers] предложения: цены и остатки (offers.xml: <ПакетПредложений>)
}, а не контрагенты: 1С пишет контрагентов в обмене с заказами сайта (orders.xml: <Документ> с <Контрагенты>) или в выгрузке <Контрагенты>; либо выгрузите справочник «Контрагенты» в EnterpriseData («Универсальный обмен данными в формате XML») или списком CSV
onec-commerceml-root = не файл CommerceML: корневой элемент <{ $found }>, а не <{ $root }>
onec-commerceml-no-root = не файл CommerceML: нет элемента <{ $root }>
onec-ed-version = неподдерживаемая версия EnterpriseData: тело в { $namespace }; читается только 1.x
onec-ed-no-body = не сообщение EnterpriseData: нет элемента <Body>
xml-truncated-in = ошибка в XML: файл кончается внутри <{ $element }> (возможно, файл обрезан)
xml-truncated = ошибка в XML: файл кончается внутри элемента (возможно, файл обрезан)
xml-value-too-big = значение больше 1 МиБ
xml-not-utf8 = ошибка в XML: текст — не корректный UTF-8
xml-undefined-entity = ошибка в XML: неопределённая сущность &{ $name }; (сущности, объявленные в DOCTYPE, не раскрываются)
xml-unterminated-entity = ошибка в XML: `&` без закрывающей `;`
xml-bad-char-ref = ошибка в XML: неверная ссылка на символ: { $reason }
xml-long-name = ошибка в XML: имя элемента длиннее 1 КиБ
xml-too-deep = ошибка в XML: вложенность элементов глубже { $max } уровней
xml-read-error = ошибка чтения: { $reason }
xml-syntax = ошибка в XML: { $what ->
    [bang] неизвестная разметка после `<!`
    [pi] `<?` без закрывающего `?>` (возможно, файл обрезан)
    [comment] комментарий без закрывающего `-->` (возможно, файл обрезан)
    [doctype] DOCTYPE без закрывающей `>` (возможно, файл обрезан)
    [cdata] раздел CDATA без закрывающего `]]>` (возможно, файл обрезан)
   *[tag] тег без закрывающей `>` (возможно, файл обрезан)
}
xml-mismatched-end = ошибка в XML: </{ $found }> закрывает <{ $expected }>
xml-unmatched-end = ошибка в XML: </{ $found }> не закрывает ни одного открытого элемента
xml-malformed = ошибка в XML: { $reason }
