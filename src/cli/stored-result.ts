/**
 * A report's parse result as plain JSON: what a worker thread sends back and
 * what the cache keeps. Messages are vfile messages, which do not survive
 * `JSON.stringify` or `postMessage` (an `Error` loses its fields), so they
 * travel as their fields and are made again on the report's own file.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Measured} from '../metrics/measured.js'
import type {Incident} from '../model.js'

/** The incidents of one report and its messages, as JSON. */
export interface StoredResult {
  incidents: Incident[]
  messages: StoredMessage[]
  /** What `measureIncident` gives for each incident, in the same order. */
  measures?: Measured[]
}

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
 * The JSON text of a parse result: what crosses from a worker, and the body
 * of a cache entry.
 *
 * @example
 *   storeResult(parseIncidents(markdown, {path})) // '{"incidents":[...],"messages":[...]}'
 */
export function storeResult(
  result: {incidents: Incident[]; messages: VFileMessage[]},
  measures?: Measured[]
): string {
  const stored: StoredResult = {
    incidents: result.incidents,
    messages: result.messages.map(storeMessage)
  }
  if (measures) stored.measures = measures
  return JSON.stringify(stored)
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
 * Whether `value` has the shape of a stored result: what a cache entry must
 * hold to be trusted. The incidents are checked down to the fields every
 * command reads; deeper damage would need a hand-made entry.
 */
export function isStoredResult(value: unknown): value is StoredResult {
  if (!isObject(value)) return false
  const {incidents, messages, measures} = value
  return (
    Array.isArray(incidents) &&
    incidents.every(isIncident) &&
    Array.isArray(messages) &&
    messages.every(isStoredMessage) &&
    (measures === undefined ||
      (Array.isArray(measures) &&
        measures.length === incidents.length &&
        measures.every(isMeasured)))
  )
}

function isMeasured(value: unknown): boolean {
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

function isIncident(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.title === 'string' &&
    Array.isArray(value.services) &&
    Array.isArray(value.tags) &&
    Array.isArray(value.authors) &&
    Array.isArray(value.sections) &&
    Array.isArray(value.timeline) &&
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
