/** Run the command line in-process, capturing what it writes. */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Io} from '../../src/cli/io.js'
import {main} from '../../src/cli/main.js'

export const project = fileURLToPath(new URL('../../', import.meta.url))

export interface RunOptions {
  cwd?: string
  env?: Record<string, string>
  /** Pretend stdout is a terminal. */
  tty?: boolean
}

/** `aftermath <args>`: the exit code, text on stdout and stderr, and bytes written as binary. */
export async function run(args: string[], options: RunOptions = {}) {
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
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false
  }
  const code = await main(args, io)
  return {code, stdout, stderr, bytes: Buffer.concat(bytes)}
}

/** A new empty folder under the system's temporary folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'aftermath-cli-'))
}

/** The two founding reports: tests that count incidents use these, not the whole growing library. */
export const seeds = ['incidents/2012-12-24-aws-elb.md', 'incidents/2017-02-28-aws-s3.md']
