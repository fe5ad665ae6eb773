# subscriber add|edit --interactive: вопросы формы.

form-left = форма прервана ({ $reason }); ничего не записано
form-open-section = Заполнить раздел «{ $section }»?
form-required = { $label } (обязательно)
form-needed = обязательное поле: введите значение
form-again = { $reason }; введите ещё раз (Enter на пустой строке пропускает поле, «-» очищает его)
form-offer-lookup = Заполнить реквизиты, наименование и адрес из DaData по этому ИНН?
form-ask-kind = Тип карточки
form-kind-legal = юрлицо
form-kind-ip = ИП
form-kind-person = физлицо
form-ask-password = Пароль
form-password-generate = создать (будет показан один раз)
form-password-type = ввести
form-password-none = без пароля
form-password = Пароль
form-password-again = Пароль ещё раз
form-password-mismatch = пароли не совпадают
form-not-a-terminal = для --interactive нужен терминал на stdin и без --yes
form-section-names = Наименование
form-section-requisites = Реквизиты
form-section-login = Логин и пароль
form-section-addresses = Адреса
form-section-delivery = Доставка счетов
form-section-groups = Группы и менеджер
form-section-contacts = Контакты
form-section-bank = Банк
form-section-document = Документ, удостоверяющий личность
form-section-comment = Комментарий
form-section-extra = Дополнительные поля
form-hint-inn = { $kind ->
    [legal] 10 цифр для юрлица
   *[other] 12 цифр
}
form-hint-kpp = 9 символов
form-hint-ogrn = 13 цифр
form-hint-ogrnip = 15 цифр
form-hint-bank-bik = 9 цифр, 04…; банк заполнится из DaData, если запросы включены
form-hint-bank-account = 20 цифр
form-hint-bank-corr-account = 20 цифр, 301…
form-hint-email = несколько — через запятую
form-hint-phone = +7 912 345-67-89, несколько — через запятую
form-hint-group = названия через запятую
form-hint-birth-date = ГГГГ-ММ-ДД или ДД.ММ.ГГГГ
form-hint-doc-issued-on = ГГГГ-ММ-ДД или ДД.ММ.ГГГГ
form-hint-delivery = edo, post, courier, email или pickup
form-hint-login = пусто — по шаблону login.template
