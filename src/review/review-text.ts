/**
 * The words and numbers a review says, shared by its HTML and Markdown
 * renderings so that both say the same thing: labels of the measures,
 * periods, intervals, changes, links to reports and the summary at the top.
 * Plain text: each renderer escapes it for its own format.
 */
import {formatDuration} from '../metrics/format-duration.js'
import {type DurationName, type PhaseName, spans} from '../metrics/measure-durations.js'
import type {DurationSummary, Review} from './build-review.js'
import type {Period} from './period.js'
import {minimumForInterval, minimumToCompare} from './statistics.js'

/** The unknown, in every table and sentence. */
export const unknown = '—'

/**
 * The name of a duration or phase as a reader says it.
 *
 * @example
 *   measureLabel.timeToResolve // 'Time to resolve'
 */
export const measureLabel: Record<DurationName | PhaseName, string> = {
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToDiagnose: 'Time to diagnose',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  detection: 'Detection phase',
  diagnosis: 'Diagnosis phase',
  recovery: 'Recovery phase'
}

/**
 * From which milestone to which a measure runs.
 *
 * @example
 *   measureSpan('diagnosis') // 'detected → diagnosed'
 */
export function measureSpan(name: DurationName | PhaseName): string {
  const [from, to] = spans[name]
  return `${from} → ${to}`
}

/**
 * The days of a period, both included (its `end` is exclusive).
 *
 * @example
 *   periodDays({label: '2026-Q3', start: '2026-07-01', end: '2026-10-01'})
 *   // '2026-07-01 to 2026-09-30'
 */
