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
import {strict as chrono, type ParsedResult} from 'chrono-node/en'
import {readZone, type ZoneMatch} from './zones.js'

/** A calendar date as written; `year` is absent when not written. */
export interface WrittenDate {
  year?: number
  month: number
  day: number
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
  /** A second writing of the same time in parentheses (`(17:14 UTC)`). */
  alternative?: WrittenPoint & {text: string}
}

/** Something that looks like a time but is not a possible one (`25:61`, `30 February`). */
export interface ImpossibleTime {
  impossible: true
  text: string
  start: number
  end: number
}

const leadIn =
  /^[\s>*_[(]*(?:(?:at|on|around|about|approx(?:imately|\.)?|circa|ca\.|c\.|roughly|update(?:d)?|since|from|by|shortly\s+(?:after|before)|just\s+(?:after|before)|some\s?time\s+(?:after|before)|~|≈|±|\+\/-|\+-)[\s:,]*)*/i
const approximateLeadIn =
  /~|≈|±|\+\/?-|around|about|approx|circa|ca\.|c\.|roughly|shortly|just|some\s?time/i
const unknownClock = /^(?:--?:--?|\?\?:\?\?|\?{2,}|xx:xx|hh:mm|tbd|unknown)/i
const unknownAfterDate = /^[\sT]*(?:--?:--?|\?\?:\?\?|\?{2,}|xx:xx|hh:mm)\]?/i
const looksLikeTime =
  /^(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/i
const separator = /^[\s\])*_]*(?:(?:[-–—:|,]|\.(?=\s))+(?=\s|$|\*|_))?[\s*_]*/
const maxScan = 96

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
  const lead = leadIn.exec(text)?.[0] ?? ''
  const start = lead.length
  const qualifier = approximateLeadIn.exec(lead)
  const approximate = qualifier !== null
  // The written time keeps its qualifier (`~10:45`, `around 5 p.m.`), not other lead-in words (`At`).
  const qualifierStart = qualifier ? qualifier.index : start
  const head = text.slice(start, start + maxScan)

  const unknown = unknownClock.exec(head)
  if (unknown) {
    const end = start + unknown[0].length
    return finish(text, qualifierStart, start, end, {unknown: true}, approximate)
  }

  const normalized = normalize(head)
  let first = parseFirst(normalized.text)
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
  // chrono stops before a zone it does not know (`Denver`, `+05:30` after a space).
  const zoneInside = point.zone
  if (!zoneInside) {
    const after = readZone(text, end)
    if (after && after.start - end <= 1) {
      point.zone = after
      end = after.end
    }
  } else {
    point.zone = shift(zoneInside, start)
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
  // `21:45 to 23:28 UTC`: a zone written once belongs to both ends.
  if (rangeEnd && !rangeEnd.zone && point.zone) rangeEnd.zone = point.zone
  if (rangeEnd && !point.zone && rangeEnd.zone) point.zone = rangeEnd.zone
  return finish(text, qualifierStart, start, end, {...point, rangeEnd}, approximate)
}

function finish(
  text: string,
  qualifierStart: number,
  start: number,
  end: number,
  point: WrittenPoint & {rangeEnd?: WrittenPoint | undefined},
  approximate: boolean
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
  let alternative: (WrittenPoint & {text: string}) | undefined
  const paren = /^\s*\(([^()]{1,60})\)/.exec(text.slice(cursor))
  if (paren) {
    const inner = readTimestamp(paren[1] as string)
    if (inner && !('impossible' in inner) && inner.end >= (paren[1] as string).trim().length - 1) {
      cursor += paren[0].length
      // `22:30 UTC (Oct 29)`: a date in parentheses completes the time, it is not a second time.
      if (!inner.clock && inner.date && !point.date) point.date = inner.date
      else alternative = {...inner, text: inner.text}
    }
  }
  const written = text.slice(qualifierStart, cursor).trim()
  const sep = separator.exec(text.slice(cursor))?.[0] ?? ''
  const {rangeEnd, ...rest} = point
  const time: WrittenTime = {
    ...rest,
    start,
    end: cursor + sep.length,
    text: written.replace(/[\s*_]+$/, ''),
    approximate: isApproximate || Boolean(point.rangeEnd?.unknown && point.clock)
  }
  if (rangeEnd) time.rangeEnd = rangeEnd
  if (alternative) time.alternative = alternative
  return time
}

function parseFirst(text: string): ParsedResult | undefined {
  return chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0]
}

function isRelative(result: ParsedResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith('result/relative')) return true
  return false
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
    if (components.isCertain('year')) date.year = components.get('year') as number
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
    /(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?(?![a-z]))?|\d\s*[ap]\.?m\.?(?![a-z]))\s*(?=\(?[A-Za-z+\-−])/gi
  for (const match of span.matchAll(candidates)) {
    const zone = readZone(span, (match.index ?? 0) + match[0].length)
    if (zone) return zone
  }
  return undefined
}

function shift(match: ZoneMatch, by: number): ZoneMatch {
  return {...match, start: match.start + by, end: match.end + by}
}

interface Normalized {
  text: string
  unknownEndAt?: number
  unknownEndLength: number
}

/** Rewrite forms chrono does not read into ones it does, keeping every offset. */
function normalize(head: string): Normalized {
  let text = head
    // `20h45` is the French and Scandinavian way of writing 20:45.
    .replace(/\b(\d{1,2})h(\d{2})\b/g, '$1:$2')
    // `03-26 23:04`: a month and day without a year, read as `03/26`.
    .replace(/^(\d{2})-(\d{2})(?=[\s\]T])/, '$1/$2')
    // `2017/01/31`: chrono reads it, but not when a time follows with `-`.
    .replace(/[–—]/g, '-')
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
