/**
 * The charts of a review, as SVG documents built from its data: every
 * incident's durations as dots on a log time axis (never a lone mean), the
 * split of outage time between the phases, the medians of four quarters
 * with their intervals, and counts against the previous period. Pure and
 * deterministic; an empty input draws a note instead of a chart.
 */
import {formatDuration} from '../metrics/format-duration.js'
import {durationNames, type PhaseName, phaseNames} from '../metrics/measure-durations.js'
import {element, svgDocument, text, tooltip} from '../render/svg.js'
import {textWidth, truncate, wrap} from '../render/text-width.js'
import {colour, phaseColour, size, styleSheet} from '../render/theme.js'
import {logTicks} from '../render/time-axis.js'
import type {DurationSummary, Review, Tally} from './build-review.js'
import {intervalText, measureLabel, measureSpan, plural, shareText} from './review-text.js'
import {minimumForInterval, minimumToCompare} from './statistics.js'

/** Options shared by the charts. */
export interface ChartOptions {
  /** Width in pixels (default 920, at least 560); the height follows the data. */
  width?: number
}

const margin = 16
const lineHeight = 15
/** Colour of dots and bars that are not a phase. */
const ink = '#0072b2'
const intervalFill = '#0072b2'

/**
 * Every incident's durations and phases as dots on one log time axis, one
 * row per measure; dots that would overlap are stacked, the median is a
 * line and its 95% bootstrap interval a shaded band.
 *
 * @example
 *   distributionChart(review.durations) // '<svg xmlns="http://www.w3.org/2000/svg" width="920" …'
 */
export function distributionChart(
  summaries: readonly DurationSummary[],
  options: ChartOptions = {}
): string {
  const width = widthOf(options)
  const title = 'Distribution of durations and phases'
  if (summaries.every((summary) => summary.values.length === 0))
    return noteDocument(
      width,
      title,
      'No durations to show: no incident has the milestones they are measured between.'
    )

  const labelWidth = 190
  const summaryWidth = 150
  const plotLeft = margin + labelWidth
  const plotRight = width - margin - summaryWidth
  const values = summaries.flatMap((summary) => summary.values.map((value) => value.seconds))
  const bounds = summaries.flatMap((summary) =>
    summary.interval ? [summary.interval.low, summary.interval.high] : []
  )
  const x = logScale([...values, ...bounds], plotLeft, plotRight)
  const radius = 4.5
  const pitch = 2 * radius + 1

  const body: string[] = []
  let y = margin
  const legend = legendRow(
    [
      {label: 'one incident', symbol: dotSymbol(ink)},
      {label: 'median', symbol: medianSymbol()},
      {label: '95% interval of the median (bootstrap)', symbol: bandSymbol()},
      ...(x.zero ? [{label: '0: the two milestones at the same time', symbol: ''}] : [])
    ],
    width,
    y + 10
  )
  body.push(legend.svg)
  y = legend.bottom + 14

  const rows: string[] = []
  const rowTop = y
  let group: 'duration' | 'phase' | undefined
  for (const summary of summaries) {
    const kind = isPhase(summary.name) ? 'phase' : 'duration'
    if (kind !== group) {
      group = kind
      y += 8
      rows.push(
        text(
          kind === 'duration'
            ? 'Durations, from the start of impact'
            : 'Phases, back to back: detection, diagnosis, recovery',
          {class: 'strong group', x: margin, y: y + 10}
        )
      )
      y += 20
    }
    const drawn = distributionRow(summary, {y, x, radius, pitch, plotLeft, plotRight, width})
    rows.push(drawn.svg)
    y += drawn.height
  }
  const plotBottom = y + 4

  body.push(gridLines(x, rowTop, plotBottom))
  body.push(...rows)
  body.push(axisLabels(x, plotBottom + 14))
  body.push(
    text('log scale: each step to the right multiplies the time', {
      class: 'small muted end',
      x: plotRight,
      y: plotBottom + 30
    })
  )
  const described = summaries
    .map((summary) =>
      summary.median === null
        ? `${measureLabel[summary.name]}: no values`
        : `${measureLabel[summary.name]}: median ${formatDuration(summary.median)} (n = ${summary.n})`
    )
    .join('; ')
  return svgDocument({
    width,
    height: plotBottom + 40,
    title,
    description: `Each incident's durations and phases as a dot on a log time axis, with the median and its 95% interval. ${described}.`,
    style: chartStyle(),
    body
  })
}

