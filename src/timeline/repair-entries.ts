/**
 * What the entries around an entry say of its instant, once every entry is
 * resolved: a date kept while the clock went past midnight, a year typed
 * wrong, a sentence naming a timeline entry's clock time again, entries out
 * of order.
 */
import type {PlacedProblem, ResolvedTime, TimelineEntry} from '../model.js'
import {addDays, type Day, formatDay, formatInstant} from '../time/resolve-time.js'

const twelveHours = 12 * 3_600_000

/**
 * `[03-26 23:04]` followed by `[03-26 02:50]`: the writer kept the date while
 * the clock went past midnight. When the report's own day is that date, the
 * evening entries belong to the day before; otherwise the morning ones to the
 * day after.
 */
export function repairMisdated(
  entries: TimelineEntry[],
  days: Array<Day | undefined>,
  reportDay: Day | undefined,
  problems: PlacedProblem[]
): void {
  const timed = entries
    .map((_, index) => index)
    .filter(
      (index) =>
        entries[index]?.time?.dateSource === 'entry' &&
        entries[index]?.at &&
        days[index] !== undefined
    )
  for (let position = 1; position < timed.length; position++) {
    const later = timed[position] as number
    const earlier = timed[position - 1] as number
    const laterDay = days[later]
    const earlierDay = days[earlier]
    const laterAt = entries[later]?.at
    const earlierAt = entries[earlier]?.at
    if (!laterDay || !earlierDay || !laterAt || !earlierAt) continue
    if (formatDay(laterDay) !== formatDay(earlierDay)) continue
    if (Date.parse(laterAt) >= Date.parse(earlierAt) - twelveHours) continue
    const writtenDay = formatDay(laterDay)
    if (reportDay && formatDay(reportDay) === writtenDay) {
      for (let back = position - 1; back >= 0; back--) {
        const index = timed[back] as number
        const entry = entries[index] as TimelineEntry
        if (formatDay(days[index] as Day) !== writtenDay || !entry.at || entry.at <= laterAt) break
        shift(entry, -1, writtenDay, 'the day before', problems)
      }
    } else {
      for (let forward = position; forward < timed.length; forward++) {
        const index = timed[forward] as number
        const entry = entries[index] as TimelineEntry
        if (formatDay(days[index] as Day) !== writtenDay || !entry.at || entry.at >= earlierAt)
          break
        shift(entry, 1, writtenDay, 'the day after', problems)
      }
    }
  }
}

function shift(
  entry: TimelineEntry,
  days: number,
  writtenDay: string,
  which: string,
  problems: PlacedProblem[]
): void {
  if (!entry.at || !entry.time) return
  entry.at = addDays(entry.at, days)
  entry.time.at = entry.at
  if (entry.time.end) entry.time.end = addDays(entry.time.end, days)
  entry.time.dateSource = 'rollover'
  problems.push({
    ruleId: 'timeline-misdated',
    severity: 'warning',
    reason: `Unexpected \`${entry.time.text}\` dated ${writtenDay} among entries of that day that go past midnight, expected the date to move on; read as ${which} (${entry.at})`,
    place: entry.place
  })
}

/**
 * `2022-01-11 14:40` between entries of 2023-01-11: a year typed wrong.
 * When the entries before and after it in its timeline are of one year, and
 * that year puts it between them, it is read in that year, with a warning.
 */
