//! A small deterministic xorshift64* generator: runs are reproducible from their seed.

/// The generator's state.
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

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability `1/n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One element of a non-empty slice (`None` when empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// A signed number, mostly small, sometimes extreme.
    pub fn int(&mut self) -> i64 {
        match self.below(6) {
            0 => *self
                .pick(&[
                    0,
                    1,
                    -1,
                    i64::MAX,
                    i64::MIN,
                    i32::MAX as i64,
                    i32::MIN as i64,
                    1 << 40,
                ])
                .unwrap_or(&0),
            1 | 2 => self.below(100) as i64 - 50,
            3 => self.below(100_000) as i64 - 50_000,
            _ => self.next_u64() as i64,
        }
    }
}
