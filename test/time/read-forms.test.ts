/**
 * The time forms reports write, each read from sentences made up for the
 * test (never copied from a real report): what `readTimestamp` reads at the
 * start of a text, and what `resolveInstant` makes of it.
 */
import {describe, expect, test} from 'vitest'
import {
  readCompactCell,
  readCompactClock,
  readTimestamp,
  readTimestampWithChrono,
  type WrittenTime
} from '../../src/time/read-timestamp.js'
import {resolveInstant} from '../../src/time/resolve-instant.js'
import {parseZoneName, readZone} from '../../src/time/zones.js'

function read(text: string): WrittenTime {
  const written = readTimestamp(text)
  if (!written || 'impossible' in written) throw new Error(`no time read in ${text}`)
  // Both ways of reading agree, whatever the form.
  expect(JSON.stringify(readTimestampWithChrono(text), Object.keys(written).sort())).toBe(
    JSON.stringify(written, Object.keys(written).sort())
  )
  return written
}

describe('readTimestamp(text) reads the forms reports write', () => {
  test('readTimestamp(text) reads four figures right after a day written in figures with its year as its clock', () => {
    expect(read('03/14/25 2217 Last message accepted by the EHR.')).toMatchObject({
      text: '03/14/25 2217',
      date: {year: 2025, month: 3, day: 14},
      clock: {hour: 22, minute: 17}
    })
    expect(read('2025-03-14 0605 courier pickup missed')).toMatchObject({
      clock: {hour: 6, minute: 5}
    })
    // (Not an amount, and not four figures after a day without its year.)
    expect(read('03/14/25 1500 ms p99').clock).toBeUndefined()
  })

  test("readTimestamp(text) reads `our time`, `my time` after a clock as the clock's, with a zone after them", () => {
    expect(read('21:05 our time. The relay looked fine.').text).toBe('21:05 our time')
    expect(read('6:10am my time (UTC+5:30), the build went out')).toMatchObject({
      text: '6:10am my time (UTC+5:30)',
      zone: {zone: {offset: 330}}
    })
  })

  test('readTimestamp(text) reads a day and its clock set apart by a middle dot, a bullet or a bar', () => {
    expect(read('Sunday June 15, 2025 · 4:12 PM ET')).toMatchObject({
      date: {year: 2025, month: 6, day: 15},
      clock: {hour: 16, minute: 12},
      text: 'Sunday June 15, 2025 · 4:12 PM ET'
    })
    expect(read('2025-06-15 • 16:12 the page went out')).toMatchObject({
      date: {year: 2025, month: 6, day: 15},
      clock: {hour: 16, minute: 12}
    })
    expect(read('14 Mar 2025 | 09:05 UTC')).toMatchObject({clock: {hour: 9, minute: 5}})
    // (A bare hour after the dot is no clock: `Mar 3 · 4 pm` would read as the 3rd to the 4th.)
    expect(read('Mar 3 · 4 pm').text).toBe('Mar 3')
  })

  test('readTimestamp(text) reads an org-mode stamp, the weekday between the day and the clock', () => {
    expect(read('<2025-06-03 Tue 09:41> deploy starts')).toMatchObject({
      date: {year: 2025, month: 6, day: 3},
      clock: {hour: 9, minute: 41},
      text: '2025-06-03 Tue 09:41'
    })
    expect(read('[2025-06-03 Tue 09:41] paged').clock).toMatchObject({hour: 9, minute: 41})
  })

  test('readTimestamp(text) reads a year of the Buddhist era as the common era year', () => {
    expect(read('Monday 3 March 2568 (2025)').date).toEqual({month: 3, day: 3, year: 2025})
    expect(read('3/3/2568 09:15').date).toMatchObject({month: 3, day: 3, year: 2025})
  })

  test('readTimestamp(text) reads a place and its zone in brackets, and the day after them', () => {
    expect(read('21:07 (Tbilisi, UTC+4) on 2 April the queue stalled')).toMatchObject({
      clock: {hour: 21, minute: 7},
      date: {month: 4, day: 2},
      zone: {zone: {iana: 'Asia/Tbilisi'}},
      text: '21:07 (Tbilisi, UTC+4) on 2 April'
    })
    expect(read('08:40 (Springfield, UTC-6) on 4 March').zone?.zone.offset).toBe(-360)
    expect(read('08:40 (Springfield, CST) on 4/3').zone?.zone.name).toBe('CST')
    // A day of the month alone leaves the month to the story.
    expect(read('06:15 (Tbilisi, UTC+4) on the 3rd').date).toBeUndefined()
    // Two names in brackets are no zone.
    expect(read('10:00 (Sarah, Bob) met').text).toBe('10:00')
  })

  test('readTimestamp(text) reads a count after a day as no year written in two figures', () => {
    expect(read('March 10, 41,200 orders waited').date).toEqual({month: 3, day: 10})
    expect(read('March 10, 12 stores closed early').date).toEqual({month: 3, day: 10})
    expect(read('Oct 5, 24 at 14:00').date).toEqual({month: 10, day: 5, year: 2024})
  })

  test('readTimestamp(text) reads a 24-hour clock with a meridiem that adds nothing as that clock', () => {
    expect(read('15:20 PM PST Tuesday: cache nodes evicted').clock).toMatchObject({
      hour: 15,
      minute: 20
    })
    expect(read('22:05 AM - replicas caught up')).toMatchObject({
      clock: {hour: 22, minute: 5},
      text: '22:05 AM'
    })
    // A 12-hour clock keeps its meaning.
    expect(read('3:20 PM - paged').clock?.hour).toBe(15)
  })

  test('readTimestamp(text) reads a weekday, a day and a month with a dot, and the clock after', () => {
    expect(read('Thu 19.6, 16:20 | cache change deployed')).toMatchObject({
      date: {day: 19, month: 6},
      clock: {hour: 16, minute: 20},
      text: 'Thu 19.6, 16:20'
    })
    expect(read('Sun 22.6').date).toEqual({day: 22, month: 6})
    // Without a weekday, or with no such month, it is no day.
    expect(readTimestamp('22.6 percent of requests failed')).toBeUndefined()
    expect(readTimestamp('Fri 3.14 release notes')).toBeUndefined()
  })

  test('readTimestamp(text) gives a range of days its year written once, after the second', () => {
    expect(read('Friday May 8 – Saturday May 9, 2026: the spring sale').date).toMatchObject({
      year: 2026,
      month: 5,
      day: 8
    })
    expect(read('Dec 30 – Jan 2, 2026').date).toMatchObject({year: 2025, month: 12, day: 30})
  })

  test('readTimestamp(text) reads a clock written the Québec way, not an amount of hours', () => {
    expect(read('11 h 42 | first declines').clock).toMatchObject({hour: 11, minute: 42})
    expect(read('9 h 05 HAE: alert').zone?.zone.offset).toBe(-240)
    expect(readTimestamp('2 h 30 min of downtime')).toBeUndefined()
  })

  test('readTimestamp(text) reads a dotted clock after `kl.`, alone or after a day', () => {
    expect(read('kl. 07.14 | first failed delivery').clock).toMatchObject({hour: 7, minute: 14})
    expect(read('18.02.2025 kl. 21.30 | certificate imported')).toMatchObject({
      date: {year: 2025, month: 2, day: 18},
      clock: {hour: 21, minute: 30}
    })
    expect('impossible' in (readTimestamp('07.14 | x') ?? {})).toBe(true)
  })

  test('readTimestamp(text) reads an approximate clock after a day with its weekday and no year', () => {
    expect(read('Tue 6 May ~14:05 CEST until Thu 8 May')).toMatchObject({
      date: {month: 5, day: 6},
      clock: {hour: 14, minute: 5},
      approximate: true
    })
    expect(read('May 6 around 2:05 pm the cache filled')).toMatchObject({
      date: {month: 5, day: 6},
      clock: {hour: 14, minute: 5}
    })
    // A count after the day is no clock.
    expect(read('May 6 about 20 users').clock).toBeUndefined()
  })

  test('readTimestamp(text) reads a clock, a comma, then its weekday and day as one time', () => {
    expect(read('22:00, Saturday 15 June) and encryption')).toMatchObject({
      date: {month: 6, day: 15},
      clock: {hour: 22, minute: 0}
    })
    expect(read('10:00 PM AEST, Sat 15 June the job ran')).toMatchObject({
      date: {month: 6, day: 15},
      clock: {hour: 22, minute: 0},
      zone: {zone: {offset: 600}}
    })
    // A weekday alone after the comma is not this clock's day.
    expect(read('22:00, the Saturday shift').date).toBeUndefined()
  })

  test('readTimestamp(text) reads hours and minutes since T0, signed, without the T', () => {
    expect(read('+0:41 | Recovery traffic drops').sinceAnchor).toBe(2460)
    expect(read('−0:09 | First query timeouts').sinceAnchor).toBe(-540)
    // A zone's offset and a bullet are none.
    expect(readTimestamp('+05:30 India')).toBeUndefined()
    expect(readTimestamp('- 0:14 x')).toBeUndefined()
  })

  test('readTimestamp(text) reads a zone glued to the clock after a day', () => {
    expect(read('3 Feb 2026 07:41SGT | the ledger queue stops')).toMatchObject({
      date: {year: 2026, month: 2, day: 3},
      clock: {hour: 7, minute: 41, hourOnly: false},
      zone: {zone: {name: 'SGT'}},
      text: '3 Feb 2026 07:41SGT'
    })
    // Letters that are no zone stay what they were: a meridiem is still one.
    expect(read('3 Feb 2026 07:41PM').clock).toMatchObject({hour: 19, minute: 41})
  })

  test('readTimestamp(text) reads a date written after the clock', () => {
    const written = read('09:15 PM EST Friday Mar 3rd: queue stalls')
    expect(written.clock).toMatchObject({hour: 21, minute: 15})
    expect(written.date).toMatchObject({month: 3, day: 3})
    expect(written.zone?.zone.name).toBe('EST')
  })

  test('readTimestamp(text) reads a zone written before the clock', () => {
    const written = read('UTC 05:13 checkout requests time out')
    expect(written).toMatchObject({clock: {hour: 5, minute: 13}, text: 'UTC 05:13'})
    expect(written.zone?.zone).toMatchObject({name: 'UTC', offset: 0})
  })

  test('readTimestamp(text) reads a clock whose minutes are not known as its hour, approximate', () => {
    expect(read('22:XX cache evicted by the cron job')).toMatchObject({
      clock: {hour: 22, minute: 0, hourOnly: true},
      approximate: true,
      text: '22:XX'
    })
    expect(read('07:?? first page').clock?.hour).toBe(7)
  })

  test('readTimestamp(text) reads a block explorer timestamp with `+UTC`', () => {
    const written = read('Mar-02-2024 07:10:44 AM +UTC')
    expect(written).toMatchObject({
      date: {year: 2024, month: 3, day: 2},
      clock: {hour: 7, minute: 10, second: 44}
    })
    expect(written.zone?.zone.offset).toBe(0)
  })

  test('readTimestamp(text) reads the same time in brackets in another zone, with its own day after it', () => {
    const written = read('03:12:40 UTC on 2025-04-02 (22:12 CDT on 04-01), the cable was cut')
    expect(written.text).toBe('03:12:40 UTC on 2025-04-02 (22:12 CDT on 04-01)')
    expect(written.alternative?.zone?.zone.name).toBe('CDT')
    // (Not words of the story in brackets: `(10:00 UTC, then a second page)` is too long to be a writing.)
    expect(
      read('09:58 UTC (10:00 UTC, then a second page to the lead)').alternative
    ).toBeUndefined()
  })

  test('readTimestamp(text) reads the same time written twice, after a slash', () => {
    const written = read('14:05 UTC / 07:05 PDT - rollback begins')
    expect(written.alternative?.text).toBe('07:05 PDT')
    expect(resolveInstant('14:05 UTC / 07:05 PDT', {date: '2024-06-04'})?.problems).toEqual([])
    // Written twice, but not the same instant: a problem to say.
    expect(
      resolveInstant('14:05 UTC / 08:05 PDT', {date: '2024-06-04'})?.problems.map((p) => p.ruleId)
    ).toEqual(['time-disagree'])
  })

  test('readTimestamp(text) reads ordinal days led by `the`, and a qualifier after `at`', () => {
    expect(read('the 4th of June 2023 at 10:00 the link flapped')).toMatchObject({
      date: {year: 2023, month: 6, day: 4},
      clock: {hour: 10, minute: 0}
    })
    expect(read('March 3, 2024 at approximately 10:45 UTC, traffic drops')).toMatchObject({
      date: {year: 2024, month: 3, day: 3},
      clock: {hour: 10, minute: 45},
      approximate: true
    })
  })

  test('readTimestamp(text) reads a day named after the clock, and the zone after it', () => {
    expect(read('21:10 this evening (UK time) the site went dark')).toMatchObject({
      clock: {hour: 21, minute: 10},
      relativeDay: 0,
      zone: {zone: {iana: 'Europe/London'}}
    })
    expect(read('08:00 the next morning the backlog was gone').relativeDay).toBe(1)
    expect(read('23:30 the previous night').relativeDay).toBe(-1)
  })

  test('readTimestamp(text) marks dates of two numbers that could be either way round', () => {
    expect(read('03/04/2026 10:00 disk full').date).toMatchObject({
      month: 3,
      day: 4,
      order: 'ambiguous'
    })
    expect(read('26/04/2026 10:00 disk full').date).toMatchObject({
      month: 4,
      day: 26,
      order: 'day-first'
    })
    expect(read('04/26/2026 10:00 disk full').date).toMatchObject({
      month: 4,
      day: 26,
      order: 'month-first'
    })
    expect(read('7-19-22 outage').date).toMatchObject({year: 2022, month: 7, day: 19})
  })

  test('readTimestamp(text) reads a clock in backticks, and its separator after them', () => {
    const text = '`07:35` - on-call paged'
    const written = read(text)
    expect(written.text).toBe('07:35')
    expect(text.slice(written.end)).toBe('on-call paged')
  })

  test('readTimestamp(text) reads a clock written with a dot when a zone follows', () => {
    expect(read('10.30 UTC database restarted')).toMatchObject({
      clock: {hour: 10, minute: 30},
      zone: {zone: {name: 'UTC'}}
    })
  })

  test('readTimestamp(text) reads a clock with a dot and `hrs`, but not an amount of hours', () => {
    expect(read('09.41 hrs first timeouts seen')).toMatchObject({
      clock: {hour: 9, minute: 41},
      text: '09.41 hrs'
    })
    expect(read('23.05 hours IST: bridge opened')).toMatchObject({
      clock: {hour: 23, minute: 5},
      zone: {zone: {name: 'IST'}}
    })
    const amount = readTimestamp('1.25 hrs of downtime')
    expect(amount === undefined || 'impossible' in amount).toBe(true)
    // (Four figures after a day, no year a report has: its clock, as dispatch logs write it.)
    expect(read('08/22 1330 hrs Call volume normal')).toMatchObject({
      date: {month: 8, day: 22},
      clock: {hour: 13, minute: 30},
      text: '08/22 1330 hrs'
    })
    // (To the second, as a formal report writes it, with its zone after.)
    expect(read('14:05:33 hours (SAST) the scheme was told')).toMatchObject({
      clock: {hour: 14, minute: 5, second: 33},
      zone: {zone: {name: 'SAST'}}
    })
  })

  test('readTimestamp(text) takes the order of a numeric date from the weekday written beside it', () => {
    expect(read('Wednesday, 11.06.2025')).toMatchObject({
      date: {year: 2025, month: 6, day: 11, order: 'day-first'}
    })
    expect(read('Thursday, 11.06.2025')).toMatchObject({
      date: {year: 2025, month: 11, day: 6, order: 'month-first'}
    })
    // A weekday that fits neither reading decides nothing.
    expect(read('Mon 3/4/2025').date?.order).toBeUndefined()
  })

  test('readTimestamp(text) reads a day, month and year run together, and the clock after it', () => {
    expect(read('16OCT25')).toMatchObject({date: {year: 2025, month: 10, day: 16}, text: '16OCT25'})
    expect(read('03FEB2025 1422Z ground stop lifted')).toMatchObject({
      date: {year: 2025, month: 2, day: 3},
      clock: {hour: 14, minute: 22},
      zone: {zone: {offset: 0}},
      text: '03FEB2025 1422Z'
    })
    // Not a word that happens to hold the letters.
    expect(readTimestamp('16OCTOBER')).toBeUndefined()
  })

  test('readTimestamp(text) reads four digits and `hrs`, with a day before or after them', () => {
    expect(read('2215 hrs AEDT: the first calls arrive')).toMatchObject({
      clock: {hour: 22, minute: 15},
      zone: {zone: {name: 'AEDT'}},
      text: '2215 hrs AEDT'
    })
    expect(read('Friday 14 March 2025, 0740 hrs')).toMatchObject({
      date: {year: 2025, month: 3, day: 14},
      clock: {hour: 7, minute: 40}
    })
    expect(read('0740 hrs Friday 14 March 2025 the link drops')).toMatchObject({
      date: {year: 2025, month: 3, day: 14},
      clock: {hour: 7, minute: 40},
      text: '0740 hrs Friday 14 March 2025'
    })
    // An amount of hours, not a clock.
    expect(readTimestamp('1200 hours of soak testing')).toBeUndefined()
  })

  test('readTimestamp(text) reads a span of two 24-hour clocks with a `Z` glued to either', () => {
    expect(read('14:02–14:19Z: provider latency degrades')).toMatchObject({
      clock: {hour: 14, minute: 2},
      zone: {zone: {name: 'Z'}},
      rangeEnd: {clock: {hour: 14, minute: 19}, zone: {zone: {name: 'Z'}}},
      text: '14:02–14:19Z'
    })
    expect(read('13:52Z to 14:33Z (41 minutes)')).toMatchObject({
      rangeEnd: {clock: {hour: 14, minute: 33}},
      text: '13:52Z to 14:33Z'
    })
    // A day after the span is read with it.
    expect(read('02:00 to 04:00 on 29 October the cluster was reset').date).toMatchObject({
      month: 10,
      day: 29
    })
    // A bare hyphen before an offset is no span.
    expect(read('09:37 -08:00 deploy').rangeEnd).toBeUndefined()
  })

  test('readTimestamp(text) marks a day of two numbers after the clock as either way round', () => {
    expect(read('7:52 AM AEDT on 5/03 the first pod was killed').date).toMatchObject({
      order: 'ambiguous'
    })
    expect(read('10:00 on 14/05/2026 the job ran').date).toMatchObject({order: 'day-first'})
  })

  test('readTimestamp(text) takes the meridiem of a 12-hour clock from the part of the day after it', () => {
    expect(read('2:38 in the afternoon Central, writes start failing')).toMatchObject({
      clock: {hour: 14, minute: 38},
      zone: {zone: {name: 'Central'}},
      text: '2:38 in the afternoon Central'
    })
    expect(read('9:15 at night the job was still running').clock?.hour).toBe(21)
    expect(read('2:10 at night the pager went off').clock?.hour).toBe(2)
    expect(read('12:20 in the morning the backup ran').clock?.hour).toBe(0)
    expect(read('10:05 in the morning we shipped').clock?.hour).toBe(10)
    // A meridiem or a 24-hour clock already says it.
    expect(read('4:10 pm in the afternoon').clock?.hour).toBe(16)
    expect(read('14:10 in the afternoon').clock?.hour).toBe(14)
    expect(read('6:30 that evening PT').clock?.hour).toBe(18)
  })
})

