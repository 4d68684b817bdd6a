import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {measure} from '../../src/metrics/measure.js'
import type {Incident} from '../../src/model.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {textWidth} from '../../src/render/text-width.js'
import {timelineDiagram} from '../../src/render/timeline-diagram.js'
import {findAll, parseSvg, type SvgElement, textOf} from '../helpers/svg.js'

function read(path: string): Incident {
  const incident = parseIncidents(readFileSync(path, 'utf8'), {path}).incidents[0]
  if (!incident) throw new Error(`No incident in ${path}`)
  return incident
}

/** A small report with the given timeline lines (`- 10:00 UTC: text [marker]`). */
function report(title: string, lines: string[], date = '2024-03-10'): Incident {
  const markdown = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    '---',
    '',
    '# Report',
    '',
    ...(lines.length > 0 ? ['## Timeline', '', ...lines] : ['## Summary', '', 'Nothing timed.']),
    ''
  ].join('\n')
  const incident = parseIncidents(markdown, {path: 'report.md'}).incidents[0]
  if (!incident) throw new Error('No incident')
  return incident
}

/** `count` entries, a minute or so apart, of varied length, with the milestones marked. */
function manyEntries(count: number): Incident {
  const words = ['database', 'failover', 'paged', 'on-call', 'rolled back', 'latency', 'cache']
  let minute = 8 * 60
  const lines = Array.from({length: count}, (_, index) => {
    minute += index % 4 === 0 ? 3 : index % 2
    const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
    const text = Array.from(
      {length: 2 + ((index * 5) % 11)},
      (_, word) => words[(index + word) % words.length]
    ).join(' ')
    const marker =
      index === 0
        ? ' [started]'
        : index === 20
          ? ' [detected]'
          : index === count - 1
            ? ' [resolved]'
            : ''
    return `- ${clock} UTC: Entry ${index + 1} ${text}${marker}`
  })
  return report('Many entries', lines)
}

const s3 = read('incidents/2017-02-28-aws-s3.md')
const elb = read('incidents/2012-12-24-aws-elb.md')

const render = (incident: Incident, options = {}) =>
  parseSvg(timelineDiagram(measure(incident), options))
const entriesOf = (root: SvgElement) => findAll(root, 'g', 'entry')
const tickX = (entry: SvgElement) => Number(findAll(entry, 'line', 'entry-tick')[0]?.attributes.x1)
const boxOf = (entry: SvgElement) => {
  const rect = findAll(entry, 'rect', 'entry-label-box')[0]
  if (!rect) throw new Error('entry without a label box')
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((key) =>
    Number(rect.attributes[key])
  ) as [number, number, number, number]
  return {x, y, width, height}
}
const texts = (root: SvgElement, className: string) =>
  findAll(root, 'text', className).map((element) => textOf(element))
const byTime = (entries: SvgElement[]) =>
  [...entries].sort((a, b) =>
    (a.attributes['data-at'] ?? '').localeCompare(b.attributes['data-at'] ?? '')
  )

