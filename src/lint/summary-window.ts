/**
 * The rule `summary-time-disagrees`: an impact window the report states,
 * as a field (`**Duration:** 21:45 to 23:28 UTC`) or in a sentence
 * (`Impact lasted from 10:26 to 11:21 UTC.`), whose start or end the
 * timeline's own milestones contradict.
 */
import {impactWindow, type Milestones} from '../milestones/find-milestones.js'
import type {Incident, Place, Precision} from '../model.js'
import type {AddFinding} from './finding.js'
import {type ProseWindow, proseWindows} from './prose-windows.js'

/** An instant the report states for the window, where it states it, and how. */
interface Stated {
  at: string
  /** The window as written, for the message. */
  text: string
  place: Place
  approximate: boolean
  precision: Precision | null
  /** The places of the entries that state it: a milestone read from them is not the timeline's. */
  own: Array<{line: number; column: number}>
}

/** How far apart the window and the timeline may be: five minutes, more for a time written loosely. */
function slackOf(stated: Stated): number {
  const loose = (stated.approximate ? 15 : 0) + (stated.precision === 'hour' ? 30 : 0)
  return (5 + loose) * 60_000
}

/**
 * A window's start against the timeline's started, its end against when
 * impact stopped (mitigated or resolved). The field and the sentences are
 * checked apart; the sentences together, as one window from the earliest
 * start to the latest end, since a report often gives parts of it
 * (`EU customers saw errors from 10:00 to 10:20`).
 *
 * @param lines the source's lines, for the place of a field
 */
export function summaryWindow(
  incident: Incident,
  milestones: Milestones,
  lines: string[],
  add: AddFinding
): void {
  const field = impactWindow(incident)
  const fieldLine = field?.start?.evidence.line
  if (field?.start) {
    const stated = (milestone: NonNullable<typeof field.start>): Stated => ({
      at: milestone.at,
      text: milestone.evidence.text,
      place: lineSpan(lines, milestone.evidence.line),
      approximate: milestone.approximate,
      precision: milestone.precision,
      own: []
    })
    check(stated(field.start), field.end && stated(field.end), milestones, add)
  }
  // A field's window is read from the field, not again from its line.
  const windows = proseWindows(incident).filter((window) => window.entry.line !== fieldLine)
  const first = [...windows].sort((a, b) => compare(a.start, b.start))[0]
  const last = windows
    .filter((window) => window.end !== null)
    .sort((a, b) => compare(b.end as string, a.end as string))[0]
  if (!first) return
  const stated = (window: ProseWindow, at: string): Stated => ({
    at,
    text: window.text,
    place: windowPlace(window, lines),
    approximate: window.approximate,
    precision: window.precision,
    own: [{line: window.entry.line, column: window.entry.column}]
  })
  check(stated(first, first.start), last && stated(last, last.end as string), milestones, add)
}

function check(
  start: Stated,
  end: Stated | undefined,
  milestones: Milestones,
  add: AddFinding
): void {
  // The window's end is when impact stopped: the timeline's mitigated or resolved may say so.
  const checks = [
    ['started', start, [milestones.started]],
    ['impact ending', end, [milestones.mitigated, milestones.resolved]]
  ] as const
  for (const [name, stated, candidates] of checks) {
    if (!stated) continue
    const timeline = candidates.filter(
      (candidate): candidate is NonNullable<typeof candidate> =>
        candidate !== null &&
        candidate.source !== 'summary' &&
        !stated.own.some(
          (own) => own.line === candidate.evidence.line && own.column === candidate.evidence.column
        )
    )
    if (timeline.length === 0) continue
    const distance = (at: string) => Math.abs(Date.parse(stated.at) - Date.parse(at))
    if (timeline.some((candidate) => distance(candidate.at) <= slackOf(stated))) continue
    const nearest = [...timeline].sort(
      (a, b) => distance(a.at) - distance(b.at)
    )[0] as (typeof timeline)[number]
    add({
      ruleId: 'summary-time-disagrees',
      reason: `Unexpected \`${stated.text}\`: the timeline has ${name} at ${clock(nearest.at)} UTC (line ${nearest.evidence.line}), not ${clock(stated.at)} UTC; expected the summary and the timeline to agree`,
      ...stated.place
    })
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function clock(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`
}

/** A whole line, from its first character that is not a space to its end. */
function lineSpan(lines: string[], line: number): Place {
  const text = lines[line - 1] ?? ''
  const column = text.length - text.trimStart().length + 1
  const endColumn = text.trimEnd().length + 1
  return endColumn > column ? {line, column, endLine: line, endColumn} : {line, column: 1}
}

/** The window's times as written in its sentence, or where they start when they cannot be found. */
function windowPlace(window: ProseWindow, lines: string[]): Place {
  const {entry} = window
  const place: Place = {line: entry.line, column: entry.column}
  const written = entry.time?.text ?? ''
  const text = lines[entry.line - 1] ?? ''
  // The time as the parser read it, at its place or just after a word it took with it (`between`).
  const index = written ? text.indexOf(written, entry.column - 1) : -1
  if (index !== -1 && index - (entry.column - 1) <= 12) {
    place.endLine = entry.line
    place.endColumn = index + 1 + written.length
  }
  return place
}
