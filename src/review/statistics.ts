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
 * @example
 *   medianInterval([60, 120, 180, 240, 3600], 1) // {low: 120, high: 240} or close
 */
export function medianInterval(
  values: readonly number[],
  seed = 1
): {low: number; high: number} | null {
  if (values.length < minimumForInterval) return null
  const random = seededRandom(seed)
  const medians = new Float64Array(resamples)
  const sample = new Float64Array(values.length)
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++)
      sample[i] = values[Math.floor(random() * values.length)] as number
    medians[r] = medianInPlace(sample)
  }
  medians.sort()
  return {low: quantile(medians, 0.025) as number, high: quantile(medians, 0.975) as number}
}

/**
 * The median (type 7, as `quantile(sorted, 0.5)`) of unsorted values, in
 * linear time: the values are reordered, not sorted (Hoare's selection).
 */
export function medianInPlace(values: Float64Array): number {
  const middle = (values.length - 1) / 2
  const below = Math.floor(middle)
  select(values, below)
  const low = values[below] as number
  if (middle === below) return low
  let high = Number.POSITIVE_INFINITY
  for (let i = below + 1; i < values.length; i++) high = Math.min(high, values[i] as number)
  return low + (high - low) / 2
}

/** Reorder `values` so that the `k`-th smallest is at `k`, smaller ones before, larger after. */
function select(values: Float64Array, k: number): void {
  let left = 0
  let right = values.length - 1
  while (left < right) {
    const pivot = values[(left + right) >>> 1] as number
    let i = left
    let j = right
    while (i <= j) {
      while ((values[i] as number) < pivot) i++
      while ((values[j] as number) > pivot) j--
      if (i <= j) {
        const swap = values[i] as number
        values[i] = values[j] as number
        values[j] = swap
        i++
        j--
      }
    }
    if (k <= j) right = j
    else if (k >= i) left = i
    else return
  }
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
