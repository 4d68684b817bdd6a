/**
 * Properties over generated input, with a fixed seed so every run checks the
 * same cases: no text makes the readers throw; an instant written in any
 * supported form reads back as itself; durations and phases keep their
 * identities and never report a negative value.
 */
import fc from 'fast-check'
import {DateTime} from 'luxon'
import {describe, expect, test} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {measureDurations} from '../../src/metrics/measure-durations.js'
import type {Milestone, Milestones} from '../../src/milestones/find-milestones.js'
import {milestoneNames} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {readTimestamp} from '../../src/time/read-timestamp.js'
import {resolveInstant} from '../../src/time/resolve-instant.js'

const seed = 20_260_721

/** Pieces of postmortems, so that generated text reaches the parser's corners, not only its first line. */
const fragments = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '---\n',
  '+++\n',
  'title: ',
  'date: ',
  'timezone: ',
  '# ',
  '## Timeline\n',
  '## Cascade\n',
  '## Action items\n',
  '- ',
  '* ',
  '1. ',
  '> ',
  '| ',
  ' | ',
  '| --- | --- |\n',
  '- [ ] ',
  '**',
  '_',
  '~',
  '`',
  '```\n',
  '[',
  '](',
  ')',
  ' -> ',
  '10:00',
  '23:59',
  '25:61',
  '00:00',
  '9:37 AM',
  ' PST',
  ' UTC',
  ' IST',
  ' (17:14 UTC)',
  '~',
  '--:--',
  '12:26-12:??',
  '2024-02-29',
  '2023-02-30',
  '2017-02-28T09:37:00-08:00',
  'Dec 24, 2012',
  '30 February',
  '[started]',
  '[detected]',
  '[resolved]',
  'alert fired',
  'rolled back',
  'root cause',
  'MTTR: 38 minutes',
  'All times in PDT.',
  'owner: @a',
  'due 2020-01-01',
  '99999999999999999999',
  '-1',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\uD800',
  '😀',
  'é',
  'Ω'
]

/** Any text: random code units, or postmortem pieces strung together. */
const anyText = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: fc.constantFrom(...fragments), maxLength: 60}),
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 8})), {maxLength: 80})
    .map((parts) => parts.join(''))
)

describe('no text makes a reader throw', () => {
  test('parseIncidents(text) returns incidents and messages', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const {incidents, messages} = parseIncidents(text, {path: 'x.md'})
        expect(Array.isArray(incidents)).toBe(true)
        for (const message of messages) expect(message.ruleId).toBeTruthy()
      }),
      {seed, numRuns: 300}
    )
  })

  test('readTimestamp(text) and resolveInstant(text) return a time or undefined', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(undefined, '2024-02-02', '2023-02-30', 'nonsense'),
        fc.constantFrom(undefined, 'UTC', 'PST', 'Europe/Dublin', 'Nowhere/Else', '+05:30'),
        (text, date, zone) => {
          readTimestamp(text)
          const resolved = resolveInstant(text, {
            ...(date ? {date} : {}),
            ...(zone ? {zone, timezone: zone} : {})
          })
          if (resolved?.time.at) expect(Number.isNaN(Date.parse(resolved.time.at))).toBe(false)
        }
      ),
      {seed, numRuns: 500}
    )
  })

  test('lintReport(text) returns findings with places', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const found of lintReport(text, {path: 'x.md', asOf: '2024-06-01'})) {
          expect(found.line).toBeGreaterThanOrEqual(1)
          expect(found.column).toBeGreaterThanOrEqual(1)
        }
      }),
      {seed, numRuns: 200}
    )
  })
})

/** Instants to the minute, 2000 to 2035. */
const instants = fc
  .integer({min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2035, 11, 31) / 60_000})
  .map((minutes) => DateTime.fromMillis(minutes * 60_000, {zone: 'UTC'}))

/** The instant as the UTC string a timeline entry gives. */
function iso(instant: DateTime): string {
  return `${instant.toUTC().toFormat("yyyy-MM-dd'T'HH:mm")}:00Z`
}

