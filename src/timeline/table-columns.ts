/**
 * The columns of a table that hold its times: profiled cell by cell, the
 * best time column by content and header, a date column beside a clock
 * column, and the column of its text.
 */
import {
  type ImpossibleTime,
  readCompactCell,
  readTimestamp,
  type WrittenTime
} from '../time/read-timestamp.js'
import {readZone} from '../time/zones.js'

/** What a column of a table holds. */
export interface ColumnProfile {
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

/** A clock with a dot (`06.52`, `14.05–15.10`, `00.46.58`) at the start of a cell. */
const dottedCell = /^\s*(?:[01]?\d|2[0-3])\.[0-5]\d(?:\.[0-5]\d)?(?!\d|\.\d)/

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec'
]

/**
 * A cell that opens on a day and a month with their dots (`22.01.`, `23.09. 21:30`, as German,
 * Swiss and Nordic logs date a row), as a reader takes it (`22 Jan`, `23 Sep 21:30`); undefined
 * for anything else, `22.01` among them (a dotted clock).
 *
 * @example
 *   dayMonthCell('23.01.') // '23 Jan'
 */
export function dayMonthCell(cell: string): string | undefined {
  const found = /^\s*(\d{1,2})\.(\d{1,2})\.(?=\s|$)/.exec(cell)
  if (!found) return undefined
  const day = Number(found[1])
  const month = monthNames[Number(found[2]) - 1]
  // (`23.09. 21:30`: the day, then the row's clock, in one cell.)
  return month && day >= 1 && day <= 31
    ? `${day} ${month}${cell.slice(found[0].length)}`.trimEnd()
    : undefined
}

/** The dots of a dotted clock, hours and minutes and seconds, as colons. */
const withColons = (cell: string) =>
  cell.replace(
    /^(\s*\d{1,2})\.(\d{2})(?:\.(\d{2}))?/,
    (_, hour: string, minute: string, second?: string) =>
      `${hour}:${minute}${second ? `:${second}` : ''}`
  )

/**
 * The word for the time of day in the languages reports mix into English headers: `Waktu`
 * (Indonesian, Malay), `Zeit`, `Uhrzeit`, `Hora`, `Heure`, `Tijd`, `Tid`, `Czas`, `Ora`, `Saat`, `Kl.`
 */
const timeOfDay =
  '(?:waktu|jam|(?:uhr)?zeit|hora|horário|horario|heure|tijd(?:stip)?|tid(?:spunkt)?|klokkeslett|czas|godzina|ora(?:rio)?|saat|kl)'

/** A header that says its column holds clock times (`Time (AKST)`, `Hour`, `UTC`), not years. */
const clockHeader = new RegExp(
  `(?<![\\p{L}])(?:time|hour|hrs|clock|hhmm|utc|gmt|local|${timeOfDay})(?![\\p{L}])`,
  'iu'
)

/**
 * Cells of four digits read as clocks (`0347`, `2341`), where the column's
 * header says it holds times or one of them is no year (below 1900 or
 * above 2099).
 */
function compactCells(cells: string[], header: string): Array<WrittenTime | undefined> {
  const read = cells.map((cell) => (cell ? readCompactCell(cell) : undefined))
  const clocks = read.filter((time) => time !== undefined)
  if (clocks.length === 0) return read
  const noYear = clocks.some((time) => {
    const value = (time.clock?.hour ?? 0) * 100 + (time.clock?.minute ?? 0)
    return value < 1900 || value > 2099
  })
  return clockHeader.test(header) || noYear ? read : []
}

