/**
 * Fuzz aftermath: mutate real reports and run the whole pipeline (from
 * dist/) on each, looking for crashes (an exception anywhere) and slow
 * inputs: more than 100 ms of CPU per 10 KB for either way a report goes
 * through aftermath, reading or linting (an input under 10 KB is allowed
 * 100 ms, as its diagrams have a fixed cost), and more than three times
 * what a bare remark parse of the same text takes. remark's own cost per
 * node is what it is (a text of nothing but short headings parses at about
 * 200 ms per 10 KB on this machine kind, aftermath or not); what the fuzzer
 * looks for is work of aftermath's own that grows faster than the text.
 *
 * The reports come from incidents/, test/fixtures/ (every .md below) and,
 * when present, ../shared/corpus/real. Each input is one to four mutations
 * of one of them: bytes changed, lines deleted, duplicated or swapped,
 * reports spliced together, line endings changed, payloads inserted (huge
 * numbers, odd times, unicode, nesting markers, pipes, backticks, front
 * matter). Each input goes through parseIncidents, measure,
 * lintReport and, for its first incident, timelineDiagram, cascadeDiagram
 * (when it has a cascade) and compareDiagram; every 25 inputs, buildReview
 * and renderReviewHtml run over their measured incidents.
 *
 * An input that crashes or is slow is saved to fuzz-findings/ as JSON (the
 * text exactly, lone surrogates included), and can be run again:
 *
 *   npm run fuzz -- --seed 7 --runs 20000
 *   node scripts/fuzz.mjs --replay fuzz-findings/crash-s7-1234.json
 *
 * Exit code 1 when anything crashed or was slow. The same seed always gives
 * the same inputs.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readStoredResult, storeResult} from '../dist/cli/stored-result.js'
import {
  buildReview,
  cascadeDiagram,
  cascadeOf,
  compareDiagram,
  lintReport,
  measure,
  parseIncidents,
  renderReviewHtml,
  timelineDiagram
} from '../dist/index.js'
import {mulberry32} from './synthetic-corpus.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const findings = join(root, 'fuzz-findings')

/** Milliseconds allowed per 10 KB of input, and at least this much for any input. */
const msPer10KB = 100
/** ...unless a bare remark parse of the input takes more than this share of that. */
const timesBareParse = 3
/**
 * remark as aftermath configures it, without aftermath: the measure of what
 * parsing a text costs by itself. Importing dist/ above has already made
 * micromark's edit map linear (src/parse/linear-edit-map.ts), for both.
 */
const bare = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const batchSize = 25

/**
 * Warnings a library gives through Node (printed on stderr, outside any
 * diagnostic): recorded as they are given, and counted as crashes.
 */
const warnings = []
process.emitWarning = (warning) => {
  warnings.push(typeof warning === 'string' ? warning : String(warning?.message))
}

const {values} = parseArgs({
  options: {
    seed: {type: 'string', default: '1'},
    runs: {type: 'string', default: '1000'},
    replay: {type: 'string'},
    quiet: {type: 'boolean', default: false}
  }
})

