/**
 * Resolve a time as written to an instant in UTC, taking what the text does
 * not say (date, zone, meaning of an ambiguous abbreviation) from context.
 */
import {DateTime} from 'luxon'
import type {DateSource, Precision, ResolvedTime, ZoneSource} from '../model.js'
import type {WrittenDate, WrittenPoint, WrittenTime} from './read-timestamp.js'
import {type LocalTime, pickCandidate, type Zone} from './zones.js'

/** A calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

/** What the surrounding report says about a time it does not say itself. */
export interface TimeContext {
  /** The day to use for a time written without a date. */
  day?: Day
  dateSource?: DateSource
  /** The year to use for a date written without one. */
  year?: number
  /** The zone to use for a time written without one. */
  zone?: Zone
  zoneSource?: ZoneSource
  /** The report's own zone (front matter or option), which picks the meaning of `IST`, `BST`, `CST`. */
  reference?: Zone
  /** How the report writes dates of two numbers (`04/05/2026`); month first when not said. */
  dayOrder?: 'day-first' | 'month-first'
  /**
   * Read a standard-time abbreviation written in summer (`PST` in July), or
   * the reverse, as the clock of that zone on the day (PDT) instead of its
   * fixed offset: when the report's own evidence says so.
   */
  wallClock?: ReadonlySet<string>
  /**
   * The instant of the entry before, in epoch milliseconds: a local time that happened twice
   * (clocks went back) is its second occurrence when only that one keeps the timeline in order.
   */
  after?: number
}

/** A problem found while resolving, to be reported at the entry's place. */
export interface TimeProblem {
  ruleId:
    | 'time-date-unknown'
    | 'time-zone-unknown'
    | 'time-zone-ambiguous'
    | 'time-zone-season'
    | 'time-impossible'
    | 'time-nonexistent'
    | 'time-repeated'
    | 'time-disagree'
    | 'time-unknown'
    | 'time-day-order'
  reason: string
  severity: 'warning' | 'info'
  /** For `time-zone-season`: the abbreviation written out of its season. */
  zone?: string
}

/** The result of resolving one written time. */
export interface Resolution {
  time: ResolvedTime
  /** The local day the time fell on, to carry to the next entry. */
  day?: Day
  /** The zone that was applied, to carry to the next entry. */
  zone?: Zone
  problems: TimeProblem[]
}

/** Abbreviations of a zone's standard and summer time, and the zone whose clocks they name. */
const seasonal: Readonly<Record<string, {iana: string; other: string; alsoUniversal?: boolean}>> = {
  PST: {iana: 'America/Los_Angeles', other: 'PDT'},
  PDT: {iana: 'America/Los_Angeles', other: 'PST'},
  MST: {iana: 'America/Denver', other: 'MDT'},
  MDT: {iana: 'America/Denver', other: 'MST'},
  CDT: {iana: 'America/Chicago', other: 'CST'},
  EST: {iana: 'America/New_York', other: 'EDT'},
  EDT: {iana: 'America/New_York', other: 'EST'},
  GMT: {iana: 'Europe/London', other: 'BST', alsoUniversal: true},
  AKST: {iana: 'America/Anchorage', other: 'AKDT'},
  AKDT: {iana: 'America/Anchorage', other: 'AKST'},
  CET: {iana: 'Europe/Berlin', other: 'CEST'},
  CEST: {iana: 'Europe/Berlin', other: 'CET'},
  EET: {iana: 'Europe/Athens', other: 'EEST'},
  EEST: {iana: 'Europe/Athens', other: 'EET'},
  AEST: {iana: 'Australia/Sydney', other: 'AEDT'},
  AEDT: {iana: 'Australia/Sydney', other: 'AEST'},
  NZST: {iana: 'Pacific/Auckland', other: 'NZDT'},
  NZDT: {iana: 'Pacific/Auckland', other: 'NZST'}
}

