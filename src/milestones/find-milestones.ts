/**
 * Find an incident's milestones: from the front matter `milestones:` map,
 * from markers written on entries (`[detected]`, a `Milestone` column), or
 * from the report's own words. Every milestone says where it came from
 * (`source`), what it came from (`evidence`) and how sure that is.
 */
import type {Incident, MeasureContext, Precision, TimelineEntry} from '../model.js'
import {resolveInstant} from '../time/resolve-instant.js'
import {byTime} from '../timeline/by-time.js'
import {mainTimeline} from '../timeline/main-timeline.js'
import type {PlacedProblem} from '../timeline/resolve-entries.js'
import {type Classification, classifyEntry} from './classify-entry.js'
import {change, type MilestoneName, milestoneNames, persistence} from './rules.js'

/** Where a milestone came from, most authoritative first. */
export type MilestoneSource = 'front-matter' | 'marker' | 'wording' | 'summary' | 'inferred'

/** One milestone of an incident. */
export interface Milestone {
  /** The instant in UTC. */
  at: string
  source: MilestoneSource
  /** What it was read from: the entry's text or the front matter key, with its place and the rule. */
  evidence: {text: string; line: number; column: number; rule: string}
  confidence: 'high' | 'medium' | 'low'
  /** The time was written as approximate, or with less than minute precision. */
  approximate: boolean
  precision: Precision | null
}

/** Every milestone by name; `null` when nothing in the report supports it. */
export type Milestones = Record<MilestoneName, Milestone | null>

const confidenceOfTier = {1: 'high', 2: 'medium', 3: 'low'} as const
const windowField = /\b(?:duration|impact|outage|downtime|window|disruption)\b/i

/**
 * The milestones of an incident, and problems found on the way (milestones
 * out of order).
 *
 * @example
 *   findMilestones(incident).milestones.resolved?.at // '2017-02-28T21:54:00Z'
 */
export function findMilestones(
  incident: Incident,
  context: MeasureContext = {}
): {
  milestones: Milestones
  problems: PlacedProblem[]
} {
  const milestones = Object.fromEntries(milestoneNames.map((name) => [name, null])) as Milestones
  const set = (name: MilestoneName, milestone: Milestone | undefined) => {
    if (milestone && !milestones[name]) milestones[name] = milestone
  }

  const zone = readingZone(incident, context)
  for (const name of milestoneNames) set(name, fromFrontMatter(incident, name, zone))
  const timed = byTime(mainTimeline(incident.timeline)).filter(
    (entry): entry is TimelineEntry & {at: string} => entry.at !== null
  )
  for (const name of milestoneNames) {
    const marked = timed.find((entry) => entry.markers.includes(name))
    if (marked) set(name, fromEntry(marked, 'marker', `marker [${name}]`, 'high'))
  }
  // The team's own words (configuration `milestonePhrases`): the earliest entry that says one.
  for (const [name, phrases = []] of Object.entries(incident.milestonePhrases ?? {})) {
    for (const entry of timed) {
      const text = entry.text.toLowerCase()
      const phrase = phrases.find((candidate) => text.includes(candidate.toLowerCase()))
      if (!phrase) continue
      set(name as MilestoneName, fromEntry(entry, 'wording', `phrase "${phrase}"`, 'medium'))
      break
    }
  }
  fromWording(incident, timed, milestones, set)
  return {milestones, problems: orderProblems(milestones)}
}

/**
 * The zone a time written without one is read in, as the timeline reads
 * its own: the report's `timezone`, else the zone its timeline was read in
 * (a statement such as `All times PDT`, the zone its timestamps show, the
 * caller's), else the caller's zone (`--timezone`), else none (UTC).
 */
export function readingZone(incident: Incident, context: MeasureContext): string | undefined {
  if (incident.timezone) return incident.timezone
  for (const entry of incident.timeline) {
    const time = entry.time
    if (time?.zone && time.zoneSource !== 'entry' && time.zoneSource !== 'assumed') return time.zone
  }
  return context.timezone
}

