/**
 * CSV as spreadsheets read it: RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula made plain text.
 */

/** A cell that is a number and nothing else (`-12`, `-0.5`): left as it is. */
const plainNumber = /^-?\d+(?:\.\d+)?$/

/**
 * One cell: quoted when it holds a quote, comma or line break; a leading
 * `=`, `+`, `-`, `@`, tab or carriage return gets a `'` so that a
 * spreadsheet does not run it as a formula, unless the cell is a plain
 * number (`-1+cmd|…` is not).
 *
 * @example
 *   csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !plainNumber.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * A duration cell in whole seconds (a p90 interpolated between two
 * durations is `61770`, not `61769.99999999997`); empty for unknown.
 *
 * @example
 *   secondsCell(888.0000000000001) // '888'
 */
export function secondsCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(Math.round(value))
}

/** Rows of cells as CSV text, with a final line break. */
export function csvTable(rows: string[][]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`
}
