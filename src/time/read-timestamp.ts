/**
 * Read the time that a timeline entry starts with, as written: its calendar
 * date, clock time, zone and qualifiers, without resolving it to an instant.
 *
 * chrono-node (its strict English parser) reads the date and clock forms;
 * this module adds what it lacks: our zone table, approximations (`~`, `±`,
 * `-ish`, `around`), unknown digits (`12:??`, `--:--`), `20h45`, month-day
 * pairs without a year (`03-26`) and a second time in parentheses
 * (`13:14 EDT (17:14 UTC)`).
 */
import {createRequire} from 'node:module'
import type {ParsedResult} from 'chrono-node/en'
import {inEnglish, widen} from './foreign-dates.js'
import {readZone, type Zone, type ZoneMatch} from './zones.js'

/** A calendar date as written; `year` is absent when not written. */
export interface WrittenDate {
  year?: number
  month: number
  day: number
  /**
   * For a date written as numbers (`26/05/2021`, `5-26-21`), the order its
   * numbers show: `day-first` or `month-first` when one is above 12, or
   * `ambiguous` (`04/05/2026`), read month first until the report says
   * otherwise.
   */
  order?: 'day-first' | 'month-first' | 'ambiguous'
}

/** A clock time as written, on a 24-hour clock. */
export interface WrittenClock {
  hour: number
  minute: number
  second?: number
  /** Written with an hour only (`5 p.m.`). */
  hourOnly: boolean
}

/** One point in time as written: a date, a clock time, or both. */
export interface WrittenPoint {
  date?: WrittenDate
  clock?: WrittenClock
  zone?: ZoneMatch
  /** The clock was written with unknown digits (`--:--`, `12:??`). */
  unknown: boolean
}

/** A time read from the start of a text. */
export interface WrittenTime extends WrittenPoint {
  /** Offset of the first character of the time (lead-in words such as `At` excluded). */
  start: number
  /** Offset just past the time, its zone and qualifiers, and the separator after them. */
  end: number
  /** The time as written, lead-in qualifiers (`~`, `around`) included. */
  text: string
  approximate: boolean
  /** The end of a range (`09:00 - 11:00`); `unknown` for `12:26-12:??`. */
  rangeEnd?: WrittenPoint
  /** A second writing of the same time, in parentheses or after a slash (`(17:14 UTC)`, `/ 07:05 PDT`). */
  alternative?: WrittenPoint & {text: string}
  /**
   * A day named relative to the reader's day right after the clock
   * (`22:38 this evening`: 0, `09:00 the next morning`: 1, `the night before`: -1).
   */
  relativeDay?: number
  /**
   * Whether that day is counted from the day the words were written (`yesterday`, `tonight`,
   * `this morning`), not from the day of the story told around them (`the next morning`).
   */
  fromWriting?: boolean
  /**
   * A day of the week named before the clock (`On Tuesday afternoon (3:10 pm)`), 0 for Sunday: the
   * last such day on or before the day of the story around it.
   */
  weekday?: number
  /**
   * Seconds from the instant the report calls T0 (`T+1h05m`: 3900, `T−2h10m`: -7800): the
   * time itself is known once that statement is read (`T0 = 14:20 PST on 9 February 2026`).
   */
  sinceAnchor?: number
  /**
   * Told by its distance from another time (`four minutes later`: `{seconds: 240}`), or from an
   * earlier event, named by the stems of its words (`twelve minutes after the deploy finished`).
   * `thing`: the one noun of an event told as a thing and what it did (`the finale went out`),
   * enough to find it by, whatever verb the entry that told it used (`the finale dropped`).
   */
  after?: {seconds: number; event?: string[]; thing?: string}
}

/** Something that looks like a time but is not a possible one (`25:61`, `30 February`). */
export interface ImpossibleTime {
  impossible: true
  text: string
  start: number
  end: number
}

const leadIn =
  /^[\s<>*_[(`]*(?:(?:at|on|around|about|approx(?:imately|\.)?|circa|ca\.|c\.|roughly|kl\.|klo?(?=\s)|update(?:d)?|since|from|between|by|shortly\s+(?:after|before)|just\s+(?:after|before)|some\s?time\s+(?:after|before)|the(?=\s+\d{1,2}(?:st|nd|rd|th)\b)|~|≈|±|\+\/-|\+-|@(?=\s*\d))[\s:,`]*)*/i
const approximateLeadIn =
  /~|≈|±|\+\/?-|around|about|approx|circa|ca\.|c\.|roughly|shortly|just|some\s?time/i
const qualifiedClock =
  /^((?:\d{4}-\d{2}-\d{2}|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?))[,\s]+(?:at\s+)?)(~|≈|around|about|approx(?:imately|\.)?|circa|roughly)\s*(?=\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\b))/i
