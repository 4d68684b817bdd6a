/**
 * One incident on a horizontal time line: its milestones as flagged markers,
 * the detection, diagnosis and recovery phases as bands, and every timed
 * entry as a tick whose label goes into the first lane where it overlaps no
 * earlier label, so that hundreds of entries stay legible. Long quiet
 * stretches (weeks between a latent bug and the outage it caused) are cut
 * out of the axis and marked, so the outage itself keeps its width.
 */
import {DateTime, IANAZone} from 'luxon'
import {formatDuration} from '../metrics/format-duration.js'
import type {IncidentMetrics, MeasuredIncident} from '../metrics/measure.js'
import {phaseNames, spans} from '../metrics/measure-durations.js'
import type {Milestone} from '../milestones/find-milestones.js'
import {type Incident, type MilestoneName, milestoneNames, type TimelineEntry} from '../model.js'
import {mainTimeline} from '../timeline/main-timeline.js'
import {element, escapeText, svgDocument, text, tooltip} from './svg.js'
import {textWidth, truncate, wrap} from './text-width.js'
import {colour, milestoneColour, phaseColour, phaseLabel, size, styleSheet} from './theme.js'
import {tickLabel} from './time-axis.js'

/** Options of `timelineDiagram`. */
export interface TimelineDiagramOptions {
  /**
   * IANA zone of every clock time shown (default `'UTC'`), e.g.
   * `'America/Los_Angeles'`. An unknown zone throws a `RangeError`.
   */
  zone?: string
  /** Width in pixels (default 1200, at least 640); the height grows with the labels. */
  width?: number
}

/**
 * An SVG document showing one measured incident on a time line.
 *
 * @example
 *   timelineDiagram(measure(incident), {zone: 'America/Los_Angeles'})
 *   // '<svg xmlns="http://www.w3.org/2000/svg" width="1200" …'
 */
export function timelineDiagram(
  measured: MeasuredIncident,
  options: TimelineDiagramOptions = {}
): string {
  const settings = normalize(options)
  const {incident, metrics} = measured
  const entries = timedEntries(mainTimeline(incident.timeline))
  const marks = presentMilestones(metrics)
  if (entries.length === 0 && marks.length === 0) return emptyDocument(incident, settings)
  return renderTimeline(incident, metrics, entries, marks, settings)
}

type Settings = Required<TimelineDiagramOptions>

/** A timeline entry with a known instant, in milliseconds since the epoch. */
interface TimedEntry {
  entry: TimelineEntry
  ms: number
  /** End of a range (`09:00 - 11:00`), when written and known. */
  endMs: number | undefined
}

interface Mark {
  name: MilestoneName
  milestone: Milestone
  ms: number
}

const dayMs = 86_400_000
const margin = 24
const lineHeight = 15
/** Distance between entry label lanes: one line and a gap. */
const lanePitch = 19
const flagHeight = 20
const flagPitch = 25
const bandHeight = 24
/** Room at each end of an axis segment, so the first and last ticks are not on its edge. */
const segmentPadding = 14
const minSegmentWidth = 96
const minTickSpacing = 72
/** Outages shorter than this are drawn on an axis this long, centred on them; longer for times known to the day or hour. */
const minSpan = {second: 600_000, minute: 600_000, hour: 4 * 3_600_000, day: 2 * dayMs} as const
/** A gap is cut out of the axis when it is longer than this share of the time shown... */
const breakShare = 0.5
/** ...and at least this long, leaving at least `minKept` on the axis. */
const minBreak = 6 * 3_600_000
const minKept = 30 * 60_000
const maxBreaks = 3
const locale = 'en-US'

function normalize(options: TimelineDiagramOptions): Settings {
  const zone = options.zone ?? 'UTC'
  if (!IANAZone.isValidZone(zone))
    throw new RangeError(
      `Unexpected zone \`${zone}\`, expected an IANA zone such as \`America/Los_Angeles\` or \`UTC\``
    )
  const width =
    options.width !== undefined && Number.isFinite(options.width)
      ? Math.max(640, Math.round(options.width))
      : 1200
  return {zone, width}
}

function timedEntries(timeline: readonly TimelineEntry[]): TimedEntry[] {
  return timeline
    .flatMap((entry) => {
      if (entry.at === null) return []
      const ms = Date.parse(entry.at)
      if (!Number.isFinite(ms)) return []
      const end = entry.time?.end ? Date.parse(entry.time.end) : Number.NaN
      return [{entry, ms, endMs: Number.isFinite(end) && end > ms ? end : undefined}]
    })
    .sort((a, b) => a.ms - b.ms || a.entry.index - b.entry.index)
}

function presentMilestones(metrics: IncidentMetrics): Mark[] {
  return milestoneNames
    .flatMap((name) => {
      const milestone = metrics.milestones[name]
      const ms = milestone ? Date.parse(milestone.at) : Number.NaN
      return milestone && Number.isFinite(ms) ? [{name, milestone, ms}] : []
    })
    .sort((a, b) => a.ms - b.ms || milestoneNames.indexOf(a.name) - milestoneNames.indexOf(b.name))
}

function emptyDocument(incident: Incident, settings: Settings): string {
  const title = `Timeline of ${incident.title}`
  const inner = settings.width - 2 * margin
  return svgDocument({
    width: settings.width,
    height: 96,
    title,
    description: `${title}: no timed entries, so there is nothing to place on a time line.`,
    style: styleSheet(),
    body: [
      text(truncate(headline(incident, undefined, settings.zone), inner, size.title, 'semibold'), {
        x: margin,
        y: 32,
        class: 'title'
      }),
      text('No timed entries: the report has no timeline entries or milestones with a time.', {
        x: margin,
        y: 62,
        class: 'muted empty'
      })
    ]
  })
}

