/**
 * Find and read the reports a command was given: files as named, folders
 * walked for `.md` and `.markdown` files. A file that cannot be read becomes
 * a fatal message on that file; the others are still read.
 */
import type {Stats} from 'node:fs'
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

/** How many files are looked up or read at once: enough to keep the disk and the thread pool busy. */
const concurrency = 32

/** What `stat` and `realpath` said of a path, looked up ahead of its turn. */
type Lookup = {info: Stats; real: string} | {error: unknown}

/**
 * Read every report under `paths`, in a stable order (folders sorted by
 * name). The walk is in order; the children of a folder are looked up, and
 * files read, up to `concurrency` at a time.
 *
 * @param cwd paths in messages are relative to it
 */
export async function readReports(paths: string[], cwd: string): Promise<Report[]> {
  const walk: Walk = {cwd, seen: new Set(), reports: [], reads: [], limit: limiter(concurrency)}
  for (const path of paths) await visit(walk, resolve(cwd, path), true)
  await Promise.all(walk.reads)
  return walk.reports
}

interface Walk {
  cwd: string
  /** Real paths visited: a folder or file reached again (a link, a loop) is not read twice. */
  seen: Set<string>
  /** The reports in order; a slot is filled when its file has been read. */
  reports: Report[]
  reads: Array<Promise<void>>
  limit: <T>(task: () => Promise<T>) => Promise<T>
}

async function lookUp(path: string): Promise<Lookup> {
  try {
    return {info: await stat(path), real: await realpath(path)}
  } catch (error) {
    return {error}
  }
}

async function visit(walk: Walk, path: string, named: boolean, known?: Lookup): Promise<void> {
  const shown = relative(walk.cwd, path) || path
  const found = known ?? (await walk.limit(() => lookUp(path)))
  if ('error' in found) {
    // A folder that vanished, or loops back, holds nothing to read; a report that cannot be reached is said.
    if (named || !isMissing(found.error) || markdownExtensions.has(extname(path).toLowerCase()))
      walk.reports.push(await failed(shown, found.error, path))
    return
  }
  const {info, real} = found
  if (walk.seen.has(real)) return
  walk.seen.add(real)
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = (await readdir(path)).sort()
    } catch (error) {
      walk.reports.push(await failed(shown, error, path))
      return
    }
    const children = names
      .filter((name) => !skippedFolders.has(name) && !name.startsWith('.'))
      .map((name) => join(path, name))
    const lookups = children.map((child) => walk.limit(() => lookUp(child)))
    for (const [index, child] of children.entries()) {
      const lookup = await (lookups[index] as Promise<Lookup>)
      // Only descend into folders; other files in a folder are not reports.
      const isMarkdown = markdownExtensions.has(extname(child).toLowerCase())
      if (!isMarkdown && !('info' in lookup && lookup.info.isDirectory())) continue
      await visit(walk, child, false, lookup)
    }
    return
  }
  // Keep the report's place in the order, and read it alongside the walk.
  const slot = walk.reports.length
  walk.reports.push({path: shown, file: new VFile({path: shown})})
  walk.reads.push(
    walk.limit(async () => {
      walk.reports[slot] = await readReport(shown, path, info)
    })
  )
}

async function readReport(shown: string, path: string, info: Stats): Promise<Report> {
  try {
    const file = new VFile({path: shown})
    if (info.isFile() && info.size > maxReportBytes) {
      fatal(file, tooLarge(`of ${megabytes(info.size)}`), 'file-too-large')
      return {path: shown, file}
    }
    // Read at most one byte past the limit: a device or a pipe has no size to check first.
    const bytes = await readAtMost(path, maxReportBytes + 1, info.isFile() ? info.size : 0)
    if (bytes.length > maxReportBytes) {
      fatal(file, tooLarge(`of more than ${megabytes(maxReportBytes)}`), 'file-too-large')
      return {path: shown, file}
    }
    const markdown = decode(bytes, file)
    return markdown === undefined ? {path: shown, file} : {path: shown, markdown, file}
  } catch (error) {
    return await failed(shown, error, path)
  }
}

/** Run tasks with at most `count` of them going at once, started in the order given. */
function limiter(count: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (task) => {
    if (running >= count) await new Promise<void>((go) => waiting.push(go))
    else running++
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

/**
 * Read at most `limit` bytes of `path`, in chunks of the size the file says
 * it has (and one byte more, to see it grow), or 64 KB for a device or a
 * pipe, which have no size.
 */
async function readAtMost(path: string, limit: number, size: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    let chunk = Math.min(limit, size > 0 ? size + 1 : 1 << 16)
    while (total < limit) {
      // Unsafe (not zeroed): only the bytes read are kept.
      const buffer = Buffer.allocUnsafe(Math.min(chunk, limit - total))
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      chunk = 1 << 16
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
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
