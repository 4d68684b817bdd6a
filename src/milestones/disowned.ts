/**
 * Entries a report disowns in a sentence of its own, apart from them: `The
 * 09:12 firmware deploy and the 09:58 heartbeat alert in the log are
 * unrelated.` Such a sentence names what it sets aside by its clock, written
 * before a noun as a name (`the 09:58 alert`), and says it is outside the
 * incident (`unrelated`, `not related to`, `irrelevant`). An entry at that
 * clock, wherever it stands, that shares a word with the name is no
 * candidate for any milestone: a log's line of the firmware deploy, the
 * alert a bot posted.
 */
import type {Incident, TimelineEntry} from '../model.js'
import {mayBeOutside, outsideIncident} from './evidence.js'

/** Joined to a thing other than the incident: ` to the paging system`, not ` to this incident`. */
const joinedElsewhereSource =
  '\\s+(?:to|with)\\s+(?!(?:this|the|our)\\s+(?:incident|outage|issue|problem|event|failure)\\b)'

/**
 * Outside the incident, not merely apart from one cause: `are unrelated`, `not related to this
 * incident`, and not `unrelated to the deploy` (the spike was the incident, the deploy not its cause).
 */
const apartFromIncident = new RegExp(
  `\\b(?:unrelated|irrelevant|unconnected|related|connected|connection)\\b(?!${joinedElsewhereSource})`,
  'i'
)

/** `the 09:58 Hamburg-Nord heartbeat alert`: a clock written as a name's first word, and the name. */
const clockAsName =
  /\bthe\s+(\d{1,2})[:.h](\d{2})(?:\s*[ap]\.?m\.?)?\s+(?=((?:[\p{L}\d][\p{L}\d-]*\s+){0,4}[\p{L}\d][\p{L}\d-]*))/giu

/** Where a name ends: a joining word, a verb of being, a preposition. */
const nameEnd =
  /^(?:and|or|but|in|on|at|of|from|to|by|with|for|is|was|are|were|has|had|have|that|which|we|it|they)$/i

/** A sentence, cut where the next one starts. */
const sentenceBreak = /(?<=[.!?])\s+(?=[\p{Lu}\d*_`])/u

/**
 * The entries a sentence of the report sets aside by their clock and name.
 *
 * @example
 *   // `The 09:58 heartbeat alert is unrelated.` and an entry `[09:58] grafana: heartbeat lag > 5m`
 *   disownedEntries(incident).has(alertEntry) // true
 */
export function disownedEntries(incident: Incident): Set<TimelineEntry> {
  const disowned = underRowsAside(incident.timeline)
  const names: Array<{clock: string; words: string[]}> = []
  const read = new Set<string>()
  for (const section of incident.sections) {
    if (section.kind === 'action-items' || !mayBeOutside.test(section.text)) continue
    for (const sentence of section.text.split(sentenceBreak)) {
      if (read.has(sentence) || !mayBeOutside.test(sentence)) continue
      read.add(sentence)
      const named = [...sentence.matchAll(clockAsName)]
      if (named.length === 0 || !apartFromIncident.test(sentence) || !outsideIncident(sentence))
        continue
      for (const match of named) {
        const words: string[] = []
        for (const word of (match[3] as string).split(/\s+/)) {
          if (nameEnd.test(word)) break
          words.push(...wordsOf(word))
        }
        if (words.length > 0) names.push({clock: clockKey(match[1], match[2]), words})
      }
    }
  }
  if (names.length === 0) return disowned
  for (const entry of incident.timeline) {
    const written = entry.time?.text
    const clock = written && /(\d{1,2})[:.h](\d{2})/.exec(written)
    if (!clock) continue
    const key = clockKey(clock[1], clock[2])
    const own = new Set(wordsOf(entry.text))
    if (names.some((name) => name.clock === key && name.words.some((word) => own.has(word))))
      disowned.add(entry)
  }
  return disowned
}

/**
 * The times told in the words of a timeline's row that is outside the incident: `### 16:20 -
 * Unrelated alert`, then `the disk warning fired and auto-resolved at 16:31.` under it. A row is
 * outside when its own words say so, or a part of the words a later time took from it (`| 04:17 |
 * Disk alert on backup-02. Unrelated to the incident, Tom cleared it at 04:40. |`): then the row
 * goes too.
 */
function underRowsAside(timeline: readonly TimelineEntry[]): Set<TimelineEntry> {
  const aside = new Set<TimelineEntry>()
  const mentionsOf = new Map<TimelineEntry, TimelineEntry[]>()
  for (const [mention, row] of rowsOfMentions(timeline))
    mentionsOf.set(row, [...(mentionsOf.get(row) ?? []), mention])
  for (const [row, mentions] of mentionsOf) {
    // (A row whose own words are outside weighs nothing already; one a later time took them from
    // goes with its times.)
    const own = mayBeOutside.test(row.text) && outsideIncident(row.text)
    if (!own && !mentions.some((mention) => notedOutside(mention.text))) continue
    for (const mention of mentions) aside.add(mention)
    if (!own) aside.add(row)
  }
  return aside
}

/**
 * A part of a time's words, without a clock of its own, that puts what it is told of outside the
 * incident: `Unrelated to the incident` in `Unrelated to the incident, Tom cleared it at 04:40.`.
 */
function notedOutside(text: string): boolean {
  if (!mayBeOutside.test(text)) return false
  return text
    .split(/[.;,()]+/)
    .some(
      (part) =>
        !/\d[:.h]\d{2}/.test(part) &&
        mayBeOutside.test(part) &&
        !joinedElsewhere.test(part) &&
        outsideIncident(part)
    )
}

/** Joined to something else than the incident: `is not connected to the paging system`. */
const joinedElsewhere = new RegExp(
  `\\b(?:related|connected|connection)${joinedElsewhereSource}`,
  'i'
)

/**
 * The row of the timeline each time mentioned in its words stands in: the words under a heading
 * are its row's until the next heading; a list item's or a table row's, on its own line.
 *
 * @example
 *   // `### 18:15 - Looking at errors`, then `Marcus sees the rate started climbing at 17:14.`
 *   rowsOfMentions(incident.timeline).get(mentionAt1714) // the 18:15 heading's entry
 */
export function rowsOfMentions(
  timeline: readonly TimelineEntry[]
): Map<TimelineEntry, TimelineEntry> {
  const rows = new Map<TimelineEntry, TimelineEntry>()
  let row: TimelineEntry | undefined
  for (const entry of timeline) {
    if (entry.origin !== 'timeline') continue
    if (entry.kind !== 'prose') row = entry
    // (A day's heading, `### Tuesday, March 11`, is no row: what is told under it is the day's.)
    else if (
      row &&
      ((row.kind === 'heading' && row.time?.precision !== 'day') || row.line === entry.line)
    )
      rows.set(entry, row)
  }
  return rows
}

function clockKey(hour: string | undefined, minute: string | undefined): string {
  return `${Number(hour)}:${minute}`
}

/** The words of a text that can tell one thing from another: four letters or more, cut to five (`deployed`, `deploy`). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5))
}
