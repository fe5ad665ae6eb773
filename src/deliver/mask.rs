//! Masked addresses for the history: enough for an operator to recognise
//! which contact a letter went to ("i…@x.ru", "+7912…89"), too little to
//! harvest the address from an exported history.

/// `ivanov@x.ru` → `i…@x.ru`: the first character of the mailbox, the
/// domain whole. Without an `@` only the first character is kept.
pub fn mask_email(email: &str) -> String {
    let email = email.trim();
    match email.rsplit_once('@') {
        Some((local, domain)) => format!("{}…@{domain}", first(local)),
        None => format!("{}…", first(email)),
    }
}

/// `+79123456789` → `+7912…89`: the country and operator code (the first
/// five characters of the number, `+` counted) and the last two digits.
/// A number shorter than eleven characters (a local one) keeps only its
/// last two: five of nine would show most of it.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.trim().chars().collect();
    let n = chars.len();
    let head = if n >= 11 { 5 } else { 0 };
    if n <= 2 {
        return "…".to_string();
    }
    let tail: String = chars[n - 2..].iter().collect();
    let head: String = chars[..head].iter().collect();
    format!("{head}…{tail}")
}

fn first(s: &str) -> String {
    s.chars().next().map(String::from).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_keeps_first_letter_and_domain() {
        assert_eq!(mask_email("ivanov@x.ru"), "i…@x.ru");
        assert_eq!(mask_email(" Ivanov@Mail.Example.ru "), "I…@Mail.Example.ru");
        assert_eq!(mask_email("я@почта.рф"), "я…@почта.рф");
        assert_eq!(mask_email("\"a@b\"@x.ru"), "\"…@x.ru");
        assert_eq!(mask_email("not-an-address"), "n…");
        assert_eq!(mask_email(""), "…");
        assert!(!mask_email("ivanov@x.ru").contains("vanov"));
    }

    #[test]
    fn phone_keeps_code_and_last_two() {
        assert_eq!(mask_phone("+79123456789"), "+7912…89");
        assert_eq!(mask_phone("89123456789"), "89123…89");
        assert_eq!(mask_phone("123-45-67"), "…67");
        assert_eq!(mask_phone("1234567"), "…67");
        assert_eq!(mask_phone("12"), "…");
        assert_eq!(mask_phone(""), "…");
        assert!(!mask_phone("+79123456789").contains("34567"));
    }
}