describe('zones written as a pair of abbreviations', () => {
  test('readZone(text) reads `PST/PDT` as the zone whose clocks they name', () => {
    expect(readZone('PST/PDT')?.zone).toMatchObject({iana: 'America/Los_Angeles'})
    expect(readZone('CEST/CET')?.zone).toMatchObject({iana: 'Europe/Berlin'})
    expect(parseZoneName('GMT/BST')).toMatchObject({iana: 'Europe/London'})
    // An abbreviation alone keeps its fixed offset.
    expect(readZone('PST')?.zone).toMatchObject({offset: -480})
  })

  test('resolveInstant(text) follows daylight saving for a pair', () => {
    expect(resolveInstant('10:00', {date: '2024-07-01', zone: 'PST/PDT'})?.time.at).toBe(
      '2024-07-01T17:00:00Z'
    )
    expect(resolveInstant('10:00', {date: '2024-01-15', zone: 'PST/PDT'})?.time.at).toBe(
      '2024-01-15T18:00:00Z'
    )
  })
})

test('readTimestamp(text) reads a clock, its meridiem or zone, then its weekday', () => {
  expect(readTimestamp('7:48 PM Friday the first crash')).toMatchObject({
    clock: {hour: 19, minute: 48},
    weekday: 5,
    text: '7:48 PM Friday'
  })
  expect(readTimestamp('19:48 on Friday')).toMatchObject({
    clock: {hour: 19, minute: 48},
    weekday: 5
  })
  expect(readTimestamp('7:48 PM EST Friday')).toMatchObject({
    clock: {hour: 19, minute: 48},
    zone: {zone: {name: 'EST'}},
    weekday: 5
  })
  // (The word for hours glued to a clock after a day: its minutes kept.)
  expect(readTimestamp('21st August 2025 02:12hrs')).toMatchObject({
    date: {month: 8, day: 21},
    clock: {hour: 2, minute: 12, hourOnly: false}
  })
  // (A day after the weekday is read with it.)
  expect(readTimestamp('22:47 on Wednesday 14 May')).toMatchObject({
    clock: {hour: 22, minute: 47},
    date: {month: 5, day: 14}
  })
})

