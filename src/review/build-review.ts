/**
 * The quarterly reliability review as data: which incidents fall in the
 * period, how many by severity, service and tag (and in the period before),
 * the distribution of each duration and phase, where the outage time went,
 * the trend over four quarters, the longest outages, the components hit,
 * the contributing factors, the action items and the data-quality notes.
 * Pure: the "as of" date and the seed are parameters, never the clock.
 */

import type {IncidentMetrics, MeasuredIncident} from '../metrics/measure.js'
import {
  type DurationName,
  durationNames,
  type PhaseName,
  phaseNames
} from '../metrics/measure-durations.js'
import type {Incident} from '../model.js'
import {factorCategories} from './factors.js'
import {type Period, periodOf, previousPeriod, quarterOf, quarterPeriod} from './period.js'
import {type Distribution, describe} from './statistics.js'

/** A warning about a report, to point the reader at it. */
export interface ReviewNote {
  file: string
  line: number
  column: number
  ruleId: string
  reason: string
}

/** Options of `buildReview`. */
export interface ReviewOptions {
  /** The period reviewed; all incidents when absent. */
  period?: Period
  /** The day the review is written (`YYYY-MM-DD`): action items due before it are overdue. */
  asOf: string
  /** Keep only incidents with one of these severities, services or tags (case-insensitive). */
  severity?: string[]
  service?: string[]
  tag?: string[]
  /** Seed of the bootstrap intervals (default 1). */
  seed?: number
  /** How many of the longest outages to show (default 5). */
  longest?: number
}

/** One incident as the review lists it. */
export interface ReviewIncident {
  file: string | null
  line: number
  title: string
  date: string | null
  severity: string | null
  services: string[]
  tags: string[]
  /** When impact started (UTC), else the report's day: what places it in a period. */
  start: string | null
  durations: IncidentMetrics['durations']
  phases: IncidentMetrics['phases']
}

/** A count by name, with the count in the previous period when there is one. */
export interface Tally {
  name: string
  count: number
  previous: number | null
}

/** One duration or phase across the incidents of the period. */
export interface DurationSummary extends Distribution {
  name: DurationName | PhaseName
  /** Incidents of the period without this duration (a milestone missing or out of order). */
  missing: number
  /** Every value, for the dot plot. */
  values: Array<{file: string | null; title: string; seconds: number}>
}

/** The review. Its JSON is what `aftermath review --format json` prints. */
export interface Review {
  title: string
  period: Period | null
  previousPeriod: Period | null
  asOf: string
  filters: {severity: string[]; service: string[]; tag: string[]}
  incidents: ReviewIncident[]
  /** Incidents that could not be placed in time (no start, no date). */
  undated: number
  counts: {
    total: number
    previous: number | null
    bySeverity: Tally[]
    byService: Tally[]
    byTag: Tally[]
  }
  durations: DurationSummary[]
  /** Total outage time by phase, over incidents whose three phases are all known. */
  timeShares: {
    incidents: number
    total: number
    phases: Array<{name: PhaseName; seconds: number; share: number}>
  }
  /** The last four quarters up to the period, oldest first. */
  trend: Array<{
    period: Period
    n: number
    medians: Record<
      DurationName,
      {median: number | null; interval: Distribution['interval']; n: number}
    >
  }>
  longest: ReviewIncident[]
  components: {hit: Tally[]; triggers: Tally[]}
  factors: Array<{name: string; count: number; files: string[]}>
  actionItems: {
    total: number
    open: number
    done: number
    byOwner: Array<{owner: string; open: number; done: number}>
    overdue: Array<{
      text: string
      owner: string | null
      due: string
      file: string | null
      line: number
    }>
  }
  notes: ReviewNote[]
}

/**
 * Build the review of measured incidents (all the reports read; the period
 * and filters choose among them) and the notes about their reports.
 *
 * @example
 *   const measured = incidents.map((incident) => measure(incident))
 *   buildReview(measured, notes, {period: quarterPeriod('2017-Q1'), asOf: '2017-04-01'})
 */
