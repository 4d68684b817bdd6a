/** Run the built command line (`node bin/aftermath.js`; `npm test` builds dist/ first) in a child process. */
import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {cacheHome, project} from './cli.js'

export const bin = join(project, 'bin', 'aftermath.js')

/** `aftermath <args>` in `cwd`: its exit code and what it wrote, as text. */
export async function builtCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  preload: string[] = []
): Promise<{code: number; stdout: string; stderr: string}> {
  const child = await promisify(execFile)(process.execPath, [...preload, bin, ...args], {
    cwd,
    env: {PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cacheHome(cwd), ...env},
    maxBuffer: 64 * 1024 * 1024
  }).catch((error: {code: number; stdout: string; stderr: string}) => error)
  const code = 'code' in child && typeof child.code === 'number' ? child.code : 0
  return {code, stdout: child.stdout, stderr: child.stderr}
}