function renderTimeline(
  incident: Incident,
  metrics: IncidentMetrics,
  entries: TimedEntry[],
  marks: Mark[],
  settings: Settings
): string {
  const {width, zone} = settings
  const clock = clockOf(zone)
  const started = marks.find((mark) => mark.name === 'started')
  const firstEntry = entries[0]
  const origin = started?.ms ?? firstEntry?.ms ?? (marks[0] as Mark).ms
  const instants = [
    ...entries.flatMap(({ms, endMs}) => (endMs === undefined ? [ms] : [ms, endMs])),
    ...marks.map((mark) => mark.ms)
  ]

  const rowNames = {
    clock: clock.zoneAbbreviation(Math.min(...instants)),
    since: started ? 'T+ started' : 'T+ first',
    milestones: 'Milestones',
    phases: 'Phases',
    entries: 'Entries'
  }
  const gutter =
    Math.max(...Object.values(rowNames).map((name) => textWidth(name, size.small))) + 14
  const plotLeft = margin + gutter
  const plotRight = width - margin
  const precisions = [
    ...entries.map(({entry}) => entry.time?.precision),
    ...marks.map(({milestone}) => milestone.precision)
  ]
  const shortest = Math.max(
    ...precisions.map((precision) => minSpan[precision ?? 'minute'] ?? minSpan.minute)
  )
  const scale = timeScale(instants, shortest, plotLeft, plotRight)
  const body: string[] = []

  // Heading and legend.
  const inner = width - 2 * margin
  body.push(
    element(
      'g',
      {class: 'heading'},
      text(truncate(headline(incident, entries[0]?.ms, zone), inner, size.title, 'semibold'), {
        x: margin,
        y: 30,
        class: 'title'
      }),
      text(truncate(subtitle(metrics, entries, incident, clock), inner, size.label), {
        x: margin,
        y: 50,
        class: 'muted'
      })
    )
  )
  const legend = legendOf(metrics, marks, scale.breaks.length > 0, margin, 68, inner)
  body.push(legend.svg)

  // The top axis: day and clock above the line, T+ below it.
  const dayY = legend.bottom + 22
  const clockY = dayY + 16
  const axisY = clockY + 9
  const sinceY = axisY + 17
  const flagsTop = sinceY + 14

  // Milestone flags, packed into lanes (lane 0 just above the phase band).
  // Milestones at one instant are packed latest first, so the stack reads in order from the top.
  const firstDay = clock.dayKey(scale.segments[0]?.start ?? origin)
  const flags = [...marks]
    .sort((a, b) => a.ms - b.ms || milestoneNames.indexOf(b.name) - milestoneNames.indexOf(a.name))
    .map((mark) => flagOf(mark, origin, clock, firstDay, scale, plotLeft, plotRight))
  const flagLanes = packLanes(flags, 8)
  const flagLaneCount = Math.max(1, ...flagLanes.map((lane) => lane + 1))
  const bandTop = flagsTop + flagLaneCount * flagPitch + 6
  const spineY = bandTop + bandHeight

  // Entry labels, packed into lanes below the spine.
  const layout = labelLayout(entries.length, plotRight - plotLeft)
  let day = firstDay
  const labels = entries.map((item) => {
    const label = labelOf(item, clock, day, scale, layout, plotLeft, plotRight)
    day = clock.dayKey(item.ms)
    return label
  })
  const entryLanes = packLanes(labels, 10)
  const entriesTop = spineY + 18
  const laneCount = Math.max(0, ...entryLanes.map((lane, index) => lane + spanOf(labels, index)))
  const entriesBottom =
    entries.length === 0 ? entriesTop + lanePitch : entriesTop + laneCount * lanePitch
  const plotBottom = entriesBottom + 4

  body.push(rowLabels(rowNames, margin + gutter - 10, {clockY, sinceY, bandTop, entriesTop}))
  body.push(gridLines(scale, clock, axisY, plotBottom))
  const phases = phaseBands(
    metrics,
    scale,
    bandTop,
    plotBottom,
    plotLeft,
    flags.map((flag) => flag.poleX)
  )
  body.push(phases.bands)
  body.push(breakMarks(scale, axisY, spineY, plotBottom))
  body.push(topAxis(scale, clock, origin, {dayY, clockY, axisY, sinceY}, plotLeft - 12, width - 8))
  body.push(spine(scale, entries, spineY))
  body.push(milestoneMarks(flags, flagLanes, bandTop, spineY))
  if (flags.length === 0)
    body.push(
      text('No milestone found in the report.', {
        x: plotLeft + 4,
        y: bandTop - 6 - flagPitch + (flagPitch - flagHeight) + 14,
        class: 'small muted'
      })
    )
  body.push(phases.labels)
  if (entries.length === 0)
    body.push(
      text('No timed entries: the milestones come from the front matter.', {
        x: plotLeft,
        y: entriesTop + 12,
        class: 'muted'
      })
    )
  else body.push(entryLabels(labels, entryLanes, spineY, entriesTop))

  const height = plotBottom + 36
  body.push(
    text(truncate(caption(incident, entries, scale, clock, started, origin), inner, size.small), {
      x: margin,
      y: height - 14,
      class: 'small muted caption'
    })
  )

  return svgDocument({
    width,
    height,
    title: `Timeline of ${incident.title}`,
    description: description(incident, metrics, entries, marks, clock),
    style: styleSheet(
      [
        '.grid{stroke:#ececec;stroke-width:1}',
        `.axis{stroke:${colour.axis};stroke-width:1}`,
        `.spine{stroke:${colour.edge};stroke-width:1.5}`,
        `.leader{stroke:#b4b4b4;stroke-width:1}`,
        '.approximate-line{stroke-dasharray:4 3}',
        `.entry-tick{stroke:${colour.edge};stroke-width:1.5}`,
        `.entry-label-box{fill:#ffffff;stroke:#d4d4d4;stroke-width:1}`,
        '.flag-box{fill:#ffffff;stroke-width:1.5}',
        '.phase-label{paint-order:stroke;stroke-width:3px;stroke-linejoin:round}'
      ].join('\n')
    ),
    body
  })
}

