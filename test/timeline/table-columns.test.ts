/**
 * `timeColumns` on tables made up for the test: which column holds the
 * times, read cell by cell.
 */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/parse-incidents.js'
import {dayMonthCell, timeColumns} from '../../src/timeline/table-columns.js'

test('four digits in a column headed as times are clocks; in a column of years, years', () => {
  const clocks = timeColumns(
    ['Time (AKST)', 'Event'],
    [
      ['2352', 'Records server stops accepting writes'],
      ['0007', 'Supervisor declares an outage'],
      ['0115–0240', 'Paper cards entered back']
    ]
  )
  expect(clocks?.dateIndex).toBe(0)
  const [late, , span] = clocks?.columns[0]?.times ?? []
  expect(late && !('impossible' in late) ? late.clock : undefined).toEqual({
    hour: 23,
    minute: 52,
    hourOnly: false
  })
  expect(span && !('impossible' in span) ? span.rangeEnd?.clock?.hour : undefined).toBe(2)
  // No header about times, but `0007` is no year: the column is clocks.
  expect(
    timeColumns(
      ['When', 'What'],
      [
        ['2230', 'Paged'],
        ['0007', 'Fixed']
      ]
    )?.dateIndex
  ).toBe(0)
  // A column of years stays years.
  expect(
    timeColumns(
      ['Year', 'Milestone'],
      [
        ['2019', 'Billing moved to the new ledger'],
        ['2021', 'Old invoices archived']
      ]
    )
  ).toBeUndefined()
})

test("a column of each row's kind is no text: the row's words are in the column that holds them", () => {
  const columns = timeColumns(
    ['Timestamp', 'Event type', 'Actor', 'Details'],
    [
      [
        '2025-04-02T08:10:00Z',
        'alert',
        'Prometheus',
        'Queue depth above 10k on the billing worker'
      ],
      ['2025-04-02T08:12:30Z', 'status change', 'Ana', 'Triggered → Acknowledged'],
      ['2025-04-02T08:20:00Z', 'note', 'Ana', 'Workers stuck on a lock held by the nightly export']
    ]
  )
  expect(columns?.textIndex).toBe(3)
  // Of two columns named for the words, the one with more of them.
  expect(
    timeColumns(
      ['When', 'Event', 'Notes'],
      [
        ['09:00', 'Deploy', 'Release 4.2 rolled out to every region at once'],
        ['09:05', 'Alert', 'Error rate on checkout climbs past 5%']
      ]
    )?.textIndex
  ).toBe(2)
})

test('a row whose column of words is empty takes its words from the other column named for them', () => {
  const markdown = [
    '## Timeline',
    '',
    'All times UTC, 4 May 2025.',
    '',
    '| Time | Description | Operator notes |',
    '|---|---|---|',
    '| 06:31 | Tank level LOW | Pumps stopped; level reads 92% on the screen but the dip says 6%, so the level transmitter looks wrong |',
    '| 06:34 | Callout acknowledged by the duty operator | |'
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  expect(incident?.timeline.map((entry) => entry.text)).toContain(
    'Callout acknowledged by the duty operator'
  )
})

test("a day in the time column's header dates its rows; a row's time told as a distance from the row before counts from it", () => {
  const report = [
    '# Broken release',
    '',
    '**Posted by** @lena · June 12, 2025',
    '',
    '## Timeline',
    '',
    '| When (UTC, June 9) | What |',
    '|---|---|',
    '| 09:10 | 2.4.0 published without its type declarations |',
    '| ~20 min later | First issue opened by a user |',
    '| about 15 minutes after that | A maintainer replies that she is on it |',
    '| 10:05 | 2.4.1 published with the declarations |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'release.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2025-06-09T09:10:00Z',
    '2025-06-09T09:30:00Z',
    '2025-06-09T09:45:00Z',
    '2025-06-09T10:05:00Z'
  ])
})

test('a compact clock with a note in brackets is read; local times, told as they were, stand by the place the report names', () => {
  const form = [
    '# Dispensing system downtime record',
    '',
    '**Site / location:** Mill Creek Hospital, 40 River Road, Dayton, OH',
    '**Date of downtime:** 03/04/2025',
    '**Times:** 24-hour, local',
    '',
    '## Timeline',
    '',
    '| Event | Time |',
    '|---|---|',
    '| System stopped answering | 0212 (per the server log) |',
    '| Downtime declared | 0220 |',
    '| System back | 0305 |'
  ].join('\n')
  const [incident] = parseIncidents(form, {path: 'form.md'}).incidents
  expect(
    incident?.timeline.map((entry) => entry.at).filter((at) => !at?.endsWith('T00:00:00Z'))
  ).toEqual(['2025-03-04T07:12:00Z', '2025-03-04T07:20:00Z', '2025-03-04T08:05:00Z'])
})

