//! The debt ledger: for each creditor and currency, what they say is owed, what was paid,
//! and what remains. Computed from the decrypted entries, never stored.

use std::collections::BTreeMap;

use super::model::{EntryDraft, EntryKind, Money, format_money, parse_money};

/// What is owed to one creditor in one currency.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, uniffi::Record)]
pub struct LedgerLine {
    /// The creditor as written in the entries (names that differ only in case or
    /// surrounding spaces are one creditor).
    pub creditor: String,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
    /// Sum of the debts recorded, as a decimal.
    pub owed: String,
    /// Sum of the payments recorded.
    pub paid: String,
    /// `owed - paid`; negative when more was paid than was ever claimed.
    pub remaining: String,
}

/// The debt ledger, and the entries it could not include.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, uniffi::Record)]
pub struct Ledger {
    /// Per creditor and currency: owed, paid and remaining.
    pub lines: Vec<LedgerLine>,
    /// Ids of entries that failed their integrity check (tampered or damaged): whatever
    /// they record is not in `lines`, which holds every other entry.
    pub damaged: Vec<String>,
}

/// The ledger of `entries`, sorted by creditor then currency. Entries that are not debts
/// or payments, or whose amount does not parse, are ignored.
pub fn compute<'a>(entries: impl IntoIterator<Item = &'a EntryDraft>) -> Vec<LedgerLine> {
    // Key: (folded creditor, currency) -> (name as first written, owed, paid).
    let mut lines: BTreeMap<(String, String), (String, Money, Money)> = BTreeMap::new();
    for draft in entries {
        let (Some(amount), Some(creditor)) = (&draft.amount, &draft.creditor) else {
            continue;
        };
        let Ok(value) = parse_money(&amount.value) else {
            continue;
        };
        let name = creditor.trim();
        let key = (name.to_lowercase(), amount.currency.clone());
        let line = lines.entry(key).or_insert_with(|| (name.to_owned(), 0, 0));
        match draft.kind {
            EntryKind::Debt => line.1 += value,
            EntryKind::Payment => line.2 += value,
            _ => {}
        }
    }
    lines
        .into_iter()
        .filter(|(_, (_, owed, paid))| *owed != 0 || *paid != 0)
        .map(|((_, currency), (creditor, owed, paid))| LedgerLine {
            creditor,
            currency,
            owed: format_money(owed),
            paid: format_money(paid),
            remaining: format_money(owed - paid),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::model::Amount;

    fn money(kind: EntryKind, creditor: &str, value: &str, currency: &str) -> EntryDraft {
        EntryDraft {
            kind,
            happened_on: "2024-01-01".into(),
            text: String::new(),
            place: None,
            people: vec![],
            amount: Some(Amount {
                value: value.into(),
                currency: currency.into(),
            }),
            creditor: Some(creditor.into()),
            tags: vec![],
        }
    }

    #[test]
    fn sums_per_creditor_and_currency_exactly() {
        let entries = [
            money(EntryKind::Debt, "Karim", "5000", "EUR"),
            money(EntryKind::Payment, "karim ", "1200.10", "EUR"),
            money(EntryKind::Payment, "Karim", "0.20", "EUR"),
            money(EntryKind::Debt, "Karim", "300", "USD"),
            money(EntryKind::Payment, "Boss", "50", "EUR"),
            money(EntryKind::Event, "Karim", "999", "EUR"),
        ];
        let ledger = compute(&entries);
        assert_eq!(
            ledger,
            [
                LedgerLine {
                    creditor: "Boss".into(),
                    currency: "EUR".into(),
                    owed: "0".into(),
                    paid: "50".into(),
                    remaining: "-50".into(),
                },
                LedgerLine {
                    creditor: "Karim".into(),
                    currency: "EUR".into(),
                    owed: "5000".into(),
                    paid: "1200.3".into(),
                    remaining: "3799.7".into(),
                },
                LedgerLine {
                    creditor: "Karim".into(),
                    currency: "USD".into(),
                    owed: "300".into(),
                    paid: "0".into(),
                    remaining: "300".into(),
                },
            ]
        );
    }

    #[test]
    fn an_empty_diary_has_an_empty_ledger() {
        assert!(compute(&[]).is_empty());
    }
}
