//! Payment references: the ISO 11649 creditor reference (RF) banks across Europe accept.

/// The RF creditor reference for an invoice number: its letters and digits, prefixed by RF
/// and two check digits (ISO 11649, mod 97).
pub fn creditor_reference(number: &str) -> String {
    let body: String = number.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    assert!(!body.is_empty() && body.len() <= 21, "a creditor reference needs 1 to 21 letters or digits: {number}");
    let check = 98 - mod97(&format!("{body}RF00"));
    format!("RF{check:02}{body}")
}

/// Whether a creditor reference's check digits are right.
pub fn is_valid_creditor_reference(reference: &str) -> bool {
    let r: String = reference.chars().filter(|c| !c.is_whitespace()).collect();
    r.len() > 4 && r.starts_with("RF") && r.chars().all(|c| c.is_ascii_alphanumeric()) && {
        let (head, body) = r.split_at(4);
        mod97(&format!("{body}{head}")) == 1
    }
}

/// The remainder mod 97 of a text read as digits, letters counting A = 10 ... Z = 35.
fn mod97(text: &str) -> u32 {
    text.chars().fold(0u32, |acc, c| {
        let v = c.to_digit(36).expect("alphanumeric");
        if v < 10 {
            (acc * 10 + v) % 97
        } else {
            (acc * 100 + v) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creditor_references_carry_iso_11649_check_digits() {
        // The standard's own example: RF18 5390 0754 7034.
        assert_eq!(creditor_reference("539007547034"), "RF18539007547034");
        assert!(is_valid_creditor_reference("RF18 5390 0754 7034"));
        assert!(!is_valid_creditor_reference("RF19539007547034"));
        for number in ["2026-00001", "CN-2026-00042", "2025-99999"] {
            assert!(is_valid_creditor_reference(&creditor_reference(number)), "{number}");
        }
    }
}
