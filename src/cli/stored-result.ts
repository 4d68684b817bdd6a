/**
 * A report's measured incidents and messages as bytes: what a worker thread
 * sends back and what the cache keeps. Messages are vfile messages, which do
 * not survive `JSON.stringify` or `postMessage` (an `Error` loses its
 * fields), so they travel as their fields and are made again on the report's
 * own file.
 *
 * The bytes are a head and a tail. The head is one line of JSON: the
 * incidents without their timelines and section texts, the measures of each
 * (metrics and problems), the messages, and where each of the parts left out
 * ends in the tail. The tail
 * is those parts, each a JSON text, one after the other: for each incident
 * its timeline (packed: packed-json.ts), then the text of each of its
 * sections (a section's text holds its subsections' texts, which are not
 * stored twice: see `textPieces`). They are most of the bytes and most of
 * the objects, and most runs read few of them (a review of thousands of
 * reports draws the timelines of a handful and reads the root-cause
 * sections), so reading a result parses the head only, and each part is
 * parsed the first time it is read.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {LintMessage} from '../lint/finding.js'
import type {MeasuredIncident} from '../metrics/measure.js'
import type {Incident, Section} from '../model.js'
import {pack, unpack} from './packed-json.js'

/** The measured incidents of one report and its messages. */
export interface StoredResult {
  measured: MeasuredIncident[]
  messages: StoredMessage[]
  /**
   * Lint's messages on the report, without `action-item-overdue` (which
   * needs a day): present when the parse was asked for them (the review's
   * data quality), so a report served from the cache is not parsed again.
   */
  findings?: LintMessage[]
}

/** What `measure` gives besides the incident, as stored beside it. */
type Measures = Omit<MeasuredIncident, 'incident'>

/** The fields of a vfile message that the parser sets. */
export interface StoredMessage {
  reason: string
  place: StoredPlace | null
  ruleId: string | null
  source: string | null
  /** `false` a warning, `null` information, `true` fatal (as vfile). */
  fatal: boolean | null
  url?: string
  note?: string
  actual?: string
  expected?: string[]
}

interface StoredPoint {
  line: number
  column: number
  offset?: number
}

type StoredPlace = StoredPoint | {start: StoredPoint; end: StoredPoint}

/**
 * The bytes of a report's measured incidents and messages: what crosses from
 * a worker, and the body of a cache entry. `readStoredResult` reads them back.
 *
 * @example
 *   const {incidents, messages} = parseIncidents(markdown, {path})
 *   const bytes = storeResult({measured: incidents.map((incident) => measure(incident)), messages})
 *   readStoredResult(bytes)?.measured[0].incident.title // the first incident's title
 */
export function storeResult(result: {
  measured: MeasuredIncident[]
  messages: VFileMessage[]
  findings?: LintMessage[]
}): Uint8Array {
  const parts: string[] = []
  const ends: number[] = []
  let end = 0
  const leaveOut = (value: unknown) => {
    const json = JSON.stringify(value)
    parts.push(json)
    end += Buffer.byteLength(json)
    ends.push(end)
    return placeholder
  }
  // Spread and replaced, each part keeps its place among the keys: the result reads back in the same order.
  const incidents = result.measured.map(({incident}) => {
    const texts = textPieces(incident.sections)
    return {
      ...incident,
      timeline: leaveOut(pack(incident.timeline)),
      sections: incident.sections.map((section, at) => ({...section, text: leaveOut(texts[at])}))
    }
  })
  const measures = result.measured.map(({metrics, problems}): Measures => ({metrics, problems}))
  const head: StoredHead = {
    incidents,
    measures,
    messages: result.messages.map(storeMessage),
    ...(result.findings ? {findings: result.findings} : {}),
    ends
  }
  return new TextEncoder().encode(`${JSON.stringify(head)}\n${parts.join('')}`)
}

/** What stands in the head for a part left in the tail. */
const placeholder = 0

/** The head of the stored bytes, as JSON. */
interface StoredHead {
  /** The incidents, with `placeholder` for each timeline and section text. */
  incidents: unknown[]
  /** The measures of each incident, in the same order. */
  measures: Measures[]
  messages: StoredMessage[]
  findings?: LintMessage[]
  /** Where each part ends in the tail, in bytes: each incident's timeline, then its section texts. */
  ends: number[]
}

/**
 * The measured incidents and messages in `bytes` (from `storeResult`), or
 * undefined when they do not hold them (damaged, or of another shape). The
 * head is read and checked now; each incident's timeline and section text
 * is parsed the first time it is read, and is then a plain property.
 *
 * @example
 *   readStoredResult(storeResult(result))?.measured // equal to result.measured
 */