// Clock times in the chosen zone.

interface Clock {
  zone: string
  time(ms: number): string
  day(ms: number): string
  dayWithYear(ms: number): string
  /** `25 Dec`. */
  shortDay(ms: number): string
  /** `2012-12-25`, to compare days. */
  dayKey(ms: number): string
  zoneAbbreviation(ms: number): string
  local(ms: number): DateTime
}

function clockOf(zone: string): Clock {
  const local = (ms: number) => DateTime.fromMillis(ms, {zone, locale})
  return {
    zone,
    local,
    time: (ms) => local(ms).toFormat('HH:mm'),
    day: (ms) => local(ms).toFormat('ccc d LLL'),
    dayWithYear: (ms) => local(ms).toFormat('ccc d LLL yyyy'),
    shortDay: (ms) => local(ms).toFormat('d LLL'),
    dayKey: (ms) => local(ms).toFormat('yyyy-LL-dd'),
    zoneAbbreviation: (ms) =>
      zone.toUpperCase() === 'UTC'
        ? 'UTC'
        : (local(ms).offsetNameShort ?? `UTC${local(ms).toFormat('ZZ')}`)
  }
}

/** `10:02`, `~10:02`, `1 Mar 10:02` when not on `day` (a `dayKey`), or the day alone for a day-precision time. */
function stamp(
  ms: number,
  clock: Clock,
  day: string,
  approximate: boolean,
  precision: string | null | undefined
): string {
  const mark = approximate ? '~' : ''
  if (precision === 'day') return `${mark}${clock.shortDay(ms)}`
  const sameDay = clock.dayKey(ms) === day
  return `${mark}${sameDay ? '' : `${clock.shortDay(ms)} `}${clock.time(ms)}`
}

function sinceLabel(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000)
  if (seconds === 0) return 'T+0'
  return seconds > 0 ? `T+${formatDuration(seconds)}` : `T−${formatDuration(-seconds)}`
}

// The time scale: linear within segments, with long quiet gaps cut out.

interface Segment {
  start: number
  end: number
  x0: number
  x1: number
  /** Pixels per millisecond; 0 for a segment of one instant. */
  k: number
  /** Pixels from `x0` to `start`. */
  offset: number
}

interface Break {
  from: number
  to: number
  x0: number
  x1: number
  label: string
}

interface Scale {
  segments: Segment[]
  breaks: Break[]
  x(ms: number): number
}

/**
 * A scale over `instants` (repeats count as weight). Each gap cut out of the
 * axis leaves segments whose widths follow both their length and how many
 * instants they hold, so a burst of entries before a quiet night keeps room.
 */
function timeScale(instants: number[], shortest: number, left: number, right: number): Scale {
  const sorted = [...new Set(instants)].sort((a, b) => a - b)
  let low = sorted[0] as number
  let high = sorted.at(-1) as number
  if (high - low < shortest) {
    const middle = (low + high) / 2
    low = middle - shortest / 2
    high = middle + shortest / 2
  }
  const cuts = quietGaps(sorted, high - low)
  const ranges: Array<[number, number]> = []
  let start = low
  for (const cut of cuts) {
    ranges.push([start, cut.from])
    start = cut.to
  }
  ranges.push([start, high])
  const breakLabels = cuts.map((cut) => `${formatDuration((cut.to - cut.from) / 1000)} later`)
  const breakWidths = breakLabels.map((label) => Math.max(44, textWidth(label, size.small) + 18))
  const available = right - left - breakWidths.reduce((sum, value) => sum + value, 0)
  const widths = segmentWidths(ranges, instants, available)

  const segments: Segment[] = []
  const breaks: Break[] = []
  let x = left
  ranges.forEach(([from, to], index) => {
    const segmentWidth = widths[index] as number
    const k = to > from ? (segmentWidth - 2 * segmentPadding) / (to - from) : 0
    segments.push({
      start: from,
      end: to,
      x0: x,
      x1: x + segmentWidth,
      k,
      offset: to > from ? segmentPadding : segmentWidth / 2
    })
    x += segmentWidth
    const cut = cuts[index]
    if (cut) {
      const breakWidth = breakWidths[index] as number
      breaks.push({...cut, x0: x, x1: x + breakWidth, label: breakLabels[index] as string})
      x += breakWidth
    }
  })
  return {
    segments,
    breaks,
    x(ms) {
      const segment =
        segments.find((candidate) => ms <= candidate.end) ?? (segments.at(-1) as Segment)
      return segmentX(segment, ms)
    }
  }
}

/** The gaps to cut, in time order: each longer than most of what is left on the axis. */
function quietGaps(sorted: number[], total: number): Array<{from: number; to: number}> {
  const gaps = sorted
    .slice(1)
    .map((to, index) => ({from: sorted[index] as number, to}))
    .filter(({from, to}) => to - from >= minBreak)
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)
  let kept = total
  const cuts: Array<{from: number; to: number}> = []
  for (const gap of gaps) {
    const length = gap.to - gap.from
    if (cuts.length === maxBreaks) break
    if (length > breakShare * kept && kept - length >= minKept) {
      cuts.push(gap)
      kept -= length
    }
  }
  return cuts.sort((a, b) => a.from - b.from)
}

