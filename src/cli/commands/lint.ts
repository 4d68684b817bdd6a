import type {CommonOptions} from '../common-options.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {useColor} from '../io.js'
import {createProgress} from '../progress.js'
import {readOptionsOf, readReports} from '../read-reports.js'
import {runTasks} from '../workers.js'

/** Options of `aftermath lint`. */
export interface LintCommandOptions extends CommonOptions {
  format: 'text' | 'json' | 'sarif' | 'github'
  /** Warnings fail too. */
  frail: boolean
  asOf: string
}

/**
 * `aftermath lint <paths..>`: every rule's findings at file:line:column.
 * Exit 1 when a report has an error (or, with `--frail`, a warning), or
 * cannot be read.
 */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const reports = await readReports(options.paths, io.cwd, readOptionsOf(options, io))
  if (reports.length === 0) {
    io.stderr(`aftermath: no Markdown reports found in ${options.paths.join(', ')}\n`)
    return exitCodes.failed
  }
  const config = options.timezone ? {...options.config, timezone: options.timezone} : options.config
  const readable = reports.flatMap((report) =>
    report.markdown === undefined ? [] : [{path: report.path, text: report.markdown, report}]
  )
  const progress = createProgress(io, {
    total: reports.length,
    label: 'linting',
    quiet: options.quiet
  })
  progress.tick(reports.length - readable.length)
  // Each report's findings become messages on its file as they come; the files keep report order.
  await runTasks(readable, {
    kind: 'lint',
    settings: {
      asOf: options.asOf,
      config,
      ...(options.templates && options.templates.length > 0 ? {templates: options.templates} : {})
    },
    jobs: options.jobs,
    onOutcome(index, outcome) {
      const done = readable[index] as (typeof readable)[number]
      const {report} = done
      done.text = ''
      progress.tick()
      if ('error' in outcome) {
        const message = report.file.message(
          `Cannot lint file: internal error (${outcome.error.message})`,
          {ruleId: 'internal-error', source: 'aftermath'}
        )
        message.fatal = true
        return undefined
      }
      for (const found of outcome.output) {
        const place =
          found.endLine !== undefined && found.endColumn !== undefined
            ? {
                start: {line: found.line, column: found.column},
                end: {line: found.endLine, column: found.endColumn}
              }
            : {line: found.line, column: found.column}
        const message = report.file.message(found.reason, {
          place,
          ruleId: found.ruleId,
          source: 'aftermath'
        })
        message.fatal = found.severity === 'error'
      }
      return undefined
    }
  })
  progress.done()
  const files = reports.map((report) => report.file)
  if (options.format === 'json') {
    const out = files.map((file) => ({
      file: file.path,
      messages: file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        ruleId: message.ruleId ?? null,
        severity: message.fatal ? 'error' : 'warning',
        reason: message.reason
      }))
    }))
    io.stdout(`${JSON.stringify(out, null, 2)}\n`)
  } else if (options.format === 'sarif' || options.format === 'github') {
    const {githubAnnotations, sarifLog} = await import('../lint-formats.js')
    const {packageVersion} = await import('../package-version.js')
    io.stdout(
      options.format === 'sarif'
        ? sarifLog(files, packageVersion(), io.cwd)
        : githubAnnotations(files, io.cwd)
    )
  } else if (files.some((file) => file.messages.length > 0)) {
    const {formatMessages} = await import('../report-messages.js')
    const text = formatMessages(files, {color: useColor(io), quiet: options.quiet})
    if (text) io.stderr(`${text}\n`)
  }
  const errors = files.some((file) => file.messages.some((message) => message.fatal === true))
  const warnings = files.some((file) => file.messages.some((message) => message.fatal === false))
  return errors || (options.frail && warnings) ? exitCodes.failed : exitCodes.ok
}
