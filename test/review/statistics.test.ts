import {expect, describe as group, it} from 'vitest'
import {
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
    expect(medianInterval(values, 7)).not.toEqual(medianInterval(values, 8))
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

group('bootstrap by counting', () => {
  /** The bootstrap as it reads: build each resample, sort it, take its median. */
  function plainInterval(values: number[], seed: number): {low: number; high: number} {
    const random = seededRandom(seed)
    const medians: number[] = []
    for (let r = 0; r < resamples; r++) {
      const sample = Array.from(
        {length: values.length},
        () => values[Math.floor(random() * values.length)] as number
      ).sort((a, b) => a - b)
      medians.push(quantile(sample, 0.5) as number)
    }
    medians.sort((a, b) => a - b)
    return {low: quantile(medians, 0.025) as number, high: quantile(medians, 0.975) as number}
  }

  it('gives the very numbers of resampling, for odd, even and tied counts, in any order', () => {
    const random = seededRandom(3)
    for (const length of [3, 4, 5, 10, 11, 40, 101]) {
      for (let round = 0; round < 3; round++) {
        // Few distinct values (many ties), then spread ones, unsorted.
        const spread = round === 0 ? 5 : 100_000
        const values = Array.from({length}, () => Math.floor(random() * spread) * 7.5)
        const seed = length * 10 + round
        expect(medianInterval(values, seed), values.join(' ')).toEqual(plainInterval(values, seed))
        // In order, as describe gives them: the ranks drawn for this count are kept and shared.
        const sorted = [...values].sort((a, b) => a - b)
        const shifted = sorted.map((value) => value * 3 + 1)
        expect(medianInterval(sorted, seed)).toEqual(plainInterval(sorted, seed))
        expect(medianInterval(shifted, seed)).toEqual(plainInterval(shifted, seed))
      }
    }
  })
})