/** Half by length, half by instants held; none narrower than `minSegmentWidth`. */
function segmentWidths(
  ranges: Array<[number, number]>,
  instants: number[],
  available: number
): number[] {
  if (ranges.length === 1) return [available]
  const length = ranges.reduce((sum, [from, to]) => sum + (to - from), 0)
  const weights = ranges.map(([from, to]) => {
    const held = instants.filter((ms) => ms >= from && ms <= to).length
    return (length > 0 ? (to - from) / length : 0) / 2 + held / instants.length / 2
  })
  const fixed = new Set<number>()
  for (let round = 0; round < ranges.length; round++) {
    const room = available - fixed.size * minSegmentWidth
    const weight = weights.reduce((sum, value, index) => sum + (fixed.has(index) ? 0 : value), 0)
    const narrow = weights.findIndex(
      (value, index) => !fixed.has(index) && (value / weight) * room < minSegmentWidth
    )
    if (narrow === -1) break
    fixed.add(narrow)
  }
  const room = available - fixed.size * minSegmentWidth
  const weight = weights.reduce((sum, value, index) => sum + (fixed.has(index) ? 0 : value), 0)
  return weights.map((value, index) =>
    fixed.has(index) || weight === 0 ? minSegmentWidth : (value / weight) * room
  )
}

function segmentX(segment: Segment, ms: number): number {
  return segment.x0 + segment.offset + (ms - segment.start) * segment.k
}

/** The instants a segment shows ticks for: its own, and its padding. */
function visible(segment: Segment): [number, number] {
  if (segment.k === 0) return [segment.start, segment.end]
  const padding = segmentPadding / segment.k
  return [segment.start - padding, segment.end + padding]
}

/** Tick steps, in seconds: a minute up to a thousand years (a mistyped year spans millennia). */
const steps = [
  60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800,
  1_209_600, 2_419_200, 7_862_400, 31_536_000, 315_360_000, 3_153_600_000, 31_536_000_000
].map((seconds) => seconds * 1000)

function stepFor(k: number): number {
  return steps.find((step) => step * k >= minTickSpacing) ?? (steps.at(-1) as number)
}

interface Tick {
  ms: number
  x: number
  /** The first tick of its segment. */
  first: boolean
  /** Ticks a day or more apart: labelled with the date. */
  daily: boolean
}

/** Round clock times in the zone, per segment; a segment without one gets its own start. */
function clockTicks(scale: Scale, clock: Clock): Tick[] {
  return scale.segments.flatMap((segment) => {
    const step = stepFor(segment.k)
    const [from, to] = visible(segment)
    const found: number[] = []
    const midnight = clock.local(from).startOf('day')
    if (segment.k === 0) {
      // One instant: its own time is the only tick.
    } else if (step >= dayMs) {
      const days = step / dayMs
      for (let day = midnight; day.toMillis() <= to; day = day.plus({days})) {
        if (day.toMillis() >= from) found.push(day.toMillis())
      }
    } else {
      const minutes = step / 60_000
      const since = (from - midnight.toMillis()) / 60_000
      let tick = midnight.plus({minutes: Math.ceil(since / minutes) * minutes})
      for (; tick.toMillis() <= to; tick = tick.plus({minutes})) found.push(tick.toMillis())
    }
    const daily = step >= dayMs && segment.k > 0
    if (found.length === 0) found.push(segment.start)
    return found.map((ms, index) => ({ms, x: segmentX(segment, ms), first: index === 0, daily}))
  })
}

/** Round durations since the origin, per segment. */
function sinceTicks(scale: Scale, origin: number): Array<{ms: number; x: number}> {
  return scale.segments.flatMap((segment) => {
    const [from, to] = visible(segment)
    if (segment.k === 0) return [{ms: segment.start, x: segmentX(segment, segment.start)}]
    const step = stepFor(segment.k)
    const ticks: Array<{ms: number; x: number}> = []
    for (let n = Math.ceil((from - origin) / step); origin + n * step <= to; n++) {
      const ms = origin + n * step
      ticks.push({ms, x: segmentX(segment, ms)})
    }
    return ticks
  })
}

// Lane packing.

interface Box {
  x: number
  width: number
  /** How many lanes the box takes (lines of text); 1 when absent. */
  span?: number
}

/** For each box in order, the first lane (from 0) where it overlaps no earlier box. */
function packLanes(boxes: readonly Box[], gap: number): number[] {
  const lanes: Array<Array<[number, number]>> = []
  // The furthest right edge in each lane: boxes come mostly left to right, so most lanes are free past it without a look at their boxes.
  const rights: number[] = []
  const free = (lane: number, from: number, to: number): boolean => {
    const taken = lanes[lane]
    if (taken === undefined || from >= (rights[lane] as number) + gap) return true
    for (const [left, right] of taken) if (to + gap > left && from < right + gap) return false
    return true
  }
  const fits = (lane: number, span: number, from: number, to: number): boolean => {
    for (let offset = 0; offset < span; offset++) if (!free(lane + offset, from, to)) return false
    return true
  }
  return boxes.map((box) => {
    const span = box.span ?? 1
    const from = box.x
    const to = box.x + box.width
    let lane = 0
    while (!fits(lane, span, from, to)) lane++
    for (let offset = lane; offset < lane + span; offset++) {
      const taken = lanes[offset] ?? []
      taken.push([from, to])
      lanes[offset] = taken
      rights[offset] = Math.max(rights[offset] ?? Number.NEGATIVE_INFINITY, to)
    }
    return lane
  })
}

function spanOf(boxes: readonly Box[], index: number): number {
  return boxes[index]?.span ?? 1
}

// Pieces of the picture.

function headline(incident: Incident, firstMs: number | undefined, zone: string): string {
  const date = incident.date
    ? DateTime.fromISO(incident.date, {zone: 'UTC', locale})
    : firstMs === undefined
      ? undefined
      : DateTime.fromMillis(firstMs, {zone, locale})
  if (!date?.isValid) return incident.title
  const day = date.toFormat('d LLLL yyyy')
  // A title that already gives the day (`Login outage, 27 April 2026`) is not told it twice.
  return incident.title.includes(day) ? incident.title : `${incident.title} · ${day}`
}

