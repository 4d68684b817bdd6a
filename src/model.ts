/**
 * The incident model: what aftermath reads out of a postmortem.
 *
 * Every instant is an ISO-8601 string in UTC with second precision
 * (`2017-02-28T17:37:00Z`), or `null` when the report does not say.
 * Positions are 1-based lines and columns into the source Markdown.
 */

/** The milestones of an incident, in the order it passes through them. */
export const milestoneNames = [
  'triggered',
  'started',
  'detected',
  'acknowledged',
  'diagnosed',
  'mitigated',
  'resolved'
] as const

export type MilestoneName = (typeof milestoneNames)[number]

/** The durations measured from the start of impact. */
export const durationNames = [
  'timeToDetect',
  'timeToAcknowledge',
  'timeToDiagnose',
  'timeToMitigate',
  'timeToResolve'
] as const
export type DurationName = (typeof durationNames)[number]

/** Back-to-back phases that add up to the whole outage. */
export const phaseNames = ['detection', 'diagnosis', 'recovery'] as const
export type PhaseName = (typeof phaseNames)[number]

/** From which milestone to which each duration and phase runs. */
export const spans: Readonly<Record<DurationName | PhaseName, [MilestoneName, MilestoneName]>> = {
  timeToDetect: ['started', 'detected'],
  timeToAcknowledge: ['started', 'acknowledged'],
  timeToDiagnose: ['started', 'diagnosed'],
  timeToMitigate: ['started', 'mitigated'],
  timeToResolve: ['started', 'resolved'],
  detection: ['started', 'detected'],
  diagnosis: ['detected', 'diagnosed'],
  recovery: ['diagnosed', 'resolved']
}

