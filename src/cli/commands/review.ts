import {dirname, join, relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import type {LintMessage} from '../../lint/finding.js'
import {formatDuration} from '../../metrics/format-duration.js'
import type {MeasuredIncident} from '../../metrics/measure.js'
import type {Incident} from '../../model.js'
import {buildReview, type Review, type ReviewNote} from '../../review/build-review.js'
import {type Period, quarterPeriod, rangePeriod} from '../../review/period.js'
import {renderReviewCsv} from '../../review/render-csv.js'
import {renderReviewHtml} from '../../review/render-html.js'
import {renderReviewMarkdown} from '../../review/render-markdown.js'
import {closestNames} from '../../text/nearest.js'
import type {CommonOptions} from '../common-options.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'
import {inputPaths, outputFormat, problemCode, shown, writeOutput} from '../write-output.js'

export type ReviewFormat = 'html' | 'md' | 'json' | 'csv'

/** Options of `aftermath review`. */
export interface ReviewCommandOptions extends CommonOptions {
  quarter?: string
  since?: string
  until?: string
  format?: ReviewFormat
  output?: string
  severity: string[]
  service: string[]
  tag: string[]
  /** `YYYY-MM-DD`; the CLI's default is today. */
  asOf: string
  seed: number
}

const extensions: Record<string, ReviewFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.csv': 'csv'
}

/**
 * `aftermath review <paths..>`: the reliability review of a quarter (or a
 * range of days, or everything) as HTML, Markdown, JSON or CSV.
 */
export async function runReview(options: ReviewCommandOptions, io: Io): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`aftermath: ${message}\n\nRun 'aftermath review --help' for usage.\n`)
    return exitCodes.usage
  }
  let period: Period | undefined
  try {
    period = periodOf(options)
  } catch (error) {
    return usage((error as Error).message)
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || Number.isNaN(Date.parse(options.asOf)))
    return usage(`Unexpected --as-of \`${options.asOf}\`, expected a day such as \`2026-10-01\``)

  const chosen = await outputFormat<ReviewFormat>(
    io.cwd,
    options.output,
    extensions,
    options.format,
    'html'
  )
  if (chosen.problem !== undefined) return usage(chosen.problem)
  const {target, folder, format} = chosen
  const path = target && folder ? join(target, `review.${format}`) : target

  const {measured, files, findings, failed} = await loadIncidents(options, io, {lint: true})
  // Nothing to review: the loader has said so; no file is written.
  if (files.length === 0) return exitCodes.failed
  const notes = files.flatMap((file, index) => notesOf(file, findings[index]))
  const review = buildReview(measured, notes, {
    ...(period ? {period} : {}),
    asOf: options.asOf,
    severity: options.severity,
    service: options.service,
    tag: options.tag,
    seed: options.seed
  })
  if (review.counts.total === 0 && measured.length > 0 && !options.quiet)
    io.stderr(`${emptySelection(measured, options, review.period?.label)}\n`)
  // Links from the review to the reports: relative to where the review is written.
  const linkBase = path ? linkBaseOf(io.cwd, dirname(path)) : ''
  const text = {
    html: () => renderReviewHtml(review, measured, {linkBase}),
    md: () => renderReviewMarkdown(review, {linkBase}),
    json: () => `${JSON.stringify(review, null, 2)}\n`,
    csv: () => renderReviewCsv(review)
  }[format]()

  if (!path) {
    io.stdout(text)
    return failed ? exitCodes.failed : exitCodes.ok
  }
  const read = files.map((file) => file.path)
  const problem = await writeOutput(path, text, inputPaths(io.cwd, options.paths, read))
  if (problem) return problemCode(problem, io, usage)
  io.stdout(`${summary(review, shown(io.cwd, path))}\n`)
  return failed ? exitCodes.failed : exitCodes.ok
}

/**
 * The data-quality notes on one report: what `aftermath lint` says of it
 * (the parser's errors and warnings among them, with the configuration's
 * severities and the report's lint comments), except overdue action items,
 * which the review counts on its own. A report that could not be read or
 * parsed has its messages instead.
 */
