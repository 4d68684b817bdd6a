/**
 * The cascade diagram: how a failure spread. Components are laid out as a
 * layered graph in the direction of propagation (d3-dag's Sugiyama layout,
 * top to bottom), each with its impact window drawn on a time track that
 * every component shares (T+0 = the incident started), and arrows for the
 * edges: solid where the report states them, dashed where aftermath
 * inferred them. The trigger and the first customer-facing component are
 * marked with a label, not colour alone.
 */
import {
  coordGreedy,
  coordSimplex,
  decrossTwoLayer,
  graphStratify,
  layeringLongestPath,
  layeringSimplex,
  sugiyama
} from 'd3-dag'
import {curveBumpY, curveMonotoneY, line} from 'd3-shape'
import {cascadeOf} from '../cascade/infer-cascade.js'
import {formatDuration} from '../metrics/format-duration.js'
import type {MeasuredIncident} from '../metrics/measure.js'
import type {Cascade, CascadeComponent, Incident} from '../model.js'
import {element, num, svgDocument, text, tooltip} from './svg.js'
import {truncate, wrap} from './text-width.js'
import {colour, size, styleSheet} from './theme.js'
import {linearTicks, tickLabel} from './time-axis.js'

/** Options of `cascadeDiagram`. */
export interface CascadeDiagramOptions {
  /**
   * Seconds from T+0 that the time tracks span; the incident's own span is
   * used when it is longer. Small multiples pass one span to share a scale.
   */
  span?: number
}

const node = {width: 212, height: 84, padding: 10} as const
const gap = {x: 28, y: 52} as const
const track = {height: 9} as const
const margin = 24
/** Above this many components, a faster layout (longest path, greedy coordinates). */
const largeGraph = 80

/** A component's place in the drawing. */
interface PlacedComponent {
  component: CascadeComponent
  index: number
  x: number
  y: number
  layer: number
}

/** The parts of one cascade drawing, to stand alone or among small multiples. */
export interface CascadePanel {
  width: number
  height: number
  body: string[]
  /** Seconds from T+0 to the last instant drawn. */
  span: number
  /** A sentence describing the panel. */
  description: string
}

/**
 * The cascade of a measured incident as an SVG document, from the moment it
 * started. Reports without a stated cascade get the one inferred from their
 * timeline, marked as such; a report with neither gets a small diagram that
 * says so.
 *
 * @example
 *   writeFileSync('cascade.svg', cascadeDiagram(measure(incident)))
 */
export function cascadeDiagram(
  measured: MeasuredIncident,
  options: CascadeDiagramOptions = {}
): string {
  const panel = cascadePanel(measured, {...options, prefix: 'c'})
  return svgDocument({
    width: panel.width,
    height: panel.height,
    title: `Cascade: ${measured.incident.title}`,
    description: panel.description,
    style: cascadeStyle(),
    body: [definitions('c'), ...panel.body]
  })
}

/**
 * Several cascades as small multiples, one under the other, with time
 * tracks on one shared scale so their spans compare at a glance.
 *
 * @example
 *   writeFileSync('cascades.svg', cascadeSmallMultiples(incidents.map((incident) => measure(incident))))
 */
export function cascadeSmallMultiples(measured: MeasuredIncident[]): string {
  const spans = measured.map((one) => cascadePanel(one, {prefix: 'probe'}).span)
  const span = Math.max(60, ...spans)
  const panels = measured.map((one, index) => cascadePanel(one, {span, prefix: `m${index}`}))
  const width = Math.max(720, ...panels.map((panel) => panel.width))
  const body: string[] = [
    text(`${measured.length} cascades on one time scale (T+0 to ${tickLabel(span)})`, {
      x: margin,
      y: margin + size.title,
      class: 'title'
    })
  ]
  let y = margin + size.title + 16
  panels.forEach((panel, index) => {
    body.push(definitions(`m${index}`))
    body.push(element('g', {transform: `translate(0 ${num(y)})`, class: 'panel'}, ...panel.body))
    y += panel.height
    body.push(element('line', {x1: margin, x2: width - margin, y1: y, y2: y, stroke: colour.grid}))
  })
  return svgDocument({
    width,
    height: y + margin,
    title: `${measured.length} cascades side by side`,
    description: panels.map((panel) => panel.description).join(' '),
    style: cascadeStyle(),
    body: [...body]
  })
}