export function readStoredResult(bytes: Uint8Array): StoredResult | undefined {
  const split = splitJsonLine(bytes)
  if (!split || !isStoredHead(split.line)) return undefined
  const {line: head, rest: tail} = split
  const {ends} = head
  const parts = head.incidents.reduce(
    (count: number, incident) => count + 1 + (incident as {sections: unknown[]}).sections.length,
    0
  )
  if (ends.length !== parts || (ends.at(-1) ?? 0) !== tail.length) return undefined
  for (let at = 0, start = 0; at < ends.length; start = ends[at++] as number)
    if (!Number.isInteger(ends[at]) || (ends[at] as number) < start) return undefined
  let part = 0
  const next = () => {
    const start = part === 0 ? 0 : (ends[part - 1] as number)
    return [start, ends[part++] as number] as const
  }
  for (const incident of head.incidents as Array<Record<string, unknown>>) {
    readLater(incident, 'timeline', tail, next(), (packed) => {
      const timeline = unpack(packed)
      return Array.isArray(timeline) ? timeline : undefined
    })
    const sections = incident.sections as Array<Record<string, unknown>>
    sections.forEach((section, at) => {
      readLater(section, 'text', tail, next(), (pieces) => joinPieces(pieces, sections, at))
    })
  }
  const measured = (head.incidents as Incident[]).map((incident, at): MeasuredIncident => {
    const {metrics, problems} = head.measures[at] as Measures
    return {incident, metrics, problems}
  })
  return {measured, messages: head.messages, ...(head.findings ? {findings: head.findings} : {})}
}

/**
 * Each section's text as stored: the text itself, or, when it holds the
 * texts of its subsections (as a section's text does), a list of its own
 * pieces and the indexes of the subsections whose texts come between them.
 * Found in the text as they are, subsections' texts are exactly where
 * they were: `joinPieces` gives the same text back.
 *
 * @example
 *   const long = 'Clients retried without backoff and the queue filled up.'.repeat(2)
 *   textPieces([{depth: 2, text: `Root cause\n\n${long}`, ...}, {depth: 3, text: long, ...}])
 *   // [['Root cause\n\n', 1, ''], long]
 */
export function textPieces(sections: readonly Section[]): Array<string | Array<string | number>> {
  // The parent of each section: the nearest one before it that is less deep.
  const children = sections.map((): number[] => [])
  const open: number[] = []
  sections.forEach((section, at) => {
    while (open.length > 0 && (sections[open.at(-1) as number] as Section).depth >= section.depth)
      open.pop()
    if (open.length > 0) (children[open.at(-1) as number] as number[]).push(at)
    open.push(at)
  })
  return sections.map(({text}, at) => {
    const pieces: Array<string | number> = []
    let from = 0
    for (const child of children[at] as number[]) {
      const inner = (sections[child] as Section).text
      // Short texts are kept where they are: a reference would save little.
      if (inner.length < minimumShared) continue
      const found = text.indexOf(inner, from)
      if (found === -1) continue
      pieces.push(text.slice(from, found), child)
      from = found + inner.length
    }
    if (pieces.length === 0) return text
    pieces.push(text.slice(from))
    return pieces
  })
}

/** Subsection texts shorter than this are stored again in their section's. */
const minimumShared = 64

/**
 * The text that `textPieces` stored as `pieces` for section `self`, the
 * subsections' texts read from `sections` (only ones after it: a
 * subsection comes after its section).
 */
function joinPieces(
  pieces: unknown,
  sections: Array<Record<string, unknown>>,
  self: number
): string | undefined {
  if (typeof pieces === 'string') return pieces
  if (!Array.isArray(pieces)) return undefined
  let text = ''
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece
    else {
      if (!Number.isInteger(piece) || piece <= self) return undefined
      const inner = sections[piece]?.text
      if (typeof inner !== 'string') return undefined
      text += inner
    }
  }
  return text
}

/**
 * The first line of `bytes` parsed as JSON, and the bytes after it; or
 * undefined when there is no line of JSON. Cache entries and stored results
 * both begin with one.
 *
 * @example
 *   splitJsonLine(Buffer.from('{"a":1}\nrest')) // {line: {a: 1}, rest: <Buffer 'rest'>}
 */
export function splitJsonLine(bytes: Uint8Array): {line: unknown; rest: Buffer} | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const cut = buffer.indexOf(10)
  if (cut === -1) return undefined
  try {
    return {line: JSON.parse(buffer.toString('utf8', 0, cut)), rest: buffer.subarray(cut + 1)}
  } catch {
    return undefined
  }
}

/**
 * Make `target[key]` what `decode` makes of the JSON in `tail` between
 * `range`, parsed when first read (or replaced when first written), and
 * then a plain property in the same place among the keys. `decode` gives
 * undefined, or throws, for what was not stored.
 */
