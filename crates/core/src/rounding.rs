//! The largest-remainder method: rounding exact shares to whole units that add up exactly.

/// Apportions `total_units` whole units among exact shares given as fractions `num / den` of
/// a unit (atoms of a cent, or a published percentage's steps), so that each gets its share
/// rounded down or up and the results add up to `total_units` exactly.
///
/// Each share is first rounded down; the units left over go one each to the shares with the
/// largest remainders. Tie-break, deterministic and independent of input order: a larger
/// remainder first; on equal remainders the larger exact share first (the member carrying
/// more carries the extra unit); on equal shares the smaller key (member code, by bytes).
///
/// Panics (a bug, not bad input) if a share is negative or the exact shares do not add up to
/// the total within one unit per share.
pub fn apportion(nums: &[i128], den: i128, keys: &[&str], total_units: i64) -> Vec<i64> {
    assert_eq!(nums.len(), keys.len());
    assert!(den > 0, "apportioning with denominator {den}");
    assert!(total_units >= 0, "apportioning a negative total {total_units}");
    if nums.is_empty() {
        assert_eq!(total_units, 0, "nobody to apportion {total_units} units to");
        return Vec::new();
    }
    // Remainders are below `den`: kept in the narrowest integer that holds them, the
    // selection below moves and compares a quarter of the bytes for atoms of a cent.
    const ATOMS: i128 = crate::exact::ATOMS_PER_MINOR;
    if den == ATOMS {
        let atoms = ATOMS as u64;
        return apportion_by(nums, den, keys, total_units, |x| match u64::try_from(x) {
            Ok(x) => (x / atoms, (x % atoms) as u32),
            Err(_) => whole_and_rest(x, den, |r| u32::try_from(r).expect("a remainder below den")),
        });
    }
    if let Ok(d) = u64::try_from(den) {
        return apportion_by(nums, den, keys, total_units, |x| match u64::try_from(x) {
            Ok(x) => (x / d, x % d),
            Err(_) => whole_and_rest(x, den, |r| u64::try_from(r).expect("a remainder below den")),
        });
    }
    apportion_by(nums, den, keys, total_units, |x| whole_and_rest(x, den, |r| r))
}

/// ⌊x / den⌋ and x mod den (as `R`) by a 128-bit division: shares beyond 64 bits.
fn whole_and_rest<R>(x: i128, den: i128, rest: impl Fn(i128) -> R) -> (u64, R) {
    let (whole, r) = crate::exact::div_rem(x, den);
    (u64::try_from(whole).unwrap_or(u64::MAX), rest(r))
}

/// [`apportion`] with `split(x)` = (⌊x / den⌋, x mod den) in a remainder type of its choice.
fn apportion_by<R: Ord + Copy + Default>(
    nums: &[i128],
    den: i128,
    keys: &[&str],
    total_units: i64,
    split: impl Fn(i128) -> (u64, R),
) -> Vec<i64> {
    let mut units = vec![0i64; nums.len()];
    let mut remainders = vec![R::default(); nums.len()];
    for ((unit, remainder), (&x, key)) in units.iter_mut().zip(&mut remainders).zip(nums.iter().zip(keys)) {
        assert!(x >= 0, "negative share {x}/{den} for {key}");
        let (whole, rest) = split(x);
        *unit = i64::try_from(whole).expect("share fits in i64 units");
        *remainder = rest;
    }
    let floor_sum: i64 = units.iter().sum();
    let leftover = total_units - floor_sum;
    // Exact shares are floored to the atom at each step: their sum may miss the total by a
    // few atoms, never by a whole unit per share.
    assert!(
        (0..=units.len() as i64).contains(&leftover),
        "exact shares add up to {floor_sum}+ units, not {total_units}"
    );
    give_largest_remainders(&mut units, nums, &remainders, keys, leftover as usize);
    debug_assert_eq!(units.iter().sum::<i64>(), total_units);
    units
}

