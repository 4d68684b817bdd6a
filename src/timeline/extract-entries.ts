/**
 * Find the timeline entries of a report, as written, before their times are
 * resolved: list items, table rows, time headings, bold-time paragraphs and
 * (when a report has no timeline at all) sentences that start with a time.
 *
 * Code blocks, block quotes (quoted logs and chat), HTML and appendix
 * sections are never read for entries.
 */
import type {List, ListItem, Paragraph, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {milestoneNames, type Place, type TimelineEntry} from '../model.js'
import {allSections, type OutlineSection, placeOf} from '../parse/outline.js'
import {
  type ImpossibleTime,
  readTimestamp,
  type WrittenDate,
  type WrittenTime
} from '../time/read-timestamp.js'
import type {Zone} from '../time/zones.js'
import {zoneStatement} from './zone-statement.js'

/** An entry as written, its time not yet resolved. */
export interface RawEntry {
  type: 'entry'
  kind: TimelineEntry['kind']
  text: string
  written?: WrittenTime
  impossible?: ImpossibleTime
  markers: string[]
  cells?: Record<string, string>
  /** A zone stated by the heading or table header the entry stands under. */
  sectionZone?: Zone
  place: Place
}

/** A day heading, bold date or bare date line: the day of the entries below it. */
export interface DayMark {
  type: 'day'
  date: WrittenDate
  place: Place
}

export type TimelineEvent = RawEntry | DayMark

const milestoneWords = new Set<string>(milestoneNames)
const markerPattern =
  /\s*\[(triggered|started|detected|acknowledged|diagnosed|mitigated|resolved)\]/gi
const proseSkippedKinds = new Set(['appendix', 'action-items', 'lessons-learned'])

/**
 * The timeline events of a part of a report, in written order.
 *
 * @param section the incident's part of the outline
 * @param source the Markdown source, for places inside paragraphs
 */
export function extractEntries(section: OutlineSection, source: string): TimelineEvent[] {
  const events: TimelineEvent[] = []
  walk(section, false, undefined, events)
  if (!events.some((event) => event.type === 'entry' && event.written)) {
    const prose: TimelineEvent[] = []
    for (const part of allSections(section)) {
      if (isSkipped(part, proseSkippedKinds)) continue
      for (const block of part.blocks) readProse(block, source, prose)
    }
    if (prose.length > 0) return prose
  }
  return events
}

/** Whether a part of the outline holds a timeline of its own (a timeline section or label). */
export function holdsTimeline(section: OutlineSection): boolean {
  let holds = holding.get(section)
  if (holds === undefined) {
    holds = allSections(section).some((part) => part.kind === 'timeline' && hasTimedContent(part))
    holding.set(section, holds)
  }
  return holds
}

/** Per outline section, computed once: the outline is asked again for each level of a split. */
const holding = new WeakMap<OutlineSection, boolean>()
const timedContent = new WeakMap<OutlineSection, boolean>()

function hasTimedContent(section: OutlineSection): boolean {
  let timed = timedContent.get(section)
  if (timed === undefined) {
    timed = timelineEvents(section, undefined).some(
      (event) => event.type === 'entry' && event.written
    )
    timedContent.set(section, timed)
  }
  return timed
}

/**
 * The events of a timeline section, read once: deciding the incidents of a
 * file reads every timeline, and `extractEntries` then takes the same
 * events instead of reading them again. They depend on the section and the
 * zone stated above it, nothing else.
 */
function timelineEvents(section: OutlineSection, zone: Zone | undefined): TimelineEvent[] {
  const read = timelines.get(section)
  if (read && read.zone === zone) return read.events
  const events: TimelineEvent[] = []
  walkSection(section, true, zone, events)
  timelines.set(section, {zone, events})
  return events
}

const timelines = new WeakMap<OutlineSection, {zone: Zone | undefined; events: TimelineEvent[]}>()

function isSkipped(section: OutlineSection, kinds: Set<string>): boolean {
  for (let current: OutlineSection | undefined = section; current; current = current.parent) {
    if (kinds.has(current.kind)) return true
  }
  return false
}

function walk(
  section: OutlineSection,
  inherited: boolean,
  inheritedZone: Zone | undefined,
  events: TimelineEvent[]
): void {
  if (section.kind === 'timeline') {
    for (const event of timelineEvents(section, inheritedZone)) events.push(event)
  } else {
    walkSection(section, inherited, inheritedZone, events)
  }
}

function walkSection(
  section: OutlineSection,
  inherited: boolean,
  inheritedZone: Zone | undefined,
  events: TimelineEvent[]
): void {
  if (section.kind === 'appendix') return
  const inTimeline = inherited || section.kind === 'timeline'
  const zone =
    (section.opener?.type === 'heading' ? zoneStatement(section.title) : undefined) ?? inheritedZone
  let open: RawEntry | undefined

  if (inTimeline && section.opener?.type === 'heading') {
    const written = readTimestamp(section.title)
    if (written && !('impossible' in written) && written.clock) {
      open = entry(
        'heading',
        section.title.slice(written.end),
        written,
        placeOf(section.opener),
        zone
      )
      events.push(open)
    } else {
      const day = dayIn(section.title)
      if (day) events.push({type: 'day', date: day, place: placeOf(section.opener)})
    }
  }

  if (inTimeline) {
    for (const block of section.blocks) {
      const added = readBlock(block, zone, events)
      if (!added && open) {
        const more = blockText(block)
        if (more) open.text = joinText(open.text, more)
      }
    }
  }
  for (const child of section.children) walk(child, inTimeline, zone, events)
}

/** Read one block of a timeline; returns whether it produced events. */
function readBlock(block: RootContent, zone: Zone | undefined, events: TimelineEvent[]): boolean {
  switch (block.type) {
    case 'list':
      return readList(block, zone, events)
    case 'table':
      return readTable(block, zone, events)
    case 'paragraph':
      return readParagraph(block, zone, events)
    default:
      return false
  }
}

function readList(list: List, zone: Zone | undefined, events: TimelineEvent[]): boolean {
  if (!listIsTimed(list)) return false
  for (const item of list.children) readItem(item, zone, events)
  return true
}

function listIsTimed(list: List): boolean {
  return list.children.some((item) => {
    const written = readTimestamp(itemText(item))
    if (written && !('impossible' in written) && (written.clock || written.date || written.unknown))
      return true
    return item.children.some((child) => child.type === 'list' && listIsTimed(child))
  })
}

function readItem(item: ListItem, zone: Zone | undefined, events: TimelineEvent[]): void {
  const text = itemText(item)
  if (/^\s*notes?\s*:/i.test(text)) return
  const written = readTimestamp(text)
  const nested = item.children.filter((child): child is List => child.type === 'list')
  const timedNested = nested.filter(listIsTimed)
  let own = text
  for (const list of nested) {
    if (!timedNested.includes(list)) own = joinText(own, toString(list, {includeHtml: false}))
  }
  const place = placeOf(item)
  if (written && 'impossible' in written) {
    const raw = entry('list', own.slice(written.end), undefined, place, zone)
    raw.impossible = written
    events.push(raw)
  } else if (written) {
    events.push(entry('list', own.slice(written.end), written, place, zone))
  } else if (own.trim()) {
    events.push(entry('list', own, undefined, place, zone))
  }
  for (const list of timedNested) for (const child of list.children) readItem(child, zone, events)
}

function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type === 'paragraph' || child.type === 'heading')
    .map((child) => toString(child))
    .join(' ')
}

