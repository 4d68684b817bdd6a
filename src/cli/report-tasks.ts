/**
 * The work done on one report, the same in a worker thread and in the main
 * thread: parse it (the bytes of its incidents and messages) or lint it (its
 * findings). The modules that do it are imported on first use, so a run
 * served from the cache never loads the Markdown parser.
 */
import type {Config} from '../config/config.js'
import type {LintMessage} from '../lint/lint-report.js'
import type {MilestoneName} from '../model.js'

/** Parse options that change a result, the same for every report of a run. */
export interface ParseSettings {
  timezone?: string
  milestonePhrases?: Partial<Record<MilestoneName, string[]>>
}

/** Lint options, the same for every report of a run. */
export interface LintSettings {
  asOf: string
  config: Config
}

/** What each kind of task takes for the whole run, and gives for one report. */
export interface TaskTypes {
  /** Gives the bytes of a `StoredResult` (see stored-result.ts), measures included. */
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
  const [{parseIncidents}, {measureIncident}, {storeResult}] = await Promise.all([
    import('../parse-incidents.js'),
    import('../metrics/measure-incident.js'),
    import('./stored-result.js')
  ])
  return ({path, text}) => {
    const options: Parameters<typeof parseIncidents>[1] = {path}
    if (settings.timezone) options.timezone = settings.timezone
    if (settings.milestonePhrases) options.milestonePhrases = settings.milestonePhrases
    const result = parseIncidents(text, options)
    // Measured here too: in a worker thread, beside the parse, and kept in the cache with it.
    return storeResult(result, result.incidents.map(measureIncident))
  }
}

async function lintTask(settings: LintSettings): Promise<Task<'lint'>> {
  const {lintReport} = await import('../lint/lint-report.js')
  return ({path, text}) => lintReport(text, {path, asOf: settings.asOf, config: settings.config})
}