function fuzz(seed, runs) {
  if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
    console.error('fuzz: expected --seed <integer> and --runs <positive integer>')
    return 2
  }
  const reports = loadReports()
  const random = randomOf(seed)
  // Warm up: the first runs pay for compiling the pipeline, not for their input.
  for (const report of reports.slice(0, 20)) timed(report.text)

  const stats = {inputs: 0, bytes: 0, crashes: 0, slow: 0, slowest: 0, slowestAt: ''}
  let batch = []
  for (let index = 0; index < runs; index++) {
    const {text, how} = mutate(reports, random)
    stats.inputs++
    stats.bytes += Buffer.byteLength(text)
    const outcome = timed(text)
    if (outcome.error) {
      stats.crashes++
      save('crash', seed, index, text, how, outcome.error)
    } else {
      const per10KB = perTenKB(outcome.ms, text)
      if (per10KB > stats.slowest) {
        stats.slowest = per10KB
        stats.slowestAt = `#${index} (${(text.length / 1024).toFixed(1)} KB, ${outcome.ms.toFixed(0)} ms)`
      }
      if (outcome.ms > outcome.allowed) {
        stats.slow++
        save('slow', seed, index, text, how, undefined, outcome.ms)
      }
      batch.push({index, text, measured: outcome.measured})
    }
    if (batch.length === batchSize || index === runs - 1) {
      reviewBatch(batch, seed, stats)
      batch = []
    }
    if (!values.quiet && (index + 1) % 1000 === 0) {
      console.error(
        `fuzz: ${index + 1}/${runs} inputs, ${stats.crashes} crashes, ${stats.slow} slow`
      )
    }
  }
  console.log(
    [
      `fuzz: seed ${seed}`,
      `  inputs:  ${stats.inputs} (${(stats.bytes / 1024 / 1024).toFixed(1)} MB)`,
      `  crashes: ${stats.crashes}`,
      `  slow:    ${stats.slow} (over ${msPer10KB} ms per 10 KB and ${timesBareParse}× a bare remark parse)`,
      `  slowest: ${stats.slowest.toFixed(1)} ms per 10 KB ${stats.slowestAt}`
    ].join('\n')
  )
  return stats.crashes > 0 || stats.slow > 0 ? 1 : 0
}

/** Run a saved input again, and say what happens. */
function replay(path) {
  const finding = JSON.parse(readFileSync(path, 'utf8'))
  const texts = finding.texts ?? [finding.text]
  // Warmed up as the fuzzer is, so that the time is the input's, not compiling the pipeline's.
  for (const report of loadReports().slice(0, 20)) timed(report.text)
  let failed = false
  for (const text of texts) {
    const outcome = timed(text)
    if (outcome.error) {
      failed = true
      console.log(`crash: ${outcome.error.stack ?? outcome.error.message}`)
      continue
    }
    const per10KB = perTenKB(outcome.ms, text)
    const slow = outcome.ms > outcome.allowed
    failed ||= slow
    console.log(
      `${slow ? 'slow' : 'ok'}: ${(text.length / 1024).toFixed(1)} KB in ${outcome.ms.toFixed(0)} ms (${per10KB.toFixed(1)} ms per 10 KB; allowed ${outcome.allowed.toFixed(0)} ms)`
    )
  }
  let measured = []
  try {
    measured = texts.flatMap((text) => runPipeline(text))
  } catch {
    // Said above.
  }
  const error = reviewError(measured)
  if (error) {
    failed = true
    console.log(`review crash: ${error.stack ?? error.message}`)
  }
  return failed ? 1 : 0
}

/** Every report to start from: name and text. */
function loadReports() {
  const folders = [join(root, 'incidents'), join(root, 'test', 'fixtures')]
  const corpus = join(root, '..', 'shared', 'corpus', 'real')
  if (existsSync(corpus)) folders.push(corpus)
  const reports = folders.flatMap((folder) =>
    markdownFiles(folder).map((path) => ({
      name: relative(root, path),
      text: readFileSync(path, 'utf8')
    }))
  )
  if (reports.length === 0) throw new Error('fuzz: no reports found to mutate')
  return reports.sort((a, b) => (a.name < b.name ? -1 : 1))
}

