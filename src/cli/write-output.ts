/**
 * Writing results to files: whole or not at all (a temporary file beside
 * the target, renamed into place), and never over a report that was read.
 */
import {rename, stat, writeFile} from 'node:fs/promises'
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
