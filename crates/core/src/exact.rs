//! Integer arithmetic for the split engine: amounts in atoms, weights as integers, no floats.
//!
//! The engine computes every share as a whole number of *atoms*, 10⁻⁹ of the currency's
//! minor unit, and every weight as an integer (a metric times a power of ten). Products that
//! would overflow `i128` are carried out in 256 bits, so the arithmetic is exact floor
//! division at every size; only the largest-remainder step turns atoms into minor units.

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// Atoms in one minor unit (one cent of EUR, one yen of JPY).
pub const ATOMS_PER_MINOR: i128 = 1_000_000_000;
/// Decimal places of an atom below the minor unit.
pub const ATOM_DIGITS: u32 = 9;

/// ⌊a × b / c⌋ for non-negative `a`, `b` and positive `c`, exact even when `a × b` overflows.
pub fn mul_div(a: i128, b: i128, c: i128) -> i128 {
    assert!(a >= 0 && b >= 0 && c > 0, "mul_div({a}, {b}, {c}) outside its domain");
    match checked_mul(a, b) {
        Some(p) => div_rem(p, c).0,
        None => {
            let q = wide::div(wide::mul(a as u128, b as u128), c as u128);
            i128::try_from(q).expect("quotient fits in i128")
        }
    }
}

/// `part / total` as a binary fixed-point fraction, so that many products `part × w / total`
/// cost a multiplication and a shift each instead of a division ([`Per::of`]).
#[derive(Clone, Copy, Debug)]
pub struct Per {
    part: i128,
    total: i128,
    /// ⌊part × 2⁶⁴ / total⌋, or None if that does not fit (then `of` divides exactly).
    fraction: Option<i128>,
    /// The fraction, part and total when each fits 64 bits (the common case), checked once
    /// here rather than for every product.
    narrow: Option<(u128, u64, u64)>,
}

impl Per {
    pub fn new(part: i128, total: i128) -> Per {
        assert!(part >= 0 && total > 0, "Per::new({part}, {total}) outside its domain");
        let fraction = checked_mul(part, 1 << 64).map(|p| p / total);
        let narrow = match (fraction, below_2_64(part), below_2_64(total)) {
            (Some(f), Some(part), Some(total)) => Some((f as u128, part, total)),
            _ => None,
        };
        Per { part, total, fraction, narrow }
    }

    /// ⌊w × part / total⌋, exactly: the fixed-point product is the floor or one below it, and
    /// one comparison of products tells which.
    #[inline]
    pub fn of(&self, w: i128) -> i128 {
        debug_assert!(w >= 0);
        if let (Some((f, part, total)), Some(w64)) = (self.narrow, below_2_64(w)) {
            if let Some(q) = floor_of_product(f, w64, part, total) {
                return q as i128;
            }
        }
        self.of_wide(w)
    }

    /// `of` where a factor does not fit 64 bits.
    #[inline(never)]
    fn of_wide(&self, w: i128) -> i128 {
        match self.fraction.and_then(|f| checked_mul(f, w)) {
            Some(p) => {
                let q = p >> 64;
                if cmp_products(q + 1, self.total, self.part, w) == Ordering::Greater {
                    q
                } else {
                    q + 1
                }
            }
            None => mul_div(self.part, w, self.total),
        }
    }
}

/// ⌊part × w / total⌋ from the fixed-point `fraction` = ⌊part × 2⁶⁴ / total⌋, when every
/// other factor fits in 64 bits (once per member and component: the common case). The
/// fixed-point product, in two 64 × 64-bit multiplications, is the floor or one below it
/// (w < 2⁶⁴), and one comparison of 128-bit products tells which. None in the rare case
/// where an intermediate would not fit 128 bits.
#[inline]
fn floor_of_product(fraction: u128, w: u64, part: u64, total: u64) -> Option<u128> {
    let w = u128::from(w);
    let (high, low) = (fraction >> 64, fraction & u128::from(u64::MAX));
    let q = high.checked_mul(w)?.checked_add((low * w) >> 64)?;
    let next = u64::try_from(q + 1).ok()?;
    let exceeds = u128::from(next) * u128::from(total) > u128::from(part) * w;
    Some(if exceeds { q } else { q + 1 })
}

