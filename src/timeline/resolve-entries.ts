/**
 * Resolve the entries of one timeline in written order, carrying the day and
 * the zone from entry to entry the way a reader does: a day heading sets the
 * day; a time that goes back past midnight moves to the next day; a zone
 * written once holds until another is written.
 */
import type {Place, TimelineEntry, ZoneSource} from '../model.js'
import type {WrittenTime} from '../time/read-timestamp.js'
import {
  addDays,
  type Day,
  formatDay,
  nextDay,
  resolveTime,
  type TimeContext,
  type TimeProblem
} from '../time/resolve-time.js'
import type {Zone} from '../time/zones.js'
import type {TimelineEvent} from './extract-entries.js'

/** What the report says around its timeline. */
export interface TimelineContext {
  /** The report's day: front matter `date`, a date in the title, or a `Date:` line. */
  day?: Day
  /** Zone stated in the report (`All times UTC`). */
  statedZone?: Zone
  /** Zone of the front matter `timezone`. */
  frontMatterZone?: Zone
  /** Zone given by the caller (`--timezone`). */
  optionZone?: Zone
}

/** A problem with its place, ready to become a message. */
export interface PlacedProblem {
  ruleId: string
  reason: string
  severity: 'warning' | 'info'
  place: Place
}

const twelveHours = 12 * 3_600_000
/** Zone problems are said once per timeline, not on every entry. */
const oncePerTimeline = new Set(['time-zone-unknown', 'time-zone-ambiguous', 'time-zone-season'])

/**
 * Resolve timeline events to entries.
 *
 * @example
 *   resolveEntries(extractEntries(outline(tree), source), {day: {year: 2018, month: 10, day: 15}})
 */
export function resolveEntries(
  events: TimelineEvent[],
  context: TimelineContext
): {entries: TimelineEntry[]; problems: PlacedProblem[]} {
  const entries: TimelineEntry[] = []
  const days: Array<Day | undefined> = []
  const problems: PlacedProblem[] = []
  const seen = new Map<string, PlacedProblem & {count: number}>()
  const report = (problem: Omit<TimeProblem, 'ruleId'> & {ruleId: string}, place: Place) => {
    // Said once per timeline: an unknown zone at all, and each ambiguous or out-of-season zone.
    const key = oncePerTimeline.has(problem.ruleId)
      ? problem.ruleId === 'time-zone-unknown'
        ? problem.ruleId
        : `${problem.ruleId}:${problem.reason.split('`')[1] ?? ''}`
      : undefined
    const earlier = key === undefined ? undefined : seen.get(key)
    if (earlier) {
      earlier.count++
      return
    }
    const placed = {...problem, place, count: 1}
    if (key !== undefined) seen.set(key, placed)
    problems.push(placed)
  }

  let day = context.day
  let dateSource: TimeContext['dateSource'] = 'report'
  let carried: Zone | undefined
  /** The instant of the entry before, in epoch milliseconds. */
  let previousAt: number | undefined

  for (const event of events) {
    if (event.type === 'day') {
      const year = event.date.year ?? inferYear(event.date, context.day ?? day)
      if (year !== undefined) {
        day = {year, month: event.date.month, day: event.date.day}
        dateSource = 'heading'
      }
      continue
    }
    const timelineEntry: TimelineEntry = {
      at: null,
      text: event.text,
      kind: event.kind,
      markers: event.markers,
      index: entries.length,
      line: event.place.line,
      column: event.place.column,
      place: event.place
    }
    if (event.cells) timelineEntry.cells = event.cells
    if (event.impossible) {
      report(
        {
          ruleId: 'time-impossible',
          severity: 'warning',
          reason: `Unexpected impossible time \`${event.impossible.text}\`, expected a real clock time (00:00 to 23:59) on a real day`
        },
        event.place
      )
    }
    if (!event.written) {
      if (!event.impossible) {
        report(
          {
            ruleId: 'timeline-entry-untimed',
            severity: 'warning',
            reason: `Unexpected timeline entry without a time (\`${clip(event.text)}\`), expected it to start with a time such as \`14:05 UTC\``
          },
          event.place
        )
      }
      entries.push(timelineEntry)
      days.push(undefined)
      continue
    }

    const written = withYear(event.written, context.day ?? day)
    const zoneChoice = chooseZone(event.sectionZone, context, carried)
    const timeContext: TimeContext = {dateSource}
    if (day) {
      timeContext.day = day
      timeContext.year = day.year
    }
    if (zoneChoice) {
      timeContext.zone = zoneChoice.zone
      timeContext.zoneSource = zoneChoice.source
    }
    const reference = context.frontMatterZone ?? context.optionZone
    if (reference) timeContext.reference = reference

    let resolution = resolveTime(written, timeContext)
    let at = resolution.time.at ? Date.parse(resolution.time.at) : undefined
    // 23:58 then 00:40: a time-only entry that goes back more than twelve hours is on the next day.
    if (
      day &&
      !written.date &&
      dateSource !== 'heading' &&
      at !== undefined &&
      previousAt !== undefined &&
      at < previousAt - twelveHours
    ) {
      const rolled = nextDay(day)
      resolution = resolveTime(written, {...timeContext, day: rolled, dateSource: 'rollover'})
      at = resolution.time.at ? Date.parse(resolution.time.at) : undefined
      report(
        {
          ruleId: 'timeline-rollover',
          severity: 'info',
          reason: `Inferred \`${written.text}\` to be on ${formatDay(rolled)}, the day after the entry above (the clock went past midnight)`
        },
        event.place
      )
    }
    for (const problem of resolution.problems) report(problem, event.place)

    timelineEntry.at = resolution.time.at
    timelineEntry.time = resolution.time
    entries.push(timelineEntry)
    days.push(resolution.day)
    if (written.zone) carried = written.zone.zone
    if (resolution.day) {
      day = resolution.day
      dateSource = 'previous'
    }
    if (at !== undefined) previousAt = at
  }

  repairMisdated(entries, days, context.day, problems)
  checkOrder(entries, problems)
  for (const problem of problems) {
    const count = (problem as PlacedProblem & {count?: number}).count ?? 1
    if (count > 1)
      problem.reason += ` (also on ${count - 1} more ${count === 2 ? 'entry' : 'entries'})`
    delete (problem as {count?: number}).count
  }
  return {entries, problems}
}

