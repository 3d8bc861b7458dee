//! Where the generators' decisions come from. Every generator takes `&mut impl Choices`, so the
//! same grammar serves three drivers: the stable fuzz driver draws from a seeded [`Rng`];
//! libFuzzer and proptest hand over a byte string read by [`Bytes`], which a fuzzer mutates
//! with coverage feedback and proptest shrinks (fewer and smaller bytes give shorter inputs
//! built from the first alternative of each choice).

/// A source of decisions.
pub trait Choices {
    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize;

    /// 64 bits.
    fn bits(&mut self) -> u64;

    /// True one time in `n` (on average).
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One element of a slice (`None` when it is empty).
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// An index into `weights`, each drawn in proportion to its weight.
    fn weighted(&mut self, weights: &[usize]) -> usize {
        let total: usize = weights.iter().sum();
        let mut x = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        0
    }

    /// A signed number, mostly small, sometimes extreme.
    fn int(&mut self) -> i64 {
        match self.below(6) {
            0 => *self
                .pick(&[
                    0,
                    1,
                    -1,
                    i64::MAX,
                    i64::MIN,
                    i64::from(i32::MAX),
                    i64::from(i32::MIN),
                    1 << 40,
                ])
                .unwrap_or(&0),
            1 | 2 => self.below(100) as i64 - 50,
            3 => self.below(100_000) as i64 - 50_000,
            _ => self.bits() as i64,
        }
    }
}

/// A small deterministic xorshift64* generator: runs are reproducible from their seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced: xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Self {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }
}

impl Choices for Rng {
    fn bits(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.bits() % n as u64) as usize
        }
    }
}

/// Decisions read from a byte string: one byte for a choice among at most 256, more for
/// larger ranges; every choice is 0 once the bytes run out, so any byte string (the empty one
/// too) is a valid, finite input.
#[derive(Debug, Clone)]
pub struct Bytes<'a> {
    data: &'a [u8],
}

impl<'a> Bytes<'a> {
    /// Decisions from `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data }
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.data
    }

    fn take(&mut self, n: usize) -> u64 {
        let n = n.min(self.data.len());
        let (head, tail) = self.data.split_at(n);
        self.data = tail;
        head.iter()
            .rev()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
    }
}

impl Choices for Bytes<'_> {
    fn bits(&mut self) -> u64 {
        self.take(8)
    }

    fn below(&mut self, n: usize) -> usize {
        let width = match n {
            0 | 1 => return 0,
            2..=256 => 1,
            257..=65_536 => 2,
            _ => 4,
        };
        (self.take(width) % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_little_endian_and_run_out_to_zero() {
        let mut b = Bytes::new(&[7, 0x34, 0x12, 9]);
        assert_eq!(b.below(10), 7);
        assert_eq!(b.below(60_000), 0x1234);
        assert_eq!(b.below(2), 1);
        assert_eq!(b.below(256), 0);
        assert_eq!(b.bits(), 0);
        assert!(b.one_in(5));
    }

    #[test]
    fn weighted_follows_the_weights() {
        // Weights 1 and 3: the first byte 0 picks the first, 1..=3 the second.
        let picks: Vec<usize> = (0u8..4)
            .map(|x| Bytes::new(&[x]).weighted(&[1, 3]))
            .collect();
        assert_eq!(picks, [0, 1, 1, 1]);
    }

    #[test]
    fn rng_repeats_from_its_seed() {
        let (mut a, mut b) = (Rng::new(42), Rng::new(42));
        let xs: Vec<u64> = (0..4).map(|_| a.bits()).collect();
        let ys: Vec<u64> = (0..4).map(|_| b.bits()).collect();
        assert_eq!(xs, ys);
        assert!(xs.windows(2).all(|w| w[0] != w[1]));
    }
}