test('four digits and a Z after a day are a Zulu clock; a likely year before UTC stays a year', () => {
  const zulu = read('3 MAR 0932Z')
  expect(zulu.date).toEqual({month: 3, day: 3})
  expect(zulu.clock).toEqual({hour: 9, minute: 32, hourOnly: false})
  expect(read('Mar 3 2231 UTC').clock).toEqual({hour: 22, minute: 31, hourOnly: false})
  expect(read('3 Mar 2025 UTC').date).toEqual({year: 2025, month: 3, day: 3})
})

test('an `h` written on a clock, and an `@` before it, leave the clock as it is', () => {
  expect(read('07:45h').clock).toEqual({hour: 7, minute: 45, hourOnly: false})
  expect(read('11.02.2025, 09:24h').clock).toEqual({hour: 9, minute: 24, hourOnly: false})
  const at = read('2025-05-02 @ 16:20 UTC')
  expect(at.date).toEqual({year: 2025, month: 5, day: 2})
  expect(at.clock).toEqual({hour: 16, minute: 20, hourOnly: false})
  expect(read('@ 16:33 UTC').clock).toEqual({hour: 16, minute: 33, hourOnly: false})
})

test('an ISO ordinal date (the year’s day by number) with its clock is that day; alone it is no day', () => {
  const pass = read('2024-290T21:07:33Z — downlink lost')
  expect(pass.date).toEqual({year: 2024, month: 10, day: 16})
  expect(pass.clock).toEqual({hour: 21, minute: 7, second: 33, hourOnly: false})
  expect(pass.zone?.zone.offset).toBe(0)
  // (A leap year's last day; the year's 366th in another is no day at all.)
  expect(read('2028-366 23:10Z').date).toEqual({year: 2028, month: 12, day: 31})
  expect(readTimestamp('2027-366T23:10Z')).not.toMatchObject({date: {year: 2027, month: 12}})
  // (`REQ-2025-031` and `2025-031` alone are as likely numbers as days.)
  expect(readTimestamp('2025-031 opened')).not.toMatchObject({date: {year: 2025, month: 1}})
})