const unknownClock = /^(?:--?:--?|\?\?:\?\?|\?{2,}|xx:xx|hh:mm|tbd|unknown)/i
const unknownAfterDate = /^[\sT]*(?:--?:--?|\?\?:\?\?|\?{2,}|xx:xx|hh:mm)\]?/i
const looksLikeTime =
  /^(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/i
const separator = /^[\s\])*_`]*(?:(?:[-–—:|,]|\.(?=\s))+(?=\s|$|\*|_))?[\s*_]*/
const maxScan = 96

/** A clock after `kl.` (Scandinavian) or `klo` (Finnish): `07.14`, `21.30`. */
const dottedAfterKl = /^([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d:]|\.\d)/

/** A clock, a dash, and a count or a day of two figures with no year: `00:31 - 4/4`. */
const clockDashCount = /^(\d{1,2}[:.]\d{2}(?::\d{2})?)\s+-\s+\d{1,2}\/\d{1,2}$/

/** What a time can start with; anything else is not one, and chrono need not look. */
const mayStartTime =
  /^(?:\d{1,4}(?:[:.h/\-\s,T]|st|nd|rd|th|[ap]\.?m|$)|\?|--|xx|hh|tbd|unknown|noon|midnight|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z]))/i

/**
 * Read the time at the start of `text`, after lead-in words (`At`, `Around`,
 * `~`, `[`). Returns undefined when the text does not start with a time.
 *
 * @example
 *   readTimestamp('9:37 AM PST: a command was entered')
 *   // {clock: {hour: 9, minute: 37, hourOnly: false}, zone: {zone: {name: 'PST', offset: -480}, ...},
 *   //  text: '9:37 AM PST', start: 0, end: 13, approximate: false, unknown: false}
 */
export function readTimestamp(text: string): WrittenTime | ImpossibleTime | undefined {
  // `8 de octubre de 2025`, `08時20分`: read as English writes them, every offset kept.
  const english = inEnglish(text)
  const time = readEnglishTimestamp(english.text)
  if (!time || english.spans.length === 0) return time
  // The time as written is the original's words, the whole of each rewritten span it touches.
  const at = english.text.indexOf(time.text, Math.max(0, time.start - 24))
  const [from, to] = widen(at, at + time.text.length, english.spans)
  return {...time, text: text.slice(from, to).trim(), end: Math.max(time.end, to)}
}

/**
 * `readTimestamp` on a text whose days and clocks in other languages are rewritten already
 * (`findMentions` rewrites the whole text once, then reads each time in it with this).
 */
export function readEnglishTimestamp(text: string): WrittenTime | ImpossibleTime | undefined {
  // (`Wed 11:00 PM`, `Thursday, 00:21`: a weekday, then its clock, as a table's column of when
  // writes them.)
  const weekday = weekdayThenClock.exec(text)
  if (weekday) {
    const after = readEnglish(' '.repeat(weekday[0].length) + text.slice(weekday[0].length))
    const name = (weekday[1] as string).toLowerCase()
    const number = weekdays.findIndex((day) => day.startsWith(name))
    if (after && !('impossible' in after) && after.clock && !after.date)
      return {
        ...after,
        weekday: number,
        start: 0,
        text: text.slice(0, after.start + after.text.length)
      }
  }
  const read = readEnglish(text)
  // (`12 November 2024, 20-min slot`: an amount of time after the day, no hour of it.)
  if (
    read &&
    !('impossible' in read) &&
    read.date &&
    read.clock?.hourOnly &&
    amountAfter.test(text.slice(read.start + read.text.length))
  ) {
    const day = read.text.replace(/[\s,]*\d{1,2}$/, '')
    const {clock: _, ...dated} = read
    return {...dated, text: day, end: read.start + day.length}
  }
  if (!read || 'impossible' in read || read.clock || read.date === undefined) return read
  // (`3 MAR 0932Z`: digits no year starts with, read after the day.)
  const next = read.date.year === undefined ? zuluNext.exec(text.slice(read.end)) : null
  if (next) {
    const clock = {hour: Number(next[2]), minute: Number(next[3]), hourOnly: false}
    const at = read.end + (next[1] ?? '').length + 4
    const end = read.end + next[0].length
    return {
      ...read,
      clock,
      zone: {zone: {name: 'Z', offset: 0}, start: at, end: at + 1},
      end,
      text: text.slice(read.start, end)
    }
  }
  if (read.date.year === undefined) return read
  // `12 SEP 2219Z`, `Sep 12 2219 UTC`: four digits after a day, then the zone, are a clock, as
  // Zulu times are written, not a year.
  // (`12 Sep 2024 UTC` keeps its year: only a `Z` written on, or no likely year, makes a clock.)
  const zulu = zuluAfterDay.exec(read.text)
  if (!zulu || Number(`${zulu[1]}${zulu[2]}`) !== read.date.year) return read
  if (zulu[3] !== 'Z' && read.date.year >= 1900 && read.date.year <= 2099) return read
  const {year: _year, ...day} = read.date
  const clock = {hour: Number(zulu[1]), minute: Number(zulu[2]), hourOnly: false}
  if (read.zone) return {...read, date: day, clock}
  const name = (zulu[3] ?? '').trim()
  const at = read.start + read.text.length - name.length
  return {
    ...read,
    date: day,
    clock,
    zone: {zone: {name, offset: 0}, start: at, end: at + name.length}
  }
}

/** The `h` written on a clock: `07:45h`, `02:00h` (not `07:45hrs`, read as it stands). */
const hoursAfterClock = /(\d{1,2}:\d{2}(?::\d{2})?)h(?![a-z])/gi
/** The `hs` of horas after a clock: `2:13 hs`, `9:40hs`. */
const hsAfterClock = /(\d{1,2}:\d{2})(\s?hs)\b/g
/** An hour alone and `hs`: `21 hs`, `9 hs`. */
const hourThenHs = /\b([01]?\d|2[0-3]) hs\b/g
/** The `at` sign between a day and its clock: `2025-05-02 @ 16:20`. */
const atSign = /(\d\s)@(?=\s+\d)/g

/** Four digits and a `Z` right after a day: `3 MAR 0932Z`. */
const zuluNext = /^(\s?)([01]\d|2[0-3])([0-5]\d)Z\b/

/** Four digits, then a zone of UTC, at the end of a day's text: `12 SEP 2219Z`. */
const zuluAfterDay = /\s([01]\d|2[0-3])([0-5]\d)(Z|\s?UTC|\s?GMT)$/

function readEnglish(text: string): WrittenTime | ImpossibleTime | undefined {
  const lead = leadIn.exec(text)?.[0] ?? ''
  const start = lead.length
  const qualifier = approximateLeadIn.exec(lead)
  let approximate = qualifier !== null
  // The written time keeps its qualifier (`~10:45`, `around 5 p.m.`), not other lead-in words (`At`).
  const qualifierStart = qualifier ? qualifier.index : start
  // (`07:45h`, `02:00h`: a clock with the `h` of hours written on, as German reports write it; `2025-05-02
  // @ 16:20 UTC`: the `at` sign between a day and its clock. Each blanked out, offsets the same.)
  let head = text
    .slice(start, start + maxScan)
    .replace(hoursAfterClock, '$1 ')
    .replace(atSign, '$1 ')
    // (`2:13 hs`, `21 hs`: the `hs` of horas, as Argentina writes a clock; the hour alone is its
    // clock on the hour, written in the same room: `21:00`.)
    .replace(hsAfterClock, (_, clock: string, hours: string) => clock + ' '.repeat(hours.length))
    .replace(hourThenHs, '$1:00')
  // `2017-02-01 ~18:00 UTC`, `12 June 2025 around 10:45 PDT`: a date, then an approximate clock.
  // The qualifier is blanked out (offsets stay the same) and the time marked approximate.
  const inner = qualifiedClock.exec(head)
  if (inner) {
    const before = (inner[1] as string).length
    const word = (inner[2] as string).length
    head = `${head.slice(0, before)}${' '.repeat(word)}${head.slice(before + word)}`
    approximate = true
  }
  // `22:00, Saturday 15 June`, `10 PM AEST, Sat 15 June`: a clock, a comma, then its weekday and
  // day; the comma is blanked out, as between a clock and its day without a weekday.
  const comma = commaBeforeWeekday.exec(head)
  if (comma) head = `${head.slice(0, comma[0].length - 1)} ${head.slice(comma[0].length)}`
  // `08:37 on Wednesday, the 12th`: a day of the month after its weekday with no month, which
  // chrono cannot read, nor the clock before it; blanked, the weekday names the day.
  head = head.replace(weekdayThenDayOfMonth, (_, weekday: string, day: string) =>
    weekday.padEnd(weekday.length + day.length)
  )
  // `2025/02/18 (Tue) 11:30`, `18/02/2025 (Tuesday) 11:30`: a day, its weekday in brackets, then
  // its clock; the weekday is blanked out, the day and clock read as one.
  const bracketed = weekdayInBrackets.exec(head)
  if (bracketed) {
    const from = (bracketed[1] as string).length
    const width = (bracketed[2] as string).length
    head = `${head.slice(0, from)}${' '.repeat(width)}${head.slice(from + width)}`
  }
  // `150047Z SEP 25`, `041530Z MAR 2025`: a date-time group, as armed forces, aviation and
  // emergency services write one: the day, hour and minute run together, the zone's letter, then
  // the month and year.
  const group = dateTimeGroup.exec(head)
  const groupZone = group ? militaryZone(group[4] as string) : undefined
  if (group && groupZone) {
    const letter = start + (group[1] as string).length + 4
    const point: WrittenPoint = {
      unknown: false,
      date: {
        year: expandedYear(group[6] as string),
        month: monthNumbers[(group[5] as string).toUpperCase()] as number,
        day: Number(group[1])
      },
      clock: {hour: Number(group[2]), minute: Number(group[3]), hourOnly: false},
      zone: {zone: groupZone, start: letter, end: letter + 1}
    }
    return finish(text, qualifierStart, start, start + group[0].length, point, approximate)
  }
  // `kl. 07.14`: after the Scandinavian word for o'clock, a dotted clock is one (`07.14` alone
  // may be a day).
  const klokken = /\bkl(?:o|\.)?[\s:,`]*$/i.test(lead) ? dottedAfterKl.exec(head) : null
  if (klokken) {
    const read = clockAndZone(text, klokken[1], klokken[2], start + klokken[0].length)
    return finish(text, qualifierStart, start, read.end, read.point, approximate)
  }
  // `between 14:05 and 15:40 UTC`: a range whose ends `and` joins.
  if (/\bbetween\b/i.test(lead)) {
    const range = readBetween(text, start, approximate)
    if (range) return range
  }
  // `T+9m`, `T+1h05m`, `T−2h10m`, `T+3` (minutes): an offset from the report's T0; `T0 — the tags are re-pointed`:
  // T0 itself (not `T0 = 14:20 UTC`, which says when it is).
  const zero = anchorItself.exec(head)
  const offset = zero ?? anchorOffset.exec(head)
  const seconds = zero ? 0 : offset ? offsetSeconds(offset) : undefined
  if (offset && seconds !== undefined) {
    const end = start + offset[0].length
    const time = finish(text, qualifierStart, start, end, {unknown: false}, approximate)
    return {...time, sinceAnchor: seconds}
  }
  // `UTC 05:13`: the zone written before the clock.
  const zoneFirst = zoneBeforeClock.exec(head)
  if (zoneFirst) return readZoneFirst(text, start, zoneFirst[0].length, approximate)
  // `9:40 Saturday morning`, `1:30 Saturday afternoon`: a clock, then its weekday and part of the
  // day (chrono reads the weekday as a time of its own).
  // (`7:48 PM Friday`, `19:48 on Friday`, `7:48 PM EST Friday`: its meridiem and zone too; chrono
  // refuses a weekday after a clock in strict mode.)
  const weekdayAfter = clockThenWeekday.exec(head)
  const zoneBetween = weekdayAfter?.[4] ? readZone(weekdayAfter[4]) : undefined
  if (
    weekdayAfter &&
    // (`22.47 on Wednesday 14 May`: the day after the weekday is read with it, below.)
    !dayAfterWeekday.test(head.slice(weekdayAfter[0].length)) &&
    (!weekdayAfter[4] || zoneBetween?.end === weekdayAfter[4].length) &&
    (weekdayAfter[3] || Number(weekdayAfter[1]) <= 12 || !weekdayAfter[6])
  ) {
    const [said, hour, minute, meridiem, zoneText, day, part] = weekdayAfter
    const twelve = Number(hour) % 12
    const written = meridiem
      ? meridiem.toLowerCase() === 'p'
        ? twelve + 12
        : twelve
      : Number(hour)
    let clock: WrittenClock = {hour: written, minute: Number(minute), hourOnly: false}
    if (part && !meridiem && Number(hour) <= 12) clock = inPartOfDay(clock, part)
    const point: WrittenPoint = {clock, unknown: false}
    let length = said.length
    if (zoneBetween && zoneText) {
      const at = start + said.indexOf(zoneText, 3)
      point.zone = {...zoneBetween, start: at, end: at + zoneText.length}
    } else {
      // (`7:05 AM Sunday AEST`: the zone after the weekday, where a list of zones puts it.)
      const zoneAfter = zoneAfterWeekday.exec(head.slice(said.length))
      const zone = zoneAfter ? readZone(zoneAfter[1] as string) : undefined
      if (zoneAfter && zone?.end === (zoneAfter[1] as string).length) {
        const at = start + said.length + zoneAfter[0].length - (zoneAfter[1] as string).length
        point.zone = {...zone, start: at, end: at + zone.end}
        length += zoneAfter[0].length
      }
    }
    const end = start + length
    const time = finish(text, qualifierStart, start, end, point, approximate)
    return {...time, weekday: weekdays.indexOf((day as string).toLowerCase())}
  }
  // `16OCT25`, `03FEB2025 1422Z`: a day, month and year run together, as aviation and the military
  // write them (chrono reads none of it).
  const runTogether = dayMonthYear.exec(head)
  if (runTogether) {
    const written = runTogether[3] as string
    const year = written.length === 2 ? 2000 + Number(written) : Number(written)
    const month = monthNumbers[runTogether[2] as string] as number
    const day = Number(runTogether[1])
    const date = {year, month, day}
    return readDayThenClock(text, qualifierStart, start, runTogether[0].length, date, approximate)
  }
  // `Sun 22.6, 10:31`: a weekday, then a day and month with a dot and no year, as much of Europe
  // and Israel writes them (the weekday says it is a day, not a number).
  const shortDay = weekdayDayMonth.exec(head)
  if (shortDay) {
    const date = {day: Number(shortDay[1]), month: Number(shortDay[2])}
    return readDayThenClock(text, qualifierStart, start, shortDay[0].length, date, approximate)
  }
  if (!mayStartTime.test(head)) return undefined

  const unknown = unknownClock.exec(head)
  if (unknown) {
    const end = start + unknown[0].length
    return finish(text, qualifierStart, start, end, {unknown: true}, approximate)
  }
  // `22:XX`, `14:??`: the hour is known, the minutes are not.
  const hourKnown = unknownMinutes.exec(head)
  if (hourKnown) {
    const clock: WrittenClock = {hour: Number(hourKnown[1]), minute: 0, hourOnly: true}
    const end = start + hourKnown[0].length
    return finish(text, qualifierStart, start, end, {clock, unknown: false}, true)
  }

  // `14:02–14:19Z`, `14:02Z–14:19Z`, `20:12 ~ 21:10` (as Korean and Japanese write a span),
  // `04:14 → 04:31`: two 24-hour clocks and a dash, a tilde or an arrow, a zone glued to either
  // (chrono reads the `Z` after the second as no part of it, and gives up on one after the first).
  const span = clockSpan.exec(head)
  // (`14:02-05:00` with a bare hyphen may be a clock and its offset: left to the reading below.)
  if (span && (span[4] || span[9] || span[5] !== '-')) {
    const first = clockOf(Number(span[1]), Number(span[2]), span[3], undefined)
    const second = clockOf(Number(span[6]), Number(span[7]), span[8], undefined)
    if (first && second) {
      const point: WrittenPoint = {clock: first, unknown: false}
      const rangeEnd: WrittenPoint = {clock: second, unknown: false}
      const glued = span[4] ? readZone(text, start + span[0].indexOf(span[4], 4)) : undefined
      if (glued) point.zone = glued
      let end = start + span[0].length
      const zone = span[9] ? readZone(text, end - span[9].length) : readZone(text, end)
      if (span[9] && zone) rangeEnd.zone = zone
      else if (zone && zone.start - end <= 1) {
        rangeEnd.zone = zone
        end = zone.end
      }
      if (!rangeEnd.zone && point.zone) rangeEnd.zone = point.zone
      if (!point.zone && rangeEnd.zone) point.zone = rangeEnd.zone
      // (`02:00 to 04:00 on 29 October`: a day after the span is read with it, below.)
      if (!dayAfterSpan.test(text.slice(end)))
        return finish(text, qualifierStart, start, end, point, approximate, rangeEnd)
    }
  }
  // `09.41 hrs`, `09:47 hrs`, `23.05 hours IST`: a clock and the word for hours, as Indian and
  // British operations write it (`01.15` alone may be a date).
  const hours = clockWithHours.exec(head)
  if (hours) {
    const clockEnd = start + hours[0].length
    const read = clockAndZone(text, hours[1], hours[2] ?? hours[3], clockEnd)
    secondsOf(hours[0], read.point.clock as WrittenClock)
    let end = read.end
    const lead = dayAfterHours.exec(text.slice(end))
    const day = lead ? readEnglishTimestamp(text.slice(end + lead[0].length)) : undefined
    if (lead && day && !('impossible' in day) && day.date && !day.clock && day.start === 0) {
      read.point.date = day.date
      end += lead[0].length + day.text.length
      const zone = read.point.zone ?? day.zone
      if (zone) read.point.zone = zone === day.zone ? shift(zone, end - day.text.length) : zone
    }
    return finish(text, qualifierStart, start, end, read.point, approximate)
  }

  // `<2025-03-27 Thu 13:04>`, `[2025-03-27 Thu 13:04]`: an org-mode stamp, the weekday between
  // the day and the clock.
  const org = orgStamp.exec(head)
  if (org) {
    const read = clockAndZone(text, org[4] as string, org[5] as string, start + org[0].length)
    read.point.date = {year: Number(org[1]), month: Number(org[2]), day: Number(org[3])}
    return finish(text, qualifierStart, start, read.end, read.point, approximate)
  }

  // `10.02, 21:45`, `10.02. 21:45`: a day and a month with a dot, then a clock with a colon, as
  // German, Polish and Nordic logs write them (two clocks side by side tell nothing).
  const dotted = dottedDayClock.exec(head)
  const dottedMonth = dotted ? Number(dotted[2]) : 0
  const dottedDay = dotted ? Number(dotted[1]) : 0
  if (dotted && dottedMonth >= 1 && dottedMonth <= 12 && dottedDay >= 1 && dottedDay <= 31) {
    const read = clockAndZone(text, dotted[3], dotted[4], start + dotted[0].length)
    read.point.date = {month: dottedMonth, day: dottedDay, order: 'day-first'}
    return finish(text, qualifierStart, start, read.end, read.point, approximate)
  }

  // `2025-163T07:41:12Z`: an ISO 8601 ordinal date, the year's day by number, as space operations
  // and some logs write it; only with its clock (`2025-031` alone is as likely a ticket's number).
  const ordinal = ordinalStamp.exec(head)
  const ordinalDay = ordinal ? dayOfYear(Number(ordinal[1]), Number(ordinal[2])) : undefined
  if (ordinal && ordinalDay) {
    const read = clockAndZone(text, ordinal[3], ordinal[4], start + ordinal[0].length)
    if (ordinal[5] !== undefined && read.point.clock) read.point.clock.second = Number(ordinal[5])
    read.point.date = ordinalDay
    return finish(text, qualifierStart, start, read.end, read.point, approximate)
  }

  if (useFastPath) {
    const fast = readCommon(head)
    if (fast) {
      if (fast.point.zone) fast.point.zone = shift(fast.point.zone, start)
      return finish(text, qualifierStart, start, start + fast.length, fast.point, approximate)
    }
  }

  const normalized = normalize(head)
  let first = parseFirst(normalized.text)
  // `00:31 – 4/4 CoreDNS Running`: a clock, the dash that opens the entry's words, and a count
  // (`4/4`), which chrono takes for the clock's day.
  const dashCount = first ? clockDashCount.exec(first.text) : null
  if (first?.index === 0 && dashCount) first = parseFirst(dashCount[1] as string)
  // `On March 10, 38,900 workers`, `March 10, 38 workers`: a count after the day, not its year
  // in two figures.
  const countAfter = first ? /^(.*\d)\s*,\s*\d{2}$/.exec(first.text) : null
  if (
    first?.index === 0 &&
    countAfter &&
    /^(?:,\d|\s+[a-z])/.test(normalized.text.slice(first.text.length))
  )
    first = parseFirst(countAfter[1] as string)
  if (!first) {
    // `14:46 A PyPI Admin responds`: chrono takes the `A` for a meridiem and gives up; read the clock alone.
    const clock = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?=\s+[A-Z]\b)/.exec(normalized.text)
    if (clock) first = parseFirst(clock[0])
  }
  if (first?.index !== 0 || !/\d/.test(first.text) || isRelative(first)) {
    const impossible = looksLikeTime.exec(head)
    if (impossible && !first) {
      return {impossible: true, text: impossible[0], start, end: start + impossible[0].length}
    }
    return undefined
  }

  const point = pointOf(first, 'start')
  if (!point.date && !point.clock) return undefined
  let end = start + first.index + first.text.length
  // (`08/22 1330 hrs`, `Aug 22 1330`: four figures after a day that no report's year has are
  // its clock, as dispatch and military logs write it.)
  const year = point.date?.year
  if (point.date && year !== undefined && !point.clock && (year < 1900 || year > 2099)) {
    const hour = Math.floor(year / 100)
    const minute = year % 100
    if (hour > 23 || minute > 59) return undefined
    const {year: _, ...day} = point.date
    point.date = day
    point.clock = {hour, minute, hourOnly: false}
    const hours = /^\s*(?:hrs|hours)\b\.?/i.exec(text.slice(end))
    if (hours) end += hours[0].length
  }
  // `13:55 PM`: the meridiem chrono was not shown is still part of the time as written.
  const meridiem =
    point.clock && point.clock.hour > 12 ? redundantMeridiem.exec(text.slice(end)) : null
  if (meridiem && !/\S/.test(normalized.text.slice(end - start, end - start + meridiem[0].length)))
    end += meridiem[0].length
  // chrono stops before a zone it does not know (`Denver`, `+05:30` after a space).
  const zoneInside = point.zone
  if (!zoneInside) {
    const after = readZone(text, end)
    if (after && after.start - end <= 1 && offsetMayFollow(text.slice(start, after.start), after)) {
      point.zone = after
      end = after.end
      // `23:52 (Almaty, UTC+5) on 13 March`: the day after the zone chrono did not read.
      const on = point.date ? null : /^\s+on\s+/i.exec(text.slice(end))
      const day = on ? readEnglishTimestamp(text.slice(end + on[0].length)) : undefined
      // (A month named or written: `on the 14th` alone leaves the month to the story.)
      if (
        on &&
        day &&
        !('impossible' in day) &&
        day.start === 0 &&
        day.date &&
        !day.clock &&
        /[A-Za-z]{3}|\d[/.-]\d/.test(
          day.text.replace(/^the\s+/i, '').replace(/(?:st|nd|rd|th)\b/, '')
        )
      ) {
        point.date = day.date
        end += on[0].length + day.end
      }
    }
  } else {
    point.zone = shift(zoneInside, start)
  }

  // (`14.07.2025, 22.00h`: chrono reads the hour alone before a dot; its minutes and `h` follow.)
  const minutes =
    point.date && point.clock && point.clock.minute === 0 && /\d$/.test(text.slice(0, end))
      ? hourMinutes.exec(text.slice(end))
      : null
  if (minutes && point.clock) {
    point.clock = {...point.clock, minute: Number(minutes[1]), hourOnly: false}
    end += minutes[0].length
  }
  // `Wednesday 5 February 2025, 1130 hrs`: chrono reads the day and stops before four digits.
  // (`01/22/25 1930`, `2025-01-22 2217`: four figures after a day written in figures with its
  // year, as a hospital's or a dispatch log's rows write their clock.)
  const figured =
    point.date?.year !== undefined && /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(first.text.trim())
  const hoursAfter =
    point.date && !point.clock ? clockAfterDay(text, end, false, figured) : undefined
  if (hoursAfter) {
    point.clock = hoursAfter.clock
    if (!point.zone && hoursAfter.zone) point.zone = hoursAfter.zone
    end = hoursAfter.end
  }
  let rangeEnd: WrittenPoint | undefined
  if (first.end) {
    rangeEnd = pointOf(first, 'end')
    if (rangeEnd.zone) rangeEnd.zone = shift(rangeEnd.zone, start)
  }
  if (normalized.unknownEndAt !== undefined && normalized.unknownEndAt <= end - start + 8) {
    rangeEnd = {unknown: true}
    end = Math.max(end, start + normalized.unknownEndAt + normalized.unknownEndLength)
  }
  if (!point.clock) {
    const missing = unknownAfterDate.exec(text.slice(end))
    if (missing) {
      point.unknown = true
      end += missing[0].length
    }
  }
  // `Friday March 7 – Saturday March 8, 2025`: a year written once, after the second day, is the
  // first's too (the year before when the days cross New Year: `Dec 30 – Jan 2, 2025`).
  const endYear = rangeEnd?.date?.year
  if (endYear !== undefined && point.date && point.date.year === undefined && rangeEnd?.date) {
    const before = point.date.month > rangeEnd.date.month
    point.date = {...point.date, year: before ? endYear - 1 : endYear}
  }
  // `21:45 to 23:28 UTC`: a zone written once belongs to both ends.
  if (rangeEnd && !point.zone && rangeEnd.zone) point.zone = rangeEnd.zone
  return finish(text, qualifierStart, start, end, point, approximate, rangeEnd)
}

function finish(
  text: string,
  qualifierStart: number,
  start: number,
  end: number,
  point: WrittenPoint,
  approximate: boolean,
  rangeEnd?: WrittenPoint
): WrittenTime {
  let cursor = end
  let isApproximate = approximate
  const suffix =
    /^(?:\s*~|-?ish\b|\s+or\s+so\b|\s*\(?approx(?:imately|\.)?\)?|\s*\(?est(?:imated|\.)?\)?)/i.exec(
      text.slice(cursor)
    )
  if (suffix) {
    isApproximate = true
    cursor += suffix[0].length
  }
  // (`2:13 hs`, `21 hs`: the `hs` of horas is the clock's own.)
  const horas = point.clock ? /^\s?hs\b/.exec(text.slice(cursor)) : null
  if (horas) cursor += horas[0].length
  let alternative: (WrittenPoint & {text: string}) | undefined
  let date = point.date
  let zone = point.zone
  // `20:41 our time`, `2:30am my time (UTC+5:30)`: the writer's own clock, in the zone the report
  // states or the one after it.
  const ownTime = point.clock && !zone ? /^\s+(?:our|my)\s+time\b/i.exec(text.slice(cursor)) : null
  if (ownTime) {
    cursor += ownTime[0].length
    const after = readZone(text, cursor)
    if (after && after.start - cursor <= 1) {
      zone = after
      cursor = after.end
    }
  }
  // `22:38 this evening (UK Time)`, `09:00 the next morning`: a day named after the clock, then maybe its zone.
  let relativeDay: number | undefined
  let fromWriting = false
  let named = point.clock && !date ? dayAfterClock.exec(text.slice(cursor)) : null
  // `by 7:30 p.m. The next morning ...`: a new sentence's day, not this time's.
  if (named && text[cursor - 1] === '.' && /^\s+[A-Z]/.test(text.slice(cursor))) named = null
  // `2:38 in the afternoon`, `9:15 at night`: the part of the day, which says what a 12-hour
  // clock written without its meridiem is.
  const part = point.clock && !named && !zone ? partOfDay.exec(text.slice(cursor)) : null
  let clock = point.clock
  if (named || part) {
    if (named) {
      relativeDay = relativeDays(named[1] ?? named[2] ?? '')
      fromWriting = fromWritingDay.test(named[0])
    }
    const said = (named ?? part)?.[0] ?? ''
    cursor += said.length
    if (clock && !meridiemWritten.test(text.slice(start, end))) clock = inPartOfDay(clock, said)
    const after = zone ? undefined : readZone(text, cursor)
    if (after && after.start - cursor <= 1) {
      zone = after
      cursor = after.end
    }
  }
  // (`7:47pm [00:47]`: the same time in square brackets, as a second zone's clock, too.)
  const paren =
    /^\s*\(([^()]{1,60})\)/.exec(text.slice(cursor)) ??
    (point.clock ? /^\s*\[(\d{1,2}:\d{2}[^[\]]{0,20})\]/.exec(text.slice(cursor)) : null)
  if (paren) {
    const inner = readEnglishTimestamp(paren[1] as string)
    // (`(20:46 CDT on 05-18)`: a clock and its zone, then a few words of its own day, is the same
    // time written in another zone all the same.)
    const whole =
      inner &&
      !('impossible' in inner) &&
      (inner.end >= (paren[1] as string).trim().length - 1 ||
        (point.clock !== undefined &&
          inner.clock !== undefined &&
          inner.zone !== undefined &&
          inner.start === 0 &&
          (paren[1] as string).length - inner.end <= 20))
    if (inner && !('impossible' in inner) && whole) {
      cursor += paren[0].length
      // `22:30 UTC (Oct 29)`: a date in parentheses completes the time, it is not a second time.
      if (!inner.clock && inner.date && !date) date = inner.date
      else alternative = {...inner, text: inner.text}
    }
  } else if (zone && point.clock) {
    // `14:05 UTC / 07:05 PDT`: the same time in a second zone, after a slash.
    const slash = /^\s*\/\s*/.exec(text.slice(cursor))
    const inner = slash ? readEnglishTimestamp(text.slice(cursor + slash[0].length)) : undefined
    if (
      slash &&
      inner &&
      !('impossible' in inner) &&
      inner.clock &&
      inner.zone &&
      inner.start === 0
    ) {
      alternative = {...inner, text: inner.text}
      cursor += slash[0].length + inner.text.length
    }
  }
  const written = text.slice(qualifierStart, cursor).trim()
  const sep = separator.exec(text.slice(cursor))?.[0] ?? ''
  // Trimmed already, so only a closing `*` or `_` can be left to cut.
  const last = written.at(-1)
  // Property by property rather than spreading `point`, whose shape varies: the spread was the
  // slowest part of reading a time.
  const time = {unknown: point.unknown} as WrittenTime
  if (date) time.date = orderOf(date, text.slice(start))
  if (clock) time.clock = clock
  if (zone) time.zone = zone
  time.start = start
  time.end = cursor + sep.length
  time.text = last === '*' || last === '_' ? written.replace(/[\s*_]+$/, '') : written
  time.approximate = isApproximate || Boolean(rangeEnd?.unknown && point.clock)
  // (`1:47pm – 2:52pm, 07/02/2025`: the end's day is the start's, and as ambiguous.)
  const endDate = rangeEnd?.date
  if (rangeEnd && endDate && !endDate.order && time.date?.order && sameDate(endDate, time.date)) {
    rangeEnd = {...rangeEnd, date: {...endDate, order: time.date.order}}
  }
  if (rangeEnd) time.rangeEnd = rangeEnd
  if (relativeDay !== undefined) time.relativeDay = relativeDay
  if (fromWriting) time.fromWriting = true
  if (alternative) time.alternative = alternative
  return time
}

const redundantMeridiem = /^\s*[ap]\.?m\.?(?![a-z])/i
const dayAfterClock =
  /^\s+(?:(this|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(?:morning|afternoon|evening|night|day)|(tonight|today|tomorrow|yesterday))\b/i

const partOfDay = /^\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i
const meridiemWritten = /\d\s*[ap]\.?\s?m\b|noon|midnight/i

/** A 12-hour clock in the part of the day named (`2:38` in the afternoon is 14:38). */
export function inPartOfDay(clock: WrittenClock, said: string): WrittenClock {
  const {hour} = clock
  if (hour > 12 || hour === 0) return clock
  if (/morning/i.test(said)) return hour === 12 ? {...clock, hour: 0} : clock
  if (/afternoon|evening/i.test(said)) return hour === 12 ? clock : {...clock, hour: hour + 12}
  // At night: late evening (`9:15 at night`) or the small hours (`2:10 at night`).
  if (/night/i.test(said))
    return hour === 12 ? {...clock, hour: 0} : hour >= 6 ? {...clock, hour: hour + 12} : clock
  return clock
}

/** Day words counted from the day they were written: `yesterday`, `tonight`, `this morning`. */
export const fromWritingDay = /\b(?:this|today|tonight|tomorrow|yesterday)\b/i

function relativeDays(word: string): number {
  const lower = word.toLowerCase()
  if (/next|following|tomorrow/.test(lower)) return 1
  if (/previous|yesterday/.test(lower)) return -1
  return 0
}

/** A date of two numbers and a year (`04/05/2026`, `5-26-21`): which way round, where the numbers tell. */
const numericDate = /^(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/
/** `7:52 AM AEDT on 5/03`, `10:00 on 04/05/2026`: a day of two numbers after the clock. */
const dateAfterClock =
  /^\S*\d[^/]*?\bon\s+(\d{1,2})([/.-])(\d{1,2})(?:\2(?:\d{4}|\d{2}))?(?![\d/])/i
/** `1:47pm – 2:52pm, 07/02/2025`: a date of numbers and its year, after the clock. */
const yearAfterClock = /^\S*\d[:.]\d{2}[^/]*?(?<![\d:./-])(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?!\d)/
/** `Thu 04/09`, `06/09 23:00`: two numbers and a slash, no year, after a weekday or none. */
const yearlessDate =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})(\/)(\d{1,2})(?![\d/])/i

function sameDate(one: WrittenDate, other: WrittenDate): boolean {
  return one.year === other.year && one.month === other.month && one.day === other.day
}

function orderOf(date: WrittenDate, text: string): WrittenDate {
  // `Wednesday, 11.06.2025`: the day of the week written beside it says which way round it is.
  const named = weekdayThenNumbers.exec(text)
  let bothWays = false
  if (named) {
    const [, weekday, first, , second, year] = named
    const short = (weekday as string).slice(0, 3).toLowerCase()
    const wanted = weekdays.findIndex((name) => name.startsWith(short))
    const fits = (month: number, day: number) =>
      month >= 1 &&
      month <= 12 &&
      new Date(Date.UTC(Number(year), month - 1, day)).getUTCDay() === wanted &&
      new Date(Date.UTC(Number(year), month - 1, day)).getUTCDate() === day
    const dayFirst = fits(Number(second), Number(first))
    const monthFirst = fits(Number(first), Number(second))
    bothWays = dayFirst && monthFirst
    if (dayFirst !== monthFirst)
      return dayFirst
        ? {year: Number(year), month: Number(second), day: Number(first), order: 'day-first'}
        : {year: Number(year), month: Number(first), day: Number(second), order: 'month-first'}
  }
  // (`Saturday 08/02/2025`, a Saturday both ways round: the numbers after the weekday.)
  const numbers =
    (bothWays ? numericDate.exec(text.slice(text.search(/\d/))) : null) ??
    numericDate.exec(text) ??
    (date.year === undefined ? yearlessDate.exec(text) : null) ??
    // (`7:52 AM AEDT on 5/03`: the day after the clock.)
    dateAfterClock.exec(text.slice(0, 48)) ??
    (date.year === undefined ? null : yearAfterClock.exec(text.slice(0, 48)))
  if (!numbers) return date
  const first = Number(numbers[1])
  const second = Number(numbers[3])
  if (first === second) return date
  if (first > 12 || second > 12) {
    return {...date, order: first > 12 ? 'day-first' : 'month-first'}
  }
  // (`4.11.2025`: a date parted by dots is written day first wherever it is written so.)
  if (numbers[2] === '.' && date.month === first)
    return {...date, month: second, day: first, order: 'day-first'}
  return {...date, order: 'ambiguous'}
}

/** `Wednesday, 11.06.2025`, `Tue 6/10/2025`: a day of the week, then a date of numbers and a year. */
const weekdayThenNumbers =
  /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?!\d)/i

/** The days of the week, Sunday first: a day's number is its place here (`Date#getUTCDay`). */
export const weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday'
]

/** The weekdays as a pattern's alternatives, for the patterns that name one: `sunday|monday|...`. */
export const weekdayNames = weekdays.join('|')

/** The parts of a day said with a clock or a weekday, as a pattern's alternatives. */
export const partsOfDay = 'morning|afternoon|evening|night'

/** `between 14:05 and 15:40 UTC`: the time after `between`, and the one after `and` as its end. */
function readBetween(text: string, start: number, approximate: boolean): WrittenTime | undefined {
  const first = readEnglishTimestamp(text.slice(start))
  if (!first || 'impossible' in first || first.rangeEnd || first.start !== 0) return undefined
  const firstEnd = start + first.text.length
  const and = /^\s+and\s+/.exec(text.slice(firstEnd))
  if (!and) return undefined
  const secondStart = firstEnd + and[0].length
  // `between 10:00 and between 10:00 and ...`: the end is a time, not another range to read.
  if (/^between\b/i.test(text.slice(secondStart))) return undefined
  const second = readEnglishTimestamp(text.slice(secondStart))
  if (!second || 'impossible' in second || second.start !== 0) return undefined
  if (!second.clock === Boolean(first.clock)) return undefined
  const end: WrittenPoint = {unknown: second.unknown}
  if (second.date) end.date = second.date
  if (second.clock) end.clock = second.clock
  const zone = second.zone ? shift(second.zone, secondStart - start) : first.zone
  if (zone) end.zone = zone
  const time: WrittenTime = {
    ...first,
    start,
    end: secondStart + second.end,
    text: text.slice(start, secondStart + second.text.length),
    approximate: approximate || first.approximate || second.approximate,
    rangeEnd: end
  }
  if (!time.zone && zone) time.zone = zone
  // `between 08:05 and 09:31 on 14 June 2023`: the day written after the end is the start's too.
  if (!time.date && second.date && first.clock) time.date = second.date
  // `between 7:34 and 8:31 p.m.`: the meridiem of the end is the start's too, when that keeps them in order.
  const from = first.clock
  const to = second.clock
  const meridiem = /[ap]\.?\s?m\.?\s*$/i.test(
    second.text.replace(/\s*(?:UTC|GMT|[A-Z]{2,4}T?)$/, '')
  )
  if (
    from &&
    to &&
    meridiem &&
    !/[ap]\.?\s?m\b/i.test(first.text) &&
    from.hour < 12 &&
    to.hour >= 12
  ) {
    const hour = from.hour + 12
    if (hour * 60 + from.minute <= to.hour * 60 + to.minute) time.clock = {...from, hour}
  }
  return time
}

/**
 * `T+0`, `T+9m`, `T + 1h 05m`, `T-2h10m`, `T+1:05`, `T+45s`, and without the `T`, `+25m`. Another
 * capital names the instant a report counts from as well (`L+11m` from a launch, `H+2h`), with a
 * unit or zero after it.
 */
const anchorOffset =
  /^(?:(?<letter>[A-Z])0?(?=\s?[+\-−–]\s?\d)\s?)?(?<sign>[+\-−–])\s?(?:(?<zero>0)(?![\d.hms]|:\d)|(?<clockHours>\d{1,2}):(?<clockMinutes>\d{2})(?![\d:])|(?:(?<hours>\d{1,3})\s?h(?:ours?|rs?)?)?\s?(?:(?<minutes>\d{1,4})\s?m(?:in(?:utes?|s)?)?|(?<bare>\d{1,4})(?!\d|\s*(?:[hms]|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?|hours?|hrs?|mins?|minutes?|secs?|seconds?)\b))?\s?(?:(?<seconds>\d{1,4})\s?s(?:ec(?:onds?|s)?)?)?(?![\w.]|:\d))/

/** `T0` alone, not a statement of when it is (`T0 = 14:20 UTC`, `T0: 2025-06-03 14:20`). */
const anchorItself = /^T\s?0(?![\w.:+\-−–])(?!\s*(?:[=:]|is\b|was\b)\s*\S)/

/** The seconds an offset gives, signed; undefined when it gives no number. */
function offsetSeconds(match: RegExpExecArray): number | undefined {
  const {sign, zero, clockHours, clockMinutes, hours, seconds} = match.groups ?? {}
  // `T+3`, `T-14`, `T+1h05`: minutes without their unit, after the `T` or after hours.
  const bare = match.groups?.bare
  const letter = match.groups?.letter
  // (`L+3`, `L+1:05`: after a letter other than `T`, only a unit or zero makes an offset.)
  if (letter !== undefined && letter !== 'T' && (bare !== undefined || clockHours !== undefined))
    return undefined
  if (bare !== undefined && hours === undefined && letter === undefined) return undefined
  const minutes = match.groups?.minutes ?? bare
  // Without its `T`, only `+25m`, `+1h25m`: a plus and a unit (`-5m` is a bullet, `+0` a number);
  // and `+0:41`, `−0:09`: hours and minutes since T0, one figure of hours, signed with a plus or a
  // minus sign (not a hyphen; `+05:30` is a zone's offset).
  const clockForm =
    clockHours !== undefined && clockHours.length === 1 && sign !== '-' && !/\s/.test(match[0])
  if (
    letter === undefined &&
    !clockForm &&
    (sign !== '+' || zero !== undefined || clockHours !== undefined)
  )
    return undefined
  if (zero !== undefined) return 0
  let total: number
  if (clockHours !== undefined) total = Number(clockHours) * 3600 + Number(clockMinutes) * 60
  else if (hours === undefined && minutes === undefined && seconds === undefined) return undefined
  else total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)
  return sign === '+' ? total : -total
}

