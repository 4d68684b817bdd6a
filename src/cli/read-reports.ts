/**
 * Find and read the reports a command was given: files as named, folders
 * walked for `.md` and `.markdown` files. A file that cannot be read becomes
 * a fatal message on that file; the others are still read.
 */
import {readdir, readFile, realpath, stat} from 'node:fs/promises'
import {extname, join, relative, resolve} from 'node:path'
import {VFile} from 'vfile'

/** A report read from disk, or the file that could not be read with a fatal message on it. */
export interface Report {
  path: string
  /** The text, or undefined when the file could not be read. */
  markdown?: string
  file: VFile
}

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd'])
const skippedFolders = new Set(['node_modules', '.git'])

/**
 * Read every report under `paths`, in a stable order (folders sorted by name).
 *
 * @param cwd paths in messages are relative to it
 */
export async function readReports(paths: string[], cwd: string): Promise<Report[]> {
  const reports: Report[] = []
  const seen = new Set<string>()
  for (const path of paths) await visit(resolve(cwd, path), true, cwd, seen, reports)
  return reports
}

async function visit(
  path: string,
  named: boolean,
  cwd: string,
  seen: Set<string>,
  reports: Report[]
): Promise<void> {
  const shown = relative(cwd, path) || path
  let info: Awaited<ReturnType<typeof stat>>
  let real: string
  try {
    info = await stat(path)
    real = await realpath(path)
  } catch (error) {
    // A folder's entry that vanished or loops (a symlink to itself) is skipped quietly only when it was not named.
    if (named || !isMissing(error)) reports.push(failed(shown, error))
    return
  }
  if (seen.has(real)) return
  seen.add(real)
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = (await readdir(path)).sort()
    } catch (error) {
      reports.push(failed(shown, error))
      return
    }
    for (const name of names) {
      if (skippedFolders.has(name) || name.startsWith('.')) continue
      const child = join(path, name)
      const isMarkdown = markdownExtensions.has(extname(name).toLowerCase())
      if (!isMarkdown) {
        // Only descend into folders; other files in a folder are not reports.
        const childInfo = await stat(child).catch(() => undefined)
        if (!childInfo?.isDirectory()) continue
      }
      await visit(child, false, cwd, seen, reports)
    }
    return
  }
  try {
    const bytes = await readFile(path)
    const file = new VFile({path: shown})
    const markdown = decode(bytes, file)
    reports.push(markdown === undefined ? {path: shown, file} : {path: shown, markdown, file})
  } catch (error) {
    reports.push(failed(shown, error))
  }
}

/** Decode UTF-8; a binary file or invalid UTF-8 is refused with a fatal message. */
function decode(bytes: Buffer, file: VFile): string | undefined {
  if (bytes.includes(0)) {
    fatal(
      file,
      'Unexpected binary file (it contains NUL bytes), expected a Markdown text file',
      'file-binary'
    )
    return undefined
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const at = invalidUtf8At(bytes)
    fatal(
      file,
      `Unexpected invalid UTF-8 at byte ${at}, expected a Markdown file encoded in UTF-8`,
      'file-encoding'
    )
    return undefined
  }
}

function invalidUtf8At(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    try {
      decoder.decode(bytes.subarray(0, middle))
      low = middle + 1
    } catch {
      high = middle
    }
  }
  return Math.max(0, low - 1)
}

function failed(path: string, error: unknown): Report {
  const file = new VFile({path})
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOENT'
      ? 'Cannot read file: no such file or folder'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Cannot read file: permission denied'
        : code === 'ELOOP'
          ? 'Cannot read file: symbolic links loop'
          : `Cannot read file: ${(error as Error).message ?? String(error)}`
  fatal(file, reason, 'file-unreadable')
  return {path, file}
}

function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: 'aftermath'})
  message.fatal = true
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ELOOP'
}