function markdownFiles(folder) {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/**
 * The two ways through aftermath a report takes, as `aftermath review` (or
 * `metrics`, `timeline`, `cascade`, `compare`) and `aftermath lint` take
 * them: each parses the report once; reading also stores the result and
 * reads it back, as a worker and the cache do. Each returns the measured incidents, for the
 * review of a batch, and throws what it throws.
 */
/** Characters XML 1.0 does not allow anywhere in a document. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

const paths = {
  read(text) {
    const {incidents, messages} = parseIncidents(text, {path: 'fuzz.md'})
    const measured = incidents.map((incident) => measure(incident))
    // As a worker hands a result over and the cache keeps it: it must read back the same.
    const stored = readStoredResult(storeResult({measured, messages}))
    if (JSON.stringify(stored?.measured) !== JSON.stringify(measured))
      throw new Error('the stored result does not read back as parsed')
    const first = measured[0]
    if (first) {
      const svgs = [timelineDiagram(first), compareDiagram(measured.slice(0, 3))]
      if (cascadeOf(first.incident)) svgs.push(cascadeDiagram(first))
      // Every picture must be XML that a renderer (resvg for PNG) accepts.
      for (const svg of svgs)
        if (notXml.test(svg)) throw new Error('an SVG holds a character XML does not allow')
    }
    return measured
  },
  lint(text) {
    lintReport(text, {path: 'fuzz.md', asOf: '2026-01-01'})
    return []
  }
}

/** The whole pipeline on one text: both ways through it. */
function runPipeline(text) {
  paths.lint(text)
  return paths.read(text)
}

/**
 * Run each way through the pipeline, timed as the lesser of wall time
 * (which other processes on the machine stretch) and CPU time (which
 * counts the garbage collector's helper threads as well as the work): both
 * are at least what the input costs on a quiet machine. A slow run is
 * tried up to four times more and its best time kept, as a pause to collect
 * garbage is not the input's doing. The time is the slower way's: each is a command
 * someone runs, and each must keep within the budget.
 */
function timed(text) {
  let ms = 0
  let measured = []
  for (const [name, way] of Object.entries(paths)) {
    let best = Number.POSITIVE_INFINITY
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = process.cpuUsage()
      const wallStart = performance.now()
      try {
        const found = way(text)
        if (name === 'read') measured = found
        if (warnings.length > 0) throw new Error(`a warning on stderr: ${warnings.join('; ')}`)
      } catch (error) {
        warnings.length = 0
        return {error}
      }
      const wall = performance.now() - wallStart
      const used = process.cpuUsage(start)
      best = Math.min(best, wall, (used.user + used.system) / 1000)
      if (best <= budget(text)) break
    }
    ms = Math.max(ms, best)
  }
  return {ms, measured, allowed: ms > budget(text) ? allowed(text) : budget(text)}
}

/** The budget by size alone. */
function budget(text) {
  return Math.max(msPer10KB, (msPer10KB * text.length) / 10_240)
}

/**
 * What an input may take: the budget by size, or three times a bare remark
 * parse of it (the best of three, as `timed` keeps its best) when that is
 * more. Only asked of an input over the budget, so most inputs are parsed
 * once.
 */
function allowed(text) {
  let parse = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = process.cpuUsage()
    const wallStart = performance.now()
    bare.parse(text)
    const used = process.cpuUsage(start)
    parse = Math.min(parse, performance.now() - wallStart, (used.user + used.system) / 1000)
  }
  return Math.max(budget(text), timesBareParse * parse)
}

/** Milliseconds per 10 KB, an input under 10 KB counted as 10 KB (as `budget` does). */
function perTenKB(ms, text) {
  return (ms * 10_240) / Math.max(10_240, text.length)
}

function reviewBatch(batch, seed, stats) {
  if (batch.length === 0) return
  const error = reviewError(batch.flatMap((input) => input.measured))
  if (!error) return
  stats.crashes++
  // Find the input that breaks the review alone, or keep the whole batch.
  const alone = batch.filter((input) => reviewError(input.measured))
  if (alone.length > 0) {
    for (const input of alone)
      save('review-crash', seed, input.index, input.text, 'review', reviewError(input.measured))
  } else {
    save(
      'review-crash',
      seed,
      batch[0].index,
      batch.map((input) => input.text),
      'review of a batch',
      error
    )
  }
}

function reviewError(measured) {
  try {
    const review = buildReview(measured, [], {asOf: '2026-01-01', seed: 1})
    renderReviewHtml(review, measured, {linkBase: ''})
    return undefined
  } catch (error) {
    return error
  }
}

