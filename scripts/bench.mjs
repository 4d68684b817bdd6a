/**
 * `npm run bench`: the throughput of aftermath's full `metrics` pipeline
 * against bare Markdown parsing of the same synthetic reports.
 *
 *   (a) unified + remark-parse + remark-gfm + remark-frontmatter: `parse` only
 *   (b) aftermath: `parseIncidents`, then `measure` on every incident
 *
 * Both run in one process on the same corpus, after a warm-up, three times
 * each (interleaved); the median run is reported. The target is (b)/(a) of at
 * least 0.8: the analysis costs at most a quarter on top of Markdown parsing.
 * Speed is only measured here, never asserted in tests.
 *
 * It also reviews 1,000 reports through the CLI in a process of its own
 * (scripts/bench-review.mjs: time and peak memory), and times the diagrams on large inputs: a 300-component cascade must
 * lay out and draw within a second; a 50-component one and a 200-entry
 * timeline are timed alongside.
 *
 * Then scale (scripts/bench-scale.mjs, each command a process of its own):
 * `review --format json` over 10,000 reports cold with --jobs 1 and 2 and
 * warm from the cache, with peak memory; the start-up of `metrics` on one
 * report against `node -e ""`; and `aftermath lint` against remark with
 * remark-preset-lint-recommended on 1,000 of them. Targets: --jobs 2 at
 * least 1.7 times as fast as --jobs 1, warm at least 20 times as fast as
 * cold, under 1 GB, start-up at most 2.5 times `node -e ""`, lint no slower
 * than remark.
 *
 * Usage: node scripts/bench.mjs [--count 400] [--seed 1] [--runs 3]
 *   [--review-count 10000] [--json]
 * (run `npm run build` first, or use `npm run bench`, which does).
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpus} from 'node:os'
import {performance} from 'node:perf_hooks'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {cascadeDiagram, measure, parseIncidents, timelineDiagram} from '../dist/index.js'
import {generateCorpus} from './synthetic-corpus.mjs'

const target = 0.8

function readArgs(argv) {
  const options = {count: 400, seed: 1, runs: 3, reviewCount: 10_000, json: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.split('=', 2)
    const value = () => {
      const raw = inline ?? argv[++i]
      const number = Number(raw)
      if (!Number.isInteger(number) || number < 1) {
        throw new Error(`${flag} expects a positive integer, got ${raw}`)
      }
      return number
    }
    if (flag === '--count') options.count = value()
    else if (flag === '--seed') options.seed = value()
    else if (flag === '--runs') options.runs = value()
    else if (flag === '--review-count') options.reviewCount = value()
    else if (flag === '--json') options.json = true
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'Usage: node scripts/bench.mjs [--count N] [--seed S] [--runs R] [--review-count N] [--json]'
      )
      process.exit(0)
    } else throw new Error(`Unknown option ${arg}`)
  }
  return options
}

let options
try {
  options = readArgs(process.argv.slice(2))
} catch (error) {
  console.error(error.message)
  process.exit(2)
}
const reports = generateCorpus({count: options.count, seed: options.seed})
const bytes = reports.reduce((sum, report) => sum + Buffer.byteLength(report.markdown), 0)
const digest = createHash('sha256')
for (const report of reports) digest.update(`${report.name}\n${report.markdown}`)
const corpusHash = digest.digest('hex').slice(0, 16)

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze()

/** (a) bare parse. Returns a checksum so that the work cannot be skipped. */
function bareParse() {
  let nodes = 0
  for (const report of reports) nodes += processor.parse(report.markdown).children.length
  return nodes
}

/** (b) the full metrics pipeline, as `aftermath metrics` runs it on each file. */
function fullPipeline() {
  let measured = 0
  for (const report of reports) {
    const {incidents} = parseIncidents(report.markdown, {path: report.name})
    for (const incident of incidents) {
      if (measure(incident).metrics) measured++
    }
  }
  return measured
}

