/**
 * CSV as spreadsheets read it: RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula made plain text.
 */

/**
 * One cell: quoted when it holds a quote, comma or line break; a leading
 * `=`, `+`, `-` or `@` (not a number) gets a `'` so it is not a formula.
 *
 * @example
 *   csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
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