interface RowLayout {
  y: number
  x: LogScale
  radius: number
  pitch: number
  plotLeft: number
  plotRight: number
  width: number
}

function distributionRow(
  summary: DurationSummary,
  layout: RowLayout
): {svg: string; height: number} {
  const {x, radius, pitch, plotLeft, plotRight, width} = layout
  const fill = isPhase(summary.name) ? phaseColour[summary.name as PhaseName] : ink
  const placed = beeswarm(
    summary.values.map((value) => x(value.seconds)),
    pitch,
    6
  )
  const lanes = Math.max(0, ...placed.map((offset) => Math.abs(offset) / pitch))
  const height = Math.max(48, (2 * lanes + 1) * pitch + 16)
  const top = layout.y
  const middle = top + height / 2
  const parts: string[] = [
    element('rect', {
      class: 'row-band',
      x: margin - 4,
      y: top,
      width: width - 2 * margin + 8,
      height,
      fill: '#000000',
      'fill-opacity': 0.025
    })
  ]

  const counts = `n = ${summary.n}${summary.missing > 0 ? ` · ${summary.missing} missing` : ''}`
  parts.push(
    element(
      'g',
      {class: 'label'},
      tooltip(`${measureLabel[summary.name]}: ${measureSpan(summary.name)}`),
      text(measureLabel[summary.name], {class: 'strong', x: margin, y: middle - 9})
    ),
    text(counts, {class: 'small muted', x: margin, y: middle + 6})
  )
  if (summary.n > 0 && summary.tooFew)
    parts.push(text('too few to compare', {class: 'small muted', x: margin, y: middle + 20}))

  if (summary.values.length === 0) {
    parts.push(
      text('No incident has this measure.', {class: 'muted empty', x: plotLeft + 8, y: middle + 4})
    )
  } else {
    if (summary.interval)
      parts.push(
        element(
          'rect',
          {
            class: 'interval',
            x: x(summary.interval.low),
            y: top + 3,
            width: Math.max(2, x(summary.interval.high) - x(summary.interval.low)),
            height: height - 6,
            fill: intervalFill,
            'fill-opacity': 0.13
          },
          tooltip(`95% interval of the median: ${intervalText(summary.interval)}`)
        )
      )
    summary.values.forEach((value, index) => {
      parts.push(
        element(
          'circle',
          {
            class: 'dot',
            'data-seconds': value.seconds,
            cx: x(value.seconds),
            cy: middle + (placed[index] as number),
            r: radius,
            fill
          },
          tooltip(
            `${value.title}: ${formatDuration(value.seconds)}${value.file ? ` (${value.file})` : ''}`
          )
        )
      )
    })
    if (summary.median !== null) {
      const at = x(summary.median)
      parts.push(
        element(
          'line',
          {
            class: 'median',
            x1: at,
            x2: at,
            y1: top + 2,
            y2: top + height - 2,
            stroke: colour.text,
            'stroke-width': 2.5
          },
          tooltip(`Median ${formatDuration(summary.median)}`)
        )
      )
    }
  }

  const right = plotRight + 16
  if (summary.median !== null) {
    parts.push(
      text(`median ${formatDuration(summary.median)}`, {class: 'strong', x: right, y: middle - 3})
    )
    parts.push(
      text(
        summary.interval
          ? `95% CI ${intervalText(summary.interval)}`
          : `no interval (n < ${minimumForInterval})`,
        {class: 'small muted', x: right, y: middle + 12}
      )
    )
  } else {
    parts.push(text('—', {class: 'muted', x: right, y: middle + 4}))
  }
  return {
    svg: element('g', {class: 'row', 'data-measure': summary.name}, ...parts),
    height: height + 4
  }
}

/**
 * The split of outage time between detection, diagnosis and recovery as one
 * bar that adds up to 100%.
 *
 * @example
 *   timeSharesChart(review.timeShares)
 */