function fromFrontMatter(
  incident: Incident,
  name: MilestoneName,
  zone: string | undefined
): Milestone | undefined {
  const map = incident.metadata.milestones
  if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined
  const value = (map as Record<string, unknown>)[name]
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const options: {date?: string; zone?: string; timezone?: string} = {}
  if (incident.date) options.date = incident.date
  if (zone) options.zone = zone
  if (incident.timezone) options.timezone = incident.timezone
  const resolved = resolveInstant(value.trim(), options)
  if (!resolved?.time.at) return undefined
  const line = incident.fieldLines?.[`milestones.${name}`] ?? 1
  return {
    at: resolved.time.at,
    source: 'front-matter',
    evidence: {text: `milestones.${name}: ${value}`, line, column: 1, rule: 'front-matter'},
    confidence: 'high',
    approximate: resolved.time.approximate,
    precision: resolved.time.precision
  }
}

function fromEntry(
  entry: TimelineEntry & {at: string},
  source: MilestoneSource,
  rule: string,
  confidence: Milestone['confidence']
): Milestone {
  return {
    at: entry.at,
    source,
    evidence: {text: entry.text, line: entry.line, column: entry.column, rule},
    confidence,
    approximate: entry.time?.approximate ?? false,
    precision: entry.time?.precision ?? null
  }
}

type Timed = TimelineEntry & {at: string}

function fromWording(
  incident: Incident,
  timed: Timed[],
  milestones: Milestones,
  set: (name: MilestoneName, milestone: Milestone | undefined) => void
): void {
  const classified = timed.map((entry) => ({entry, found: classifyEntry(entry.text)}))
  const next = new Map(classified.map((item, index) => [item.entry, classified[index + 1]]))
  const undone = (entry: Timed) => heldNot(next.get(entry))
  const candidates = (name: MilestoneName, after?: string) => {
    const list: Array<{entry: Timed; item: Classification}> = []
    for (const {entry, found} of classified) {
      if (found.length === 0 || (after !== undefined && entry.at < after)) continue
      for (const item of found) if (item.milestone === name) list.push({entry, item})
    }
    return list
  }
  const best = (list: Array<{entry: Timed; item: Classification}>) => {
    const tier = Math.min(...list.map(({item}) => item.tier))
    return list.find(({item}) => item.tier === tier)
  }
  const take = (
    name: MilestoneName,
    choice: {entry: Timed; item: Classification} | undefined,
    source: MilestoneSource = 'wording'
  ) => {
    if (choice)
      set(
        name,
        fromEntry(choice.entry, source, choice.item.rule, confidenceOfTier[choice.item.tier])
      )
  }

  // Detection: the earliest sign that anyone knew.
  take('detected', candidates('detected')[0])
  const detectedAt = milestones.detected?.at

  // Impact: the strongest wording, then a stated impact window, then (low) the change that set it off.
  const started = candidates('started')
  if (started.length > 0) take('started', best(started))
  const window = impactWindow(incident)
  if (window?.start) set('started', window.start)

  take('acknowledged', candidates('acknowledged', detectedAt)[0])
  const diagnosed = candidates('diagnosed')
  if (diagnosed.length > 0) take('diagnosed', best(diagnosed))

  // Resolution: the first words of full recovery after the impact began.
  const begin = milestones.started?.at ?? detectedAt
  take('resolved', candidates('resolved', begin)[0])

  // Mitigation: an outcome (`mitigated`, `back online`), else the first remediation that held.
  const outcomes = candidates('mitigated', begin).filter(({item}) => item.tier === 1)
  if (outcomes.length > 0) take('mitigated', outcomes[0])
  else {
    const actions = candidates('mitigated', begin).filter(({entry}) => !undone(entry))
    if (actions.length > 0) take('mitigated', best(actions))
  }
  if (!milestones.mitigated && milestones.resolved) {
    const resolved = milestones.resolved
    set('mitigated', {
      ...resolved,
      source: 'inferred',
      evidence: {...resolved.evidence, rule: 'resolved-implies-mitigated'},
      confidence: 'medium'
    })
  }
  if (!milestones.resolved && window?.end) set('resolved', window.end)
  if (!milestones.resolved && milestones.mitigated?.source === 'wording') {
    // No words of full recovery: the last remediation the report records, after the first.
    const mitigatedAt = milestones.mitigated.at
    const later = candidates('mitigated', mitigatedAt).filter(
      ({entry}) => entry.at > mitigatedAt && !undone(entry)
    )
    const last = later.at(-1)
    if (last) set('resolved', fromEntry(last.entry, 'wording', 'last-remediation', 'low'))
  }

  // Without words of impact: the first change before anyone responded set it off (low confidence).
  if (!milestones.started || !milestones.triggered) {
    const responses = [milestones.detected, milestones.mitigated, milestones.resolved]
      .filter(
        (milestone): milestone is Milestone =>
          milestone !== null && milestone.source !== 'front-matter'
      )
      .map((milestone) => milestone.at)
      .sort()
    const firstResponse = responses[0]
    if (firstResponse) {
      const trigger = timed.find((entry) => entry.at < firstResponse && change.test(entry.text))
      if (trigger) {
        set('triggered', fromEntry(trigger, 'wording', 'change-before-response', 'low'))
        set('started', fromEntry(trigger, 'wording', 'change-before-response', 'low'))
      }
    }
  }
}