/**
 * Resolve a written time in its context.
 *
 * @example
 *   resolveTime(readTimestamp('2:45 AM PST') as WrittenTime, {day: {year: 2012, month: 12, day: 25}})
 *   // time.at === '2012-12-25T10:45:00Z'
 */
export function resolveTime(written: WrittenTime, context: TimeContext): Resolution {
  const problems: TimeProblem[] = []
  const start = resolvePoint(written, dayOfAlternative(written, context) ?? context, problems)
  const time: ResolvedTime = {
    at: start.at,
    text: written.text,
    zone: start.zone?.name ?? null,
    offset: start.offset ?? null,
    zoneSource: start.zoneSource,
    dateSource: start.dateSource,
    precision: start.precision,
    approximate: written.approximate,
    range: written.rangeEnd !== undefined
  }
  if (written.unknown && !written.clock) {
    problems.push({
      ruleId: 'time-unknown',
      severity: 'warning',
      reason: `Unexpected unknown time \`${written.text}\`, expected a time such as \`14:05 UTC\``
    })
  }

  if (written.rangeEnd) {
    if (written.rangeEnd.unknown) {
      time.end = null
      time.approximate = true
    } else {
      const endContext: TimeContext = {...context}
      if (start.day) endContext.day = start.day
      if (start.zone) endContext.zone = start.zone
      const end = resolvePoint(written.rangeEnd, endContext, [])
      let endAt = end.at
      // `23:00-01:00`: a range whose end is earlier on the clock ends the next day.
      if (endAt && start.at && !written.rangeEnd.date && endAt < start.at) {
        endAt = addDays(endAt, 1)
      }
      time.end = endAt
    }
  }

  // (A second writing without its own zone is in one the report names elsewhere, `server time (UTC)
  // in brackets`: nothing to check it against.)
  if (written.alternative?.zone && start.at) {
    const altContext: TimeContext = {...context}
    if (start.day) altContext.day = start.day
    const alternative = resolvePoint(written.alternative, altContext, [])
    if (alternative.at && !sameInstant(start.at, alternative.at, !written.alternative.date)) {
      problems.push({
        ruleId: 'time-disagree',
        severity: 'warning',
        reason: `Unexpected \`${written.alternative.text}\` beside \`${written.text.replace(/\s*\(.*$/, '')}\`, expected the same instant (${formatInstant(start.at)})`
      })
    }
  }
  problems.push(...start.problems)
  const resolution: Resolution = {time, problems}
  if (start.day) resolution.day = start.day
  if (start.zone) resolution.zone = start.zone
  return resolution
}

/**
 * `9:31 PM ET (01:31 UTC on Mar 12)`: a time whose date is written only with its conversion
 * beside it is on the day that puts it at the conversion's instant (11 March in New York).
 */
function dayOfAlternative(written: WrittenTime, context: TimeContext): TimeContext | undefined {
  const alternative = written.alternative
  if (written.date || !written.clock || !alternative?.date || !alternative.zone) return undefined
  const at = resolvePoint(alternative, context, []).at
  if (!at) return undefined
  const utc = Date.parse(at)
  for (const shift of [0, -1, 1]) {
    const moved = new Date(utc + shift * 86_400_000)
    const day = {
      year: moved.getUTCFullYear(),
      month: moved.getUTCMonth() + 1,
      day: moved.getUTCDate()
    }
    const candidate: TimeContext = {...context, day, dateSource: 'entry'}
    const point = resolvePoint(written, candidate, []).at
    if (point && sameInstant(point, at, false)) return candidate
  }
  return undefined
}

interface PointResult {
  at: string | null
  day?: Day
  zone?: Zone
  offset?: number
  zoneSource: ZoneSource
  dateSource: DateSource
  precision: Precision | null
  problems: TimeProblem[]
}