export function timeSharesChart(shares: Review['timeShares'], options: ChartOptions = {}): string {
  const width = widthOf(options)
  const title = 'Where the outage time went'
  if (shares.incidents === 0 || shares.total <= 0)
    return noteDocument(
      width,
      title,
      'No incident has all three phases measured, so outage time cannot be split between them.'
    )
  const left = margin
  const right = width - margin
  const barTop = margin + 30
  const barHeight = 34
  const body: string[] = [
    text(
      `${formatDuration(shares.total)} of outage time over ${plural(shares.incidents, 'incident')} with all three phases known`,
      {class: 'strong', x: margin, y: margin + 12}
    )
  ]
  let cursor = left
  const legend: Array<{label: string; symbol: string}> = []
  for (const phase of shares.phases) {
    const segment = (right - left) * phase.share
    const label = `${capitalize(phase.name)} ${shareText(phase.share)}`
    const detail = `${capitalize(phase.name)} (${measureSpan(phase.name)}): ${formatDuration(phase.seconds)}, ${shareText(phase.share)}`
    if (segment > 0) {
      body.push(
        element(
          'rect',
          {
            class: `share ${phase.name}`,
            'data-share': phase.share,
            x: cursor,
            y: barTop,
            width: segment,
            height: barHeight,
            fill: phaseColour[phase.name]
          },
          tooltip(detail)
        )
      )
      const inside = [label, shareText(phase.share)].find(
        (candidate) => textWidth(candidate, size.label, 'semibold') + 10 <= segment
      )
      if (inside)
        body.push(
          text(inside, {
            class: 'strong middle',
            x: cursor + segment / 2,
            y: barTop + barHeight / 2 + 4,
            'pointer-events': 'none'
          })
        )
    }
    cursor += segment
    legend.push({label: detail, symbol: swatch(phaseColour[phase.name])})
  }
  const rows = legendRow(legend, width, barTop + barHeight + 24)
  body.push(rows.svg)
  return svgDocument({
    width,
    height: rows.bottom + margin,
    title,
    description: `Share of ${formatDuration(shares.total)} of outage time over ${plural(shares.incidents, 'incident')}: ${shares.phases.map((phase) => `${phase.name} ${shareText(phase.share)} (${formatDuration(phase.seconds)})`).join(', ')}.`,
    style: chartStyle(),
    body
  })
}

/**
 * The median of each duration over the quarters of the trend, with its 95%
 * interval as a whisker, as small multiples on one shared log scale.
 * Medians of fewer than five incidents are hollow: too few to compare.
 *
 * @example
 *   trendChart(review.trend)
 */