function save(kind, seed, index, text, how, error, ms) {
  mkdirSync(findings, {recursive: true})
  const path = join(findings, `${kind}-s${seed}-${index}.json`)
  const finding = {
    kind,
    seed,
    index,
    how,
    ...(error ? {error: String(error.stack ?? error)} : {}),
    ...(ms === undefined ? {} : {ms: Math.round(ms)}),
    ...(Array.isArray(text) ? {texts: text} : {text})
  }
  writeFileSync(path, `${JSON.stringify(finding, null, 2)}\n`)
  console.error(`fuzz: ${kind} at #${index} (${how}) saved to ${relative(root, path)}`)
}

function randomOf(seed) {
  const next = mulberry32(seed)
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p
  }
}

/** Odd things to put in a report. */
const payloads = [
  // Huge and odd numbers.
  () => '99999999999999999999',
  () => '1e308',
  () => '-0',
  () => 'NaN',
  () => '2147483648:00',
  () => '9999-99-99 99:99',
  () => '0000-00-00 00:00',
  () => '275760-09-13T00:00:00Z',
  () => `${'9'.repeat(400)}`,
  // Odd times.
  () => '25:61',
  () => '24:00',
  () => '23:59:60',
  () => '12:00 AM PST',
  () => '00:00 UTC+14:00',
  () => '10:00 -23:59',
  () => '2024-02-30 10:00',
  () => '31 February 2024',
  () => '--:--',
  () => '12:??',
  () => '~',
  () => '± ',
  () => '10:00-09:00',
  () => '0:0',
  () => '1:2:3',
  () => '2024-13-01T10:00:00Z',
  () => '10:00 XYZ',
  () => '10:00 IST',
  () => 'Mar 10, 2024 2:30 AM America/Los_Angeles',
  () => 'Nov 3, 2024 1:30 AM America/New_York',
  () => '13:14 EDT (18:14 UTC)',
  () => '[03-26 23:04]',
  () => 'All times in Mars/Olympus.',
  () => 'All times in PDT (UTC-7).',
  // Unicode.
  () => '\u202Eevil\u202C',
  () => '\u200B\u200D\u2060',
  () => '😀👩‍👩‍👧‍👦',
  () => 'e\u0301\u0301\u0301',
  () => '\uD800',
  () => '\uDFFF\uD800',
  () => '\uFFFF\uFFFE',
  () => '\uFEFF',
  () => '\u0000',
  () => '\u2028\u2029',
  () => '１０:００',
  () => '١٠:٠٠',
  () => 'Ωμέγα 漢字 עברית',
  // Nesting markers.
  (random) => `${'> '.repeat(deep(random))}x`,
  (random) => `${'- '.repeat(deep(random))}x`,
  (random) => `${'1. '.repeat(deep(random))}x`,
  (random) => `${'  '.repeat(deep(random))}- x`,
  (random) => {
    const n = deep(random)
    return `${'*'.repeat(n)}x${'*'.repeat(n)}`
  },
  (random) => {
    const n = deep(random)
    return `${'['.repeat(n)}x${']'.repeat(n)}`
  },
  (random) => '*a '.repeat(deep(random)),
  (random) => '~~a '.repeat(deep(random)),
  // Pipes and tables.
  (random) => '|'.repeat(random.int(1, 300)),
  () => '| a | b |\n| - |',
  (random) => `| ${'a | '.repeat(random.int(1, 200))}\n|${' - |'.repeat(random.int(1, 200))}`,
  () => '| Time | Event |\n| --- | --- |\n| 10:00 | x |',
  // Backticks and fences.
  (random) => '`'.repeat(random.int(1, 300)),
  () => '```',
  () => '~~~',
  () => '```js\nunclosed',
  // Structure.
  () => '#######',
  () => '## Timeline',
  () => '## Cascade',
  () => '## Action items',
  () => '- [ ] owner: @a, due 2020-02-30',
  () => '---',
  () => '+++',
  () => '<!--',
  () => '<script>alert(1)</script>',
  () => '<div>',
  () => 'A -> B -> A',
  () => '-> ->',
  () => 'API -> API',
  () => '[started] [detected] [resolved] [resolved]',
  () => 'MTTR: 38 minutes',
  () => 'Time to detect: 999999 minutes',
  () => 'date: 2024-02-30',
  () => 'timezone: Mars/Olympus',
  () => 'a: &a [*a, *a]',
  () => 'services: {a: b}',
  () => '[x]: http://example.com',
  () => '[^1]: note'
]

