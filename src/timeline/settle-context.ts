/**
 * Settle what a report leaves unsaid about its times, for the whole report
 * at once, from all the evidence it holds: the order of its numeric dates
 * (`04/05/2026`), and the zone of its times written without one.
 *
 * The zone is chosen among readings (the stated zone, the front matter's,
 * UTC, and offsets the report's own timestamps point to) by how many of the
 * report's exact instants each reading makes its times agree with: the
 * messages its links point to (Slack, X, Discord), timestamps with a zone in
 * its quoted logs, and its times written with a zone (a summary in UTC). A
 * stated zone gives way only to two pieces of evidence more than it has, and
 * the diagnostic names both places.
 */
import type {Place, PlacedProblem, TimelineEntry} from '../model.js'
import {type Day, formatOffset, resolveTime} from '../time/resolve-time.js'
import {offsetAt, parseZoneName, type Zone} from '../time/zones.js'
import type {Anchor, TimelineEvent} from './extract-entries.js'
import type {TimelineContext} from './resolve-entries.js'

/** A day the report names outside its text: front matter, title, file name. */
export interface ReferenceDay {
  day: Day
  source: string
}

/**
 * How the report writes dates of two numbers: `day-first` or `month-first`,
 * from its dates whose numbers tell (a number above 12), then from its
 * reference days (an ambiguous `12/01/2026` that only day first makes the
 * file name's 2026-01-12). Month first, unsettled, when nothing tells; a
 * warning then at its first ambiguous date.
 *
 * @example
 *   settleDayOrder(events, []).order // 'day-first' when a `26/05/2021` is among them
 */
export function settleDayOrder(
  events: readonly TimelineEvent[],
  references: readonly ReferenceDay[],
  /** The zone the report states, whose country's habit decides when nothing else does. */
  zone?: Zone
): {order: 'day-first' | 'month-first'; settled: boolean; problems: PlacedProblem[]} {
  let dayFirst = 0
  let monthFirst = 0
  // Days written with the month's name (`Sunday 7 September 2025`): an ambiguous `Sun 07/09` that
  // is one of them only when read day first is read so.
  const named = new Set(
    events.flatMap((event) => {
      const date = event.type === 'day' ? event.date : event.written?.date
      return date && date.order === undefined ? [date.month * 100 + date.day] : []
    })
  )
  let firstAmbiguous: {text: string; place: Place} | undefined
  let firstDayFirst: Place | undefined
  let firstMonthFirst: Place | undefined
  for (const event of events) {
    const date = event.type === 'day' ? event.date : event.written?.date
    if (!date?.order) continue
    if (date.order === 'day-first') {
      dayFirst++
      firstDayFirst ??= event.place
    } else if (date.order === 'month-first') {
      monthFirst++
      firstMonthFirst ??= event.place
    } else {
      const text = event.type === 'day' ? formatPair(date) : (event.written?.text ?? '')
      firstAmbiguous ??= {text, place: event.place}
      const namedAsWritten = named.has(date.month * 100 + date.day)
      const namedSwapped = named.has(date.day * 100 + date.month)
      if (namedSwapped && !namedAsWritten) dayFirst++
      if (namedAsWritten && !namedSwapped) monthFirst++
      if (date.year === undefined) continue
      const asWritten = sameDay(references, date.year, date.month, date.day)
      const swapped = sameDay(references, date.year, date.day, date.month)
      if (swapped && !asWritten) dayFirst++
      if (asWritten && !swapped) monthFirst++
    }
  }
  const problems: PlacedProblem[] = []
  if (dayFirst > 0 && monthFirst > 0 && firstDayFirst && firstMonthFirst) {
    const order = dayFirst > monthFirst ? 'day-first' : 'month-first'
    problems.push({
      ruleId: 'time-day-order',
      severity: 'warning',
      reason: `Unexpected dates written both day first (line ${firstDayFirst.line}) and month first (line ${firstMonthFirst.line}), expected one order; ambiguous dates read ${order === 'day-first' ? 'day' : 'month'} first, as most are`,
      place: order === 'day-first' ? firstMonthFirst : firstDayFirst
    })
    return {order, settled: true, problems}
  }
  if (dayFirst > 0) return {order: 'day-first', settled: true, problems}
  if (monthFirst > 0) return {order: 'month-first', settled: true, problems}
  // `All times are BST`, `CET`, `Asia/Kolkata`: most of the world writes the day first; the United
  // States the month (`PDT`, `America/Chicago`). UTC says nothing of where the writer is.
  const habit = zone ? zoneHabit(zone) : undefined
  if (firstAmbiguous && habit) return {order: habit, settled: true, problems}
  if (firstAmbiguous) {
    problems.push({
      ruleId: 'time-day-order',
      severity: 'warning',
      reason: `Unexpected \`${firstAmbiguous.text}\`, which may be day first or month first, expected a date the report's other dates decide (a day above 12) or an ISO date such as \`2026-01-12\`; read month first`,
      place: firstAmbiguous.place
    })
  }
  return {order: 'month-first', settled: false, problems}
}