export function repairYear(
  entries: TimelineEntry[],
  groups: Array<number | undefined>,
  problems: PlacedProblem[]
): void {
  const dated = entries
    .map((_, index) => index)
    .filter(
      (index) =>
        groups[index] !== undefined &&
        entries[index]?.at &&
        entries[index]?.time?.dateSource === 'entry'
    )
  for (let position = 1; position < dated.length - 1; position++) {
    const entry = entries[dated[position] as number] as TimelineEntry
    const before = entries[dated[position - 1] as number] as TimelineEntry
    const after = entries[dated[position + 1] as number] as TimelineEntry
    const index = dated[position] as number
    if (groups[index] !== groups[dated[position - 1] as number]) continue
    if (groups[index] !== groups[dated[position + 1] as number]) continue
    const year = (entry.at as string).slice(0, 4)
    const around = (before.at as string).slice(0, 4)
    if (year === around || (after.at as string).slice(0, 4) !== around) continue
    const moved = new Date(entry.at as string)
    moved.setUTCFullYear(Number(around))
    const at = formatInstant(moved.getTime())
    if (at < (before.at as string) || at > (after.at as string)) continue
    const shift = moved.getTime() - Date.parse(entry.at as string)
    problems.push({
      ruleId: 'timeline-year',
      severity: 'warning',
      reason: `Unexpected \`${entry.time?.text ?? ''}\` among entries of ${around}, expected the year of the entries around it; read as ${at}`,
      place: entry.place
    })
    entry.at = at
    if (entry.time) {
      entry.time.at = at
      if (entry.time.end) entry.time.end = formatInstant(Date.parse(entry.time.end) + shift)
    }
  }
}

/**
 * A time outside the timeline that names again, without a date, a clock
 * time of the timeline (`the workflows were switched off at 5:02 PM PST`)
 * means that entry's moment: it takes the day of the one timeline entry
 * with that clock time in that zone, when only one has it.
 */
export function sameTimeAsTimeline(
  entries: TimelineEntry[],
  groups: Array<number | undefined>
): void {
  const byClock = new Map<string, TimelineEntry | null>()
  const clockOf = (entry: TimelineEntry) => {
    const time = entry.time
    if (!time?.at || time.offset === null || time.precision === 'day') return undefined
    const local = new Date(Date.parse(time.at) + time.offset * 60_000).toISOString().slice(11, 16)
    // (A named zone's clock, whatever its offset: `01:37` in Europe/London on the night the clocks
    // went back is the timeline's second 01:37.)
    return `${local} ${time.zone?.includes('/') ? time.zone : time.offset}`
  }
  // (A paragraph among the timeline's rows, `Note: the pager shows "resolved" at 13.12 ... declared
  // resolved at 14.10`, names the rows' clocks again as a sentence outside it does.)
  // (Not a second time in a row's own words, `the reboot at 02:10hrs caused it`, on the row's line.)
  const rowLines = new Set(
    entries.filter((entry) => entry.kind !== 'prose').map((entry) => entry.place.line)
  )
  const told = (entry: TimelineEntry) =>
    entry.origin !== 'timeline' || (entry.kind === 'prose' && !rowLines.has(entry.place.line))
  for (const [index, entry] of entries.entries()) {
    if (groups[index] === undefined || told(entry)) continue
    const key = clockOf(entry)
    if (key === undefined) continue
    const known = byClock.get(key)
    // Two entries at that clock on different days: which one a sentence means is not told.
    if (known === undefined) byClock.set(key, entry)
    else if (known && known.at?.slice(0, 10) !== entry.at?.slice(0, 10)) byClock.set(key, null)
  }
  // (Prose entries on the same or the next line, one after another, stand in one paragraph.)
  const paragraph = new Map<TimelineEntry, number>()
  let count = 0
  const written = [...entries].sort((a, b) => a.index - b.index)
  for (const [index, entry] of written.entries()) {
    const before = written[index - 1]
    const apart =
      before?.kind !== 'prose' ||
      entry.kind !== 'prose' ||
      before.origin !== entry.origin ||
      entry.place.line - before.place.line > 1
    if (apart) count++
    paragraph.set(entry, count)
  }
  /** The shift of each paragraph whose clock was moved to its timeline entry's day. */
  const shifted = new Map<number, number>()
  const unmoved: TimelineEntry[] = []
  for (const entry of entries) {
    const time = entry.time
    if (!told(entry) || !time?.at || entry.kind === 'field') continue
    if (time.dateSource === 'entry' || time.dateSource === 'relative') continue
    const key = clockOf(entry)
    const same = key === undefined ? undefined : byClock.get(key)
    if (!same?.at) {
      // (A clock written as one, not `4 minutes after the errors started`, counted from another.)
      if (unsaidDay.has(time.dateSource) && /\d[:.h]\d\d/.test(time.text)) unmoved.push(entry)
      continue
    }
    if (same.at === time.at) continue
    const shift = Date.parse(same.at) - Date.parse(time.at)
    toTimelineDay(entry, time, shift)
    if (shift % oneDay === 0) shifted.set(paragraph.get(entry) ?? -1, shift)
  }
  // (`the pager shows "resolved" at 13.12 ... declared resolved at 14.10`: a clock told in the same
  // words as one the timeline has is on that one's day too.)
  for (const entry of unmoved) {
    const shift = shifted.get(paragraph.get(entry) ?? -1)
    if (shift !== undefined && entry.time) toTimelineDay(entry, entry.time, shift)
  }
}