function resolvePoint(
  written: WrittenPoint & {text?: string},
  context: TimeContext,
  problems: TimeProblem[]
): PointResult {
  const result: PointResult = {
    at: null,
    zoneSource: 'assumed',
    dateSource: 'none',
    precision: null,
    problems: []
  }
  let day: Day | undefined
  if (written.date) {
    // `04/05/2026` in a report that writes its dates day first is 4 May.
    const swap = written.date.order === 'ambiguous' && context.dayOrder === 'day-first'
    const month = swap ? written.date.day : written.date.month
    const dayOfMonth = swap ? written.date.month : written.date.day
    const year = written.date.year ?? context.year ?? context.day?.year
    if (year === undefined) {
      problems.push({
        ruleId: 'time-date-unknown',
        severity: 'warning',
        reason: `Unexpected date \`${written.text ?? ''}\` without a year, expected a year in the text, the front matter \`date\` or a day heading`
      })
    } else {
      day = {year, month, day: dayOfMonth}
      result.dateSource = 'entry'
    }
  } else if (context.day) {
    day = context.day
    result.dateSource = context.dateSource ?? 'report'
  } else if (written.clock) {
    problems.push({
      ruleId: 'time-date-unknown',
      severity: 'warning',
      reason: `Unexpected time \`${written.text ?? ''}\` without a date, expected a date on the entry, a day heading above it, or \`date\` in the front matter`
    })
  }

  if (day && !validDay(day)) {
    problems.push({
      ruleId: 'time-impossible',
      severity: 'warning',
      reason: `Unexpected impossible date \`${formatDay(day)}\`, expected a day that exists in the calendar`
    })
    day = undefined
  }
  if (day) result.day = day

  if (written.unknown && !written.clock) return result

  // A date without a clock: the day itself, at UTC midnight, with day precision.
  if (day && !written.clock) {
    result.at = formatInstant(Date.UTC(day.year, day.month - 1, day.day))
    result.precision = 'day'
    if (written.zone) {
      result.zone = written.zone.zone
      result.zoneSource = 'entry'
    }
    return result
  }
  if (!day || !written.clock) return result

  const clock = written.clock
  result.precision = clock.second !== undefined ? 'second' : clock.hourOnly ? 'hour' : 'minute'
  // Field by field: a spread of `day` here was the slowest line of resolving a time.
  const local: LocalTime = {
    year: day.year,
    month: day.month,
    day: day.day,
    hour: clock.hour,
    minute: clock.minute,
    second: clock.second ?? 0
  }

  let zone: Zone
  if (written.zone) {
    zone = written.zone.zone
    result.zoneSource = 'entry'
  } else if (context.zone) {
    zone = context.zone
    result.zoneSource = context.zoneSource ?? 'report'
  } else {
    zone = {name: 'UTC', offset: 0}
    result.zoneSource = 'assumed'
    problems.push({
      ruleId: 'time-zone-unknown',
      severity: 'warning',
      reason: `Unexpected time \`${written.text ?? ''}\` without a zone, expected a zone on the entry, a statement such as \`All times UTC\`, or \`timezone\` in the front matter; read as UTC`
    })
  }

  if (zone.candidates) {
    const picked = context.reference
      ? pickCandidate(zone.candidates, context.reference, local)
      : undefined
    const chosen = picked ?? zone.candidates[0]
    if (chosen) {
      if (!picked) {
        problems.push({
          ruleId: 'time-zone-ambiguous',
          severity: 'warning',
          reason: `Unexpected ambiguous zone \`${zone.name}\`, expected \`timezone\` in the front matter or \`--timezone\` to say which is meant; read as ${chosen.label} (UTC${formatOffset(chosen.offset)})`
        })
      }
      zone = {name: zone.name, offset: chosen.offset}
    }
  }

  const season = seasonal[zone.name]
  if (season && zone.offset !== undefined) {
    // In the hour repeated when clocks go back, both offsets are right.
    const {valid} = placeLocal(season.iana, local)
    if (valid.length > 0 && !valid.includes(zone.offset)) {
      const clock = valid[0] as number
      if (context.wallClock?.has(zone.name)) {
        problems.push({
          ruleId: 'time-zone-season',
          zone: zone.name,
          severity: 'info',
          reason: `Inferred \`${zone.name}\` on ${formatDay(day)} to mean the clock there, ${season.other} (UTC${formatOffset(clock)}), as the report's other times show; read as UTC${formatOffset(clock)}`
        })
        zone = {name: zone.name, offset: clock}
      } else if (season.alsoUniversal) {
        // `GMT` is also the name of UTC itself: read as written without a warning, but open to
        // the report's evidence that it means London's clock.
        problems.push({
          ruleId: 'time-zone-season',
          zone: zone.name,
          severity: 'info',
          reason: `Read \`${zone.name}\` on ${formatDay(day)} as UTC${formatOffset(zone.offset)}, as written; clocks in London showed ${season.other} (UTC${formatOffset(clock)})`
        })
      } else {
        problems.push({
          ruleId: 'time-zone-season',
          zone: zone.name,
          severity: 'warning',
          reason: `Unexpected \`${zone.name}\` on ${formatDay(day)}, when clocks there show ${season.other} (UTC${formatOffset(clock)}); read as UTC${formatOffset(zone.offset)} as written`
        })
      }
    }
  }

  let offset = zone.offset
  if (zone.iana) {
    const placed = placeLocal(zone.iana, local)
    offset = placed.offset
    if (placed.kind === 'gap') {
      problems.push({
        ruleId: 'time-nonexistent',
        severity: 'warning',
        reason: `Unexpected \`${written.text ?? ''}\`, a local time that did not exist in ${zone.iana} (clocks went forward); read as UTC${formatOffset(offset)}`
      })
    } else if (placed.kind === 'repeated') {
      const {naive} = placed
      const second = Math.min(...placed.valid)
      // (`01:53` then `01:05` on the night the clocks went back: the second 01:05.)
      if (
        context.after !== undefined &&
        naive - offset * 60_000 < context.after &&
        naive - second * 60_000 >= context.after
      ) {
        offset = second
        problems.push({
          ruleId: 'time-repeated',
          severity: 'info',
          reason: `Inferred \`${written.text ?? ''}\`, a local time that happened twice in ${zone.iana} (clocks went back), to be the second (UTC${formatOffset(offset)}): the first is before the entry above`
        })
      } else
        problems.push({
          ruleId: 'time-repeated',
          severity: 'warning',
          reason: `Unexpected \`${written.text ?? ''}\`, a local time that happened twice in ${zone.iana} (clocks went back), expected an offset or zone abbreviation to tell which; read as the first (UTC${formatOffset(offset)})`
        })
    }
  }
  if (offset === undefined) return result
  result.zone = zone
  result.offset = offset
  result.at = formatInstant(
    Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) -
      offset * 60_000
  )
  return result
}

