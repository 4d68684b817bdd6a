/** A letter whose only timeline stands in a technical appendix, under a bold line that names it. Invented reports. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

test('an appendix holding the only timeline, under a bold line with its days, is read as the report’s body', () => {
  const letter = [
    '**Riverside Library Network**',
    '',
    'March 6, 2025',
    '',
    'Dear members,',
    '',
    'On Tuesday evening our catalogue could not be searched. We are sorry.',
    '',
    '---',
    '',
    '### Technical appendix',
    '',
    '*Times are Central Standard Time (CST, UTC−6).*',
    '',
    '**Timeline, Tuesday Mar 4 – Wednesday Mar 5**',
    '',
    '| Time (CST) | Event |',
    '|---|---|',
    '| Mar 4, 19:10 | Search index corrupted after a disk filled. Searches fail. |',
    '| 21:45 | Index rebuilt, searches work again. |'
  ].join('\n')
  const [incident] = parseIncidents(letter, {path: 'letter.md'}).incidents
  const rebuilt = incident?.timeline.find((entry) => entry.text.includes('rebuilt'))
  expect(rebuilt?.at).toBe('2025-03-05T03:45:00Z')
})

test('an appendix beside a timeline of the report’s own stays an appendix', () => {
  const report = [
    '# Catalogue outage',
    '',
    '## Timeline',
    '',
    '- 2025-03-04 19:10 UTC – searches fail.',
    '- 2025-03-04 21:45 UTC – searches work again.',
    '',
    '## Appendix',
    '',
    '**Timeline of the vendor’s own work, Mar 3**',
    '',
    '- 2025-03-03 10:00 UTC – vendor upgrade.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'report.md'}).incidents
  expect(incident?.timeline.some((entry) => entry.text.includes('vendor upgrade'))).toBe(false)
})

test('after a timeline under a bold title, a bold title of a section no timeline holds ends it', () => {
  const page = [
    '**Postmortem: Search latency (INC-88)**',
    '',
    '**Incident date:** Monday, March 3, 2025. All times UTC.',
    '',
    '**Timeline**',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 10:02 | Search p99 over 4 s. |',
    '| 10:40 | Index shard rebalanced; p99 normal. Incident resolved. |',
    '',
    '**Action items**',
    '',
    'Review meeting: Friday 3/7, 15:00.',
    '',
    '[a]**Ida:** Is 10:40 right? **Ben:** Yes, 10:40. _Marked as resolved_'
  ].join('\n')
  const [incident] = parseIncidents(page, {path: 'page.md'}).incidents
  const fromTimeline = incident?.timeline.filter((entry) => entry.origin === 'timeline')
  expect(fromTimeline?.map((entry) => entry.at)).toEqual([
    '2025-03-03T10:02:00Z',
    '2025-03-03T10:40:00Z'
  ])
})

test("a chat's log pasted under its own heading is the timeline when the report lays out none, notes on its times aside", () => {
  const chat = [
    '# Upload outage',
    '',
    '**Date:** 2025-03-04. All times are UTC.',
    '',
    '## Slack log: #inc-uploads (exported)',
    '',
    '```',
    '[14:02] pagerbot: uploads 5xx > 2% (prod)',
    '[14:04] ines: ack, looking',
    '[14:31] ines: disk on upload-3 is full, clearing old chunks',
    '[14:40] ines: 5xx back to baseline',
    '```',
    ''
  ]
  const notes = [
    '## Timeline notes',
    '',
    'The 14:02 alert fired two minutes after the first 5xx at 14:00.'
  ]
  const [alone] = parseIncidents([...chat, ...notes].join('\n'), {path: 'chat.md'}).incidents
  const entry = alone?.timeline.find((item) => item.text.includes('clearing old chunks'))
  expect(entry?.at).toBe('2025-03-04T14:31:00Z')
  expect(entry?.origin).toBe('timeline')
  const laidOut = [
    ...chat,
    '## Timeline',
    '',
    '- 14:00 first 5xx on uploads',
    '- 14:40 uploads healthy again'
  ].join('\n')
  const [beside] = parseIncidents(laidOut, {path: 'chat.md'}).incidents
  expect(beside?.timeline.some((item) => item.text.includes('clearing old chunks'))).toBe(false)
})
