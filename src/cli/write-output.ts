/**
 * Writing results to files: whole or not at all (a temporary file beside
 * the target, renamed into place), and never over a report that was read.
 */
import {link, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'

/**
 * Write `data` to `path` atomically. Refuses (returns a reason) when `path`
 * is one of `inputs`.
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  inputs: Set<string>
): Promise<string | undefined> {
  if (inputs.has(path)) return `refusing to write over ${path}: it is a report that was read`
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, data)
  await rename(temporary, path)
  return undefined
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

/** The absolute paths of the input files and folders, to protect from being written over. */
export function inputPaths(cwd: string, paths: string[]): Set<string> {
  return new Set(paths.map((path) => resolve(cwd, path)))
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
