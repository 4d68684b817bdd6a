import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {type IncidentMetrics, measure, parseIncidents} from '../../src/index.js'
import {unzonedReport} from '../helpers/unzoned-report.js'

function measureReport(markdown: string): {metrics: IncidentMetrics; reasons: string[]} {
  const {incidents} = parseIncidents(markdown, {path: 'report.md'})
  const incident = incidents[0]
  if (!incident) throw new Error('no incident')
  const {metrics, problems} = measure(incident)
  return {metrics, reasons: problems.map((problem) => `${problem.ruleId}:${problem.place.line}`)}
}

function seed(name: string): IncidentMetrics {
  const markdown = readFileSync(new URL(`../../incidents/${name}`, import.meta.url), 'utf8')
  return measureReport(markdown).metrics
}

describe('measure(seed report)', () => {
  test('measure(aws-s3) starts at 17:37Z, resolves at 21:54Z: 4h 17m', () => {
    const {milestones, durations} = seed('2017-02-28-aws-s3.md')
    expect(milestones.started).toMatchObject({
      at: '2017-02-28T17:37:00Z',
      source: 'marker',
      confidence: 'high'
    })
    expect(milestones.triggered?.at).toBe('2017-02-28T17:37:00Z')
    expect(milestones.mitigated).toMatchObject({at: '2017-02-28T20:26:00Z', source: 'marker'})
    expect(milestones.resolved).toMatchObject({at: '2017-02-28T21:54:00Z', source: 'marker'})
    // The record gives no time for detection or diagnosis.
    expect(milestones.detected).toBeNull()
    expect(milestones.diagnosed).toBeNull()
    expect(durations.timeToResolve).toBe(4 * 3600 + 17 * 60)
    expect(durations.timeToMitigate).toBe(2 * 3600 + 49 * 60)
    expect(durations.timeToDetect).toBeNull()
  })

  test('measure(aws-elb) starts at 20:24Z on 24 Dec, resolves at 20:05Z on 25 Dec: 23h 41m', () => {
    const {milestones, durations} = seed('2012-12-24-aws-elb.md')
    expect(milestones.started).toMatchObject({at: '2012-12-24T20:24:00Z', source: 'marker'})
    expect(milestones.mitigated).toMatchObject({at: '2012-12-25T18:30:00Z', source: 'marker'})
    expect(milestones.resolved).toMatchObject({at: '2012-12-25T20:05:00Z', source: 'marker'})
    expect(milestones.detected).toBeNull()
    expect(durations.timeToResolve).toBe(23 * 3600 + 41 * 60)
  })
})

const base = (timeline: string, frontMatter = '') => `---
title: Test incident
date: 2024-05-02
timezone: UTC
${frontMatter}---

## Timeline

${timeline}
`