function time(run) {
  const start = performance.now()
  const check = run()
  return {seconds: (performance.now() - start) / 1000, check}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Warm-up: one pass of each over the whole corpus, so both are measured JIT-compiled.
bareParse()
fullPipeline()

const runs = {bare: [], full: []}
for (let i = 0; i < options.runs; i++) {
  runs.bare.push(time(bareParse).seconds)
  runs.full.push(time(fullPipeline).seconds)
}

// What the pipeline found, to show that the corpus exercises it.
let incidents = 0
let entries = 0
let resolved = 0
for (const report of reports) {
  for (const incident of parseIncidents(report.markdown, {path: report.name}).incidents) {
    incidents++
    entries += incident.timeline.length
    if (measure(incident).metrics.durations.timeToResolve !== null) resolved++
  }
}

// Diagrams on large inputs: the median of three draws, after one to warm up.
const diagrams = [
  ['cascade, 300 components', cascadeReport(300, options.seed), cascadeDiagram, 1],
  ['cascade, 50 components', cascadeReport(50, options.seed), cascadeDiagram, undefined],
  ['timeline, 200 entries', timelineReport(200), timelineDiagram, undefined]
].map(([name, markdown, draw, limit]) => {
  // Measured once, as the CLI does: what is timed is the drawing.
  const measured = measure(parseIncidents(markdown, {path: 'bench.md'}).incidents[0])
  draw(measured)
  const seconds = median([0, 1, 2].map(() => time(() => draw(measured)).seconds))
  return {name, seconds: round(seconds, 3), ...(limit ? {limitSeconds: limit} : {})}
})

// The review of 1,000 reports, in a process of its own (for its own peak memory).
const review = JSON.parse(
  execFileSync(
    process.execPath,
    [
      new URL('./bench-review.mjs', import.meta.url).pathname,
      '--count',
      '1000',
      '--seed',
      String(options.seed)
    ],
    {encoding: 'utf8', maxBuffer: 1 << 24}
  )
)

// At scale: thousands of reports, start-up, and lint against remark (minutes; in child processes).
const scale = JSON.parse(
  execFileSync(
    process.execPath,
    [
      new URL('./bench-scale.mjs', import.meta.url).pathname,
      '--count',
      String(options.reviewCount),
      '--seed',
      String(options.seed)
    ],
    {encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit']}
  )
)

const figures = (seconds) => ({
  seconds: round(seconds, 4),
  reportsPerSecond: round(reports.length / seconds, 1),
  mbPerSecond: round(bytes / 1e6 / seconds, 3)
})
const bare = figures(median(runs.bare))
const full = figures(median(runs.full))
const ratio = round(median(runs.bare) / median(runs.full), 3)
const memory = process.memoryUsage()
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: {cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version},
  corpus: {
    seed: options.seed,
    sha256: corpusHash,
    reports: reports.length,
    bytes,
    meanBytes: Math.round(bytes / reports.length),
    incidents,
    timelineEntries: entries,
    withTimeToResolve: resolved
  },
  runs: options.runs,
  bareParse: {...bare, runsSeconds: runs.bare.map((s) => round(s, 4))},
  fullPipeline: {...full, runsSeconds: runs.full.map((s) => round(s, 4))},
  ratio,
  target,
  verdict: ratio >= target ? 'PASS' : 'BELOW',
  diagrams,
  review,
  scale,
  memory: {
    maxRssMiB: round(process.resourceUsage().maxRSS / 1024, 1),
    heapUsedMiB: round(memory.heapUsed / 2 ** 20, 1)
  }
}

if (options.json) console.log(JSON.stringify(result, null, 2))
else printText(result)

function round(value, digits) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function printText(r) {
  const c = r.corpus
  const rows = [
    ['', 'median s', 'reports/s', 'MB/s', 'runs (s)'],
    ['(a) bare parse', ...cells(r.bareParse)],
    ['(b) aftermath metrics', ...cells(r.fullPipeline)]
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) =>
    row
      .map((cell, i) =>
        i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])
      )
      .join('  ')
      .trimEnd()
  const out = [
    `machine   ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}`,
    `corpus    ${c.reports} reports, seed ${c.seed} (sha256 ${c.sha256}), ${(c.bytes / 1e6).toFixed(2)} MB (mean ${(c.meanBytes / 1e3).toFixed(1)} KB); ${c.incidents} incidents, ${c.timelineEntries} timeline entries, ${c.withTimeToResolve} with time to resolve`,
    `runs      ${r.runs} of each after a warm-up; median shown (MB = 10^6 bytes)`,
    '',
    ...rows.map(line),
    '',
    `ratio     ${r.ratio.toFixed(3)} (b)/(a), target >= ${r.target.toFixed(2)}: ${r.verdict}`,
    ...r.diagrams.map(
      (d, index) =>
        `${index === 0 ? 'diagrams ' : '         '} ${d.name}: ${d.seconds.toFixed(3)} s${d.limitSeconds ? ` (target < ${d.limitSeconds} s: ${d.seconds < d.limitSeconds ? 'PASS' : 'OVER'})` : ''}`
    ),
    `review    ${r.review.reports} reports (${r.review.incidents} incidents) to HTML in ${r.review.seconds.toFixed(2)} s, ${(r.review.htmlBytes / 1e6).toFixed(2)} MB, peak RSS ${r.review.maxRssMiB.toFixed(1)} MiB (own process)`,
    `memory    peak RSS ${r.memory.maxRssMiB.toFixed(1)} MiB, heap used after ${r.memory.heapUsedMiB.toFixed(1)} MiB`,
    '',
    ...scaleLines(r.scale)
  ]
  console.log(out.join('\n'))
}