describe('an instant written in any supported form reads back as itself', () => {
  test('`HH:mm UTC` with the day from context', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const text = `${instant.toFormat('HH:mm')} UTC`
        const read = resolveInstant(text, {date: instant.toISODate() as string})
        expect(read?.time.at).toBe(iso(instant))
        expect(read?.problems).toEqual([])
      }),
      {seed, numRuns: 300}
    )
  })

  test('`h:mm AM PST` in winter, the day written before it', () => {
    const winter = instants.filter((instant) => {
      const local = instant.setZone('America/Los_Angeles')
      // Standard time all day: December to February.
      return local.month === 12 || local.month <= 2
    })
    fc.assert(
      fc.property(winter, fc.boolean(), (instant, written) => {
        const local = instant.setZone('America/Los_Angeles')
        const clock = `${local.toFormat('h:mm')} ${local.hour < 12 ? 'AM' : 'PM'} PST`
        const text = written ? `${local.toFormat('MMM d, yyyy')} ${clock}` : clock
        const read = resolveInstant(text, written ? {} : {date: local.toISODate() as string})
        expect(read?.time.at).toBe(iso(instant))
        expect(read?.problems).toEqual([])
      }),
      {seed, numRuns: 300}
    )
  })

  test('`YYYY-MM-DD HH:mm` in a report whose front matter gives the zone', () => {
    const zones = fc.constantFrom(
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Sydney',
      'UTC'
    )
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const local = instant.setZone(zone)
        // A local time that a clock change repeats names two instants: the report would be told so.
        fc.pre(local.offset === local.minus({hours: 1}).offset)
        fc.pre(local.offset === local.plus({hours: 1}).offset)
        const report = `---\ntitle: T\ntimezone: ${zone}\n---\n\n## Timeline\n\n- ${local.toFormat('yyyy-MM-dd HH:mm')} Something happened\n`
        const {incidents, messages} = parseIncidents(report)
        expect(incidents[0]?.timeline[0]?.at).toBe(iso(instant))
        expect(messages).toEqual([])
      }),
      {seed, numRuns: 200}
    )
  })

  test('ISO 8601 with an offset, and with Z', () => {
    const offsets = fc.constantFrom(-720, -480, -210, 0, 60, 330, 345, 600, 840)
    fc.assert(
      fc.property(instants, offsets, (instant, offset) => {
        const local = instant.setZone(
          offset === 0
            ? 'UTC'
            : `UTC${offset > 0 ? '+' : '-'}${Math.floor(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, '0')}`
        )
        const text =
          offset === 0
            ? `${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")}Z`
            : local.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ")
        expect(resolveInstant(text)?.time.at).toBe(iso(instant))
      }),
      {seed, numRuns: 300}
    )
  })
})

/** A milestone at `at`, or none. */
function milestone(at: number, approximate: boolean, line: number): Milestone {
  return {
    at: new Date(at * 1000).toISOString().replace('.000Z', 'Z'),
    source: 'marker',
    evidence: {text: 'x', line, column: 1, rule: 'marker'},
    confidence: 'high',
    approximate,
    precision: 'minute'
  }
}

/** Seconds from an instant in November 2023: a week of them. */
const moment = fc.integer({min: 1_700_000_000, max: 1_700_000_000 + 7 * 86_400})

/** Milestones at random times, or in order (each one later or as late), each sometimes missing. */
const milestoneSets = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.option(fc.record({at: moment, approximate: fc.boolean()}), {nil: null, freq: 4}), {
      minLength: milestoneNames.length,
      maxLength: milestoneNames.length
    })
  )
  .map(([ordered, values]) => {
    const times = values.map((value) => value?.at ?? 0).sort((a, b) => a - b)
    return Object.fromEntries(
      milestoneNames.map((name, index) => {
        const value = values[index]
        if (!value) return [name, null]
        return [
          name,
          milestone(ordered ? (times[index] as number) : value.at, value.approximate, index + 1)
        ]
      })
    ) as Milestones
  })

describe('measureDurations(milestones) keeps the identities of durations and phases', () => {
  test('no duration or phase is negative; each is null with a reason, or the time between its ends', () => {
    fc.assert(
      fc.property(milestoneSets, (milestones) => {
        const {durations, phases, reasons, bounds} = measureDurations(milestones)
        const all = {...durations, ...phases}
        for (const [name, value] of Object.entries(all)) {
          if (value === null) {
            expect(reasons[name as keyof typeof reasons], name).toMatch(/^no |is before/)
            continue
          }
          expect(value, name).toBeGreaterThanOrEqual(0)
          const bound = bounds[name as keyof typeof bounds]
          if (bound) {
            expect(bound.min).toBeGreaterThanOrEqual(0)
            expect(bound.min).toBeLessThanOrEqual(value)
            expect(bound.max).toBeGreaterThanOrEqual(value)
          }
        }
      }),
      {seed, numRuns: 500}
    )
  })

  test('the three phases add up to the time to resolve when all are known', () => {
    let known = 0
    fc.assert(
      fc.property(milestoneSets, (milestones) => {
        const {durations, phases} = measureDurations(milestones)
        const {detection, diagnosis, recovery} = phases
        if (detection === null || diagnosis === null || recovery === null) return
        known++
        expect(detection + diagnosis + recovery).toBe(durations.timeToResolve)
        expect(detection).toBe(durations.timeToDetect)
      }),
      {seed, numRuns: 500}
    )
    // The identity was put to the test, not skipped.
    expect(known).toBeGreaterThan(50)
  })

  test('durations from started are in milestone order when the milestones are', () => {
    const ordered = fc
      .array(fc.integer({min: 0, max: 86_400}), {
        minLength: milestoneNames.length,
        maxLength: milestoneNames.length
      })
      .map((steps) => {
        let at = 1_700_000_000
        return Object.fromEntries(
          milestoneNames.map((name, index) => {
            at += steps[index] as number
            return [name, milestone(at, false, index + 1)]
          })
        ) as Milestones
      })
    fc.assert(
      fc.property(ordered, (milestones) => {
        const {durations, phases} = measureDurations(milestones)
        const {timeToDetect, timeToDiagnose, timeToResolve} = durations
        expect(timeToDetect).not.toBeNull()
        expect(timeToDetect as number).toBeLessThanOrEqual(timeToDiagnose as number)
        expect(timeToDiagnose as number).toBeLessThanOrEqual(timeToResolve as number)
        expect(Object.values(phases).every((value) => value !== null)).toBe(true)
      }),
      {seed, numRuns: 200}
    )
  })
})
