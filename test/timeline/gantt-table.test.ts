/** A Mermaid gantt chart as an incident's timeline. Charts invented for the test. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/parse-incidents.js'

const report = (chart: string) =>
  [
    '# Search outage',
    '',
    '## Timeline',
    '',
    'All times are UTC.',
    '',
    '```mermaid',
    chart,
    '```',
    ''
  ].join('\n')

test("a gantt chart's tasks are the timeline: bars with their ends, milestones as instants, `after` another task", () => {
  const chart = [
    'gantt',
    '    title Search outage (UTC)',
    '    dateFormat YYYY-MM-DD HH:mm',
    '    axisFormat %H:%M',
    '    section Impact',
    '    Index writes rejected          :crit, rej, 2025-04-02 09:14, 46m',
    '    Root cause: shard map stale    :milestone, rc, 2025-04-02 09:41, 0m',
    '    Nightly compaction (scheduled 23:00) :done, cmp, 2025-04-01 23:00, 90m',
    '    section Recovery',
    '    Reindex                        :reidx, after rej, 30m',
    '    %% a comment',
    '    Search healthy again           :milestone, ok, 2025-04-02 10:30, 0m'
  ].join('\n')
  const [incident] = parseIncidents(report(chart), {path: 'search.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.origin === 'timeline')
  expect(rows?.map((entry) => [entry.at, entry.time?.end ?? null, entry.text])).toEqual([
    ['2025-04-02T09:14:00Z', '2025-04-02T10:00:00Z', 'Index writes rejected'],
    ['2025-04-02T09:41:00Z', null, 'Root cause: shard map stale'],
    ['2025-04-01T23:00:00Z', '2025-04-02T00:30:00Z', 'Nightly compaction (scheduled 23:00)'],
    // (The row's clock told again in its words, its clause an entry of its own, as in any table.)
    ['2025-04-01T23:00:00Z', null, 'Nightly compaction (scheduled: )'],
    ['2025-04-02T10:00:00Z', '2025-04-02T10:30:00Z', 'Reindex'],
    ['2025-04-02T10:30:00Z', null, 'Search healthy again']
  ])
})

test('a mermaid block that is no gantt chart, or a chart of no times, gives no entries', () => {
  const flow = ['flowchart LR', '    A[API] --> B[(DB)]'].join('\n')
  const [incident] = parseIncidents(report(flow), {path: 'flow.md'}).incidents
  expect(incident?.timeline.filter((entry) => entry.origin === 'timeline')).toEqual([])
})
