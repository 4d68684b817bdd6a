/**
 * The rule `stated-duration-disagrees`: a duration the report writes, as a
 * field (`Time to detect: 5 minutes`, `TTR 2h 10m`) or in a sentence (`The
 * outage lasted 47 minutes`, `it took us 2 hours to restore service`),
 * that the timeline's milestones contradict.
 */
import {formatDuration} from '../metrics/format-duration.js'
import type {IncidentMetrics} from '../metrics/measure.js'
import {type DurationName, spans} from '../metrics/measure-durations.js'
import type {MilestoneName} from '../model.js'
import {
  type DurationStatement,
  durationFields,
  durationStatements
} from '../time/duration-statements.js'
import type {AddFinding, Finding} from './finding.js'
import {forEachProseLine} from './prose-lines.js'
import type {ProseSentence} from './prose-sentences.js'

type Metrics = IncidentMetrics

const durationLabels: Record<DurationName, string> = {
  timeToDetect: 'time to detect',
  timeToAcknowledge: 'time to acknowledge',
  timeToDiagnose: 'time to diagnose',
  timeToMitigate: 'time to mitigate',
  timeToResolve: 'time to resolve'
}

/**
 * Durations written in the text against the ones the timeline gives. Only
 * for a report of one incident.
 *
 * @param lines the source's lines, for fields
 * @param sentences the report's prose, for durations written in sentences
 */
export function statedDurations(
  lines: string[],
  sentences: readonly ProseSentence[],
  metrics: Metrics,
  add: AddFinding
): void {
  const fields: Finding[] = []
  forEachProseLine(lines, (text, line) => {
    for (const amount of durationFields(text)) {
      const {name} = amount
      const computed = metrics.durations[name]
      if (computed === null) continue
      // `Outage duration`, `time to recover`: when impact stopped, which may be mitigation.
      const names: DurationName[] = name === 'timeToResolve' ? [name, 'timeToMitigate'] : [name]
      const stated: Stated = {seconds: amount.seconds, bound: 'about', from: ['started']}
      if (names.some((alternative) => agrees(stated, alternative, metrics))) continue
      const finding: Finding = {
        ruleId: 'stated-duration-disagrees',
        reason: `Unexpected \`${text.slice(amount.start, amount.nameEnd)}\` of ${formatDuration(amount.seconds)}, expected ${formatDuration(computed)} as the timeline gives${between(name, metrics)}`,
        line,
        column: amount.start + 1,
        endLine: line,
        endColumn: amount.end + 1
      }
      fields.push(finding)
      add(finding)
    }
  })
  for (const sentence of sentences) {
    for (const statement of durationStatements(sentence.text)) {
      const [name] = statement.names
      const computed = metrics.durations[name]
      if (computed === null) continue
      if (statement.names.some((alternative) => agrees(statement, alternative, metrics))) continue
      const place = sentence.span(statement.start, statement.end)
      // `Total outage of 2 hours` is a field and a sentence: said once.
      if (!place || fields.some((field) => overlaps(field, place))) continue
      const words = sentence.text.slice(statement.start, statement.end).replace(/\s+/g, ' ')
      add({
        ruleId: 'stated-duration-disagrees',
        reason: `Unexpected \`${words}\` as the ${durationLabels[name]}, expected ${formatDuration(computed)} as the timeline gives${between(name, metrics)}`,
        ...place
      })
    }
  }
}

/** Whether a stated duration is one the timeline gives, near enough (a tenth, or two minutes). */
type Stated = Pick<DurationStatement, 'seconds' | 'bound' | 'from'>

function agrees(stated: Stated, name: DurationName, metrics: Metrics): boolean {
  return stated.from.some((from) => {
    const range = measured(name, from, metrics)
    if (!range) return false
    const tolerance = Math.max(120, range.value * 0.1)
    // `more than 3 hours` is only too long when the timeline is shorter; `within 5 minutes`, the reverse.
    const low = stated.bound === 'over' || stated.seconds >= range.min - tolerance
    const high = stated.bound === 'under' || stated.seconds <= range.max + tolerance
    return low && high
  })
}

/** A duration from the start of impact, as measured; or from another milestone, to the same end. */
function measured(name: DurationName, from: MilestoneName, metrics: Metrics) {
  const [start, end] = spans[name]
  if (from === start) {
    const value = metrics.durations[name]
    if (value === null) return undefined
    return {value, ...(metrics.bounds[name] ?? {min: value, max: value})}
  }
  const first = metrics.milestones[from]
  const last = metrics.milestones[end]
  if (!first || !last) return undefined
  const value = (Date.parse(last.at) - Date.parse(first.at)) / 1000
  return value < 0 ? undefined : {value, min: value, max: value}
}

/** ` (`started` on line 23 to `detected` on line 24)`: where the timeline's duration runs. */
function between(name: DurationName, metrics: Metrics): string {
  const [fromName, toName] = spans[name]
  const from = metrics.milestones[fromName]
  const to = metrics.milestones[toName]
  return from && to
    ? ` (\`${fromName}\` on line ${from.evidence.line} to \`${toName}\` on line ${to.evidence.line})`
    : ''
}

function overlaps(a: Finding, b: Finding | {line: number; column: number; endColumn?: number}) {
  if (a.line !== b.line) return false
  const aEnd = a.endColumn ?? a.column + 1
  const bEnd = b.endColumn ?? b.column + 1
  return a.column < bEnd && b.column < aEnd
}