/// ⌈a × b / c⌉ for non-negative `a`, `b` and positive `c`.
pub fn mul_div_up(a: i128, b: i128, c: i128) -> i128 {
    let down = mul_div(a, b, c);
    if cmp_products(down, c, a, b) == Ordering::Less {
        down + 1
    } else {
        down
    }
}

/// ⌊n / d⌋ and n mod d for non-negative `n` and positive `d`, by a native 64-bit division
/// when both fit (the common case, several times faster than a 128-bit one).
pub fn div_rem(n: i128, d: i128) -> (i128, i128) {
    match (u64::try_from(n), u64::try_from(d)) {
        (Ok(n), Ok(d)) => (i128::from(n / d), i128::from(n % d)),
        _ => (n / d, n % d),
    }
}

/// Compares `a × b` with `c × d`, all non-negative, without overflow.
pub fn cmp_products(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    debug_assert!(a >= 0 && b >= 0 && c >= 0 && d >= 0);
    if let (Some(a), Some(b), Some(c), Some(d)) = (below_2_64(a), below_2_64(b), below_2_64(c), below_2_64(d)) {
        // Sorting bounds and checking every reciprocal's floor come here: 64-bit factors
        // multiply in one instruction, where i128::checked_mul is a call.
        return (u128::from(a) * u128::from(b)).cmp(&(u128::from(c) * u128::from(d)));
    }
    match (checked_mul(a, b), checked_mul(c, d)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => wide::mul(a as u128, b as u128).cmp(&wide::mul(c as u128, d as u128)),
    }
}

/// `a × b`, or None on overflow; factors that fit in 64 bits (nearly all of them) take one
/// widening multiplication instead of `i128::checked_mul`'s call.
#[inline]
pub fn checked_mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(a), Ok(b)) => Some(i128::from(a) * i128::from(b)),
        _ => a.checked_mul(b),
    }
}

#[inline]
fn below_2_64(x: i128) -> Option<u64> {
    u64::try_from(x).ok()
}

/// 10ⁿ as an integer (from a table: bounds and weights ask for one per member).
#[inline]
pub fn pow10(n: u32) -> i128 {
    const POWERS: [i128; 39] = {
        let mut table = [1i128; 39];
        let mut k = 1;
        while k < 39 {
            table[k] = table[k - 1] * 10;
            k += 1;
        }
        table
    };
    *POWERS.get(n as usize).expect("power of ten fits in i128")
}

/// A decimal written as an integer count of 10⁻`digits`: `scaled(1.5, 2) = Some(150)`; None
/// if it does not fit in an `i128`. The decimal must not have more than `digits` decimals.
#[inline]
pub fn scaled(d: Decimal, digits: u32) -> Option<i128> {
    assert!(d.scale() <= digits, "{d} has more than {digits} decimals");
    if d.scale() == digits {
        return Some(d.mantissa());
    }
    checked_mul(d.mantissa(), 10i128.checked_pow(digits - d.scale())?)
}

/// A number of decimals at which all the decimals are whole (their largest scale).
pub fn common_digits(values: impl IntoIterator<Item = Decimal>) -> u32 {
    values.into_iter().map(|d| d.scale()).max().unwrap_or(0)
}

/// `num / den` as a decimal for display (28 significant digits).
pub fn ratio(mut num: i128, mut den: i128) -> Decimal {
    assert!(den != 0, "ratio with a zero denominator");
    // Decimal holds 96 bits: drop low digits of both (a display value only) until they fit.
    while num.unsigned_abs() >= 1 << 95 || den.unsigned_abs() >= 1 << 95 {
        num /= 10;
        den /= 10;
    }
    Decimal::from_i128_with_scale(num, 0) / Decimal::from_i128_with_scale(den, 0)
}

/// 256-bit helpers for the rare products that overflow 128 bits.
mod wide {
    /// (high, low) halves of a 256-bit product.
    pub(super) fn mul(a: u128, b: u128) -> (u128, u128) {
        const MASK: u128 = u64::MAX as u128;
        let (a1, a0) = (a >> 64, a & MASK);
        let (b1, b0) = (b >> 64, b & MASK);
        let (lo_lo, lo_hi, hi_lo, hi_hi) = (a0 * b0, a0 * b1, a1 * b0, a1 * b1);
        let mid = (lo_lo >> 64) + (lo_hi & MASK) + (hi_lo & MASK);
        let lo = (lo_lo & MASK) | (mid << 64);
        let hi = hi_hi + (lo_hi >> 64) + (hi_lo >> 64) + (mid >> 64);
        (hi, lo)
    }