function columnProfile(cells: string[], header = ''): ColumnProfile {
  const profile: ColumnProfile = {filled: 0, clocks: 0, dates: 0, clockOnly: 0, times: []}
  let compact: Array<WrittenTime | undefined> | undefined
  // (`| 06.52 | First order not sent |` under `Time`: a dotted clock, as much of Europe writes it,
  // where the header says the column holds times or every cell is one.)
  const clockLike = (cell: string) => dottedCell.test(cell) && !dayMonthCell(cell)
  const dotted =
    cells.some(clockLike) &&
    (clockHeader.test(header) || cells.every((cell) => !cell || clockLike(cell)))
  for (const [index, cell] of cells.entries()) {
    const asClock = dotted && clockLike(cell)
    let written = cell
      ? readTimestamp(asClock ? withColons(cell) : (dayMonthCell(cell) ?? cell))
      : undefined
    // (The colon put in stands where the dot was: the time keeps the cell's own writing.)
    if (asClock && written && !('impossible' in written))
      written = {...written, text: cell.slice(written.start, written.start + written.text.length)}
    // (So does a day read from its dots: `23.09. 21:30`, not `23 Sep 21:30`.)
    const dayMonth = asClock || !cell ? undefined : dayMonthCell(cell)
    if (dayMonth && written && !('impossible' in written) && written.start === 0) {
      const extra = cell.trim().length - dayMonth.length
      written = {...written, text: cell.trim().slice(0, written.text.length + extra)}
    }
    if (cell && (!written || 'impossible' in written) && /^\s*\d{4}(?!\d)/.test(cell)) {
      compact ??= compactCells(cells, header)
      written = compact[index] ?? written
    }
    profile.times.push(written)
    if (!cell) continue
    profile.filled++
    if (!written || 'impossible' in written) continue
    // The cell must be mostly the time: `2019-11-30 08:24`, not a sentence that mentions one.
    if (written.end < cell.length - 4) continue
    if (written.clock || written.unknown || written.sinceAnchor !== undefined) {
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
    // (`| As-run (UTC) | BST | Source | Event |`: a header that is only a zone's name names a
    // column of times too.)
    const hinted =
      /\b(?:time|date|when|timestamp|utc|hour|offset)/i.test(headers[index] ?? '') ||
      clockHeader.test(headers[index] ?? '') ||
      zoneOnly(headers[index] ?? '')
        ? 0.5
        : 0
    // (`| Time (local) | Time (UTC) | Event |`: of two columns of times, the one in UTC is read,
    // its zone named and never in doubt.)
    const universal = /\b(?:utc|gmt|zulu)\b|\(z\)/i.test(headers[index] ?? '') ? 0.1 : 0
    const score = timed / column.filled + hinted + universal + (column.clocks > 0 ? 0.25 : 0)
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }
  return best
}

/** A header that is a zone's name alone: `BST`, `(CET)`, `Local`. */
function zoneOnly(header: string): boolean {
  const text = header.replace(/[()*_`\s]/g, '')
  return (
    /^local$/i.test(text) || (/^[A-Z]{2,5}$/i.test(text) && readZone(text, 0)?.end === text.length)
  )
}

/** A header of a column of kinds or states (`Event type`, `Category`, `Status`), short labels. */
const kindHeader = /\b(?:type|kind|category|class|status|severity|level|phase|stage)\s*$/i

/** The columns a table's times are in. */
const timeIndexes = (found: TimeColumns) => [
  found.dateIndex,
  ...(found.clockIndex === undefined ? [] : [found.clockIndex])
]

/** A column of notes on each row, beside the one of what happened: `Notes`, `Comments`, `Remarks`. */
const notesHeader = /^\W*(?:notes?|comments?|remarks?|details?)\W*$/i

function textColumn(
  headers: string[],
  body: string[][],
  taken: number[],
  namedOnly = false
): number | undefined {
  const candidates = headers.map((_, index) => index).filter((index) => !taken.includes(index))
  // (`| Timestamp | Event type | Actor | Details |`: a column of the kind of each row is its label;
  // of the columns named for the row's words, the one that holds the most of them.)
  const named = candidates.filter(
    (index) =>
      /\b(?:event|description|what|action|detail|summary|activity|update|note|message|happened|decision|comment|remark)/i.test(
        headers[index] ?? ''
      ) && !kindHeader.test(headers[index] ?? '')
  )
  if (namedOnly && named.length === 0) return undefined
  // (`| Date/Time | Decision | Owner | Notes |`: the column of what was done or happened, told in
  // words, before one of notes on it, however long the notes; not a column of labels, `| Event |
  // Notes |` of `Deploy`, `Alert`.)
  const deeds = named.filter(
    (index) =>
      !notesHeader.test(headers[index] ?? '') &&
      body.reduce((sum, cells) => sum + (cells[index] ?? '').split(/\s+/).length, 0) >=
        3 * body.length
  )
  let best: number | undefined
  let longest = -1
  for (const index of deeds.length > 0 ? deeds : named.length > 0 ? named : candidates) {
    const length = body.reduce((sum, cells) => sum + (cells[index]?.length ?? 0), 0)
    if (length > longest) {
      best = index
      longest = length
    }
  }
  return best
}

/** Whether a table's columns other than its time column hold words, not only numbers. */
export function hasWords(body: string[][], dateIndex: number, clockIndex?: number): boolean {
  return body.some((cells) =>
    cells.some(
      (cell, index) => index !== dateIndex && index !== clockIndex && /\p{L}{3,}/u.test(cell)
    )
  )
}

/** The columns of a table's times and text; undefined when no column holds times. */
export interface TimeColumns {
  columns: ColumnProfile[]
  /** The column of dates, or of times with their date, or of clock times alone. */
  dateIndex: number
  /** A column of clock times beside a column of days (`| Date | Time | Event |`). */
  clockIndex?: number
  textIndex?: number
  /**
   * A second column named for the row's words (`| Description | Operator / Notes |`): the row's
   * words where the first is empty.
   */
  otherTextIndex?: number
  /** A column of each row's zone (`| 00.47 | GMT | ... |`, `| 02.14 | BST | ... |`). */
  zoneIndex?: number
}

/**
 * Where a table keeps its times: the best time column, and, when it holds
 * days and another holds clock times (or the reverse), both.
 *
 * @example
 *   timeColumns(['Date', 'Time', 'Event'], [['2026-02-11', '09:02', 'Alert']])
 *   // {dateIndex: 0, clockIndex: 1, textIndex: 2, columns: [...]}
 */
export function timeColumns(headers: string[], body: string[][]): TimeColumns | undefined {
  const columns = headers.map((header, index) =>
    columnProfile(
      body.map((cells) => cells[index] ?? ''),
      header
    )
  )
  const timeIndex = bestTimeColumn(headers, columns)
  if (timeIndex === undefined) return undefined
  const isDates = (column: ColumnProfile) =>
    column.dates > 0 && column.clocks === 0 && column.dates >= column.filled / 2
  const isClocks = (column: ColumnProfile) =>
    column.clockOnly > 0 && column.clockOnly >= column.filled / 2
  const found: TimeColumns = {columns, dateIndex: timeIndex}
  const timeColumn = columns[timeIndex] as ColumnProfile
  if (isDates(timeColumn)) {
    const clock = columns.findIndex((column, index) => index !== timeIndex && isClocks(column))
    if (clock !== -1) found.clockIndex = clock
  } else if (isClocks(timeColumn)) {
    const date = columns.findIndex((column, index) => index !== timeIndex && isDates(column))
    if (date !== -1) {
      found.dateIndex = date
      found.clockIndex = timeIndex
    }
  }
  const text = textColumn(headers, body, timeIndexes(found))
  if (text !== undefined) found.textIndex = text
  const other =
    text === undefined ? undefined : textColumn(headers, body, [...timeIndexes(found), text], true)
  if (other !== undefined) found.otherTextIndex = other
  const taken = [found.dateIndex, found.clockIndex, found.textIndex, found.otherTextIndex]
  const zone = headers.findIndex(
    (_, index) => !taken.includes(index) && zoneCells(body.map((cells) => cells[index] ?? ''))
  )
  if (zone !== -1) found.zoneIndex = zone
  return found
}

/**
 * Whether a column holds zones, one per row (`GMT`, `BST (02.27 GMT)`), in half its rows or more,
 * the others empty or a dash.
 */
function zoneCells(cells: string[]): boolean {
  let zones = 0
  for (const cell of cells) {
    if (/^[\s–—-]*$/.test(cell)) continue
    const zone = readZone(cell)
    if (zone?.start !== 0 || !/^\s*(?:$|[(/])/.test(cell.slice(zone.end))) return false
    zones++
  }
  return zones > 0 && zones >= cells.length / 2
}
