/**
 * A table exported as CSV and pasted into a code block (a monitoring tool's
 * activity log, a spreadsheet's rows), read as the table it is: its first row
 * the header, each line after it a row, every row placed at its own line of
 * the source. The fields are split by csv-parse (quoted fields, doubled
 * quotes, delimiters inside quotes), loaded the first time a block looks like
 * CSV.
 */
import {createRequire} from 'node:module'
import type {Code, Table, TableCell, TableRow} from 'mdast'
import type {SourceLines} from './block-text.js'

type Parse = (
  input: string,
  options: Record<string, unknown>
) => Array<{record: string[]; info: {lines: number}}>

let parse: Parse | undefined

/** The delimiters a CSV export uses: comma, tab, semicolon. */
const delimiters = [',', '\t', ';'] as const

/**
 * The rows of a code block written as CSV, as a GFM table would hold them;
 * `undefined` when the block is not CSV: fewer than three lines, a first
 * line that holds a time (data, not a header), or no delimiter that splits
 * most lines into the header's number of fields (three or more). A block
 * marked `csv` or `tsv` needs only two lines, and two fields.
 *
 * @example
 *   csvTable(code, lines)?.children.length // 3: the header and two rows
 */
export function csvTable(code: Code, lines: SourceLines): Table | undefined {
  const marked = /^(?:csv|tsv)$/i.test(code.lang ?? '')
  const values = code.value.split('\n')
  const filled = values.filter((line) => line.trim() !== '')
  if (filled.length < (marked ? 2 : 3) || code.value.length > 200_000) return undefined
  const header = filled[0] as string
  const delimiter = delimiters
    .filter((candidate) => header.includes(candidate))
    .find((candidate) => {
      const count = fieldCount(header, candidate)
      if (count < (marked ? 2 : 3)) return false
      const agreeing = filled.filter((line) => fieldCount(line, candidate) === count).length
      return agreeing * 5 >= filled.length * 4
    })
  // (A header names its columns: no clock and no day in it, as a first row of data has.)
  if (delimiter === undefined || /\d:\d\d|\d{4}-\d\d|\d[/.]\d/.test(header)) return undefined
  parse ??= (createRequire(import.meta.url)('csv-parse/sync') as {parse: Parse}).parse
  let records: ReturnType<Parse>
  try {
    records = parse(code.value, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true
    })
  } catch {
    return undefined
  }
  const row = codeRows(code, values, lines)
  const rows = records.map(({record, info}) => row(record, info.lines - 1))
  const table: Table = {type: 'table', children: rows}
  if (code.position) table.position = code.position
  return table
}

/**
 * A maker of the rows a code block's lines stand for: the cells of the line at an index of the
 * block's value, each placed at that line of the source. (The first line of the value is the line
 * after its opening fence: a fenced block spans more lines than its value holds.)
 */
export function codeRows(
  code: Code,
  values: readonly string[],
  lines: SourceLines
): (cells: readonly string[], index: number) => TableRow {
  const from = code.position?.start.line ?? 1
  const spanned = (code.position?.end.line ?? from) - from + 1
  const first = from + (spanned > values.length ? 1 : 0)
  return (cells, index) => {
    const line = first + index
    const width = (values[index] ?? '').length
    const start = {line, column: 1, offset: lines.start(line)}
    const position = {start, end: {line, column: width + 1, offset: start.offset + width}}
    return {
      type: 'tableRow',
      position,
      children: cells.map(
        (value): TableCell => ({
          type: 'tableCell',
          position,
          children: [{type: 'text', value, position}]
        })
      )
    }
  }
}

/** The fields a line splits into, quotes heeded, without parsing it in full. */
function fieldCount(line: string, delimiter: string): number {
  let count = 1
  let quoted = false
  for (const character of line) {
    if (character === '"') quoted = !quoted
    else if (character === delimiter && !quoted) count++
  }
  return count
}