const zoneBeforeClock = /^\+?(?:UTC|GMT)\s*(?=\d{1,2}[:.h]\d{2}(?!\d))/
const unknownMinutes = /^(\d{1,2})[:.](?:xx|\?\?)(?![\w?])/i

/** `14:02–14:19Z`, `13:52Z to 14:33Z`: two 24-hour clocks and a dash or `to` between, `Z` glued to either; no meridiem after. */
const clockSpan =
  /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z)?(\s?[–—~～〜→]\s?|\s->\s|\s-\s|-|\s+(?:to|until|till|a|à|bis|tot|até)\s+)([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z)?(?!\s*[ap]\.?m\b)(?![\d:])/i

/** A day written after a span of clocks: `on 29 October`, `, Oct 29`, `2024-10-29`. */
const dayAfterSpan =
  /^,?\s+(?:on\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2})/i

/**
 * `09.41 hrs`, `09:47 hrs`, `23.05 hours`, `07.50u`, `09:21:04 hours`: a clock, then the word for
 * hours. The hour in two digits: `1.25 hrs` and `1:30 hours` are amounts.
 */
export const clockWithHours =
  /^([01]\d|2[0-3])(?:[.:]([0-5]\d)(?:[.:][0-5]\d)?\s*(?:hrs|hours|u|uur|uhr|h)\b|([0-5]\d)\s*(?:hrs|hours)\b(?!\s+of\b))/i