    /// ⌊(high, low) / d⌋ by binary long division; the quotient must fit in 128 bits.
    pub(super) fn div((hi, lo): (u128, u128), d: u128) -> u128 {
        assert!(hi < d, "256-bit quotient does not fit in 128 bits");
        let (mut rem, mut q) = (hi, 0u128);
        for bit in (0..128).rev() {
            let carry = rem >> 127;
            rem = (rem << 1) | ((lo >> bit) & 1);
            q <<= 1;
            if carry == 1 || rem >= d {
                rem = rem.wrapping_sub(d);
                q |= 1;
            }
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn products_beyond_128_bits_divide_exactly() {
        // (a, b, c, ⌊a·b/c⌋)
        let e = pow10;
        let cases = [
            (e(30), e(20), e(25), e(25)),
            (e(35), e(35), e(34), e(36)),
            (i128::MAX, 2, 2, i128::MAX),
            (i128::MAX, i128::MAX, i128::MAX, i128::MAX),
            (7, 3, 2, 10),
        ];
        for (a, b, c, q) in cases {
            assert_eq!(mul_div(a, b, c), q, "{a}·{b}/{c}");
        }
        assert_eq!(mul_div_up(7, 3, 2), 11);
        assert_eq!(mul_div_up(8, 3, 2), 12);
        assert_eq!(cmp_products(e(30), e(20), e(25), e(25)), Ordering::Equal);
        assert_eq!(cmp_products(e(30), e(20) + 1, e(25), e(25)), Ordering::Greater);
    }

    #[test]
    fn decimals_scale_to_integers() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(scaled(d("1.5"), 2), Some(150));
        assert_eq!(scaled(d("12"), 0), Some(12));
        assert_eq!(scaled(d("12.50"), 3), Some(12500));
        assert_eq!(common_digits([d("1.50"), d("2.125"), d("3")]), 3);
        assert_eq!(ratio(1, 3).round_dp(4), d("0.3333"));
    }

    proptest! {
        #[test]
        fn per_agrees_with_division(part in 0i128..(1 << 90), total in 1i128..(1 << 70), w in 0i128..(1 << 60)) {
            prop_assert_eq!(Per::new(part, total).of(w), mul_div(part, w, total));
        }

        #[test]
        fn per_agrees_with_division_in_64_bits(part in 0u64.., total in 1u64.., w in 0u64..) {
            let (part, total, w) = (i128::from(part), i128::from(total), i128::from(w));
            prop_assert_eq!(Per::new(part.min(total), total).of(w), mul_div(part.min(total), w, total));
            prop_assert_eq!(Per::new(part / 3, total).of(w), mul_div(part / 3, w, total));
        }

        #[test]
        fn checked_mul_agrees_with_native(a in any::<i128>(), b in any::<i128>(), small in any::<i64>()) {
            prop_assert_eq!(checked_mul(a, b), a.checked_mul(b));
            prop_assert_eq!(checked_mul(i128::from(small), b), i128::from(small).checked_mul(b));
            prop_assert_eq!(checked_mul(i128::from(small), i128::from(small)), i128::from(small).checked_mul(i128::from(small)));
        }

        #[test]
        fn products_compare_as_native(a in 0i128..(1 << 70), b in 0i128..(1 << 56), c in 0u64.., d in 0u64..) {
            let (ab, cd) = ((a * b) as u128, u128::from(c) * u128::from(d));
            let (c, d) = (i128::from(c), i128::from(d));
            prop_assert_eq!(cmp_products(a, b, c, d), ab.cmp(&cd));
            prop_assert_eq!(cmp_products(c, d, a, b), cd.cmp(&ab));
        }

        #[test]
        fn wide_division_agrees_with_native(a in 0u64.., b in 0u64.., c in 1u64..) {
            let (a, b, c) = (u128::from(a), u128::from(b), u128::from(c));
            prop_assert_eq!(wide::div(wide::mul(a, b), c), a * b / c);
        }

        #[test]
        fn wide_product_agrees_with_native(a in 0u128..(1 << 100), b in 0u128..(1 << 27)) {
            prop_assert_eq!(wide::mul(a, b), (0, a * b));
        }
    }
}
