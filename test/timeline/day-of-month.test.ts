/** `dayOfMonth`, `lastDayOfMonth` and `dayIn`: a day named by its weekday and day of the month, or in a heading. Invented lines. */
import {expect, test} from 'vitest'
import {dayIn, dayOfMonth, lastDayOfMonth} from '../../src/timeline/timed-sections.js'

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
