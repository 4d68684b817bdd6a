import {describe, expect, it} from 'vitest'
import {type MeasuredIncident, measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {buildReview, type ReviewNote} from '../../src/review/build-review.js'
import {
  isQuarter,
  periodOf,
  previousPeriod,
  quarterOf,
  quarterPeriod,
  rangePeriod
} from '../../src/review/period.js'

/** A report whose phases are `detect`, `diagnose` and `recover` minutes long. */
function report(options: {
  file: string
  date: string
  severity?: string
  services?: string[]
  tags?: string[]
  detect?: number
  diagnose?: number
  recover: number
  actions?: string[]
  factors?: string
}): MeasuredIncident {
  const at = (minutes: number) => {
    const total = 9 * 60 + minutes
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
  }
  const detect = options.detect
  const diagnose = options.diagnose
  const lines = [
    '---',
    `title: ${options.file}`,
    `date: ${options.date}`,
    'timezone: UTC',
    `severity: ${options.severity ?? 'SEV-2'}`,
    `services: [${(options.services ?? []).join(', ')}]`,
    `tags: [${(options.tags ?? []).join(', ')}]`,
    '---',
    '',
    '## Timeline',
    '',
    `- ${at(0)} The change goes out [started]`
  ]
  let minutes = 0
  if (detect !== undefined) {
    minutes += detect
    lines.push(`- ${at(minutes)} The on-call engineer is paged [detected]`)
  }
  if (diagnose !== undefined) {
    minutes += diagnose
    lines.push(`- ${at(minutes)} The cause is found [diagnosed]`)
  }
  minutes += options.recover
  lines.push(`- ${at(minutes)} All clear [resolved]`)
  if (options.factors) lines.push('', '## Contributing factors', '', options.factors)
  if (options.actions) lines.push('', '## Action items', '', ...options.actions)
  const incident = parseIncidents(lines.join('\n'), {path: options.file}).incidents[0]
  if (!incident) throw new Error('no incident')
  return measure(incident)
}

const q3 = [
  report({
    file: 'a.md',
    date: '2026-07-10',
    severity: 'SEV-1',
    services: ['api', 'db'],
    tags: ['deploy'],
    detect: 5,
    diagnose: 25,
    recover: 30,
    factors: 'A config change was deployed without a canary.',
    actions: [
      '- [ ] Add a canary stage, owner: @ops, due 2026-08-01',
      '- [x] Roll back faster, owner: @ops, due 2026-07-20',
      '- [ ] Page on error rate, owner: @sre, due 2026-12-01'
    ]
  }),
  report({
    file: 'b.md',
    date: '2026-08-02',
    services: ['api'],
    tags: ['capacity'],
    detect: 10,
    diagnose: 30,
    recover: 120,
    factors: 'Traffic spike exhausted the connection pool.'
  }),
  report({file: 'c.md', date: '2026-09-30', services: ['web'], detect: 15, recover: 45}),
  report({file: 'd.md', date: '2026-09-01', detect: 2, diagnose: 3, recover: 55})
]
const q2 = [
  report({
    file: 'e.md',
    date: '2026-04-03',
    services: ['api'],
    detect: 20,
    diagnose: 20,
    recover: 20
  }),
  report({file: 'f.md', date: '2026-06-30', severity: 'SEV-1', detect: 1, diagnose: 1, recover: 1})
]
const all = [...q3, ...q2]
const notes: ReviewNote[] = [
  {file: 'b.md', line: 12, column: 3, ruleId: 'time-date-unknown', reason: 'Unexpected ...'},
  {file: 'e.md', line: 4, column: 1, ruleId: 'milestone-order', reason: 'Unexpected ...'}
]

describe('periods', () => {
  it('reads quarters and ranges, and finds the one before', () => {
    expect(quarterPeriod('2026-Q3')).toEqual({
      label: '2026-Q3',
      start: '2026-07-01',
      end: '2026-10-01'
    })
    expect(quarterPeriod('2026q4')).toEqual({
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2027-01-01'
    })
    expect(previousPeriod(quarterPeriod('2026-Q1')).label).toBe('2025-Q4')
    expect(rangePeriod('2026-07-01', '2026-07-31')).toEqual({
      label: '2026-07-01 to 2026-07-31',
      start: '2026-07-01',
      end: '2026-08-01'
    })
    expect(previousPeriod(rangePeriod('2026-07-01', '2026-07-31'))).toEqual({
      label: '2026-05-31 to 2026-06-30',
      start: '2026-05-31',
      end: '2026-07-01'
    })
    expect(quarterOf('2026-09-30T23:59:00Z')).toBe('2026-Q3')
    expect(periodOf('2026-09-30T23:59:00Z', quarterPeriod('2026-Q3'))).toBe(true)
    expect(periodOf('2026-10-01T00:00:00Z', quarterPeriod('2026-Q3'))).toBe(false)
    expect(isQuarter('2026-Q5')).toBe(false)
    expect(() => quarterPeriod('Q3')).toThrow('expected one such as `2026-Q3`')
    expect(() => rangePeriod('2026-07-31', '2026-07-01')).toThrow('before --since')
    expect(() => rangePeriod('July', '2026-07-01')).toThrow('expected a day')
  })
})

describe('buildReview', () => {
  const review = buildReview(all, notes, {period: quarterPeriod('2026-Q3'), asOf: '2026-10-05'})

  it('keeps the incidents of the period, in time order', () => {
    expect(review.title).toBe('Reliability review 2026-Q3')
    expect(review.incidents.map((incident) => incident.file)).toEqual([
      'a.md',
      'b.md',
      'd.md',
      'c.md'
    ])
    expect(review.counts.total).toBe(4)
    expect(review.counts.previous).toBe(2)
    expect(review.previousPeriod?.label).toBe('2026-Q2')
  })

  it('counts by severity, service and tag against the previous quarter', () => {
    expect(review.counts.bySeverity).toEqual([
      {name: 'SEV-2', count: 3, previous: 1},
      {name: 'SEV-1', count: 1, previous: 1}
    ])
    expect(review.counts.byService).toEqual([
      {name: 'api', count: 2, previous: 1},
      {name: 'db', count: 1, previous: 0},
      {name: 'web', count: 1, previous: 0}
    ])
    expect(review.counts.byTag.map((tag) => [tag.name, tag.count])).toEqual([
      ['capacity', 1],
      ['deploy', 1]
    ])
  })

  it('summarises each duration by hand-computed quantiles, with coverage', () => {
    const byName = Object.fromEntries(review.durations.map((summary) => [summary.name, summary]))
    // Time to resolve: 60, 160, 60 (c: 15 + 45), 60 minutes → sorted 60 60 60 160.
    expect(byName.timeToResolve).toMatchObject({n: 4, median: 3600, max: 9600, missing: 0})
    // p75 at (4 − 1) × 0.75 = 2.25 → 3600 + 0.25 × 6000; p90 at 2.7 → 3600 + 0.7 × 6000.
    expect(byName.timeToResolve?.p75).toBe(5100)
    expect(byName.timeToResolve?.p90).toBeCloseTo(7800, 6)
    // Time to detect: 2, 5, 10, 15 minutes → median 7.5 min.
    expect(byName.timeToDetect).toMatchObject({n: 4, median: 450, max: 900, tooFew: true})
    // Diagnosis is missing in c.md: three values, one missing.
    expect(byName.diagnosis).toMatchObject({n: 3, missing: 1, median: 1500})
    expect(byName.timeToAcknowledge).toMatchObject({n: 0, missing: 4, median: null, interval: null})
    expect(byName.timeToResolve?.values.map((value) => value.seconds)).toEqual([
      3600, 3600, 3600, 9600
    ])
  })

  it('shares outage time between the phases, over incidents with all three', () => {
    // a: 5 + 25 + 30, b: 10 + 30 + 120, d: 2 + 3 + 55 minutes (c lacks a diagnosis).
    expect(review.timeShares.incidents).toBe(3)
    expect(review.timeShares.total).toBe(280 * 60)
    expect(review.timeShares.phases.map((phase) => phase.seconds)).toEqual([
      17 * 60,
      58 * 60,
      205 * 60
    ])
    expect(review.timeShares.phases.reduce((sum, phase) => sum + phase.share, 0)).toBeCloseTo(1, 10)
  })

  it('follows the medians over the last four quarters', () => {
    expect(review.trend.map((quarter) => [quarter.period.label, quarter.n])).toEqual([
      ['2025-Q4', 0],
      ['2026-Q1', 0],
      ['2026-Q2', 2],
      ['2026-Q3', 4]
    ])
    // Q2: 60 and 3 minutes → median 31.5 minutes; two values give no interval.
    expect(review.trend[2]?.medians.timeToResolve).toEqual({median: 1890, interval: null, n: 2})
    expect(review.trend[0]?.medians.timeToResolve.median).toBeNull()
  })

  it('lists the longest outages and tallies factors', () => {
    expect(review.longest.map((incident) => incident.file)).toEqual([
      'b.md',
      'a.md',
      'c.md',
      'd.md'
    ])
    expect(review.factors.map((factor) => [factor.name, factor.files])).toEqual([
      ['capacity or load', ['b.md']],
      ['change or deploy', ['a.md']],
      ['testing or validation gap', ['a.md']]
    ])
  })

  it('finds open, done and overdue action items as of the review day', () => {
    expect(review.actionItems).toMatchObject({total: 3, open: 2, done: 1})
    expect(review.actionItems.byOwner).toEqual([
      {owner: '@ops', open: 1, done: 1},
      {owner: '@sre', open: 1, done: 0}
    ])
    expect(review.actionItems.overdue.map((item) => [item.due, item.owner])).toEqual([
      ['2026-08-01', '@ops']
    ])
  })

  it('keeps the notes of the reviewed reports only', () => {
    expect(review.notes.map((note) => note.file)).toEqual(['b.md'])
  })

  it('filters by severity, service and tag', () => {
    const filtered = buildReview(all, notes, {
      period: quarterPeriod('2026-Q3'),
      asOf: '2026-10-05',
      service: ['API']
    })
    expect(filtered.incidents.map((incident) => incident.file)).toEqual(['a.md', 'b.md'])
    expect(filtered.counts.previous).toBe(1)
    const sev1 = buildReview(all, [], {asOf: '2026-10-05', severity: ['sev-1']})
    expect(sev1.incidents.map((incident) => incident.file)).toEqual(['f.md', 'a.md'])
  })

  it('reviews an empty quarter without inventing numbers', () => {
    const empty = buildReview(all, notes, {period: quarterPeriod('2025-Q1'), asOf: '2025-04-01'})
    expect(empty.counts.total).toBe(0)
    expect(empty.durations.every((summary) => summary.n === 0 && summary.median === null)).toBe(
      true
    )
    expect(empty.timeShares).toEqual({
      incidents: 0,
      total: 0,
      phases: [
        {name: 'detection', seconds: 0, share: 0},
        {name: 'diagnosis', seconds: 0, share: 0},
        {name: 'recovery', seconds: 0, share: 0}
      ]
    })
    expect(empty.longest).toEqual([])
    expect(empty.notes).toEqual([])
  })

  it('reviews everything without a period, with the trend up to the latest incident', () => {
    const everything = buildReview(all, notes, {asOf: '2026-10-05'})
    expect(everything.period).toBeNull()
    expect(everything.counts.total).toBe(6)
    expect(everything.counts.previous).toBeNull()
    expect(everything.trend.at(-1)?.period.label).toBe('2026-Q3')
  })

  it('is the same for the same input', () => {
    expect(buildReview(all, notes, {period: quarterPeriod('2026-Q3'), asOf: '2026-10-05'})).toEqual(
      review
    )
  })
})
