import {homedir} from 'node:os'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import type {LintMessage} from '../lint/finding.js'
import type {MeasuredIncident} from '../metrics/measure.js'
import type {PlacedProblem} from '../model.js'
import {writesNoYear} from '../time/written-year.js'
import {defaultCacheDir, openCache} from './cache.js'
import type {CommonOptions} from './common-options.js'
import type {Io} from './io.js'
import {useColor} from './io.js'
import {createProgress} from './progress.js'
import {readOptionsOf, readReports} from './read-reports.js'
import type {ParseSettings} from './report-tasks.js'
import {readStoredResult, restoreMessages, type StoredResult} from './stored-result.js'
import {runTasks} from './workers.js'

/** The measured incidents of every report, and whether any file could not be read. */
export interface Loaded {
  measured: MeasuredIncident[]
  /** Every report read, with its messages. */
  files: VFile[]
  /**
   * With `lint`: lint's messages on each report (as `files`), without
   * `action-item-overdue`; undefined for one that could not be read or parsed.
   */
  findings: Array<LintMessage[] | undefined>
  failed: boolean
}

/** What a command wants of the load besides the measured incidents. */
export interface LoadWants {
  /** Problems of a measured incident to show among the report's messages. */
  problemsOf?: (measured: MeasuredIncident) => PlacedProblem[]
  /** Lint's messages on each report too (`Loaded.findings`), parsed and cached with it. */
  lint?: boolean
}

/**
 * Read, parse and measure every report under `options.paths` (measured with
 * `options.timezone`, as parsed), printing diagnostics to stderr, with the
 * problems `problemsOf` finds in each measured incident among them. Results
 * come from the cache when the report, the settings and aftermath are
 * unchanged; the others are parsed and measured across `options.jobs` worker
 * threads and stored. Every path gives the same measured incidents, in the
 * order of the reports: each result is bytes (stored-result.ts), so no
 * syntax tree (nor the report's text) outlives its parse, and timelines and
 * section texts are parsed from them only if read. An internal error on one
 * report becomes a fatal message on it; the other reports are still read.
 *
 * @example
 *   const {measured, failed} = await loadIncidents(options, io, {problemsOf: ({problems}) => problems})
 */
export async function loadIncidents(
  options: CommonOptions,
  io: Io,
  {problemsOf, lint}: LoadWants = {}
): Promise<Loaded> {
  const reports = await readReports(options.paths, io.cwd, readOptionsOf(options, io))
  const settings: ParseSettings = {}
  if (options.timezone) settings.timezone = options.timezone
  if (options.config.milestonePhrases) settings.milestonePhrases = options.config.milestonePhrases
  if (options.templates && options.templates.length > 0) settings.templates = options.templates
  if (options.today) settings.today = options.today
  if (lint) {
    const {rules, requiredSections, severities} = options.config
    settings.lint = {
      ...(rules ? {rules} : {}),
      ...(requiredSections ? {requiredSections} : {}),
      ...(severities ? {severities} : {})
    }
  }
  const cache = options.cache
    ? openCache({
        dir: options.cacheDir
          ? resolve(io.cwd, options.cacheDir)
          : defaultCacheDir(io.cwd, io.env, homedir()),
        // (Without the day: it is in the key of each report that writes no year, and only there.)
        settings: {...settings, today: undefined}
      })
    : undefined
  const readable = reports.flatMap((report, index) =>
    report.markdown === undefined ? [] : [{index, path: report.path, text: report.markdown}]
  )
  const progress = createProgress(io, {
    total: reports.length,
    label: 'reading',
    quiet: options.quiet
  })
  progress.tick(reports.length - readable.length)

  const results: Array<StoredResult | {error: {message: string; stack: string}}> = []
  const keys: string[] = []
  const missing: typeof readable = []
  for (const report of readable) {
    if (cache) {
      const key = cache.keyOf(
        report.path,
        report.text,
        writesNoYear(report.text) ? options.today : undefined
      )
      keys[report.index] = key
      const hit = cache.read(key)
      if (hit) {
        results[report.index] = hit
        report.text = ''
        progress.tick()
        continue
      }
    }
    missing.push(report)
  }
  // A report's text is let go once its result is in (above and below): only results add up.
  for (const report of reports) delete report.markdown

  await runTasks(missing, {
    kind: 'parse',
    settings,
    jobs: options.jobs,
    onOutcome(position, outcome) {
      const report = missing[position] as (typeof missing)[number]
      report.text = ''
      progress.tick()
      if ('error' in outcome) {
        results[report.index] = outcome
        return undefined
      }
      const stored = readStoredResult(outcome.output)
      if (!stored) {
        results[report.index] = {error: {message: 'unexpected parse result', stack: ''}}
        return undefined
      }
      results[report.index] = stored
      return cache?.write(keys[report.index] as string, outcome.output)
    }
  })
  progress.done()

  const measured: MeasuredIncident[] = []
  for (const result of results) {
    if (result && !('error' in result)) measured.push(...result.measured)
  }
  for (const [index, report] of reports.entries()) {
    const result = results[index]
    if (!result) continue
    if ('error' in result) {
      internalError(report.file, result.error, options.debug)
      continue
    }
    restoreMessages(report.file, result.messages)
    try {
      for (const one of problemsOf ? result.measured : []) {
        for (const problem of problemsOf?.(one) ?? []) {
          const message = report.file.message(problem.reason, {
            place: {line: problem.place.line, column: problem.place.column},
            ruleId: problem.ruleId,
            source: 'aftermath'
          })
          if (problem.severity === 'info') message.fatal = undefined
        }
      }
    } catch (error) {
      internalError(report.file, describe(error), options.debug)
    }
  }
  const files = reports.map((report) => report.file)
  if (reports.length === 0) {
    io.stderr(`aftermath: no Markdown reports found in ${options.paths.join(', ')}\n`)
  }
  if (files.some((file) => file.messages.length > 0)) {
    // vfile-reporter and its helpers load only when there is something to say.
    const {formatMessages} = await import('./report-messages.js')
    const text = formatMessages(files, {color: useColor(io), quiet: options.quiet})
    if (text) io.stderr(`${text}\n`)
  }
  const failed =
    reports.length === 0 ||
    files.some((file) => file.messages.some((message) => message.fatal === true))
  const findings = reports.map((_, index) => {
    const result = results[index]
    return result && !('error' in result) ? result.findings : undefined
  })
  return {measured, files, findings, failed}
}

function internalError(file: VFile, error: {message: string; stack: string}, debug: boolean) {
  const message = file.message(
    `Cannot parse file: internal error (${error.message})${debug ? `\n${error.stack}` : ''}`,
    {ruleId: 'internal-error', source: 'aftermath'}
  )
  message.fatal = true
}

function describe(error: unknown): {message: string; stack: string} {
  return {
    message: (error as Error)?.message ?? String(error),
    stack: String((error as Error)?.stack)
  }
}
