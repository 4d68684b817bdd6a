/**
 * The cache of parse results: one file per report under
 * `node_modules/.cache/aftermath` (or `--cache-dir`), in a folder of the
 * aftermath that wrote it (`v0.1.0-<hash of its code>/`), named by a key of
 * everything else the result depends on: the report's path and text, and
 * the settings. An entry is a line of JSON that says whose it is (version,
 * key) and the CRC-32 of the rest, then the result's bytes (stored-result.ts).
 * An entry that cannot be read, does not parse, fails its CRC, has the
 * wrong shape or belongs to another version or key is a miss, and is
 * written again. The CRC covers the parts of the result that are parsed
 * only when read, after the entry was taken. Entries are written whole (a
 * temporary file, then a rename), so a crash or a parallel run never leaves
 * half an entry.
 */
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {readdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, isAbsolute, join, resolve} from 'node:path'
import {crc32} from 'node:zlib'
import {packageVersion} from './package-version.js'
import {readStoredResult, type StoredResult, splitJsonLine} from './stored-result.js'
import {makeFolder} from './write-output.js'

/** Where the cache is and what the results depend on besides the report. */
export interface CacheOptions {
  /** The cache folder (absolute). */
  dir: string
  /** The options that change a parse and its measures: `timezone`, `milestonePhrases`. */
  settings: Record<string, unknown>
}

/** An open cache. */
export interface ReportCache {
  /**
   * The key of a report's result: sha256 of aftermath's code, the settings, the path and the
   * text (the file's bytes as decoded: UTF-8, a byte order mark left out, as the parser reads it),
   * and `today` for a report read against the day (one that writes no year: `writesNoYear`).
   */
  keyOf(path: string, text: string, today?: string): string
  /** The stored result under `key`, or undefined when missing or not to be trusted. */
  read(key: string): StoredResult | undefined
  /** Store `body` (the bytes of a `StoredResult`, from `storeResult`) under `key`; failures are ignored. */
  write(key: string, body: Uint8Array): Promise<void>
}

/**
 * Where the cache goes by default: `node_modules/.cache/aftermath` of the
 * nearest project (a folder with a `package.json`, from `cwd` upward), where
 * build tools keep theirs; outside any project, the user's cache folder
 * (`$XDG_CACHE_HOME/aftermath`, else `~/.cache/aftermath`), so that running
 * aftermath never leaves a `node_modules` in a folder of reports.
 *
 * @example
 *   defaultCacheDir('/work/team-postmortems/incidents', {}, '/home/sam')
 *   // '/work/team-postmortems/node_modules/.cache/aftermath' (with a package.json there)
 */
export function defaultCacheDir(
  cwd: string,
  env: Record<string, string | undefined>,
  home: string
): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')))
      return join(folder, 'node_modules', '.cache', 'aftermath')
    if (dirname(folder) === folder) break
  }
  const xdg = env.XDG_CACHE_HOME
  // The XDG spec: a relative XDG_CACHE_HOME is to be ignored.
  const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.cache')
  return join(base, 'aftermath')
}

/** The folders of entries written by some aftermath: `v0.1.0-0123456789abcdef`. */
const buildFolder = /^v\d[^/\\]*-[0-9a-f]{16}$/

/**
 * Open the cache in `options.dir` (created on the first write). The first
 * write also removes the entries of other builds: no run of this code can
 * use them.
 *
 * @example
 *   const cache = openCache({dir: '/repo/node_modules/.cache/aftermath', settings: {timezone: null}})
 *   const key = cache.keyOf('incidents/x.md', markdown)
 *   const hit = cache.read(key) // undefined the first time
 */