/** A remediation whose next entry says it did not hold (`Error rates remain elevated despite rollback`). */
function heldNot(next: {entry: Timed; found: Classification[]} | undefined): boolean {
  if (!next) return false
  if (next.found.some((item) => item.milestone === 'mitigated' && item.tier === 1)) return false
  return persistence.test(next.entry.text)
}

/** A stated impact window: `**Duration:** 21:45 to 23:28 UTC`, `Impact: 09:15-09:40 UTC`. */
export function impactWindow(incident: Incident): {start?: Milestone; end?: Milestone} | undefined {
  for (const [key, value] of Object.entries(incident.fields)) {
    if (!windowField.test(key)) continue
    const range = findRange(value, incident)
    if (!range?.time.at) continue
    const line = incident.fieldLines?.[key] ?? incident.place.line
    const evidence = (rule: string) => ({text: `${key}: ${value}`, line, column: 1, rule})
    const milestone = (at: string, rule: string): Milestone => ({
      at,
      source: 'summary',
      evidence: evidence(rule),
      confidence: 'high',
      approximate: range.time.approximate,
      precision: range.time.precision
    })
    const result: {start?: Milestone; end?: Milestone} = {
      start: milestone(range.time.at, 'impact-window-start')
    }
    if (range.time.end) result.end = milestone(range.time.end, 'impact-window-end')
    return result
  }
  return undefined
}

function findRange(value: string, incident: Incident) {
  const options: {date?: string; zone?: string} = {}
  if (incident.date) options.date = incident.date
  const zone = incident.timezone ?? incident.timeline.find((entry) => entry.time?.zone)?.time?.zone
  if (zone) options.zone = zone
  for (const text of [
    value,
    ...[...value.matchAll(/\(([^()]+)\)/g)].map((match) => match[1] as string)
  ]) {
    const resolved = resolveInstant(text, options)
    if (resolved?.time.range) return resolved
  }
  return undefined
}

/** `triggered` may come before or after impact begins; the others follow each other. */
const order = milestoneNames.filter((name) => name !== 'triggered')

/** Milestones out of order (detected before started, resolved before mitigated): a warning with both lines. */
function orderProblems(milestones: Milestones): PlacedProblem[] {
  const problems: PlacedProblem[] = []
  for (const [index, name] of order.entries()) {
    const later = milestones[name]
    if (!later) continue
    for (const earlierName of order.slice(0, index)) {
      const earlier = milestones[earlierName]
      if (!earlier || earlier.at <= later.at) continue
      problems.push({
        ruleId: 'milestone-order',
        severity: 'warning',
        reason: `Unexpected \`${name}\` (${later.at}, line ${later.evidence.line}) before \`${earlierName}\` (${earlier.at}, line ${earlier.evidence.line}), expected ${earlierName} first; durations between them are left unknown`,
        place: {line: later.evidence.line, column: later.evidence.column}
      })
    }
  }
  return problems
}
