/**
 * Impact windows a report states in its prose: `Impact lasted from 10:26 to
 * 11:21 UTC.`, `Customers could not log in from 9:02 until 9:47 UTC.`,
 * `Between 14:05 and 15:40 UTC checkout failed.` Read from the times the
 * parser found in sentences outside the timeline (`origin`), not from the
 * text again.
 */
import type {Incident, Precision, TimelineEntry} from '../model.js'

/** A window of impact written in a sentence. */
export interface ProseWindow {
  /** Its clause, times included, as a message quotes it. */
  text: string
  /** When impact began, in UTC. */
  start: string
  /** When it ended, in UTC; `null` when written as unknown (`10:02-10:??`). */
  end: string | null
  /** The entry that states it: a range of times (`time.range`). */
  entry: TimelineEntry
  approximate: boolean
  precision: Precision | null
}

/**
 * Words that say a clause is about impact: what failed, who was affected.
 * A window in a summary or an impact section needs none of them, unless it
 * is about the team's own work.
 */
const impactWords =
  /\b(?:impact(?:s|ed|ing)?|outages?|downtime|disrupt(?:ed|ions?)|degrad(?:ed|ation)|unavailab(?:le|ility)|unreachable|errors?|erroring|fail(?:s|ed|ing|ures?)?(?!\s+over)|affected|could\s*n[o’']t|cannot|unable|latency|timeouts?|timed\s+out|slow(?:ness|downs?)?|(?:was|were|went|been)\s+(?:\w+\s+)?(?:down|offline))\b/i
const windowOrigins = new Set(['summary', 'impact'])
/**
 * Words of the team's own work (`We rolled back between 10:15 and 10:21`,
 * `The backfill ran from 12:00 to 13:00`): a range of them, even in a
 * summary, is not the window of impact.
 */
const ownWork =
  /\b(?:we|the\s+team|engineers?|on-?call|responders?|ran|deployed|deploy(?:ment)?|roll(?:ed)?\s*back|rollback|migrat(?:ed|ion)|backfill(?:ed)?|maintenance)\b/i

/**
 * The impact windows written in an incident's prose, in written order.
 *
 * @example
 *   proseWindows(incident)
 *   // [{text: 'Impact lasted from 10:26 to 11:21 UTC', start: '2026-03-09T10:26:00Z', end: '2026-03-09T11:21:00Z', ...}]
 */
export function proseWindows(incident: Incident): ProseWindow[] {
  const windows: ProseWindow[] = []
  for (const entry of incident.timeline) {
    const time = entry.time
    if (entry.origin === 'timeline' || entry.origin === 'front-matter') continue
    if (!time?.range || time.end === undefined || entry.at === null) continue
    const about = impactWords.test(entry.text)
    if (!about && !(windowOrigins.has(entry.origin) && !ownWork.test(entry.text))) continue
    windows.push({
      text: quote(entry),
      start: entry.at,
      end: time.end,
      entry,
      approximate: time.approximate,
      precision: time.precision
    })
  }
  return windows
}

/** An entry's clause with its time: the parser takes a leading time out of the clause. */
function quote(entry: TimelineEntry): string {
  const time = entry.time?.text ?? ''
  const text = entry.text.replace(/[\s.,;]+$/, '')
  return text.includes(time) ? text : `${time} ${text}`.trim()
}
