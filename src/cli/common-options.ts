/**
 * The options every command that reads reports shares. A module of its own,
 * beside `main.ts` which fills them in: commands and `load-incidents` read
 * them without importing the module that imports them.
 */
import type {Config} from '../config/config.js'

/** The file of ignore patterns read from the working folder, as `.gitignore` is. */
export const ignoreFile = '.aftermathignore'

/**
 * Options every command shares, with the configuration in force.
 *
 * @example
 *   const options: CommonOptions = {paths: ['incidents'], quiet: false, debug: false, config: {}, jobs: 2, cache: true}
 */
export interface CommonOptions {
  paths: string[]
  /** `--timezone`, else the configuration's `timezone`. */
  timezone?: string
  quiet: boolean
  debug: boolean
  config: Config
  /** Worker threads for reading reports (`--jobs`). */
  jobs: number
  /** Whether to use the cache (`--no-cache` turns it off). */
  cache: boolean
  /** `--cache-dir`, relative to the working folder. */
  cacheDir?: string
  /** `--ignore` patterns (gitignore syntax), beside those of `.aftermathignore`. */
  ignore?: string[]
  /** The name of the report read from stdin (`-`) in messages: `--stdin-filename`, else `<stdin>`. */
  stdinFilename?: string
  /** The texts of the templates, built-in and the team's: what a finished report no longer holds. */
  templates?: string[]
  /**
   * The day the reports are read (`YYYY-MM-DD`: today, or `--as-of`): a report that writes no
   * year takes the latest year up to it in which its days fall on their weekdays.
   */
  today?: string
}
