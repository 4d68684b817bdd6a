/**
 * Find and read the reports a command was given: files as named, folders
 * walked for `.md` and `.markdown` files. A file that cannot be read becomes
 * a fatal message on that file; the others are still read.
 */
import {open, readdir, readlink, realpath, stat} from 'node:fs/promises'
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
 * The largest report read, in bytes: 200 times the longest real postmortem
 * we know (25 KB). A bigger file is a log or an export by mistake, and
 * would hold a worker for many seconds and hundreds of megabytes.
 */
export const maxReportBytes = 5 * 1024 * 1024

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
    // A folder that vanished, or loops back, holds nothing to read; a report that cannot be reached is said.
    if (named || !isMissing(error) || markdownExtensions.has(extname(path).toLowerCase()))
      reports.push(await failed(shown, error, path))
    return
  }
  if (seen.has(real)) return
  seen.add(real)
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = (await readdir(path)).sort()
    } catch (error) {
      reports.push(await failed(shown, error, path))
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
    const file = new VFile({path: shown})
    if (info.isFile() && info.size > maxReportBytes) {
      fatal(file, tooLarge(`of ${megabytes(info.size)}`), 'file-too-large')
      reports.push({path: shown, file})
      return
    }
    // Read at most one byte past the limit: a device or a pipe has no size to check first.
    const bytes = await readAtMost(path, maxReportBytes + 1)
    if (bytes.length > maxReportBytes) {
      fatal(file, tooLarge(`of more than ${megabytes(maxReportBytes)}`), 'file-too-large')
      reports.push({path: shown, file})
      return
    }
    const markdown = decode(bytes, file)
    reports.push(markdown === undefined ? {path: shown, file} : {path: shown, markdown, file})
  } catch (error) {
    reports.push(await failed(shown, error, path))
  }
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    while (total < limit) {
      const buffer = Buffer.alloc(Math.min(1 << 20, limit - total))
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
    }
    return Buffer.concat(chunks, total)
  } finally {
    await handle.close()
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

async function failed(shown: string, error: unknown, path: string): Promise<Report> {
  const file = new VFile({path: shown})
  const code = (error as NodeJS.ErrnoException).code
  let reason: string
  if (code === 'ENOENT') {
    // A link to nothing, or a file removed while the run was going.
    const target = await readlink(path).catch(() => undefined)
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