/**
 * The offset of a local time in an IANA zone, and whether that local time
 * fell in a gap (clocks went forward) or happened twice (clocks went back).
 * A repeated time is read as its first occurrence; a time in a gap with the
 * offset from before the gap.
 */
function placeLocal(
  iana: string,
  local: LocalTime
): {offset: number; kind: 'ok' | 'gap' | 'repeated'; valid: number[]; naive: number} {
  const naive = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second
  )
  const before = zoneOffset(iana, naive - 86_400_000 / 2)
  const after = zoneOffset(iana, naive + 86_400_000 / 2)
  // The offsets in force around the local time that give back that local time.
  const valid: number[] = []
  if (zoneOffset(iana, naive - before * 60_000) === before) valid.push(before)
  if (after !== before && zoneOffset(iana, naive - after * 60_000) === after) valid.push(after)
  if (valid.length === 0) return {offset: before, kind: 'gap', valid, naive}
  // The first occurrence is the one with the larger offset (the earlier instant).
  const offset = Math.max(...valid)
  return {offset, kind: valid.length > 1 ? 'repeated' : 'ok', valid, naive}
}

/**
 * Per IANA zone, offsets by UTC day (number keys: no string to build): the
 * day's offset when it is the same at both ends of the day, else `NaN`, and
 * the offsets of such days by quarter hour.
 */
