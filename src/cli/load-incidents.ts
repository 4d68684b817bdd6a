import type {VFile} from 'vfile'
import type {Incident} from '../model.js'
import {type ParseOptions, parseIncidents} from '../parse-incidents.js'
import type {PlacedProblem} from '../timeline/resolve-entries.js'
import type {Io} from './io.js'
import {useColor} from './io.js'
import type {CommonOptions} from './main.js'
import {readReports} from './read-reports.js'
import {formatMessages} from './report-messages.js'

/** The incidents of every report, and whether any file could not be read. */
export interface Loaded {
  incidents: Incident[]
  /** Every report read, with its messages. */
  files: VFile[]
  failed: boolean
}

/**
 * Read and parse every report under `options.paths`, printing diagnostics
 * to stderr. An internal error on one report becomes a fatal message on it;
 * the other reports are still read.
 */
export async function loadIncidents(
  options: CommonOptions,
  io: Io,
  analyze?: (incident: Incident) => PlacedProblem[]
): Promise<Loaded> {
  const reports = await readReports(options.paths, io.cwd)
  const incidents: Incident[] = []
  for (const report of reports) {
    if (report.markdown === undefined) continue
    try {
      const parseOptions: ParseOptions = {path: report.path}
      if (options.timezone) parseOptions.timezone = options.timezone
      if (options.config.milestonePhrases)
        parseOptions.milestonePhrases = options.config.milestonePhrases
      const result = parseIncidents(report.markdown, parseOptions)
      incidents.push(...result.incidents)
      report.file.messages.push(...result.messages)
      for (const incident of analyze ? result.incidents : []) {
        for (const problem of analyze?.(incident) ?? []) {
          const message = report.file.message(problem.reason, {
            place: {line: problem.place.line, column: problem.place.column},
            ruleId: problem.ruleId,
            source: 'aftermath'
          })
          if (problem.severity === 'info') message.fatal = undefined
        }
      }
    } catch (error) {
      const message = report.file.message(
        `Cannot parse file: internal error (${(error as Error).message})${options.debug ? `\n${(error as Error).stack}` : ''}`,
        {ruleId: 'internal-error', source: 'aftermath'}
      )
      message.fatal = true
    }
  }
  const files = reports.map((report) => report.file)
  if (reports.length === 0) {
    io.stderr(`aftermath: no Markdown reports found in ${options.paths.join(', ')}\n`)
  }
  const text = formatMessages(files, {color: useColor(io), quiet: options.quiet})
  if (text) io.stderr(`${text}\n`)
  const failed =
    reports.length === 0 ||
    files.some((file) => file.messages.some((message) => message.fatal === true))
  return {incidents, files, failed}
}
