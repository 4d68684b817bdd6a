/**
 * Find and read the reports a command was given: files as named, folders
 * walked for `.md` and `.markdown` files. A file that cannot be read becomes
 * a fatal message on that file; the others are still read.
 */
import {
  closeSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
  statSync
} from 'node:fs'
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
/** Named on the command line, these are read too: Markdown is often kept as plain text. */
const textExtensions = new Set(['.txt', '.text', '.mdx'])
const skippedFolders = new Set(['node_modules', '.git'])

/**
 * The largest report read, in bytes: 200 times the longest real postmortem
 * we know (25 KB). A bigger file is a log or an export by mistake, and
 * would hold a worker for many seconds and hundreds of megabytes.
 */
export const maxReportBytes = 5 * 1024 * 1024

/**
 * Read every report under `paths`, in a stable order (folders sorted by
 * name). Synchronously: thousands of small files are read three times
 * faster than through the thread pool, and nothing else runs meanwhile.
 *
 * @param cwd paths in messages are relative to it
 */
export async function readReports(paths: string[], cwd: string): Promise<Report[]> {
  const reports: Report[] = []
  const seen = new Set<string>()
  for (const path of paths) visit(resolve(cwd, path), true, cwd, seen, reports)
  return reports
}

function visit(
  path: string,
  named: boolean,
  cwd: string,
  seen: Set<string>,
  reports: Report[]
): void {
  const shown = relative(cwd, path) || path
  let info: Stats
  let real: string
  try {
    info = statSync(path)
    real = realpathSync.native(path)
  } catch (error) {
    // A folder that vanished, or loops back, holds nothing to read; a report that cannot be reached is said.
    if (named || !isMissing(error) || markdownExtensions.has(extname(path).toLowerCase()))
      reports.push(failed(shown, error, path))
    return
  }
  // A folder or file reached again (a link, a loop) is not read twice.
  if (seen.has(real)) return
  seen.add(real)
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = readdirSync(path).sort()
    } catch (error) {
      reports.push(failed(shown, error, path))
      return
    }
    for (const name of names) {
      if (skippedFolders.has(name) || name.startsWith('.')) continue
      const child = join(path, name)
      // Only descend into folders; other files in a folder are not reports.
      const isMarkdown = markdownExtensions.has(extname(name).toLowerCase())
      if (!isMarkdown && !statSync(child, {throwIfNoEntry: false})?.isDirectory()) continue
      visit(child, false, cwd, seen, reports)
    }
    return
  }
  try {
    const file = new VFile({path: shown})
    // `metrics bin/aftermath.js`: a file named by mistake is not read as a report (a device, a pipe or a name without extension is).
    const extension = extname(path).toLowerCase()
    if (
      info.isFile() &&
      extension !== '' &&
      !markdownExtensions.has(extension) &&
      !textExtensions.has(extension)
    ) {
      fatal(
        file,
        `Unexpected file of type \`${extension}\`, expected a Markdown report (\`.md\`, \`.markdown\`, or plain text): not read`,
        'not-markdown'
      )
      reports.push({path: shown, file})
      return
    }
    if (info.isFile() && info.size > maxReportBytes) {
      fatal(file, tooLarge(`of ${megabytes(info.size)}`), 'file-too-large')
      reports.push({path: shown, file})
      return
    }
    // Read at most one byte past the limit: a device or a pipe has no size to check first.
    const bytes = readAtMost(path, maxReportBytes + 1, info.isFile() ? info.size : 0)
    if (bytes.length > maxReportBytes) {
      fatal(file, tooLarge(`of more than ${megabytes(maxReportBytes)}`), 'file-too-large')
      reports.push({path: shown, file})
      return
    }
    const markdown = decode(bytes, file)
    reports.push(markdown === undefined ? {path: shown, file} : {path: shown, markdown, file})
  } catch (error) {
    reports.push(failed(shown, error, path))
  }
}

/**
 * Read at most `limit` bytes of `path`, in chunks of the size the file says
 * it has (and one byte more, to see it grow), or 64 KB for a device or a
 * pipe, which have no size.
 */
function readAtMost(path: string, limit: number, size: number): Buffer {
  const handle = openSync(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    let chunk = Math.min(limit, size > 0 ? size + 1 : 1 << 16)
    while (total < limit) {
      // Unsafe (not zeroed): only the bytes read are kept.
      const buffer = Buffer.allocUnsafe(Math.min(chunk, limit - total))
      const bytesRead = readSync(handle, buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      chunk = 1 << 16
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
  } finally {
    closeSync(handle)
  }
}

function tooLarge(size: string): string {
  return `Unexpected file ${size}, expected a report of at most ${megabytes(maxReportBytes)}: keep logs and exports out of the report, or link to them`
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
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

function failed(shown: string, error: unknown, path: string): Report {
  const file = new VFile({path: shown})
  const code = (error as NodeJS.ErrnoException).code
  let reason: string
  if (code === 'ENOENT') {
    // A link to nothing, or a file removed while the run was going.
    let target: string | undefined
    try {
      target = readlinkSync(path)
    } catch {}
    reason =
      target === undefined
        ? 'Cannot read file: no such file or folder'
        : `Cannot read file: it is a symbolic link to \`${target}\`, which does not exist`
  } else if (code === 'EACCES' || code === 'EPERM') {
    reason = 'Cannot read file: permission denied'
  } else if (code === 'ELOOP') {
    reason = 'Cannot read file: symbolic links loop'
  } else if (code === 'EISDIR') {
    reason = 'Cannot read file: it is a folder'
  } else {
    reason = `Cannot read file: ${(error as Error).message ?? String(error)}`
  }
  fatal(file, reason, 'file-unreadable')
  return {path: shown, file}
}

function fatal(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: 'aftermath'})
  message.fatal = true
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ELOOP'
}
