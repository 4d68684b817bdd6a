/**
 * Spans and clauses as teams write them: a span's end on the day written after it, spans joined
 * by a tilde or an arrow, a number's comma and a quote's closing mark, a 24-hour report's morning
 * clocks, an `Event` column beside the message.
 */
import {expect, test} from 'vitest'
import {findMilestones} from '../../src/milestones/find-milestones.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {findMentions} from '../../src/timeline/find-mentions.js'

const timeline = (markdown: string) =>
  parseIncidents(markdown, {path: 'invented.md'}).incidents[0]?.timeline ?? []

test('a span ends on the day written after it, read in the report’s order', () => {
  const [entry] = timeline(
    '# Sales paused\n\nAll times CET.\n\nSales stopped for 35 minutes (10:15 – 10:50, 08/02/2025). Refunds went out on 19/02/2025.\n'
  )
  expect(entry?.at).toBe('2025-02-08T09:15:00Z')
  expect(entry?.time?.end).toBe('2025-02-08T09:50:00Z')
})

test('two clocks joined by a tilde or an arrow are one span', () => {
  for (const text of [
    '19:05 ~ 19:47 KST',
    '19:05～19:47 KST',
    '19:05 → 19:47 KST',
    '19:05 -> 19:47 KST'
  ]) {
    const [mention] = findMentions(`Impact: ${text}.`)
    expect(mention?.written.rangeEnd?.clock).toEqual({hour: 19, minute: 47, hourOnly: false})
  }
  // (A tilde before one clock is `about`.)
  expect(findMentions('at ~21:10 and ~21:40').map((mention) => mention.written.text)).toEqual([
    '~21:10',
    '~21:40'
  ])
})

test('a number’s comma does not cut a clause, and a quote’s closing mark ends a sentence', () => {
  const entries = timeline(
    '# Users dropped\n\nAll times UTC, on 3 March 2026.\n\n## Impact\n\nPlayers online fell from about 212,000 (11:10) to about 61,000 (11:40).\n\nAt 12:05 Ana wrote: "is the shop down?" Then three more asked by 12:20.\n'
  )
  expect(entries.map((entry) => [entry.at, entry.text])).toEqual([
    ['2026-03-03T11:10:00Z', 'Players online fell from about 212,000 (11:10'],
    ['2026-03-03T11:40:00Z', ') to about 61,000 (11:40).'],
    ['2026-03-03T12:05:00Z', 'Ana wrote: "is the shop down?"'],
    ['2026-03-03T12:20:00Z', 'Then three more asked by 12:20.']
  ])
})

test('a report on a 24-hour clock keeps a sentence’s morning clock in the morning', () => {
  const entries = timeline(
    '# Checkout slow\n\nAll times KST.\n\n## Background\n\nThe search service was deployed on 2026.03.13 at 16:30, and the freeze began at 18:00.\n\n## Impact\n\nErrors peaked around 10:20.\n'
  )
  expect(entries.find((entry) => entry.text.startsWith('Errors peaked'))?.at).toBe(
    '2026-03-13T01:20:00Z'
  )
})

test('a CSV export’s `Event` column labels the message beside it when milestones are picked', () => {
  const markdown = [
    '# Basket totals stale',
    '',
    '## Timeline',
    '',
    '```csv',
    '"Time (UTC)","Event","User","Message"',
    '"2026-03-03 09:41:10","Triggered","","basket-service p99 > 2s"',
    '"2026-03-03 09:44:02","Acknowledged","Irene Soto","Looking"',
    '"2026-03-03 10:20:45","Resolved","Irene Soto","Cache flushed, totals correct"',
    '```',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'invented.md'}).incidents
  if (!incident) throw new Error('no incident')
  const {milestones} = findMilestones(incident)
  expect(milestones.acknowledged?.at).toBe('2026-03-03T09:44:02Z')
  expect(incident.timeline[0]?.place.line).toBe(7)
})

test('fields on one line: each label heads the time after it', () => {
  const entries = timeline(
    '# Portal errors\n\nAll times US Central.\n\nCreated: 11/Mar/25 9:18 AM  Paused: 11/Mar/25 10:02 AM  Resolved: 11/Mar/25 1:45 PM\n'
  )
  expect(entries.map((entry) => [entry.at, entry.text])).toEqual([
    ['2025-03-11T14:18:00Z', 'Created'],
    ['2025-03-11T15:02:00Z', 'Paused'],
    ['2025-03-11T18:45:00Z', 'Resolved']
  ])
})

test('a few words with a verb or a pronoun before a time are a sentence, not a label; a hedge leads the time', () => {
  const texts = timeline(
    '# Shop down\n\nAll times CET, 8 February 2025.\n\nThe first errors came at 01:12. Downtime was declared 40 minutes after the first errors. She woke up around 7:05, opened the laptop and looked. By perhaps 07:20 she knew the cause.\n'
  ).map((entry) => entry.text)
  expect(texts).toContain('Downtime was declared 40 minutes after the first errors.')
  expect(texts).toContain('She woke up around 7:05, opened the laptop and looked.')
  expect(texts).toContain('she knew the cause.')
})

test('after a sentence’s colon, a time dates the words after it; a label’s colon leads them', () => {
  const texts = timeline(
    '# Results missing\n\nAll times AEST, 14 July 2025.\n\n| Time | Event |\n|---|---|\n| 06:58 | The ward clerk rings the desk: bloods taken ~05:30 never showed up in the chart. |\n'
  ).map((entry) => entry.text)
  expect(texts).toContain('bloods taken ~05:30 never showed up in the chart.')
})

test('a time in a clause of reason dates that clause, not the one it explains', () => {
  const texts = timeline(
    '# Menu broken\n\nAll times CEST, 8 July 2025.\n\nThe depot spotted it first because their shift starts at 06:00.\n'
  ).map((entry) => entry.text)
  expect(texts).toContain('because their shift starts at 06:00.')
})

test("a thread's replies pasted as one quote, each led by its sender and clock, are a timeline's entries", () => {
  const entries = timeline(
    [
      '# Search empty on prod — Thu 12 Sep 2024',
      '',
      'Times are PT.',
      '',
      '**Dana Ruiz** 9:02 AM',
      'anyone else seeing zero results in search?',
      '',
      '> **Lee Park** 9:04 AM',
      '> looking',
      '>',
      '> **Lee Park** 9:20 AM',
      '> the index lost its replicas, restoring them now',
      '>',
      '> **Lee Park** 9:41 AM',
      '> search returning results again'
    ].join('\n')
  )
  const at = (words: RegExp) => entries.find((entry) => words.test(entry.text))?.at
  expect(at(/looking/)).toBe('2024-09-12T16:04:00Z')
  expect(at(/results again/)).toBe('2024-09-12T16:41:00Z')
})

test("a row's words after a sentence that looks back to an earlier time are the row's again; after a later time, that time's", () => {
  const report = [
    '# Card authorisations failing',
    '',
    'All times UTC, 7 September 2025.',
    '',
    '## Timeline',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 06:20 | Declines start. |',
    '| 08:02 | Rui finds `handshake_failure` in the gateway log. He confirms the client certificate expired at 06:12. The cause is confirmed on the bridge. |',
    '| 08:24 | Investigation continues on the bridge. Rollout halted at 08:27. At 08:47 engineers confirm the bundle is rejected. **Root cause identified.** |'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'cards.md'}).incidents
  const at = (clock: string) =>
    incident?.timeline.find((entry) => entry.time?.text === clock)?.text ?? ''
  expect(at('08:02')).toContain('The cause is confirmed on the bridge.')
  expect(at('08:24')).not.toContain('Root cause identified')
})