function notesOf(file: VFile, findings: readonly LintMessage[] | undefined): ReviewNote[] {
  if (findings)
    return findings.map(({ruleId, reason, line, column}) => ({
      file: file.path,
      line,
      column,
      ruleId,
      reason
    }))
  return file.messages
    .filter((message) => message.fatal !== undefined && message.fatal !== null)
    .map((message) => ({
      file: file.path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      ruleId: message.ruleId ?? 'unknown',
      reason: message.reason
    }))
}

function periodOf(options: ReviewCommandOptions): Period | undefined {
  if (options.quarter && (options.since || options.until))
    throw new RangeError('Unexpected --quarter with --since/--until: give one or the other')
  if (options.quarter) return quarterPeriod(options.quarter)
  if (options.since || options.until) {
    if (!options.since || !options.until)
      throw new RangeError('Unexpected --since without --until (or the other way): give both')
    return rangePeriod(options.since, options.until)
  }
  return undefined
}

/** The prefix that turns a report path (relative to `cwd`) into a link from `folder`. */
function linkBaseOf(cwd: string, folder: string): string {
  const up = relative(folder, cwd)
  return up === '' ? '' : `${up.split(sep).join('/')}/`
}

/** What the review says in two lines, after writing it. */
function summary(review: Review, where: string): string {
  const resolve = review.durations.find((duration) => duration.name === 'timeToResolve')
  const previous =
    review.counts.previous === null ? '' : ` (previous period: ${review.counts.previous})`
  const median =
    resolve && resolve.median !== null
      ? `median time to resolve ${formatDuration(resolve.median)} over ${resolve.n}${resolve.tooFew ? ', too few to compare periods' : ''}`
      : 'no time to resolve measured'
  return [
    `aftermath: wrote ${where}`,
    `  ${review.counts.total} incident${review.counts.total === 1 ? '' : 's'} in ${review.period?.label ?? 'all reports'}${previous}; ${median}; ${review.actionItems.open} open action item${review.actionItems.open === 1 ? '' : 's'} (${review.actionItems.overdue.length} overdue); ${review.notes.length} data-quality note${review.notes.length === 1 ? '' : 's'}`
  ].join('\n')
}

/**
 * Why a review holds no incident although reports were read: how many, the
 * days they span, and for a service, tag or severity that none has, the
 * nearest names they do have.
 */
function emptySelection(
  measured: readonly MeasuredIncident[],
  options: ReviewCommandOptions,
  period: string | undefined
): string {
  const incidents = measured.map(({incident}) => incident)
  const days = incidents.flatMap((incident) => (incident.date ? [incident.date] : [])).sort()
  const span =
    days.length > 0
      ? `dated from ${days[0]} to ${days.at(-1)}${days.length < incidents.length ? ` (${incidents.length - days.length} undated)` : ''}`
      : 'none of them dated'
  const lines = [
    `aftermath: no incident selected${period ? ` in ${period}` : ''}: ${incidents.length} incident${incidents.length === 1 ? '' : 's'} read, ${span}`
  ]
  const filters: Array<[string, readonly string[], (incident: Incident) => readonly string[]]> = [
    ['--service', options.service, (incident) => incident.services],
    ['--tag', options.tag, (incident) => incident.tags],
    ['--severity', options.severity, (incident) => (incident.severity ? [incident.severity] : [])]
  ]
  for (const [option, wanted, namesOf] of filters) {
    const known = [...new Set(incidents.flatMap(namesOf))]
    const lower = new Set(known.map((name) => name.toLowerCase()))
    for (const name of wanted) {
      if (lower.has(name.toLowerCase())) continue
      const near = closestNames(name, known, 3)
      lines.push(
        `  ${option} ${name}: no report names it${near.length > 0 ? `; nearest: ${near.join(', ')}` : ''}`
      )
    }
  }
  return lines.join('\n')
}
