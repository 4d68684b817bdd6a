/**
 * Read the cascade a report states: how a failure spread from one component
 * to those that depend on it. From a cascade section (one edge per list
 * item, `A -> B: label (9:37 AM-1:18 PM PST)`, and a table of components
 * with their impact windows) and from front matter `components` with their
 * dependencies. Every problem (a cycle, an undeclared component, a window
 * that ends before it starts, an item that is not an edge) is a message at
 * its place, and the cascade keeps what is valid.
 */
import type {ListItem, Paragraph, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {
  Cascade,
  CascadeComponent,
  CascadeEdge,
  ImpactWindow,
  Place,
  PlacedProblem
} from '../model.js'
import type {OutlineSection} from '../parse/outline.js'
import {nearest} from '../text/nearest.js'
import {readTimestamp} from '../time/read-timestamp.js'
import {resolveTime, type TimeContext} from '../time/resolve-time.js'

/** What the cascade reader needs from the rest of the report. */
export interface CascadeSources {
  /** The incident's sections of kind `cascade`. */
  sections: OutlineSection[]
  /** Front matter data, the line of each key, and where the block is. */
  frontMatter: {data: Record<string, unknown>; lines: Record<string, number>; place?: Place}
  /** The report's Markdown, to find the line of each front matter component. */
  source: string
  /** Day and zone for times written without them. */
  time: TimeContext
}

/** Arrows between components: `->`, `-->`, `→`, `⟶`, `=>`. */
const arrow = /\s*(?:-{1,2}>|→|⟶|=>)\s*/
const windowAtEnd = /\s*\(([^()]*)\)\s*\.?$/
const untilLead = /^(?:until|till|til|to|through|ending(?:\s+at)?|ended(?:\s+at)?)\s+/i
const unknownCell = /^(?:|-|–|—|\?|n\/a|unknown|ongoing|not\s+known)$/i
/** `[customer-facing]` after a component's name: what customers use directly. */
const customerTag = /\s*\[(?:customer|user)(?:[- ]facing)?\]\s*/i
const yes = /^(?:yes|y|true|x|✓|✔|customer|customer-facing)$/i
const dependencyKeys = ['dependsOn', 'depends_on', 'depends-on', 'depends on', 'after', 'upstream']

/**
 * The cascade stated by a report, or undefined when it states none.
 *
 * @example
 *   readCascade({sections, frontMatter, source, time}).cascade?.edges[0]
 *   // {from: 'S3 removal command', to: 'S3 index subsystem', label: '...', inferred: false, place}
 */
export function readCascade(sources: CascadeSources): {
  cascade?: Cascade
  problems: PlacedProblem[]
} {
  const problems: PlacedProblem[] = []
  const builder = new CascadeBuilder(problems)
  const declared = readFrontMatterComponents(sources, builder, problems)
  const frontMatterEdges = builder.edgeCount()
  let tableDeclares = false
  for (const section of sources.sections) {
    for (const block of section.blocks) {
      if (block.type === 'list') {
        for (const item of listItems(block.children)) readEdgeItem(item, sources.time, builder)
      } else if (block.type === 'table') {
        tableDeclares = readComponentTable(block, sources.time, builder) || tableDeclares
      }
    }
  }
  if (!declared && !tableDeclares && builder.edgeCount() === 0) return {problems}
  const cascade = builder.build(declared || tableDeclares)
  if (builder.edgeCount() === frontMatterEdges && !tableDeclares) cascade.source = 'front-matter'
  return {cascade, problems}
}

/** An edge as written, before it is checked against the others. */
interface WrittenEdge {
  from: string
  to: string
  label?: string
  /** The impact window written on the item, which belongs to the target. */
  window?: ImpactWindow
  place: Place
}

/** Collects components and edges, then checks them: declarations, cycles, windows. */
class CascadeBuilder {
  private readonly components = new Map<string, CascadeComponent>()
  private readonly written: WrittenEdge[] = []
  private readonly customerFacing = new Set<string>()

  constructor(readonly problems: PlacedProblem[]) {}

  /** Declare a component (or add a window to one already declared). */
  declare(name: string, declared: CascadeComponent['declared'], place: Place): CascadeComponent {
    const key = keyOf(name)
    let component = this.components.get(key)
    if (!component) {
      component = {name, impact: null, declared, place}
      this.components.set(key, component)
    } else if (component.declared === 'edge' && declared !== 'edge') {
      component.declared = declared
    }
    return component
  }

  isDeclared(name: string): boolean {
    const component = this.components.get(keyOf(name))
    return component !== undefined && component.declared !== 'edge'
  }

  addWindow(name: string, window: ImpactWindow, place: Place): void {
    const component = this.components.get(keyOf(name))
    if (!component) return
    if (window.start !== null && window.end !== null && window.end < window.start) {
      this.problems.push({
        ruleId: 'cascade-window-order',
        reason: `Unexpected impact window \`${window.text}\` for \`${name}\`: it ends (${window.end}) before it starts (${window.start}); expected the start first`,
        severity: 'warning',
        place
      })
      return
    }
    component.impact = component.impact ? widen(component.impact, window) : window
  }

  markCustomerFacing(name: string): void {
    this.customerFacing.add(keyOf(name))
  }

  addEdge(edge: WrittenEdge): void {
    this.written.push(edge)
  }

  edgeCount(): number {
    return this.written.length
  }

  /**
   * The checked cascade. With `strict`, edges may only name declared
   * components; otherwise an edge declares the components it names.
   */
  build(strict: boolean): Cascade {
    const edges: CascadeEdge[] = []
    const seen = new Set<string>()
    const outgoing = new Map<string, string[]>()
    for (const edge of this.written) {
      const unknown = [edge.from, edge.to].filter((name) => strict && !this.isDeclared(name))
      if (unknown.length > 0) {
        for (const name of unknown) this.reportUndeclared(name, edge.place)
        continue
      }
      const from = this.declare(edge.from, 'edge', edge.place).name
      const to = this.declare(edge.to, 'edge', edge.place).name
      if (edge.window) this.addWindow(to, edge.window, edge.place)
      const key = `${keyOf(from)}\u0000${keyOf(to)}`
      if (seen.has(key)) continue
      const back = pathBetween(outgoing, keyOf(to), keyOf(from))
      if (back) {
        const names = [from, to, ...back.map((name) => this.components.get(name)?.name ?? name)]
        this.problems.push({
          ruleId: 'cascade-cycle',
          reason: `Unexpected cycle \`${names.join(' -> ')}\`: failure cannot spread back to where it came from; expected edges in the direction of propagation only (this edge is left out)`,
          severity: 'warning',
          place: edge.place
        })
        continue
      }
      seen.add(key)
      outgoing.set(keyOf(from), [...(outgoing.get(keyOf(from)) ?? []), keyOf(to)])
      const checked: CascadeEdge = {from, to, inferred: false, place: edge.place}
      if (edge.label) checked.label = edge.label
      edges.push(checked)
    }
    const components = [...this.components.values()]
    for (const component of components)
      if (this.customerFacing.has(keyOf(component.name))) component.customerFacing = true
    return {source: 'section', components, edges}
  }

  private reportUndeclared(name: string, place: Place): void {
    const known = [...this.components.values()]
      .filter((component) => component.declared !== 'edge')
      .map((component) => component.name)
    const [near] = nearest(name, known)
    this.problems.push({
      ruleId: 'cascade-undeclared',
      reason: `Unexpected component \`${name}\`: it is not declared${near ? `; did you mean \`${near}\`?` : ''} Expected one of the declared components (front matter \`components\` or the cascade table); the edge is left out`,
      severity: 'warning',
      place
    })
  }
}

function keyOf(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ')
}

/** A path of component keys from `from` to `to`, excluding `from`; undefined when there is none. */
function pathBetween(
  outgoing: Map<string, string[]>,
  from: string,
  to: string
): string[] | undefined {
  if (from === to) return []
  const previous = new Map<string, string>()
  const queue = [from]
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index] as string
    for (const next of outgoing.get(current) ?? []) {
      if (previous.has(next) || next === from) continue
      previous.set(next, current)
      if (next === to) {
        const path = [next]
        for (let step = current; step !== from; step = previous.get(step) as string)
          path.unshift(step)
        return path
      }
      queue.push(next)
    }
  }
  return undefined
}