/** A place in the source Markdown (1-based, as in unist). */
export interface Place {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/**
 * A problem found while reading or measuring a report, with its place:
 * ready to become a vfile message.
 */
export interface PlacedProblem {
  ruleId: string
  reason: string
  severity: 'warning' | 'info'
  place: Place
}

/** How finely a written time pins its instant. */
export type Precision = 'second' | 'minute' | 'hour' | 'day'

/** Where the zone of a time came from, most specific first. */
export type ZoneSource =
  | 'entry' // written next to the time itself (`9:37 AM PST`)
  | 'section' // a heading or table header (`## Timeline (times in BST)`)
  | 'report' // a statement in the report (`All times in UTC.`)
  | 'front-matter' // `timezone:` in the front matter
  | 'carried' // written on an earlier entry of the same timeline
  | 'option' // the caller's `timezone` option (`--timezone`)
  | 'evidence' // nothing said, but the report's own timestamps (links, logs, times in UTC) show it
  | 'assumed' // nothing said: UTC assumed, with a warning

/** Where the calendar date of a time came from. */
export type DateSource =
  | 'entry' // written with the time
  | 'heading' // a day heading, bold date or bare date line above
  | 'previous' // the entry before it
  | 'rollover' // the entry before it, plus a day: the clock went past midnight
  | 'relative' // a day named relative to another (`the next morning`, `this evening`)
  | 'timeline' // a sentence naming a timeline entry's clock time again: that entry's day
  | 'sentence' // a date written earlier in the same paragraph or list
  | 'report' // the report's own date (front matter, title, file name, first dated sentence)
  | 'none'

/** A time as written in a report, resolved to UTC. */
export interface ResolvedTime {
  /** The instant in UTC, or `null` when the time is unknown (`--:--`). */
  at: string | null
  /** For a range (`09:00 - 11:00`), its end; `null` when the end is unknown (`12:26-12:??`). */
  end?: string | null
  /** The time exactly as written (`9:37 AM PST`, `~10:45`, `[03-26 23:04]`). */
  text: string
  /** The zone as written or taken from context (`PST`, `UTC`, `America/Denver`), `null` when none. */
  zone: string | null
  /** Offset from UTC in minutes that was applied, when known. */
  offset: number | null
  zoneSource: ZoneSource
  dateSource: DateSource
  precision: Precision | null
  /** Written as approximate (`~10:45`, `around 5 p.m.`, `23:00-ish`) or with unknown digits. */
  approximate: boolean
  /** Written as a range of two times. */
  range: boolean
}

/**
 * Where an entry stands in the report: in its timeline, in its front matter,
 * or in the prose of a section of another kind (a summary's `Between 14:05
 * and 15:40 UTC checkout failed`), named by that kind.
 */
export type EntryOrigin =
  | 'timeline'
  | 'front-matter'
  | 'summary'
  | 'impact'
  | 'detection'
  | 'root-cause'
  | 'contributing-factors'
  | 'trigger'
  | 'resolution'
  | 'prose'

/** One event of a timeline. */
export interface TimelineEntry {
  /** The instant in UTC (copied from `time.at` for convenience), or `null`. */
  at: string | null
  /** The text of the entry without its time: the item, row or line it leads, or the clause of a sentence that mentions it. */
  text: string
  /** The time as written and how it was resolved; absent when the entry has no time at all. */
  time?: ResolvedTime
  /**
   * How the entry was written: an item, row, heading or line that a time
   * leads (or a label such as `First detected` heads), or `prose`, a time
   * mentioned inside a sentence.
   */
  kind: 'list' | 'table' | 'heading' | 'paragraph' | 'prose' | 'field'
  /** Where it stands: the timeline, the front matter, or the prose of a section of another kind. */
  origin: EntryOrigin
  /**
   * How sure the instant is: `high` when the zone and the day are written
   * on the entry or stated by the report, `medium` when either was settled
   * from the report's evidence (its timestamps, its other dates) or a
   * written zone was read as the clock of the day, `low` when either was
   * assumed (UTC with nothing said, a day order or day nothing decides).
   */
  confidence: 'high' | 'medium' | 'low'
  /** Milestone markers written on the entry (`[detected]`), lowercased, without brackets. */
  markers: string[]
  /** For table rows: every cell by its column header. */
  cells?: Record<string, string>
  /** Phrases of its text the author set in bold or italics (`Customer impact starts.`): notes of theirs. */
  emphasis?: string[]
  /** Index in written order within its incident. */
  index: number
  line: number
  column: number
  place: Place
}

/** What a section is about, recognised from its heading. */
export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'detection'
  | 'root-cause'
  | 'contributing-factors'
  | 'trigger'
  | 'resolution'
  | 'action-items'
  | 'lessons-learned'
  | 'cascade'
  | 'appendix'
  | 'other'

/** A part of the report under one heading (or under a bold label paragraph). */
export interface Section {
  kind: SectionKind
  /** The heading text as written. */
  title: string
  /** Heading depth (1 to 6); a bold label paragraph counts one deeper than its section (7 under a `######`). */
  depth: number
  /** Plain text of the section's content, headings of subsections included. */
  text: string
  place: Place
}

/** A follow-up written as a list item under an action-items section. */
export interface ActionItem {
  text: string
  /** `true` for `[x]`, `false` for `[ ]`, `null` for a plain list item. */
  done: boolean | null
  owner?: string
  /** Due date as `YYYY-MM-DD`. */
  due?: string
  line: number
  column: number
}

/** When a component's impact began and ended, as the report writes it. */
export interface ImpactWindow {
  /** Start of the impact in UTC, `null` when not written (`until 10:30 AM PST`). */
  start: string | null
  /** End of the impact in UTC, `null` when not written or unknown. */
  end: string | null
  /** The window as written. */
  text: string
  approximate: boolean
}

/** A service, subsystem or other part that failed or was affected. */
export interface CascadeComponent {
  name: string
  impact: ImpactWindow | null
  /** Where it was declared: front matter `components`, a cascade table, an edge, or (inferred) a timeline entry or front matter `services`. */
  declared: 'front-matter' | 'table' | 'edge' | 'timeline' | 'services'
  /** Marked in the report as what customers use (`[customer-facing]`, a table column, `customerFacing: true`). */
  customerFacing?: boolean
  place: Place
}

/** Failure spreading from one component to one that depends on it. */
export interface CascadeEdge {
  from: string
  to: string
  label?: string
  /** `false` when the report states the edge; `true` when aftermath inferred it. */
  inferred: boolean
  /** Why an inferred edge was drawn, in words. */
  reason?: string
  place: Place
}

/** How a failure spread, as stated in the report or inferred from it. */
export interface Cascade {
  /** `section`: a cascade section; `front-matter`: `components` with dependencies; `inferred`: guessed from the timeline. */
  source: 'section' | 'front-matter' | 'inferred'
  /** In the order they were declared or first named. */
  components: CascadeComponent[]
  /** Valid edges only (no cycles, only declared components), in written order. */
  edges: CascadeEdge[]
}

/**
 * What measuring an incident needs besides the incident: what the caller
 * knows about the report's setting.
 */
export interface MeasureContext {
  /**
   * The zone the caller reads reports in (`--timezone`, `timezone` in the
   * configuration): times that the front matter writes without a zone
   * (`milestones: {started: '14:00'}`) are read as its timeline reads
   * its own: in the report's `timezone`, else in the zone the report
   * states or shows, else in this one.
   */
  timezone?: string
}

/** One incident read from a report. Most files hold one; some hold several. */
export interface Incident {
  /** The report's path, as given to the parser. */
  file?: string
  title: string
  /** The incident's day, `YYYY-MM-DD`, when known. */
  date?: string
  /** The report's IANA time zone (front matter `timezone`), when given. */
  timezone?: string
  severity?: string
  services: string[]
  tags: string[]
  authors: string[]
  /** Every front matter key, as written. */
  metadata: Record<string, unknown>
  /** `Key: value` lines (`Created By:`, `**Duration:** ...`) read from the report's header and sections. */
  fields: Record<string, string>
  /** The line of each field, and of front matter keys (`title`, `milestones.detected`). */
  fieldLines: Record<string, number>
  sections: Section[]
  /** Entries in written order. */
  timeline: TimelineEntry[]
  actionItems: ActionItem[]
  /** The cascade the report states (a cascade section or front matter `components`); absent when it states none. */
  cascade?: Cascade
  /** The team's own words for milestones (configuration `milestonePhrases`), when given to the parser. */
  milestonePhrases?: Partial<Record<MilestoneName, string[]>>
  place: Place
}