function cascadeStyle(): string {
  return styleSheet(
    [
      `.component rect.box{fill:${colour.nodeFill};stroke:${colour.nodeStroke};stroke-width:1}`,
      `.component.trigger rect.box{stroke:${colour.trigger};stroke-width:2.5}`,
      `.component.customer rect.box{stroke:${colour.customer};stroke-width:2.5}`,
      `.edge{fill:none;stroke:${colour.edge};stroke-width:1.5}`,
      `.edge.inferred{stroke:${colour.inferred};stroke-dasharray:5 4}`,
      `.tag-trigger{fill:${colour.trigger};font-weight:600}`,
      `.tag-customer{fill:${colour.customer};font-weight:600}`
    ].join('\n')
  )
}

/** Arrowheads and the hatching of unknown extents, with ids unique to a panel. */
function definitions(prefix: string): string {
  return element(
    'defs',
    {},
    element(
      'marker',
      {
        id: `${prefix}-arrow`,
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto'
      },
      element('path', {d: 'M0,0L10,5L0,10z', fill: colour.edge})
    ),
    element(
      'marker',
      {
        id: `${prefix}-arrow-inferred`,
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto'
      },
      element('path', {d: 'M0,0L10,5L0,10z', fill: colour.inferred})
    ),
    element(
      'pattern',
      {
        id: `${prefix}-unknown`,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)'
      },
      element('rect', {width: 6, height: 6, fill: '#f3dcea'}),
      element('rect', {width: 2.5, height: 6, fill: colour.impact})
    )
  )
}