/** The union of two windows: the earlier start, the later end (an unknown end stays unknown). */
function widen(a: ImpactWindow, b: ImpactWindow): ImpactWindow {
  const start =
    a.start === null ? b.start : b.start === null ? a.start : a.start < b.start ? a.start : b.start
  const end = a.end === null || b.end === null ? null : a.end > b.end ? a.end : b.end
  return {
    start,
    end: a.end === null && b.end === null ? null : (end ?? a.end ?? b.end),
    text: a.text === b.text ? a.text : `${a.text}; ${b.text}`,
    approximate: a.approximate || b.approximate
  }
}

function listItems(items: ListItem[]): ListItem[] {
  return items.flatMap((item) => [
    item,
    ...item.children.flatMap((child) => (child.type === 'list' ? listItems(child.children) : []))
  ])
}

/** `A -> B -> C: label (window)`: one edge per arrow; the label and window belong to the last. */
function readEdgeItem(item: ListItem, time: TimeContext, builder: CascadeBuilder): void {
  const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph')
  if (!paragraph) return
  const place = placeOf(paragraph)
  const written = toString(paragraph).replace(/\s+/g, ' ').trim()
  const parts = written.split(arrow)
  if (parts.length < 2) {
    builder.problems.push({
      ruleId: 'cascade-edge-syntax',
      reason: `Unexpected \`${shorten(written)}\` in a cascade section, expected an edge such as \`Database -> API: the API reads every request from it\``,
      severity: 'warning',
      place
    })
    return
  }
  let last = parts.pop() as string
  let window: ImpactWindow | undefined
  const windowMatch = windowAtEnd.exec(last)
  if (windowMatch) {
    window = readWindow(windowMatch[1] as string, time)
    if (window) last = last.slice(0, windowMatch.index)
  }
  const colon = /:\s|:$|\s[—–]\s/.exec(last)
  const target = colon ? last.slice(0, colon.index) : last
  const label = colon ? last.slice(colon.index + colon[0].length).trim() : ''
  const names = [...parts, target].map((part) => {
    const name = cleanName(part.replace(customerTag, ' '))
    if (customerTag.test(part)) builder.markCustomerFacing(name)
    return name
  })
  const empty = names.indexOf('')
  if (empty !== -1) {
    builder.problems.push({
      ruleId: 'cascade-edge-syntax',
      reason: `Unexpected \`${shorten(written)}\`: a component name is missing ${empty === 0 ? 'before the first arrow' : 'after an arrow'}; expected \`A -> B\``,
      severity: 'warning',
      place
    })
    return
  }
  for (let index = 1; index < names.length; index++) {
    const edge: WrittenEdge = {
      from: names[index - 1] as string,
      to: names[index] as string,
      place
    }
    if (index === names.length - 1) {
      if (label) edge.label = label
      if (window) edge.window = window
    }
    builder.addEdge(edge)
  }
}