/** How dates are written where a zone's clocks are: month first in the United States, day first elsewhere. */
function zoneHabit(zone: Zone): 'day-first' | 'month-first' | undefined {
  const iana = zone.iana ?? zone.candidates?.[0]?.iana
  if (zone.offset === 0 && !iana) return undefined
  if (iana === 'UTC' || iana === 'Etc/UTC') return undefined
  if (iana ? unitedStates.test(iana) : usAbbreviations.has(zone.name.toUpperCase()))
    return 'month-first'
  if (!iana && zone.offset !== undefined && zone.offset <= -4 * 60 && zone.offset >= -10 * 60)
    return undefined
  return 'day-first'
}

const unitedStates =
  /^(?:US\/|America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Indiana|Kentucky|North_Dakota|Juneau|Sitka|Nome|Adak|Menominee|Metlakatla|Yakutat)|Pacific\/Honolulu)/
const usAbbreviations = new Set([
  'PST',
  'PDT',
  'PT',
  'EST',
  'EDT',
  'ET',
  'CST',
  'CDT',
  'CT',
  'MST',
  'MDT',
  'MT',
  'AKST',
  'AKDT',
  'HST'
])

function formatPair(date: {month: number; day: number}): string {
  return `${date.month}/${date.day}`
}

function sameDay(references: readonly ReferenceDay[], year: number, month: number, day: number) {
  return references.some(
    (reference) =>
      reference.day.year === year && reference.day.month === month && reference.day.day === day
  )
}

/** What zone evidence decided: a zone for the times written without one, or the clock of the day for out-of-season abbreviations. */
export interface ZoneDecision {
  evidenceZone?: Zone
  problems: PlacedProblem[]
}

/** An exact instant the report records, and the entry it stands in, if any. */
interface Instant {
  ms: number
  place: Place
  /** The index of the entry whose own text holds it. */
  entry?: number
  /** A time the report wrote with its zone (not a link or a log): named as such in messages. */
  written?: string
  /** Written in the timeline: the other times there are other moments, not this one again. */
  inTimeline?: boolean
}

/** A time written without a zone: its clock on the day, in milliseconds as if it were UTC. */
interface Floating {
  index: number
  local: number
  place: Place
  inTimeline: boolean
  /** Written as the writer's own clock (`08:40 our time`): a conversion the author made. */
  own: boolean
}

/** Where the zone of a time written without one comes from when it is the report's reading, open to evidence. */
const floatingSources = new Set(['report', 'front-matter', 'option', 'assumed'])

const minute = 60_000
const quarterHour = 15 * minute
/** Evidence needed beyond what the current reading has, to change it. */
const margin = 2
/** How far a message linked from an entry may be from the entry's own time. */
const nearEntry = 10 * minute
/** How close an instant elsewhere must be to a time to count as the same moment. */
const sameMoment = 90_000

/**
 * The zone the report's evidence shows for its times written without one,
 * when it differs from the reading the report's statements give by at least
 * two pieces of evidence.
 *
 * @param entries every incident's entries, resolved with the stated context
 * @param sources for each entry, the event it was read from (to find the entries anchors stand in)
 */
