/**
 * The review's numbers as CSV: one row per duration and phase, with its
 * distribution, coverage and the median's interval, for a spreadsheet.
 * (One row per incident is `aftermath metrics --format csv`.)
 */
import {csvTable, secondsCell} from '../render/csv.js'
import type {Review} from './build-review.js'

/**
 * @example
 *   renderReviewCsv(review).split('\n')[0]
 *   // 'period,measure,n,missing,median_seconds,p75_seconds,p90_seconds,max_seconds,...'
 */
export function renderReviewCsv(review: Review): string {
  const header = [
    'period',
    'measure',
    'n',
    'missing',
    'median_seconds',
    'p75_seconds',
    'p90_seconds',
    'max_seconds',
    'median_ci95_low_seconds',
    'median_ci95_high_seconds',
    'too_few_to_compare'
  ]
  const rows = review.durations.map((summary) => [
    review.period?.label ?? 'all',
    summary.name,
    String(summary.n),
    String(summary.missing),
    secondsCell(summary.median),
    secondsCell(summary.p75),
    secondsCell(summary.p90),
    secondsCell(summary.max),
    secondsCell(summary.interval?.low),
    secondsCell(summary.interval?.high),
    summary.tooFew ? 'yes' : 'no'
  ])
  return csvTable([header, ...rows])
}
