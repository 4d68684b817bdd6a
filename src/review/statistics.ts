/**
 * Honest summaries of skewed durations: quantiles, the maximum, and a
 * bootstrap confidence interval for the median, reproducible from a seed.
 * No mean: a single long outage moves a mean more than every short one.
 */

/** What is said about one set of durations (seconds). */
export interface Distribution {
  n: number
  median: number | null
  p75: number | null
  p90: number | null
  max: number | null
  /** 95% bootstrap interval of the median; `null` below `minimumForInterval` values. */
  interval: {low: number; high: number} | null
  /** Fewer than `minimumToCompare` values: too few to compare with another period. */
  tooFew: boolean
}

/** Below this many values there is no interval. */
export const minimumForInterval = 3
/** Below this many values, a median is not compared with another period's. */
export const minimumToCompare = 5
/** Resamples of the bootstrap. */
export const resamples = 2000

/**
 * The `p` quantile (0 to 1) of sorted values by linear interpolation between
 * order statistics (R's type 7, NumPy's default).
 *
 * @example
 *   quantile([10, 20, 30, 40], 0.5) // 25
 *   quantile([10, 20, 30, 40], 0.9) // 37
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null
  const position = (sorted.length - 1) * p
  const below = Math.floor(position)
  const above = Math.ceil(position)
  const low = sorted[below] as number
  const high = sorted[above] as number
  return low + (high - low) * (position - below)
}

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the
 * same sequence in [0, 1) on every machine.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The 95% percentile-bootstrap interval of the median: resample the values
 * with replacement `resamples` times, take each resample's median, and
 * keep the 2.5th and 97.5th percentiles of those.
 *
 * A resample is counted rather than built: each draw adds one to the count
 * of the drawn value's rank, and the median is read off the counts in
 * order. The draws are those of building each resample and taking its
 * median, and so is every number that comes out, in a fifth of the time.
 * For values in order (as `describe` gives them) the ranks depend only on
 * their count and the seed, and are drawn once for every list as long.
 *
 * @example
 *   medianInterval([60, 120, 180, 240, 3600], 1) // {low: 120, high: 240} or close
 */
export function medianInterval(
  values: readonly number[],
  seed = 1
): {low: number; high: number} | null {
  const n = values.length
  if (n < minimumForInterval) return null
  // The values in order, and the rank of each when they were not in order already.
  const inOrder = values.every(
    (value, index) => index === 0 || (values[index - 1] as number) <= value
  )
  const order = Array.from({length: n}, (_, index) => index)
  if (!inOrder) order.sort((a, b) => (values[a] as number) - (values[b] as number))
  const rank = inOrder ? undefined : new Int32Array(n)
  const sorted = new Float64Array(n)
  for (const [position, index] of order.entries()) {
    if (rank) rank[index] = position
    sorted[position] = values[index] as number
  }
  const {low, high} = inOrder
    ? sortedMedianRanks(n, seed)
    : medianRanks(n, seed, rank as Int32Array)
  const medians = new Float64Array(resamples)
  for (let r = 0; r < resamples; r++) {
    const below = sorted[low[r] as number] as number
    // The median of an even count is the mean of the two middle values.
    medians[r] =
      high === undefined ? below : below + ((sorted[high[r] as number] as number) - below) / 2
  }
  medians.sort()
  return {low: quantile(medians, 0.025) as number, high: quantile(medians, 0.975) as number}
}

/** The ranks of each resample's median: the middle one, and the next one when the count is even. */
interface MedianRanks {
  low: Int32Array
  high: Int32Array | undefined
}

/**
 * The median ranks of the resamples of `n` values already in order, which
 * depend only on `n` and the seed: kept, so that the durations of a review
 * with as many values each (most of them) draw once. A few dozen counts
 * at most in a run, 16 KB each.
 */
const sortedRanks = new Map<string, MedianRanks>()

function sortedMedianRanks(n: number, seed: number): MedianRanks {
  const key = `${seed}:${n}`
  let ranks = sortedRanks.get(key)
  if (!ranks) {
    if (sortedRanks.size >= 64) sortedRanks.clear()
    ranks = medianRanks(n, seed)
    sortedRanks.set(key, ranks)
  }
  return ranks
}

/**
 * For each of the `resamples`, the ranks (positions in order) of its
 * median: each draw of an index adds one to the count of its rank (`rank`
 * maps an index to its rank when the values are not in order), and the
 * median is read off the counts in order.
 */
function medianRanks(n: number, seed: number, rank?: Int32Array): MedianRanks {
  const below = Math.floor((n - 1) / 2)
  const even = n % 2 === 0
  const low = new Int32Array(resamples)
  const high = even ? new Int32Array(resamples) : undefined
  // seededRandom(seed), written out: a call per draw is a third of the time.
  let state = seed >>> 0
  const counts = new Int32Array(n)
  for (let r = 0; r < resamples; r++) {
    counts.fill(0)
    for (let draw = 0; draw < n; draw++) {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      const index = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
      const drawn = rank ? (rank[index] as number) : index
      counts[drawn] = (counts[drawn] as number) + 1
    }
    // Walk the ranks to the one that holds the `below`-th smallest draw.
    let seen = 0
    let at = 0
    while (seen + (counts[at] as number) <= below) seen += counts[at++] as number
    low[r] = at
    if (!high) continue
    // The next smallest draw: the same rank when it was drawn again, else the next rank drawn.
    if (seen + (counts[at] as number) <= below + 1) {
      at++
      while (counts[at] === 0) at++
    }
    high[r] = at
  }
  return {low, high}
}

/**
 * Summarise durations: n, median, 75th and 90th percentiles, maximum, and
 * the median's bootstrap interval.
 *
 * @example
 *   describe([300, 900, 1800]).median // 900
 */
export function describe(values: readonly number[], seed = 1): Distribution {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    p90: quantile(sorted, 0.9),
    max: sorted.length === 0 ? null : (sorted.at(-1) as number),
    interval: medianInterval(sorted, seed),
    tooFew: sorted.length < minimumToCompare
  }
}