/** Lay out and draw one cascade. */
export function cascadePanel(
  measured: MeasuredIncident,
  options: CascadeDiagramOptions & {prefix: string}
): CascadePanel {
  const {incident, metrics} = measured
  const cascade = cascadeOf(incident)
  const started = metrics.milestones.started?.at ?? null
  if (!cascade || cascade.components.length === 0) return emptyPanel(incident)

  const origin = timeOrigin(cascade, started, incident)
  const ownSpan = spanOf(cascade, origin, metrics.milestones.resolved?.at)
  const span = Math.max(ownSpan, options.span ?? 0, 60)
  const {placed, bends} = layout(cascade)
  const graphWidth = Math.max(...placed.map((p) => p.x + node.width / 2), node.width)
  const graphHeight = Math.max(...placed.map((p) => p.y + node.height / 2), node.height)

  const trigger = triggerOf(cascade)
  const customer = firstCustomerFacing(placed)
  const width = Math.max(graphWidth + 2 * margin, 760)
  const header = headerLines(incident, cascade, origin, span, started !== null).flatMap(
    (content, index) =>
      index === 0
        ? [truncate(content, width - 2 * margin, size.title, 'semibold')]
        : wrap(content, width - 2 * margin, size.small, 3)
  )
  const headerHeight = 20 + header.length * 18 + 96
  const height = headerHeight + graphHeight + margin
  const at = (p: PlacedComponent) => ({x: margin + p.x, y: headerHeight + p.y})
  const seconds = (instant: string) => (Date.parse(instant) - origin) / 1000
  const trackWidth = node.width - 2 * node.padding
  const ticks = scaleTicks(span)
  const toX = (value: number) => (Math.max(0, Math.min(span, value)) / span) * trackWidth

  const body: string[] = []
  header.forEach((content, index) => {
    body.push(
      text(content, {
        x: margin,
        y: margin + size.title + index * 18,
        class: index === 0 ? 'title' : 'small muted'
      })
    )
  })
  const legendTop = margin + size.title + header.length * 18 + 4
  body.push(scaleLegend(margin, legendTop, trackWidth, span))
  body.push(keyLegend(margin + trackWidth + 40, legendTop, options.prefix, cascade))

  // Edges first, so boxes sit on top of them.
  const byName = new Map(placed.map((p) => [p.component.name, p]))
  for (const edge of cascade.edges) {
    const from = byName.get(edge.from)
    const to = byName.get(edge.to)
    if (!from || !to) continue
    const points = edgePoints(from, to, bends.get(`${from.index}>${to.index}`) ?? [], at)
    const curve = points.length > 2 ? curveMonotoneY : curveBumpY
    const path = line().curve(curve)(points) ?? ''
    const tip = [
      `${edge.from} → ${edge.to}`,
      edge.label,
      edge.inferred ? (edge.reason ?? 'inferred') : undefined
    ]
      .filter(Boolean)
      .join(': ')
    body.push(
      element(
        'path',
        {
          d: roundPath(path),
          class: edge.inferred ? 'edge inferred' : 'edge',
          'marker-end': `url(#${options.prefix}-arrow${edge.inferred ? '-inferred' : ''})`,
          'data-from': edge.from,
          'data-to': edge.to
        },
        tooltip(tip)
      )
    )
  }

  for (const p of placed) {
    const {x, y} = at(p)
    const left = x - node.width / 2
    const top = y - node.height / 2
    const isTrigger = p.component === trigger
    const isCustomer = p.component === customer
    const classes = ['component', isTrigger ? 'trigger' : '', isCustomer ? 'customer' : '']
      .filter(Boolean)
      .join(' ')
    const window = p.component.impact
    const parts: string[] = [
      tooltip(componentTip(p.component, isTrigger, isCustomer)),
      element('rect', {
        class: 'box',
        x: left,
        y: top,
        width: node.width,
        height: node.height,
        rx: 6
      })
    ]
    let lineY = top + 16
    const inferred = cascade.source === 'inferred'
    const tag = isTrigger
      ? inferred
        ? 'FIRST NAMED (INFERRED ORIGIN)'
        : 'TRIGGER'
      : isCustomer
        ? 'FIRST CUSTOMER-FACING'
        : ''
    if (tag) {
      parts.push(
        text(tag, {
          x: left + node.padding,
          y: lineY,
          class: `small ${isTrigger ? 'tag-trigger' : 'tag-customer'}`
        })
      )
      lineY += 15
    } else {
      lineY += 2
    }
    const nameLines = wrap(p.component.name, trackWidth, size.label, tag ? 2 : 2, 'semibold')
    for (const nameLine of nameLines) {
      parts.push(text(nameLine, {x: left + node.padding, y: lineY, class: 'strong'}))
      lineY += 15
    }
    const trackTop = top + node.height - node.padding - track.height
    parts.push(
      text(truncate(windowText(window, seconds), trackWidth, size.small), {
        x: left + node.padding,
        y: trackTop - 4,
        class: 'small muted'
      })
    )
    parts.push(
      drawTrack(
        left + node.padding,
        trackTop,
        trackWidth,
        window,
        seconds,
        toX,
        span,
        options.prefix,
        ticks
      )
    )
    body.push(
      element(
        'g',
        {
          class: classes,
          'data-name': p.component.name,
          'data-layer': p.layer,
          'data-start': window?.start ?? undefined,
          'data-end': window?.end ?? undefined
        },
        ...parts
      )
    )
  }

  return {width, height, body, span, description: describe(incident, cascade, trigger, customer)}
}