const offsets = new Map<string, {days: Map<number, number>; quarters: Map<number, number>}>()
let cachedOffsets = 0

const dayMs = 86_400_000
const quarterMs = 900_000

/**
 * The offset of an IANA zone at an instant. luxon's lookup (Intl
 * formatting) is the slow part of resolving a time, so it is kept: a day
 * whose offset is the same at its start and at its end has that offset
 * throughout (no zone changes its offset twice in a day), and a day with a
 * change is looked up by quarter hour, the finest step offsets change on.
 */
function zoneOffset(iana: string, ms: number): number {
  let zone = offsets.get(iana)
  if (!zone || cachedOffsets >= 65_536) {
    if (cachedOffsets >= 65_536) {
      offsets.clear()
      cachedOffsets = 0
    }
    zone = {days: new Map(), quarters: new Map()}
    offsets.set(iana, zone)
  }
  const day = Math.floor(ms / dayMs)
  let offset = zone.days.get(day)
  if (offset === undefined) {
    const start = lookUpOffset(iana, day * dayMs)
    offset = start === lookUpOffset(iana, (day + 1) * dayMs - 1) ? start : Number.NaN
    zone.days.set(day, offset)
    cachedOffsets++
  }
  if (!Number.isNaN(offset)) return offset
  const quarter = Math.floor(ms / quarterMs)
  let exact = zone.quarters.get(quarter)
  if (exact === undefined) {
    exact = lookUpOffset(iana, ms)
    zone.quarters.set(quarter, exact)
    cachedOffsets++
  }
  return exact
}

function lookUpOffset(iana: string, ms: number): number {
  return DateTime.fromMillis(ms, {zone: iana}).offset
}

function validDay(day: Day): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false
  return day.day <= new Date(Date.UTC(day.year, day.month, 0)).getUTCDate()
}

function sameInstant(a: string, b: string, moduloDay: boolean): boolean {
  const difference = Math.abs(Date.parse(a) - Date.parse(b))
  if (difference < 60_000) return true
  // `20:07 EDT (00:07 UTC)`: the UTC clock is already on the next day.
  return moduloDay && Math.abs(difference - 86_400_000) < 60_000
}

/** Format epoch milliseconds or an ISO string as `2017-02-28T17:37:00Z`. */
export function formatInstant(instant: number | string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  // `toISOString` always ends in milliseconds and `Z`: `2017-02-28T17:37:00.000Z`.
  return `${new Date(ms).toISOString().slice(0, -5)}Z`
}

/** Add whole days to an ISO instant. */
export function addDays(instant: string, days: number): string {
  return formatInstant(Date.parse(instant) + days * 86_400_000)
}

/** Format a day as `YYYY-MM-DD`. */
export function formatDay(day: Day | WrittenDate): string {
  const year = day.year === undefined ? '????' : String(day.year).padStart(4, '0')
  return `${year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

/** Format an offset in minutes as `+05:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** The next calendar day. */
export function nextDay(day: Day): Day {
  return daysFrom(day, 1)
}

/**
 * The calendar day before a day as written, its other fields kept; without its year, counted in
 * a leap year (the day before 1 March may be 29 February) and left without one.
 */
export function previousDay(date: WrittenDate): WrittenDate {
  return daysFrom(date, -1)
}

function daysFrom<T extends WrittenDate>(date: T, days: number): T {
  const at = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day + days))
  const moved: T = {...date, month: at.getUTCMonth() + 1, day: at.getUTCDate()}
  if (date.year !== undefined) moved.year = at.getUTCFullYear()
  return moved
}