describe('measure(sources)', () => {
  test('measure(incident) reads `[resolved]` as a marker, an alert state in capitals as words', () => {
    const {metrics} = measureReport(
      base(
        '- 10:00 Checkout errors begin\n- 10:05 [FIRING] CheckoutErrors\n- 10:40 [RESOLVED] CheckoutErrors\n- 11:30 Backlog replayed, incident closed [resolved]\n'
      )
    )
    expect(metrics.milestones.resolved).toMatchObject({
      at: '2024-05-02T11:30:00Z',
      source: 'marker'
    })
  })

  test("measure(incident) reads a state capitalised before what it is of as the tool's, a marker after as the author's", () => {
    const {metrics} = measureReport(
      base(
        '- 10:00 Checkout errors begin\n- 10:05 Datadog: [Triggered] checkout 5xx > 5%\n- 10:40 [Resolved] checkout 5xx > 5%\n- 11:30 Backlog replayed, incident closed [Resolved]\n'
      )
    )
    expect(metrics.milestones.triggered).toBeNull()
    expect(metrics.milestones.resolved).toMatchObject({
      at: '2024-05-02T11:30:00Z',
      source: 'marker'
    })
  })

  test('measure(incident) takes the front matter milestones map before markers and words', () => {
    const {metrics} = measureReport(
      base(
        '- 10:00 Alerts fire [detected]\n- 10:30 Root cause identified\n',
        'milestones:\n  detected: "09:55"\n  resolved: 2024-05-02 11:00\n'
      )
    )
    expect(metrics.milestones.detected).toMatchObject({
      at: '2024-05-02T09:55:00Z',
      source: 'front-matter',
      evidence: {line: 6, rule: 'front-matter'}
    })
    expect(metrics.milestones.resolved?.at).toBe('2024-05-02T11:00:00Z')
    expect(metrics.milestones.diagnosed).toMatchObject({
      source: 'wording',
      evidence: {rule: 'cause-found', line: 13}
    })
  })

  test('measure(incident) reads a Milestone column as markers', () => {
    const {metrics} = measureReport(
      base(
        '| Time | Event | Milestone |\n|---|---|---|\n| 10:00 | Disk full | started |\n| 10:20 | Disk cleaned | resolved |\n'
      )
    )
    expect(metrics.milestones.started).toMatchObject({at: '2024-05-02T10:00:00Z', source: 'marker'})
    expect(metrics.durations.timeToResolve).toBe(1200)
  })

  test('measure(incident) reads a stated impact window as started and resolved', () => {
    const {metrics} = measureReport(
      '# Queue outage\n\n**Duration:** 09:15 to 09:40 UTC (25 minutes)\n\n## Timeline\n\n- 09:20 UTC Consumers lag\n'.replace(
        '# Queue',
        '---\ndate: 2024-05-02\n---\n# Queue'
      )
    )
    expect(metrics.milestones.started).toMatchObject({
      at: '2024-05-02T09:15:00Z',
      source: 'summary',
      evidence: {line: 6}
    })
    expect(metrics.milestones.resolved).toMatchObject({
      at: '2024-05-02T09:40:00Z',
      source: 'summary'
    })
  })

  test("measure(incident) takes a stated window from the field's first sentence, not a part's span after it", () => {
    const {metrics} = measureReport(
      [
        '---',
        'date: 2024-05-02',
        '---',
        '# Queue outage',
        '',
        '**Duration:** from the first failed consumer at 09:15 to the all-clear at 10:30 UTC. Billing exports were paused from 09:40 to 10:05.',
        '',
        '## Timeline',
        '',
        '- 09:20 UTC Consumers lag'
      ].join('\n')
    )
    expect(metrics.milestones.mitigated?.evidence.rule).not.toBe('impact-window-end')
    expect(metrics.milestones.mitigated?.at).not.toBe('2024-05-02T10:05:00Z')
  })

  test('measure(incident) reads a stated window on the day of the timeline, not the day the report was posted', () => {
    const {metrics} = measureReport(
      [
        '---',
        'date: 2024-05-06',
        '---',
        '# Duplicate payouts',
        '',
        '## Timeline',
        '',
        '- 2024-05-02 09:12Z: first duplicate payout',
        '- 2024-05-06 15:00Z: postmortem review held',
        '',
        '## Impact',
        '',
        '- **Duration of duplicate payouts:** 09:12Z to 09:53Z (41 minutes).'
      ].join('\n')
    )
    expect(metrics.milestones.started?.at).toBe('2024-05-02T09:12:00Z')
    expect(metrics.milestones.resolved?.at).not.toMatch(/^2024-05-06T09:53/)
  })

  test('measure(incident) finds milestones in the words of a timeline', () => {
    const {metrics} = measureReport(
      base(
        [
          '- 10:00 Deploy of build 4512 to production',
          '- 10:02 Requests start failing with 503s',
          '- 10:07 PagerDuty pages the on-call engineer',
          '- 10:09 On-call acknowledges the page',
          '- 10:25 Root cause identified: a bad connection-pool setting',
          '- 10:31 Rolled back to build 4511',
          '- 10:45 Error rates back to normal; incident resolved'
        ].join('\n')
      )
    )
    const at = (name: keyof IncidentMetrics['milestones']) =>
      metrics.milestones[name]?.at.slice(11, 16)
    expect([
      at('started'),
      at('detected'),
      at('acknowledged'),
      at('diagnosed'),
      at('mitigated'),
      at('resolved')
    ]).toEqual(['10:02', '10:07', '10:09', '10:25', '10:31', '10:45'])
    expect(metrics.phases).toEqual({detection: 300, diagnosis: 1080, recovery: 1200})
    const {detection, diagnosis, recovery} = metrics.phases as Record<string, number>
    expect((detection ?? 0) + (diagnosis ?? 0) + (recovery ?? 0)).toBe(
      metrics.durations.timeToResolve
    )
  })

  test('measure(incident) never invents a milestone the words do not support', () => {
    const {metrics} = measureReport(
      base('- 10:00 Engineers met to plan the migration\n- 11:00 Dashboards reviewed\n')
    )
    for (const milestone of Object.values(metrics.milestones)) expect(milestone).toBeNull()
    expect(metrics.durations.timeToResolve).toBeNull()
    expect(metrics.reasons.timeToResolve).toBe('no started and no resolved milestone')
  })

  test('measure(incident) skips negated, intended and non-production wording', () => {
    const {metrics} = measureReport(
      base(
        [
          '- 10:00 Alerts fire for checkout errors',
          '- 10:10 Cause not yet identified',
          '- 10:15 Decision to roll back',
          '- 10:20 Fix deployed to staging',
          '- 10:40 Fix deployed to production',
          '- 11:00 Incident not resolved yet, monitoring'
        ].join('\n')
      )
    )
    expect(metrics.milestones.diagnosed).toBeNull()
    expect(metrics.milestones.mitigated?.at).toBe('2024-05-02T10:40:00Z')
    expect(metrics.milestones.resolved).toBeNull()
  })

  test('measure(incident) keeps a remediation the next entry says did not hold out of mitigated', () => {
    const {metrics} = measureReport(
      base(
        [
          '- 10:00 Monitoring detects elevated latency',
          '- 10:05 Rolled back the config change',
          '- 10:07 Latency remains elevated despite the rollback',
          '- 10:30 Traffic failed over to the secondary region',
          '- 11:00 All clear'
        ].join('\n')
      )
    )
    expect(metrics.milestones.mitigated?.at).toBe('2024-05-02T10:30:00Z')
  })

  test('measure(incident) reports milestones out of order with both lines, and leaves the duration null', () => {
    const {metrics, reasons} = measureReport(
      base(
        '- 10:00 Alerts fire [detected]\n- 10:30 Outage begins [started]\n- 11:00 All clear [resolved]\n'
      )
    )
    expect(reasons).toEqual(['milestone-order:9'])
    expect(metrics.durations.timeToDetect).toBeNull()
    expect(metrics.reasons.timeToDetect).toBe('detected (line 9) is before started (line 10)')
    expect(metrics.durations.timeToResolve).toBe(1800)
  })

  test('measure(incident) gives an approximate end bounds', () => {
    const {metrics} = measureReport(
      base('- 10:00 Outage begins [started]\n- ~10:45 Service restored [resolved]\n')
    )
    expect(metrics.durations.timeToResolve).toBe(2700)
    expect(metrics.bounds.timeToResolve).toEqual({min: 1800, max: 3600})
  })
})