function subtitle(
  metrics: IncidentMetrics,
  entries: TimedEntry[],
  incident: Incident,
  clock: Clock
): string {
  const parts: string[] = []
  const first = entries[0]
  const last = entries.at(-1)
  if (first && last) {
    const count = `${entries.length} timed ${entries.length === 1 ? 'entry' : 'entries'}`
    parts.push(`${count}, ${span(first, last, clock)}`)
  }
  const untimed = mainTimeline(incident.timeline).length - entries.length
  if (untimed > 0) parts.push(`${untimed} without a time not shown`)
  const resolve = metrics.durations.timeToResolve
  parts.push(
    resolve === null
      ? `time to resolve unknown (${metrics.reasons.timeToResolve ?? 'not measured'})`
      : `time to resolve ${formatDuration(resolve)}`
  )
  return parts.join(' · ')
}

/** `from 17:37 to 21:54 UTC`, `from Mon 24 Dec 20:24 to Tue 25 Dec 20:05 UTC`, `at 01:52 UTC`, or days alone for dates without a time. */
function span(first: TimedEntry, last: TimedEntry, clock: Clock): string {
  const zone = clock.zoneAbbreviation(first.ms)
  const daily = [first, last].some(({entry}) => entry.time?.precision === 'day')
  if (daily)
    return first.ms === last.ms
      ? `on ${clock.day(first.ms)}`
      : `from ${clock.day(first.ms)} to ${clock.day(last.ms)}`
  const [from, to] = [first.ms, last.ms]
  if (from === to) return `at ${clock.time(from)} ${zone}`
  if (clock.dayKey(from) === clock.dayKey(to))
    return `from ${clock.time(from)} to ${clock.time(to)} ${zone}`
  return `from ${clock.day(from)} ${clock.time(from)} to ${clock.day(to)} ${clock.time(to)} ${zone}`
}

function description(
  incident: Incident,
  metrics: IncidentMetrics,
  entries: TimedEntry[],
  marks: Mark[],
  clock: Clock
): string {
  const first = entries[0]
  const last = entries.at(-1)
  const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`
  const resolve = metrics.durations.timeToResolve
  const sentences = [
    `Timeline of ${incident.title}: ${count}${first && last ? ` ${span(first, last, clock)}` : ''}; ${
      resolve === null ? 'time to resolve unknown' : `time to resolve ${formatDuration(resolve)}`
    }.`
  ]
  if (marks.length > 0) {
    const firstDay = clock.dayKey(Math.min(...marks.map((mark) => mark.ms), first?.ms ?? Infinity))
    const list = marks.map(
      ({name, milestone, ms}) =>
        `${name} ${stamp(ms, clock, firstDay, milestone.approximate, milestone.precision)}`
    )
    sentences.push(`Milestones: ${list.join(', ')}.`)
  }
  const phases = phaseNames.flatMap((name) => {
    const seconds = metrics.phases[name]
    return seconds === null ? [] : [`${name} ${formatDuration(seconds)}`]
  })
  if (phases.length > 0) sentences.push(`Phases: ${phases.join(', ')}.`)
  return sentences.join(' ')
}

function caption(
  incident: Incident,
  entries: TimedEntry[],
  scale: Scale,
  clock: Clock,
  started: Mark | undefined,
  origin: number
): string {
  const originEntry = entries[0]
  const at = started
    ? stamp(origin, clock, clock.dayKey(origin), false, started.milestone.precision)
    : stamp(origin, clock, clock.dayKey(origin), false, originEntry?.entry.time?.precision)
  const zone =
    clock.zone.toUpperCase() === 'UTC'
      ? 'Times in UTC.'
      : `Times in ${clock.zone} (${zoneNames(scale, clock, origin)}).`
  const from = started
    ? `T+ is measured from started (${at}).`
    : `T+ is measured from the first entry (${at}): the report has no started milestone.`
  const parts = [zone, from]
  if (scale.breaks.length > 0)
    parts.push(
      `The axis is cut at ${scale.breaks.length === 1 ? 'one quiet gap' : `${scale.breaks.length} quiet gaps`} (marked //).`
    )
  const untimed = mainTimeline(incident.timeline).length - entries.length
  if (untimed > 0)
    parts.push(
      untimed === 1
        ? 'One entry has no time and is not shown.'
        : `${untimed} entries have no time and are not shown.`
    )
  return parts.join(' ')
}

/** `PST, UTC−8`, or `PST and PDT` when the offset changes on the way. */
function zoneNames(scale: Scale, clock: Clock, origin: number): string {
  const ends = scale.segments.flatMap((segment) => [segment.start, segment.end])
  const names = [...new Set([origin, ...ends].map(clock.zoneAbbreviation))]
  if (names.length > 1) return names.join(' and ')
  const offset = clock.local(origin).toFormat('ZZ').replace('-', '−')
  return `${names[0]}, UTC${offset}`
}

