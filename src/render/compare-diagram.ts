/**
 * Several outages side by side: one row each, aligned at the moment each
 * outage started (T+0), its detection, diagnosis and recovery phases stacked
 * back to back, on a linear or log time scale. Rows that cannot be measured
 * stay in the picture with the reason, so a review never loses an incident.
 */
import {scaleLinear, scaleLog} from 'd3-scale'
import {formatDuration} from '../metrics/format-duration.js'
import type {IncidentMetrics, MeasuredIncident} from '../metrics/measure.js'
import type {DurationName, PhaseName} from '../metrics/measure-durations.js'
import type {MilestoneName} from '../model.js'
import {element, svgDocument, text, tooltip} from './svg.js'
import {textWidth, truncate, wrap} from './text-width.js'
import {colour, phaseColour, phaseLabel, size, styleSheet} from './theme.js'
import {linearTicks, logTicks, tickLabel} from './time-axis.js'

/** What the rows can be sorted by. */
export type CompareSortKey = DurationName | PhaseName | 'date' | 'title'

/** Options of `compareDiagram`. */
export interface CompareDiagramOptions {
  /**
   * `'linear'` (default) compares durations directly; `'log'` keeps outages of
   * minutes and of days readable in one picture.
   */
  scale?: 'linear' | 'log'
  /**
   * Row order (default `'timeToResolve'`). Durations and phases put the
   * longest first, `'date'` the oldest first (the report's date, else the day
   * the outage started), `'title'` A to Z. Incidents without a value go last,
   * by title then file.
   */
  sortBy?: CompareSortKey
  /** Width in pixels (default 960, at least 600); the height grows with the rows. */
  width?: number
}

/**
 * An SVG document comparing measured outages aligned at their start.
 *
 * @example
 *   compareDiagram(incidents.map((incident) => measure(incident)), {scale: 'log', sortBy: 'timeToDetect'})
 *   // '<svg xmlns="http://www.w3.org/2000/svg" width="960" …'
 */
export function compareDiagram(
  measured: MeasuredIncident[],
  options: CompareDiagramOptions = {}
): string {
  const settings = normalize(options)
  const rows = measured
    .map(({metrics}, index) => toRow(metrics, index, settings.sortBy))
    .sort(compareRows(settings.sortBy))
  if (rows.length === 0) return emptyDocument(settings.width)
  return renderRows(rows, settings)
}

type Settings = Required<CompareDiagramOptions>

/** A bar segment in seconds since the outage started. */
interface Segment {
  phase: PhaseName | 'unknown'
  from: number
  to: number
  /** Its end was written as approximate. */
  approximate: boolean
  tooltip: string
}

interface Row {
  index: number
  title: string
  file: string
  date: string | undefined
  value: number | string | null
  segments: Segment[]
  /**
   * Text at the bar's end (`4h 17m`, `~4h 17m`, `unresolved: no end found`) or,
   * for a row without a bar, why it cannot be measured.
   */
  total: string
  measurable: boolean
  resolve: number | null
}

const sortKeys: readonly CompareSortKey[] = [
  'timeToResolve',
  'timeToDetect',
  'timeToAcknowledge',
  'timeToDiagnose',
  'timeToMitigate',
  'detection',
  'diagnosis',
  'recovery',
  'date',
  'title'
]

const sortLabel: Record<CompareSortKey, string> = {
  timeToResolve: 'time to resolve',
  timeToDetect: 'time to detect',
  timeToAcknowledge: 'time to acknowledge',
  timeToDiagnose: 'time to diagnose',
  timeToMitigate: 'time to mitigate',
  detection: 'detection phase',
  diagnosis: 'diagnosis phase',
  recovery: 'recovery phase',
  date: 'date',
  title: 'title'
}

const phaseOrder: readonly PhaseName[] = ['detection', 'diagnosis', 'recovery']
const phaseEnd: Record<PhaseName, MilestoneName> = {
  detection: 'detected',
  diagnosis: 'diagnosed',
  recovery: 'resolved'
}
const phaseName: Record<PhaseName, string> = {
  detection: 'Detection',
  diagnosis: 'Diagnosis',
  recovery: 'Recovery'
}