export function openCache(options: CacheOptions): ReportCache {
  const {version, code} = codeIdentity()
  const build = `v${version}-${code.slice(0, 16)}`
  const root = join(options.dir, build)
  const settings = JSON.stringify(canonical(options.settings))
  const folders = new Map<string, Promise<unknown>>()
  const fileOf = (key: string) => join(root, key.slice(0, 2), `${key}.entry`)
  let pruning: Promise<void> | undefined
  return {
    keyOf(path, text, today) {
      // The path counts: it is the incidents' `file`, and the title when a report has none.
      const hash = createHash('sha256')
        .update(`${code}\n${settings}\n${JSON.stringify(path)}\n`)
        .update(text)
      // (After the text: the keys of every other report stay as they were.)
      if (today !== undefined) hash.update(`\n${today}`)
      return hash.digest('hex')
    },
    read(key) {
      let bytes: Buffer
      try {
        // Read in this thread: thousands of small entries are read faster without the thread pool.
        bytes = readFileSync(fileOf(key))
      } catch {
        return undefined
      }
      const entry = readEntry(bytes)
      if (entry?.aftermath !== version || entry.key !== key) return undefined
      return readStoredResult(entry.body)
    },
    async write(key, body) {
      pruning ??= prune(options.dir, build)
      await pruning
      const folder = join(root, key.slice(0, 2))
      const file = fileOf(key)
      const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
      try {
        let made = folders.get(folder)
        if (!made) {
          made = makeFolder(folder)
          folders.set(folder, made)
        }
        await made
        await writeFile(temporary, entryBytes(version, key, body))
        await rename(temporary, file)
      } catch {
        // A cache that cannot be written only makes the next run slower.
        await rm(temporary, {force: true}).catch(() => {})
      }
    }
  }
}

/**
 * The bytes of a cache entry: a line of JSON (whose entry it is, and the
 * CRC-32 of the body), then the body.
 */
export function entryBytes(aftermath: string, key: string, body: Uint8Array): Buffer {
  const line = `${JSON.stringify({aftermath, key, crc32: crc32(body)})}\n`
  return Buffer.concat([Buffer.from(line), body])
}

/** What `entryBytes` wrote, or undefined when `bytes` are not a whole entry. */
export function readEntry(
  bytes: Buffer
): {aftermath: unknown; key: unknown; body: Buffer} | undefined {
  const split = splitJsonLine(bytes)
  const line = split?.line
  if (typeof line !== 'object' || line === null || !('crc32' in line)) return undefined
  const body = (split as {rest: Buffer}).rest
  if (line.crc32 !== crc32(body)) return undefined
  return {
    aftermath: 'aftermath' in line ? line.aftermath : undefined,
    key: 'key' in line ? line.key : undefined,
    body
  }
}

/** Remove the folders of other builds in `dir`; nothing else, and never an error. */
async function prune(dir: string, keep: string): Promise<void> {
  try {
    const names = await readdir(dir)
    await Promise.all(
      names
        .filter((name) => name !== keep && buildFolder.test(name))
        .map((name) => rm(join(dir, name), {recursive: true, force: true}))
    )
  } catch {}
}

/**
 * aftermath's version (package.json) and a hash of the code that makes a
 * result (the modules that parse and measure a report, followed from
 * file to file): a result made by other code is not trusted, even at the same
 * version (a build in development, a patched install). Read synchronously
 * and once: a few dozen small files, at start-up.
 */
function codeIdentity(): {version: string; code: string} {
  if (identity) return identity
  // This module is src/cli/cache.ts or dist/cli/cache.js: the code to hash is one folder up.
  const own = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  const base = new URL('../', import.meta.url)
  const version = packageVersion()
  const hash = createHash('sha256')
  const queue = [
    `parse-incidents${own}`,
    `metrics/measure${own}`,
    `cli/stored-result${own}`,
    `cli/report-tasks${own}`
  ]
  const seen = new Set(queue)
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const url = new URL(name, base)
    const text = readFileSync(url, 'utf8')
    hash.update(`${name}\n${text}\n`)
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.\.?\/[^']+)\.js'/g)) {
      const next = new URL(`${specifier}${own}`, url).href.slice(base.href.length)
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  identity = {version, code: hash.digest('hex')}
  return identity
}

let identity: {version: string; code: string} | undefined

/** JSON with keys sorted, so the same settings always give the same key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value ?? null
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
  )
}