function readParagraph(
  paragraph: Paragraph,
  zone: Zone | undefined,
  events: TimelineEvent[]
): boolean {
  const text = toString(paragraph)
  const place = placeOf(paragraph)
  const bareDay = bareDate(text)
  if (bareDay) {
    events.push({type: 'day', date: bareDay, place})
    return true
  }
  const lines = text.split('\n')
  let current: RawEntry | undefined
  let added = false
  for (const [offset, line] of lines.entries()) {
    const written = readTimestamp(line)
    if (written && !('impossible' in written) && (written.clock || written.date)) {
      const linePlace: Place = {line: place.line + offset, column: offset === 0 ? place.column : 1}
      current = entry('paragraph', line.slice(written.end), written, linePlace, zone)
      events.push(current)
      added = true
    } else if (current) {
      current.text = joinText(current.text, line)
    } else {
      return false
    }
  }
  return added
}

function readTable(table: Table, zone: Zone | undefined, events: TimelineEvent[]): boolean {
  const [head, ...rows] = table.children
  if (!head || rows.length === 0) return false
  const headers = head.children.map((cell) => toString(cell).trim())
  const body = rows.map((row) => row.children.map((cell) => toString(cell).trim()))
  const columns = headers.map((_, index) => columnProfile(body.map((cells) => cells[index] ?? '')))
  const timeIndex = bestTimeColumn(headers, columns)
  if (timeIndex === undefined) return false
  // `| Date | Time | Event |`: a column of days beside a column of clock times.
  let clockIndex: number | undefined
  let dateIndex = timeIndex
  const isDates = (column: ColumnProfile) =>
    column.dates > 0 && column.clocks === 0 && column.dates >= column.filled / 2
  const isClocks = (column: ColumnProfile) =>
    column.clockOnly > 0 && column.clockOnly >= column.filled / 2
  const timeColumn = columns[timeIndex] as ColumnProfile
  if (isDates(timeColumn)) {
    const found = columns.findIndex((column, index) => index !== timeIndex && isClocks(column))
    if (found !== -1) clockIndex = found
  } else if (isClocks(timeColumn)) {
    const found = columns.findIndex((column, index) => index !== timeIndex && isDates(column))
    if (found !== -1) {
      dateIndex = found
      clockIndex = timeIndex
    }
  }
  const textIndex = textColumn(headers, body, [
    dateIndex,
    ...(clockIndex === undefined ? [] : [clockIndex])
  ])
  const headerZone =
    zoneStatement(headers[dateIndex] ?? '') ??
    (clockIndex === undefined ? undefined : zoneStatement(headers[clockIndex] ?? '')) ??
    zone
  for (const [rowIndex, cells] of body.entries()) {
    const row = rows[rowIndex]
    if (!row) continue
    // One time column: its cells were read to profile it; a date and a time column: read together.
    const written =
      clockIndex === undefined
        ? (columns[dateIndex] as ColumnProfile).times[rowIndex]
        : readTimestamp(`${cells[dateIndex] ?? ''} ${cells[clockIndex] ?? ''}`.trim())
    const text = textIndex === undefined ? '' : (cells[textIndex] ?? '')
    const raw = entry('table', text, undefined, placeOf(row), headerZone)
    if (written && 'impossible' in written) raw.impossible = written
    else if (written) raw.written = written
    raw.cells = Object.fromEntries(
      headers.map((header, index) => [header || `column ${index + 1}`, cells[index] ?? ''])
    )
    // A `Milestone` column marks rows the way `[detected]` marks list items.
    for (const [index, header] of headers.entries()) {
      if (!/^milestones?$/i.test(header)) continue
      for (const word of (cells[index] ?? '').toLowerCase().split(/[\s,;/]+/)) {
        if (milestoneWords.has(word) && !raw.markers.includes(word)) raw.markers.push(word)
      }
    }
    events.push(raw)
  }
  return true
}