function readLater(
  target: Record<string, unknown>,
  key: string,
  tail: Buffer,
  [start, end]: readonly [number, number],
  decode: (json: unknown) => unknown
): void {
  const settle = (value: unknown) => {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    })
    return value
  }
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      let value: unknown
      try {
        value = decode(JSON.parse(tail.toString('utf8', start, end)))
      } catch {}
      if (value === undefined)
        throw new Error(
          `a cached result is damaged (its ${key} is not what was stored): run again with --no-cache, or delete the cache folder`
        )
      return settle(value)
    },
    set: settle
  })
}

/**
 * Add stored messages to `file` as vfile messages, as the parser made them
 * on a file of the same path (same `name`, `place`, `ruleId`, `fatal`).
 */
export function restoreMessages(file: VFile, messages: StoredMessage[]): void {
  for (const stored of messages) {
    const message = file.message(stored.reason, {
      ...(stored.place ? {place: stored.place} : {}),
      ...(stored.ruleId === null ? {} : {ruleId: stored.ruleId}),
      ...(stored.source === null ? {} : {source: stored.source})
    })
    message.fatal = stored.fatal ?? undefined
    if (stored.url !== undefined) message.url = stored.url
    if (stored.note !== undefined) message.note = stored.note
    if (stored.actual !== undefined) message.actual = stored.actual
    if (stored.expected !== undefined) message.expected = stored.expected
  }
}

/**
 * Whether `value` has the shape of a stored head: what a cache entry must
 * hold to be trusted. The incidents are checked down to the fields every
 * command reads; deeper damage would need a hand-made entry.
 */
function isStoredHead(value: unknown): value is StoredHead {
  if (!isObject(value)) return false
  const {incidents, messages, measures, ends, findings} = value
  return (
    (findings === undefined || (Array.isArray(findings) && findings.every(isLintMessage))) &&
    Array.isArray(incidents) &&
    incidents.every(isIncidentHead) &&
    Array.isArray(messages) &&
    messages.every(isStoredMessage) &&
    Array.isArray(ends) &&
    Array.isArray(measures) &&
    measures.length === incidents.length &&
    measures.every(isMeasures)
  )
}

function isLintMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.ruleId === 'string' &&
    typeof value.reason === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column)
  )
}

function isMeasures(value: unknown): boolean {
  return (
    isObject(value) &&
    Array.isArray(value.problems) &&
    isObject(value.metrics) &&
    isObject(value.metrics.milestones) &&
    isObject(value.metrics.durations) &&
    isObject(value.metrics.phases)
  )
}

function storeMessage(message: VFileMessage): StoredMessage {
  const stored: StoredMessage = {
    reason: message.reason,
    place: message.place ? storePlace(message.place) : null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    fatal: message.fatal ?? null
  }
  if (message.url !== undefined) stored.url = message.url
  if (message.note !== undefined) stored.note = message.note
  if (message.actual !== undefined) stored.actual = message.actual
  if (message.expected !== undefined) stored.expected = message.expected
  return stored
}

function storePlace(place: NonNullable<VFileMessage['place']>): StoredPlace {
  if ('start' in place) return {start: storePoint(place.start), end: storePoint(place.end)}
  return storePoint(place)
}

function storePoint(point: {
  line: number
  column: number
  offset?: number | undefined
}): StoredPoint {
  const stored: StoredPoint = {line: point.line, column: point.column}
  if (point.offset !== undefined) stored.offset = point.offset
  return stored
}

function isIncidentHead(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.title === 'string' &&
    Array.isArray(value.services) &&
    Array.isArray(value.tags) &&
    Array.isArray(value.authors) &&
    Array.isArray(value.sections) &&
    value.sections.every(
      (section) => isObject(section) && section.text === placeholder && isPoint(section.place)
    ) &&
    value.timeline === placeholder &&
    Array.isArray(value.actionItems) &&
    isObject(value.metadata) &&
    isObject(value.fields) &&
    isObject(value.fieldLines) &&
    isPoint(value.place)
  )
}

function isStoredMessage(value: unknown): boolean {
  if (!isObject(value)) return false
  const {reason, place, ruleId, source, fatal} = value
  return (
    typeof reason === 'string' &&
    (place === null ||
      isPoint(place) ||
      (isObject(place) && isPoint(place.start) && isPoint(place.end))) &&
    (ruleId === null || typeof ruleId === 'string') &&
    (source === null || typeof source === 'string') &&
    (fatal === null || typeof fatal === 'boolean') &&
    (value.url === undefined || typeof value.url === 'string') &&
    (value.note === undefined || typeof value.note === 'string') &&
    (value.actual === undefined || typeof value.actual === 'string') &&
    (value.expected === undefined ||
      (Array.isArray(value.expected) && value.expected.every((item) => typeof item === 'string')))
  )
}

function isPoint(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.column)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
