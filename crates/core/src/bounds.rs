//! Floors and ceilings with the excess redistributed: solved directly as the fixed point.
//!
//! Redistributing the excess of bounded members to the unbounded ones in proportion to their
//! shares, repeatedly until no bound is violated, ends where every member pays
//! `clamp(scale × formula_share, floor, ceiling)` for the one `scale` at which the shares add
//! up to the pool. We find that scale exactly from the sorted breakpoints instead of
//! iterating, which is faster, cannot oscillate between floors and ceilings, and does not
//! depend on member order.
//!
//! Amounts are integers in one unit (the engine uses atoms); the scale is kept as the exact
//! fraction `num / den`, and scaled shares are rounded down to the unit (see [`Per`]).

use std::cmp::Ordering;

use crate::exact::{cmp_products, Per};

/// A member's bounds, already rounded inwards to the minor unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    pub floor: i128,
    pub ceiling: Option<i128>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Free,
    AtFloor,
    AtCeiling,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solved {
    pub shares: Vec<i128>,
    pub status: Vec<Status>,
    /// The factor `(num, den)` applied to the unbounded members' shares; None when no bound
    /// binds and the formula stands.
    pub scale: Option<(i128, i128)>,
    /// How much more (positive) or less the bounded members pay than their formula shares:
    /// the amount the unbounded members give up or take over.
    pub moved: i128,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoundsError {
    Crossed { index: usize, floor: i128, ceiling: i128 },
    FloorsTooHigh { floors: i128, pool: i128 },
    CeilingsTooLow { ceilings: i128, pool: i128 },
}

/// Solves the bounded split of `pool` given the formula's (unbounded, non-negative) `shares`.
pub fn solve(shares: &[i128], bounds: &[Bound], pool: i128) -> Result<Solved, BoundsError> {
    assert_eq!(shares.len(), bounds.len());
    let all_within = check_feasible(shares, bounds, pool)?;
    if all_within {
        let status = vec![Status::Free; shares.len()];
        return Ok(Solved { shares: shares.to_vec(), status, scale: None, moved: 0 });
    }
    let (num, den) = find_scale(shares, bounds, pool);
    let mut out = Vec::with_capacity(shares.len());
    let mut status = Vec::with_capacity(shares.len());
    let mut moved = 0;
    let scale = Per::new(num, den);
    for (s, b) in shares.iter().zip(bounds) {
        let (value, st) = clamp(scale.of(*s), b);
        if st != Status::Free {
            moved += value - *s;
        }
        out.push(value);
        status.push(st);
    }
    Ok(Solved { shares: out, status, scale: Some((num, den)), moved })
}

fn within(b: &Bound, s: i128) -> bool {
    s >= b.floor && b.ceiling.is_none_or(|c| s <= c)
}

fn clamp(value: i128, b: &Bound) -> (i128, Status) {
    if value <= b.floor {
        // A member exactly at its floor counts as held there only if the floor is positive.
        return (b.floor, if b.floor == 0 && value == 0 { Status::Free } else { Status::AtFloor });
    }
    match b.ceiling {
        Some(c) if value >= c => (c, Status::AtCeiling),
        _ => (value, Status::Free),
    }
}

/// Whether the bounds can be met (else why not), and whether every formula share is within
/// its bounds already: one pass for both.
fn check_feasible(shares: &[i128], bounds: &[Bound], pool: i128) -> Result<bool, BoundsError> {
    let mut floors = 0;
    let mut ceilings = Some(0);
    let mut all_within = true;
    for (index, (s, b)) in shares.iter().zip(bounds).enumerate() {
        all_within &= within(b, *s);
        if let Some(c) = b.ceiling {
            if b.floor > c {
                return Err(BoundsError::Crossed { index, floor: b.floor, ceiling: c });
            }
        }
        floors += b.floor;
        // A member with a zero share stays at its floor whatever the scale.
        let most = if *s == 0 { Some(b.floor) } else { b.ceiling };
        ceilings = ceilings.zip(most).map(|(a, c)| a + c);
    }
    if floors > pool {
        return Err(BoundsError::FloorsTooHigh { floors, pool });
    }
    if let Some(ceilings) = ceilings.filter(|c| *c < pool) {
        return Err(BoundsError::CeilingsTooLow { ceilings, pool });
    }
    Ok(all_within)
}

/// The scale `(num, den)` at which the clamped shares add up to `pool`.
///
/// The clamped total rises with the scale piecewise linearly: total = C + scale × S, where C
/// sums the bounds of the members held at one and S the formula shares of the free ones. A
/// member leaves its floor at scale floor/share and reaches its ceiling at ceiling/share:
/// crossing such a breakpoint moves the member between C and S. The formula shares add up to
/// the pool, so the answer lies near scale 1, and the piece just below 1 is found without
/// sorting (a breakpoint is below 1 when its bound is below the share). From there a sweep
/// crosses breakpoints down (if the total at 1 reaches the pool) or up (if not), in order
/// from a heap, and stops on the piece that reaches the pool: usually after a few of them,
/// where sorting all breakpoints took a fifth of a bounded split's time. Breakpoints are
/// fractions, compared by cross products.
fn find_scale(shares: &[i128], bounds: &[Bound], pool: i128) -> (i128, i128) {
    // The piece just below scale 1, without collecting any breakpoint: each member starts at
    // its floor (or free), and crosses each of its breakpoints below 1.
    let mut piece = Piece { held: 0, free: 0 };
    for (&share, b) in shares.iter().zip(bounds) {
        if share == 0 {
            // A member with a zero share stays at its floor whatever the scale.
            piece.held += b.floor;
            continue;
        }
        if b.floor == 0 {
            piece.free += share;
        } else {
            piece.held += b.floor;
            if b.floor < share {
                piece.cross_up(&Event { bound: b.floor, share, kind: Kind::LeavesFloor });
            }
        }
        if let Some(c) = b.ceiling.filter(|c| *c < share) {
            piece.cross_up(&Event { bound: c, share, kind: Kind::ReachesCeiling });
        }
    }
    // Then only the breakpoints on the side the sweep goes, in member order as before.
    let down = piece.held + piece.free >= pool;
    let mut events = Vec::new();
    for (&share, b) in shares.iter().zip(bounds) {
        if share == 0 {
            continue;
        }
        if b.floor != 0 && (b.floor < share) == down {
            events.push(Event { bound: b.floor, share, kind: Kind::LeavesFloor });
        }
        if let Some(c) = b.ceiling.filter(|c| (*c < share) == down) {
            events.push(Event { bound: c, share, kind: Kind::ReachesCeiling });
        }
    }
    if down {
        let mut down = std::collections::BinaryHeap::from(events);
        while down.peek().is_some_and(|e| piece.reaches(e, pool)) {
            piece.cross_down(&down.pop().expect("peeked"));
        }
    } else {
        let mut up: std::collections::BinaryHeap<_> = events.into_iter().map(std::cmp::Reverse).collect();
        while let Some(std::cmp::Reverse(e)) = up.pop() {
            if piece.reaches(&e, pool) {
                break;
            }
            piece.cross_up(&e);
        }
    }
    if piece.free == 0 {
        // Only when the floors alone make up the pool (checked feasible before).
        assert_eq!(piece.held, pool, "no free member left to take up the rest");
        return (0, 1);
    }
    (pool - piece.held, piece.free)
}

/// A breakpoint: at scale `bound / share` a member leaves its floor or reaches its ceiling.
#[derive(Clone, Copy, Debug)]
struct Event {
    bound: i128,
    share: i128,
    kind: Kind,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    LeavesFloor,
    ReachesCeiling,
}

impl Ord for Event {
    /// By the breakpoint's scale.
    fn cmp(&self, other: &Event) -> Ordering {
        cmp_products(self.bound, other.share, other.bound, self.share)
    }
}

impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Event) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Event {
    fn eq(&self, other: &Event) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Event {}

/// One piece of the clamped total, C + scale × S: `held` is C, `free` is S.
struct Piece {
    held: i128,
    free: i128,
}

impl Piece {
    /// Crossing a breakpoint upwards: the member leaves its floor or stops at its ceiling.
    fn cross_up(&mut self, e: &Event) {
        match e.kind {
            Kind::LeavesFloor => {
                self.held -= e.bound;
                self.free += e.share;
            }
            Kind::ReachesCeiling => {
                self.free -= e.share;
                self.held += e.bound;
            }
        }
    }

    fn cross_down(&mut self, e: &Event) {
        match e.kind {
            Kind::LeavesFloor => {
                self.held += e.bound;
                self.free -= e.share;
            }
            Kind::ReachesCeiling => {
                self.free += e.share;
                self.held -= e.bound;
            }
        }
    }

    /// Whether the total at the breakpoint reaches the pool: held + (bound / share) × free ≥
    /// pool, multiplied out. Crossing a breakpoint does not change this total at the
    /// breakpoint itself (bound = scale × share), so members with equal breakpoints cross
    /// together whatever their order; in between, `free` or `pool - held` may be negative.
    fn reaches(&self, e: &Event, pool: i128) -> bool {
        let need = pool - self.held;
        match (self.free >= 0, need >= 0) {
            (true, true) => cmp_products(e.bound, self.free, need, e.share) != Ordering::Less,
            (true, false) => true,
            (false, true) => e.bound == 0 && need == 0,
            (false, false) => cmp_products(e.bound, -self.free, -need, e.share) != Ordering::Greater,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> i128 {
        s.parse().unwrap()
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

    /// The sweep as it was: every breakpoint sorted, crossed from scale 0 up.
    ///
    /// The clamped total rises with the scale piecewise linearly: total = C + scale × S, where C
    /// sums the bounds of the members held at one and S the formula shares of the free ones. A
    /// sweep over the breakpoints (a member leaves its floor at floor/share and reaches its
    /// ceiling at ceiling/share) keeps C and S up to date and stops on the piece that reaches
    /// the pool: one sort and one pass. Breakpoints are fractions, compared by cross products.
    fn find_scale_by_sorting(shares: &[i128], bounds: &[Bound], pool: i128) -> (i128, i128) {
        #[derive(Clone, Copy)]
        enum Event {
            LeavesFloor,
            ReachesCeiling,
        }
        // (bound, share, event, member): the event happens at scale bound / share.
        let mut events: Vec<(i128, i128, Event, usize)> = Vec::with_capacity(shares.len() * 2);
        let (mut held, mut free) = (0, 0);
        for (i, (s, b)) in shares.iter().zip(bounds).enumerate() {
            if *s == 0 {
                held += b.floor;
                continue;
            }
            if b.floor == 0 {
                free += *s;
            } else {
                held += b.floor;
                events.push((b.floor, *s, Event::LeavesFloor, i));
            }
            if let Some(c) = b.ceiling {
                events.push((c, *s, Event::ReachesCeiling, i));
            }
        }
        events.sort_unstable_by(|a, b| cmp_products(a.0, b.1, b.0, a.1));
        for (bound, share, event, i) in events {
            // held + (bound / share) × free >= pool, multiplied out.
            if cmp_products(bound, free, pool - held, share) != Ordering::Less {
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
        if free == 0 {
            // Only when the floors alone make up the pool (checked feasible before).
            assert_eq!(held, pool, "no free member left to take up the rest");
            return (0, 1);
        }
        (pool - held, free)
    }

    proptest::proptest! {
        #[test]
        fn the_scale_is_the_one_a_full_sort_finds(
            members in proptest::collection::vec((0i128..2_000, 0i128..400, proptest::option::of(0i128..3_000)), 1..30),
            extra in 0i128..3_000,
        ) {
            let shares: Vec<i128> = members.iter().map(|m| m.0 * 1_000).collect();
            let bounds: Vec<Bound> = members
                .iter()
                .map(|m| Bound { floor: m.1 * 1_000, ceiling: m.2.map(|c| (m.1 + c) * 1_000) })
                .collect();
            for pool in [shares.iter().sum::<i128>(), shares.iter().sum::<i128>() + extra * 7] {
                if check_feasible(&shares, &bounds, pool).is_ok() {
                    proptest::prop_assert_eq!(
                        find_scale(&shares, &bounds, pool),
                        find_scale_by_sorting(&shares, &bounds, pool)
                    );
                }
            }
        }
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