export function trendChart(trend: Review['trend'], options: ChartOptions = {}): string {
  const width = widthOf(options)
  const title = 'Medians over the last four quarters'
  const points = trend.flatMap((quarter) =>
    durationNames.flatMap((name) => {
      const value = quarter.medians[name]
      return value.median === null
        ? []
        : [value.median, ...(value.interval ? [value.interval.low, value.interval.high] : [])]
    })
  )
  if (trend.length === 0 || points.length === 0)
    return noteDocument(
      width,
      title,
      trend.length === 0
        ? 'No dated incidents, so there is no trend to draw.'
        : `No duration was measured in ${trend.map((quarter) => quarter.period.label).join(', ')}.`
    )

  const columns = 3
  const gap = 20
  const panelWidth = (width - 2 * margin - (columns - 1) * gap) / columns
  const panelHeight = 200
  const axisWidth = 44
  const plotTop = 30
  const plotBottom = panelHeight - 42
  const y = logScale(points, plotBottom, plotTop)
  const body: string[] = []
  const cells = [...durationNames.map((name) => ({name})), {name: 'legend' as const}]
  cells.forEach((cell, index) => {
    const column = index % columns
    const row = Math.floor(index / columns)
    const left = margin + column * (panelWidth + gap)
    const top = margin + row * (panelHeight + gap)
    if (cell.name === 'legend') {
      body.push(trendLegend(left, top, panelWidth))
      return
    }
    const name = cell.name
    const parts: string[] = [
      element('rect', {
        class: 'panel',
        x: 0,
        y: 0,
        width: panelWidth,
        height: panelHeight,
        fill: 'none',
        stroke: colour.grid
      }),
      text(measureLabel[name], {class: 'strong', x: 10, y: 18})
    ]
    for (const tick of visibleTicks(y, 14)) {
      parts.push(
        element('line', {
          class: 'grid',
          x1: axisWidth,
          x2: panelWidth - 8,
          y1: y(tick),
          y2: y(tick)
        }),
        text(formatDuration(tick), {class: 'small muted end', x: axisWidth - 5, y: y(tick) + 4})
      )
    }
    if (y.zero) parts.push(text('0', {class: 'small muted end', x: axisWidth - 5, y: y(0) + 4}))
    const step = (panelWidth - axisWidth - 8) / trend.length
    trend.forEach((quarter, position) => {
      const center = axisWidth + step * (position + 0.5)
      const value = quarter.medians[name]
      const last = position === trend.length - 1
      if (last)
        parts.push(
          element('rect', {
            class: 'current',
            x: center - step / 2,
            y: plotTop - 8,
            width: step,
            height: plotBottom - plotTop + 16,
            fill: '#000000',
            'fill-opacity': 0.035
          })
        )
      parts.push(
        text(quarter.period.label, {
          class: `small middle${last ? ' strong' : ''}`,
          x: center,
          y: plotBottom + 20
        }),
        text(`n = ${value.n}`, {class: 'small muted middle', x: center, y: plotBottom + 34})
      )
      if (value.median === null) {
        parts.push(text('—', {class: 'muted middle', x: center, y: (plotTop + plotBottom) / 2}))
        return
      }
      const comparable = value.n >= minimumToCompare
      const label = `${quarter.period.label}, ${measureLabel[name].toLowerCase()}: median ${formatDuration(value.median)}${value.interval ? ` (95% CI ${intervalText(value.interval)})` : ''}, n = ${value.n}${comparable ? '' : ', too few to compare'}`
      const mark: string[] = []
      if (value.interval) {
        const low = y(value.interval.low)
        const high = y(value.interval.high)
        mark.push(
          element('line', {class: 'whisker', x1: center, x2: center, y1: low, y2: high}),
          element('line', {class: 'whisker', x1: center - 5, x2: center + 5, y1: low, y2: low}),
          element('line', {class: 'whisker', x1: center - 5, x2: center + 5, y1: high, y2: high})
        )
      }
      mark.push(
        element('circle', {
          class: comparable ? 'median-point' : 'median-point too-few',
          cx: center,
          cy: y(value.median),
          r: 5,
          fill: comparable ? ink : '#ffffff',
          stroke: ink,
          'stroke-width': 2
        })
      )
      parts.push(
        element(
          'g',
          {class: 'quarter', 'data-quarter': quarter.period.label, 'data-median': value.median},
          tooltip(label),
          ...mark
        )
      )
    })
    body.push(
      element(
        'g',
        {class: 'trend-panel', 'data-measure': name, transform: `translate(${left} ${top})`},
        ...parts
      )
    )
  })
  const rows = Math.ceil(cells.length / columns)
  return svgDocument({
    width,
    height: margin + rows * panelHeight + (rows - 1) * gap + margin,
    title,
    description: `Median durations in ${trend.map((quarter) => quarter.period.label).join(', ')}, each with its 95% interval, on one log time scale. ${durationNames
      .map(
        (name) =>
          `${measureLabel[name]}: ${trend.map((quarter) => `${quarter.period.label} ${formatDuration(quarter.medians[name].median)} (n = ${quarter.medians[name].n})`).join(', ')}`
      )
      .join('. ')}.`,
    style: chartStyle(),
    body
  })
}