export function buildReview(
  measured: MeasuredIncident[],
  notes: ReviewNote[],
  options: ReviewOptions
): Review {
  const seed = options.seed ?? 1
  const filters = {
    severity: options.severity ?? [],
    service: options.service ?? [],
    tag: options.tag ?? []
  }
  // A report still holding a template's examples is not counted: its notes say so.
  const unfinished = new Set(
    notes.filter((note) => note.ruleId === 'template-placeholder').map((note) => note.file)
  )
  const selected = measured
    .filter(({incident}) => matches(incident, filters))
    .map(({incident, metrics}) => ({incident, row: toRow(incident, metrics)}))
  const chosen = selected.filter((item) => !unfinished.has(item.incident.file ?? ''))
  const dated = chosen.filter((item) => item.row.start !== null)
  const period = options.period ?? null
  const inPeriod = (candidate: Period | null) => (item: (typeof chosen)[number]) =>
    candidate === null || (item.row.start !== null && periodOf(item.row.start, candidate))
  const current = chosen.filter(inPeriod(period))
  const previous = period ? previousPeriod(period) : null
  const before = previous ? chosen.filter(inPeriod(previous)) : null

  const rows = current.map((item) => item.row).sort(byStart)
  const files = new Set(
    selected
      .filter(inPeriod(period))
      .map((item) => item.incident.file)
      .filter(Boolean)
  )
  return {
    title: period ? `Reliability review ${period.label}` : 'Reliability review',
    period,
    previousPeriod: previous,
    asOf: options.asOf,
    filters,
    incidents: rows,
    undated: period ? 0 : chosen.length - dated.length,
    counts: {
      total: current.length,
      previous: before ? before.length : null,
      bySeverity: tally(
        current.map((item) => [item.incident.severity ?? 'unknown']),
        before?.map((item) => [item.incident.severity ?? 'unknown'])
      ),
      byService: tally(
        current.map((item) => item.incident.services),
        before?.map((item) => item.incident.services)
      ),
      byTag: tally(
        current.map((item) => item.incident.tags),
        before?.map((item) => item.incident.tags)
      )
    },
    durations: [...durationNames, ...phaseNames].map((name) =>
      summarize(
        name,
        current.map((item) => item.row),
        seed
      )
    ),
    timeShares: timeShares(rows),
    trend: trend(chosen, period, dated, seed),
    longest: [...rows]
      .filter((row) => row.durations.timeToResolve !== null)
      .sort(
        (a, b) =>
          (b.durations.timeToResolve as number) - (a.durations.timeToResolve as number) ||
          compareText(a.title, b.title)
      )
      .slice(0, options.longest ?? 5),
    components: components(current.map((item) => item.incident)),
    factors: factorCategories(current.map((item) => item.incident)),
    actionItems: actionItems(
      current.map((item) => item.incident),
      options.asOf
    ),
    notes: notes
      .filter((note) => files.has(note.file))
      .sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column)
  }
}

function matches(
  incident: Incident,
  filters: {severity: string[]; service: string[]; tag: string[]}
): boolean {
  const any = (wanted: string[], values: string[]) =>
    wanted.length === 0 ||
    values.some((value) => wanted.some((want) => want.toLowerCase() === value.toLowerCase()))
  return (
    any(filters.severity, incident.severity ? [incident.severity] : []) &&
    any(filters.service, incident.services) &&
    any(filters.tag, incident.tags)
  )
}

function toRow(incident: Incident, metrics: IncidentMetrics): ReviewIncident {
  const start =
    metrics.milestones.started?.at ??
    (incident.date ? `${incident.date}T00:00:00Z` : null) ??
    incident.timeline.find((entry) => entry.at)?.at ??
    null
  return {
    file: incident.file ?? null,
    line: incident.place.line,
    title: incident.title,
    date: incident.date ?? null,
    severity: incident.severity ?? null,
    services: incident.services,
    tags: incident.tags,
    start,
    durations: metrics.durations,
    phases: metrics.phases
  }
}