const minimumWidth = 600
const margin = 16
const rowHeight = 22
const barHeight = 12
/** Non-zero segments narrower than this are widened so that they stay visible. */
const minimumSegment = 3
const lineHeight = 15
const hatch = 'compare-hatch'

function normalize(options: CompareDiagramOptions): Settings {
  const scale = options.scale ?? 'linear'
  const sortBy = options.sortBy ?? 'timeToResolve'
  if (scale !== 'linear' && scale !== 'log')
    throw new RangeError(`Unexpected scale \`${String(scale)}\`, expected \`linear\` or \`log\``)
  if (!sortKeys.includes(sortBy))
    throw new RangeError(
      `Unexpected sortBy \`${String(sortBy)}\`, expected one of ${sortKeys.map((key) => `\`${key}\``).join(', ')}`
    )
  const width = Number.isFinite(options.width) ? (options.width as number) : 960
  return {scale, sortBy, width: Math.max(minimumWidth, Math.round(width))}
}

function toRow(metrics: IncidentMetrics, index: number, sortBy: CompareSortKey): Row {
  const {durations, phases, milestones, reasons, bounds} = metrics
  const started = milestones.started
  const resolve = durations.timeToResolve
  const date = metrics.date ?? started?.at.slice(0, 10)
  const title = metrics.title.trim() === '' ? '(untitled)' : metrics.title
  const row: Row = {
    index,
    title,
    file: metrics.file ?? '',
    date,
    value: sortValue(metrics, title, date, sortBy),
    segments: [],
    total: '',
    measurable: true,
    resolve
  }
  const approximate = (name: MilestoneName) =>
    Boolean(milestones[name]?.approximate || started?.approximate)
  const phaseSegment = (phase: PhaseName, from: number, to: number): Segment => {
    const range = bounds[phase]
    const about = approximate(phaseEnd[phase])
    const within = range
      ? ` (between ${formatDuration(range.min)} and ${formatDuration(range.max)})`
      : ''
    return {
      phase,
      from,
      to,
      approximate: about,
      tooltip: `${phaseName[phase]}: ${about ? '~' : ''}${formatDuration(to - from)}${within}, ${tickLabel(from)} to ${tickLabel(to)}`
    }
  }

  if (!started) {
    row.measurable = false
    row.total = `not measurable: no start found${knownPhases(metrics)}`
    return row
  }
  const detected = durations.timeToDetect
  const diagnosed = durations.timeToDiagnose
  if (resolve !== null) {
    row.total = `${approximate('resolved') ? '~' : ''}${formatDuration(resolve)}`
    if (
      detected !== null &&
      diagnosed !== null &&
      phases.detection !== null &&
      phases.diagnosis !== null &&
      phases.recovery !== null
    ) {
      row.segments = [
        phaseSegment('detection', 0, detected),
        phaseSegment('diagnosis', detected, diagnosed),
        phaseSegment('recovery', diagnosed, resolve)
      ]
    } else {
      const missing = phaseOrder.find((phase) => phases[phase] === null) ?? 'detection'
      row.segments = [
        {
          phase: 'unknown',
          from: 0,
          to: resolve,
          approximate: approximate('resolved'),
          tooltip: `Whole outage: ${row.total}; phases unknown (${phaseName[missing].toLowerCase()}: ${reasons[missing] ?? 'not measured'})`
        }
      ]
    }
    return row
  }
  // Started but no usable end: keep the phases that are known from the start on.
  if (detected !== null && phases.detection !== null) {
    row.segments.push(phaseSegment('detection', 0, detected))
    if (diagnosed !== null && phases.diagnosis !== null)
      row.segments.push(phaseSegment('diagnosis', detected, diagnosed))
  }
  const reason = reasons.timeToResolve
  const why = !reason || reason === 'no resolved milestone' ? 'no end found' : reason
  row.measurable = row.segments.length > 0
  row.total = row.measurable ? `unresolved: ${why}` : `not measurable: ${why}`
  return row
}

/** Phases measured between later milestones, worth saying when there is no start. */
function knownPhases(metrics: IncidentMetrics): string {
  const known = phaseOrder
    .filter((phase) => metrics.phases[phase] !== null)
    .map((phase) => `${phase} ${formatDuration(metrics.phases[phase])}`)
  return known.length > 0 ? ` (known: ${known.join(', ')})` : ''
}

function sortValue(
  metrics: IncidentMetrics,
  title: string,
  date: string | undefined,
  sortBy: CompareSortKey
): number | string | null {
  if (sortBy === 'title') return title
  if (sortBy === 'date') return date ?? null
  if (sortBy in metrics.durations) return metrics.durations[sortBy as DurationName]
  return metrics.phases[sortBy as PhaseName]
}

/** Code-unit comparison: the same order on every machine, whatever its locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Case-insensitive, with runs of digits compared as numbers (`Outage 9` before `Outage 10`). */
function compareNatural(a: string, b: string): number {
  const chunks = (value: string) => value.toLowerCase().match(/\d+|\D+/g) ?? []
  const left = chunks(a)
  const right = chunks(b)
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] as string
    const y = right[index] as string
    const numeric = /^\d/.test(x) && /^\d/.test(y)
    const order = numeric
      ? x.replace(/^0+/, '').length - y.replace(/^0+/, '').length ||
        compareStrings(x.replace(/^0+/, ''), y.replace(/^0+/, ''))
      : compareStrings(x, y)
    if (order !== 0) return order
  }
  return left.length - right.length
}

function compareRows(sortBy: CompareSortKey): (a: Row, b: Row) => number {
  const byName = (a: Row, b: Row) =>
    compareNatural(a.title, b.title) ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.file, b.file) ||
    a.index - b.index
  return (a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1
      return byName(a, b)
    }
    let order = 0
    if (typeof a.value === 'number' && typeof b.value === 'number') order = b.value - a.value
    else if (sortBy === 'date') order = compareStrings(String(a.value), String(b.value))
    else order = compareNatural(String(a.value), String(b.value))
    return order || byName(a, b)
  }
}

function titleOf(count: number, sortBy: CompareSortKey): string {
  return `${count} ${count === 1 ? 'outage' : 'outages'} side by side, sorted by ${sortLabel[sortBy]}`
}

function orderOf(sortBy: CompareSortKey): string {
  if (sortBy === 'date') return 'oldest first'
  if (sortBy === 'title') return 'A to Z'
  return 'longest first'
}

function emptyDocument(width: number): string {
  const message = 'No incidents were given, so there is nothing to draw.'
  return svgDocument({
    width,
    height: 72,
    title: 'No outages to compare',
    description: 'The comparison is empty: no incidents were given.',
    style: styleSheet(),
    body: [
      text('No outages to compare', {class: 'title', x: margin, y: 28}),
      text(message, {class: 'muted', x: margin, y: 50})
    ]
  })
}

interface Scale {
  (seconds: number): number
  ticks: number[]
  /** Where every bar starts. */
  origin: number
}

function makeScale(rows: Row[], settings: Settings, left: number, right: number): Scale {
  const ends = rows.flatMap((row) => row.segments.map((segment) => segment.to))
  const longest = Math.max(0, ...ends)
  if (settings.scale === 'linear') {
    // The longest bar fills the plot; round ticks stop before its end.
    const end = Math.max(longest, 60)
    const ticks = linearTicks(end, Math.max(2, Math.floor((right - left) / 60))).filter(
      (tick) => tick <= end
    )
    const x = scaleLinear().domain([0, end]).range([left, right])
    return Object.assign((seconds: number) => x(seconds), {ticks, origin: left})
  }
  const positive = ends.filter((end) => end > 0)
  const shortest = positive.length > 0 ? Math.min(...positive) : 60
  // Start a round tick at least three times below the shortest end, so that even
  // the shortest bar has a visible length instead of starting at its own end.
  const start = shortest / 3
  const ticks = logTicks(Math.max(start, 60), Math.max(longest, shortest, 3600))
  // logTicks starts at a minute; outages measured in seconds need rounder ticks below it.
  if (start < 60) {
    const below = [1, 5, 10, 30]
    const first = below.findLast((tick) => tick <= start) ?? 1
    ticks.unshift(...below.filter((tick) => tick >= first))
  }
  const low = ticks[0] as number
  const high = Math.max(ticks.at(-1) as number, longest)
  const x = scaleLog().domain([low, high]).range([left, right]).clamp(true)
  return Object.assign((seconds: number) => (seconds <= low ? left : x(seconds)), {
    ticks,
    origin: left
  })
}

/** Ticks whose labels do not overlap, the first one always kept. */
function labelledTicks(scale: Scale): Array<{seconds: number; x: number; label: string}> {
  const kept: Array<{seconds: number; x: number; label: string}> = []
  let lastRight = Number.NEGATIVE_INFINITY
  for (const seconds of scale.ticks) {
    const x = scale(seconds)
    const label = tickLabel(seconds)
    const half = textWidth(label, size.small) / 2
    if (x - half < lastRight + 8) continue
    kept.push({seconds, x, label})
    lastRight = x + half
  }
  return kept
}

interface Layout {
  width: number
  labelWidth: number
  dateX: number
  plotLeft: number
  x: Scale
}

function renderRows(rows: Row[], settings: Settings): string {
  const {width, sortBy} = settings
  const labelWidth = Math.round(Math.min(300, Math.max(150, width * 0.26)))
  const dateX = margin + labelWidth
  const plotLeft = dateX + Math.ceil(textWidth('0000-00-00', size.small)) + 14
  const totalWidth = Math.max(
    0,
    ...rows.filter((row) => row.measurable).map((row) => textWidth(row.total, size.small))
  )
  const plotRight = width - margin - Math.min(Math.ceil(totalWidth) + 8, Math.round(width * 0.25))
  const layout: Layout = {
    width,
    labelWidth,
    dateX,
    plotLeft,
    x: makeScale(rows, settings, plotLeft, plotRight)
  }
  const drawn = rows.map((row, index) => renderRow(row, index, layout))
  const widened = drawn.some((row) => row.widened)
  const approximate = rows.some((row) => row.segments.some((segment) => segment.approximate))

  const body: string[] = [
    element(
      'defs',
      {},
      element(
        'pattern',
        {
          id: hatch,
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)'
        },
        element('rect', {width: 6, height: 6, fill: '#ececec'}),
        element('line', {x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8a8a', 'stroke-width': 2})
      )
    ),
    text(titleOf(rows.length, sortBy), {class: 'title', x: margin, y: margin + 12})
  ]
  let y = margin + 12 + 4
  for (const line of wrap(
    captionOf(rows, settings, layout, widened),
    width - 2 * margin,
    size.small,
    4
  )) {
    y += lineHeight
    body.push(text(line, {class: 'small muted', x: margin, y}))
  }
  const legend = legendOf(width, y + 12, approximate)
  body.push(legend.svg)
  const headerY = legend.bottom + 22

  const ticks = labelledTicks(layout.x)
  const axisLabels = (at: number) =>
    ticks.map((tick) => text(tick.label, {class: 'small muted middle', x: tick.x, y: at}))
  const top = headerY + 8
  const bottom = top + rows.length * rowHeight
  body.push(
    text('Incident', {class: 'small strong', x: margin, y: headerY}),
    text('Date', {class: 'small strong', x: dateX, y: headerY}),
    ...axisLabels(headerY),
    element(
      'g',
      {class: 'grid'},
      ...ticks.map((tick) =>
        element('line', {
          x1: tick.x,
          y1: top,
          x2: tick.x,
          y2: bottom,
          stroke: tick.x === layout.plotLeft ? colour.axis : colour.grid,
          'stroke-width': 1
        })
      )
    ),
    element(
      'g',
      {class: 'rows'},
      ...drawn.map((row, index) =>
        element(
          'g',
          {
            class: 'row',
            'data-file': rows[index]?.file,
            'data-title': rows[index]?.title,
            'data-value': valueText(rows[index]?.value ?? null),
            transform: `translate(0 ${top + index * rowHeight})`
          },
          ...row.parts
        )
      )
    ),
    element('line', {
      x1: margin,
      y1: bottom,
      x2: width - margin,
      y2: bottom,
      stroke: colour.axis,
      'stroke-width': 1
    })
  )
  y = bottom
  // Long lists get the axis again at the bottom, where the eye is.
  if (rows.length > 15) {
    y += 16
    body.push(...axisLabels(y))
  }
  return svgDocument({
    width,
    height: y + margin,
    title: titleOf(rows.length, sortBy),
    description: descriptionOf(rows, settings),
    style: styleSheet(
      [
        '.row:hover .band{fill:#dbe9f7;fill-opacity:1}',
        '.note{font-style:italic}',
        '.inbar{font-size:10px}'
      ].join('\n')
    ),
    body
  })
}

function valueText(value: number | string | null): string {
  return value === null ? '' : String(value)
}

/** One row's elements, in the row's own coordinates (y from 0 to `rowHeight`). */
function renderRow(row: Row, index: number, layout: Layout): {parts: string[]; widened: boolean} {
  const {x, width} = layout
  const middle = rowHeight / 2
  const baseline = middle + 4
  const barTop = middle - barHeight / 2
  const label = row.file ? `${row.title} (${row.file})` : row.title
  const parts = [
    element(
      'rect',
      {
        class: 'band',
        x: margin - 4,
        y: 0,
        width: width - 2 * margin + 8,
        height: rowHeight,
        fill: '#000000',
        'fill-opacity': index % 2 === 0 ? 0 : 0.035
      },
      tooltip(`${label}: ${row.total}`)
    ),
    element(
      'g',
      {class: 'label'},
      tooltip(label),
      text(truncate(row.title, layout.labelWidth - 12, size.label), {x: margin, y: baseline})
    ),
    text(row.date ?? '—', {class: 'small muted date', x: layout.dateX, y: baseline})
  ]

  let cursor = x.origin
  let widened = false
  for (const segment of row.segments) {
    const start = cursor
    let end = Math.max(start, x(segment.to))
    if (segment.to > segment.from && end - start < minimumSegment) {
      end = start + minimumSegment
      widened = true
    }
    cursor = end
    if (end === start) continue
    const unknown = segment.phase === 'unknown'
    const attributes = {
      class: `segment ${segment.phase}${segment.approximate ? ' approximate' : ''}`,
      'data-phase': segment.phase,
      'data-from': segment.from,
      'data-to': segment.to,
      x: start,
      y: barTop,
      width: end - start,
      height: barHeight,
      fill: unknown ? `url(#${hatch})` : phaseColour[segment.phase as PhaseName],
      'fill-opacity': segment.approximate && !unknown ? 0.55 : undefined,
      stroke: unknown ? colour.axis : undefined,
      'stroke-width': unknown ? 1 : undefined
    }
    parts.push(element('rect', attributes, tooltip(segment.tooltip)))
    const inside = formatDuration(segment.to - segment.from)
    if (!unknown && textWidth(inside, 10) + 8 <= end - start)
      parts.push(
        text(inside, {
          class: 'inbar middle',
          x: (start + end) / 2,
          y: middle + 3.5,
          'pointer-events': 'none'
        })
      )
    if (segment.approximate)
      parts.push(
        element('line', {
          class: 'approximate-end',
          x1: end,
          y1: barTop - 3,
          x2: end,
          y2: barTop + barHeight + 3,
          stroke: colour.text,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 2'
        })
      )
  }

  const room = width - margin
  if (row.measurable) {
    const at = cursor + 6
    parts.push(
      text(truncate(row.total, room - at, size.small), {
        class: `small total${row.resolve === null ? ' muted note' : ''}`,
        x: at,
        y: baseline
      })
    )
  } else {
    const at = layout.plotLeft + 6
    parts.push(
      element(
        'g',
        {class: 'not-measurable'},
        tooltip(row.total),
        text(truncate(row.total, room - at, size.small), {
          class: 'small muted note total',
          x: at,
          y: baseline
        })
      )
    )
  }
  return {parts, widened}
}