function legendOf(
  metrics: IncidentMetrics,
  marks: Mark[],
  hasBreaks: boolean,
  left: number,
  top: number,
  width: number
): {svg: string; bottom: number} {
  const items: Array<{symbol: (x: number, y: number) => string; label: string; tip: string}> = []
  for (const name of phaseNames) {
    const seconds = metrics.phases[name]
    const value =
      seconds === null
        ? `unknown (${metrics.reasons[name] ?? 'not measured'})`
        : formatDuration(seconds)
    items.push({
      symbol: (x, y) =>
        element('rect', {x, y: y - 9, width: 16, height: 11, rx: 2, fill: phaseColour[name]}),
      label: `${phaseLabel[name]}: ${seconds === null ? 'unknown' : formatDuration(seconds)}`,
      tip: `${phaseLabel[name]}: ${value}`
    })
  }
  const sample = marks[0]?.name ?? 'detected'
  items.push({
    symbol: (x, y) =>
      element('line', {
        x1: x + 8,
        y1: y - 11,
        x2: x + 8,
        y2: y + 3,
        stroke: milestoneColour[sample],
        'stroke-width': 2
      }),
    label: 'milestone, named on its flag',
    tip: 'A milestone: its name and time on a flag, a diamond on the time line'
  })
  items.push({
    symbol: (x, y) =>
      element('line', {
        x1: x + 8,
        y1: y - 11,
        x2: x + 8,
        y2: y + 3,
        stroke: colour.edge,
        'stroke-width': 2,
        class: 'approximate-line'
      }),
    label: 'dashed: approximate time (~)',
    tip: 'A dashed line and a ~ before the time: the report gives the time as approximate'
  })
  items.push({
    symbol: (x, y) =>
      element('line', {x1: x + 8, y1: y - 10, x2: x + 8, y2: y + 2, class: 'entry-tick'}),
    label: 'timeline entry (full text in its tooltip)',
    tip: 'A timeline entry: a tick on the time line and its label below'
  })
  if (hasBreaks)
    items.push({
      symbol: (x, y) =>
        element('path', {
          d: `M${x + 2} ${y + 2}l5 -12M${x + 9} ${y + 2}l5 -12`,
          stroke: colour.edge,
          'stroke-width': 1.5,
          fill: 'none'
        }),
      label: 'quiet gap cut out of the axis',
      tip: 'A long stretch without events, cut out so the outage keeps its width'
    })

  const parts: string[] = []
  let x = left
  let y = top
  for (const item of items) {
    const itemWidth = 22 + textWidth(item.label, size.small) + 18
    if (x > left && x + itemWidth > left + width) {
      x = left
      y += 20
    }
    parts.push(
      element(
        'g',
        {class: 'legend-item'},
        tooltip(item.tip),
        item.symbol(x, y),
        text(item.label, {x: x + 22, y, class: 'small'})
      )
    )
    x += itemWidth
  }
  return {svg: element('g', {class: 'legend'}, ...parts), bottom: y}
}

function rowLabels(
  names: Record<'clock' | 'since' | 'milestones' | 'phases' | 'entries', string>,
  right: number,
  at: {clockY: number; sinceY: number; bandTop: number; entriesTop: number}
): string {
  const label = (content: string, y: number) =>
    text(content, {x: right, y, class: 'small muted end'})
  return element(
    'g',
    {class: 'row-labels'},
    label(names.clock, at.clockY),
    label(names.since, at.sinceY),
    label(names.milestones, at.bandTop - 6 - flagPitch + (flagPitch - flagHeight) + 14),
    label(names.phases, at.bandTop + 16),
    label(names.entries, at.entriesTop + 12)
  )
}

function gridLines(scale: Scale, clock: Clock, top: number, bottom: number): string {
  const ticks = clockTicks(scale, clock)
  return element(
    'g',
    {class: 'grid-lines'},
    ...ticks.map((tick) =>
      element('line', {x1: tick.x, y1: top, x2: tick.x, y2: bottom, class: 'grid'})
    )
  )
}

function topAxis(
  scale: Scale,
  clock: Clock,
  origin: number,
  at: {dayY: number; clockY: number; axisY: number; sinceY: number},
  gutterRight: number,
  canvasRight: number
): string {
  const parts: string[] = []
  for (const segment of scale.segments)
    parts.push(
      element('line', {x1: segment.x0, y1: at.axisY, x2: segment.x1, y2: at.axisY, class: 'axis'})
    )
  for (const cut of scale.breaks)
    parts.push(
      text(cut.label, {
        x: (cut.x0 + cut.x1) / 2,
        y: at.axisY + 4,
        class: 'small muted middle break-label'
      })
    )

  // Clock labels centred on their ticks, day labels where the day changes.
  const clockRow = new Row(8)
  clockRow.place(0, gutterRight)
  const dayRow = new Row(12)
  let lastDay = ''
  let firstLabel = true
  for (const tick of clockTicks(scale, clock)) {
    const {daily} = tick
    parts.push(
      element('line', {x1: tick.x, y1: at.axisY - 5, x2: tick.x, y2: at.axisY, class: 'axis'})
    )
    const label = daily ? clock.local(tick.ms).toFormat('d LLL') : clock.time(tick.ms)
    const labelWidth = textWidth(label, size.small)
    if (!clockRow.place(tick.x - labelWidth / 2, labelWidth)) continue
    parts.push(
      text(label, {
        x: tick.x,
        y: at.clockY,
        class: 'small middle clock-label',
        'data-at': iso(tick.ms)
      })
    )
    const dayKey = daily ? clock.local(tick.ms).toFormat('yyyy') : clock.dayKey(tick.ms)
    if (tick.first || dayKey !== lastDay) {
      const day = daily
        ? clock.local(tick.ms).toFormat('yyyy')
        : firstLabel
          ? clock.dayWithYear(tick.ms)
          : clock.day(tick.ms)
      const dayWidth = textWidth(day, size.small, 'semibold')
      const dayX = Math.min(tick.x - labelWidth / 2, canvasRight - dayWidth)
      if (dayRow.place(dayX, dayWidth)) {
        parts.push(text(day, {x: dayX, y: at.dayY, class: 'small strong day-label'}))
        lastDay = dayKey
      }
    }
    firstLabel = false
  }

  const sinceRow = new Row(10)
  sinceRow.place(0, gutterRight)
  for (const cut of scale.breaks) sinceRow.place(cut.x0, cut.x1 - cut.x0)
  for (const tick of sinceTicks(scale, origin)) {
    parts.push(
      element('line', {x1: tick.x, y1: at.axisY, x2: tick.x, y2: at.axisY + 5, class: 'axis'})
    )
    const seconds = Math.round((tick.ms - origin) / 1000)
    const label = seconds >= 0 ? tickLabel(seconds) : `−${formatDuration(-seconds)}`
    const labelWidth = textWidth(label, size.small)
    if (sinceRow.place(tick.x - labelWidth / 2, labelWidth))
      parts.push(text(label, {x: tick.x, y: at.sinceY, class: 'small muted middle since-label'}))
  }
  return element('g', {class: 'time-axis'}, ...parts)
}

