/**
 * Find and read the configuration: `--config <file>`, or the first of
 * package.json (`aftermath` key), `.aftermathrc.json`, `.aftermathrc.yaml`
 * and `.aftermathrc.yml` from the working folder upward (lilconfig).
 */
import {readFile} from 'node:fs/promises'
import {relative, resolve} from 'node:path'
import {lilconfig} from 'lilconfig'
import type {Config} from '../config/config.js'

/** The configuration in force, where it came from, and its problems. */
export interface LoadedConfig {
  config: Config
  /** The file it was read from, relative to the working folder; absent when there is none. */
  source?: string
  problems: string[]
}

// yaml and the checker (zod) are loaded only when there is a file to read: most runs have none.
const loadYaml = async (_path: string, content: string) =>
  (await import('yaml')).parse(content, {maxAliasCount: 100, logLevel: 'error'})

const explorer = lilconfig('aftermath', {
  searchPlaces: ['package.json', '.aftermathrc.json', '.aftermathrc.yaml', '.aftermathrc.yml'],
  loaders: {'.yaml': loadYaml, '.yml': loadYaml},
  // Read afresh each time: the remark preset runs long in editors, and files change.
  cache: false
})

/**
 * The configuration for a command run in `cwd`; `explicit` is `--config`.
 * A file that cannot be read or parsed is a problem, not an exception.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  try {
    const found = explicit ? await loadExplicit(resolve(cwd, explicit)) : await explorer.search(cwd)
    if (!found) return {config: {}, problems: []}
    const source = relative(cwd, found.filepath) || found.filepath
    const {checkConfig} = await import('../config/config.js')
    return {source, ...checkConfig(found.config, source)}
  } catch (error) {
    const where = explicit ?? 'configuration'
    return {
      config: {},
      problems: [`${where}: cannot be read: ${firstLine((error as Error).message)}`]
    }
  }
}

async function loadExplicit(path: string): Promise<{filepath: string; config: unknown}> {
  const content = await readFile(path, 'utf8')
  if (/\.ya?ml$/i.test(path)) return {filepath: path, config: await loadYaml(path, content)}
  const data = JSON.parse(content) as unknown
  const config =
    /package\.json$/.test(path) && data && typeof data === 'object'
      ? (data as Record<string, unknown>).aftermath
      : data
  return {filepath: path, config}
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
