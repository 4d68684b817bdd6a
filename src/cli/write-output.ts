/**
 * Writing results to files: whole or not at all (a temporary file beside
 * the target, renamed into place), and never over a report that was read.
 */
import {link, realpath, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'

/**
 * Write `data` to `path` atomically: a temporary file beside it, renamed
 * into place, and removed if anything fails, so that `path` holds the old
 * file or the new one, never half of one. A device or a pipe (`-o
 * /dev/null`, `-o /dev/stdout`, a FIFO) is written into, not replaced.
 * Refuses (returns a reason) when `path` is one of `inputs` (absolute
 * paths of the reports read and the paths named), also through a linked
 * folder.
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  inputs: Set<string>
): Promise<string | undefined> {
  if (await isInput(path, inputs))
    return `refusing to write over ${path}: it is a report that was read`
  const existing = await stat(path).catch(() => undefined)
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(path, data)
    return undefined
  }
  const temporary = `${path}.${process.pid}.${++count}.tmp`
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
  return undefined
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