interface ColumnProfile {
  filled: number
  /** Cells that are a time with a clock (and maybe a date). */
  clocks: number
  /** Cells that are a date without a clock. */
  dates: number
  /** Cells that are a clock without a date. */
  clockOnly: number
  /** What each cell starts with, by row; undefined for an empty cell. */
  times: Array<WrittenTime | ImpossibleTime | undefined>
}

function columnProfile(cells: string[]): ColumnProfile {
  const profile: ColumnProfile = {filled: 0, clocks: 0, dates: 0, clockOnly: 0, times: []}
  for (const cell of cells) {
    const written = cell ? readTimestamp(cell) : undefined
    profile.times.push(written)
    if (!cell) continue
    profile.filled++
    if (!written || 'impossible' in written) continue
    // The cell must be mostly the time: `2019-11-30 08:24`, not a sentence that mentions one.
    if (written.end < cell.length - 4) continue
    if (written.clock || written.unknown) {
      profile.clocks++
      if (!written.date) profile.clockOnly++
    } else if (written.date) profile.dates++
  }
  return profile
}

function bestTimeColumn(headers: string[], columns: ColumnProfile[]): number | undefined {
  let best: number | undefined
  let bestScore = 0
  for (const [index, column] of columns.entries()) {
    const timed = column.clocks + column.dates
    if (column.filled === 0 || timed < column.filled / 2) continue
    const hinted = /\b(?:time|date|when|timestamp|utc|hour)/i.test(headers[index] ?? '') ? 0.5 : 0
    const score = timed / column.filled + hinted + (column.clocks > 0 ? 0.25 : 0)
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }
  return best
}

function textColumn(headers: string[], body: string[][], taken: number[]): number | undefined {
  const candidates = headers.map((_, index) => index).filter((index) => !taken.includes(index))
  const named = candidates.find((index) =>
    /\b(?:event|description|what|action|detail|summary|activity|update|note|message|happened)/i.test(
      headers[index] ?? ''
    )
  )
  if (named !== undefined) return named
  let best: number | undefined
  let longest = -1
  for (const index of candidates) {
    const length = body.reduce((sum, cells) => sum + (cells[index]?.length ?? 0), 0)
    if (length > longest) {
      best = index
      longest = length
    }
  }
  return best
}

/** Sentences (and list items) that start with a time, for reports without a timeline. */
function readProse(block: RootContent, source: string, events: TimelineEvent[]): void {
  if (block.type === 'list') {
    for (const item of block.children) {
      const text = itemText(item)
      const written = readTimestamp(text)
      if (written && !('impossible' in written) && (written.clock || written.date)) {
        events.push(entry('prose', text.slice(written.end), written, placeOf(item), undefined))
      }
    }
    return
  }
  if (block.type !== 'paragraph') return
  const text = toString(block)
  const start = block.position?.start.offset
  for (const sentence of sentences(text)) {
    for (const part of clauses(sentence.text)) {
      const written = readTimestamp(part)
      if (!written || 'impossible' in written || !(written.clock || written.date)) continue
      const place = start === undefined ? placeOf(block) : placeOfText(source, start, part)
      events.push(entry('prose', part.slice(written.end), written, place, undefined))
    }
  }
}