test('measure(incident) reads a plain `Impact:` line of the summary as the impact window', () => {
  const {metrics} = measureReport(
    '---\ndate: 2023-09-14\n---\n# Search outage\n\n## Summary\n\nSearch returned errors for most users.\nImpact: 09:15-09:40 UTC\n\n## Timeline\n\n- 09:20 UTC Search team paged\n'
  )
  expect(metrics.milestones.started).toMatchObject({
    at: '2023-09-14T09:15:00Z',
    source: 'summary',
    evidence: {line: 9}
  })
  expect(metrics.milestones.detected?.at).toBe('2023-09-14T09:20:00Z')
  expect(metrics.milestones.resolved).toMatchObject({at: '2023-09-14T09:40:00Z', source: 'summary'})
  expect(metrics.durations.timeToDetect).toBe(300)
})

describe('measure(incident, context)', () => {
  test('measure(incident, {timezone}) reads front matter times in the caller’s zone, as the parse read the timeline', () => {
    const [incident] = parseIncidents(unzonedReport, {
      path: 'queue.md',
      timezone: 'America/New_York'
    }).incidents
    if (!incident) throw new Error('no incident')
    const zoned = measure(incident, {timezone: 'America/New_York'})
    expect(zoned.metrics.milestones.started?.at).toBe('2026-03-10T18:00:00Z')
    expect(zoned.metrics.durations.timeToResolve).toBe(90 * 60)
    expect(zoned.problems.filter((problem) => problem.ruleId === 'milestone-order')).toEqual([])
  })

  test('measure(incident, {timezone}) is what places front matter times when no timeline entry shows a zone', () => {
    const [incident] = parseIncidents(unzonedReport.replace(/## Timeline[\s\S]*/, ''), {
      path: 'queue.md'
    }).incidents
    if (!incident) throw new Error('no incident')
    const zoned = measure(incident, {timezone: 'America/New_York'})
    expect(zoned.metrics.milestones.started?.at).toBe('2026-03-10T18:00:00Z')
    expect(measure(incident).metrics.milestones.started?.at).toBe('2026-03-10T14:00:00Z')
  })

  test('measure(incident) gives the incident itself with its measures, and measures afresh each call', () => {
    const [incident] = parseIncidents(unzonedReport, {path: 'queue.md'}).incidents
    if (!incident) throw new Error('no incident')
    const first = measure(incident)
    const second = measure(incident)
    expect(Object.keys(first)).toEqual(['incident', 'metrics', 'problems'])
    expect(first.incident).toBe(incident)
    expect(second).not.toBe(first)
    expect(second).toEqual(first)
    // Nothing is kept on the incident: a measure is a value handed on, not a memo.
    expect(Object.keys(incident)).toEqual(
      Object.keys(parseIncidents(unzonedReport, {path: 'queue.md'}).incidents[0] ?? {})
    )
  })
})