function chooseZone(
  sectionZone: Zone | undefined,
  context: TimelineContext,
  carried: Zone | undefined
): {zone: Zone; source: ZoneSource} | undefined {
  if (sectionZone) return {zone: sectionZone, source: 'section'}
  if (context.statedZone) return {zone: context.statedZone, source: 'report'}
  if (context.frontMatterZone) return {zone: context.frontMatterZone, source: 'front-matter'}
  if (carried) return {zone: carried, source: 'carried'}
  if (context.optionZone) return {zone: context.optionZone, source: 'option'}
  return undefined
}

/** A date written without a year takes the report's year, or the year before when that puts it months ahead of the report. */
function withYear(written: WrittenTime, reference: Day | undefined): WrittenTime {
  const fill = (date: WrittenTime['date']) => {
    if (!date || date.year !== undefined) return date
    const year = inferYear(date, reference)
    return year === undefined ? date : {...date, year}
  }
  const date = fill(written.date)
  if (date === written.date) return written
  const copy: WrittenTime = {...written}
  if (date) copy.date = date
  if (written.rangeEnd?.date) {
    const end = fill(written.rangeEnd.date)
    if (end) copy.rangeEnd = {...written.rangeEnd, date: end}
  }
  return copy
}

function inferYear(
  date: {month: number; day: number},
  reference: Day | undefined
): number | undefined {
  if (!reference) return undefined
  const sameYear = Date.UTC(reference.year, date.month - 1, date.day)
  const referenceTime = Date.UTC(reference.year, reference.month - 1, reference.day)
  // `[12-05 16:21]` in a report of March: December of the year before.
  return sameYear - referenceTime > 60 * 86_400_000 ? reference.year - 1 : reference.year
}

/**
 * `[03-26 23:04]` followed by `[03-26 02:50]`: the writer kept the date while
 * the clock went past midnight. When the report's own day is that date, the
 * evening entries belong to the day before; otherwise the morning ones to the
 * day after.
 */
function repairMisdated(
  entries: TimelineEntry[],
  days: Array<Day | undefined>,
  reportDay: Day | undefined,
  problems: PlacedProblem[]
): void {
  const timed = entries
    .map((_, index) => index)
    .filter((index) => entries[index]?.time?.dateSource === 'entry' && entries[index]?.at)
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

function checkOrder(entries: TimelineEntry[], problems: PlacedProblem[]): void {
  let previous: TimelineEntry | undefined
  for (const entry of entries) {
    if (!entry.at || !entry.time) continue
    if (previous?.at && entry.at < previous.at) {
      problems.push({
        ruleId: 'timeline-order',
        severity: 'warning',
        reason: `Unexpected \`${entry.time.text}\` (${entry.at}) after \`${previous.time?.text ?? ''}\` (${previous.at}) on line ${previous.line}, expected entries in chronological order`,
        place: entry.place
      })
    }
    previous = entry
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
