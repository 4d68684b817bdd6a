import {expect, describe as group, it} from 'vitest'
import {
  bootstrapMedians,
  describe,
  medianInterval,
  quantile,
  resamples,
  seededRandom
} from '../../src/review/statistics.js'

group('quantile', () => {
  it('interpolates between order statistics (type 7)', () => {
    // (n - 1) p = 1.5 → 20 + 0.5 × 10; 2.25 → 30 + 0.25 × 10; 2.7 → 30 + 0.7 × 10.
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25)
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5)
    expect(quantile([10, 20, 30, 40], 0.9)).toBeCloseTo(37, 10)
    expect(quantile([10, 20, 30, 40], 0)).toBe(10)
    expect(quantile([10, 20, 30, 40], 1)).toBe(40)
    expect(quantile([5, 7, 100], 0.5)).toBe(7)
  })

  it('has no quantile of nothing, and one value is every quantile', () => {
    expect(quantile([], 0.5)).toBeNull()
    expect(quantile([42], 0.9)).toBe(42)
  })
})

group('describe', () => {
  it('summarises skewed durations without a mean', () => {
    // Four short outages and one long one: the median stays with the short ones.
    const summary = describe([600, 300, 900, 1200, 86_400])
    expect(summary).toMatchObject({n: 5, median: 900, p75: 1200, max: 86_400, tooFew: false})
    // 4 × 0.9 = 3.6 → 1200 + 0.6 × (86400 − 1200)
    expect(summary.p90).toBeCloseTo(52_320, 6)
    expect(summary).not.toHaveProperty('mean')
  })

  it('says the empty set and n = 1 honestly', () => {
    expect(describe([])).toEqual({
      n: 0,
      median: null,
      p75: null,
      p90: null,
      max: null,
      interval: null,
      tooFew: true
    })
    expect(describe([3600])).toEqual({
      n: 1,
      median: 3600,
      p75: 3600,
      p90: 3600,
      max: 3600,
      interval: null,
      tooFew: true
    })
  })

  it('flags fewer than five values as too few to compare', () => {
    expect(describe([1, 2, 3, 4]).tooFew).toBe(true)
    expect(describe([1, 2, 3, 4, 5]).tooFew).toBe(false)
  })
})

group('bootstrap interval of the median', () => {
  const values = [300, 420, 600, 900, 1500, 2400, 3600, 7200, 14_400, 86_400]

  it('is reproducible from its seed and moves with it', () => {
    expect(medianInterval(values, 7)).toEqual(medianInterval(values, 7))
    // Ten values give few distinct medians, so two seeds may agree; five seldom all do.
    const seeds = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(medianInterval(values, seed)))
    expect(new Set(seeds).size).toBeGreaterThan(1)
  })

  it('holds the median and stays within the data', () => {
    const interval = medianInterval(values) as {low: number; high: number}
    const median = quantile(values, 0.5) as number
    expect(interval.low).toBeLessThanOrEqual(median)
    expect(interval.high).toBeGreaterThanOrEqual(median)
    expect(interval.low).toBeGreaterThanOrEqual(300)
    expect(interval.high).toBeLessThanOrEqual(86_400)
    // With ten values the interval is wide but far from the extremes.
    expect(interval.low).toBeLessThan(median)
    expect(interval.high).toBeGreaterThan(median)
    expect(interval.high).toBeLessThan(14_400)
  })

  it('is a point for identical values and absent below three values', () => {
    expect(medianInterval([60, 60, 60])).toEqual({low: 60, high: 60})
    expect(medianInterval([60, 120])).toBeNull()
  })

  it('uses a uniform generator', () => {
    const random = seededRandom(1)
    const draws = Array.from({length: resamples}, random)
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThan(1)
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length
    expect(mean).toBeGreaterThan(0.45)
    expect(mean).toBeLessThan(0.55)
  })
})

