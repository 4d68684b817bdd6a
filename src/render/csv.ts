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

/** A number cell; empty for unknown. */
export function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** Rows of cells as CSV text, with a final line break. */
export function csvTable(rows: string[][]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`
}