/**
 * A table of components: a name column (`Component`, `Service`, `System`),
 * optional dependencies (`Depends on`), and the impact window as start and
 * end columns or one column of ranges. Returns whether it declared any.
 */
function readComponentTable(table: Table, time: TimeContext, builder: CascadeBuilder): boolean {
  const [header, ...rows] = table.children
  if (!header) return false
  const titles = header.children.map((cell) => toString(cell).trim().toLowerCase())
  const column = (pattern: RegExp) => titles.findIndex((title) => pattern.test(title))
  const nameColumn = column(/component|service|system|part|subsystem|dependency$/)
  if (nameColumn === -1) return false
  const dependsColumn = column(/depends|upstream|caused\s+by|from/)
  const startColumn = column(/start|began|begin|first/)
  const endColumn = column(/\bend|until|recover|resolved|last/)
  const windowColumn = column(/impact|window|when|time/)
  const facingColumn = column(/customer|facing/)
  let declared = false
  for (const row of rows) {
    const cells = row.children.map((cell) => toString(cell).replace(/\s+/g, ' ').trim())
    const name = cleanName(cells[nameColumn] ?? '')
    if (!name) continue
    const place = placeOf(row)
    builder.declare(name, 'table', place)
    declared = true
    if (facingColumn !== -1 && yes.test(cells[facingColumn] ?? '')) builder.markCustomerFacing(name)
    if (dependsColumn !== -1 && dependsColumn !== nameColumn) {
      for (const upstream of splitNames(cells[dependsColumn] ?? ''))
        builder.addEdge({from: upstream, to: name, place})
    }
    let window: ImpactWindow | undefined
    if (startColumn !== -1 || endColumn !== -1) {
      window = windowFromCells(cells[startColumn] ?? '', cells[endColumn] ?? '', time)
    } else if (windowColumn !== -1) {
      window = readWindow(cells[windowColumn] ?? '', time)
    }
    if (window) builder.addWindow(name, window, place)
  }
  return declared
}

function windowFromCells(
  startText: string,
  endText: string,
  time: TimeContext
): ImpactWindow | undefined {
  const start = unknownCell.test(startText) ? undefined : readDatedWindow(startText, time)
  const end = unknownCell.test(endText) ? undefined : readDatedWindow(endText, time)
  if (!start && !end) return undefined
  let endAt = end ? (end.window.end ?? end.window.start) : null
  const startAt = start ? start.window.start : null
  // `11:40 PM` to `1:10 AM` in two cells without dates: the end is on the next day.
  if (startAt && endAt && endAt < startAt && end && !end.dated)
    endAt = new Date(Date.parse(endAt) + 86_400_000).toISOString().replace('.000Z', 'Z')
  return {
    start: startAt,
    end: endAt,
    text: [startText, endText].filter(Boolean).join(' – '),
    approximate: Boolean(start?.window.approximate || end?.window.approximate)
  }
}

/**
 * An impact window as written: a range (`9:37 AM-1:18 PM PST`), a start
 * (`from 14:05 UTC`, `14:05 UTC`) or an end (`until 10:30 AM PST`).
 * Undefined when the text is not a time.
 */
