import {describe, expect, test} from 'vitest'
import {findMilestones} from '../../src/milestones/find-milestones.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {unzonedReport as report} from '../helpers/unzoned-report.js'

function read(markdown: string, timezone?: string) {
  const options = timezone ? {path: 'report.md', timezone} : {path: 'report.md'}
  const incident = parseIncidents(markdown, options).incidents[0]
  if (!incident) throw new Error('no incident')
  return incident
}

describe('front matter milestones read in the zone of the timeline', () => {
  test('--timezone reaches `milestones:` times, so they keep their order with the timeline', () => {
    const incident = read(report, 'America/New_York')
    const {milestones, problems} = findMilestones(incident, {timezone: 'America/New_York'})
    // 14:00 in New York on 10 March 2026 (EDT, UTC-4).
    expect(milestones.started?.at).toBe('2026-03-10T18:00:00Z')
    expect(milestones.resolved?.at).toBe('2026-03-10T19:30:00Z')
    expect(incident.timeline.find((entry) => entry.text.startsWith('Alert'))?.at).toBe(
      '2026-03-10T18:05:00Z'
    )
    expect(problems.filter((problem) => problem.ruleId === 'milestone-order')).toEqual([])
  })

  test('the caller’s zone alone is enough when the timeline has no unzoned times', () => {
    const bare = report.replace(/## Timeline[\s\S]*/, '')
    const {milestones} = findMilestones(read(bare), {timezone: 'Europe/Berlin'})
    expect(milestones.started?.at).toBe('2026-03-10T13:00:00Z')
  })

  test('the report’s own `timezone` wins over the caller’s', () => {
    const zoned = report.replace('date: 2026-03-10', 'date: 2026-03-10\ntimezone: Asia/Tokyo')
    const {milestones} = findMilestones(read(zoned, 'America/New_York'), {
      timezone: 'America/New_York'
    })
    expect(milestones.started?.at).toBe('2026-03-10T05:00:00Z')
  })

  test('a zone the report states for its timeline is the zone of its front matter times too', () => {
    const stated = report.replace('## Timeline\n', '## Timeline\n\nAll times are PDT.\n')
    const {milestones} = findMilestones(read(stated))
    // PDT in March (after the 8 March change): UTC-7.
    expect(milestones.started?.at).toBe('2026-03-10T21:00:00Z')
  })

  test('with no zone anywhere, UTC', () => {
    const {milestones} = findMilestones(read(report))
    expect(milestones.started?.at).toBe('2026-03-10T14:00:00Z')
  })
})