/// One more unit each to the `count` shares first in the tie-break order: the largest
/// remainder, then the larger exact share, then the smaller key.
///
/// The `count`-th largest remainder is found among the bare remainders; every share above it
/// is in, and the full order is needed only among the shares tied with it (usually one).
fn give_largest_remainders<R: Ord + Copy>(
    units: &mut [i64],
    nums: &[i128],
    remainders: &[R],
    keys: &[&str],
    count: usize,
) {
    if count == 0 {
        return;
    }
    let mut sorted = remainders.to_vec();
    let (_, threshold, _) = sorted.select_nth_unstable_by(count - 1, |a, b| b.cmp(a));
    let threshold = *threshold;
    let (mut given, mut tied) = (0, Vec::new());
    for (i, &rest) in remainders.iter().enumerate() {
        match rest.cmp(&threshold) {
            std::cmp::Ordering::Greater => {
                units[i] += 1;
                given += 1;
            }
            std::cmp::Ordering::Equal => tied.push(i),
            std::cmp::Ordering::Less => {}
        }
    }
    tied.sort_unstable_by(|&a, &b| nums[b].cmp(&nums[a]).then_with(|| keys[a].cmp(keys[b])));
    for &i in &tied[..count - given] {
        units[i] += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    /// Apportions exact shares written as decimals ("333.3333") of one unit.
    fn apportion_text(exact: &[&str], keys: &[&str], total: i64) -> Vec<i64> {
        let exact: Vec<Decimal> = exact.iter().map(|s| Decimal::from_str(s).unwrap()).collect();
        let digits = crate::exact::common_digits(exact.iter().copied());
        let nums: Vec<i128> = exact.iter().map(|d| crate::exact::scaled(*d, digits).unwrap()).collect();
        apportion(&nums, crate::exact::pow10(digits), keys, total)
    }

    #[test]
    fn leftover_units_go_to_largest_remainders() {
        // (exact units, keys, total, expected)
        let cases: &[(&[&str], &[&str], i64, &[i64])] = &[
            (&["333.3333", "333.3333", "333.3334"], &["a", "b", "c"], 1000, &[333, 333, 334]),
            (&["10.5", "10.5"], &["b", "a"], 21, &[10, 11]),
            (&["10.6", "20.4"], &["a", "b"], 31, &[11, 20]),
            (&["0", "1.5", "1.5"], &["a", "b", "c"], 3, &[0, 2, 1]),
            (&["5", "7"], &["a", "b"], 12, &[5, 7]),
            // equal remainders: the larger exact share carries the extra unit
            (&["1.5", "2.5", "3"], &["a", "b", "c"], 7, &[1, 3, 3]),
        ];
        for (exact, keys, total, expected) in cases {
            assert_eq!(apportion_text(exact, keys, *total), *expected, "{exact:?}");
        }
    }

    /// The method as documented, by a full sort: the reference the selection must agree with.
    fn apportion_by_sorting(nums: &[i128], den: i128, keys: &[&str], total: i64) -> Vec<i64> {
        let mut units: Vec<i64> = nums.iter().map(|x| (x / den) as i64).collect();
        let leftover = (total - units.iter().sum::<i64>()) as usize;
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_by(|&a, &b| {
            (nums[b] % den).cmp(&(nums[a] % den)).then(nums[b].cmp(&nums[a])).then(keys[a].cmp(keys[b]))
        });
        for &i in &order[..leftover] {
            units[i] += 1;
        }
        units
    }

    proptest::proptest! {
        #[test]
        fn selection_agrees_with_a_full_sort(
            nums in proptest::collection::vec(0i128..60, 1..40),
            den in proptest::sample::select(vec![1i128, 3, 10, crate::exact::ATOMS_PER_MINOR]),
            extra in 0usize..40,
        ) {
            let names: Vec<String> = (0..nums.len()).map(|i| format!("m{:02}", (i * 7) % 41)).collect();
            let keys: Vec<&str> = names.iter().map(String::as_str).collect();
            let floor: i64 = nums.iter().map(|x| (x / den) as i64).sum();
            let total = floor + (extra % (nums.len() + 1)) as i64;
            proptest::prop_assert_eq!(apportion(&nums, den, &keys, total), apportion_by_sorting(&nums, den, &keys, total));
        }
    }

    #[test]
    fn result_does_not_depend_on_input_order() {
        let a = apportion_text(&["1.5", "1.5", "1.5", "1.5"], &["d", "a", "c", "b"], 6);
        // a and b get the two extra units, whatever the order
        assert_eq!(a, vec![1, 2, 1, 2]);
    }
}