/** The minutes and the word for hours after an hour read alone: the `.00h` of `22.00h`. */
const hourMinutes = /^[.:]([0-5]\d)\s*(?:hrs|hours|uhr|h)\b/i

/** The seconds of a clock with the word for hours (`09:21:04 hours`), when written. */
function secondsOf(found: string, clock: WrittenClock): void {
  const second = /^\d\d[.:]\d\d[.:](\d\d)/.exec(found)?.[1]
  if (second !== undefined) clock.second = Number(second)
}

/** A day after a clock and its word for hours: `0930 hrs Thursday 6 February 2025`, `09:47 hrs on 14 March`. */
const dayAfterHours =
  /^,?\s+(?:on\s+)?(?=[A-Za-z]{3}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}|\d{4}-\d{2}-\d{2})/

/**
 * A 24-hour clock written after a day: with its word for hours (`, 1130 hrs`, `, 09:47 hrs`), or,
 * where `zoned`, four digits and a zone (` 1422Z`, ` 1131 UTC`). The clock, its zone and where it ends.
 */
function clockAfterDay(
  text: string,
  end: number,
  zoned: boolean,
  bare = false
): {clock: WrittenClock; zone?: ZoneMatch; end: number} | undefined {
  const lead = /^[\s,/]+(?:at\s+|kl(?:o|\.)?\s*)?/.exec(text.slice(end))
  if (!lead) return undefined
  const at = end + lead[0].length
  // (`18.02.2025 kl. 07.14`: after `kl.`, a dotted clock.)
  const klokken = /kl/i.test(lead[0]) ? dottedAfterKl.exec(text.slice(at)) : null
  const hours = klokken ? null : clockWithHours.exec(text.slice(at))
  const compact =
    klokken || hours
      ? null
      : zoned
        ? zonedCompact.exec(text.slice(at))
        : bare && lead[0].trim() === ''
          ? bareCompact.exec(text.slice(at))
          : null
  const found = klokken ?? hours ?? compact
  if (!found) return undefined
  const read = clockAndZone(text, found[1], found[2] ?? found[3], at + found[0].length)
  const clock = read.point.clock as WrittenClock
  if (found === hours) secondsOf(found[0], clock)
  return read.point.zone ? {clock, zone: read.point.zone, end: read.end} : {clock, end: read.end}
}