function trendLegend(left: number, top: number, panelWidth: number): string {
  const items = [
    {
      symbol: element('circle', {cx: 6, cy: -4, r: 5, fill: ink, stroke: ink, 'stroke-width': 2}),
      label: `median of ${minimumToCompare} or more incidents`
    },
    {
      symbol: element('circle', {
        cx: 6,
        cy: -4,
        r: 5,
        fill: '#ffffff',
        stroke: ink,
        'stroke-width': 2
      }),
      label: `median of fewer: too few to compare`
    },
    {
      symbol: element('line', {class: 'whisker', x1: 6, x2: 6, y1: -12, y2: 4}),
      label: `95% interval (from ${minimumForInterval} incidents)`
    },
    {symbol: '', label: '— no incident with this measure'},
    {symbol: '', label: 'One log scale for every panel.'}
  ]
  const parts = items.flatMap((item, index) => {
    const lines = wrap(item.label, panelWidth - 34, size.small, 2)
    return [
      element(
        'g',
        {transform: `translate(10 ${30 + index * 30})`},
        item.symbol,
        ...lines.map((line, number) =>
          text(line, {class: 'small', x: item.symbol ? 22 : 0, y: number * 13})
        )
      )
    ]
  })
  return element('g', {class: 'legend', transform: `translate(${left} ${top})`}, ...parts)
}

/** Options of `countsChart`. */
export interface CountsChartOptions extends ChartOptions {
  /** At most this many bars per group (default 8); the rest are counted in a note. */
  limit?: number
  /** What the current counts are (default `'this period'`). */
  currentLabel?: string
  /** What the previous counts are (default `'previous period'`). */
  previousLabel?: string
}

/**
 * Counts by name as horizontal bars in groups (severity, service, tag), on
 * one scale, each with a thin bar for the previous period when known.
 *
 * @example
 *   countsChart([{heading: 'Severity', tallies: review.counts.bySeverity}])
 */
export function countsChart(
  groups: ReadonlyArray<{heading: string; tallies: readonly Tally[]}>,
  options: CountsChartOptions = {}
): string {
  const width = widthOf(options)
  const limit = Math.max(1, options.limit ?? 8)
  const current = options.currentLabel ?? 'this period'
  const previousLabel = options.previousLabel ?? 'previous period'
  const title = 'Incidents by severity, service and tag'
  if (groups.every((group) => group.tallies.length === 0))
    return noteDocument(width, title, 'No incidents to count.')

  const withPrevious = groups.some((group) =>
    group.tallies.some((tally) => tally.previous !== null)
  )
  const labelWidth = 200
  const left = margin + labelWidth
  const right = width - margin - 40
  const most = Math.max(
    1,
    ...groups.flatMap((group) =>
      group.tallies.flatMap((tally) => [tally.count, tally.previous ?? 0])
    )
  )
  const scale = (count: number) => left + ((right - left) * count) / most
  const body: string[] = []
  let y = margin
  const legend = legendRow(
    [
      {label: current, symbol: swatch(ink)},
      ...(withPrevious
        ? [
            {
              label: previousLabel,
              symbol: element('rect', {x: 0, y: -5, width: 16, height: 4, fill: colour.muted})
            }
          ]
        : [])
    ],
    width,
    y + 10
  )
  body.push(legend.svg)
  y = legend.bottom + 12
  const gridTop = y
  const rows: string[] = []
  for (const group of groups) {
    y += 8
    rows.push(text(group.heading, {class: 'strong group', x: margin, y: y + 10}))
    y += 20
    if (group.tallies.length === 0) {
      rows.push(text('None recorded.', {class: 'small muted', x: margin, y: y + 10}))
      y += 22
      continue
    }
    for (const tally of group.tallies.slice(0, limit)) {
      const barHeight = 12
      const parts = [
        text(truncate(tally.name, labelWidth - 12, size.label), {x: margin, y: y + 11}),
        element(
          'rect',
          {
            class: 'count',
            'data-count': tally.count,
            x: left,
            y: y + 1,
            width: Math.max(1, scale(tally.count) - left),
            height: barHeight,
            fill: ink
          },
          tooltip(
            `${tally.name}: ${tally.count}${tally.previous === null ? '' : ` (${previousLabel}: ${tally.previous})`}`
          )
        ),
        text(String(tally.count), {class: 'small', x: scale(tally.count) + 6, y: y + 11})
      ]
      if (tally.previous !== null)
        parts.push(
          element(
            'rect',
            {
              class: 'previous',
              'data-count': tally.previous,
              x: left,
              y: y + barHeight + 3,
              width: tally.previous > 0 ? scale(tally.previous) - left : 0,
              height: 4,
              fill: colour.muted
            },
            tooltip(`${tally.name}, ${previousLabel}: ${tally.previous}`)
          )
        )
      rows.push(element('g', {class: 'tally', 'data-name': tally.name}, ...parts))
      y += withPrevious ? 26 : 20
    }
    if (group.tallies.length > limit) {
      rows.push(
        text(`and ${group.tallies.length - limit} more (see the table)`, {
          class: 'small muted',
          x: left,
          y: y + 10
        })
      )
      y += 20
    }
  }
  const ticks = countTicks(most)
  body.push(
    ...ticks.map((tick) =>
      element('line', {class: 'grid', x1: scale(tick), x2: scale(tick), y1: gridTop, y2: y})
    ),
    ...rows,
    ...ticks.map((tick) =>
      text(String(tick), {class: 'small muted middle', x: scale(tick), y: y + 14})
    )
  )
  return svgDocument({
    width,
    height: y + 14 + margin,
    title,
    description: groups
      .map(
        (group) =>
          `${group.heading}: ${
            group.tallies.length === 0
              ? 'none'
              : group.tallies
                  .map(
                    (tally) =>
                      `${tally.name} ${tally.count}${tally.previous === null ? '' : ` (${previousLabel} ${tally.previous})`}`
                  )
                  .join(', ')
          }`
      )
      .join('. '),
    style: chartStyle(),
    body
  })
}