export function settleZone(
  entries: readonly TimelineEntry[],
  sources: ReadonlyMap<object, number>,
  anchors: readonly Anchor[],
  context: TimelineContext
): ZoneDecision {
  const floating: Floating[] = []
  const instants: Instant[] = []
  const written = new Map<string, number>()
  // (The zone of each instant first written with one: `6:15pm London time`, the `2:15pm Eastern`
  // told before, converted for readers abroad, is no zone the story is told in.)
  const firstZone = new Map<number, string>()
  for (const [index, entry] of entries.entries()) {
    const time = entry.time
    if (!time?.at || time.offset === null || time.precision === 'day') continue
    const ms = Date.parse(time.at)
    const inTimeline = entry.origin === 'timeline'
    if (time.zoneSource === 'entry') {
      const converted = time.zone && firstZone.has(ms) && firstZone.get(ms) !== time.zone
      if (time.zone && !firstZone.has(ms)) firstZone.set(ms, time.zone)
      // (`an hour later`, counted from a time in London: the zone of the time it counts from.)
      if (time.zone && !converted && writtenOn(time.text, time.zone))
        written.set(time.zone, (written.get(time.zone) ?? 0) + 1)
      instants.push({ms, place: entry.place, written: time.text, inTimeline})
      if (time.end)
        instants.push({
          ms: Date.parse(time.end),
          place: entry.place,
          written: time.text,
          inTimeline
        })
    } else if (floatingSources.has(time.zoneSource)) {
      floating.push({
        index,
        local: ms + time.offset * minute,
        place: entry.place,
        inTimeline,
        own: ownClock.test(time.text)
      })
    }
  }
  if (floating.length === 0) return {problems: []}
  for (const anchor of anchors) {
    const ms = anchor.ms ?? writtenInstant(anchor, context)
    if (ms === undefined) continue
    const instant: Instant = {ms, place: anchor.place}
    const entry = anchor.entry ? sources.get(anchor.entry) : undefined
    if (entry !== undefined) instant.entry = entry
    instants.push(instant)
  }
  if (instants.length === 0) return {problems: []}

  // (The zones the report writes on its own times are readings too: `10:30 PM EST` above
  // `10:48 PM`. A report that states no zone but writes one and the same on its times, twice or
  // more, has its other times in it, as if stated, unless the evidence shows otherwise.)
  const own = [...written.keys()].flatMap((name) => parseZoneName(name) ?? [])
  const stated = baseZone(context)
  // (Or most of them, three in four: `00:02 (UTC+8)` on five lines and a provider's notice quoted
  // in UTC once.)
  const total = [...written.values()].reduce((sum, count) => sum + count, 0)
  const [mostName, most] = [...written.entries()].reduce(
    (best, entry) => (entry[1] > best[1] ? entry : best),
    ['', 0]
  )
  const only =
    own.length === 1
      ? own[0]
      : most >= 2 && most >= total * 0.75
        ? parseZoneName(mostName)
        : undefined
  const writesOne = !stated.stated && only !== undefined && !sameZone(only, utc)
  const base = writesOne ? {zone: only, stated: true} : stated
  const readings = candidates(base, context, floating, instants, own)
  // (Another reading that one time alone supports, `11:30` falling on the five tellings of
  // `expires 08:00:00 UTC`, weighs no more than one time the author converted herself, not five
  // pieces of evidence.)
  const scored = readings.map((zone) => {
    const found = score(zone, floating, instants)
    return zone !== base.zone && found.times === 1
      ? {...found, zone, score: Math.min(found.score, 2)}
      : {...found, zone}
  })
  const current = scored.find((reading) => reading.zone === base.zone) as (typeof scored)[number]
  // (UTC written on the report's own times, by any of its names (`06:40:12Z` on a log line), is
  // what a log or a tool writes as often as the story's zone: no weight of its own against the
  // evidence.)
  const prior = base.stated && !(writesOne && only?.offset === 0 && !only.iana) ? 1 : 0
  let best = current
  for (const reading of scored) {
    if (reading.score > best.score) best = reading
  }
  if (best === current || best.score < current.score + prior + margin) {
    if (!writesOne) return {problems: []}
    return {
      evidenceZone: base.zone,
      problems: [
        {
          ruleId: 'time-zone-evidence',
          severity: 'info',
          reason: `Inferred the times written without a zone to be ${zoneName(base.zone)}: the zone the report writes on its other times`,
          place: (floating[0] as Floating).place
        }
      ]
    }
  }

  const shown = best.matches
    .slice(0, 3)
    .map((match) => `line ${match.place.line}`)
    .join(', ')
  const name = zoneName(best.zone)
  const problems: PlacedProblem[] = []
  const first = floating[0] as Floating
  if (base.stated && base.place) {
    problems.push({
      ruleId: 'time-zone-contradicted',
      severity: 'warning',
      reason: `Unexpected times written without a zone read as \`${base.zone.name}\` (as stated on line ${base.place.line}): the report's own timestamps (${shown}) put them at ${name}; read as ${name}`,
      place: base.place
    })
  } else {
    problems.push({
      ruleId: 'time-zone-evidence',
      severity: 'info',
      reason: `Inferred the times written without a zone to be ${name}: the report's own timestamps (${shown}) agree with them only so`,
      place: first.place
    })
  }
  return {evidenceZone: best.zone, problems}
}

