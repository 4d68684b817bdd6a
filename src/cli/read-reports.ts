/**
 * Find and read the reports a command was given: files as named, folders
 * walked for `.md` and `.markdown` files. A file that cannot be read becomes
 * a fatal message on that file; the others are still read.
 */
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
  statSync
} from 'node:fs'
import {extname, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {globSync, isDynamicPattern} from 'tinyglobby'
import {VFile} from 'vfile'
import {type CommonOptions, ignoreFile} from './common-options.js'
import type {Io} from './io.js'

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

/** Where reports come from besides files: stdin for `-`, and what to skip. */
export interface ReadOptions {
  /** Patterns of files and folders to skip (gitignore syntax), beside `.aftermathignore`'s. */
  ignore?: readonly string[]
  /** All of stdin, for `-`. */
  stdin?: () => Promise<Uint8Array>
  /** The name of the stdin report in messages (`<stdin>` by default). */
  stdinFilename?: string
}

/** The read options of a command's options: what to skip, and stdin for `-`. */
export function readOptionsOf(
  options: Pick<CommonOptions, 'ignore' | 'stdinFilename'>,
  io: Pick<Io, 'stdin'>
): ReadOptions {
  return {
    ...(options.ignore ? {ignore: options.ignore} : {}),
    ...(io.stdin ? {stdin: io.stdin} : {}),
    ...(options.stdinFilename ? {stdinFilename: options.stdinFilename} : {})
  }
}

/**
 * Read every report under `paths`, in a stable order (folders sorted by
 * name). A path `-` is one report read from stdin; a path that does not
 * exist but is a glob (`'incidents/2017-*.md'`, quoted so the shell leaves
 * it) names the files it matches. Files and folders matching `--ignore` or
 * `.aftermathignore` (gitignore syntax, relative to the working folder) are
 * skipped. Synchronously: thousands of small files are read three times
 * faster than through the thread pool, and nothing else runs meanwhile.
 *
 * @param cwd paths in messages are relative to it
 */
export async function readReports(
  paths: string[],
  cwd: string,
  options: ReadOptions = {}
): Promise<Report[]> {
  const reports: Report[] = []
  const seen = new Set<string>()
  const skip = ignored(cwd, options.ignore ?? [])
  for (const path of paths) {
    if (path === '-') {
      reports.push(await fromStdin(options))
      continue
    }
    const absolute = resolve(cwd, path)
    if (isDynamicPattern(path) && !statSync(absolute, {throwIfNoEntry: false})) {
      const matches = globSync(path, {cwd, onlyFiles: true, ignore: ['**/node_modules/**']}).sort()
      if (matches.length === 0) {
        const file = new VFile({path})
        fatal(file, `Cannot read files: no file matches the pattern \`${path}\``, 'file-unreadable')
        reports.push({path, file})
      }
      for (const match of matches) visit(resolve(cwd, match), true, cwd, seen, reports, skip)
      continue
    }
    visit(absolute, true, cwd, seen, reports, skip)
  }
  return reports
}

/** Whether a path (absolute) is to be skipped, by the patterns given and those of `.aftermathignore`. */
function ignored(
  cwd: string,
  patterns: readonly string[]
): (path: string, folder: boolean) => boolean {
  const rules: Ignore = ignore().add([...patterns])
  let any = patterns.length > 0
  try {
    rules.add(readFileSync(join(cwd, ignoreFile), 'utf8'))
    any = true
  } catch {
    // No ignore file: nothing more to skip.
  }
  if (!any) return () => false
  return (path, folder) => {
    const shown = relative(cwd, path)
    // Outside the working folder, patterns (relative to it) say nothing.
    if (shown === '' || shown.startsWith('..')) return false
    const posix = shown.split(sep).join('/')
    return rules.ignores(folder ? `${posix}/` : posix)
  }
}

/** The report on stdin, read whole (within the size limit). */
async function fromStdin(options: ReadOptions): Promise<Report> {
  const name = options.stdinFilename ?? '<stdin>'
  const file = new VFile({path: name})
  if (!options.stdin) {
    fatal(file, 'Cannot read stdin: there is none here', 'file-unreadable')
    return {path: name, file}
  }
  const bytes = Buffer.from(await options.stdin())
  if (bytes.length > maxReportBytes) {
    fatal(file, tooLarge(`of ${megabytes(bytes.length)}`), 'file-too-large')
    return {path: name, file}
  }
  const markdown = decode(bytes, file)
  return markdown === undefined ? {path: name, file} : {path: name, markdown, file}
}

function visit(
  path: string,
  named: boolean,
  cwd: string,
  seen: Set<string>,
  reports: Report[],
  skip: (path: string, folder: boolean) => boolean
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
  if (skip(path, info.isDirectory())) return
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
      visit(child, false, cwd, seen, reports, skip)
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