/** Whole-number ticks up to `most`, about five. */
function countTicks(most: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => most / s <= 5) ?? 1000
  const ticks: number[] = []
  for (let tick = 0; tick <= most; tick += step) ticks.push(tick)
  return ticks
}

/** Where durations go on a log axis; zero (not on a log scale) gets a slot of its own. */
interface LogScale {
  (seconds: number): number
  ticks: number[]
  /** Whether a value of zero was given, drawn at its own slot before the axis. */
  zero: boolean
}

/** Pixels between the slot for zero and the start of the log axis. */
const zeroGap = 26

/** A log scale from `from` to `to` (pixels; `to` may be smaller, for a y axis). */
function logScale(values: readonly number[], from: number, to: number): LogScale {
  const positive = values.filter((value) => value > 0)
  const zero = values.some((value) => value <= 0)
  const lowest = positive.length > 0 ? Math.min(...positive) : 60
  const highest = positive.length > 0 ? Math.max(...positive) : 3600
  const ticks = logTicks(Math.max(lowest, 60), Math.max(highest, lowest * 3, 300))
  // logTicks starts at a minute; durations of seconds need rounder ticks below it.
  if (lowest < 60) {
    const below = [1, 5, 10, 30]
    const first = below.findLast((tick) => tick <= lowest) ?? 1
    ticks.unshift(...below.filter((tick) => tick >= first))
  }
  const low = ticks[0] as number
  const high = Math.max(ticks.at(-1) as number, highest)
  const direction = to >= from ? 1 : -1
  const start = zero ? from + direction * zeroGap : from
  const span = Math.log(high) - Math.log(low)
  const scale = (seconds: number) => {
    if (seconds <= 0) return from
    const share = Math.min(1, Math.max(0, (Math.log(seconds) - Math.log(low)) / span))
    return start + (to - start) * share
  }
  return Object.assign(scale, {ticks, zero})
}

/** Ticks whose labels do not overlap (at `spacing` pixels at least). */
function visibleTicks(scale: LogScale, spacing: number): number[] {
  const kept: number[] = []
  let last = Number.NEGATIVE_INFINITY
  for (const tick of scale.ticks) {
    const at = scale(tick)
    if (Math.abs(at - last) < spacing) continue
    kept.push(tick)
    last = at
  }
  return kept
}

function gridLines(x: LogScale, top: number, bottom: number): string {
  const lines = x.ticks.map((tick) =>
    element('line', {class: 'grid', x1: x(tick), x2: x(tick), y1: top, y2: bottom})
  )
  if (x.zero)
    lines.push(element('line', {class: 'grid zero', x1: x(0), x2: x(0), y1: top, y2: bottom}))
  return element('g', {class: 'grid-lines'}, ...lines)
}

