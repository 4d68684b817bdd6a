import {readTimestamp} from './read-timestamp.js'
import {type Day, type Resolution, resolveTime, type TimeContext} from './resolve-time.js'
import {parseZoneName} from './zones.js'

/** Options of `resolveInstant`: what a report would say around the text. */
export interface ResolveInstantOptions {
  /** Day for a time written without a date, `YYYY-MM-DD`. */
  date?: string
  /** Zone for a time written without one: an IANA name, abbreviation or offset. */
  zone?: string
  /** The report's own IANA zone, which picks the meaning of `IST`, `BST`, `CST`. */
  timezone?: string
}

/**
 * Read the time at the start of `text` and resolve it to UTC.
 * Undefined when the text does not start with a time.
 *
 * @example
 *   resolveInstant('Dec 24, 2012 12:24 PM PST')?.time.at // '2012-12-24T20:24:00Z'
 *   resolveInstant('23:58', {date: '2018-10-15', zone: 'UTC'})?.time.at // '2018-10-15T23:58:00Z'
 */
export function resolveInstant(
  text: string,
  options: ResolveInstantOptions = {}
): Resolution | undefined {
  const written = readTimestamp(text)
  if (!written || 'impossible' in written) return undefined
  const context: TimeContext = {}
  if (options.date) {
    const day = parseDay(options.date)
    if (day) {
      context.day = day
      context.dateSource = 'report'
      context.year = day.year
    }
  }
  const zone = options.zone ? parseZoneName(options.zone) : undefined
  if (zone) {
    context.zone = zone
    context.zoneSource = 'option'
  }
  const reference = options.timezone ? parseZoneName(options.timezone) : undefined
  if (reference) context.reference = reference
  return resolveTime(written, context)
}

/** Parse `YYYY-MM-DD` (a longer ISO string is cut to its day). */
export function parseDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!match) return undefined
  return {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
}
