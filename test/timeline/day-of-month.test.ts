/** `dayOfMonth`, `lastDayOfMonth` and `dayIn`: a day named by its weekday and day of the month, or in a heading. Invented lines. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'
import {dayIn, dayOfMonth, lastDayOfMonth, nightStart} from '../../src/timeline/timed-sections.js'

test('a weekday and an ordinal day are a day of the month', () => {
  expect(dayOfMonth('Saturday the 4th')).toEqual({day: 4, weekday: 6})
  expect(dayOfMonth('**Sunday 5th:**')).toEqual({day: 5, weekday: 0})
  expect(dayOfMonth('Saturday the 4th, when it all began')).toBeUndefined()
  expect(dayOfMonth('the 4th')).toBeUndefined()
  expect(dayOfMonth('Friday the 32nd')).toBeUndefined()
})

test('its month is the latest with that day on that weekday, on or before the reference', () => {
  const posted = {year: 2025, month: 10, day: 9}
  expect(lastDayOfMonth({day: 4, weekday: 6}, posted)).toEqual({year: 2025, month: 10, day: 4})
  // 30 September 2025 was a Tuesday: the 30th that was a Sunday before 9 October is in March.
  expect(lastDayOfMonth({day: 30, weekday: 0}, posted)).toBeUndefined()
  expect(lastDayOfMonth({day: 31, weekday: 3}, {year: 2026, month: 1, day: 2})).toEqual({
    year: 2025,
    month: 12,
    day: 31
  })
})

test('a heading dates its section by the day it names, not by the number of a day in the story', () => {
  expect(dayIn('Day 2 — Wednesday, 9 April 2025')).toEqual({year: 2025, month: 4, day: 9})
  expect(dayIn('Phase 3 - 21 May 2025')).toEqual({year: 2025, month: 5, day: 21})
  // A night across two days is dated by its first.
  expect(dayIn('Night of 8–9 April 2025')).toEqual({year: 2025, month: 4, day: 8})
})

test("a heading names its day and gives the date in brackets, not a part's number", () => {
  expect(dayIn('Friday (Nov 7)')).toEqual({month: 11, day: 7})
  expect(dayIn('Day 3 (2 March 2025)')).toEqual({year: 2025, month: 3, day: 2})
  expect(dayIn('Launch night (Saturday, 12 April)')).toMatchObject({month: 4, day: 12})
  expect(dayIn('Timeline (1/2)')).toBeUndefined()
  expect(dayIn('Recovery (about 40 minutes)')).toBeUndefined()
  expect(dayIn('Phase 2 (14:05)')).toBeUndefined()
})

test('a chat export divides its days with a date between rules, and the rules are no words', () => {
  expect(dayIn('──────── Friday, June 6th ────────')).toEqual({month: 6, day: 6})
  expect(dayIn('=== 14 March 2024 ===')).toEqual({year: 2024, month: 3, day: 14})
  expect(dayIn('—— Sunday 9 Feb ——')).toMatchObject({month: 2, day: 9})
})

test('a weekday and day of the month in bold over a story, with no day the report was written, takes its month from a full date of that day in the text', () => {
  const post = [
    '**the day the print server filled up**',
    '',
    'all times eastern.',
    '',
    '**tuesday the 18th**',
    '',
    'around 9:40am the floor lead rang me: labels not printing.',
    '',
    '```',
    '3/18/2025 9:31:05 AM  spooler stopped: disk full',
    '```'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'post.md'}).incidents
  const rang = incident?.timeline.find((entry) => entry.text.includes('rang me'))
  expect(rang?.at).toBe('2025-03-18T13:40:00Z')
})

test('a story that tells as many clocks with am or pm as past noon keeps its bare clocks in the half of the day told around them', () => {
  const post = [
    '# the nas died on a sunday',
    '',
    'all times eastern. sunday 8 june 2025.',
    '',
    'texted the boss "on it" at 2:05pm and was logged in by 2:20pm.',
    'found the dead disk at 14:40 and swapped it by 15:10.',
    'the rebuild says it finished at 3:55, so the shares were back from 3:55 on.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'nas.md'}).incidents
  const back = incident?.timeline.filter((entry) => entry.text.includes('shares were back'))
  expect(back?.at(-1)?.at).toBe('2025-06-08T19:55:00Z')
})

test('a night across two days as other languages write it begins on the first', () => {
  expect(dayIn('notte tra mercoledì 9 e giovedì 10 aprile 2025')).toEqual({
    year: 2025,
    month: 4,
    day: 9
  })
  expect(nightStart('Data evento: notte tra mercoledì 9 e giovedì 10 aprile 2025')).toBe(9)
  expect(nightStart('Date : nuit du 12 au 13 mai 2025')).toBe(12)
  expect(nightStart('Datum: Nacht vom 3. auf 4. Mai 2025')).toBe(3)
  expect(nightStart('Date: night between Friday 6 and Saturday 7 June 2025')).toBe(6)
  expect(nightStart('Outage on 9 April 2025')).toBeUndefined()
})

test('a heading that ends on a day, then a remark in brackets, dates its section by that day', () => {
  const report = [
    '# Postmortem: quest rewards missing',
    '',
    'Times are Pacific (PT). Review held Tue Mar 11 2025.',
    '',
    '## Timeline',
    '',
    '### Day 1 — Thursday Mar 6 (season launch)',
    '',
    '- **9:00am** — Season goes live.',
    '- **~2:10pm** — Quest completions start timing out.',
    '',
    '### Day 2 — Friday Mar 7',
    '',
    '- **10:30am** — Rewards granted again.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'quests.md'}).incidents
  const entries = incident?.timeline.map((entry) => entry.at)
  expect(entries).toEqual(['2025-03-06T17:00:00Z', '2025-03-06T22:10:00Z', '2025-03-07T18:30:00Z'])
})

test('a weekday and its day of the month before a clock name that day in the week the story tells', () => {
  const post = [
    '---',
    'date: 2025-05-13',
    '---',
    '',
    '# the wiki was down on sunday',
    '',
    'All times UTC.',
    '',
    '- **Fri 9th, ~18:00** – I upgraded the search plugin.',
    '- **Sun 11th, 03:20** – the disk filled and the wiki stopped saving pages.',
    '- **07:05** – freed space and restarted it.'
  ].join('\n')
  const [incident] = parseIncidents(post, {path: 'wiki.md'}).incidents
  expect(incident?.timeline.map((entry) => entry.at)).toEqual([
    '2025-05-09T18:00:00Z',
    '2025-05-11T03:20:00Z',
    '2025-05-11T07:05:00Z'
  ])
})

test('a letter dated the morning after tells the night before on a 12-hour clock without AM or PM', () => {
  const letter = [
    '**Date:** Friday, May 16, 2025 9:40 AM',
    '**Subject:** Kiln controller outage last night',
    '',
    'All times below are plant time (Central).',
    '',
    'The first alarm in the controller log is at 9:52 pm Thursday, on kiln 2. Ana saw it about',
    '9:58 and called me at 10:03.',
    '',
    'For anyone new: the manual firing sheet is in the binder, and both kilns were on it by about 10:20.',
    '',
    'I was logged in by about 10:35 and restarted the controller at 10:50.'
  ].join('\n')
  const [incident] = parseIncidents(letter, {path: 'kiln.md'}).incidents
  const at = (words: string) => incident?.timeline.find((entry) => entry.text.includes(words))?.at
  expect(at('both kilns were on it')).toBe('2025-05-16T03:20:00Z')
  expect(at('restarted the controller')).toBe('2025-05-16T03:50:00Z')
})

test('a heading dates its section by the one day in its brackets after a zone statement', () => {
  expect(dayIn('Timeline (all times CT, Wed Mar 5)')).toEqual({month: 3, day: 5})
  expect(dayIn('Timeline (times in UTC)')).toBeUndefined()
  expect(dayIn('Timeline (2/3)')).toBeUndefined()
})
