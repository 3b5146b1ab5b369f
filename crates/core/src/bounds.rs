//! Floors and ceilings with the excess redistributed: solved directly as the fixed point.
//!
//! Redistributing the excess of bounded members to the unbounded ones in proportion to their
//! shares, repeatedly until no bound is violated, ends where every member pays
//! `clamp(scale × formula_share, floor, ceiling)` for the one `scale` at which the shares add
//! up to the pool. We find that scale exactly from the sorted breakpoints instead of
//! iterating, which is faster, cannot oscillate between floors and ceilings, and does not
//! depend on member order.

use rust_decimal::Decimal;

/// A member's bounds, already rounded inwards to the minor unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    pub floor: Decimal,
    pub ceiling: Option<Decimal>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Free,
    AtFloor,
    AtCeiling,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solved {
    pub shares: Vec<Decimal>,
    pub status: Vec<Status>,
    /// The factor applied to the unbounded members' shares (1 when no bound binds).
    pub scale: Decimal,
    /// How much more (positive) or less the bounded members pay than their formula shares:
    /// the amount the unbounded members give up or take over.
    pub moved: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoundsError {
    Crossed { index: usize, floor: Decimal, ceiling: Decimal },
    FloorsTooHigh { floors: Decimal, pool: Decimal },
    CeilingsTooLow { ceilings: Decimal, pool: Decimal },
}

/// Solves the bounded split of `pool` given the formula's (unbounded) `shares`.
pub fn solve(shares: &[Decimal], bounds: &[Bound], pool: Decimal) -> Result<Solved, BoundsError> {
    assert_eq!(shares.len(), bounds.len());
    check_feasible(shares, bounds, pool)?;
    if bounds.iter().zip(shares).all(|(b, s)| within(b, *s)) {
        let status = vec![Status::Free; shares.len()];
        return Ok(Solved { shares: shares.to_vec(), status, scale: Decimal::ONE, moved: Decimal::ZERO });
    }
    let scale = find_scale(shares, bounds, pool);
    let mut out = Vec::with_capacity(shares.len());
    let mut status = Vec::with_capacity(shares.len());
    let mut moved = Decimal::ZERO;
    for (s, b) in shares.iter().zip(bounds) {
        let (value, st) = clamp(*s * scale, b);
        if st != Status::Free {
            moved += value - *s;
        }
        out.push(value);
        status.push(st);
    }
    Ok(Solved { shares: out, status, scale, moved })
}

fn within(b: &Bound, s: Decimal) -> bool {
    s >= b.floor && b.ceiling.is_none_or(|c| s <= c)
}

fn clamp(value: Decimal, b: &Bound) -> (Decimal, Status) {
    if value <= b.floor {
        // A member exactly at its floor counts as held there only if the floor is positive.
        return (b.floor, if b.floor.is_zero() && value.is_zero() { Status::Free } else { Status::AtFloor });
    }
    match b.ceiling {
        Some(c) if value >= c => (c, Status::AtCeiling),
        _ => (value, Status::Free),
    }
}

fn check_feasible(shares: &[Decimal], bounds: &[Bound], pool: Decimal) -> Result<(), BoundsError> {
    let mut floors = Decimal::ZERO;
    let mut ceilings = Some(Decimal::ZERO);
    for (index, (s, b)) in shares.iter().zip(bounds).enumerate() {
        if let Some(c) = b.ceiling {
            if b.floor > c {
                return Err(BoundsError::Crossed { index, floor: b.floor, ceiling: c });
            }
        }
        floors += b.floor;
        // A member with a zero share stays at its floor whatever the scale.
        let most = if s.is_zero() { Some(b.floor) } else { b.ceiling };
        ceilings = ceilings.zip(most).map(|(a, c)| a + c);
    }
    if floors > pool {
        return Err(BoundsError::FloorsTooHigh { floors, pool });
    }
    if let Some(ceilings) = ceilings.filter(|c| *c < pool) {
        return Err(BoundsError::CeilingsTooLow { ceilings, pool });
    }
    Ok(())
}

/// The scale at which the clamped shares add up to `pool`.
///
/// The clamped total rises with the scale piecewise linearly: total = C + scale × S, where C
/// sums the bounds of the members held at one and S the formula shares of the free ones. A
/// sweep over the breakpoints (a member leaves its floor at floor/share and reaches its
/// ceiling at ceiling/share) keeps C and S up to date and stops on the piece that reaches
/// the pool: one sort and one pass.
fn find_scale(shares: &[Decimal], bounds: &[Bound], pool: Decimal) -> Decimal {
    #[derive(Clone, Copy)]
    enum Event {
        LeavesFloor,
        ReachesCeiling,
    }
    let mut events: Vec<(Decimal, Event, usize)> = Vec::with_capacity(shares.len() * 2);
    let (mut held, mut free) = (Decimal::ZERO, Decimal::ZERO);
    for (i, (s, b)) in shares.iter().zip(bounds).enumerate() {
        if s.is_zero() {
            held += b.floor;
            continue;
        }
        if b.floor.is_zero() {
            free += *s;
        } else {
            held += b.floor;
            events.push((b.floor / *s, Event::LeavesFloor, i));
        }
        if let Some(c) = b.ceiling {
            events.push((c / *s, Event::ReachesCeiling, i));
        }
    }
    events.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (at, event, i) in events {
        if held + at * free >= pool {
            break;
        }
        match event {
            Event::LeavesFloor => {
                held -= bounds[i].floor;
                free += shares[i];
            }
            Event::ReachesCeiling => {
                free -= shares[i];
                held += bounds[i].ceiling.expect("a ceiling event has a ceiling");
            }
        }
    }
    if free.is_zero() {
        // Only when the floors alone make up the pool (checked feasible before).
        assert_eq!(held, pool, "no free member left to take up the rest");
        return Decimal::ZERO;
    }
    (pool - held) / free
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn b(floor: &str, ceiling: Option<&str>) -> Bound {
        Bound { floor: d(floor), ceiling: ceiling.map(d) }
    }

    #[test]
    fn excess_goes_to_the_unbounded_members() {
        // shares 100/300/600 of 1000; the third capped at 500: 100 moves to the others 1:3.
        let solved =
            solve(&[d("100"), d("300"), d("600")], &[b("0", None), b("0", None), b("0", Some("500"))], d("1000"))
                .unwrap();
        assert_eq!(solved.shares, vec![d("125"), d("375"), d("500")]);
        assert_eq!(solved.status, vec![Status::Free, Status::Free, Status::AtCeiling]);
    }

    #[test]
    fn redistribution_repeats_until_no_bound_is_violated() {
        // Capping C at 450 pushes B over its 360 ceiling too: both capped, A takes the rest.
        let shares = [d("100"), d("300"), d("600")];
        let bounds = [b("0", None), b("0", Some("360")), b("0", Some("450"))];
        let solved = solve(&shares, &bounds, d("1000")).unwrap();
        assert_eq!(solved.shares, vec![d("190"), d("360"), d("450")]);
    }

    #[test]
    fn floors_and_ceilings_together() {
        // A raised to its floor 200, C lowered to 450: B absorbs the difference.
        let shares = [d("50"), d("350"), d("600")];
        let bounds = [b("200", None), b("0", None), b("0", Some("450"))];
        let solved = solve(&shares, &bounds, d("1000")).unwrap();
        assert_eq!(solved.shares, vec![d("200"), d("350"), d("450")]);
    }

    #[test]
    fn impossible_bounds_are_errors() {
        let shares = [d("500"), d("500")];
        assert_eq!(
            solve(&shares, &[b("600", None), b("600", None)], d("1000")),
            Err(BoundsError::FloorsTooHigh { floors: d("1200"), pool: d("1000") })
        );
        assert_eq!(
            solve(&shares, &[b("0", Some("400")), b("0", Some("400"))], d("1000")),
            Err(BoundsError::CeilingsTooLow { ceilings: d("800"), pool: d("1000") })
        );
        assert!(matches!(
            solve(&shares, &[b("300", Some("200")), b("0", None)], d("1000")),
            Err(BoundsError::Crossed { index: 0, .. })
        ));
    }
}
