import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'
import {writesNoYear} from '../../src/time/written-year.js'

/** A status note that never writes its year: only its weekdays name it. */
const yearless = `# Why checkout was down on Friday (March 14)

Posted by the store team.

## What happened

- **Friday 14 March, 17:20 UTC**: card payments start failing at checkout.
- **17:26 UTC**: the payments alert pages the on-call engineer.
- **18:05 UTC**: the expired gateway certificate is replaced; payments work again.

The follow-up review is on Monday 17 March.
`

test('a report that writes no year takes the latest year, up to the day it is read, in which its days fall on their weekdays', () => {
  const read = parseIncidents(yearless, {path: 'checkout.md', today: '2026-12-06'})
  const [incident] = read.incidents
  // 14 March was a Friday in 2025 (and in 2014, and will be in 2031).
  expect(incident?.date).toBe('2025-03-14')
  expect(incident?.timeline.find((entry) => entry.text.includes('pages'))?.at).toBe(
    '2025-03-14T17:26:00Z'
  )
  const note = read.messages.find((message) => message.ruleId === 'time-year-from-weekday')
  expect(note?.message).toContain('2025')
  // (At the first weekday's day: the title's `Friday (March 14)`.)
  expect([note?.line, note?.column]).toEqual([1, 28])
})

test('read before that day came round, the year is the one before it that fits', () => {
  const [incident] = parseIncidents(yearless, {path: 'checkout.md', today: '2025-03-01'}).incidents
  expect(incident?.date).toBe('2014-03-14')
})

test('without the day it is read, or with a year written anywhere, no year comes from weekdays', () => {
  const unread = parseIncidents(yearless, {path: 'checkout.md'})
  expect(unread.incidents[0]?.date).toBeUndefined()
  expect(unread.messages.map((message) => message.ruleId)).toContain('time-date-unknown')
  // (`in 2019` is no year of this story's days, but a number that may be one: the day it is read
  // no longer matters, so a cache keeps such a report whatever the day.)
  const written = `${yearless}\nThe gateway has been with us since 2019.\n`
  expect(
    parseIncidents(written, {path: 'checkout.md', today: '2026-12-06'}).messages.map(
      (message) => message.ruleId
    )
  ).not.toContain('time-year-from-weekday')
  expect(writesNoYear(yearless)).toBe(true)
  expect(writesNoYear(written)).toBe(false)
})

test('one weekday written wrong does not choose the year; two that disagree name none', () => {
  // (14 March and 18 March are never both a Friday: two of the three days still agree on 2025.)
  const slip = yearless.replace('Monday 17 March', 'Friday 18 March')
  expect(parseIncidents(slip, {path: 'checkout.md', today: '2026-12-06'}).incidents[0]?.date).toBe(
    '2025-03-14'
  )
  const torn =
    '# Gateway outage\n\n- Friday 14 March, 17:20 UTC: payments fail.\n- Friday 18 March, 09:00 UTC: review.\n'
  expect(
    parseIncidents(torn, {path: 'gateway.md', today: '2026-12-06'}).incidents[0]?.date
  ).toBeUndefined()
})

test('a post that writes no year is on its first day named with a weekday, a part of the day between (`saturday night (jan 25)`)', () => {
  const post = [
    '**the bot was down saturday night, what happened**',
    '',
    'so the bot was dead for a good chunk of saturday night (jan 25). sorry all.',
    '',
    '**timeline (all times EST)**',
    '',
    '- **7:58pm**: last thing the bot logged before it died',
    '- **8:30-ish**: pixel says in #mods "bot is dead, i\'ll look" (it was 8:31 exactly, i checked)',
    '- **10:05**: cleaned up the disk, restarted; by about 10:40 everything was normal again'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'bot.md', today: '2026-12-06'}).incidents
  const clocks = incident?.timeline
    .filter((entry) => entry.time?.precision === 'minute')
    .map((entry) => entry.at)
  // (A clock without its half of the day, told in an entry of the evening, is in the evening too.)
  expect(clocks).toEqual([
    '2025-01-26T00:58:00Z',
    '2025-01-26T01:30:00Z',
    '2025-01-26T01:31:00Z',
    '2025-01-26T03:05:00Z',
    '2025-01-26T03:40:00Z'
  ])
})

test("a year-like number inside a name (`promo_spring_2025`) is no year written: the weekdays name the report's year", () => {
  const yearless = [
    '# Spring sale crash',
    '',
    'The `promo_spring_2025` config went live on **Fri 3/14**; all times UTC.',
    '',
    '## Timeline',
    '',
    '- Fri 3/14 10:00 Config live, checkout starts failing.',
    '- Fri 3/14 10:40 Config rolled back.'
  ].join('\n')
  expect(writesNoYear(yearless)).toBe(true)
  const [incident] = parseIncidents(yearless, {path: 'sale.md', today: '2026-12-06'}).incidents
  expect(incident?.timeline.find((entry) => entry.text.startsWith('Config live'))?.at).toBe(
    '2025-03-14T10:00:00Z'
  )
})
