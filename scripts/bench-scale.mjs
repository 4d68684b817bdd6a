/**
 * aftermath at scale, each command in a process of its own (the built CLI,
 * `node bin/aftermath.js`), on synthetic reports in a temporary folder:
 *
 *   - `review --format json` over `count` reports: cold with `--jobs 1` and
 *     with `--jobs 2` (each with an empty cache), then warm from the cache;
 *     wall time and peak RSS (worker threads included) of each, and whether
 *     the three outputs are byte-identical
 *   - start-up: `metrics` on one report against `node -e ""` (median of
 *     `startupRuns` runs each, interleaved; the cache warm, as it is after
 *     the first run, and with --no-cache)
 *   - what the machine gives two threads: the same CPU-bound loop in one
 *     worker thread, then in two at once (a speed-up of 2 is two free cores;
 *     less, and --jobs 2 cannot do better either); and the same for parsing
 *     itself (`parseIncidents` and `measure` on the same reports, the
 *     work of --jobs), which allocates and collects, and so also measures
 *     what two threads lose to each other in memory and caches; and a loop
 *     of scattered reads and writes in a 64 MB array (memory alone)
 *   - `remark` with remark-preset-lint-recommended (and remark-frontmatter,
 *     remark-gfm: the syntax aftermath reads) against `aftermath lint`, on
 *     the first `lintCount` of the reports (median of `lintRuns` runs each)
 *
 * Prints JSON on stdout; says what it is doing on stderr (it takes minutes).
 *
 *   node scripts/bench-scale.mjs [--count 10000] [--lint-count 1000] [--seed 1]
 *     [--startup-runs 10] [--lint-runs 3]
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {generateCorpus} from './synthetic-corpus.mjs'

const project = fileURLToPath(new URL('../', import.meta.url))
const bin = join(project, 'bin', 'aftermath.js')
const rss = join(project, 'scripts', 'bench-rss.mjs')
const modules = join(project, 'node_modules')

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const count = argument('--count', 10_000)
const lintCount = Math.min(count, argument('--lint-count', 1000))
const seed = argument('--seed', 1)
const startupRuns = argument('--startup-runs', 10)
const lintRuns = argument('--lint-runs', 3)
const asOf = '2026-01-01'

const say = (text) => process.stderr.write(`  scale: ${text}\n`)
const folder = mkdtempSync(join(tmpdir(), 'aftermath-scale-bench-'))
try {
  say(`writing ${count} reports to ${folder}`)
  const reports = generateCorpus({count, seed})
  for (const [index, report] of reports.entries()) {
    write(join(folder, 'reports', report.name), report.markdown)
    if (index < lintCount) write(join(folder, 'lint', report.name), report.markdown)
  }
  write(join(folder, 'one', 'one.md'), reports[0].markdown)
  const bytes = reports.reduce((sum, report) => sum + Buffer.byteLength(report.markdown), 0)

  const review = (jobs, cache) => [
    'review',
    'reports',
    '--format',
    'json',
    '--as-of',
    asOf,
    '-q',
    '--jobs',
    String(jobs),
    '--cache-dir',
    cache
  ]
  say('two threads against one')
  const parallelism = await threadSpeedup()
  const memoryParallelism = await threadSpeedup(
    'const n = 1 << 24; const a = new Int32Array(n); let s = 0; for (let r = 0; r < 8; r++) for (let i = 0; i < n; i += 16) { a[i] += r; s += a[(i * 7919) & (n - 1)] } postMessage(s)'
  )
  const parseParallelism = await parseSpeedup(
    reports.slice(0, 300).map((report) => report.markdown)
  )
  say(`review, cold, --jobs 1 (${count} reports: minutes)`)
  const cold1 = aftermath(review(1, 'cache-1'))
  say(`review, cold, --jobs 2: ${cold1.seconds.toFixed(1)} s with --jobs 1`)
  const cold2 = aftermath(review(2, 'cache-2'))
  say(`review, warm: ${cold2.seconds.toFixed(1)} s cold with --jobs 2`)
  const warmRuns = [0, 1, 2].map(() => aftermath(review(2, 'cache-2')))
  const warm = warmRuns.toSorted((a, b) => a.seconds - b.seconds)[1]
  const incidents = JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8')).counts.total

  say(`start-up, ${startupRuns} runs of each`)
  aftermath(['metrics', join('one', 'one.md'), '--format', 'json'])
  const startup = interleaved(startupRuns, [
    [process.execPath, ['-e', '']],
    [process.execPath, [bin, 'metrics', join('one', 'one.md'), '--format', 'json']],
    [process.execPath, [bin, 'metrics', join('one', 'one.md'), '--format', 'json', '--no-cache']]
  ])

  let lint
  const preset = join(modules, 'remark-preset-lint-recommended', 'index.js')
  if (!existsSync(preset) || !existsSync(join(modules, 'remark-cli', 'cli.js'))) {
    lint = {
      skipped:
        'remark-cli and remark-preset-lint-recommended are needed (npm i -D remark-preset-lint-recommended)'
    }
  } else {
    say(`remark against aftermath lint, ${lintCount} reports, ${lintRuns} runs of each`)
    const remark = [
      join(modules, 'remark-cli', 'cli.js'),
      '--no-config',
      '--no-ignore',
      '--no-stdout',
      '--no-color',
      '--quiet',
      '--use',
      join(modules, 'remark-frontmatter', 'index.js'),
      '--use',
      join(modules, 'remark-gfm', 'index.js'),
      '--use',
      preset,
      'lint'
    ]
    const [remarkSeconds, lintSeconds] = interleaved(lintRuns, [
      [process.execPath, remark],
      [process.execPath, [bin, 'lint', 'lint', '--as-of', asOf, '--quiet']]
    ])
    lint = {
      reports: lintCount,
      remarkSeconds: round(remarkSeconds, 2),
      aftermathSeconds: round(lintSeconds, 2),
      jobs: availableParallelism(),
      ratio: round(lintSeconds / remarkSeconds, 2)
    }
  }

  const same =
    new Set([cold1.sha256, cold2.sha256, ...warmRuns.map((run) => run.sha256)]).size === 1
  console.log(
    JSON.stringify({
      reports: count,
      bytes,
      parallelism,
      memoryParallelism,
      parseParallelism,
      review: {
        incidents,
        identical: same,
        codes: [cold1.code, cold2.code, warm.code],
        cold1: {seconds: round(cold1.seconds, 2), maxRssMiB: cold1.maxRssMiB},
        cold2: {seconds: round(cold2.seconds, 2), maxRssMiB: cold2.maxRssMiB},
        warm: {
          seconds: round(warm.seconds, 2),
          maxRssMiB: warm.maxRssMiB,
          runsSeconds: warmRuns.map((run) => round(run.seconds, 2))
        },
        speedup: round(cold1.seconds / cold2.seconds, 2),
        warmSpeedup: round(cold1.seconds / warm.seconds, 1),
        warmSpeedupJobs2: round(cold2.seconds / warm.seconds, 1)
      },
      startup: {
        runs: startupRuns,
        nodeMs: round(startup[0] * 1000, 1),
        metricsMs: round(startup[1] * 1000, 1),
        metricsNoCacheMs: round(startup[2] * 1000, 1),
        ratio: round(startup[1] / startup[0], 2),
        ratioNoCache: round(startup[2] / startup[0], 2)
      },
      lint
    })
  )
} finally {
  rmSync(folder, {recursive: true, force: true})
}

/**
 * How much faster two threads do twice the work of one: the best of three
 * tries. `spin` is arithmetic in registers; the memory loop reads and writes
 * a 64 MB array at scattered places, which two cores can only do at once if
 * the machine's memory keeps up with both.
 */