group('bootstrap medians drawn from the law of order statistics', () => {
  /** The bootstrap as it reads: build each resample, sort it, take its median. */
  function plainMedians(values: readonly number[], seed: number, count: number): number[] {
    const random = seededRandom(seed)
    return Array.from({length: count}, () => {
      const sample = Array.from(
        {length: values.length},
        () => values[Math.floor(random() * values.length)] as number
      ).sort((a, b) => a - b)
      return quantile(sample, 0.5) as number
    })
  }

  /** `count` medians of each function over `seeds` seeds. */
  function medians(
    draw: (values: readonly number[], seed: number, count: number) => ArrayLike<number>,
    values: readonly number[],
    seeds: number,
    count = resamples
  ): number[] {
    return Array.from({length: seeds}, (_, seed) => [
      ...Array.from(draw(values, seed + 1, count))
    ]).flat()
  }

  /** The largest gap between the distribution functions of two samples (Kolmogorov–Smirnov). */
  function ksDistance(a: number[], b: number[]): number {
    const x = [...a].sort((p, q) => p - q)
    const y = [...b].sort((p, q) => p - q)
    let i = 0
    let j = 0
    let gap = 0
    while (i < x.length && j < y.length) {
      const next = Math.min(x[i] as number, y[j] as number)
      while (i < x.length && x[i] === next) i++
      while (j < y.length && y[j] === next) j++
      gap = Math.max(gap, Math.abs(i / x.length - j / y.length))
    }
    return gap
  }

  it('gives each median exactly as often as resampling does, for small odd and even counts', () => {
    // Values 1, 2, 4, 8, ...: every median (one value, or the mean of two) tells which ranks it came from.
    for (const n of [3, 4, 5, 6]) {
      const values = Array.from({length: n}, (_, index) => 2 ** index)
      // The exact law: every one of the n^n resamples, equally likely.
      const exact = new Map<number, number>()
      for (let code = 0; code < n ** n; code++) {
        const sample = Array.from(
          {length: n},
          (_, at) => values[Math.floor(code / n ** at) % n] as number
        )
        const median = quantile(
          sample.sort((a, b) => a - b),
          0.5
        ) as number
        exact.set(median, (exact.get(median) ?? 0) + 1 / n ** n)
      }
      const drawn = medians(bootstrapMedians, values, 50)
      const seen = new Map<number, number>()
      for (const median of drawn) seen.set(median, (seen.get(median) ?? 0) + 1 / drawn.length)
      // Total variation distance: 100,000 draws put it near 0.005 when the laws agree.
      let distance = 0
      for (const median of new Set([...exact.keys(), ...seen.keys()]))
        distance += Math.abs((exact.get(median) ?? 0) - (seen.get(median) ?? 0)) / 2
      expect(distance, `n = ${n}`).toBeLessThan(0.012)
      // And nothing resampling cannot give.
      for (const median of seen.keys()) expect(exact.has(median), `n = ${n}: ${median}`).toBe(true)
    }
  })

  // Two samples of 20,000 from one law differ by more than 0.0195 one time in a thousand.
  const sameLaw = 0.025

  it('has the law of resampling for larger, tied and unsorted values', () => {
    const random = seededRandom(3)
    for (const [n, spread] of [
      [11, 100_000],
      [40, 5],
      [101, 100_000],
      [300, 100_000]
    ] as const) {
      const values = Array.from({length: n}, () => Math.floor(random() * spread) * 7.5)
      const drawn = medians(bootstrapMedians, values, 10)
      const plain = medians(plainMedians, values, 10)
      expect(ksDistance(drawn, plain), `n = ${n}`).toBeLessThan(sameLaw)
    }
  })

  it('would tell a wrong law apart', () => {
    // The same check on a median one rank off: the test above is not blind.
    const values = Array.from({length: 101}, (_, index) => index)
    const plain = medians(plainMedians, values, 10)
    const shifted = plain.map((median) => median + 1)
    expect(ksDistance(plain, shifted)).toBeGreaterThan(sameLaw)
  })

  it('gives the same medians for the same values in any order, and from the same seed', () => {
    const values = [900, 60, 3600, 60, 120, 86_400, 300, 45]
    const reversed = [...values].reverse()
    expect(bootstrapMedians(values, 5)).toEqual(bootstrapMedians(reversed, 5))
    expect(bootstrapMedians(values, 5)).not.toEqual(bootstrapMedians(values, 6))
    for (const median of bootstrapMedians(values, 5)) {
      expect(median).toBeGreaterThanOrEqual(45)
      expect(median).toBeLessThanOrEqual(86_400)
    }
  })
})