/** Whether a time's own words name its zone (`2:15pm Eastern`), not a time it counts from. */
function writtenOn(text: string, zone: string): boolean {
  if (/^(?:UTC|GMT)[+-−]/.test(zone)) return true
  const word = zone.split(/[\s(]/)[0]?.toLowerCase() ?? ''
  return word === '' || text.toLowerCase().includes(word)
}

/** The reading the report's statements give: its stated zone, front matter, option, or UTC. */
function baseZone(context: TimelineContext): {zone: Zone; stated: boolean; place?: Place} {
  const stated = context.statedZone ?? context.frontMatterZone ?? context.optionZone
  if (stated) {
    const base: {zone: Zone; stated: boolean; place?: Place} = {zone: stated, stated: true}
    if (context.statedZonePlace) base.place = context.statedZonePlace
    return base
  }
  return {zone: utc, stated: false}
}

const utc: Zone = {name: 'UTC', offset: 0}

/** The readings worth scoring: the report's own zones, UTC, and the offsets its instants point to. */
function candidates(
  base: {zone: Zone},
  context: TimelineContext,
  floating: readonly Floating[],
  instants: readonly Instant[],
  own: readonly Zone[]
): Zone[] {
  const zones: Zone[] = [base.zone]
  for (const zone of [
    context.statedZone,
    context.frontMatterZone,
    context.optionZone,
    utc,
    ...own
  ]) {
    if (zone && !zones.some((known) => sameZone(known, zone))) zones.push(zone)
  }
  const offsets = new Set<number>()
  let pairs = 0
  for (const instant of instants) {
    for (const entry of floating) {
      if (++pairs > 20_000) break
      if (instant.entry !== undefined && instant.entry !== entry.index) continue
      if (instant.inTimeline && entry.inTimeline) continue
      const difference = entry.local - instant.ms
      const rounded = Math.round(difference / quarterHour) * quarterHour
      const slack = instant.entry === undefined ? sameMoment : nearEntry
      if (Math.abs(difference - rounded) > slack || Math.abs(rounded) > 14 * 60 * minute) continue
      // (Only an offset some zone has: whole and half hours, and Nepal's, Eucla's and Chatham's
      // quarters. `+09:15` from times that happen to be spaced alike is no reading.)
      if (!realOffset(rounded / minute)) continue
      offsets.add(rounded / minute)
    }
  }
  for (const offset of offsets) {
    if (zones.some((zone) => zone.offset === offset && !zone.iana)) continue
    zones.push({name: `UTC${formatOffset(offset)}`, offset})
  }
  return zones
}

/**
 * Offsets in minutes that are half or a quarter past the hour somewhere: the Marquesas,
 * Newfoundland (winter and summer), Iran, Afghanistan, India and Sri Lanka, Nepal, Myanmar,
 * central Australia (winter and summer), Eucla and Chatham. No zone keeps `-06:30`, whatever
 * times that happen to be spaced so suggest.
 */
const partOffsets = new Set([-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825])

export function realOffset(minutes: number): boolean {
  return minutes % 60 === 0 || partOffsets.has(minutes)
}

function sameZone(a: Zone, b: Zone): boolean {
  return a.name === b.name && a.offset === b.offset && a.iana === b.iana
}

/**
 * How many of the report's instants a reading makes its times agree with (two for a message the
 * entry itself links, or for the author's own clock), and how many of its times agree.
 */
function score(
  zone: Zone,
  floating: readonly Floating[],
  instants: readonly Instant[]
): {score: number; matches: Instant[]; times: number} {
  let total = 0
  const matches: Instant[] = []
  const at = floating.map((entry) => entry.local - offsetOf(zone, entry.local) * minute)
  const used = new Set<Floating>()
  for (const instant of instants) {
    if (instant.entry !== undefined) {
      const position = floating.findIndex((entry) => entry.index === instant.entry)
      if (position !== -1 && Math.abs((at[position] as number) - instant.ms) <= nearEntry) {
        total += 2
        matches.push(instant)
      }
      continue
    }
    const same = at.flatMap((ms, position) =>
      Math.abs(ms - instant.ms) <= sameMoment &&
      !(instant.inTimeline && (floating[position] as Floating).inTimeline)
        ? [floating[position] as Floating]
        : []
    )
    if (same.length > 0) {
      for (const entry of same) used.add(entry)
      // (`2025-06-12T06:40:12Z ERROR ...`, then `that's 08:40 our time`: the author's own
      // conversion weighs as a link's message does.)
      total += same.some((entry) => entry.own) ? 2 : 1
      matches.push(instant)
    }
  }
  return {score: total, matches, times: used.size}
}

/** A clock written as the writer's own: `08:40 our time`, `9:10 my time`. */
const ownClock = /\b(?:our|my)\s+time\b/i

function offsetOf(zone: Zone, local: number): number {
  if (zone.offset !== undefined && !zone.iana) return zone.offset
  const date = new Date(local)
  return (
    offsetAt(zone, {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: 0
    }) ?? 0
  )
}

function zoneName(zone: Zone): string {
  return zone.offset !== undefined && !zone.iana && zone.name.startsWith('UTC')
    ? zone.name
    : `${zone.name}${zone.iana && zone.iana !== zone.name ? ` (${zone.iana})` : ''}`
}

/** A timestamp quoted with its zone, on the report's day when it has no date of its own. */
function writtenInstant(anchor: Anchor, context: TimelineContext): number | undefined {
  if (!anchor.written) return undefined
  const timeContext: {day?: Day} = {}
  if (context.day) timeContext.day = context.day
  const at = resolveTime(anchor.written, timeContext).time.at
  return at ? Date.parse(at) : undefined
}

/** One way of reading a report: its entries as resolved, and the problems found. */
export interface Reading {
  entries: readonly TimelineEntry[]
  problems: readonly PlacedProblem[]
}

/**
 * Whether to read abbreviations written out of their season (`PST` in
 * July) as the clock of the day: when that reading puts the timeline in
 * order where the written offsets do not (`22:22 PST` then `23:00 MST`), or,
 * as much in order, when the report's own instants (linked messages, quoted
 * timestamps) meet its times so by two more.
 *
 * @example
 *   preferWallClock(asWritten, wallClock, sources, anchors, context) // true when fewer entries are out of order
 */
export function preferWallClock(
  asWritten: Reading,
  wallClock: Reading,
  sources: ReadonlyMap<object, number>,
  anchors: readonly Anchor[],
  context: TimelineContext
): boolean {
  const disorder = (reading: Reading) =>
    reading.problems.filter((problem) => problem.ruleId === 'timeline-order').length
  const before = disorder(asWritten)
  const after = disorder(wallClock)
  if (after !== before) return after < before
  if (anchors.length === 0) return false
  return (
    agreement(wallClock.entries, sources, anchors, context) >=
    agreement(asWritten.entries, sources, anchors, context) + margin
  )
}

/** How many of the report's anchors the entries, as resolved, meet: two for the entry an anchor stands in. */
function agreement(
  entries: readonly TimelineEntry[],
  sources: ReadonlyMap<object, number>,
  anchors: readonly Anchor[],
  context: TimelineContext
): number {
  const instants = entries.map((entry) =>
    entry.at && entry.time?.precision !== 'day' ? Date.parse(entry.at) : undefined
  )
  let total = 0
  for (const anchor of anchors) {
    const ms = anchor.ms ?? writtenInstant(anchor, context)
    if (ms === undefined) continue
    const own = anchor.entry ? sources.get(anchor.entry) : undefined
    if (own !== undefined) {
      const at = instants[own]
      if (at !== undefined && Math.abs(at - ms) <= nearEntry) total += 2
    } else if (instants.some((at) => at !== undefined && Math.abs(at - ms) <= sameMoment)) {
      total += 1
    }
  }
  return total
}