/** A day and month with a dot, then a clock with a colon: `10.02, 21:45`, `10.02. 21:45`. */
const dottedDayClock = /^(\d{1,2})\.(\d{1,2})\.?,?\s+(\d{1,2}):(\d{2})(?![\d:.])/

/** An org-mode stamp's day, weekday and clock: `2025-03-27 Thu 13:04`. */
const orgStamp =
  /^(\d{4})-(\d{2})-(\d{2})\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(\d{1,2}):(\d{2})(?![\d:])/i

/** An ISO 8601 ordinal date and its clock: `2025-163T07:41:12Z`, `2025-163 07:41Z`. */
const ordinalStamp =
  /^(\d{4})-(\d{3})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?![\d:])/

/** The day numbered `ordinal` in `year` (1 for 1 January), or undefined past the year's end. */
function dayOfYear(year: number, ordinal: number): WrittenDate | undefined {
  const at = new Date(Date.UTC(year, 0, ordinal))
  if (ordinal < 1 || at.getUTCFullYear() !== year) return undefined
  return {year, month: at.getUTCMonth() + 1, day: at.getUTCDate()}
}

/** `1930`: four digits alone, a clock only right after a day written in figures with its year. */
const bareCompact = /^([01]\d|2[0-3])([0-5]\d)(?![\d:.,%]|\s*(?:ms|s|sec|min|m|h|hrs?)\b)/i