async function threadSpeedup(
  spin = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; postMessage(x)'
) {
  const {Worker} = await import('node:worker_threads')
  const code = `const {parentPort} = require('node:worker_threads'); const postMessage = (x) => parentPort.postMessage(x); ${spin}`
  const time = async (threads) => {
    const start = performance.now()
    await Promise.all(
      Array.from({length: threads}, async () => {
        const worker = new Worker(code, {eval: true})
        await new Promise((resolve) => worker.once('message', resolve))
        await worker.terminate()
      })
    )
    return (performance.now() - start) / 1000
  }
  const speedups = []
  for (let i = 0; i < 3; i++) speedups.push((2 * (await time(1))) / (await time(2)))
  return round(Math.max(...speedups), 2)
}

/**
 * How much faster two threads parse twice the reports of one: each thread
 * parses and measures `markdowns` once to warm up, then again, timed; first
 * one thread alone, then two at once. The best of three tries.
 */
async function parseSpeedup(markdowns) {
  const {Worker} = await import('node:worker_threads')
  const url = (path) => JSON.stringify(new URL(path, `file://${project}`).href)
  const code = `
    const {parentPort, workerData} = require('node:worker_threads')
    Promise.all([import(${url('dist/parse-incidents.js')}), import(${url('dist/metrics/measure.js')})]).then(
      ([{parseIncidents}, {measure}]) => {
        const pass = () => {
          for (const [at, markdown] of workerData.entries())
            parseIncidents(markdown, {path: at + '.md'}).incidents.forEach((incident) => measure(incident))
        }
        pass()
        const start = performance.now()
        pass()
        parentPort.postMessage(performance.now() - start)
      })`
  const time = async (threads) => {
    const times = await Promise.all(
      Array.from({length: threads}, async () => {
        const worker = new Worker(code, {eval: true, workerData: markdowns})
        const ms = await new Promise((resolve) => worker.once('message', resolve))
        await worker.terminate()
        return ms
      })
    )
    return Math.max(...times)
  }
  const speedups = []
  for (let i = 0; i < 3; i++) speedups.push((2 * (await time(1))) / (await time(2)))
  return round(Math.max(...speedups), 2)
}

function write(path, text) {
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, text)
}

/** `aftermath <args>` in the folder: wall time, exit code, peak RSS, and a hash of its stdout. */
function aftermath(args) {
  const out = join(folder, 'out.json')
  const fd = openSync(out, 'w')
  const start = performance.now()
  const child = spawnSync(process.execPath, ['--import', rss, bin, ...args], {
    cwd: folder,
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const seconds = (performance.now() - start) / 1000
  closeSync(fd)
  const kib = Number(/\[maxRSS (\d+)\]/.exec(child.stderr)?.[1])
  return {
    seconds,
    code: child.status,
    maxRssMiB: round(kib / 1024, 1),
    sha256: createHash('sha256').update(readFileSync(out)).digest('hex')
  }
}

/** The median wall time (seconds) of each command, run in turn `runs` times. */
function interleaved(runs, commands) {
  const times = commands.map(() => [])
  for (let run = 0; run < runs; run++) {
    commands.forEach(([command, args], index) => {
      const start = performance.now()
      spawnSync(command, args, {cwd: folder, stdio: 'ignore'})
      times[index].push((performance.now() - start) / 1000)
    })
  }
  return times.map((list) => {
    const sorted = list.toSorted((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  })
}

function round(value, digits) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
