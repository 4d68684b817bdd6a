/**
 * The review of a large folder, measured in a process of its own so that
 * its peak memory is its own: writes `count` synthetic reports to a
 * temporary folder, then runs `aftermath review <folder> -o review.html`
 * through the CLI's `main`, cold (with an empty cache of its own), and
 * prints JSON: seconds, reports, incidents reviewed, the HTML's size and
 * the peak RSS.
 *
 *   node scripts/bench-review.mjs [--count 1000] [--seed 1]
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {main} from '../dist/cli/main.js'
import {generateCorpus} from './synthetic-corpus.mjs'

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const count = argument('--count', 1000)
const seed = argument('--seed', 1)

const folder = mkdtempSync(join(tmpdir(), 'aftermath-review-bench-'))
try {
  for (const report of generateCorpus({count, seed})) {
    const path = join(folder, report.name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, report.markdown)
  }
  const output = join(folder, 'out', 'review.html')
  let said = ''
  const io = {
    stdout: (text) => {
      said += text
    },
    stderr: () => {},
    cwd: folder,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false
  }
  const start = performance.now()
  // A cache of its own, empty: the user's cache (`~/.cache/aftermath` outside a project) would
  // make a second run of the same build warm, and the figure a cold review's.
  const cache = join(folder, '.cache')
  const code = await main(
    ['review', '.', '-o', output, '--as-of', '2026-01-01', '-q', '--cache-dir', cache],
    io
  )
  const seconds = (performance.now() - start) / 1000
  const maxRssMiB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10
  const json = join(folder, 'review.json')
  await main(['review', '.', '-o', json, '--as-of', '2026-01-01', '-q', '--cache-dir', cache], {
    ...io,
    stdout: () => {}
  })
  const review = JSON.parse(readFileSync(json, 'utf8'))
  console.log(
    JSON.stringify({
      code,
      reports: count,
      incidents: review.counts.total,
      seconds: Math.round(seconds * 1000) / 1000,
      htmlBytes: statSync(output).size,
      maxRssMiB,
      summary: said.trim().split('\n').at(-1)?.trim()
    })
  )
} finally {
  rmSync(folder, {recursive: true, force: true})
}
