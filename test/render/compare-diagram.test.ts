import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type MeasuredIncident, measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {compareDiagram} from '../../src/render/compare-diagram.js'
import {findAll, parseSvg, type SvgElement, textOf} from '../helpers/svg.js'

/** A small report, measured; each milestone is an entry with its marker, times on 2024-03-01 unless dated. */
function report(
  file: string,
  title: string,
  times: Partial<Record<'started' | 'detected' | 'diagnosed' | 'resolved', string>>,
  date = '2024-03-01'
): MeasuredIncident {
  const entries = Object.entries(times).map(([name, time]) => `- ${time} UTC: ${name} [${name}]`)
  const markdown = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    '---',
    '',
    '# Report',
    '',
    '## Timeline',
    '',
    ...entries,
    ''
  ].join('\n')
  const incident = parseIncidents(markdown, {path: file}).incidents[0]
  if (!incident) throw new Error(`No incident in ${file}`)
  return measure(incident)
}

// Phases in minutes: checkout 5 + 25 + 30 = 60; search 10 + 30 + 120 = 160.
const checkout = report('checkout.md', 'Checkout errors', {
  started: '10:00',
  detected: '10:05',
  diagnosed: '10:30',
  resolved: '11:00'
})
const search = report('search.md', 'Search down', {
  started: '10:00',
  detected: '10:10',
  diagnosed: '10:40',
  resolved: '12:40'
})
const login = report('login.md', 'Login slow', {started: '10:00', resolved: '10:20'})
const noStart = report('zulu.md', 'Zulu without a start', {detected: '10:00', resolved: '10:30'})
const unresolved = report('alpha.md', 'Alpha never resolved', {
  started: '10:00',
  detected: '10:20'
})
const incidents = [checkout, noStart, login, search, unresolved]

const rowsOf = (root: SvgElement) => findAll(root, 'g', 'row')
const segmentsOf = (row: SvgElement) => findAll(row, 'rect', 'segment')
const x = (element: SvgElement) => Number(element.attributes.x)
const width = (element: SvgElement) => Number(element.attributes.width)
const rowFor = (root: SvgElement, file: string) => {
  const row = rowsOf(root).find((candidate) => candidate.attributes['data-file'] === file)
  if (!row) throw new Error(`No row for ${file}`)
  return row
}

