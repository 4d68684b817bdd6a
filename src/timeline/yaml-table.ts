/**
 * A timeline kept as YAML or JSON in a code block (a list of `time:` and
 * `event:` pairs, as a tool exports it or a team keeps it in the repository),
 * read as the table it is: a time column and a words column, each item a row
 * placed at the line its time is written on. Parsed by the `yaml` package
 * (JSON is YAML), only for a block marked `yaml`, `yml` or `json`, or one
 * whose lines open on `- time:` and its kin.
 */
import type {Code, Table} from 'mdast'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap, type YAMLSeq} from 'yaml'
import type {SourceLines} from './block-text.js'
import {codeRows} from './csv-table.js'

/** The keys that give an item's time. */
const timeKeys = /^(?:time|at|when|timestamp|ts|date|datetime|time_utc|utc|start|started_at)$/i
/** The keys that give what happened. */
const wordKeys =
  /^(?:event|what|description|desc|summary|note|notes|text|message|action|detail|details|title|entry)$/i
/** The keys that hold the list of items, in an object: `timeline:`, `events:`. */
const listKeys = /^(?:timeline|events|chronology|log|entries|incident_timeline)$/i

/**
 * The rows of a code block that holds a timeline as YAML or JSON, as a GFM table would hold them
 * (`| Time | Event |`); `undefined` when the block is no such list: not YAML, fewer than two items
 * with a time and words, or too long to read.
 *
 * @example
 *   yamlTable(code, lines)?.children.length // 3: the header and two rows
 */
export function yamlTable(code: Code, lines: SourceLines): Table | undefined {
  const marked = /^(?:ya?ml|json)$/i.test(code.lang ?? '')
  if (!marked && !/^\s*-\s+(?:time|at|when|timestamp|ts)\s*:/im.test(code.value)) return undefined
  if (code.value.length > 200_000) return undefined
  const counter = new LineCounter()
  const document = parseDocument(code.value, {lineCounter: counter, prettyErrors: false})
  if (document.errors.length > 0) return undefined
  const list = listOf(document.contents)
  if (!list) return undefined
  const values = code.value.split('\n')
  const row = codeRows(code, values, lines)
  // (The header stands at the opening fence's line, index -1 of the value: no item's.)
  const rows = [row(['Time', 'Event'], -1)]
  for (const item of list.items) {
    if (!isMap(item)) continue
    const time = valueOf(item, timeKeys)
    const words = valueOf(item, wordKeys)
    if (!time || !words) continue
    rows.push(row([time.text, words.text], counter.linePos(time.offset).line - 1))
  }
  if (rows.length < 3) return undefined
  const table: Table = {type: 'table', children: rows}
  if (code.position) table.position = code.position
  return table
}

/** The list of items a document holds: itself, or the value of its `timeline:` key. */
function listOf(contents: unknown): YAMLSeq | undefined {
  if (isSeq(contents)) return contents
  if (!isMap(contents)) return undefined
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (listKeys.test(key) && isSeq(pair.value)) return pair.value
  }
  return undefined
}

/** The text of the first key of an item that matches, on one line, and where it is written. */
function valueOf(item: YAMLMap, keys: RegExp): {text: string; offset: number} | undefined {
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!keys.test(key) || !isScalar(pair.value)) continue
    const value = pair.value.value
    // (YAML 1.2's core schema keeps `2025-02-11T14:00:42Z` a string, as written.)
    const text = String(value).replace(/\s+/g, ' ').trim()
    if (text) return {text, offset: pair.value.range?.[0] ?? 0}
  }
  return undefined
}
