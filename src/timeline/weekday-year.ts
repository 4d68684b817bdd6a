/**
 * The year of a report that writes none: its days named with their weekday (`Saturday 21 June`,
 * `Sat Aug 17`, `Friday (June 20)`) fall on those weekdays in one year of every few, and the
 * report tells of the past, so the year is the latest such year up to the day it is read. Only a
 * report with no year anywhere comes here: a year written in it, its title, front matter or file
 * name always wins.
 */
import type {PlacedProblem} from '../model.js'
import {weekdayNames, weekdays} from '../time/read-timestamp.js'
import type {Day} from '../time/resolve-time.js'
import {writesNoYear} from '../time/written-year.js'
import type {SourceLines} from './block-text.js'
import {findMentions, weekdayLed} from './find-mentions.js'

/** A year read from weekdays, and the note that says how. */
export interface WeekdayYear {
  year: number
  /** The first day named with its weekday that falls on it in that year. */
  day: Day
  problem: PlacedProblem
}

/**
 * A weekday just before a day, opening a bracket or with a comma: `Saturday (`, `Sat, `; or with
 * its part of the day between: `saturday night (jan 25)`.
 */
const weekdayBefore = new RegExp(
  `\\b(${weekdayNames}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?:\\s+(?:morning|afternoon|evening|night))?,?\\s*\\(?\\s*$`,
  'i'
)

/** How far back a weekday's year is looked for: the calendar repeats itself within 28 years. */
const yearsBack = 28

/**
 * The latest year, on or before `today`, in which the days the text names with a weekday fall on
 * those weekdays; undefined when it names none, or when no year fits most of them.
 *
 * @example
 *   weekdayYear('Disconnects on Saturday 21 June at 18:37.', {year: 2026, month: 12, day: 6}, lines)?.year
 *   // 2025
 */
export function weekdayYear(
  source: string,
  today: Day | undefined,
  lines: SourceLines
): WeekdayYear | undefined {
  if (!today || !writesNoYear(source)) return undefined
  const named: Array<{month: number; day: number; weekday: number; text: string; start: number}> =
    []
  for (const mention of findMentions(source.slice(0, 200_000))) {
    const date = mention.written.date
    if (!date || date.year !== undefined || date.order === 'ambiguous') continue
    const led = weekdayLed.exec(mention.written.text)?.[1]
    const lead = source.slice(Math.max(0, mention.start - 24), mention.start)
    const before = led ? undefined : weekdayBefore.exec(lead)
    const name = (led ?? before?.[1])?.toLowerCase()
    if (!name) continue
    const start = before ? mention.start - lead.length + before.index : mention.start
    named.push({
      month: date.month,
      day: date.day,
      weekday: weekdays.findIndex((day) => day.startsWith(name.slice(0, 3))),
      text: source.slice(start, mention.end + (source[mention.end] === ')' ? 1 : 0)).trim(),
      start
    })
  }
  if (named.length === 0) return undefined
  const last = Date.UTC(today.year, today.month - 1, today.day)
  let best: {year: number; fits: number} | undefined
  for (let year = today.year; year > today.year - yearsBack; year--) {
    let fits = 0
    for (const {month, day, weekday} of named) {
      const at = Date.UTC(year, month - 1, day)
      if (at <= last && new Date(at).getUTCDay() === weekday) fits++
    }
    if (fits > (best?.fits ?? 0)) best = {year, fits}
  }
  // Most of the days must agree: one weekday written wrong does not choose the year.
  if (!best || best.fits * 2 <= named.length) return undefined
  const year = best.year
  const first = (named.find(
    ({month, day, weekday}) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday
  ) ?? named[0]) as (typeof named)[number]
  return {
    year,
    day: {year, month: first.month, day: first.day},
    problem: {
      ruleId: 'time-year-from-weekday',
      severity: 'info',
      reason: `Inferred the year ${best.year} for dates written without one: \`${first.text}\` fell on that weekday in ${best.year}, the latest such year up to ${isoDay(today)}`,
      place: lines.place(first.start)
    }
  }
}

function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}
