/**
 * A 12-hour clock without AM or PM in a narrative told in prose: which half
 * of the day it is in, from the clocks told before it. Reports made up for
 * the test.
 */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

function instants(body: string): string[] {
  const markdown = `# Invoices stalled\n\nOn Wednesday, May 6, 2026, invoices stopped going out. All times are UTC.\n\n${body}\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  return (incident?.timeline ?? []).flatMap((entry) =>
    entry.at && entry.time?.precision !== 'day' ? [entry.at] : []
  )
}

test('a clock without AM or PM after one in the afternoon is in the afternoon', () => {
  expect(
    instants(
      'The first job failed at 1:52 in the afternoon. A customer wrote in at 2:05, and by 2:40 the queue moved again.'
    )
  ).toEqual(['2026-05-06T13:52:00Z', '2026-05-06T14:05:00Z', '2026-05-06T14:40:00Z'])
})

test('a morning clock told after an afternoon one stays in the morning when it is near enough', () => {
  // 9:30 in the morning is five hours before 14:38: it may be the morning's deploy, as written.
  expect(
    instants('Writes failed from 2:38 in the afternoon. The deploy had gone out at 9:30.')
  ).toEqual(['2026-05-06T14:38:00Z', '2026-05-06T09:30:00Z'])
  // With no afternoon told before it, a clock is read as written.
  expect(instants('A customer wrote in at 2:05.')).toEqual(['2026-05-06T02:05:00Z'])
})

test('a clock in words takes the half of the day after the clock before it, in a 24-hour timeline too', () => {
  const markdown = `# Release pulled\n\nOn Tuesday, 9 June 2026 (all times UTC):\n\n## Timeline\n\n- 15:20 - Bo found the broken tarball.\n- Bo got to a desk around quarter to four. At 15:50 the tag moved back.\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  const timed = (incident?.timeline ?? []).map((entry) => [entry.at, entry.text])
  expect(timed).toEqual([
    ['2026-06-09T15:20:00Z', 'Bo found the broken tarball.'],
    // (Each sentence its own entry: the later time's words are not the first one's.)
    ['2026-06-09T15:45:00Z', 'Bo got to a desk around .'],
    ['2026-06-09T15:50:00Z', 'the tag moved back.']
  ])
})

test('a bare clock that names one told before with its half of the day is that moment again', () => {
  const markdown = `# Lists not saving\n\nOn Tuesday, May 5, 2026 (all times PDT):\n\n**6/** at 8:52pm the disk hit its limit and writes failed.\n\n**14/** 10:22pm: writes work again.\n\n**15/** what you added between 8:52 and 10:22 was kept on your phone.\n\n**16/** by about 11:10 the retry queue was flat.\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  const timed = (incident?.timeline ?? []).map((entry) => [entry.at, entry.time?.end ?? null])
  expect(timed).toEqual([
    ['2026-05-06T03:52:00Z', null],
    ['2026-05-06T05:22:00Z', null],
    ['2026-05-06T03:52:00Z', '2026-05-06T05:22:00Z'],
    ['2026-05-06T06:10:00Z', null]
  ])
})

test('a clock told on a 24-hour clock is not named again by a bare clock twelve hours off', () => {
  const markdown = `# Settlement run overran\n\nAll times CET, on 4 February 2025.\n\nThe run normally finishes by 23:30.\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 22:10 | Settlement run starts. |\n| 23:55 | Run still going; payouts queue. |\n| 02:15 | Run completes; payouts flow. |\n| 09:00 | Reconciliation starts. |\n| 11:30 | Reconciliation complete, incident closed. |\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  const closed = incident?.timeline.find((entry) =>
    entry.text.startsWith('Reconciliation complete')
  )
  expect(closed?.at).toBe('2025-02-05T10:30:00Z')
})

test('a weekday named with a clock dates it, told back from the day the letter was written', () => {
  const markdown = `# Member news\n\n**Thursday, October 24, 2024**\n\nThe catalog was down last weekend. (All times are Eastern.)\n\nThe problem began at 9:40 Saturday morning. At about 1:30 Saturday afternoon the vendor called with the cause. By Sunday afternoon (about 3:30), everything was back.\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  const timed = (incident?.timeline ?? []).flatMap((entry) =>
    entry.at && entry.time?.precision !== 'day' ? [entry.at] : []
  )
  expect(timed).toEqual(['2024-10-19T13:40:00Z', '2024-10-19T17:30:00Z', '2024-10-20T19:30:00Z'])
})

test('a span that heads a paragraph whose sentences each have a time is its label, no words of it', () => {
  const markdown = `# Connection failures\n\nAll times UTC, on 10 June 2025.\n\n## Detailed timeline\n\n**14:12–14:23 UTC.** At 14:12 UTC, the first worker was killed. At 14:19 UTC, monitoring paged the on-call engineer.\n`
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  const span = incident?.timeline.find((entry) => entry.time?.end)
  expect(span?.text).toBe('')
  expect(incident?.timeline.map((entry) => entry.at)).toContain('2025-06-10T14:19:00Z')
})