function emptyPanel(incident: Incident): CascadePanel {
  const message =
    'No cascade: the report has no cascade section, no front matter `components`, and names no components the timeline could place.'
  return {
    width: 760,
    height: 110,
    span: 0,
    description: `${incident.title}: ${message}`,
    body: [
      text(truncate(`Cascade: ${incident.title}`, 712, size.title, 'semibold'), {
        x: margin,
        y: margin + size.title,
        class: 'title'
      }),
      text(truncate(message, 712, size.label), {
        x: margin,
        y: margin + size.title + 26,
        class: 'muted'
      }),
      text('Add a "## Cascade" section with one `A -> B` edge per list item.', {
        x: margin,
        y: margin + size.title + 46,
        class: 'small muted'
      })
    ]
  }
}

/** T+0: the incident's start, else the earliest impact, else its first timed entry. */
function timeOrigin(cascade: Cascade, started: string | null, incident: Incident): number {
  if (started) return Date.parse(started)
  const instants = cascade.components
    .flatMap((component) => [component.impact?.start, component.impact?.end])
    .filter((instant): instant is string => typeof instant === 'string')
  const first = instants.sort()[0] ?? incident.timeline.find((entry) => entry.at)?.at
  return first ? Date.parse(first) : 0
}

/** Seconds from T+0 to the latest impact end, start, or the incident's resolution. */
function spanOf(cascade: Cascade, origin: number, resolved: string | undefined): number {
  const instants = [
    resolved,
    ...cascade.components.flatMap((component) => [component.impact?.start, component.impact?.end])
  ].filter((instant): instant is string => typeof instant === 'string')
  return Math.max(0, ...instants.map((instant) => (Date.parse(instant) - origin) / 1000))
}

function layout(cascade: Cascade): {
  placed: PlacedComponent[]
  /** The points each edge passes through between its two boxes, by `from>to` index. */
  bends: Map<string, Array<[number, number]>>
} {
  const index = new Map(cascade.components.map((component, position) => [component.name, position]))
  const parents = cascade.components.map(() => [] as string[])
  for (const edge of cascade.edges) {
    const from = index.get(edge.from)
    const to = index.get(edge.to)
    if (from === undefined || to === undefined) continue
    ;(parents[to] as string[]).push(String(from))
  }
  const dag = graphStratify()(
    cascade.components.map((_, position) => ({
      id: String(position),
      parentIds: parents[position] as string[]
    }))
  )
  const large = cascade.components.length > largeGraph
  const operator = sugiyama()
    .layering(large ? layeringLongestPath() : layeringSimplex())
    .decross(decrossTwoLayer())
    .coord(large ? coordGreedy() : coordSimplex())
    .nodeSize([node.width, node.height])
    .gap([gap.x, gap.y])
  operator(dag)
  const placed: PlacedComponent[] = []
  for (const dagNode of dag.nodes()) {
    const position = Number(dagNode.data.id)
    placed.push({
      component: cascade.components[position] as CascadeComponent,
      index: position,
      x: dagNode.x,
      y: dagNode.y,
      layer: Math.round((dagNode.y - node.height / 2) / (node.height + gap.y))
    })
  }
  const bends = new Map<string, Array<[number, number]>>()
  for (const link of dag.links())
    bends.set(`${link.source.data.id}>${link.target.data.id}`, link.points.slice(1, -1))
  return {placed: placed.sort((a, b) => a.index - b.index), bends}
}

/** From the bottom of one box to the top of the other, through the layout's bends. */
function edgePoints(
  from: PlacedComponent,
  to: PlacedComponent,
  bends: Array<[number, number]>,
  at: (p: PlacedComponent) => {x: number; y: number}
): Array<[number, number]> {
  const start = at(from)
  const end = at(to)
  const shift = {x: start.x - from.x, y: start.y - from.y}
  return [
    [start.x, start.y + node.height / 2],
    ...bends.map(([x, y]): [number, number] => [x + shift.x, y + shift.y]),
    [end.x, end.y - node.height / 2 - 1]
  ]
}

function roundPath(path: string): string {
  return path.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (value) => num(Number(value)))
}