/** How deep a nesting payload goes: mostly a few levels, sometimes past the parser's limits. */
function deep(random) {
  if (random.chance(0.05)) return random.int(1000, 10_000)
  return random.int(1, random.chance(0.5) ? 20 : 150)
}

const mutations = [
  flipCharacters,
  deleteRange,
  duplicateLines,
  deleteLines,
  swapLines,
  splice,
  insertPayload,
  insertPayload,
  insertPayload,
  changeLineEndings,
  truncate,
  repeat
]

/** One input: a report with one to four mutations. */
function mutate(reports, random) {
  let text = random.pick(reports).text
  const how = []
  const count = random.int(1, 4)
  for (let step = 0; step < count; step++) {
    const mutation = random.pick(mutations)
    text = mutation(text, random, reports)
    how.push(mutation.name)
  }
  return {text, how: how.join(', ')}
}

function flipCharacters(text, random) {
  const characters = [...text]
  const count = random.int(1, 8)
  for (let step = 0; step < count && characters.length > 0; step++) {
    const at = random.int(0, characters.length - 1)
    characters[at] = random.chance(0.5)
      ? String.fromCharCode(random.int(0, 127))
      : String.fromCodePoint(random.int(0, 0x10ffff))
  }
  return characters.join('')
}

function deleteRange(text, random) {
  if (text.length === 0) return text
  const from = random.int(0, text.length - 1)
  return text.slice(0, from) + text.slice(from + random.int(1, 200))
}

function lines(text) {
  return text.split('\n')
}

function duplicateLines(text, random) {
  const all = lines(text)
  const from = random.int(0, all.length - 1)
  const block = all.slice(from, from + random.int(1, 5))
  const times = random.chance(0.1) ? random.int(50, 500) : random.int(1, 5)
  all.splice(from, 0, ...Array.from({length: times}, () => block).flat())
  return all.join('\n')
}

function deleteLines(text, random) {
  const all = lines(text)
  all.splice(random.int(0, all.length - 1), random.int(1, 10))
  return all.join('\n')
}

function swapLines(text, random) {
  const all = lines(text)
  const a = random.int(0, all.length - 1)
  const b = random.int(0, all.length - 1)
  ;[all[a], all[b]] = [all[b], all[a]]
  return all.join('\n')
}

function splice(text, random, reports) {
  const other = lines(random.pick(reports).text)
  const all = lines(text)
  if (random.chance(0.5)) {
    // The head of one report and the tail of another.
    return [
      ...all.slice(0, random.int(0, all.length)),
      ...other.slice(random.int(0, other.length))
    ].join('\n')
  }
  const from = random.int(0, other.length - 1)
  all.splice(random.int(0, all.length), 0, ...other.slice(from, from + random.int(1, 40)))
  return all.join('\n')
}

function insertPayload(text, random) {
  const payload = random.pick(payloads)(random)
  if (random.chance(0.5)) {
    // At the start of a line, where block syntax is read.
    const all = lines(text)
    const at = random.int(0, all.length)
    all.splice(at, 0, random.chance(0.5) ? payload : `- ${payload} ${all[at] ?? ''}`)
    return all.join('\n')
  }
  const at = random.int(0, text.length)
  return text.slice(0, at) + payload + text.slice(at)
}

function changeLineEndings(text, random) {
  return text.replace(/\r?\n/g, random.chance(0.5) ? '\r\n' : '\r')
}

function truncate(text, random) {
  return text.slice(0, random.int(0, text.length))
}

function repeat(text, random) {
  return text.repeat(random.chance(0.1) ? random.int(10, 40) : 2)
}

// Last, once the tables above are defined.
if (values.replay) {
  process.exitCode = replay(values.replay)
} else {
  process.exitCode = fuzz(Number(values.seed), Number(values.runs))
}
