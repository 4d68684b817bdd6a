/**
 * Periods of a review: a calendar quarter (`2026-Q3`) or a range of days.
 * Days are UTC; a period's end is exclusive.
 */

/** A span of days: from `start` (inclusive) to `end` (exclusive), both `YYYY-MM-DD`. */
export interface Period {
  label: string
  start: string
  end: string
}

const quarterPattern = /^(\d{4})-?Q([1-4])$/i
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * The period of a quarter, or undefined when the text is not one.
 *
 * @example
 *   quarterPeriod('2017-Q1') // {label: '2017-Q1', start: '2017-01-01', end: '2017-04-01'}
 */
export function quarterPeriod(text: string): Period {
  const match = quarterPattern.exec(text.trim())
  if (!match)
    throw new RangeError(`Unexpected quarter \`${text}\`, expected one such as \`2026-Q3\``)
  const year = Number(match[1])
  const quarter = Number(match[2])
  const start = day(year, (quarter - 1) * 3 + 1, 1)
  const end = quarter === 4 ? day(year + 1, 1, 1) : day(year, quarter * 3 + 1, 1)
  return {label: `${year}-Q${quarter}`, start, end}
}

/** Whether `text` names a quarter (`2026-Q3`, `2026Q3`). */
export function isQuarter(text: string): boolean {
  return quarterPattern.test(text.trim())
}

/**
 * The period from `since` to `until`, both days included.
 *
 * @example
 *   rangePeriod('2026-07-01', '2026-07-31').end // '2026-08-01'
 */
export function rangePeriod(since: string, until: string): Period {
  for (const [name, value] of [
    ['--since', since],
    ['--until', until]
  ] as const) {
    if (!dayPattern.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new RangeError(`Unexpected ${name} \`${value}\`, expected a day such as \`2026-07-01\``)
  }
  if (until < since) throw new RangeError(`Unexpected --until ${until} before --since ${since}`)
  return {label: `${since} to ${until}`, start: since, end: addDays(until, 1)}
}

/** The quarter of an instant or day: `2017-Q1`. */
export function quarterOf(instant: string): string {
  const year = instant.slice(0, 4)
  const month = Number(instant.slice(5, 7))
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
}

/** The period just before: the previous quarter, or a range of the same length. */
export function previousPeriod(period: Period): Period {
  if (quarterPattern.test(period.label)) {
    const match = quarterPattern.exec(period.label) as RegExpExecArray
    const year = Number(match[1])
    const quarter = Number(match[2])
    return quarterPeriod(quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`)
  }
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000
  const start = addDays(period.start, -days)
  return {label: `${start} to ${addDays(period.start, -1)}`, start, end: period.start}
}

/** Whether an instant (or day) falls in a period. */
export function periodOf(instant: string, period: Period): boolean {
  const date = instant.slice(0, 10)
  return date >= period.start && date < period.end
}

function day(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