/** A row of labels placed left to right, each kept only when it clears the ones before. */
class Row {
  private readonly taken: Array<[number, number]> = []
  constructor(private readonly gap: number) {}
  place(x: number, width: number): boolean {
    const clear = this.taken.every(
      ([left, right]) => x + width + this.gap <= left || x >= right + this.gap
    )
    if (clear) this.taken.push([x, x + width])
    return clear
  }
}

/** The phase bands, and their labels (drawn later, over the milestone poles). */
function phaseBands(
  metrics: IncidentMetrics,
  scale: Scale,
  top: number,
  bottom: number,
  left: number,
  poles: number[]
): {bands: string; labels: string} {
  const bands: string[] = []
  const labels: string[] = []
  for (const name of phaseNames) {
    const seconds = metrics.phases[name]
    const [fromName, toName] = spans[name]
    const from = metrics.milestones[fromName]
    const to = metrics.milestones[toName]
    if (seconds === null || !from || !to) continue
    const x0 = scale.x(Date.parse(from.at))
    const x1 = Math.max(scale.x(Date.parse(to.at)), x0 + 2)
    const duration = formatDuration(seconds)
    bands.push(
      element(
        'g',
        {class: 'phase', 'data-phase': name},
        tooltip(`${phaseLabel[name]}: ${duration}`),
        element('rect', {
          x: x0,
          y: top + bandHeight,
          width: x1 - x0,
          height: bottom - top - bandHeight,
          fill: phaseColour[name],
          'fill-opacity': 0.07
        }),
        element('rect', {
          x: x0,
          y: top,
          width: x1 - x0,
          height: bandHeight,
          fill: phaseColour[name]
        })
      )
    )
    // The label goes in the widest stretch of the band that a cut in the axis leaves.
    const [pieceX0, pieceX1] = scale.segments
      .map((segment) => [Math.max(x0, segment.x0), Math.min(x1, segment.x1)] as const)
      .reduce((widest, piece) => (piece[1] - piece[0] > widest[1] - widest[0] ? piece : widest))
    const room = pieceX1 - pieceX0 - 10
    const full = `${phaseTitle[name]} ${duration}`
    const label = [full, duration].find(
      (candidate) => textWidth(candidate, size.small, 'semibold') <= room
    )
    if (label)
      labels.push(
        text(label, {
          x: (pieceX0 + pieceX1) / 2,
          y: top + 16,
          class: 'small strong middle phase-label',
          stroke: phaseColour[name]
        })
      )
  }
  if (bands.length === 0) {
    const missing = (['started', 'detected', 'diagnosed', 'resolved'] as const).filter(
      (name) => !metrics.milestones[name]
    )
    const why =
      missing.length > 0
        ? `no ${missing.join(', no ')} milestone`
        : 'the milestones are out of order'
    const message = `No phase can be measured: ${why}.`
    const messageWidth = textWidth(message, size.small)
    // Start clear of the milestone poles near the left edge.
    let x = left + 4
    for (const pole of [...poles].sort((a, b) => a - b))
      if (pole >= x - 8 && pole <= x + messageWidth + 8) x = pole + 10
    if (x + messageWidth > (scale.segments.at(-1) as Segment).x1) x = left + 4
    labels.push(
      text(message, {
        x,
        y: top + 16,
        class: 'small muted phase-label',
        stroke: '#ffffff'
      })
    )
  }
  return {
    bands: element('g', {class: 'phases'}, ...bands),
    labels: element('g', {class: 'phase-labels'}, ...labels)
  }
}

const phaseTitle = {detection: 'Detection', diagnosis: 'Diagnosis', recovery: 'Recovery'} as const

function breakMarks(scale: Scale, axisY: number, spineY: number, bottom: number): string {
  return element(
    'g',
    {class: 'breaks'},
    ...scale.breaks.map((cut) => {
      const slashes = (x: number, y: number) => `M${x - 5} ${y + 6}l5 -12M${x + 1} ${y + 6}l5 -12`
      return element(
        'g',
        {class: 'break', 'data-from': iso(cut.from), 'data-to': iso(cut.to)},
        tooltip(`${cut.label}: nothing happened from ${iso(cut.from)} to ${iso(cut.to)}`),
        element('rect', {
          x: cut.x0,
          y: axisY + 8,
          width: cut.x1 - cut.x0,
          height: bottom - axisY - 8,
          fill: '#ffffff'
        }),
        element('path', {
          d: slashes((cut.x0 + cut.x1) / 2 - 1, spineY),
          stroke: colour.edge,
          'stroke-width': 1.5,
          fill: 'none'
        })
      )
    })
  )
}

function spine(scale: Scale, entries: TimedEntry[], y: number): string {
  const parts = scale.segments.map((segment) =>
    element('line', {x1: segment.x0, y1: y, x2: segment.x1, y2: y, class: 'spine'})
  )
  for (const {ms, endMs} of entries) {
    if (endMs === undefined) continue
    parts.push(
      element('rect', {
        x: scale.x(ms),
        y: y + 2,
        width: Math.max(2, scale.x(endMs) - scale.x(ms)),
        height: 4,
        fill: colour.axis,
        class: 'entry-range'
      })
    )
  }
  return element('g', {class: 'spine-line'}, ...parts)
}

interface Flag extends Box {
  mark: Mark
  poleX: number
  name: string
  rest: string
}

function flagOf(
  mark: Mark,
  origin: number,
  clock: Clock,
  firstDay: string,
  scale: Scale,
  left: number,
  right: number
): Flag {
  const {milestone, ms, name} = mark
  const poleX = scale.x(ms)
  const when = stamp(ms, clock, firstDay, milestone.approximate, milestone.precision)
  const rest = ` ${when} · ${sinceLabel(ms - origin)}`
  const width = textWidth(name, size.label, 'semibold') + textWidth(rest, size.label) + 14
  const x = poleX + width <= right ? poleX : Math.max(left, poleX - width)
  return {mark, poleX, name, rest, x, width}
}