/** `1422Z`, `1131 UTC`: four digits with a zone, its zone read after them. */
const zonedCompact = /^([01]\d|2[0-3])([0-5]\d)(?=\s*(?:Z|UTC|GMT)\b)/i

/**
 * A date-time group: `150047Z SEP 25`, `041530ZMAR25`, `221700Z SEP 2025`; the day, hour and
 * minute, the zone's letter, the month's three letters and the year.
 */
const dateTimeGroup =
  /^(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)([A-IK-Z])\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d{4}|\d{2})(?![\dA-Za-z])/i

/**
 * The zone a military letter names: `Z` (Zulu) is UTC, `A` to `M` (less `J`, local, which names no
 * zone) an hour to twelve hours ahead of it, `N` to `Y` an hour to twelve behind.
 */
function militaryZone(letter: string): Zone | undefined {
  const upper = letter.toUpperCase()
  if (upper === 'Z') return {name: 'Z', offset: 0}
  const code = upper.charCodeAt(0)
  const ahead = code <= 73 ? code - 64 : code - 65
  const hours = code <= 77 ? ahead : -(code - 77)
  return {name: upper, offset: hours * 60}
}

/** A year written in two or four figures: `25` is 2025. */
function expandedYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

/** `16OCT25`, `3FEB2025`: a day, a month's three letters in capitals, a year, run together. */
const dayMonthYear =
  /^(\d{1,2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{4}|\d{2})(?![\dA-Za-z])/
const monthNumbers: Readonly<Record<string, number>> = Object.fromEntries(
  ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].map(
    (name, index) => [name, index + 1]
  )
)

/** `9:40 Saturday morning`: a 12-hour clock without its meridiem, a weekday, and maybe the part of the day. */
/** A day after a weekday: `14 May`, `, the 14th`, `May 14`. */
const dayAfterWeekday =
  /^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i