export function readWindow(text: string, time: TimeContext): ImpactWindow | undefined {
  return readDatedWindow(text, time)?.window
}

/** A window, and whether its text gave a date (rather than the report's day). */
function readDatedWindow(
  text: string,
  time: TimeContext
): {window: ImpactWindow; dated: boolean} | undefined {
  const trimmed = text.trim()
  const until = untilLead.exec(trimmed)
  const body = until ? trimmed.slice(until[0].length) : trimmed
  const written = readTimestamp(body)
  if (!written || 'impossible' in written) return undefined
  // The whole text must be the time, not a time followed by words (`9:37, per AWS`).
  if (body.slice(written.end).replace(/[\s.;,]+$/, '') !== '') return undefined
  const {time: resolved} = resolveTime(written, time)
  const dated = resolved.dateSource === 'entry'
  const approximate = resolved.approximate
  if (until) return {window: {start: null, end: resolved.at, text: trimmed, approximate}, dated}
  const end = resolved.range ? (resolved.end ?? null) : null
  return {window: {start: resolved.at, end, text: trimmed, approximate}, dated}
}

/**
 * Front matter `components`: a list of names, a list of maps
 * (`{name, dependsOn, impact}`), or a map of name to dependencies (a list)
 * or to such a map. Returns whether it declared any component.
 */
function readFrontMatterComponents(
  sources: CascadeSources,
  builder: CascadeBuilder,
  problems: PlacedProblem[]
): boolean {
  const value = sources.frontMatter.data.components
  if (value === undefined || value === null) return false
  const keyLine = sources.frontMatter.lines.components ?? sources.frontMatter.place?.line ?? 1
  const placeOfName = (name: string): Place => ({
    line: lineOfName(sources.source, name, keyLine, sources.frontMatter.place?.endLine),
    column: 1
  })
  const entries: Array<{name: string; spec: unknown}> = []
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'number')
        entries.push({name: String(item), spec: {}})
      else if (
        item &&
        typeof item === 'object' &&
        typeof (item as {name?: unknown}).name === 'string'
      )
        entries.push({name: (item as {name: string}).name, spec: item})
      else return badComponents(problems, keyLine)
    }
  } else if (typeof value === 'object') {
    for (const [name, spec] of Object.entries(value as Record<string, unknown>))
      entries.push({
        name,
        spec: Array.isArray(spec) || typeof spec === 'string' ? {dependsOn: spec} : (spec ?? {})
      })
  } else {
    return badComponents(problems, keyLine)
  }
  for (const {name, spec} of entries) {
    const clean = cleanName(name)
    if (!clean) continue
    const place = placeOfName(clean)
    builder.declare(clean, 'front-matter', place)
    const record = spec as Record<string, unknown>
    const facing = record.customerFacing ?? record.customer_facing ?? record['customer-facing']
    if (facing === true || (typeof facing === 'string' && yes.test(facing)))
      builder.markCustomerFacing(clean)
    for (const key of dependencyKeys) {
      const upstream = record[key]
      const names =
        typeof upstream === 'string'
          ? splitNames(upstream)
          : Array.isArray(upstream)
            ? upstream.map(String)
            : []
      for (const from of names) builder.addEdge({from: cleanName(from), to: clean, place})
    }
    const impact = record.impact ?? record.window
    let window: ImpactWindow | undefined
    if (typeof impact === 'string') window = readWindow(impact, sources.time)
    else if (record.start !== undefined || record.end !== undefined)
      window = windowFromCells(String(record.start ?? ''), String(record.end ?? ''), sources.time)
    if (window) builder.addWindow(clean, window, place)
  }
  return entries.length > 0
}

function badComponents(problems: PlacedProblem[], line: number): boolean {
  problems.push({
    ruleId: 'front-matter-type',
    reason:
      'Unexpected `components`, expected a list of names, a list of `{name, dependsOn}` maps, or a map of name to its dependencies',
    severity: 'warning',
    place: {line, column: 1}
  })
  return false
}

/** The first line at or after the `components` key, inside the front matter, that names the component. */
function lineOfName(source: string, name: string, from: number, to: number | undefined): number {
  const lines = source.split('\n')
  const last = Math.min(to ?? lines.length, lines.length)
  for (let line = from; line <= last; line++) if (lines[line - 1]?.includes(name)) return line
  return from
}

function splitNames(text: string): string[] {
  return text
    .split(/,|;|\band\b/)
    .map(cleanName)
    .filter(Boolean)
}

function cleanName(name: string): string {
  return name
    .replace(/^[\s*_`"']+|[\s*_`"'.,;]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function placeOf(node: RootContent | ListItem | Table['children'][number]): Place {
  const start = node.position?.start
  return {line: start?.line ?? 1, column: start?.column ?? 1}
}
