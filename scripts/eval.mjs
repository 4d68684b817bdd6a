#!/usr/bin/env node
// npm run eval -- [DIR]: how well aftermath reads reports it was not written for.
// Runs `aftermath metrics --format json` on DIR (default ../shared/corpus/real)
// and scores it with ../shared/corpus/score.mjs against the hand-read labels.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = resolve(project, '..', 'shared', 'corpus')
const args = process.argv.slice(2)
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(corpus, 'real'))
const score = join(corpus, 'score.mjs')

if (!existsSync(folder)) {
  console.error(`eval: no folder ${folder}`)
  process.exit(2)
}
const run = spawnSync(
  process.execPath,
  [join(project, 'bin/aftermath.js'), 'metrics', '--format', 'json', '--quiet', folder],
  {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  }
)
if (run.status !== 0 && !run.stdout) {
  process.stderr.write(run.stderr)
  process.exit(run.status ?? 1)
}
if (!existsSync(score)) {
  console.log(
    `eval: ${folder} read (${JSON.parse(run.stdout).length} incidents); no score.mjs beside it to score with`
  )
  process.exit(0)
}
const results = join(mkdtempSync(join(tmpdir(), 'aftermath-eval-')), 'results.json')
writeFileSync(results, run.stdout)
const scored = spawnSync(
  process.execPath,
  [score, results, ...(args.includes('--verbose') ? ['--verbose'] : [])],
  {stdio: 'inherit'}
)
process.exit(scored.status ?? 1)
