/**
 * Before the slow tests, which run the built command line: build dist/ when
 * it is missing or older than a source file, so that they never test stale
 * code (`npm test` has just built it; `npm run test:slow` may not have).
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {project} from './cli.js'

/** The newest modification time of the files under `folder`. */
function newest(folder: string): number {
  let latest = 0
  for (const name of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
    const stats = statSync(join(folder, name))
    if (stats.isFile()) latest = Math.max(latest, stats.mtimeMs)
  }
  return latest
}

export default function setup(): void {
  const built = statSync(join(project, 'dist', 'cli', 'main.js'), {throwIfNoEntry: false})
  const sources = Math.max(newest(join(project, 'src')), newest(join(project, 'templates')))
  if (built && built.mtimeMs >= sources) return
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: project, stdio: 'inherit'})
}
