import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseIncidents} from '../../src/index.js'

// Each row: [UTC instant, the PST time as written in the report, a substring of the entry text].
// The UTC instants are worked out by hand from PST (UTC-8); neither date falls in daylight time.
type ExpectedEntry = readonly [at: string, pst: string, text: string]

function check(file: string, title: string, expected: readonly ExpectedEntry[]) {
  const markdown = readFileSync(new URL(`../../incidents/${file}`, import.meta.url), 'utf8')
  const {incidents, messages} = parseIncidents(markdown, {path: `incidents/${file}`})

  expect(messages.filter((message) => message.fatal === true)).toEqual([])
  expect(incidents.length).toBe(1)
  const incident = incidents[0]
  if (incident === undefined) throw new Error(`no incident parsed from ${file}`)
  expect(incident.title).toBe(title)

  // Instants and texts of the timeline section's entries, in source order.
  const timeline = incident.timeline.filter((entry) => entry.origin === 'timeline')
  expect(timeline.map((entry) => [entry.at, entry.text, entry.confidence])).toEqual(
    expected.map(([at, _pst, text]) => [at, expect.stringContaining(text), 'high'])
  )

  // Each entry points at the source line that holds its time and text.
  const lines = markdown.split(/\r?\n/)
  expect(
    timeline.map((entry) => {
      const line = lines[entry.line - 1] ?? ''
      return line.startsWith('- ') ? line : `(line ${entry.line} is not a list item)`
    })
  ).toEqual(
    expected.map(([, pst, text]) =>
      expect.stringMatching(new RegExp(`^- ${escapeRegExp(pst)}:.*${escapeRegExp(text)}`))
    )
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('seed reports', () => {
  it('parseIncidents(aws-elb) reads the times its sections mention, each on its day, marked with its section', () => {
    const markdown = readFileSync(
      new URL('../../incidents/2012-12-24-aws-elb.md', import.meta.url),
      'utf8'
    )
    const [incident] = parseIncidents(markdown, {path: 'incidents/2012-12-24-aws-elb.md'}).incidents
    const mentioned = (incident?.timeline ?? []).filter((entry) => entry.origin !== 'timeline')
    // Every time the recovery and diagnosis sections name is a time of the timeline, on the
    // timeline's day, however the sentence dates it (`at 5:02 PM PST` alone, or `on 24 December`).
    const timeline = new Set(
      incident?.timeline.filter((e) => e.origin === 'timeline').map((e) => e.at)
    )
    const clocked = mentioned.filter((entry) => entry.time?.precision === 'minute')
    expect(clocked.length).toBeGreaterThanOrEqual(8)
    for (const entry of clocked) expect(timeline.has(entry.at), entry.text).toBe(true)
    expect(new Set(mentioned.map((entry) => entry.origin))).toEqual(
      new Set(['summary', 'detection', 'resolution'])
    )
  })

  it('parseIncidents(aws-elb) resolves every timeline instant to UTC', () => {
    check('2012-12-24-aws-elb.md', 'AWS Elastic Load Balancing event in US-East', [
      // 24 December 2012
      ['2012-12-24T20:24:00Z', '12:24 PM PST', 'maintenance process run by mistake'],
      ['2012-12-25T01:02:00Z', '5:02 PM PST', 'switches off several ELB control-plane workflows'],
      // 25 December 2012
      ['2012-12-25T10:45:00Z', '2:45 AM PST', 'restores a snapshot of the ELB state data'],
      ['2012-12-25T13:40:00Z', '5:40 AM PST', 'The merge is complete'],
      ['2012-12-25T16:15:00Z', '8:15 AM PST', 'ELB APIs and backend workflows are running again'],
      ['2012-12-25T18:30:00Z', '10:30 AM PST', 'Nearly every affected load balancer'],
      ['2012-12-25T20:05:00Z', '12:05 PM PST', 'ELB is operating normally']
    ])
  })

  it('parseIncidents(aws-s3) resolves every timeline instant to UTC', () => {
    check('2017-02-28-aws-s3.md', 'AWS S3 service disruption in US-EAST-1', [
      ['2017-02-28T17:37:00Z', '9:37 AM PST', 'one input is mistyped'],
      ['2017-02-28T19:37:00Z', '11:37 AM PST', 'Service Health Dashboard'],
      ['2017-02-28T20:26:00Z', '12:26 PM PST', 'start serving GET, LIST and DELETE requests again'],
      ['2017-02-28T21:18:00Z', '1:18 PM PST', 'index subsystem is fully recovered'],
      ['2017-02-28T21:54:00Z', '1:54 PM PST', 'S3 is operating normally']
    ])
  })
})