describe('compareDiagram', () => {
  it('exposes the public API', async () => {
    expect(Object.keys(await import('../../src/render/compare-diagram.js')).sort()).toEqual([
      'compareDiagram'
    ])
  })

  it('compareDiagram(incidents) draws one row per incident, longest first, nulls last by title', () => {
    const root = parseSvg(compareDiagram(incidents))
    expect(rowsOf(root).map((row) => row.attributes['data-file'])).toEqual([
      'search.md',
      'checkout.md',
      'login.md',
      'alpha.md',
      'zulu.md'
    ])
    expect(findAll(root, 'title')[0]?.text).toBe(
      '5 outages side by side, sorted by time to resolve'
    )
    expect(textOf(findAll(root, 'text', 'title')[0] as SvgElement)).toBe(
      '5 outages side by side, sorted by time to resolve'
    )
  })

  it('compareDiagram(incidents, {sortBy}) orders rows by that duration, phase, date or title', () => {
    const order = (options: Parameters<typeof compareDiagram>[1]) =>
      rowsOf(parseSvg(compareDiagram(incidents, options))).map((row) => row.attributes['data-file'])
    // Detection: search 10m, checkout 5m; alpha's 20m is known although it never resolved.
    expect(order({sortBy: 'detection'})).toEqual([
      'alpha.md',
      'search.md',
      'checkout.md',
      'login.md',
      'zulu.md'
    ])
    expect(order({sortBy: 'recovery'})).toEqual([
      'search.md',
      'checkout.md',
      'alpha.md',
      'login.md',
      'zulu.md'
    ])
    expect(order({sortBy: 'title'})).toEqual([
      'alpha.md',
      'checkout.md',
      'login.md',
      'search.md',
      'zulu.md'
    ])
    const older = report('older.md', 'Older', {started: '10:00', resolved: '10:01'}, '2020-01-01')
    // All on one day: by title.
    expect(order({sortBy: 'date'})).toEqual(order({sortBy: 'title'}))
    const byDate = rowsOf(parseSvg(compareDiagram([checkout, older], {sortBy: 'date'})))
    expect(byDate.map((row) => row.attributes['data-file'])).toEqual(['older.md', 'checkout.md'])
  })

  it('compareDiagram(incidents) keeps rows with the same value in order by title then file', () => {
    const twinB = report('b.md', 'Same', {started: '10:00', resolved: '10:10'})
    const twinA = report('a.md', 'Same', {started: '10:00', resolved: '10:10'})
    const other = report('c.md', 'Another', {started: '10:00', resolved: '10:10'})
    const nullB = report('y.md', 'Nothing', {detected: '10:00'})
    const nullA = report('x.md', 'Nothing', {detected: '10:00'})
    // Titles compare without case and with numbers as numbers.
    const ten = report('t.md', 'Outage 10', {detected: '10:00'})
    const nine = report('u.md', 'outage 9', {detected: '10:00'})
    const files = rowsOf(
      parseSvg(compareDiagram([ten, nullB, twinB, nullA, nine, twinA, other]))
    ).map((row) => row.attributes['data-file'])
    expect(files).toEqual(['c.md', 'a.md', 'b.md', 'x.md', 'y.md', 'u.md', 't.md'])
  })

  it('compareDiagram(incidents) stacks phases back to back, widths proportional on a linear scale', () => {
    const root = parseSvg(compareDiagram(incidents))
    const searchSegments = segmentsOf(rowFor(root, 'search.md'))
    const checkoutSegments = segmentsOf(rowFor(root, 'checkout.md'))
    expect(searchSegments.map((segment) => segment.attributes['data-phase'])).toEqual([
      'detection',
      'diagnosis',
      'recovery'
    ])
    for (const segments of [searchSegments, checkoutSegments]) {
      for (let index = 1; index < segments.length; index++) {
        const previous = segments[index - 1] as SvgElement
        expect(x(segments[index] as SvgElement)).toBeCloseTo(x(previous) + width(previous), 1)
      }
    }
    // Both bars start at T+0, under its tick label.
    const zero = findAll(root, 'text').find((element) => textOf(element) === 'T+0')
    expect(x(searchSegments[0] as SvgElement)).toBeCloseTo(Number(zero?.attributes.x), 5)
    expect(x(checkoutSegments[0] as SvgElement)).toBeCloseTo(Number(zero?.attributes.x), 5)
    // One pixel per minute is the same in every row and every phase: 10, 30, 120 and 5, 25, 30.
    const perMinute = width(searchSegments[2] as SvgElement) / 120
    const minutes = [...searchSegments, ...checkoutSegments].map(
      (segment) => width(segment) / perMinute
    )
    expect(minutes.map((value) => Math.round(value * 10) / 10)).toEqual([10, 30, 120, 5, 25, 30])
  })

  it('compareDiagram(incidents) says what each segment is in a tooltip', () => {
    const root = parseSvg(compareDiagram(incidents))
    const tips = segmentsOf(rowFor(root, 'checkout.md')).map((segment) =>
      textOf(findAll(segment, 'title')[0] as SvgElement)
    )
    expect(tips[0]).toMatch(/^Detection: 5m\b/)
    expect(tips[1]).toMatch(/^Diagnosis: 25m\b/)
    expect(tips[2]).toMatch(/^Recovery: 30m\b/)
    const total = findAll(rowFor(root, 'checkout.md'), 'text', 'total')[0] as SvgElement
    expect(textOf(total)).toBe('1h')
    // The total sits right of the bar's end.
    const last = segmentsOf(rowFor(root, 'checkout.md'))[2] as SvgElement
    expect(Number(total.attributes.x)).toBeGreaterThan(x(last) + width(last))
  })

  it('compareDiagram(incidents) draws an outage without known phases as one neutral bar', () => {
    const root = parseSvg(compareDiagram(incidents))
    const segments = segmentsOf(rowFor(root, 'login.md'))
    expect(segments.map((segment) => segment.attributes['data-phase'])).toEqual(['unknown'])
    expect(segments[0]?.attributes.fill).toMatch(/^url\(#/)
    expect(textOf(findAll(root, 'g', 'legend')[0] as SvgElement)).toContain('Phases unknown')
    for (const phase of ['Detection', 'Diagnosis', 'Recovery'])
      expect(textOf(findAll(root, 'g', 'legend')[0] as SvgElement)).toContain(phase)
  })

  it('compareDiagram(incidents) keeps incidents that cannot be measured, with the reason', () => {
    const root = parseSvg(compareDiagram(incidents))
    const zulu = rowFor(root, 'zulu.md')
    expect(segmentsOf(zulu)).toEqual([])
    expect(textOf(zulu)).toContain('not measurable: no start found')
    // Started and detected but never resolved: the known phase, then "unresolved".
    const alpha = rowFor(root, 'alpha.md')
    expect(segmentsOf(alpha).map((segment) => segment.attributes['data-phase'])).toEqual([
      'detection'
    ])
    expect(textOf(findAll(alpha, 'text', 'total')[0] as SvgElement)).toMatch(/^unresolved/)
  })

  it('compareDiagram(incidents) marks approximate ends', () => {
    const about = report('about.md', 'About an hour', {
      started: '10:00',
      detected: '10:05',
      diagnosed: '10:30',
      resolved: '~11:00'
    })
    const root = parseSvg(compareDiagram([about, checkout]))
    const approximate = rowFor(root, 'about.md')
    expect(segmentsOf(approximate)[2]?.attributes.class).toContain('approximate')
    expect(findAll(approximate, 'line', 'approximate-end').length).toBe(1)
    expect(textOf(findAll(approximate, 'text', 'total')[0] as SvgElement)).toBe('~1h')
    expect(findAll(rowFor(root, 'checkout.md'), 'line', 'approximate-end')).toEqual([])
  })

  it('compareDiagram(incidents, {scale: "log"}) draws segments between cumulative ends', () => {
    const linear = compareDiagram(incidents)
    const log = compareDiagram(incidents, {scale: 'log'})
    expect(log).not.toBe(linear)
    const root = parseSvg(log)
    const search = segmentsOf(rowFor(root, 'search.md'))
    const checkoutSegments = segmentsOf(rowFor(root, 'checkout.md'))
    for (const segments of [search, checkoutSegments]) {
      for (let index = 1; index < segments.length; index++) {
        const previous = segments[index - 1] as SvgElement
        expect(x(segments[index] as SvgElement)).toBeCloseTo(x(previous) + width(previous), 1)
      }
    }
    // Ends in order of their time since the start, across rows:
    // checkout 5m < search 10m < checkout 30m < search 40m < checkout 60m < search 160m.
    const end = (segment: SvgElement) => x(segment) + width(segment)
    const ends = [
      checkoutSegments[0],
      search[0],
      checkoutSegments[1],
      search[1],
      checkoutSegments[2],
      search[2]
    ].map((segment) => end(segment as SvgElement))
    expect([...ends].sort((a, b) => a - b)).toEqual(ends)
    expect(new Set(ends).size).toBe(ends.length)
    // The axis starts at a round tick below the shortest end, not at T+0, and says so.
    const texts = findAll(root, 'text').map(textOf)
    expect(texts).not.toContain('T+0')
    expect(texts.join(' ')).toContain('Log scale')
    expect(findAll(parseSvg(linear), 'text').map(textOf)).toContain('T+0')
  })

  it('compareDiagram(incidents) widens segments too small to see, and says so', () => {
    const long = report('long.md', 'Three days', {
      started: '2024-03-01 10:00',
      detected: '2024-03-01 10:01',
      diagnosed: '2024-03-02 10:00',
      resolved: '2024-03-04 10:00'
    })
    const svg = compareDiagram([long, checkout])
    const root = parseSvg(svg)
    for (const segment of findAll(root, 'rect', 'segment'))
      expect(width(segment)).toBeGreaterThanOrEqual(3)
    expect(findAll(root, 'text').map(textOf).join(' ')).toContain('drawn 3 px wide')
    expect(
      findAll(parseSvg(compareDiagram([checkout])), 'text')
        .map(textOf)
        .join(' ')
    ).not.toContain('px wide')
  })

  it('compareDiagram(incidents) escapes hostile report text', () => {
    const hostile = `</text><script>alert("x")</script> & 'q' <g class="row">`
    const evil = report(`evil"<>.md`, hostile, {started: '10:00', resolved: '10:20'})
    const svg = compareDiagram([evil, checkout])
    const root = parseSvg(svg)
    expect(findAll(root, 'script')).toEqual([])
    expect(rowsOf(root).length).toBe(2)
    const row = rowFor(root, `evil"<>.md`)
    expect(row.attributes['data-title']).toBe(hostile)
    expect(findAll(row, 'title').map(textOf)).toContain(`${hostile} (evil"<>.md)`)
  })

  it('compareDiagram(incidents) is deterministic and does not depend on the input order', () => {
    const first = compareDiagram(incidents, {scale: 'log'})
    expect(compareDiagram(incidents, {scale: 'log'})).toBe(first)
    expect(compareDiagram([...incidents].reverse(), {scale: 'log'})).toBe(first)
  })

  it('compareDiagram(incidents) describes the comparison for assistive technology', () => {
    const root = parseSvg(compareDiagram(incidents))
    const description = findAll(root, 'desc')[0]?.text ?? ''
    expect(description).toMatch(/^5 outages/)
    expect(description).toContain('Longest: Search down, 2h 40m')
    expect(description).toContain('shortest: Login slow, 20m')
  })

  it('compareDiagram(incidents) keeps a fixed row height, so 120 rows grow the picture', () => {
    const many = Array.from({length: 120}, (_, index) =>
      report(`many/${index}.md`, `Outage ${index}`, {
        started: '10:00',
        detected: '10:02',
        diagnosed: '10:10',
        resolved: `${10 + Math.floor((index + 11) / 60)}:${String((index + 11) % 60).padStart(2, '0')}`
      })
    )
    const svg = compareDiagram(many)
    const root = parseSvg(svg)
    const rows = rowsOf(root)
    expect(rows.length).toBe(120)
    const offsets = rows.map((row) =>
      Number(/translate\(0 ([\d.]+)\)/.exec(row.attributes.transform ?? '')?.[1])
    )
    const steps = new Set(
      offsets.slice(1).map((offset, index) => offset - (offsets[index] as number))
    )
    expect(steps.size).toBe(1)
    const height = Number(root.attributes.height)
    expect(height).toBeGreaterThan(120 * 20)
    expect(height).toBeGreaterThan((offsets.at(-1) as number) + 20)
  })

  it('compareDiagram([]) is a small valid SVG that says there is nothing to compare', () => {
    const root = parseSvg(compareDiagram([]))
    expect(rowsOf(root)).toEqual([])
    expect(findAll(root, 'text').map(textOf).join(' ')).toContain('No outages')
  })

  it('compareDiagram(incidents, options) rejects an unknown option value with the choices', () => {
    expect(() => compareDiagram(incidents, {sortBy: 'speed' as 'title'})).toThrow(/`timeToResolve`/)
    expect(() => compareDiagram(incidents, {scale: 'sqrt' as 'log'})).toThrow(/`log`/)
  })

  it('compareDiagram(seeds) compares the S3 and ELB reports', () => {
    const seeds = ['incidents/2017-02-28-aws-s3.md', 'incidents/2012-12-24-aws-elb.md'].flatMap(
      (path) =>
        parseIncidents(readFileSync(path, 'utf8'), {path}).incidents.map((incident) =>
          measure(incident)
        )
    )
    for (const scale of ['linear', 'log'] as const) {
      const root = parseSvg(compareDiagram(seeds, {scale}))
      expect(rowsOf(root).map((row) => row.attributes['data-file'])).toEqual([
        'incidents/2012-12-24-aws-elb.md',
        'incidents/2017-02-28-aws-s3.md'
      ])
      const totals = findAll(root, 'text', 'total').map(textOf)
      expect(totals).toEqual(['23h 41m', '4h 17m'])
      const [elb, s3] = rowsOf(root).map((row) => segmentsOf(row)[0] as SvgElement)
      expect(width(elb as SvgElement)).toBeGreaterThan(width(s3 as SvgElement))
    }
  })
})