export function periodDays(period: Period): string {
  const last = new Date(Date.parse(`${period.end}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10)
  return `${period.start} to ${last}`
}

/** `previous quarter` for a quarter, `previous period` for a range of days. */
export function previousName(review: Review): string {
  return review.period && /^\d{4}-Q[1-4]$/.test(review.period.label)
    ? 'previous quarter'
    : 'previous period'
}

/**
 * A bootstrap interval as `low – high`, or the unknown dash.
 *
 * @example
 *   intervalText({low: 3900, high: 14_400}) // '1h 5m – 4h'
 */
export function intervalText(interval: {low: number; high: number} | null): string {
  return interval ? `${formatDuration(interval.low)} – ${formatDuration(interval.high)}` : unknown
}

/**
 * A share as a whole percentage; a share above zero never reads `0%`.
 *
 * @example
 *   shareText(0.7096) // '71%'
 */
export function shareText(share: number): string {
  if (share > 0 && share < 0.005) return '<1%'
  return `${Math.round(share * 100)}%`
}

/**
 * The change from the previous period: `+2`, `−1` (a minus sign), `0`; the
 * dash when there is no previous period.
 */
export function changeText(count: number, previous: number | null): string {
  if (previous === null) return unknown
  const change = count - previous
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0'
}

/** The filters of a review, `none` when every incident counts. */
export function filtersText(filters: Review['filters']): string {
  const parts = (['severity', 'service', 'tag'] as const)
    .filter((key) => filters[key].length > 0)
    .map((key) => `${key}: ${filters[key].join(', ')}`)
  return parts.length > 0 ? parts.join('; ') : 'none'
}

/** Why a measure's median cannot be compared, or `undefined` when it can. */
export function comparisonNote(summary: {n: number}): string | undefined {
  if (summary.n === 0) return 'no values'
  if (summary.n < minimumForInterval)
    return `fewer than ${minimumForInterval}: no interval, too few to compare`
  if (summary.n < minimumToCompare) return `fewer than ${minimumToCompare}: too few to compare`
  return undefined
}

/**
 * A message split into plain text and the code spans it quotes in
 * backticks (as every aftermath message does: "Unexpected `CET` ...").
 *
 * @example
 *   messageParts('Unexpected `BST`') // [{text: 'Unexpected ', code: false}, {text: 'BST', code: true}]
 */
export function messageParts(message: string): Array<{text: string; code: boolean}> {
  const parts: Array<{text: string; code: boolean}> = []
  const pattern = /`([^`]+)`/g
  let last = 0
  for (const match of message.matchAll(pattern)) {
    if (match.index > last) parts.push({text: message.slice(last, match.index), code: false})
    parts.push({text: match[1] as string, code: true})
    last = match.index + match[0].length
  }
  if (last < message.length) parts.push({text: message.slice(last), code: false})
  return parts
}

/**
 * A link to a report: `linkBase` and the path, each path segment
 * percent-encoded (so `#` or a space in a file name stays in the path), and
 * `#L<line>` when a line is given, as code hosts link to a line.
 *
 * @example
 *   reportHref('incidents/x y.md', '../', 14) // '../incidents/x%20y.md#L14'
 */
export function reportHref(file: string, linkBase: string, line?: number): string {
  const path = file
    .replace(/\\/g, '/')
    .split('/')
    // Parentheses too, so that a Markdown link ends where it should.
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/')
  return `${linkBase}${path}${line === undefined ? '' : `#L${line}`}`
}

/** The quarters of the trend: `2025-Q4 to 2026-Q3`. */
export function trendSpan(review: Review): string {
  const first = review.trend[0]?.period.label
  const last = review.trend.at(-1)?.period.label
  return first === last ? (first ?? '') : `${first} to ${last}`
}

/** `n incidents` with the right plural. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** What the action items of a review come to. */
export function actionItemsSentence(review: Review): string {
  const items = review.actionItems
  const overdue = items.overdue.length
  return `${plural(items.total, 'action item')} across the reports: ${items.open} open, ${items.done} done. ${overdue === 0 ? `None is overdue as of ${review.asOf}.` : `${plural(overdue, 'open item')} ${overdue === 1 ? 'was' : 'were'} due before ${review.asOf}.`}`
}

/** How many notes there are on how many reports, and (when there are several kinds) the kinds on most reports. */
export function notesSentence(review: Review): string {
  const files = new Set(review.notes.map((note) => note.file)).size
  const ranked = notesByRule(review.notes)
  // With more than a few kinds, the commonest say where to start.
  const most =
    ranked.length > 3
      ? ` Most common: ${ranked
          .slice(0, 3)
          .map(({ruleId, reports}) => `\`${ruleId}\` (${plural(reports, 'report')})`)
          .join(', ')}.`
      : ''
  return `${plural(review.notes.length, 'note')} on ${plural(files, 'report')}.${most} Fixing the reports makes the numbers above more complete.`
}

/**
 * The summary at the top of a review, as sentences.
 *
 * @example
 *   reviewSummary(review)[0] // '7 incidents in 2026-Q3 (previous quarter: 9).'
 */
export function reviewSummary(review: Review): string[] {
  const sentences: string[] = []
  const where = review.period ? `in ${review.period.label}` : 'in the reports read'
  const before =
    review.counts.previous === null ? '' : ` (${previousName(review)}: ${review.counts.previous})`
  const count = review.counts.total === 0 ? 'No incidents' : plural(review.counts.total, 'incident')
  sentences.push(
    `${count} ${where}${before}.${review.undated > 0 ? ` ${plural(review.undated, 'incident')} could not be placed in time (no start and no date).` : ''}`
  )
  if (review.counts.total === 0) return sentences

  const resolve = review.durations.find((summary) => summary.name === 'timeToResolve')
  if (resolve) sentences.push(resolveSentence(resolve, review.counts.total))
  const comparison = previousComparison(review)
  if (comparison) sentences.push(comparison)

  const shares = review.timeShares
  const largest = [...shares.phases].sort((a, b) => b.share - a.share)[0]
  if (shares.incidents > 0 && shares.total > 0 && largest)
    sentences.push(
      `${capitalize(largest.name)} took the largest share of outage time (${shareText(largest.share)} of ${formatDuration(shares.total)}), over ${plural(shares.incidents, 'incident')} with all three phases known.`
    )

  const items = review.actionItems
  if (items.total > 0)
    sentences.push(
      `${plural(items.total, 'action item')}: ${items.open} open, ${items.done} done; ${items.overdue.length} overdue as of ${review.asOf}.`
    )
  if (review.notes.length > 0) {
    const files = new Set(review.notes.map((note) => note.file)).size
    sentences.push(
      `${plural(review.notes.length, 'data-quality note')} on ${plural(files, 'report')}.`
    )
  }
  return sentences
}

function resolveSentence(summary: DurationSummary, total: number): string {
  if (summary.n === 0 || summary.median === null)
    return `No incident has a measured time to resolve (${total} lack a start or a resolution).`
  const lacking =
    summary.missing > 0
      ? `; ${summary.missing} of ${total} ${summary.missing === 1 ? 'lacks' : 'lack'} one`
      : ''
  const interval = summary.interval
    ? `95% CI ${intervalText(summary.interval)}, n = ${summary.n}`
    : `n = ${summary.n}, too few for an interval`
  return `Median time to resolve ${formatDuration(summary.median)} (${interval}${lacking}).`
}

/** The median time to resolve against the previous quarter, when the trend holds it. */
function previousComparison(review: Review): string | undefined {
  const previous = review.previousPeriod
  if (!review.period || !previous) return undefined
  const then = review.trend.find((item) => item.period.label === previous.label)
  const now = review.trend.find((item) => item.period.label === review.period?.label)
  if (!then || !now) return undefined
  const a = now.medians.timeToResolve
  const b = then.medians.timeToResolve
  if (b.median === null)
    return `The ${previousName(review)} has no measured time to resolve to compare with.`
  if (a.n < minimumToCompare || b.n < minimumToCompare)
    return `Too few incidents to compare the median time to resolve with the ${previousName(review)} (n = ${a.n} and ${b.n}; at least ${minimumToCompare} each are needed). ${capitalize(previousName(review))}: ${formatDuration(b.median)}.`
  return `${capitalize(previousName(review))}: ${formatDuration(b.median)} (95% CI ${intervalText(b.interval)}, n = ${b.n}).`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The notes' rules, on most reports first: how many reports and notes each.
 *
 * @example
 *   notesByRule(review.notes)[0] // {ruleId: 'required-sections', reports: 37, notes: 84}
 */
export function notesByRule(
  notes: Review['notes']
): Array<{ruleId: string; reports: number; notes: number}> {
  const rules = new Map<string, {files: Set<string>; notes: number}>()
  for (const note of notes) {
    const rule = rules.get(note.ruleId) ?? {files: new Set<string>(), notes: 0}
    rule.files.add(note.file)
    rule.notes++
    rules.set(note.ruleId, rule)
  }
  return [...rules]
    .map(([ruleId, {files, notes}]) => ({ruleId, reports: files.size, notes}))
    .sort((a, b) => b.reports - a.reports || b.notes - a.notes || (a.ruleId < b.ruleId ? -1 : 1))
}