/**
 * A sentence split before each further time it introduces (`..., and by 9:40 UTC
 * traffic had returned`), so each time is an event of its own.
 */
function clauses(sentence: string): string[] {
  const parts: string[] = []
  let rest = sentence
  for (;;) {
    const next = /[,;]?\s+(?:and\s+|then\s+)?(?=(?:at|by|around|until)\s+\d{1,2}[:h.]\d{2})/gi
    let cut = -1
    // `On Tuesday, 2021-06-15 at 07:10 UTC, ...`: the leading time itself may contain `at`.
    const lead = readTimestamp(rest)
    const leadEnd = lead && !('impossible' in lead) ? lead.end : 1
    for (const match of rest.matchAll(next)) {
      if ((match.index ?? 0) < leadEnd) continue
      const candidate = rest.slice((match.index ?? 0) + match[0].length)
      const written = readTimestamp(candidate)
      if (written && !('impossible' in written) && written.clock) {
        cut = match.index ?? 0
        parts.push(rest.slice(0, cut).trim())
        rest = candidate
        break
      }
    }
    if (cut === -1) break
  }
  parts.push(rest.trim())
  return parts.filter(Boolean)
}

function sentences(text: string): Array<{text: string}> {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z_*[(~])|\n{2,}/)
    .map((part) => ({text: part.replace(/\s+/g, ' ').trim()}))
    .filter((part) => part.text.length > 0)
}

/** The place of a sentence inside a paragraph, found in the source from the paragraph's start. */
function placeOfText(source: string, from: number, text: string): Place {
  const needle = text.slice(0, 12)
  let index = source.indexOf(needle, from)
  if (index === -1 || index > from + 20_000) index = from
  let line = 1
  let lineStart = 0
  for (
    let cursor = source.indexOf('\n');
    cursor !== -1 && cursor < index;
    cursor = source.indexOf('\n', cursor + 1)
  ) {
    line++
    lineStart = cursor + 1
  }
  return {line, column: index - lineStart + 1}
}

function entry(
  kind: TimelineEntry['kind'],
  text: string,
  written: WrittenTime | undefined,
  place: Place,
  zone: Zone | undefined
): RawEntry {
  const markers: string[] = []
  let clean = text
  if (clean.includes('[')) {
    clean = clean.replace(markerPattern, (_, name: string) => {
      markers.push(name.toLowerCase())
      return ''
    })
  }
  // Most entries have single spaces only: leave them as they are rather than rebuild them.
  if (/\s\s|[^\S ]/.test(clean)) clean = clean.replace(/\s+/g, ' ')
  clean = clean.trim()
  const raw: RawEntry = {type: 'entry', kind, text: clean, markers, place}
  if (written) raw.written = written
  if (zone) raw.sectionZone = zone
  return raw
}

function joinText(a: string, b: string): string {
  const left = a.trim()
  const right = b.replace(/\s+/g, ' ').trim()
  if (!left) return right
  if (!right) return left
  return `${left} ${right}`
}

function blockText(block: RootContent): string {
  if (block.type === 'paragraph' || block.type === 'list') return toString(block)
  return ''
}

/** A line that is only a date: `2019-01-22`, `Date: 2023-11-22`, `2025-07-26 Saturday`, `Tuesday, January 22`. */
function bareDate(text: string): WrittenDate | undefined {
  const trimmed = text.trim().replace(/^(?:date|day)\s*:\s*/i, '')
  if (trimmed.length > 48 || trimmed.includes('\n')) return undefined
  const written = readTimestamp(trimmed)
  if (!written || 'impossible' in written || written.clock || !written.date) return undefined
  const rest = trimmed
    .slice(written.end)
    .replace(/[()[\]\s,.:*_-]+/g, ' ')
    .trim()
  if (rest && !/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(rest)) return undefined
  return written.date
}

/** A date in a heading: `2025-07-26 Saturday`, `Timeline - May 29, 2021`, `October 21, 2025 - Redis Overload`. */
export function dayIn(title: string): WrittenDate | undefined {
  const written = readTimestamp(title)
  if (written && !('impossible' in written) && written.date && !written.clock) return written.date
  const match =
    /(?:^|[\s(–—-])((?:\d{4}-\d{2}-\d{2})|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}))/i.exec(
      title
    )
  if (!match) return undefined
  const inner = readTimestamp(match[1] as string)
  if (inner && !('impossible' in inner) && inner.date && !inner.clock) return inner.date
  return undefined
}