/**
 * A clock told without a day outside the timeline (`all purchases were delivered by 21:30`, in the
 * impact after a timeline that ran from one evening to the next morning) is on the timeline's day
 * that puts it inside the timeline's span, when the day it took puts it outside, after or before
 * all the timeline's entries, and a day before or after puts it inside.
 */
export function withinTimeline(entries: TimelineEntry[], groups: Array<number | undefined>): void {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (const [index, entry] of entries.entries()) {
    if (groups[index] === undefined || entry.origin !== 'timeline') continue
    if (!entry.at || entry.time?.precision === 'day') continue
    const at = Date.parse(entry.at)
    first = Math.min(first, at)
    last = Math.max(last, at)
  }
  // (A timeline within one day leaves no other day to choose.)
  if (!(last - first > 0) || dayOf(first) === dayOf(last)) return
  for (const [index, entry] of entries.entries()) {
    const time = entry.time
    if (groups[index] !== undefined || entry.origin === 'timeline' || !time?.at) continue
    if (entry.kind === 'field' || entry.origin === 'front-matter' || time.precision === 'day')
      continue
    if (!unsaidDay.has(time.dateSource)) continue
    const at = Date.parse(time.at)
    if (at >= first && at <= last) continue
    const shift = at > last ? -oneDay : oneDay
    if (at + shift < first || at + shift > last) continue
    toTimelineDay(entry, time, shift)
  }
}

/** Move an entry's time by `shift` milliseconds, to the day the timeline gives it. */
function toTimelineDay(entry: TimelineEntry, time: ResolvedTime, shift: number): void {
  const at = formatInstant(Date.parse(time.at as string) + shift)
  entry.at = at
  time.at = at
  if (time.end) time.end = formatInstant(Date.parse(time.end) + shift)
  time.dateSource = 'timeline'
}

/** Where a day came from that the time's own words did not say. */
const unsaidDay = new Set<string>(['previous', 'heading', 'report'])
const oneDay = 86_400_000
const dayOf = (at: number) => Math.floor(at / oneDay)

/** Entries out of chronological order within one timeline (a section, or a timed list or table). */
export function checkOrder(
  entries: TimelineEntry[],
  groups: Array<number | undefined>,
  problems: PlacedProblem[]
): void {
  const previous = new Map<number, TimelineEntry>()
  for (const [index, entry] of entries.entries()) {
    const group = groups[index]
    if (group === undefined || !entry.at || !entry.time) continue
    const before = previous.get(group)
    if (before?.at && entry.at < before.at) {
      problems.push({
        ruleId: 'timeline-order',
        severity: 'warning',
        reason: `Unexpected \`${entry.time.text}\` (${entry.at}) after \`${before.time?.text ?? ''}\` (${before.at}) on line ${before.line}, expected entries in chronological order`,
        place: entry.place
      })
    }
    previous.set(group, entry)
  }
}
