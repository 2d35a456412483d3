/**
 * A small, fast, seedable generator (mulberry32): the same seed gives the same numbers on every machine and
 * Node version, unlike Math.random. The bench corpus and the evasion fixtures are made with it.
 *
 * @example
 * const next = seededRandom(20260112); next() // the same number in [0, 1) on every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