/** The component with no cause of its own that the report names first. */
function triggerOf(cascade: Cascade): CascadeComponent | undefined {
  const targets = new Set(cascade.edges.map((edge) => edge.to))
  const sources = cascade.components.filter(
    (component) =>
      !targets.has(component.name) && cascade.edges.some((edge) => edge.from === component.name)
  )
  return sources[0]
}

const customerWords =
  /\b(?:customers?|users?|clients?|public|applications?|apps?|website|site|console|apis?|requests?|checkout|log-?ins?|sign-?ins?|web|launches|downloads?|builds?)\b/i

/**
 * The customer-facing component hit first: those the report marks, or else
 * those whose names say so (`customer applications`, `S3 console`); the
 * earliest impact start wins, then the layer nearest the trigger.
 */
function firstCustomerFacing(placed: PlacedComponent[]): CascadeComponent | undefined {
  const marked = placed.filter((p) => p.component.customerFacing)
  const candidates =
    marked.length > 0 ? marked : placed.filter((p) => customerWords.test(p.component.name))
  const key = (p: PlacedComponent) => p.component.impact?.start ?? '\uffff'
  return [...candidates].sort(
    (a, b) =>
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || a.layer - b.layer || a.index - b.index
  )[0]?.component
}

function headerLines(
  incident: Incident,
  cascade: Cascade,
  origin: number,
  span: number,
  fromStart: boolean
): string[] {
  const when = new Date(origin).toISOString().slice(0, 16).replace('T', ' ')
  const lines = [
    `Cascade: ${incident.title}`,
    `${cascade.components.length} components, ${cascade.edges.length} edges. T+0 = ${fromStart ? 'impact started' : 'the earliest impact written'}, ${when} UTC; every bar spans T+0 to ${tickLabel(span)}.`
  ]
  if (cascade.source === 'inferred')
    lines.push(
      'Inferred: the report states no cascade. Components are names the report repeats; each dashed edge is a guess from the order the timeline first names them.'
    )
  return lines
}

/** Ticks of the shared time scale, within the span. */
function scaleTicks(span: number): number[] {
  return linearTicks(span, 4).filter((tick) => tick <= span)
}

/** The shared time scale: a sample track with its ticks. */
function scaleLegend(x: number, y: number, width: number, span: number): string {
  const ticks = scaleTicks(span)
  const parts = [
    text('Impact windows, on one time scale:', {x, y: y + 12, class: 'small muted'}),
    element('rect', {
      x,
      y: y + 20,
      width,
      height: track.height,
      fill: colour.grid,
      rx: 2
    })
  ]
  for (const tick of ticks) {
    const tickX = x + (tick / span) * width
    parts.push(
      element('line', {x1: tickX, x2: tickX, y1: y + 18, y2: y + 32, stroke: colour.axis}),
      text(tickLabel(tick), {
        x: tickX,
        y: y + 45,
        class: `small muted ${tick === 0 ? '' : 'middle'}`.trim()
      })
    )
  }
  return element('g', {class: 'scale'}, ...parts)
}

function keyLegend(x: number, y: number, prefix: string, cascade: Cascade): string {
  const items: string[] = []
  let row = 0
  const add = (symbol: string, label: string) => {
    const rowY = y + 8 + row * 16
    items.push(
      element('g', {transform: `translate(${num(x)} ${num(rowY)})`}, symbol),
      text(label, {x: x + 34, y: rowY + 4, class: 'small'})
    )
    row++
  }
  if (cascade.edges.some((edge) => !edge.inferred))
    add(
      element('line', {
        x1: 0,
        x2: 26,
        y1: 0,
        y2: 0,
        class: 'edge',
        'marker-end': `url(#${prefix}-arrow)`
      }),
      'failure spread to (stated in the report)'
    )
  if (cascade.edges.some((edge) => edge.inferred))
    add(
      element('line', {
        x1: 0,
        x2: 26,
        y1: 0,
        y2: 0,
        class: 'edge inferred',
        'marker-end': `url(#${prefix}-arrow-inferred)`
      }),
      'inferred, not stated in the report'
    )
  add(
    element('rect', {x: 0, y: -4, width: 26, height: track.height, fill: colour.impact}),
    'impact window'
  )
  add(
    element('rect', {
      x: 0,
      y: -4,
      width: 26,
      height: track.height,
      fill: `url(#${prefix}-unknown)`
    }),
    'start or end not given'
  )
  return element('g', {class: 'legend'}, ...items)
}

