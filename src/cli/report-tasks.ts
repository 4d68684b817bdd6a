/**
 * The work done on one report, the same in a worker thread and in the main
 * thread: parse and measure it (the bytes of its measured incidents and
 * messages) or lint it (its findings). The modules that do it are imported on first use, so a run
 * served from the cache never loads the Markdown parser.
 */
import type {Config} from '../config/config.js'
import type {LintMessage} from '../lint/lint-report.js'
import type {MeasureContext, MilestoneName} from '../model.js'

/**
 * Options that change a parse and its measures, the same for every report of
 * a run (and part of the cache key).
 */
export interface ParseSettings {
  /** The zone reports are read in (`--timezone`, else the configuration's): parsing and measuring both take it. */
  timezone?: string
  milestonePhrases?: Partial<Record<MilestoneName, string[]>>
  /** The texts of the templates, built-in and the team's: what a finished report no longer holds. */
  templates?: string[]
  /**
   * The day the reports are read (`YYYY-MM-DD`): the year of a report that writes none comes
   * from its weekdays as of this day. Not in the cache's settings: only the key of a report that
   * writes no year holds it (`writesNoYear`), so the other entries outlive the day.
   */
  today?: string
  /**
   * When set, lint's messages are part of the result too (`StoredResult.findings`),
   * with these settings of the configuration: the review's data quality.
   */
  lint?: Pick<Config, 'rules' | 'requiredSections' | 'severities'>
}

/** Lint options, the same for every report of a run. */
export interface LintSettings {
  asOf: string
  config: Config
  templates?: string[]
}

/** What each kind of task takes for the whole run, and gives for one report. */
export interface TaskTypes {
  /** Gives the bytes of a `StoredResult` (see stored-result.ts): the report's measured incidents. */
  parse: {settings: ParseSettings; output: Uint8Array}
  lint: {settings: LintSettings; output: LintMessage[]}
}

export type TaskKind = keyof TaskTypes

/** One report to work on. */
export interface TaskInput {
  /** As shown in messages: relative to the working folder. */
  path: string
  text: string
}

/** The function that does `kind` on one report, with the run's settings. */
export type Task<K extends TaskKind> = (input: TaskInput) => TaskTypes[K]['output']

/**
 * Load the function for a kind of task.
 *
 * @example
 *   const parse = await loadTask('parse', {timezone: 'UTC'})
 *   parse({path: 'incidents/x.md', text: markdown}) // the bytes of storeResult(...)
 */
export async function loadTask<K extends TaskKind>(
  kind: K,
  settings: TaskTypes[K]['settings']
): Promise<Task<K>> {
  if (kind === 'parse') return (await parseTask(settings as ParseSettings)) as Task<K>
  return (await lintTask(settings as LintSettings)) as Task<K>
}

async function parseTask(settings: ParseSettings): Promise<Task<'parse'>> {
  const [{readReport}, {measure}, {storeResult}, lint] = await Promise.all([
    import('../parse-incidents.js'),
    import('../metrics/measure.js'),
    import('./stored-result.js'),
    settings.lint ? import('../lint/lint-report.js') : undefined
  ])
  const context: MeasureContext = settings.timezone ? {timezone: settings.timezone} : {}
  return ({path, text}) => {
    const options: Parameters<typeof readReport>[1] = {path}
    if (settings.timezone) options.timezone = settings.timezone
    if (settings.milestonePhrases) options.milestonePhrases = settings.milestonePhrases
    if (settings.templates) options.templates = settings.templates
    if (settings.today) options.today = settings.today
    const read = readReport(text, options)
    // Measured here too: in a worker thread, beside the parse, and kept in the cache with it.
    const measured = read.incidents.map((incident) => measure(incident, context))
    if (!lint) return storeResult({measured, messages: read.messages})
    // Linted from the same parse; the day that makes action items overdue is the review's.
    const findings = lint.lintRead(text, read, measured, {path, config: settings.lint ?? {}})
    return storeResult({measured, messages: read.messages, findings})
  }
}

async function lintTask(settings: LintSettings): Promise<Task<'lint'>> {
  const {lintReport} = await import('../lint/lint-report.js')
  return ({path, text}) =>
    lintReport(text, {
      path,
      asOf: settings.asOf,
      config: settings.config,
      ...(settings.templates ? {templates: settings.templates} : {})
    })
}
