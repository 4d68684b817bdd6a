/**
 * Writing results to files: whole or not at all (a temporary file beside
 * the target, renamed into place), and never over a report that was read.
 */
import {link, mkdir, realpath, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {exitCodes} from './exit-codes.js'
import type {Io} from './io.js'

/** Why a file was not written: refused (a usage error, exit 2) or failed (exit 1). */
export interface WriteProblem {
  kind: 'refused' | 'write-failed'
  message: string
}

/**
 * Write `data` to `path` atomically: its folder made if missing, a
 * temporary file beside it, renamed into place, and removed if anything
 * fails, so that `path` holds the old file or the new one, never half of
 * one. A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is
 * written into, not replaced. Refuses when `path` is one of `inputs`
 * (absolute paths of the reports read and the paths named), also through a
 * linked folder; a write the system fails (disk full, no permission) is a
 * `write-failed` problem, never a thrown error.
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  inputs: Set<string>
): Promise<WriteProblem | undefined> {
  if (await isInput(path, inputs))
    return {
      kind: 'refused',
      message: `refusing to write over ${path}: it is a report that was read`
    }
  const existing = await stat(path).catch(() => undefined)
  try {
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      await writeFile(path, data)
      return undefined
    }
    await makeFolder(dirname(path))
  } catch (error) {
    return writeFailed(path, error)
  }
  const temporary = `${path}.${process.pid}.${++count}.tmp`
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    return writeFailed(path, error)
  }
  return undefined
}

/**
 * Say a write problem and give the exit code: a refusal is a usage error
 * (`usage` says it, with the command's hint), a failed write is
 * `aftermath: cannot write <path>: <why> (write-failed)` and exit 1.
 */
export function problemCode(
  problem: WriteProblem,
  io: Pick<Io, 'stderr'>,
  usage: (message: string) => number
): number {
  if (problem.kind === 'refused') return usage(problem.message)
  io.stderr(`aftermath: ${problem.message} (write-failed)\n`)
  return exitCodes.failed
}

/**
 * A failed write as a problem: the path and what the system said, in words.
 *
 * @example
 *   writeFailed('/dev/full', Object.assign(new Error(), {code: 'ENOSPC'})).message
 *   // 'cannot write /dev/full: no space left on the device'
 */
export function writeFailed(path: string, error: unknown): WriteProblem {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    ENAMETOOLONG: 'the name is too long',
    EEXIST: 'a file is in the way of a folder on the path'
  }
  const reason = reasons[code] ?? (error as Error).message ?? String(error)
  return {kind: 'write-failed', message: `cannot write ${path}: ${reason}`}
}

/** Whether writing `path` would replace one of `inputs`: the same path, or the same file through links. */
async function isInput(path: string, inputs: Set<string>): Promise<boolean> {
  if (inputs.has(path)) return true
  const name = basename(path)
  const alike = [...inputs].filter((input) => basename(input) === name)
  if (alike.length === 0) return false
  // Where a rename to `path` would land: the folder's real place (links followed), the same name.
  const target = await realpath(dirname(path)).then(
    (folder) => join(folder, name),
    () => path
  )
  for (const input of alike) {
    const real = await realpath(input).catch(() => input)
    if (real === target || input === target) return true
  }
  return false
}

/** Numbers temporary files, so that two writes from one process never share one. */
let count = 0

/**
 * Write `data` to a new file at `path`, whole or not at all, and never over
 * anything already there (a file, a folder, a link). Returns `false` when
 * `path` exists. The temporary file is linked into place, which fails when
 * the name is taken; where links are not supported, the file is created
 * exclusively instead.
 */
export async function writeNewFile(path: string, data: string | Uint8Array): Promise<boolean> {
  const temporary = `${path}.${process.pid}.${++count}.tmp`
  await writeFile(temporary, data, {flag: 'wx'})
  try {
    await link(temporary, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error
    try {
      await writeFile(path, data, {flag: 'wx'})
      return true
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw inner
    }
  } finally {
    await unlink(temporary).catch(() => {})
  }
}

/**
 * The absolute paths of the inputs named and of the reports read (paths
 * relative to `cwd`), to protect from being written over.
 */
export function inputPaths(cwd: string, paths: string[], read: string[] = []): Set<string> {
  return new Set([...paths, ...read].map((path) => resolve(cwd, path)))
}

/** Whether `-o` names a folder: written with a trailing slash, or an existing folder. */
export async function isFolder(path: string, written: string): Promise<boolean> {
  if (/[\\/]$/.test(written)) return true
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/** `path` relative to `cwd` when inside it, for messages. */
export function shown(cwd: string, path: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path
}

/** What `-o` may name to mean standard output. */
const standardOutput = new Set(['-', '/dev/stdout'])

/** Where and in what format to write (`target` absent: stdout), or why it cannot be told. */
export type OutputFormat<F extends string> =
  | {target: string | undefined; folder: boolean; format: F; problem?: undefined}
  | {problem: string}

/**
 * Where `-o` (`written`, relative to `cwd`) writes, and in what format: from
 * its extension (`x.png`), else `--format`, else `fallback` for stdout, a
 * folder, or a device or pipe. `-o -` and `-o /dev/stdout` are stdout,
 * written as without `-o` (a child's stdout may be a socket no file
 * opens). A `--format` that contradicts the extension, or a file name
 * without a known extension and no `--format`, is a problem.
 *
 * @example
 *   await outputFormat('/tmp', 'x.svg', {'.svg': 'svg', '.png': 'png'}, 'png', 'svg')
 *   // {problem: '--format png contradicts -o x.svg: ...'}
 */
export async function outputFormat<F extends string>(
  cwd: string,
  written: string | undefined,
  byExtension: Readonly<Record<string, F>>,
  chosen: F | undefined,
  fallback: F
): Promise<OutputFormat<F>> {
  if (written === undefined || written === '' || standardOutput.has(written))
    return {target: undefined, folder: false, format: chosen ?? fallback}
  const target = resolve(cwd, written)
  if (await isFolder(target, written)) return {target, folder: true, format: chosen ?? fallback}
  const named = byExtension[extname(target).toLowerCase()]
  if (named) {
    if (chosen && chosen !== named)
      return {
        problem: `--format ${chosen} contradicts -o ${written}: give one or the other, or a name ending in .${chosen}`
      }
    return {target, folder: false, format: named}
  }
  if (chosen) return {target, folder: false, format: chosen}
  const existing = await stat(target).catch(() => undefined)
  if (existing && !existing.isFile() && !existing.isDirectory())
    return {target, folder: false, format: fallback}
  const known = Object.keys(byExtension)
  return {
    problem: `cannot tell the format of -o ${written}: expected a name ending in ${known.slice(0, -1).join(', ')} or ${known.at(-1)}, a folder ending in /, or --format`
  }
}

/**
 * Make a folder and those above it that are missing, one at a time from
 * the nearest one that exists. (Node's `mkdir(path, {recursive: true})`
 * never returns for a path under `/proc`, which refuses new names with
 * ENOENT.) Throws what the system says when one cannot be made.
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = []
  let folder = resolve(path)
  for (;;) {
    const found = await stat(folder).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? undefined : Promise.reject(error)
    )
    if (found) {
      if (!found.isDirectory())
        throw Object.assign(new Error(`${folder} is not a folder`), {code: 'ENOTDIR'})
      break
    }
    missing.push(folder)
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  for (const name of missing.reverse()) {
    await mkdir(name).catch((error: NodeJS.ErrnoException) => {
      // Made meanwhile by another writer: fine.
      if (error.code !== 'EEXIST') throw error
    })
  }
}