function drawTrack(
  x: number,
  y: number,
  width: number,
  window: CascadeComponent['impact'],
  seconds: (instant: string) => number,
  toX: (value: number) => number,
  span: number,
  prefix: string,
  ticks: number[]
): string {
  const parts = [element('rect', {x, y, width, height: track.height, fill: colour.grid, rx: 2})]
  if (window && (window.start || window.end)) {
    const start = window.start ? seconds(window.start) : null
    const end = window.end ? seconds(window.end) : null
    const from = start ?? 0
    const to = end ?? span
    const left = x + toX(from)
    const right = x + Math.max(toX(to), toX(from) + 2)
    if (start === null) {
      // Unknown start: hatched from T+0 to the end.
      parts.push(
        element('rect', {
          x: left,
          y,
          width: right - left,
          height: track.height,
          fill: `url(#${prefix}-unknown)`
        })
      )
    } else if (end === null) {
      parts.push(
        element('rect', {
          x: left,
          y,
          width: Math.max(2, right - left),
          height: track.height,
          fill: `url(#${prefix}-unknown)`
        }),
        element('rect', {x: left, y, width: 3, height: track.height, fill: colour.impact})
      )
    } else {
      parts.push(
        element('rect', {
          x: left,
          y,
          width: right - left,
          height: track.height,
          fill: colour.impact,
          'fill-opacity': window.approximate ? 0.6 : 1
        })
      )
    }
  }
  // White notches at the scale's ticks, to read a window against the scale.
  for (const tick of ticks.slice(1)) {
    const tickX = x + toX(tick)
    parts.push(
      element('line', {x1: tickX, x2: tickX, y1: y, y2: y + track.height, stroke: '#ffffff'})
    )
  }
  return element('g', {class: 'track'}, ...parts)
}

function windowText(
  window: CascadeComponent['impact'],
  seconds: (instant: string) => number
): string {
  if (!window || (!window.start && !window.end)) return 'impact window not given'
  const at = (instant: string | null) => {
    if (instant === null) return '?'
    const value = seconds(instant)
    return value < 0 ? `−${formatDuration(-value)}` : tickLabel(value).replace('T+0', '+0')
  }
  const approximate = window.approximate ? '~' : ''
  return `${approximate}${at(window.start)} → ${at(window.end)}`
}

function componentTip(component: CascadeComponent, trigger: boolean, customer: boolean): string {
  const window = component.impact
  return [
    component.name,
    trigger ? 'trigger' : '',
    customer ? 'first customer-facing component' : '',
    window ? `impact: ${window.text}` : 'impact window not given',
    `line ${component.place.line}`
  ]
    .filter(Boolean)
    .join(' · ')
}

function describe(
  incident: Incident,
  cascade: Cascade,
  trigger: CascadeComponent | undefined,
  customer: CascadeComponent | undefined
): string {
  const edges = cascade.edges
    .slice(0, 24)
    .map((edge) => `${edge.from} → ${edge.to}`)
    .join('; ')
  return [
    `Cascade of ${incident.title}${cascade.source === 'inferred' ? ', inferred from the timeline' : ''}:`,
    `${cascade.components.length} components and ${cascade.edges.length} edges.`,
    trigger
      ? `${cascade.source === 'inferred' ? 'Inferred origin' : 'Trigger'}: ${trigger.name}.`
      : '',
    customer ? `First customer-facing component: ${customer.name}.` : '',
    edges ? `Edges: ${edges}${cascade.edges.length > 24 ? '; …' : ''}.` : ''
  ]
    .filter(Boolean)
    .join(' ')
}