test('a time counted from an afternoon clock without AM or PM is in the afternoon too', () => {
  expect(
    instants(
      'The first job failed at 1:52 in the afternoon. Mia switched the queue over at 4:40 and the first invoice went out about 20 seconds later.'
    )
  ).toEqual(['2026-05-06T13:52:00Z', '2026-05-06T16:40:00Z', '2026-05-06T16:40:20Z'])
})

test("a clock without AM or PM told before anything else takes the half of the day of the timeline's first clock that has one", () => {
  const markdown = [
    '# Proxy outage, Tuesday March 11, 2025',
    '',
    'All times are Pacific.',
    '',
    '## Short version',
    '',
    'From about quarter to two until 3:10 on Tuesday, nobody off campus could log in.',
    '',
    '## Timeline',
    '',
    '- **Tuesday, 1:47 PM:** last good login.',
    '- **2:06:** a student came onto chat.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'proxy.md'}).incidents
  expect(incident?.timeline.slice(0, 2).map((entry) => entry.at)).toEqual([
    '2025-03-11T20:45:00Z',
    '2025-03-11T22:10:00Z'
  ])
})

test('a day told with its afternoon, in a zone named for a place, puts the clocks after it in the afternoon of that zone', () => {
  const markdown = [
    '# Proxy outage',
    '',
    'All times are Pacific.',
    '',
    'This is what went wrong on Tuesday afternoon (11 March 2025).',
    '',
    'Logins failed at 2:40. Service was back at 3:30.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'proxy.md'}).incidents
  const clocks = incident?.timeline.filter((entry) => entry.time?.precision !== 'day')
  expect(clocks?.map((entry) => entry.at)).toEqual(['2025-03-11T21:40:00Z', '2025-03-11T22:30:00Z'])
})

test('an hour alone with AM or PM in a 12-hour timeline (`at 10 AM`) leaves it a 12-hour timeline', () => {
  const markdown = [
    '# Proxy outage, Tuesday March 11, 2025',
    '',
    'All times are Pacific.',
    '',
    '## Timeline',
    '',
    '- **11:50:** the disk fills.',
    '- **12:40:** Maggie takes the first chat about it.',
    '- **1:15:** Dev restarts the proxy.',
    '- **Wednesday, 10 AM:** review with ITS.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'proxy.md'}).incidents
  expect(incident?.timeline.slice(0, 3).map((entry) => entry.at)).toEqual([
    '2025-03-11T18:50:00Z',
    '2025-03-11T19:40:00Z',
    '2025-03-11T20:15:00Z'
  ])
})

test('a range without AM or PM told in the afternoon ends in the afternoon, not the next morning', () => {
  const report = [
    '---',
    'date: 2025-03-09',
    '---',
    '# Portal errors',
    '',
    'All times Pacific.',
    '',
    '## Notes',
    '',
    'The first error was at 2:38 PM. From the logs, 143 users hit an error between 2:38 and 3:13.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'portal.md'}).incidents
  const range = incident?.timeline.find((entry) => entry.time?.range)
  expect([range?.at, range?.time?.end]).toEqual(['2025-03-09T21:38:00Z', '2025-03-09T22:13:00Z'])
})

test('a clock after a moment told again, on a day the story had left, is near that moment', () => {
  const report = `# Saturday outage

Times are Central European Time.

### The thread

> **Ines Vogt** @inesbuilds
> The booking site is down. On it.
> *11:42 AM · Jun 14, 2025*

> **Ines Vogt** @inesbuilds
> Back up. Thanks for your patience.
> *12:06 PM · Jun 14, 2025*

> **Ines Vogt** @inesbuilds
> Short write-up coming later today.
> *9:10 AM · Jun 15, 2025*

### Notes

In the thread I said the site was down at 11:42, but it had been down longer. The first failed booking was at 11:31.
`
  const [incident] = parseIncidents(report, {path: 'thread.md'}).incidents
  const first = incident?.timeline.find((entry) =>
    entry.text.startsWith('The first failed booking')
  )
  expect(first?.at).toBe('2025-06-14T09:31:00Z')
})