describe('timelineDiagram', () => {
  it('exposes the public API', async () => {
    expect(Object.keys(await import('../../src/render/timeline-diagram.js')).sort()).toEqual([
      'timelineDiagram'
    ])
  })

  it('timelineDiagram(measure(incident)) is a well-formed SVG with a title and a description', () => {
    const root = render(s3)
    expect(root.attributes.width).toBe('1200')
    expect(findAll(root, 'title')[0]?.text).toBe(
      'Timeline of AWS S3 service disruption in US-EAST-1'
    )
    expect(findAll(root, 'desc')[0]?.text).toMatch(
      /^Timeline of AWS S3 service disruption in US-EAST-1: 5 entries from 17:37 to 21:54 UTC; time to resolve 4h 17m\./
    )
    expect(textOf(findAll(root, 'text', 'title')[0] as SvgElement)).toBe(
      'AWS S3 service disruption in US-EAST-1 · 28 February 2017'
    )
    expect(texts(root, 'caption')[0]).toContain('Times in UTC.')
    expect(texts(root, 'since-label')).toContain('T+0')
  })

  it('timelineDiagram(measure(incident)) does not repeat a day the title already gives', () => {
    const dated = report('Login outage, 10 March 2024', ['- 10:00 UTC: logins fail [started]'])
    expect(textOf(findAll(render(dated), 'text', 'title')[0] as SvgElement)).toBe(
      'Login outage, 10 March 2024'
    )
  })

  it('timelineDiagram(measure(incident)) draws each present milestone once, named on its flag', () => {
    for (const incident of [s3, elb]) {
      const root = render(incident)
      const {milestones} = measure(incident).metrics
      const present = Object.entries(milestones)
        .filter(([, milestone]) => milestone !== null)
        .map(([name]) => name)
      const groups = findAll(root, 'g', 'milestone')
      expect(groups.map((group) => group.attributes['data-milestone']).sort()).toEqual(
        [...present].sort()
      )
      for (const group of groups) {
        const name = group.attributes['data-milestone'] as string
        expect(findAll(group, 'line', 'milestone-line')).toHaveLength(1)
        expect(textOf(findAll(group, 'text', 'flag-label')[0] as SvgElement)).toMatch(
          new RegExp(`^${name} `)
        )
      }
    }
    const s3Flags = texts(render(s3), 'flag-label')
    expect(s3Flags).toContain('started 17:37 · T+0')
    expect(s3Flags).toContain('resolved 21:54 · T+4h 17m')
  })

  it('timelineDiagram(measure(incident)) places entries by time, not by the order they are written in', () => {
    const incident = report('Out of order', [
      '- 10:00 UTC: Deploy starts [started]',
      '- 10:40 UTC: Rollback',
      '- 10:20 UTC: Written after the rollback, happened before it',
      '- 11:00 UTC: Fixed [resolved]'
    ])
    const entries = entriesOf(render(incident))
    expect(entries.map((entry) => entry.attributes['data-index'])).toEqual(['0', '2', '1', '3'])
    const xs = byTime(entries).map(tickX)
    for (let index = 1; index < xs.length; index++)
      expect(xs[index] as number).toBeGreaterThan(xs[index - 1] as number)
    const late = entries.find((entry) => entry.attributes['data-index'] === '2') as SvgElement
    const rollback = entries.find((entry) => entry.attributes['data-index'] === '1') as SvgElement
    expect(tickX(late)).toBeLessThan(tickX(rollback))
  })

  it('timelineDiagram(measure(incident)) keeps x in time order across days and cut gaps', () => {
    const gap = report(
      'Latent bug',
      [
        '- 2018-12-05 23:21 UTC: Bug introduced [triggered]',
        '- 2019-03-26 06:04 UTC: Outage starts [started]',
        '- 2019-03-26 09:50 UTC: Reported [detected]',
        '- 2019-03-26 14:37 UTC: Cause found [diagnosed]',
        '- 2019-03-26 15:10 UTC: Fixed [resolved]'
      ],
      '2019-03-26'
    )
    for (const incident of [elb, gap]) {
      const xs = byTime(entriesOf(render(incident))).map(tickX)
      for (let index = 1; index < xs.length; index++)
        expect(xs[index] as number).toBeGreaterThan(xs[index - 1] as number)
    }
    const root = render(gap)
    expect(findAll(root, 'g', 'break')).toHaveLength(1)
    // The 110 quiet days are cut out: the outage day keeps most of the width.
    const xs = byTime(entriesOf(root)).map(tickX)
    expect((xs[4] as number) - (xs[1] as number)).toBeGreaterThan(600)
    expect(texts(root, 'day-label')).toContain('Wed 5 Dec 2018')
  })

  it('timelineDiagram(measure(incident)) gives 200 entries labels that never overlap and stay on the canvas', () => {
    const incident = manyEntries(200)
    const root = render(incident)
    const width = Number(root.attributes.width)
    const height = Number(root.attributes.height)
    const entries = entriesOf(root)
    expect(entries).toHaveLength(200)
    const boxes = entries.map(boxOf)
    for (const [index, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
      for (const other of boxes.slice(index + 1)) {
        const apart =
          box.x + box.width <= other.x ||
          other.x + other.width <= box.x ||
          box.y + box.height <= other.y ||
          other.y + other.height <= box.y
        expect(apart, `labels ${index} and ${boxes.indexOf(other)} overlap`).toBe(true)
      }
    }
    for (const entry of entries) {
      const box = boxOf(entry)
      // The tick's leader lands on its own label.
      expect(tickX(entry)).toBeGreaterThanOrEqual(box.x)
      expect(tickX(entry)).toBeLessThanOrEqual(box.x + box.width)
      // The text fits its box: the time in semibold, the rest regular.
      const label = findAll(entry, 'text', 'entry-label')[0] as SvgElement
      const lines = findAll(label, 'tspan').filter((tspan) => tspan.attributes.y !== undefined)
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) {
        // A first line holds the time in semibold and the rest in regular, each in a tspan.
        const [strong, rest] = line.children
        const lineWidth =
          strong && rest
            ? textWidth(strong.text, 12, 'semibold') + textWidth(rest.text, 12)
            : textWidth(line.text, 12)
        expect(lineWidth).toBeLessThanOrEqual(box.width - 8 + 0.05)
        expect(Number(line.attributes.y)).toBeGreaterThan(box.y)
        expect(Number(line.attributes.y)).toBeLessThanOrEqual(box.y + box.height)
      }
    }
  })

  it('timelineDiagram(measure(incident)) keeps hostile report text as text', () => {
    const hostile = `</text><script>alert("x")</script> & 'q'`
    const incident = report(`Title ${hostile}`, [
      `- 10:00 UTC: Deploy ${hostile} [started]`,
      '- 10:30 UTC: Fixed & verified [resolved]'
    ])
    const svg = timelineDiagram(measure(incident))
    const root = parseSvg(svg)
    expect(findAll(root, 'script')).toEqual([])
    expect(svg).not.toContain('<script')
    expect(findAll(root, 'title')[0]?.text).toBe(`Timeline of Title ${hostile}`)
    const first = entriesOf(root)[0] as SvgElement
    expect(findAll(first, 'title')[0]?.text).toBe(`10:00 Deploy ${hostile}`)
    expect(textOf(findAll(first, 'text', 'entry-label')[0] as SvgElement)).toContain('<script>')
    expect(textOf(findAll(root, 'text', 'title')[0] as SvgElement)).toContain(hostile)
    const started = findAll(root, 'g', 'milestone')[0] as SvgElement
    expect(findAll(started, 'title')[0]?.text).toContain(`Deploy ${hostile}`)
  })

  it('timelineDiagram(measure(incident)) gives the same bytes for the same input', () => {
    for (const incident of [s3, elb, manyEntries(60)]) {
      const copy = structuredClone(incident)
      expect(timelineDiagram(measure(copy), {zone: 'America/Los_Angeles'})).toBe(
        timelineDiagram(measure(incident), {zone: 'America/Los_Angeles'})
      )
      expect(timelineDiagram(measure(incident))).toBe(timelineDiagram(measure(incident)))
    }
  })

  it('timelineDiagram(measure(incident), {zone}) shows clock times in that zone', () => {
    const utc = render(s3)
    const pacific = render(s3, {zone: 'America/Los_Angeles'})
    const firstTime = (root: SvgElement) =>
      findAll(entriesOf(root)[0] as SvgElement, 'tspan', 'strong')[0]?.text
    expect(firstTime(utc)).toBe('17:37')
    expect(firstTime(pacific)).toBe('09:37')
    expect(texts(pacific, 'flag-label')).toContain('started 09:37 · T+0')
    expect(texts(utc, 'clock-label')).toContain('18:00')
    expect(texts(pacific, 'clock-label')).toContain('10:00')
    expect(texts(pacific, 'clock-label')).not.toContain('18:00')
    expect(texts(pacific, 'caption')[0]).toContain('America/Los_Angeles (PST')
    expect(findAll(pacific, 'desc')[0]?.text).toContain('from 09:37 to 13:54 PST')
    expect(() => timelineDiagram(measure(s3), {zone: 'Mars/Olympus_Mons'})).toThrow(RangeError)
  })

  it('timelineDiagram(measure(incident)) shows the day when it changes', () => {
    const days = texts(render(elb, {zone: 'America/Los_Angeles'}), 'day-label')
    expect(days).toEqual(['Mon 24 Dec 2012', 'Tue 25 Dec'])
  })

  it('timelineDiagram(measure(incident)) shades the measured phases and leaves out unknown ones', () => {
    const full = render(
      report('Phases', [
        '- 10:00 UTC: Deploy [started]',
        '- 10:05 UTC: Alert [detected]',
        '- 10:30 UTC: Cause found [diagnosed]',
        '- 11:00 UTC: Fixed [resolved]'
      ])
    )
    const phases = findAll(full, 'g', 'phase')
    expect(phases.map((phase) => phase.attributes['data-phase'])).toEqual([
      'detection',
      'diagnosis',
      'recovery'
    ])
    const widths = phases.map((phase) => Number(findAll(phase, 'rect')[1]?.attributes.width))
    expect((widths[1] as number) / (widths[0] as number)).toBeCloseTo(5, 1)
    expect((widths[2] as number) / (widths[0] as number)).toBeCloseTo(6, 1)

    const partial = render(
      report('No diagnosis', [
        '- 10:00 UTC: Deploy [started]',
        '- 10:05 UTC: Alert [detected]',
        '- 11:00 UTC: Fixed [resolved]'
      ])
    )
    expect(findAll(partial, 'g', 'phase').map((phase) => phase.attributes['data-phase'])).toEqual([
      'detection'
    ])
    expect(findAll(render(s3), 'g', 'phase')).toEqual([])
  })

  it('timelineDiagram(measure(incident)) draws approximate milestones dashed and says so in the legend', () => {
    const root = render(
      report('Approximate', [
        '- 10:00 UTC: Deploy [started]',
        '- ~10:45 UTC: Rollback done [mitigated]',
        '- 11:00 UTC: Fixed [resolved]'
      ])
    )
    const mitigated = findAll(root, 'g', 'milestone').find(
      (group) => group.attributes['data-milestone'] === 'mitigated'
    ) as SvgElement
    expect(mitigated.attributes.class).toContain('approximate')
    expect(findAll(mitigated, 'line', 'approximate-line')).toHaveLength(1)
    expect(textOf(findAll(mitigated, 'text', 'flag-label')[0] as SvgElement)).toContain('~10:45')
    const started = findAll(root, 'g', 'milestone')[0] as SvgElement
    expect(findAll(started, 'line', 'approximate-line')).toEqual([])
    const legend = textOf(findAll(root, 'g', 'legend')[0] as SvgElement)
    expect(legend).toContain('approximate')
    expect(legend).toContain('Detection (started → detected)')
  })

  it('timelineDiagram(measure(incident)) says so when nothing has a time', () => {
    const svg = timelineDiagram(measure(report('Nothing timed', [])))
    const root = parseSvg(svg)
    expect(Number(root.attributes.height)).toBeLessThan(200)
    expect(entriesOf(root)).toEqual([])
    expect(textOf(root)).toContain('No timed entries')
    expect(findAll(root, 'desc')[0]?.text).toContain('no timed entries')

    const markdown = [
      '---',
      'title: Front matter only',
      'date: 2024-03-10',
      'milestones:',
      '  started: "2024-03-10 05:30 UTC"',
      '  resolved: "2024-03-10 09:00 UTC"',
      '---',
      '',
      '# Front matter only',
      ''
    ].join('\n')
    const incident = parseIncidents(markdown, {path: 'front-matter.md'}).incidents[0] as Incident
    const milestonesOnly = render(incident)
    expect(entriesOf(milestonesOnly)).toEqual([])
    const drawn = findAll(milestonesOnly, 'g', 'milestone').map(
      (group) => group.attributes['data-milestone']
    )
    expect(drawn).toContain('started')
    expect(drawn).toContain('resolved')
    expect(textOf(milestonesOnly)).toContain('No timed entries')
  })

  it('timelineDiagram(measure(incident)) draws a mistyped year that spans millennia with few ticks', () => {
    // A started marker on `9026` and the rest in 2026: seven thousand years on one axis.
    const typo = report('Year typo', [
      '- 04/03/9026 23:40 Config push leaves a host out of the allow-list [started]',
      '- 04/03/2026 23:43 Checkout error-rate alert fires',
      '- 04/03/2026 23:59 Error rate back to baseline, all clear [resolved]'
    ])
    const root = render(typo)
    const ticks = findAll(root, 'line', 'axis').length
    expect(ticks).toBeGreaterThan(1)
    expect(ticks).toBeLessThan(200)
  })

  it('timelineDiagram(measure(incident), {width}) uses the width, at least 640', () => {
    expect(render(s3, {width: 900}).attributes.width).toBe('900')
    expect(render(s3, {width: 100}).attributes.width).toBe('640')
  })
})