test('a clock with seconds and a zone may end its sentence', () => {
  // (Read on the common path; chrono stops at the minutes.)
  expect(readTimestamp('At 19:02:41Z. Pass closed.')).toMatchObject({
    clock: {hour: 19, minute: 2, second: 41},
    zone: {zone: {offset: 0}}
  })
})

test('a Z glued to a clock after a day in words is its zone', () => {
  const glued = read('14 FEB 21:07Z')
  expect(glued.clock).toEqual({hour: 21, minute: 7, hourOnly: false})
  expect(glued.zone?.zone.offset).toBe(0)
  expect(read('Mar 3, 06:45Z').clock).toEqual({hour: 6, minute: 45, hourOnly: false})
})

test('the `hs` of horas after a clock, or after an hour alone, is the clock’s own', () => {
  expect(read('2:13 hs: the disk fills up')).toMatchObject({
    clock: {hour: 2, minute: 13},
    text: '2:13 hs'
  })
  expect(read('around 21 hs the fix went out')).toMatchObject({
    clock: {hour: 21, minute: 0},
    text: 'around 21 hs',
    approximate: true
  })
})

test('a weekday, whole or cut short, then its clock is read with its weekday: `Wed 11:00 PM`, `Friday, 06:40`', () => {
  const wed = readTimestamp('Wed 11:00 PM')
  expect(wed && 'clock' in wed ? [wed.clock?.hour, wed.weekday, wed.text] : []).toEqual([
    23,
    3,
    'Wed 11:00 PM'
  ])
  const fri = readTimestamp('Friday, 06:40 — queue stalls')
  expect(fri && 'clock' in fri ? [fri.clock?.hour, fri.weekday, fri.text] : []).toEqual([
    6,
    5,
    'Friday, 06:40'
  ])
  // (A weekday before a day and month is read with them, as before.)
  const dated = readTimestamp('Mon 3 March 10:00')
  expect(dated && 'date' in dated ? dated.date?.day : undefined).toBe(3)
})