function axisLabels(x: LogScale, y: number): string {
  const kept: string[] = []
  let lastRight = Number.NEGATIVE_INFINITY
  const ticks = [...(x.zero ? [0] : []), ...x.ticks]
  for (const tick of ticks) {
    const label = tick === 0 ? '0' : formatDuration(tick)
    const at = x(tick)
    const half = textWidth(label, size.small) / 2
    if (at - half < lastRight + 8) continue
    kept.push(text(label, {class: 'small muted middle', x: at, y}))
    lastRight = at + half
  }
  return element('g', {class: 'axis-labels'}, ...kept)
}

/**
 * Vertical offsets that keep dots at the given x positions (in order) from
 * overlapping: each takes the offset nearest the middle where it touches no
 * dot placed before it, at most `maxLanes` each way (then dots may overlap).
 */
function beeswarm(xs: readonly number[], pitch: number, maxLanes: number): number[] {
  const placed: Array<{x: number; y: number}> = []
  return xs.map((x) => {
    const near = placed.filter((dot) => Math.abs(dot.x - x) < pitch)
    let chosen = 0
    for (let lane = 0; lane <= 2 * maxLanes; lane++) {
      const offset = (lane % 2 === 0 ? 1 : -1) * Math.ceil(lane / 2) * pitch
      if (near.every((dot) => Math.hypot(dot.x - x, dot.y - offset) >= pitch - 0.01)) {
        chosen = offset
        break
      }
      chosen = offset
    }
    placed.push({x, y: chosen})
    return chosen
  })
}

function legendRow(
  items: ReadonlyArray<{label: string; symbol: string}>,
  width: number,
  top: number
): {svg: string; bottom: number} {
  const parts: string[] = []
  let x = margin
  let y = top
  for (const item of items) {
    const indent = item.symbol ? 22 : 0
    const itemWidth = indent + textWidth(item.label, size.small)
    if (x > margin && x + itemWidth > width - margin) {
      x = margin
      y += lineHeight + 4
    }
    parts.push(
      element(
        'g',
        {class: 'legend-item', transform: `translate(${Math.round(x)} ${y})`},
        item.symbol,
        text(item.label, {class: 'small', x: indent, y: 0})
      )
    )
    x += itemWidth + 22
  }
  return {svg: element('g', {class: 'legend'}, ...parts), bottom: y}
}

function swatch(fill: string): string {
  return element('rect', {x: 0, y: -9, width: 16, height: 10, fill})
}

function dotSymbol(fill: string): string {
  return element('circle', {class: 'dot', cx: 8, cy: -4, r: 4.5, fill})
}

function medianSymbol(): string {
  return element('line', {x1: 8, x2: 8, y1: -12, y2: 4, stroke: colour.text, 'stroke-width': 2.5})
}

function bandSymbol(): string {
  return element('rect', {
    x: 0,
    y: -11,
    width: 16,
    height: 14,
    fill: intervalFill,
    'fill-opacity': 0.13
  })
}

function noteDocument(width: number, title: string, message: string): string {
  const lines = wrap(message, width - 2 * margin, size.label, 3)
  return svgDocument({
    width,
    height: 36 + lines.length * 18,
    title,
    description: message,
    style: chartStyle(),
    body: lines.map((line, index) =>
      text(line, {class: 'muted empty', x: margin, y: 28 + index * 18})
    )
  })
}

function chartStyle(): string {
  return styleSheet(
    [
      `.grid{stroke:${colour.grid};stroke-width:1}`,
      '.grid.zero{stroke-dasharray:2 3}',
      '.dot{stroke:#ffffff;stroke-width:1;fill-opacity:0.9}',
      `.whisker{stroke:${ink};stroke-width:1.5}`
    ].join('\n')
  )
}

function widthOf(options: ChartOptions): number {
  const width = options.width
  return width !== undefined && Number.isFinite(width) ? Math.max(560, Math.round(width)) : 920
}

function isPhase(name: string): boolean {
  return (phaseNames as readonly string[]).includes(name)
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
