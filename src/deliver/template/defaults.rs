//! The built-in texts of the credentials letter, SMS and memo, in Russian
//! (the default) and English (`letter.lang en`).

use crate::i18n::Lang;

/// The built-in texts of one language, minijinja templates like an
/// admin's override.
#[derive(Debug, Clone, Copy)]
pub struct Defaults {
    pub subject: &'static str,
    pub body: &'static str,
    pub sms: &'static str,
    pub memo: &'static str,
}

impl Defaults {
    pub fn of(lang: Lang) -> Defaults {
        match lang {
            Lang::Ru => RU,
            Lang::En => EN,
        }
    }
}

/// The Russian texts, the default.
pub const RU: Defaults = Defaults {
    subject: "Данные для входа в личный кабинет",
    body: "\
Здравствуйте, {{ display_name }}!

{% if operator_name %}
Ваши данные для входа в личный кабинет абонента {{ operator_name }}:
{% else %}
Ваши данные для входа в личный кабинет абонента:
{% endif %}

    Логин:  {{ login }}
    Пароль: {{ password }}
{% if cabinet_url %}

Войти в личный кабинет: {{ cabinet_url }}
{% endif %}

Никому не сообщайте пароль; сменить его можно в личном кабинете.
{% if operator_phone %}
Служба поддержки: {{ operator_phone }}
{% endif %}

С уважением,
{{ operator_name or \"служба поддержки\" }}
",
    sms: "\
{% if operator_name %}{{ operator_name }}: {% endif %}\
логин {{ login }}, пароль {{ password }}\
{% if cabinet_url %}, вход: {{ cabinet_url }}{% endif %}",
    memo: "\
ПАМЯТКА АБОНЕНТА
{% if operator_name %}
{{ operator_name }}
{% endif %}
================================================================

Абонент: {{ display_name }}

Данные для входа в личный кабинет

    Логин:  {{ login }}
    Пароль: {{ password }}
{% if cabinet_url %}

    Адрес:  {{ cabinet_url }}
{% endif %}

Храните памятку так, чтобы её не видели посторонние, и никому
не сообщайте пароль. Сменить пароль можно в личном кабинете.
{% if operator_phone %}

Служба поддержки: {{ operator_phone }}
{% endif %}
",
};

/// The English texts (`letter.lang en`).
pub const EN: Defaults = Defaults {
    subject: "Login details for your personal account",
    body: "\
Hello, {{ display_name }}!

{% if operator_name %}
Your login details for the {{ operator_name }} personal account:
{% else %}
Your login details for the personal account:
{% endif %}

    Login:    {{ login }}
    Password: {{ password }}
{% if cabinet_url %}

Sign in to your personal account: {{ cabinet_url }}
{% endif %}

Never tell anyone your password; you can change it in your personal account.
{% if operator_phone %}
Support: {{ operator_phone }}
{% endif %}

Kind regards,
{{ operator_name or \"the support team\" }}
",
    sms: "\
{% if operator_name %}{{ operator_name }}: {% endif %}\
login {{ login }}, password {{ password }}\
{% if cabinet_url %}, sign in: {{ cabinet_url }}{% endif %}",
    memo: "\
SUBSCRIBER MEMO
{% if operator_name %}
{{ operator_name }}
{% endif %}
================================================================

Subscriber: {{ display_name }}

Login details for your personal account

    Login:    {{ login }}
    Password: {{ password }}
{% if cabinet_url %}

    Address:  {{ cabinet_url }}
{% endif %}

Keep this memo where no one else can see it, and never tell anyone
your password. You can change the password in your personal account.
{% if operator_phone %}

Support: {{ operator_phone }}
{% endif %}
",
};
