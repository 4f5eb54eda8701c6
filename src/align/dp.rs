//! The dynamic programme: the cheapest monotone path of beads through a band of cells.
//!
//! Cell `(i, j)` means "the first `i` source and `j` target segments are aligned". Only cells
//! inside the band are stored, so memory and time grow with the band's area, not with n × m.

/// Bead shapes, as (source count, target count).
pub const MOVES: [(usize, usize); 12] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
    (3, 2),
    (2, 3),
    (4, 1),
    (1, 4),
];

/// For each row `i` in `0..=n`, the inclusive range of columns `lo[i]..=hi[i]` searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub lo: Vec<usize>,
    pub hi: Vec<usize>,
}

impl Band {
    /// Every cell.
    pub fn full(n: usize, m: usize) -> Band {
        Band {
            lo: vec![0; n + 1],
            hi: vec![m; n + 1],
        }
    }

    /// Number of cells.
    pub fn cells(&self) -> usize {
        self.lo.iter().zip(&self.hi).map(|(l, h)| h - l + 1).sum()
    }

    /// Makes the band searchable: monotone bounds, each row overlapping the next, corners in.
    pub fn repair(&mut self, m: usize) {
        let n = self.lo.len() - 1;
        self.lo[0] = 0;
        self.hi[n] = m;
        for i in 0..=n {
            self.hi[i] = self.hi[i].min(m);
            self.lo[i] = self.lo[i].min(self.hi[i]);
        }
        for i in 1..=n {
            self.lo[i] = self.lo[i].max(self.lo[i - 1]);
        }
        for i in (0..n).rev() {
            self.hi[i] = self.hi[i].min(self.hi[i + 1]);
        }
        for i in 1..=n {
            // Row i must start no later than row i-1 ends, so a 1-0 move can reach it.
            if self.lo[i] > self.hi[i - 1] {
                self.lo[i] = self.hi[i - 1];
            }
            if self.lo[i] > self.hi[i] {
                self.hi[i] = self.lo[i];
            }
        }
        self.lo[0] = 0;
    }

    pub fn contains(&self, i: usize, j: usize) -> bool {
        i < self.lo.len() && j >= self.lo[i] && j <= self.hi[i]
    }
}

/// One step of the best path: the bead ending at `(i, j)` with shape `MOVES[mv]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub i: usize,
    pub j: usize,
    pub mv: usize,
}

/// The cheapest path from `(0, 0)` to `(n, m)` inside `band`; `cost(i, j, mv)` is the cost of
/// the bead of shape `MOVES[mv]` that ends at cell `(i, j)`. Returns the steps in order, or
/// `None` when the band does not connect the corners.
pub fn search(
    n: usize,
    m: usize,
    band: &Band,
    mut cost: impl FnMut(usize, usize, usize) -> f32,
) -> Option<Vec<Step>> {
    let mut offset = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for i in 0..=n {
        offset.push(total);
        total += band.hi[i] - band.lo[i] + 1;
    }
    let idx = |i: usize, j: usize| offset[i] + (j - band.lo[i]);
    let mut best = vec![f32::INFINITY; total];
    let mut back = vec![u8::MAX; total];
    best[0] = 0.0;
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            if i == 0 && j == 0 {
                continue;
            }
            let mut b = f32::INFINITY;
            let mut bm = u8::MAX;
            for (mv, &(a, c)) in MOVES.iter().enumerate() {
                if a > i || c > j || !band.contains(i - a, j - c) {
                    continue;
                }
                let prev = best[idx(i - a, j - c)];
                if !prev.is_finite() {
                    continue;
                }
                let total = prev + cost(i, j, mv);
                if total < b {
                    b = total;
                    bm = mv as u8;
                }
            }
            let k = idx(i, j);
            best[k] = b;
            back[k] = bm;
        }
    }
    if !band.contains(n, m) || !best[idx(n, m)].is_finite() {
        return None;
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let mv = back[idx(i, j)] as usize;
        steps.push(Step { i, j, mv });
        let (a, c) = MOVES[mv];
        i -= a;
        j -= c;
    }
    steps.reverse();
    Some(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagonal_is_found_when_it_is_cheapest() {
        let steps = search(
            3,
            3,
            &Band::full(3, 3),
            |_, _, mv| if mv == 0 { 0.0 } else { 1.0 },
        )
        .unwrap();
        assert_eq!(steps.len(), 3);
        assert!(steps.iter().all(|s| s.mv == 0));
    }

    #[test]
    fn repaired_band_connects_the_corners() {
        let mut band = Band {
            lo: vec![5, 0, 9, 2],
            hi: vec![6, 1, 9, 3],
        };
        band.repair(10);
        assert_eq!(band.lo[0], 0);
        assert_eq!(band.hi[3], 10);
        for i in 1..4 {
            assert!(band.lo[i] <= band.hi[i - 1]);
            assert!(band.lo[i] >= band.lo[i - 1] && band.hi[i] >= band.hi[i - 1]);
        }
        assert!(search(3, 10, &band, |_, _, _| 1.0).is_some());
    }
}