test('a day in numbers, its weekday in brackets, then its clock are one time: `2025/02/18 (Tue) 11:30`', () => {
  for (const text of [
    '2025/02/18 (Tue) 11:30',
    '18/02/2025 (Tuesday) 11:30',
    '2025-02-18 (Tue.) 11:30 JST'
  ]) {
    const read = readTimestamp(text)
    expect(
      read && 'clock' in read ? [read.date?.day, read.clock?.hour, read.text] : [],
      text
    ).toEqual([18, 11, text])
  }
  // (Words in brackets that are no weekday keep the day apart from the clock.)
  const other = readTimestamp('2025/02/18 (approx.) 11:30')
  expect(other && 'clock' in other ? other.clock : undefined).toBeUndefined()
})

test('a clock of four digits marked L (local) starts a line or fills a cell, the L part of it', () => {
  expect(readCompactClock('0238L — first session drop')).toMatchObject({
    clock: {hour: 2, minute: 38},
    text: '0238L'
  })
  const cell = readCompactCell('0238L')
  expect(cell ? [cell.clock?.hour, cell.zone, cell.text] : []).toEqual([2, undefined, '0238L'])
})

test('an amount of time after a day (`12 November 2024, 20-min slot`) is no hour of it', () => {
  const read = readTimestamp('12 November 2024, 20-min slot')
  expect(read && 'date' in read ? [read.date?.day, read.clock, read.text] : []).toEqual([
    12,
    undefined,
    '12 November 2024'
  ])
  const hour = readTimestamp('12 November 2024, 9 pm the alert fired')
  expect(hour && 'clock' in hour ? hour.clock?.hour : undefined).toBe(21)
})

