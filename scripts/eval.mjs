#!/usr/bin/env node
// npm run eval -- [DIR] [--verbose]: how well aftermath reads reports it was not written for.
//
// Runs `aftermath parse` and `aftermath metrics --format json` on DIR (default
// ../shared/corpus/real) and, for each batch of the hand-read labels, prints
//   reach: labelled instants that appear in some timeline entry (../shared/corpus/reach.mjs),
//          the bound on what picking can score: reading;
//   score: milestones picked right, and those invented (../shared/corpus/score.mjs): picking.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = resolve(project, '..', 'shared', 'corpus')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(corpus, 'real'))
const scripts = {score: join(corpus, 'score.mjs'), reach: join(corpus, 'reach.mjs')}
const labels = join(corpus, 'labels.json')

if (!existsSync(folder)) {
  console.error(`eval: no folder ${folder}`)
  process.exit(2)
}

// The commands' JSON is kept here for the scorers, and removed however the script ends.
const temporary = mkdtempSync(join(tmpdir(), 'aftermath-eval-'))
process.on('exit', () => rmSync(temporary, {recursive: true, force: true}))

/** The JSON that one aftermath command prints on `folder`, kept in a file for the scorers. */
function run(command, ...options) {
  const result = spawnSync(
    process.execPath,
    [join(project, 'bin/aftermath.js'), command, ...options, '--quiet', folder],
    {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024}
  )
  if (!result.stdout) {
    process.stderr.write(result.stderr)
    process.exit(result.status ?? 1)
  }
  const file = join(temporary, `${command}.json`)
  writeFileSync(file, result.stdout)
  return file
}

const parsed = run('parse')
const measured = run('metrics', '--format', 'json')
if (!existsSync(scripts.score) || !existsSync(scripts.reach) || !existsSync(labels)) {
  const count = JSON.parse(readFileSync(measured, 'utf8')).length
  console.log(`eval: ${folder} read (${count} incidents); no labels beside it to score with`)
  process.exit(0)
}

const batches = [
  ...new Set(JSON.parse(readFileSync(labels, 'utf8')).reports.map((report) => report.batch ?? 1))
].sort((a, b) => a - b)

/** The last line a scorer prints (its total), and the lines before it with --verbose. */
function score(script, file, batch) {
  const result = spawnSync(
    process.execPath,
    [script, file, `--batch=${batch}`, ...(verbose ? ['--verbose'] : [])],
    {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
  )
  if (result.status !== 0) {
    process.stderr.write(result.stderr)
    process.exit(result.status ?? 1)
  }
  const lines = result.stdout.trimEnd().split('\n')
  return {total: lines.at(-1) ?? '', details: lines.slice(0, -1)}
}

for (const batch of batches) {
  const reach = score(scripts.reach, parsed, batch)
  const picked = score(scripts.score, measured, batch)
  console.log(`batch ${batch}`)
  console.log(`  ${reach.total}`)
  console.log(`  ${picked.total}`)
  if (verbose) for (const line of [...reach.details, ...picked.details]) console.log(`    ${line}`)
}