function byStart(a: ReviewIncident, b: ReviewIncident): number {
  return compareText(a.start ?? '', b.start ?? '') || compareText(a.title, b.title)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function valueOf(row: ReviewIncident, name: DurationName | PhaseName): number | null {
  return name in row.durations ? row.durations[name as DurationName] : row.phases[name as PhaseName]
}

function summarize(
  name: DurationName | PhaseName,
  rows: ReviewIncident[],
  seed: number
): DurationSummary {
  const values = rows
    .map((row) => ({file: row.file, title: row.title, seconds: valueOf(row, name)}))
    .filter(
      (value): value is {file: string | null; title: string; seconds: number} =>
        value.seconds !== null
    )
    .sort((a, b) => a.seconds - b.seconds || compareText(a.title, b.title))
  return {
    name,
    ...describe(
      values.map((value) => value.seconds),
      seed
    ),
    missing: rows.length - values.length,
    values
  }
}

/**
 * How many incidents name each value (once each), now and before, most
 * first, then by name. Names are grouped
 * regardless of case and spacing (`Dashboard and API`, `dashboard  and API`),
 * and shown in their most common spelling.
 */
function tally(current: string[][], previous: string[][] | undefined): Tally[] {
  const spellings = new Map<string, Map<string, number>>()
  const count = (lists: string[][]) => {
    const counts = new Map<string, number>()
    for (const list of lists) {
      const keys = new Set<string>()
      for (const name of list) {
        const key = groupKey(name)
        const seen = spellings.get(key) ?? new Map<string, number>()
        seen.set(name, (seen.get(name) ?? 0) + 1)
        spellings.set(key, seen)
        keys.add(key)
      }
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  const now = count(current)
  const then = previous ? count(previous) : undefined
  const shown = (key: string) =>
    [...(spellings.get(key) ?? new Map([[key, 1]]))].sort(
      (a, b) => b[1] - a[1] || compareText(a[0], b[0])
    )[0]?.[0] ?? key
  return [...now]
    .map(([key, value]) => ({
      name: shown(key),
      count: value,
      previous: then ? (then.get(key) ?? 0) : null
    }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name))
}

/** What names a service, tag or component alike: case and runs of spaces aside. */
function groupKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}

function timeShares(rows: ReviewIncident[]): Review['timeShares'] {
  const complete = rows.filter((row) => phaseNames.every((name) => row.phases[name] !== null))
  const seconds = phaseNames.map((name) =>
    complete.reduce((sum, row) => sum + (row.phases[name] as number), 0)
  )
  const total = seconds.reduce((sum, value) => sum + value, 0)
  return {
    incidents: complete.length,
    total,
    phases: phaseNames.map((name, index) => ({
      name,
      seconds: seconds[index] as number,
      share: total > 0 ? (seconds[index] as number) / total : 0
    }))
  }
}

function trend(
  measured: Array<{row: ReviewIncident}>,
  period: Period | null,
  dated: Array<{row: ReviewIncident}>,
  seed: number
): Review['trend'] {
  const latest = period
    ? period.end
    : dated.reduce(
        (last, item) => ((item.row.start as string) > last ? (item.row.start as string) : last),
        ''
      )
  if (!latest) return []
  // The quarter holding the last day of the period (its end is exclusive).
  let quarter = quarterPeriod(
    quarterOf(
      new Date(Date.parse(`${latest.slice(0, 10)}T00:00:00Z`) - (period ? 1 : 0)).toISOString()
    )
  )
  const quarters: Period[] = []
  for (let index = 0; index < 4; index++) {
    quarters.unshift(quarter)
    quarter = previousPeriod(quarter)
  }
  return quarters.map((candidate) => {
    const rows = measured
      .map((item) => item.row)
      .filter((row) => row.start !== null && periodOf(row.start, candidate))
    const medians = Object.fromEntries(
      durationNames.map((name) => {
        const summary = describe(
          rows.map((row) => row.durations[name]).filter((value): value is number => value !== null),
          seed
        )
        return [name, {median: summary.median, interval: summary.interval, n: summary.n}]
      })
    ) as Review['trend'][number]['medians']
    return {period: candidate, n: rows.length, medians}
  })
}

function components(incidents: Incident[]): Review['components'] {
  const hit: string[][] = []
  const triggers: string[][] = []
  for (const incident of incidents) {
    // Only cascades the reports state count: an inferred one is a guess (and costs a scan of the timeline).
    const cascade = incident.cascade
    if (!cascade || cascade.source === 'inferred') continue
    hit.push(cascade.components.map((component) => component.name))
    const targets = new Set(cascade.edges.map((edge) => edge.to))
    const origin = cascade.components.find(
      (component) =>
        !targets.has(component.name) && cascade.edges.some((edge) => edge.from === component.name)
    )
    if (origin) triggers.push([origin.name])
  }
  return {hit: tally(hit, undefined), triggers: tally(triggers, undefined)}
}

function actionItems(incidents: Incident[], asOf: string): Review['actionItems'] {
  const items = incidents.flatMap((incident) =>
    incident.actionItems.map((item) => ({item, file: incident.file ?? null}))
  )
  const owners = new Map<string, {open: number; done: number}>()
  for (const {item} of items) {
    const owner = item.owner ?? 'no owner'
    const counts = owners.get(owner) ?? {open: 0, done: 0}
    if (item.done === true) counts.done++
    else counts.open++
    owners.set(owner, counts)
  }
  return {
    total: items.length,
    open: items.filter(({item}) => item.done !== true).length,
    done: items.filter(({item}) => item.done === true).length,
    byOwner: [...owners]
      .map(([owner, counts]) => ({owner, ...counts}))
      .sort((a, b) => b.open - a.open || compareText(a.owner, b.owner)),
    overdue: items
      .filter(({item}) => item.done !== true && item.due !== undefined && item.due < asOf)
      .map(({item, file}) => ({
        text: item.text,
        owner: item.owner ?? null,
        due: item.due as string,
        file,
        line: item.line
      }))
      .sort((a, b) => compareText(a.due, b.due) || compareText(a.file ?? '', b.file ?? ''))
  }
}