function captionOf(rows: Row[], settings: Settings, layout: Layout, widened: boolean): string {
  const sentences = [
    `Each bar starts when its outage started (T+0) and ends when it was resolved, split into detection, diagnosis and recovery; rows ${orderOf(settings.sortBy)}${settings.sortBy === 'title' ? '' : `, those without a ${sortLabel[settings.sortBy]} last`}.`
  ]
  if (settings.scale === 'log')
    sentences.push(
      `Log scale: the axis starts at ${tickLabel(layout.x.ticks[0] ?? 60)}, not T+0, since a log scale has no zero; each phase runs from where the one before it ended, so a segment's length shows a ratio of times, not a duration.`
    )
  if (widened)
    sentences.push(
      `Segments shorter than ${minimumSegment} px are drawn ${minimumSegment} px wide.`
    )
  const unmeasured = rows.filter((row) => !row.measurable).length
  if (unmeasured > 0)
    sentences.push(
      `${unmeasured} of ${rows.length} cannot be measured (no start or no end found) and show why.`
    )
  return sentences.join(' ')
}

/** The phases, the neutral bar and the approximate end, wrapped to the width. */
function legendOf(width: number, top: number, approximate: boolean): {svg: string; bottom: number} {
  const swatch = (fill: string, extra: Record<string, string | number> = {}) =>
    element('rect', {x: 0, y: -9, width: 16, height: 10, fill, ...extra})
  const items: Array<{label: string; symbol: string}> = [
    ...phaseOrder.map((phase) => ({label: phaseLabel[phase], symbol: swatch(phaseColour[phase])})),
    {
      label: 'Phases unknown (whole outage)',
      symbol: swatch(`url(#${hatch})`, {stroke: colour.axis, 'stroke-width': 1})
    }
  ]
  if (approximate)
    items.push({
      label: 'Approximate end (lighter, dashed)',
      symbol:
        swatch(phaseColour.recovery, {'fill-opacity': 0.55}) +
        element('line', {
          x1: 16,
          y1: -12,
          x2: 16,
          y2: 4,
          stroke: colour.text,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 2'
        })
    })
  const parts: string[] = []
  let x = margin
  let y = top + 12
  for (const item of items) {
    const itemWidth = 22 + textWidth(item.label, size.small)
    if (x > margin && x + itemWidth > width - margin) {
      x = margin
      y += lineHeight + 3
    }
    parts.push(
      element(
        'g',
        {class: 'legend-item', transform: `translate(${Math.round(x)} ${y})`},
        item.symbol,
        text(item.label, {class: 'small', x: 22, y: 0})
      )
    )
    x += itemWidth + 20
  }
  return {svg: element('g', {class: 'legend'}, ...parts), bottom: y}
}

function descriptionOf(rows: Row[], settings: Settings): string {
  const resolved = rows
    .filter((row): row is Row & {resolve: number} => row.resolve !== null)
    // A stable sort: ties keep the rows' own deterministic order.
    .sort((a, b) => b.resolve - a.resolve)
  const sentences = [
    `${rows.length} ${rows.length === 1 ? 'outage' : 'outages'} aligned at their start, sorted by ${sortLabel[settings.sortBy]} (${orderOf(settings.sortBy)}), on a ${settings.scale} time scale.`
  ]
  const longest = resolved[0]
  const shortest = resolved.at(-1)
  if (longest && shortest)
    sentences.push(
      resolved.length === 1
        ? `Only ${longest.title} has a time to resolve: ${formatDuration(longest.resolve)}.`
        : `Longest: ${longest.title}, ${formatDuration(longest.resolve)}; shortest: ${shortest.title}, ${formatDuration(shortest.resolve)}.`
    )
  else sentences.push('None has a measured time to resolve.')
  const unmeasured = rows.filter((row) => !row.measurable).length
  if (unmeasured > 0) sentences.push(`${unmeasured} cannot be measured.`)
  return sentences.join(' ')
}