test('a clock, its weekday, then its zone (`7:05 AM Sunday AEST`, as a list of zones writes it) is one time in that zone', () => {
  const read = readTimestamp('7:05 AM Sunday AEST, for our players in Sydney')
  expect(
    read && 'clock' in read ? [read.clock?.hour, read.zone?.zone.name, read.text] : []
  ).toEqual([7, 'AEST', '7:05 AM Sunday AEST'])
  // (A word in small letters after the weekday is no zone: `7:48 PM Friday and then`.)
  const plain = readTimestamp('7:48 PM Friday and then the queue drained')
  expect(plain && 'clock' in plain ? [plain.zone, plain.text] : []).toEqual([
    undefined,
    '7:48 PM Friday'
  ])
})

test('a dotted clock with `h` after it (`05.47h`, `14.07.2025, 22.00h`), as German writes it in English, is a clock', () => {
  const clock = (text: string) => {
    const read = readTimestamp(text)
    return read && 'clock' in read
      ? [read.date?.day, read.clock?.hour, read.clock?.minute, read.text]
      : []
  }
  expect(clock('05.47h – filesystem full, bookings stop')).toEqual([undefined, 5, 47, '05.47h'])
  expect(clock('14.07.2025, 22.00h – migration done')).toEqual([14, 22, 0, '14.07.2025, 22.00h'])
  // (An amount of hours is no clock: `1h 50min`.)
  expect(readTimestamp('1h 50min late')).toBeUndefined()
})