/** A clock and its comma, before a weekday and a day (`22:00,` of `22:00, Saturday 15 June`). */
const commaBeforeWeekday =
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?,(?=\s+(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/i

/** A unit of time right after a number: `-min`, ` minutes`, `-hour`. */
const amountAfter = /^-?\s?(?:mins?|minutes?|hours?|hrs?|secs?|seconds?|days?)\b/i

/** A day in numbers, then its weekday in brackets before a clock: `2025/02/18 (Tue) 11:30`. */
const weekdayInBrackets =
  /^(\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(\s*\((?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\))(?=\s*\d{1,2}[:.]\d{2})/i

/** A weekday, whole or cut short, then a clock: `Wed 11:00 PM`, `Thursday, 00:21`. */
const weekdayThenClock =
  /^(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?,?\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th),?\s+)?(?:at\s+)?(?=~?\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b))/i

const clockThenWeekday = new RegExp(
  `^([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s+(?!on\\b)([A-Z]{2,5}))?\\s+(?:on\\s+)?(${weekdayNames})(?:\\s+(${partsOfDay}))?\\b`,
  'i'
)

/** A zone written in capitals after a clock's weekday: the ` AEST` of `7:05 AM Sunday AEST`. */
const zoneAfterWeekday = /^\s+([A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)(?![\w+-])/

/** `Sun 22.6`, `Thu, 19.6.`: a weekday, a day and a month with a dot, no year. */
const weekdayDayMonth =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\.(\d{1,2})\.?(?![\d.])/i

/** A day read by its own pattern (`16OCT25`, `Sun 22.6`), and the clock after it. */
function readDayThenClock(
  text: string,
  qualifierStart: number,
  start: number,
  length: number,
  date: WrittenDate,
  approximate: boolean
): WrittenTime | undefined {
  if (date.day < 1 || date.day > 31 || date.month < 1 || date.month > 12) return undefined
  const point: WrittenPoint = {date, unknown: false}
  let end = start + length
  // `16OCT25 1131Z`, `16OCT25, 11:31 UTC`: the clock after it.
  const gap = /^[\s,/]+(?:at\s+)?/.exec(text.slice(end))?.[0] ?? ''
  if (!gap) return finish(text, qualifierStart, start, end, point, approximate)
  const compact = clockAfterDay(text, end, true)
  if (compact) {
    point.clock = compact.clock
    if (compact.zone) point.zone = compact.zone
    end = compact.end
  } else {
    const after = text.slice(end + gap.length)
    const clock = readEnglishTimestamp(after)
    if (clock && !('impossible' in clock) && clock.clock && !clock.date && clock.start === 0) {
      point.clock = clock.clock
      if (clock.zone) point.zone = shift(clock.zone, end + gap.length)
      end += gap.length + clock.text.length
    }
  }
  return finish(text, qualifierStart, start, end, point, approximate)
}

/** `UTC 05:13`: the clock read after the zone, and the zone given to it when it has none of its own. */
function readZoneFirst(
  text: string,
  start: number,
  length: number,
  approximate: boolean
): WrittenTime | undefined {
  const rest = readEnglishTimestamp(text.slice(start + length))
  if (!rest || 'impossible' in rest || !rest.clock || rest.start !== 0) return undefined
  const zone = readZone(text, start)
  if (!zone) return undefined
  const time: WrittenTime = {...rest, start, end: rest.end + start + length}
  time.text = text.slice(start, start + length + rest.text.length).trim()
  if (approximate) time.approximate = true
  if (!time.zone) time.zone = zone
  if (time.rangeEnd && !time.rangeEnd.zone) time.rangeEnd = {...time.rangeEnd, zone}
  return time
}

/**
 * `0616:`, `2215 -`, `0930Z`, `0238L`: four digits and a separator or a zone, at the start of a
 * line (`L`, local time as logs at sea and in the air mark it, is the zone the report states).
 */
const compactClock =
  /^[\s>*_[(`]*(([01]\d|2[0-3])([0-5]\d))(?=\s*(?:[:|–—-]\s|[Zz]\b|L\b|UTC\b|GMT\b))/

/** Four digits then words, a qualifier maybe before: `0658 Lab phoned`, `approx 0730 Called lab`. */
const bareCompactClock =
  /^[\s>*_[(`]*(?:(approx\.?|~|around|about)\s*)?(([01]\d|2[0-3])([0-5]\d))(?:[–—-]([01]\d|2[0-3])([0-5]\d))?(?=[*_]*\s+\S)/i

/** `14.05 The certificate expires`: a clock with a dot, as British and European logs write it. */
const dottedClock = /^[\s>*_[(`]*(([01]?\d|2[0-3])\.([0-5]\d))(?=\s+\D|\s*[:|–—-]\s)/

/**
 * A clock written as four digits without a colon (`0616: wrong block
 * produced`, `0930Z`), or with a dot (`14.05 Logins fail`). Not read by `readTimestamp`, where four digits are
 * as likely a year (`2021: migrated to ...`): call it where the text's own
 * style says so, such as a timeline list most of whose items start so.
 *
 * @example
 *   readCompactClock('0616: wrong block produced')?.clock // {hour: 6, minute: 16, hourOnly: false}
 */
export function readCompactClock(text: string, bare = false): WrittenTime | undefined {
  const strict = compactClock.exec(text) ?? dottedClock.exec(text)
  // (`**0658** Lab phoned`, `approx 0730 Called lab`: in a list whose own bold marks its clocks,
  // four digits then words, told as near after `approx`.)
  const loose = strict ? null : bare ? bareCompactClock.exec(text) : null
  const match = strict ?? loose
  if (!match) return undefined
  if (loose) {
    const start = match[0].search(/\d/)
    const {point, end} = clockAndZone(text, match[3], match[4], match[0].length)
    const near = match[1] !== undefined
    const from = near ? match[0].indexOf(match[1] as string) : start
    // (`0500–0545 AM labs drawn`: a span.)
    const rangeEnd: WrittenPoint | undefined =
      match[5] === undefined
        ? undefined
        : {
            clock: {hour: Number(match[5]), minute: Number(match[6]), hourOnly: false},
            unknown: false
          }
    return finish(text, from, start, end, point, near, rangeEnd)
  }
  const start = match[0].length - (match[1] as string).length
  const {point, end} = clockAndZone(text, match[2], match[3], match[0].length)
  return finish(text, start, start, localMark(text, end, point), point, false)
}

/** The end of a clock, past the `L` of local time glued to it (`0238L`) when no zone was read. */
export function localMark(text: string, end: number, point: WrittenPoint): number {
  return !point.zone && /^L(?![\w-])/.test(text.slice(end)) ? end + 1 : end
}

/** A clock read from its hour and minute, with the zone written right after it (`2341 AKST`). */
function clockAndZone(
  text: string,
  hour: string | undefined,
  minute: string | undefined,
  after: number
): {point: WrittenPoint; end: number} {
  const clock: WrittenClock = {hour: Number(hour), minute: Number(minute), hourOnly: false}
  const point: WrittenPoint = {clock, unknown: false}
  const zone = readZone(text, after)
  if (zone && zone.start - after <= 1) {
    point.zone = zone
    return {point, end: zone.end}
  }
  return {point, end: after}
}

/** `0347`, `2341 hrs`, `0114–0248`: a cell that is a 24-hour clock without a colon, or two. */
const compactCell =
  /^(([01]\d|2[0-3])([0-5]\d))(?:\s*(?:[-–—]|to)\s*(([01]\d|2[0-3])([0-5]\d)))?(?:\s*(?:hrs|hours)\b\.?)?/i

/**
 * A table cell that holds a 24-hour clock without a colon (`0347`,
 * `2341 hrs`, `0114–0248`), the cell whole but for a zone or a note in brackets after it
 * (`0512 (per IT)`). Four
 * digits are as likely a year: call it where the column says it holds
 * times (`Time (AKST)`), or holds numbers no year has (`0052`, `2341`).
 *
 * @example
 *   readCompactCell('0347')?.clock // {hour: 3, minute: 47, hourOnly: false}
 */
export function readCompactCell(cell: string): WrittenTime | undefined {
  const match = compactCell.exec(cell.trim())
  if (!match) return undefined
  const text = cell.trim()
  const read = clockAndZone(text, match[2], match[3], match[0].length)
  const {point} = read
  // (`0238L`: local time marked.)
  const end = localMark(text, read.end, point)
  // (`0512 (per IT, see notes)`: a note in brackets after the clock is no part of it.)
  if (/\S/.test(text.slice(end)) && !/^\s*\([^()]{1,60}\)\s*$/.test(text.slice(end)))
    return undefined
  const rangeEnd: WrittenPoint | undefined =
    match[4] === undefined
      ? undefined
      : {clock: {hour: Number(match[5]), minute: Number(match[6]), hourOnly: false}, unknown: false}
  return finish(text, 0, 0, end, point, false, rangeEnd)
}

/** Whether four digits at the start of a line are a plausible year rather than only a clock. */
export function compactClockMayBeYear(text: string): boolean {
  const digits = compactClock.exec(text)?.[1]
  if (!digits) return false
  const value = Number(digits)
  return value >= 1900 && value <= 2099 && !/^\S*\d{4}\s*(?:Z|UTC|GMT)\b/.test(text.trim())
}

let useFastPath = true

/** For tests: read every time through chrono, to check the fast path against it. */
export function readTimestampWithChrono(text: string): WrittenTime | ImpossibleTime | undefined {
  useFastPath = false
  try {
    return readTimestamp(text)
  } finally {
    useFastPath = true
  }
}

// (`3:02p`, `11:40a`: a meridiem of one letter, written close, as a chat or a terse log does.)
const commonClock =
  /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([ap])\.?\s?m\.?(?![a-z])|([ap])(?![a-z\d]))?/i
const commonIso = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/
/**
 * What may follow a common time for it to be complete: a separator, text, or what `finish` reads.
 * Not a word that may lead on to a date or a second time (`on Monday`, `to 15:00`), though
 * `On-call` is text. A sentence may end on it: `LOS 06:17:20Z.`
 */
const completeAfter =
  /^(?:$|\.(?=\s|$)|\s*[:|]\s|\s*[:|]$|\s*[-–—]\s+(?!\d)|\s*\*|\s*[\])]|\s*\(|\s*~|-?ish\b|\s+or\s+so\b|,\s+(?!\d)|\s+(?!(?:on(?!-)|to|until|till|and|or|at|through|thru|[ap]\.?m|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b)[A-Za-z@`_*'"“‘([#])/i

/**
 * The common, unambiguous forms (`14:05 UTC: ...`, `9:37 AM PST - ...`,
 * `2019-11-30 08:24`, `2024-03-10 2:05 PM`) read without chrono, which
 * tries all its parsers on every entry. Anything else (dates in words,
 * ranges, dates after times) returns undefined and goes to chrono; a test
 * checks both agree.
 */
function readCommon(head: string): {point: WrittenPoint; length: number} | undefined {
  const point: WrittenPoint = {unknown: false}
  let length: number
  const iso = commonIso.exec(head)
  if (iso) {
    const date = {year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3])}
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined
    point.date = date
    length = iso[0].length
    if (iso[4] !== undefined) {
      const clock = clockOf(Number(iso[4]), Number(iso[5]), iso[6], undefined)
      if (!clock) return undefined
      point.clock = clock
    } else {
      // `2019-11-30 08:24`, and `2024-03-10 2:05 PM`: a table's date and time cells read together.
      const gap = / +/y
      gap.lastIndex = length
      const spaces = gap.exec(head)?.[0].length ?? 0
      const after = spaces > 0 ? commonClock.exec(head.slice(length + spaces)) : null
      if (after) {
        const clock = clockOf(Number(after[1]), Number(after[2]), after[3], after[4] ?? after[5])
        if (!clock) return undefined
        point.clock = clock
        length += spaces + after[0].length
      } else if (/^[\d:T]/.test(head.slice(length))) {
        return undefined
      }
    }
  } else {
    const match = commonClock.exec(head)
    if (!match) return undefined
    const clock = clockOf(Number(match[1]), Number(match[2]), match[3], match[4] ?? match[5])
    if (!clock) return undefined
    point.clock = clock
    length = match[0].length
  }
  if (point.clock) {
    const zone = readZone(head, length)
    if (zone && zone.start - length <= 1 && offsetMayFollow(head.slice(0, zone.start), zone)) {
      point.zone = zone
      length = zone.end
    }
  }
  return completeAfter.test(head.slice(length)) ? {point, length} : undefined
}

function clockOf(
  hour: number,
  minute: number,
  second: string | undefined,
  meridiem: string | undefined
): WrittenClock | undefined {
  let hour24 = hour
  // `13:55 PM`, `23:00 AM`: a 24-hour clock with a meridiem that adds nothing, read as the 24-hour clock.
  if (meridiem && hour <= 12) {
    if (hour < 1) return undefined
    hour24 = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  if (hour24 > 23 || minute > 59 || (second !== undefined && Number(second) > 59)) return undefined
  const clock: WrittenClock = {hour: hour24, minute, hourOnly: false}
  if (second !== undefined) clock.second = Number(second)
  return clock
}

type Chrono = typeof import('chrono-node/en')['strict']
let chrono: Chrono | undefined

/**
 * chrono-node's strict English parser, loaded the first time a text needs
 * it: the common forms are read without it, and loading it takes a third
 * of a short command's start-up. (`require`, as a timestamp is read
 * synchronously; chrono-node ships the same parser for both.)
 */
function strictChrono(): Chrono {
  chrono ??= (createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en'))
    .strict
  return chrono
}

function parseFirst(text: string): ParsedResult | undefined {
  return strictChrono().parse(text, new Date(Date.UTC(2000, 0, 1)))[0]
}

function isRelative(result: ParsedResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith('result/relative')) return true
  return false
}

/**
 * A year of the Buddhist era, as Thailand writes its dates (`31 October 2568`), in the common era
 * (2025): 543 years apart. No other year a report dates an incident by is so far ahead.
 */
function gregorianYear(year: number): number {
  return year >= 2400 && year <= 2700 ? year - 543 : year
}

function pointOf(result: ParsedResult, which: 'start' | 'end'): WrittenPoint {
  const components = which === 'start' ? result.start : result.end
  const point: WrittenPoint = {unknown: false}
  if (!components) return point
  if (components.isCertain('day') && components.isCertain('month')) {
    const date: WrittenDate = {
      month: components.get('month') as number,
      day: components.get('day') as number
    }
    if (components.isCertain('year')) date.year = gregorianYear(components.get('year') as number)
    point.date = date
  }
  if (components.isCertain('hour')) {
    const clock: WrittenClock = {
      hour: components.get('hour') as number,
      minute: components.get('minute') ?? 0,
      // chrono calls the minute of `9 AM` certain; the text says whether minutes were written.
      hourOnly: !/\d\s?[:h.]\s?\d{2}/.test(result.text)
    }
    if (components.isCertain('second')) clock.second = components.get('second') as number
    point.clock = clock
  }
  if (components.isCertain('timezoneOffset')) {
    // Re-read the zone with our own table: chrono's differs for IST, BST, CST.
    const span = result.text
    const zone = zoneWithin(span)
    if (zone) point.zone = {...zone, start: zone.start + result.index, end: zone.end + result.index}
  }
  return point
}

/** The first zone inside a chrono span, looking only right after digits, AM/PM and spaces. */
function zoneWithin(span: string): ZoneMatch | undefined {
  // After a clock (`09:37`, `09:37:00.000`, `9 AM`), never after a date's digits (`2023-01-25`).
  const candidates =
    /(?:\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?(?![a-z]))?|\d\s*[ap]\.?m\.?(?![a-z]))\s*(?=\(?[A-Za-z+\-−])/gi
  for (const match of span.matchAll(candidates)) {
    const zone = readZone(span, (match.index ?? 0) + match[0].length)
    if (zone && offsetMayFollow(match[0], zone)) return zone
  }
  return undefined
}

/**
 * A bare offset glued to a clock is an offset only in ISO form: after
 * seconds (`09:37:00-08:00`), after a date joined by `T`
 * (`2026-06-01T22:13-05:00`), or with a plus (`22:13+02:00`, never a
 * range); `09:15-09:40` is a range. After a space (`12:00 +05:30`) or with
 * a prefix (`UTC-7`) it is always an offset.
 */
function offsetMayFollow(clock: string, zone: ZoneMatch): boolean {
  if (!/^[+\-−]/.test(zone.zone.name)) return true
  return (
    /\s$/.test(clock) ||
    /:\d{2}:\d{2}(?:\.\d+)?$/.test(clock) ||
    /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(clock) ||
    zone.zone.name.startsWith('+')
  )
}

function shift(match: ZoneMatch, by: number): ZoneMatch {
  return {...match, start: match.start + by, end: match.end + by}
}

interface Normalized {
  text: string
  unknownEndAt?: number
  unknownEndLength: number
}

/** A weekday, then `the 12th` with no month after it (`Wednesday, the 12th at 08:37`). */
const weekdayThenDayOfMonth =
  /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)(,?\s+the\s+\d{1,2}(?:st|nd|rd|th)\b)(?!,?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi

/** Rewrite forms chrono does not read into ones it does, keeping every offset. */
function normalize(head: string): Normalized {
  let text = head
    // `09:58 A configuration change`: an article, not a meridiem; so after a paragraph's number,
    // `4.9 A short message was posted`.
    .replace(/^(\d{1,2}[:.]\d{1,2}(?::\d{2})?\s+)([AaPp])(?=\s+[A-Za-z])/, '$1 ')
    // `20h45` is the French and Scandinavian way of writing 20:45.
    .replace(/\b(\d{1,2})h(\d{2})\b/g, '$1:$2')
    // `03-26 23:04`, `Tue 04-08 03:10`: a month and day without a year, read as `03/26`.
    .replace(
      /^((?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+)?(\d{2})-(\d{2})(?=[\s\]T])/i,
      '$1$2/$3'
    )
    // `12 March, 10.05`: a dotted clock after a day without its year, which chrono takes for the
    // year 2010 and stops at.
    .replace(
      /\b(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])/g,
      '$1$2:$3'
    )
    // `21st August 2025 02:12hrs`: the word for hours glued to the clock, which chrono takes for
    // an amount of `12hrs` and keeps only the hour; blanked, every offset kept.
    .replace(
      /\b(\d{1,2}:\d{2})(hrs|hr|hours)\b/gi,
      (_, clock: string, unit: string) => clock + ' '.repeat(unit.length)
    )
    // `2340H`, `0012H`, `0612h`: four figures and an H, a 24-hour clock.
    .replace(/\b([01]\d|2[0-3])([0-5]\d)[Hh](?![\w])/g, '$1:$2')
    // `2025.03.14 (Fri)`: the year first with dots, as Korea, Japan and Hungary write a day.
    .replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.]\d)/, '$1-$2-$3')
    // `2017/01/31`: chrono reads it, but not when a time follows with `-`.
    .replace(/[–—]/g, '-')
    // `June 15, 2025 · 4:12 PM ET`, `2025-06-15 • 16:12`, `14 Mar 2025 | 09:05`: a stamp's day and
    // its clock set apart by a dot or a bar, as a comma would.
    .replace(/(?<=\d)\s[·•|](?=\s+\d{1,2}[:.]\d{2})/g, ', ')
    // (`2:53 PM · Mar 9, 2025`: a post's clock, then its day, as X and Mastodon show them.)
    .replace(/(?<=\d\s?[AaPp]\.?[Mm]\.?|\d:\d\d)\s[·•](?=\s+[A-Za-z]{3,9}\.?\s+\d)/g, ', ')
    // `22 Aug 2025 05:52HKT`, `09 JAN 14:32Z`: a zone glued to the clock, which chrono takes for
    // no part of it and then reads only the hour; blanked here, it is read after the clock as any
    // zone chrono does not know is.
    .replace(
      /\b(\d{1,2}:\d{2}(?::\d{2})?)([A-Z]{2,5}|Z)\b/g,
      (whole, clock: string, zone: string) =>
        readZone(zone)?.end === zone.length ? clock + ' '.repeat(zone.length) : whole
    )
    // `13:55 PM`: a 24-hour clock with a meridiem that adds nothing; chrono refuses it.
    .replace(
      /\b(\d{1,2}:\d{2}(?::\d{2})?)(\s*[AaPp]\.?[Mm]\.?)(?![A-Za-z])/g,
      (whole, clock: string, meridiem: string) =>
        Number(clock.split(':')[0]) > 12 ? clock + ' '.repeat(meridiem.length) : whole
    )
  // `09:37:00-08:00`, `09:37 -08:00`: an offset chrono would read as the end of a range.
  const offset = /^\d{1,2}:\d{2}(?:(?::\d{2}(?:\.\d+)?)|\s+)(?=[+\-−]\d{2}:?\d{2}(?![\d:]))/.exec(
    text
  )
  if (offset) {
    const at = offset[0].length
    const length = /^[+\-−]\d{2}:?\d{2}/.exec(text.slice(at))?.[0].length ?? 0
    text = text.slice(0, at) + ' '.repeat(length) + text.slice(at + length)
  }
  const result: Normalized = {text, unknownEndLength: 0}
  const unknownEnd = /\s*(?:-|to|until|–)\s*(?:\d{1,2}:\?\?|\?\?:\?\?|--:--|\?{2,})/i.exec(text)
  if (unknownEnd) {
    result.unknownEndAt = unknownEnd.index
    result.unknownEndLength = unknownEnd[0].length
    text =
      text.slice(0, unknownEnd.index) +
      ' '.repeat(unknownEnd[0].length) +
      text.slice(unknownEnd.index + unknownEnd[0].length)
    result.text = text
  }
  return result
}
