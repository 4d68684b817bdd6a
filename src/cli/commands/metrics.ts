import {formatDuration} from '../../metrics/format-duration.js'
import type {IncidentMetrics} from '../../metrics/measure.js'
import {durationNames, phaseNames} from '../../metrics/measure-durations.js'
import type {ExplainedCandidate, MilestoneExplanation} from '../../milestones/find-milestones.js'
import {milestoneNames} from '../../model.js'
import {csvTable, secondsCell} from '../../render/csv.js'
import type {CommonOptions} from '../common-options.js'
import {exitCodes} from '../exit-codes.js'
import type {Io} from '../io.js'
import {loadIncidents} from '../load-incidents.js'

/** Options of `aftermath metrics`. */
export interface MetricsOptions extends CommonOptions {
  /** Default: `table` on a terminal, `json` otherwise. */
  format?: 'table' | 'json' | 'csv' | 'md'
  /** Say why each milestone is what it is (`--explain`): text, or JSON with `format: 'json'`. */
  explain?: boolean
}

/** `aftermath metrics <paths..>`: milestones, durations and phases of each incident. */
export async function runMetrics(options: MetricsOptions, io: Io): Promise<number> {
  // What measuring found wrong is said with the report's other messages.
  const {measured, failed} = await loadIncidents(options, io, {
    problemsOf: ({problems}) => problems
  })
  const all = measured.map(({metrics}) => metrics)
  if (options.explain) {
    // Loaded only here: metrics served from the cache need neither the reader nor the scorer.
    const {findMilestones} = await import('../../milestones/find-milestones.js')
    const context = options.timezone ? {timezone: options.timezone} : {}
    const explained = measured.map(({incident, metrics}) => ({
      ...(metrics.file === undefined ? {} : {file: metrics.file}),
      title: metrics.title,
      milestones: findMilestones(incident, context, {explain: true}).explanations.map(
        (explanation) => ({
          ...explanation,
          at: metrics.milestones[explanation.milestone]?.at ?? null
        })
      )
    }))
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(explained, null, 2)}\n`
        : explained.map(renderExplanation).join('\n')
    )
    return failed ? exitCodes.failed : exitCodes.ok
  }
  const format = options.format ?? (io.stdoutIsTTY ? 'table' : 'json')
  const render = {json: renderJson, csv: renderCsv, md: renderMarkdown, table: renderTable}[format]
  io.stdout(render(all))
  return failed ? exitCodes.failed : exitCodes.ok
}

/**
 * One incident's milestones explained, for a reader at a terminal:
 *
 *     mitigated     2017-02-28 20:26Z  highest score in order
 *       chosen      line 35:3  score 3.5 (with its place 4.1)  recovery 3.5 [recovered]
 *                   "The restarted index subsystem has enough capacity ..."
 *       runner-up   line 36:3  score 3 ...
 */
function renderExplanation(explained: {
  file?: string
  title: string
  milestones: Array<MilestoneExplanation & {at: string | null}>
}): string {
  const lines = [`${explained.file ?? '<report>'}: ${explained.title}`]
  for (const item of explained.milestones) {
    const at = item.at ?? '—'
    lines.push(`  ${item.milestone.padEnd(13)} ${shortInstant(at).padEnd(18)} ${item.reason}`)
    if (item.chosen) lines.push(...candidateLines('chosen', item.chosen))
    if (item.runnerUp) lines.push(...candidateLines('runner-up', item.runnerUp))
  }
  return `${lines.join('\n')}\n`
}

function candidateLines(label: string, candidate: ExplainedCandidate): string[] {
  const features = candidate.features
    .map(
      (feature) =>
        `${feature.name} ${feature.weight}${feature.words.length > 0 ? ` [${feature.words.join(', ')}]` : ''}`
    )
    .join('; ')
  const text = candidate.text.length > 100 ? `${candidate.text.slice(0, 99)}…` : candidate.text
  return [
    `    ${label.padEnd(11)} ${shortInstant(candidate.at)} line ${candidate.line}:${candidate.column} (${candidate.origin})  score ${round(candidate.score)}, with its place ${round(candidate.total)}`,
    `                ${features || 'no features'}`,
    `                "${text}"`
  ]
}

function shortInstant(at: string): string {
  return at.replace('T', ' ').replace(/:00(?:\.000)?Z$/, 'Z')
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function renderJson(all: IncidentMetrics[]): string {
  return `${JSON.stringify(all, null, 2)}\n`
}

const columns = [
  ['TTD', 'timeToDetect'],
  ['TTA', 'timeToAcknowledge'],
  ['TTDiag', 'timeToDiagnose'],
  ['TTM', 'timeToMitigate'],
  ['TTR', 'timeToResolve']
] as const

function rows(all: IncidentMetrics[]): string[][] {
  return all.map((metrics) => [
    metrics.title,
    metrics.milestones.started?.at.replace('T', ' ').replace(/:00Z$/, 'Z') ?? '—',
    ...columns.map(
      ([, name]) => formatDuration(metrics.durations[name]) + (metrics.bounds[name] ? '~' : '')
    )
  ])
}

function renderTable(all: IncidentMetrics[]): string {
  if (all.length === 0) return 'No incidents.\n'
  const header = ['incident', 'started (UTC)', ...columns.map(([label]) => label)]
  const body = rows(all).map((row) => [truncate(row[0] ?? '', 48), ...row.slice(1)])
  const widths = header.map((title, index) =>
    Math.max(title.length, ...body.map((row) => (row[index] ?? '').length))
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)
      )
      .join('  ')
      .trimEnd()
  return `${[line(header), ...body.map(line)].join('\n')}\n\nTTD detect, TTA acknowledge, TTDiag diagnose, TTM mitigate, TTR resolve: each from started. ~ approximate. — unknown.\n`
}

function renderMarkdown(all: IncidentMetrics[]): string {
  const header = ['Incident', 'Started (UTC)', ...columns.map(([label]) => label)]
  const escape = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ')
  const lines = [
    `| ${header.join(' | ')} |`,
    `| --- | --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...rows(all).map((row) => `| ${row.map(escape).join(' | ')} |`)
  ]
  return `${lines.join('\n')}\n`
}

function renderCsv(all: IncidentMetrics[]): string {
  const header = [
    'file',
    'title',
    ...milestoneNames.flatMap((name) => [name, `${name}_source`]),
    ...durationNames.map((name) => `${name}_seconds`),
    ...phaseNames.map((name) => `${name}_seconds`)
  ]
  const lines = all.map((metrics) => [
    metrics.file ?? '',
    metrics.title,
    ...milestoneNames.flatMap((name) => [
      metrics.milestones[name]?.at ?? '',
      metrics.milestones[name]?.source ?? ''
    ]),
    ...durationNames.map((name) => secondsCell(metrics.durations[name])),
    ...phaseNames.map((name) => secondsCell(metrics.phases[name]))
  ])
  return csvTable([header, ...lines])
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}