test('a day and a month with a dot, then a clock with a colon (`10.02, 21:45`), is that day and clock', () => {
  const dayAndClock = (text: string) => {
    const read = readTimestamp(text)
    return read && 'clock' in read
      ? [read.date?.day, read.date?.month, read.clock?.hour, read.clock?.minute, read.text]
      : []
  }
  expect(dayAndClock('10.02, 21:45 – C shift handover')).toEqual([10, 2, 21, 45, '10.02, 21:45'])
  expect(dayAndClock('10.02. 21:45 handover')).toEqual([10, 2, 21, 45, '10.02. 21:45'])
  // (A month past twelve is no day: `13.14, 21:45` is not read as one.)
  expect(readTimestamp('13.14, 21:45 handover')?.text).not.toBe('13.14, 21:45')
})

test("a paragraph's number before an article (`4.9 A short message ...`) is no clock", () => {
  expect(readTimestamp('4.9 A short message was placed on the website.')).toBeUndefined()
  expect(readTimestamp('4.10 A short message was placed on the website.')?.text).not.toBe('4.10 A')
  expect(readTimestamp('9.40 a.m. the server rebooted')?.text).toBe('9.40 a.m.')
})

test('a clock on a weekday and its day of the month with no month (`08:37 on Wednesday, the 12th`) is that clock on that weekday', () => {
  expect(readTimestamp('09:15 on Friday, the 7th, after the deploy')).toMatchObject({
    clock: {hour: 9, minute: 15},
    weekday: 5,
    text: '09:15 on Friday'
  })
  expect(readTimestamp('16:40 on Monday the 3rd')).toMatchObject({weekday: 1})
})

test('a date-time group is its day, hour and minute in the zone its letter names, then its month and year', () => {
  expect(read('150047Z SEP 25 Certificate expires')).toMatchObject({
    date: {year: 2025, month: 9, day: 15},
    clock: {hour: 0, minute: 47},
    text: '150047Z SEP 25'
  })
  expect(read('041530ZMAR2025').zone?.zone.offset).toBe(0)
  // (`A` is an hour ahead of UTC, `Q` four behind; `J`, local, names no zone and is no group.)
  expect(read('041530A MAR 25').zone?.zone.offset).toBe(60)
  expect(read('041530Q MAR 25').zone?.zone.offset).toBe(-240)
  expect(readTimestamp('041530J MAR 25')?.text).not.toBe('041530J MAR 25')
})
