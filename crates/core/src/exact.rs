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
    match a.checked_mul(b) {
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
}

impl Per {
    pub fn new(part: i128, total: i128) -> Per {
        assert!(part >= 0 && total > 0, "Per::new({part}, {total}) outside its domain");
        let fraction = part.checked_mul(1 << 64).map(|p| p / total);
        Per { part, total, fraction }
    }

    /// ⌊w × part / total⌋, exactly: the fixed-point product is the floor or one below it, and
    /// one comparison of products tells which.
    pub fn of(&self, w: i128) -> i128 {
        debug_assert!(w >= 0);
        match self.fraction.and_then(|f| f.checked_mul(w)) {
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
    match (a.checked_mul(b), c.checked_mul(d)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => wide::mul(a as u128, b as u128).cmp(&wide::mul(c as u128, d as u128)),
    }
}

/// 10ⁿ as an integer.
pub fn pow10(n: u32) -> i128 {
    10i128.checked_pow(n).expect("power of ten fits in i128")
}

/// A decimal written as an integer count of 10⁻`digits`: `scaled(1.5, 2) = Some(150)`; None
/// if it does not fit in an `i128`. The decimal must not have more than `digits` decimals.
pub fn scaled(d: Decimal, digits: u32) -> Option<i128> {
    assert!(d.scale() <= digits, "{d} has more than {digits} decimals");
    d.mantissa().checked_mul(10i128.checked_pow(digits - d.scale())?)
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
