/** Run the command line in-process, capturing what it writes. */
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import type {Io} from '../../src/cli/io.js'
import {main} from '../../src/cli/main.js'

export const project = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The `XDG_CACHE_HOME` of a run in `cwd` outside a project: one of the
 * tests' own per working folder, so that each test's folder starts with a
 * cold cache, as it did when the cache was kept in the folder itself.
 */
export function cacheHome(cwd: string): string {
  return join(
    tmpdir(),
    'aftermath-test-cache',
    createHash('sha256').update(cwd).digest('hex').slice(0, 16)
  )
}

export interface RunOptions {
  cwd?: string
  env?: Record<string, string>
  /** Pretend stdout is a terminal. */
  tty?: boolean
}

/** An `Io` that keeps what is written, for `said()` (text) and `bytes()` (binary on stdout). */
export function captureIo(options: RunOptions & {stderrTTY?: boolean} = {}) {
  let stdout = ''
  let stderr = ''
  const bytes: Uint8Array[] = []
  const io: Io = {
    stdout: (text) => {
      stdout += text
    },
    stdoutBytes: (data) => {
      bytes.push(data)
    },
    stderr: (text) => {
      stderr += text
    },
    cwd: options.cwd ?? project,
    // Outside a project the cache goes to the user's cache folder: the tests' own, here.
    env: options.env ?? {XDG_CACHE_HOME: cacheHome(options.cwd ?? project)},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.stderrTTY ?? false
  }
  return {io, said: () => ({stdout, stderr}), bytes: () => Buffer.concat(bytes)}
}

/** `aftermath <args>`: the exit code, text on stdout and stderr, and bytes written as binary. */
export async function run(args: string[], options: RunOptions = {}) {
  const {io, said, bytes} = captureIo(options)
  const code = await main(args, io)
  return {code, ...said(), bytes: bytes()}
}

/** A new folder holding `count` generated reports (under `incidents/`), from `seed`. */
export function syntheticReports(count: number, seed: number): string {
  const folder = scratch()
  for (const report of generateCorpus({count, seed})) {
    const path = join(folder, report.name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, report.markdown)
  }
  return folder
}

/** The folders `scratch` has made and not yet removed. */
const made: string[] = []

/** A new empty folder under the system's temporary folder, removed after its test file (`removeScratch`). */
export function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'aftermath-cli-'))
  made.push(folder)
  return folder
}

/** Remove every folder `scratch` made, with the cache a run in it kept (test/helpers/clean-up.ts). */
export function removeScratch(): void {
  for (const folder of made.splice(0)) {
    rmSync(folder, {recursive: true, force: true})
    rmSync(cacheHome(folder), {recursive: true, force: true})
  }
}

/** The two founding reports: tests that count incidents use these, not the whole growing library. */
export const seeds = ['incidents/2012-12-24-aws-elb.md', 'incidents/2017-02-28-aws-s3.md']