test("a row's moment in its other time column, told again in its words, is no entry of its own", () => {
  const report = [
    '# Feed outage',
    '',
    '## Timeline',
    '',
    '| Local (NZDT) | UTC | Event |',
    '|---|---|---|',
    '| Wed 5 Feb 2025 06:30 | Tue 4 Feb 2025 17:30 | First failed pulls from the feed at 06:30. |',
    '| 06:41 | 17:41 | Alert fires. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'feed.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2025-02-04T17:30:00Z',
    '2025-02-04T17:41:00Z'
  ])
})

test('a decision log: the column of what was done is the row’s words, the times in its notes are mentions of the row', () => {
  const log = [
    '# Decision log',
    '',
    'All times UTC.',
    '',
    '## Log',
    '',
    '| Date/Time | Decision | Owner | Notes |',
    '|---|---|---|---|',
    '| 2025-05-06 09:20 | Take the incident, open a bridge | R. Osei | Ticket was opened at 09:12 after a store manager rang the desk; the manager says tills froze around 09:05 and queues built up behind them. |',
    '| 2025-05-06 09:41 | Fail the payments proxy over to the spare | R. Osei | Tills take cards again at 09:44. |'
  ].join('\n')
  const [incident] = parseIncidents(log, {path: 'log.md'}).incidents
  const rows = incident?.timeline.filter((entry) => entry.kind === 'table')
  expect(rows?.map((entry) => entry.text)).toEqual([
    'Take the incident, open a bridge',
    'Fail the payments proxy over to the spare'
  ])
  const rang = incident?.timeline.find((entry) => entry.text.includes('rang the desk'))
  expect(rang?.at).toBe('2025-05-06T09:12:00Z')
})

test("of two columns of times, one in UTC with gaps and one headed by its zone's name alone (`BST`) and full, the full one is read", () => {
  const report = [
    '# Channel off air',
    '',
    '**Date:** 15 June 2024',
    '',
    '| As-run (UTC) | BST | Source | Event |',
    '|---|---|---|---|',
    '| 18:42:08 | 19:42:08 | Automation | Branding engine stops responding |',
    '| – | 19:43:08 | Monitor | Audio silence alarm |',
    '| – | 19:43:21 | Monitor | Alarm acknowledged by the controller |',
    '| 18:47:19 | 19:47:19 | Switcher | Manual switch to the B chain |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'off-air.md'}).incidents
  const rows = incident?.timeline.filter((entry) =>
    /Alarm acknowledged|silence alarm/.test(entry.text)
  )
  expect(rows?.map((entry) => entry.at)).toEqual(['2024-06-15T18:43:08Z', '2024-06-15T18:43:21Z'])
})

test('a cell that opens on a day and a month with their dots is that day, its clock after it', () => {
  expect(dayMonthCell('23.09.')).toBe('23 Sep')
  expect(dayMonthCell('23.09. 21:30')).toBe('23 Sep 21:30')
  expect(dayMonthCell('23.09')).toBeUndefined()
  expect(dayMonthCell('31.13.')).toBeUndefined()
  const report = [
    '# Outbound payments held',
    '',
    '| Field | Value |',
    '|---|---|',
    '| Date of incident | 24.09.2024 |',
    '| Time zone | All times CEST (UTC+2) |',
    '',
    '## Chronology',
    '',
    '| Date / Time | Event |',
    '|---|---|',
    '| 23.09. 21:30 | Client certificate renewed; channel not restarted. |',
    '| 24.09. 07:42 | First batch of the day; TLS handshake fails. |',
    '| 07:58 | Queue depth alert. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'oir.md'}).incidents
  expect(
    incident?.timeline
      .filter((entry) => entry.origin === 'timeline')
      .map((entry) => [entry.at, entry.time?.text])
  ).toEqual([
    ['2024-09-23T19:30:00Z', '23.09. 21:30'],
    ['2024-09-24T05:42:00Z', '24.09. 07:42'],
    ['2024-09-24T05:58:00Z', '07:58']
  ])
})

test('a column headed with the word for time in another language (`Waktu`, `Uhrzeit`) holds dotted clocks', () => {
  const report = [
    '# Laporan gangguan',
    '',
    'All times WIB, Selasa 4 Mar 2025 unless noted.',
    '',
    '## Kronologi',
    '',
    '| Waktu | Kejadian |',
    '|---|---|',
    '| Senin 3 Mar 23.40 | Config change deployed. |',
    '| 09.10 | Payment errors begin. |',
    '| **09.25** | Alert fires. |',
    '| 10.05 | Rollback complete, errors stop. |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'laporan.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2025-03-03T16:40:00Z',
    '2025-03-04T02:10:00Z',
    '2025-03-04T02:25:00Z',
    '2025-03-04T03:05:00Z'
  ])
})