/** Top lanes first, so that lower flags cover the poles passing behind them. */
function milestoneMarks(flags: Flag[], lanes: number[], bandTop: number, spineY: number): string {
  const order = flags
    .map((flag, index) => ({flag, lane: lanes[index] ?? 0}))
    .sort((a, b) => b.lane - a.lane || a.flag.x - b.flag.x)
  const parts = order.map(({flag, lane}) => {
    const {mark, poleX} = flag
    const stroke = milestoneColour[mark.name]
    const approximate = mark.milestone.approximate
    const boxY = bandTop - 6 - (lane + 1) * flagPitch + (flagPitch - flagHeight)
    const evidence = mark.milestone.evidence
    return element(
      'g',
      {
        class: approximate ? 'milestone approximate' : 'milestone',
        'data-milestone': mark.name,
        'data-at': mark.milestone.at
      },
      tooltip(
        `${mark.name}${flag.rest}${approximate ? ' (approximate)' : ''}, ${mark.milestone.confidence} confidence, from ${mark.milestone.source} (line ${evidence.line}): ${evidence.text}`
      ),
      element('line', {
        x1: poleX,
        y1: boxY + flagHeight,
        x2: poleX,
        y2: spineY,
        stroke,
        'stroke-width': 2,
        class: approximate ? 'milestone-line approximate-line' : 'milestone-line'
      }),
      element('path', {
        d: `M${round(poleX)} ${round(spineY - 6)}l6 6l-6 6l-6 -6z`,
        fill: stroke,
        stroke: '#ffffff',
        'stroke-width': 1
      }),
      element('rect', {
        x: flag.x,
        y: boxY,
        width: flag.width,
        height: flagHeight,
        rx: 3,
        stroke,
        class: approximate ? 'flag-box approximate-line' : 'flag-box'
      }),
      element(
        'text',
        {x: flag.x + 7, y: boxY + 14, class: 'flag-label'},
        element('tspan', {class: 'strong', fill: stroke}, escapeText(mark.name)),
        element('tspan', {}, escapeText(flag.rest))
      )
    )
  })
  return element('g', {class: 'milestones'}, ...parts)
}

interface LabelLayout {
  maxWidth: number
  maxLines: number
}

/** Few entries get wrapped labels of up to three lines; many get one line each. */
function labelLayout(count: number, plotWidth: number): LabelLayout {
  if (count <= 12) return {maxWidth: Math.min(280, plotWidth / 3), maxLines: 3}
  if (count <= 30) return {maxWidth: Math.min(240, plotWidth / 3), maxLines: 2}
  return {maxWidth: Math.min(210, plotWidth / 3), maxLines: 1}
}

interface Label extends Box {
  item: TimedEntry
  tickX: number
  when: string
  lines: string[]
}

/** An entry's label; its time carries the date when the day differs from `day`, the entry before. */
function labelOf(
  item: TimedEntry,
  clock: Clock,
  day: string,
  scale: Scale,
  layout: LabelLayout,
  left: number,
  right: number
): Label {
  const {entry, ms} = item
  const when = stamp(ms, clock, day, entry.time?.approximate ?? false, entry.time?.precision)
  // The time is set in semibold: leave room for the difference.
  const bold = textWidth(when, size.label, 'semibold') - textWidth(when, size.label)
  const lines = wrap(
    `${when} ${entry.text}`,
    layout.maxWidth - 8 - bold,
    size.label,
    layout.maxLines
  )
  const width =
    Math.max(
      ...lines.map((line, index) => textWidth(line, size.label) + (index === 0 ? bold : 0))
    ) + 8
  const tickX = scale.x(ms)
  // Anchored in proportion to the tick's place: labels start at their tick on the left, end at
  // it on the right, so the ones near the right edge do not pile up against it.
  const share = Math.min(1, Math.max(0, (tickX - left) / (right - left)))
  const x = Math.min(Math.max(tickX - 4 - share * (width - 8), left), right - width)
  return {item, tickX, when, lines, x, width, span: lines.length}
}

function entryLabels(labels: Label[], lanes: number[], spineY: number, top: number): string {
  const leaders: string[] = []
  const groups: string[] = []
  labels.forEach((label, index) => {
    const {item, tickX, lines} = label
    const y = top + (lanes[index] ?? 0) * lanePitch
    const height = lines.length * lanePitch - (lanePitch - lineHeight) + 2
    const approximate = item.entry.time?.approximate ?? false
    leaders.push(
      element('line', {
        x1: tickX,
        y1: spineY + 6,
        x2: tickX,
        y2: y,
        class: approximate ? 'leader approximate-line' : 'leader'
      })
    )
    const tspans = lines.map((line, lineIndex) => {
      const attributes = {x: label.x + 4, y: y + 12 + lineIndex * lineHeight}
      if (lineIndex > 0 || !line.startsWith(label.when))
        return element('tspan', attributes, escapeText(line))
      return element(
        'tspan',
        attributes,
        element('tspan', {class: 'strong'}, escapeText(label.when)),
        element('tspan', {}, escapeText(line.slice(label.when.length)))
      )
    })
    groups.push(
      element(
        'g',
        {class: 'entry', 'data-at': item.entry.at ?? '', 'data-index': item.entry.index},
        tooltip(`${label.when} ${item.entry.text}`),
        element('line', {
          x1: tickX,
          y1: spineY - 6,
          x2: tickX,
          y2: spineY + 6,
          class: 'entry-tick'
        }),
        element('rect', {
          x: label.x,
          y,
          width: label.width,
          height,
          rx: 2,
          class: 'entry-label-box'
        }),
        element('text', {class: 'entry-label'}, ...tspans)
      )
    )
  })
  return element('g', {class: 'entries'}, element('g', {class: 'leaders'}, ...leaders), ...groups)
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