function scaleLines(s) {
  const v = s.review
  const verdict = (ok) => (ok ? 'PASS' : 'MISS')
  const run = (name, f) =>
    `          ${name.padEnd(18)} ${f.seconds.toFixed(2).padStart(7)} s  peak RSS ${f.maxRssMiB.toFixed(0).padStart(4)} MiB`
  const lines = [
    `scale     review --format json, ${s.reports} reports (${(s.bytes / 1e6).toFixed(1)} MB, ${v.incidents} incidents), each run a process of its own; outputs identical: ${v.identical ? 'yes' : 'NO'}`,
    run('cold, --jobs 1', v.cold1),
    run('cold, --jobs 2', v.cold2),
    run('warm (cache)', v.warm),
    `          --jobs 2 vs 1: ${v.speedup.toFixed(2)}x (target >= 1.7: ${verdict(v.speedup >= 1.7)}; two threads on this machine: ${s.parallelism.toFixed(2)}x on a loop, ${s.memoryParallelism.toFixed(2)}x on memory, ${s.parseParallelism.toFixed(2)}x parsing)`,
    `          warm vs cold: ${v.warmSpeedupJobs2.toFixed(1)}x against --jobs 2 (target >= 20: ${verdict(v.warmSpeedupJobs2 >= 20)}), ${v.warmSpeedup.toFixed(1)}x against --jobs 1`,
    `          peak memory: ${Math.max(v.cold1.maxRssMiB, v.cold2.maxRssMiB, v.warm.maxRssMiB).toFixed(0)} MiB (target < 1024: ${verdict(Math.max(v.cold1.maxRssMiB, v.cold2.maxRssMiB, v.warm.maxRssMiB) < 1024)})`,
    `start-up  metrics on one report ${s.startup.metricsMs.toFixed(0)} ms (cache warm), ${s.startup.metricsNoCacheMs.toFixed(0)} ms (--no-cache); node -e "" ${s.startup.nodeMs.toFixed(0)} ms; median of ${s.startup.runs}`,
    `          ratio ${s.startup.ratio.toFixed(2)} (target <= 2.5: ${verdict(s.startup.ratio <= 2.5)}), ${s.startup.ratioNoCache.toFixed(2)} with --no-cache`
  ]
  if (s.lint.skipped) lines.push(`lint      skipped: ${s.lint.skipped}`)
  else
    lines.push(
      `lint      ${s.lint.reports} reports: aftermath lint ${s.lint.aftermathSeconds.toFixed(2)} s (--jobs ${s.lint.jobs}), remark + remark-preset-lint-recommended ${s.lint.remarkSeconds.toFixed(2)} s`,
      `          ratio ${s.lint.ratio.toFixed(2)} (target <= 1: ${verdict(s.lint.ratio <= 1)})`
    )
  return lines
}

function cells(f) {
  return [
    f.seconds.toFixed(3),
    f.reportsPerSecond.toFixed(1),
    f.mbPerSecond.toFixed(2),
    f.runsSeconds.map((s) => s.toFixed(3)).join(' ')
  ]
}

/** A report whose cascade has `count` components, each hit by one or two earlier ones (seeded). */
function cascadeReport(count, seed) {
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const lines = [
    '---',
    'date: 2024-03-10',
    'timezone: UTC',
    '---',
    '# Cascade bench',
    '',
    '## Cascade',
    ''
  ]
  for (let i = 1; i < count; i++) {
    const minute = String(i % 60).padStart(2, '0')
    lines.push(
      `- service ${Math.floor(random() * i)} -> service ${i}: depends on it (10:${minute}-12:00 UTC)`
    )
    if (i > 2 && random() < 0.25)
      lines.push(`- service ${Math.floor(random() * i)} -> service ${i}`)
  }
  return lines.join('\n')
}

/** A report with a timeline of `count` entries, one a minute. */
function timelineReport(count) {
  const lines = [
    '---',
    'date: 2024-03-10',
    'timezone: UTC',
    '---',
    '# Timeline bench',
    '',
    '## Timeline',
    ''
  ]
  for (let i = 0; i < count; i++) {
    const at = 8 * 60 + i
    const clock = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`
    const marker =
      i === 0 ? ' [started]' : i === 20 ? ' [detected]' : i === count - 1 ? ' [resolved]' : ''
    lines.push(`- ${clock} UTC: step ${i} of the response, checking service ${i % 17}${marker}`)
  }
  return lines.join('\n')
}
