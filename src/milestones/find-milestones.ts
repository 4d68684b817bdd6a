/**
 * Find an incident's milestones: from the front matter `milestones:` map,
 * from markers written on entries (`[detected]`, a `Milestone` column), from
 * the team's own phrases (configuration), and from the report's words: every
 * timed entry and every time the report mentions is a candidate, scored for
 * each milestone by what its words say (`evidence.ts`), and the set of
 * milestones with the highest score that keeps an incident's order is
 * chosen at once (`pick-milestones.ts`). Every milestone says where it came
 * from (`source`), what it came from (`evidence`) and how sure that is; the
 * explanation says why, and what came second.
 */
import {
  type DurationName,
  type EntryOrigin,
  type Incident,
  type MeasureContext,
  type MilestoneName,
  milestoneNames,
  type Precision,
  spans,
  type TimelineEntry
} from '../model.js'
import {durationFields, durationStatements} from '../time/duration-statements.js'
import {resolveInstant} from '../time/resolve-instant.js'
import {mainTimeline} from '../timeline/main-timeline.js'
import type {PlacedProblem} from '../timeline/resolve-entries.js'
import {disownedEntries, rowsOfMentions} from './disowned.js'
import {
  type Feature,
  heardOf,
  namesMilestone,
  outsideIncident,
  type ScoredMilestone,
  scoredMilestones,
  scoresOf,
  speakerOf,
  weighEntry,
  workStops
} from './evidence.js'
import {type Language, languageOf} from './glosses.js'
import {irregularVerbs} from './lexicon.js'
import {
  type Candidate,
  type Choice,
  type Picked,
  pickMilestones,
  type Spacing,
  threshold
} from './pick-milestones.js'
import {is, readClauses} from './words.js'

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

/** A candidate as the explanation shows it. */
export interface ExplainedCandidate {
  at: string
  text: string
  line: number
  column: number
  origin: EntryOrigin | 'stated window'
  /** What its words score for the milestone. */
  score: number
  /** With the weight of where it stands in time. */
  total: number
  features: Feature[]
}

/** Why a milestone is what it is. */
export interface MilestoneExplanation {
  milestone: MilestoneName
  /** Where the chosen value came from; `null` when none was found. */
  source: MilestoneSource | null
  chosen: ExplainedCandidate | null
  /** The best candidate not chosen, when there was one. */
  runnerUp: ExplainedCandidate | null
  /** Why: `front matter`, `marker [detected]`, `highest score in order`, `no candidate scored 2 or more`. */
  reason: string
}

/** What `findMilestones` finds. */
export interface FoundMilestones {
  milestones: Milestones
  problems: PlacedProblem[]
  /** Why each milestone is what it is: only when asked (`{explain: true}`), empty otherwise. */
  explanations: MilestoneExplanation[]
}

const windowField = /\b(?:duration|impact|outage|downtime|window|disruption)\b/i

/**
 * The milestones of an incident, the problems found on the way (milestones
 * out of order), and, with `{explain: true}`, why each was chosen.
 *
 * @example
 *   findMilestones(incident).milestones.resolved?.at // '2017-02-28T21:54:00Z'
 *   findMilestones(incident, {}, {explain: true}).explanations[5]?.runnerUp
 */
export function findMilestones(
  incident: Incident,
  context: MeasureContext = {},
  options: {explain?: boolean} = {}
): FoundMilestones {
  const milestones = Object.fromEntries(milestoneNames.map((name) => [name, null])) as Milestones
  const reasons = new Map<MilestoneName, string>()
  const set = (name: MilestoneName, milestone: Milestone | undefined, reason: string) => {
    if (!milestone || milestones[name]) return
    milestones[name] = milestone
    reasons.set(name, reason)
  }

  const zone = readingZone(incident, context)
  for (const name of milestoneNames)
    set(name, fromFrontMatter(incident, name, zone), `front matter \`milestones.${name}\``)
  // `The 09:58 heartbeat alert in the log is unrelated.`: what the report sets aside by its clock
  // is no milestone, nor the change that set one off.
  const disowned = disownedEntries(incident)
  // Each instant parsed once, not twice per comparison.
  const timed = incident.timeline
    .filter(
      (entry): entry is Timed =>
        entry.at !== null && (entry.markers.length > 0 || !disowned.has(entry))
    )
    .map((entry) => ({entry, time: Date.parse(entry.at)}))
    .sort((a, b) => a.time - b.time || a.entry.index - b.entry.index)
    .map(({entry}) => entry)
  for (const name of milestoneNames) {
    const marked = timed.find((entry) => entry.markers.includes(name))
    if (marked)
      set(name, fromEntry(marked, 'marker', `marker [${name}]`, 'high'), `marker [${name}]`)
  }
  // The team's own words (configuration `milestonePhrases`): the earliest entry that says one.
  for (const [name, phrases = []] of Object.entries(incident.milestonePhrases ?? {})) {
    for (const entry of timed) {
      const text = entry.text.toLowerCase()
      const phrase = phrases.find((candidate) => text.includes(candidate.toLowerCase()))
      if (!phrase) continue
      set(
        name as MilestoneName,
        fromEntry(entry, 'wording', `phrase "${phrase}"`, 'medium'),
        `configured phrase "${phrase}"`
      )
      break
    }
  }

  const {list: candidates, goingOn} = candidatesOf(incident, timed)
  const fixed: Partial<Record<ScoredMilestone, number>> = {}
  for (const name of scoredMilestones) {
    const known = milestones[name]
    if (known) fixed[name] = Date.parse(known.at)
  }
  const spacings = spacingsOf(incident)
  const picked = pickMilestones(
    candidates.map((item) => item.candidate),
    fixed,
    spacings
  )
  const bySource = new Map(candidates.map((item) => [item.candidate.key, item]))
  // (A recovery the team closes the incident after stays the mitigation: no remedy before it.)
  const closed = closedAfter(candidates, picked)
  const remedy = closed ? null : remedyBefore(candidates, picked, fixed, goingOn)
  const chosenByScore = new Set<MilestoneName>()
  if (remedy) {
    picked.runnerUp.mitigated = picked.chosen.mitigated
    picked.chosen.mitigated = remedy
  }
  if (closed) {
    picked.runnerUp.resolved = picked.chosen.resolved
    picked.chosen.resolved = closed
  }
  for (const name of scoredMilestones) {
    const choice = picked.chosen[name]
    const item = choice && bySource.get(choice.candidate.key)
    const reason =
      name === 'mitigated' && remedy
        ? 'the last remediation before the recovery that closed the incident'
        : name === 'resolved' && closed
          ? 'the incident closed after the recovery, nothing between saying the trouble went on'
          : 'highest score in order'
    if (item && choice && !milestones[name]) {
      set(name, fromChoice(item, choice, name), reason)
      chosenByScore.add(name)
    }
  }

  // Impact stopped no later than full recovery.
  const resolved = milestones.resolved
  if (!milestones.mitigated && resolved)
    set(
      'mitigated',
      {
        ...resolved,
        source: 'inferred',
        evidence: {...resolved.evidence, rule: 'resolved-implies-mitigated'},
        confidence: resolved.confidence === 'high' ? 'medium' : resolved.confidence
      },
      'no mitigation found: impact stopped by the resolution at the latest'
    )
  lastRemediation(candidates, milestones, set)
  const putBack = partPutBack(timed, milestones)
  if (putBack) {
    milestones.resolved = fromEntry(putBack, 'wording', 'part-put-back', 'medium')
    reasons.set('resolved', 'the part a remedy took out of service was put back')
    chosenByScore.delete('resolved')
  }
  onsetFromDuration(spacings, milestones, set)
  milestonesFromDurations(spacings, milestones, set)
  triggerOf(timed, milestones, set)

  const problems = orderProblems(milestones)
  if (!options.explain) return {milestones, problems, explanations: []}
  const explain = (choice: Choice | null, name: ScoredMilestone): ExplainedCandidate | null => {
    const item = choice && bySource.get(choice.candidate.key)
    return item && choice ? explained(item, choice, name) : null
  }
  const explanations = milestoneNames.map((name): MilestoneExplanation => {
    const milestone = milestones[name]
    if (name === 'triggered')
      return {
        milestone: name,
        source: milestone?.source ?? null,
        chosen: null,
        runnerUp: null,
        reason: reasons.get(name) ?? 'no change before the first response'
      }
    const chosen = picked.chosen[name]
    const chosenHere = milestone && chosenByScore.has(name)
    return {
      milestone: name,
      source: milestone?.source ?? null,
      chosen: chosenHere ? explain(chosen, name) : null,
      runnerUp: explain(
        chosenHere ? picked.runnerUp[name] : (picked.runnerUp[name] ?? chosen),
        name
      ),
      reason: reasons.get(name) ?? `no candidate scored ${threshold} or more in order`
    }
  })
  return {milestones, problems, explanations}
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

/** A candidate and what it came from. */
interface Sourced {
  candidate: Candidate
  text: string
  line: number
  column: number
  origin: EntryOrigin | 'stated window'
  entry?: Timed
  /** The instant is the end of the entry's range. */
  end: boolean
  approximate: boolean
  precision: Precision | null
}

/**
 * Every instant the report gives, as candidates: each timed entry (the end
 * of a range too, when its words state an impact window), and a stated
 * impact window of the summary's fields. A time mentioned outside the
 * timeline more than a day before it begins or a month after it ends is
 * background (`the bug shipped in 2019`), not this incident's course.
 */
/**
 * The candidates of an incident's entries, and the instants of entries that say only that the
 * trouble goes on (`Still failing.`), which are no candidates.
 */
function candidatesOf(incident: Incident, timed: Timed[]): {list: Sourced[]; goingOn: number[]} {
  const main = new Set(mainTimeline(incident.timeline))
  const span = spanOf(timed.filter((entry) => main.has(entry) && entry.origin !== 'front-matter'))
  const list: Sourced[] = []
  // Scores and places are filled in once every instant is known.
  const draft = (
    base: Omit<Sourced, 'candidate' | 'end'>,
    end: boolean,
    at: string,
    time: number,
    features: Feature[],
    key: string
  ): Sourced => ({
    ...base,
    end,
    candidate: {at, time, scores: noScores, features, position: 0, key}
  })
  const silent: number[] = []
  const goingOn: number[] = []
  // Several times in one sentence share its words: each text is weighed once.
  const weights = new Map<string, ReturnType<typeof weighEntry>>()
  const spoken = chatLike(timed)
  // (`Reversão aplicada nos quatro nós`: a row too short to tell its language is in the report's.)
  const language = reportLanguage(incident)
  const weighed = timed.map((entry) => {
    const text = textOf(entry)
    const note = noteCell(entry)
    const emphasis = note ? [...(entry.emphasis ?? []), note] : (entry.emphasis ?? [])
    const key = `${entry.origin}\u0000${text}\u0000${emphasis.join('\u0000')}`
    let weight = weights.get(key)
    if (!weight) {
      weight = weighEntry(
        text,
        entry.origin,
        spoken && entry.origin === 'timeline',
        emphasis,
        language
      )
      weights.set(key, weight)
    }
    return {entry, ...weight}
  })
  // One instant told twice (timeline and resolution section): if either says the trouble goes on, it was not over.
  // (`Errors continued until 10:40` says the opposite: it ended then.)
  const unfinished = new Set(
    weighed.filter((item) => item.persists && !endsAt(item.entry)).map((item) => item.entry.at)
  )
  // `500s are back`, `the problem came back`: a recovery the trouble returns after, within the day, did not hold.
  const relapses = weighed
    .filter((item) => item.relapse && main.has(item.entry))
    .map((item) => Date.parse(item.entry.at))
  // Lines whose clock dates a day (`Reported: Tuesday 17 June 2025, by email ... at 08:51`): the
  // day alone on the same line is that clock's, no instant of its own.
  const clockedLines = new Set(
    timed
      .filter((entry) => entry.time?.precision !== 'day')
      .map((entry) => `${entry.line}:${dayStart(Date.parse(entry.at))}`)
  )
  // (`### 18:15 - Looking at errors`, then `Marcus notices the 5xx rate started climbing at
  // 17:14`: a time a row's words look back to is what was found then; the finding, the seeing,
  // the taking on are the row's.)
  const rows = rowsOfMentions(incident.timeline)
  const lookingBack = (entry: Timed) => {
    const at = rows.get(entry)?.at
    return typeof at === 'string' && Date.parse(at) - Date.parse(entry.at) > lookBack
  }
  // The last day a clock dates: a day alone after it tells what came after the story (a fee
  // waived up to 20 June, a record closed on 3 April), weighed down the more.
  const lastClockDay = timed.reduce(
    (last, entry) =>
      entry.time?.precision === 'day' ? last : Math.max(last, dayStart(Date.parse(entry.at))),
    Number.NEGATIVE_INFINITY
  )
  for (const [index, {entry, features, opensPersisting}] of weighed.entries()) {
    if (entry.markers.length > 0 && entry.origin === 'front-matter') continue
    const time = Date.parse(entry.at)
    if (entry.time?.precision === 'day' && clockedLines.has(`${entry.line}:${dayStart(time)}`))
      continue
    const relapsed = relapses.some((at) => at > time && at - time <= day)
    if (span && !main.has(entry) && (time < span.from - day || time > span.to + 30 * day)) continue
    // An action the next entry says did not hold (`Error rates remain elevated despite rollback`,
    // `The downgraded plugin reports NoSuchMethodError`): the failure went on.
    const next = weighed[index + 1]
    // (`remained down until 17h58`, told of the same instant: it ended then.)
    const failing =
      next !== undefined &&
      !endsAt(next.entry) &&
      (next.persists ||
        (next.features.some(
          (feature) => feature.milestone === 'started' || feature.name.startsWith('failure')
        ) &&
          !next.features.some(
            (feature) => feature.milestone === 'mitigated' || feature.milestone === 'resolved'
          )))
    // (`Still failing. The rollback restored a revoked cert.`: the entry says so itself.)
    const failingStill = opensPersisting === true && !endsAt(entry)
    const held = (
      (failing && next && main.has(next.entry)) || failingStill
        ? features.filter((feature) => !remediates(feature))
        : features
    ).filter(
      (feature) =>
        !(feature.milestone === 'resolved' && unfinished.has(entry.at)) &&
        !(relapsed && (feature.milestone === 'mitigated' || feature.milestone === 'resolved')) &&
        !(heardOf.has(feature.milestone) && lookingBack(entry))
    )
    const base = {
      text: entry.text,
      line: entry.line,
      column: entry.column,
      origin: entry.origin,
      entry,
      approximate: entry.time?.approximate ?? false,
      precision: entry.time?.precision ?? null
    }
    // `From 02:00 to 12:00 the logs showed ...`: what a span of work found is known by its end.
    const end = entry.time?.end
    const spanned = end !== undefined && entry.time?.range === true
    // (`17 min until someone acked (04:14 → 04:31)`: what came at the end of the wait, at its end.)
    // (`Time to acknowledge (page → ack): 7 min (22:27 → 22:34)`: a span named as the time to a
    // milestone runs up to it.)
    const timeToIt = timeTo.test(entry.text)
    // (`| Detection gap | 07:52 | 08:09 |`, `| Mitigation | 08:41 | 08:54 |` in a table of phases:
    // a phase reaches what it is named for at its end; the work it opens, taking the page, is at
    // its start.)
    const phase = entry.cells
      ? cellUnder(entry.cells, phaseHeaders, (words) => words <= 4)
      : undefined
    const found = spanned
      ? held.filter(
          (feature) =>
            feature.milestone === 'diagnosed' ||
            toldAfterUntil(entry.text, feature) ||
            (timeToIt && feature.milestone !== 'started') ||
            (phase !== undefined &&
              feature.milestone !== 'started' &&
              feature.milestone !== 'acknowledged')
        )
      : []
    const ending = endsAt(entry)
    const window = spanned ? windowFeatures(entry) : undefined
    const own = [
      ...held.filter(
        (feature) => !found.includes(feature) && !(feature.milestone === 'started' && ending)
      ),
      ...(window?.start ?? [])
    ]
    // An entry that says nothing of any milestone is no candidate; its instant still counts for places in time.
    if (failingStill) goingOn.push(time)
    if (own.length === 0) silent.push(time)
    else {
      // A time that gives only its day (`On 30 November, we got a warning`) yields to one on that day with a clock.
      if (entry.time?.precision === 'day') {
        own.push(...background(own, 'day only'))
        if (Number.isFinite(lastClockDay) && dayStart(time) > lastClockDay + day)
          own.push(...background(own, 'a day after the story', -1.5))
      }
      if (!main.has(entry)) own.push(...outside(entry, own))
      list.push(draft(base, false, entry.at, time, own, `${entry.index}`))
    }
    if (end && spanned) {
      const closing = [...(window?.end ?? []), ...found]
      if (closing.length > 0)
        list.push(draft(base, true, end, Date.parse(end), closing, `${entry.index}:end`))
    }
  }
  const window = impactWindow(incident)
  if (window?.start) {
    const {start, end} = window
    const stated = (milestone: Milestone, features: Feature[], key: string) =>
      list.push(
        draft(
          {
            text: milestone.evidence.text,
            line: milestone.evidence.line,
            column: milestone.evidence.column,
            origin: 'stated window',
            approximate: milestone.approximate,
            precision: milestone.precision
          },
          key === 'window:end',
          milestone.at,
          Date.parse(milestone.at),
          features,
          key
        )
      )
    stated(
      start,
      [{milestone: 'started', name: 'stated impact window', weight: 5, words: []}],
      'window:start'
    )
    // The window's end is the impact's end: the mitigation; the resolution only when no closing
    // or full recovery told later weighs more (`Window: 1:52 PM – 2:41 PM`, then `Resolved by Dana`).
    if (end)
      stated(
        end,
        [
          {milestone: 'mitigated', name: 'stated impact window', weight: 4.5, words: []},
          {milestone: 'resolved', name: 'stated impact window', weight: 3.75, words: []}
        ],
        'window:end'
      )
  }
  const times = [...new Set([...silent, ...list.map((item) => item.candidate.time)])].sort(
    (a, b) => a - b
  )
  const rank = new Map(
    times.map((time, index) => [time, times.length > 1 ? index / (times.length - 1) : 0])
  )
  // `First customer ticket forwarded`: the first of its kind. After an alert or someone noticing,
  // it is not the first sign that anyone knew, and `first` adds nothing to it.
  /** The earliest instant in the main timeline with a feature that says so, strongly. */
  const earliest = (says: (feature: Feature) => boolean): number | undefined => {
    const times = list
      .filter(
        (item) =>
          item.entry !== undefined && main.has(item.entry) && item.candidate.features.some(says)
      )
      .map((item) => item.candidate.time)
    return times.length > 0 ? Math.min(...times) : undefined
  }
  const firstSign = earliest(
    (feature) => feature.milestone === 'detected' && feature.weight >= 3 && feature.name !== 'first'
  )
  // `16/06 14:30 CR-22904 deployed ... a syntax error` two weeks before the first alert: harm told
  // days before anyone knew is the background of what came, unless its words are strong.
  const long = firstSign === undefined ? undefined : firstSign - day
  // `Redis memory alert fired on Saturday at 21:14` half a day before the queue lost its jobs: a
  // warning of what was to come, not the sign that anyone knew of the harm.
  const firstOnset = earliest((feature) => feature.milestone === 'started' && feature.weight >= 3)
  for (const {candidate} of list) {
    if (
      firstOnset !== undefined &&
      candidate.time < firstOnset - day / 2 &&
      candidate.features.some((feature) => feature.milestone === 'detected')
    )
      candidate.features = [
        ...candidate.features,
        {milestone: 'detected', name: 'background', weight: -1, words: ['long before the harm']}
      ]
    if (
      long !== undefined &&
      candidate.time < long &&
      candidate.features.some((feature) => feature.milestone === 'started')
    )
      candidate.features = [
        ...candidate.features,
        {milestone: 'started', name: 'background', weight: -1, words: ['days before anyone knew']}
      ]
    if (firstSign !== undefined && candidate.time > firstSign)
      candidate.features = candidate.features.filter(
        (feature) => !(feature.milestone === 'detected' && feature.name === 'first')
      )
    candidate.scores = scoresOf(candidate.features)
    candidate.position = rank.get(candidate.time) ?? 0
  }
  return {list, goingOn}
}

/** The scores of a draft candidate, before `candidatesOf` weighs its features. */
const noScores: Readonly<Record<ScoredMilestone, number>> = Object.freeze(
  Object.fromEntries(scoredMilestones.map((name) => [name, 0])) as Record<ScoredMilestone, number>
)

const day = 24 * 60 * 60 * 1000

/** How far before its row a time in the row's words must be to be looked back to. */
const lookBack = 10 * 60 * 1000

/**
 * A time mentioned in the sections that tell the background (root cause,
 * contributing factors) weighs less than one in the course of the incident.
 * Times in the summary, impact, detection or resolution sections weigh as
 * much as the timeline's: they are often the only place a time is given.
 */
function outside(entry: Timed, features: readonly Feature[]): Feature[] {
  if (entry.origin !== 'root-cause' && entry.origin !== 'contributing-factors') return []
  return background(features, entry.origin)
}

/** The instant a UTC day begins, of an instant in it. */
const dayStart = (time: number): number => time - (((time % day) + day) % day)

/** One point less for each milestone `features` support, for the reason `why`. */
function background(features: readonly Feature[], why: string, weight = -1): Feature[] {
  const supported = new Set(
    features.filter((feature) => feature.weight > 0).map((feature) => feature.milestone)
  )
  return [...supported].map((milestone) => ({
    milestone,
    name: 'background',
    weight,
    words: [why]
  }))
}

/** Words of the team's work: a span of them is the work's, not the impact's. */
const workClasses = [
  'investigate',
  'act',
  'fix',
  'ship',
  'respond',
  'find',
  'learn',
  'verify',
  'report',
  'notify'
] as const

/** Mitigation features that an action's failure to hold takes back. */
const undoneNames = new Set(['action', 'fix shipped', 'change shipped'])

/**
 * Whether a report's timeline is a chat: most of its entries open with one
 * word and a colon that names who spoke (`maria.k:`, `PagerDuty:`), two or
 * more of them, none a status or a milestone (`Resolved:`, `Update:`).
 */
export function chatLike(timed: readonly TimelineEntry[]): boolean {
  const lines = timed.filter((entry) => entry.origin === 'timeline')
  if (lines.length < 4) return false
  const speakers = new Set<string>()
  let said = 0
  for (const entry of lines) {
    const speaker = speakerOf(entry.text)
    if (!speaker || statusWords.test(speaker)) continue
    speakers.add(speaker.toLowerCase())
    said++
  }
  return speakers.size >= 2 && said >= lines.length * 0.6
}

const statusWords =
  /^(?:update[ds]?|investigating|identified|monitoring|resolved|mitigated|detected|acknowledged|diagnosed|started|triggered|fixed|closed|note|status|impact|cause|action|decision|summary|step\s?\d*)$/i

/**
 * The language a report is written in, told by the function words of its sections (the first
 * 4,000 characters are plenty): a whole report in Portuguese is Portuguese, though a row of it
 * has none of them.
 */
function reportLanguage(incident: Incident): Language | undefined {
  let text = incident.title
  for (const section of incident.sections) {
    if (text.length > reportSample) break
    text += `\n${section.text}`
  }
  return languageOf(text.slice(0, reportSample))
}

/** How much of a report tells its language. */
const reportSample = 4000

/** A feature's name without what the author's setting added (`closed, as a label` → `closed`). */
const plainName = (feature: Feature) => feature.name.replace(/, as a (?:label|note)$/, '')

/** A mitigation feature that tells a remediation (an action, a fix), as a label or a note too. */
function remediates(feature: Feature): boolean {
  return feature.milestone === 'mitigated' && undoneNames.has(plainName(feature))
}

/** The words of an entry to weigh: a front matter key read as words (`resolvedWhen` → `resolved When`). */
function textOf(entry: Timed): string {
  if (entry.kind === 'prose' && entry.time) {
    const clause = ownClause(entry.text, entry.time.text)
    // `records changed after the 17:20 UTC snapshot were lost`: the time names the snapshot, and
    // what the sentence tells happened at no time it gives.
    if (attributive(clause, entry.time.text)) return ''
    return datedNoun(clause, entry.time.text)
  }
  const label = entry.cells && labelCell(entry.cells, entry.text)
  const impact = entry.cells && impactCell(entry.cells)
  const who = entry.cells && whoCell(entry.cells)
  // (`| 04:17 | Alert "reporting-db disk > 85%" | Unrelated. Auto-resolved 04:40. |`: a note on
  // the row that puts it outside the incident.)
  const notes = entry.cells && cellUnder(entry.cells, notesHeaders, () => true)
  const aside =
    (notes && outsideIncident(notes) ? notes : undefined) ??
    (entry.cells && rowAside(entry.cells, entry.text))
  const told = [impact, aside ?? noteCell(entry)].filter(
    (part): part is string => part !== undefined
  )
  const text =
    told.length > 0 ? `${entry.text.replace(/[.;:,\s]*$/, '')}. ${told.join(' ')}` : entry.text
  if (label) return `${label}: ${text}`
  // `| 21:52 | PagerDuty | ... pages primary on-call |`: who acted, as a log line names them first.
  if (who) return `${who}: ${text}`
  if (entry.origin !== 'front-matter') return text
  return entry.text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ')
}

/**
 * A sentence of a row's words, cut from the entry's text, that puts the row outside the incident:
 * `| 03:12 | Backup job alert. Rerun, finished at 04:05. **Not related** to this incident. |`,
 * whose last sentence went with the later time's and speaks of the whole row.
 */
function rowAside(cells: Record<string, string>, text: string): string | undefined {
  const head = text.slice(0, 24)
  const cell =
    head.length > 0 ? Object.values(cells).find((value) => value.includes(head)) : undefined
  if (!cell || cell.length > 600) return undefined
  return cell
    .split(/(?<=[.!?])\s+/)
    .find(
      (sentence) =>
        !text.includes(sentence) && !/\d[:.h]\d{2}/.test(sentence) && outsideIncident(sentence)
    )
}

/** A time written inside a noun phrase (`the 17:20 UTC snapshot`, `a 09:00 deploy`): it names a thing. */
function attributive(clause: string, time: string): boolean {
  const at = clause.indexOf(time)
  if (at <= 0) return false
  const before = /\b(?:the|a|an|our|their|its|this|that)\s+$/i.test(clause.slice(0, at))
  const after =
    /^\s*(?:(?:UTC|GMT|[A-Z]{2,4}T)\s+)?(snapshot|backup|deploy|deployment|release|build|dump|copy|image|export|run|job|cron|window|maintenance|alert|alarm|page|e-?mail|message|notification|call|ticket|post)\b/i
  if (before && after.test(clause.slice(at + time.length))) return true
  // `between the last backup (22:00, Saturday 15 June) and encryption`, `a snapshot taken at 17:20`:
  // the time a copy of the data holds, not when anything happened to the service.
  return copyBefore.test(clause.slice(0, at))
}

/** A copy of data, then the time it was taken: `backup (`, `snapshot from `, `dump taken at `. */
const copyBefore =
  /\b(?:snapshot|backup|dump|copy|image|export|checkpoint)s?\s*(?:\(\s*|,\s*|(?:of|from)\s+|(?:taken|made)\s+(?:at|on)\s+)$/i

/**
 * A time that dates a noun which goes on to act (`nina spots the deploy at
 * 09:58 turned on tracing`): the words from that noun on tell the event at
 * the time; who spotted it, and when, is the entry's own.
 */
function datedNoun(clause: string, time: string): string {
  const at = clause.indexOf(time)
  if (at <= 0) return clause
  // `Yilmaz finds TRANSIT-A-OUT changed at 06:02 by the sync job`: the time dates what was found
  // done; the finding is the entry's own, at its own time.
  const found = foundDone.exec(clause.slice(0, at))
  if (found) return clause.slice(found.index + (found[1] as string).length).trim()
  const noun = nounBeforeTime.exec(clause.slice(0, at))
  if (!noun || noun.index === 0) return clause
  const next = /^\s*(?:that\s+|which\s+)?([a-z]+)/i.exec(clause.slice(at + time.length))?.[1]
  if (!next || !(next.toLowerCase().endsWith('ed') || pastForms.has(next.toLowerCase())))
    return clause
  return clause.slice(noun.index)
}

/** A verb of finding, then what was found and a past participle just before the time (`... changed at`). */
const foundDone =
  /\b((?:finds|found|sees|saw|notices|noticed|spots|spotted|confirms|confirmed|shows|showed|discovers|discovered)\s+(?:that\s+)?)(?:[^\s,;]+\s+){1,8}?[a-z]+ed\s+(?:at|around)\s+(?:about\s+|around\s+|~\s*)?$/i

const nounBeforeTime =
  /\b(?:the|a|an|our|their|its|this|that)\s+(?:[\w.-]+\s+){1,3}(?:at|around|from)\s+(?:about\s+|around\s+|approximately\s+|~\s*)?$/i

/** Irregular past tenses: `broke`, `took`, `went`. */
const pastForms = new Set(Object.values(irregularVerbs).flatMap(([past]) => (past ? [past] : [])))

/** The first cell under a header the pattern names whose words, counted, fit: its value, trimmed. */
function cellUnder(
  cells: Record<string, string>,
  headers: RegExp,
  fits: (words: number) => boolean
): string | undefined {
  for (const [header, value] of Object.entries(cells)) {
    const said = value.trim()
    if (headers.test(header.trim()) && said && fits(said.split(/\s+/).length)) return said
  }
  return undefined
}

/**
 * A table's column that labels each row (`Status`, `Phase`: `Detected`,
 * `Identified`, `Mitigated`): read as the label before the row's words.
 */
const labelCell = (cells: Record<string, string>, text: string) =>
  cellUnder(cells, labelHeaders, (words) => words <= 3) ??
  // (`| Event | Message |`: `Acknowledged`, `Recovered` beside the message, when the message is
  // the row's words.)
  eventLabel(
    cellUnder(cells, /^event$/i, (words) => words <= 2),
    text
  )

const eventLabel = (label: string | undefined, text: string) =>
  label && label !== text.trim() ? label : undefined

const labelHeaders = /^(?:status|phase|stage|state|step|type|event type|kind|category)$/i

/**
 * A table's column of who acted (`Who`, `Actor`, `By`: `PagerDuty`, `Priya R.`; not `Source`,
 * where it was read): the subject of the row's words, which often leave it out (`Acks page.`).
 */
const whoCell = (cells: Record<string, string>) =>
  cellUnder(cells, whoHeaders, (words) => words <= 4)

const whoHeaders = /^(?:who|by|actor|raised by|reported by|done by|from)$/i

/**
 * What a row's impact column says (`| Impact |`: `Writes start failing`), as
 * more of the row's words; a word or two (`None`, `Ongoing`) tells nothing new.
 */
const impactCell = (cells: Record<string, string>) =>
  cellUnder(cells, impactHeaders, (words) => words >= 3)

/** A column that names each row's phase: `Phase`, `Stage`. */
const phaseHeaders = /^(?:phase|stage)$/i

/** A column of notes on each row: `Notes`, `Comments`, `Remarks`. */
const notesHeaders = /^(?:notes?|comments?|remarks?)$/i

/**
 * A row's note that names a milestone on its own (`| Mira confirms the certificate expired |
 * Root cause identified. |`): the author's note on the row, as one set in bold is.
 */
function noteCell(entry: Timed): string | undefined {
  const note = entry.cells && cellUnder(entry.cells, notesHeaders, (words) => words <= 6)
  if (!note) return undefined
  // (Weighed once per note: the row's words are read several times, each asking for it.)
  let names = notesNaming.get(note)
  if (names === undefined) {
    names = namesMilestone(note)
    if (notesNaming.size > 1000) notesNaming.clear()
    notesNaming.set(note, names)
  }
  return names ? note : undefined
}

/** Whether a note names a milestone, by its text: a report's table repeats its notes. */
const notesNaming = new Map<string, boolean>()

const impactHeaders = /^(?:(?:customer|user|service|business)\s+)?(?:impact|effect)s?$/i

/** A time of day in a clause: `14:05`, `2pm`, `9 a.m.`. */
const clockLike = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b/i

/**
 * A time a sentence gives as the end of what it tells (`Until 11:37 the
 * dashboard could not be updated`, `by 10:30 most hosts were back`): no
 * onset, whatever its words of failure.
 */
function endsAt(entry: Timed): boolean {
  if (entry.kind !== 'prose' || !entry.time) return false
  const at = entry.text.indexOf(entry.time.text)
  return at > 0 && untilBefore.test(entry.text.slice(Math.max(0, at - 40), at))
}

const untilBefore = /\b(?:until|till|through|by)\s+(?:about\s+|around\s+|approximately\s+|~\s*)?$/i

/**
 * The clauses of a sentence that tell the event at its time: `Paging began
 * at once, and the public notice followed at 06:31` weighs `the public
 * notice followed at 06:31` for 06:31. Clauses joined by `; `, `, and`,
 * `, but` or `, while` before the time tell events of their own; those
 * after it go on with its event until one gives a time of its own.
 */
export function ownClause(sentence: string, time: string): string {
  const at = sentence.indexOf(time)
  if (at === -1) return sentence
  const joints = [...sentence.matchAll(/; |, (?:and|but|while|whereas) (?!so |neither |nor )/g)]
  let from = 0
  let before = 0
  let to = sentence.length
  for (const [order, joint] of joints.entries()) {
    const index = joint.index ?? 0
    if (index + joint[0].length <= at) {
      before = from
      from = index + joint[0].length
    } else if (index >= at + time.length) {
      // A clause after the time goes on with its event, unless it gives a time of its own.
      const next = joints[order + 1]?.index ?? sentence.length
      if (clockLike.test(sentence.slice(index, next))) {
        to = index
        break
      }
    }
  }
  // (`I assigned it to myself; the helpdesk says that was 08:52`: a clause that only says when
  // the one before it happened is that one's time.)
  if (whenOfBefore.test(sentence.slice(from, at))) from = before
  return sentence.slice(from, to)
}

/** Words before a time that say it is when the clause before happened: `the log says that was `. */
const whenOfBefore =
  /^(?:[\w' -]{0,40}?\b(?:says?|said|shows?|showed|records?|recorded|puts?)\s+)?(?:that|this|which|it)\s+(?:was|is|happened)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|exactly\s+)?$/i

/**
 * Whether a feature's words all stand after `until` in a span's words (`waited until someone
 * acked`): what ended the span, not what began it.
 */
/** A span named as the time to something: `Time to acknowledge`, `Mean time to detect`, `TTR`. */
const timeTo = /^\W*(?:(?:mean\s+)?time\s+(?:to|until)\s+\w|mtt[adrm]\b|tt[adrm]\b)/i

function toldAfterUntil(text: string, feature: Feature): boolean {
  const lower = text.toLowerCase()
  const until = lower.search(/\b(?:until|till)\b/)
  return (
    until !== -1 &&
    feature.milestone !== 'started' &&
    feature.words.length > 0 &&
    feature.words.every((word) => lower.indexOf(word.toLowerCase(), until) !== -1) &&
    feature.words.every((word) => !lower.slice(0, until).includes(word.toLowerCase()))
  )
}

/** The first and last instant of the timeline, in milliseconds. */
function spanOf(entries: Timed[]): {from: number; to: number} | undefined {
  if (entries.length === 0) return undefined
  const times = entries.map((entry) => Date.parse(entry.at))
  return {from: Math.min(...times), to: Math.max(...times)}
}

/** What a loss of data is counted in: a window of it, its records. */
const dataNouns = new Set([
  'window',
  'data',
  'records',
  'rows',
  'writes',
  'changes',
  'commits',
  'messages',
  'events',
  'comments',
  'projects',
  'accounts',
  'files',
  'uploads'
])

/**
 * A range whose words state an impact (`Between 14:05 and 15:40 UTC
 * checkout failed`, `Impact: 09:15-09:40`): its start is the onset, its end
 * the recovery.
 */
/** Words just before a span that make it the harm's peak: `At the worst moment (around `, `peaking `. */
const peakBefore = /\b(?:worst|peak|peaked|peaking|height|highest)\b[^.;:\d]{0,24}$/i

function windowFeatures(entry: Timed): {start: Feature[]; end: Feature[]} {
  if (!entry.time?.range || !entry.time.end) return {start: [], end: []}
  // (`FAILED – no X-band lock; S-band lock 07:47:30Z–07:49:02Z only`: the span's own clause says
  // what it was.)
  // (`the 7:00–9:00 p.m. exam, finished before the outage`: what a clause opening on `before` tells
  // came after the span, and is not its harm.)
  const words = readClauses(ownClause(entry.text, entry.time.text)).flatMap((clause) =>
    clause.later ? [] : clause.words.filter((word) => !word.absorbed)
  )
  // (`the lost window as 17:20 to 00:00`, `records written between 17:20 and 23:30 were lost`: when
  // the lost data was written, not when the harm was done.)
  // (`Exposure window for users on 1.6.x: ...`: a vulnerability's harm is the exposure.)
  const harm = words.filter(
    (word, index) =>
      (is(word, 'failure') ||
        // (`Webhook deliveries essentially stopped from 13:31 to 14:31`.)
        workStops(words, index) ||
        is(word, 'outage') ||
        is(word, 'attack') ||
        /^(?:exposure|exposed)$/.test(word.text)) &&
      // (`Routine batch window. No issues.`, `nothing was visibly wrong between ...`)
      !words.slice(Math.max(0, index - 3), index).some((other) => is(other, 'negation')) &&
      word.text !== 'data-loss' &&
      !(
        /^(?:lost|lose|loss)$/.test(word.text) &&
        words.slice(Math.max(0, index - 3), index + 3).some((other) => dataNouns.has(other.text))
      )
  )
  // A span of the team's work (`investigate Erigon issues, 22:57 - 04:56`) is no impact window.
  const work = words.some(
    (word, index) => !workStops(words, index) && workClasses.some((name) => is(word, name))
  )
  // (`scheduled departures 1145Z–1345Z`, `planned for 02:00-04:00`: a timetable's span, no impact's.)
  const planned = words.some((word) => /^(?:scheduled|planned|timetabled)$/.test(word.text))
  // (`At the worst moment (around 10:15–10:25), errors reached 38%`: the harm at its peak, a part of
  // its window.)
  const at = entry.text.indexOf(entry.time.text)
  const peak = at > 0 && peakBefore.test(entry.text.slice(Math.max(0, at - 40), at))
  // (`Log backups had failed for ~9 hrs (18:00 to 02:47), so log space was never reused`, under
  // `Why it happened`: in a section on the cause, a span of something failing is the cause's; only
  // the outage named, `the outage lasted from ...`, is the harm's.)
  const causeSpan =
    (entry.origin === 'root-cause' || entry.origin === 'contributing-factors') &&
    !harm.some((word) => is(word, 'outage'))
  if (harm.length === 0 || work || planned || peak || causeSpan) return {start: [], end: []}
  const shown = harm.map((word) => word.text)
  return {
    start: [{milestone: 'started', name: 'impact window', weight: 3.5, words: shown}],
    end: [
      {milestone: 'mitigated', name: 'impact window', weight: 3, words: shown},
      {milestone: 'resolved', name: 'impact window', weight: 3.5, words: shown}
    ]
  }
}

function fromChoice(item: Sourced, choice: Choice, name: ScoredMilestone): Milestone {
  const score = choice.candidate.scores[name]
  const strength: Milestone['confidence'] = score >= 4 ? 'high' : score >= 3 ? 'medium' : 'low'
  const timeConfidence = item.entry?.confidence ?? 'high'
  const rank = {high: 2, medium: 1, low: 0} as const
  const confidence = rank[timeConfidence] < rank[strength] ? timeConfidence : strength
  const top = strongest(choice.candidate.features, name)
  return {
    at: choice.candidate.at,
    source: item.origin === 'stated window' ? 'summary' : 'wording',
    evidence: {
      text: item.text,
      line: item.line,
      column: item.column,
      rule: top ? ruleOf(top.name) : 'score'
    },
    confidence,
    approximate: item.approximate,
    precision: item.precision
  }
}

/** The feature that gave a milestone its score. */
function strongest(features: readonly Feature[], name: ScoredMilestone): Feature | undefined {
  let best: Feature | undefined
  for (const feature of features) {
    if (feature.milestone !== name || feature.weight <= 0) continue
    if (!best || feature.weight > best.weight) best = feature
  }
  return best
}

/** A feature's name as a rule id: `cause found, as a label` → `cause-found`. */
function ruleOf(name: string): string {
  return (name.split(',')[0] ?? name)
    .replace(/[^a-z]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
}

function explained(item: Sourced, choice: Choice, name: ScoredMilestone): ExplainedCandidate {
  return {
    at: choice.candidate.at,
    text: item.text,
    line: item.line,
    column: item.column,
    origin: item.origin,
    score: choice.candidate.scores[name],
    total: Math.round(choice.total * 100) / 100,
    features: choice.candidate.features.filter((feature) => feature.milestone === name)
  }
}

/**
 * With no words of full recovery, the last remediation the report records
 * after the first: the work was done by then (low confidence).
 */
function lastRemediation(
  candidates: readonly Sourced[],
  milestones: Milestones,
  set: (name: MilestoneName, milestone: Milestone | undefined, reason: string) => void
): void {
  const mitigated = milestones.mitigated
  if (milestones.resolved || !mitigated || mitigated.source !== 'wording') return
  const after = Date.parse(mitigated.at)
  const later = candidates.filter(
    (item) =>
      item.entry &&
      item.candidate.time > after &&
      item.candidate.features.some((feature) => remediates(feature))
  )
  const last = later.at(-1)
  if (last?.entry)
    set(
      'resolved',
      fromEntry(last.entry, 'wording', 'last-remediation', 'low'),
      'no words of full recovery: the last remediation after the first'
    )
}

/**
 * A remedy that took a part out of service (`ran the global WAF kill`,
 * `disabled the image cache`) leaves the service short of it: the incident
 * ends when that part is put back (`the WAF is switched back on`,
 * `re-enabled the cache`), later than the impact stopped. The part is the
 * same when the two clauses share a word that is no class of the lexicon
 * (`WAF`, `cache`). A resolution the words chose earlier gives way to it;
 * a later one, a marker or the front matter's does not.
 */
function partPutBack(timed: readonly Timed[], milestones: Milestones): Timed | undefined {
  const {mitigated, resolved, started} = milestones
  if (!mitigated || (resolved && resolved.source !== 'wording')) return undefined
  const stopped = Date.parse(mitigated.at)
  // The remedy that stopped the impact, not one tried before it that did not (`a temporary block
  // on the key` forty minutes before the revert that worked).
  const from = Math.max(
    started ? Date.parse(started.at) : Number.NEGATIVE_INFINITY,
    stopped - remedyReach
  )
  const takenOut = new Set<string>()
  for (const entry of timed) {
    const time = Date.parse(entry.at)
    if (time >= from && time <= stopped)
      for (const part of partsIn(textOf(entry), 'takeOut')) takenOut.add(part)
  }
  if (takenOut.size === 0) return undefined
  const back = timed
    .filter((entry) => {
      if (Date.parse(entry.at) <= stopped) return false
      const text = textOf(entry)
      if (!partsIn(text, 'putBack').some((part) => takenOut.has(part))) return false
      // Put back, and the trouble with it (`re-enabled; errors return`): not the end.
      return !weighEntry(text, entry.origin).features.some(
        (feature) => feature.milestone === 'started' || feature.name.startsWith('failure')
      )
    })
    .at(-1)
  if (!back || (resolved && Date.parse(resolved.at) >= Date.parse(back.at))) return undefined
  // (`After 30 min of stable monitoring, incident resolved and INC0193374 closed`, then the batch
  // suspended before it `resumed` that evening: the author's own declaration stands.)
  const declared =
    resolved &&
    timed.some(
      (entry) =>
        entry.at === resolved.at &&
        weighEntry(textOf(entry), entry.origin).features.some(
          (feature) =>
            feature.milestone === 'resolved' && feature.name === 'closed' && feature.weight >= 4
        )
    )
  return declared ? undefined : back
}

/** How long before the mitigation a remedy that took a part out may stand: 15 minutes. */
const remedyReach = 15 * 60_000

/** Function words and the like, never the name of a part. */
const notParts = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'its',
  'their',
  'our',
  'all',
  'into'
])

/**
 * The parts a text says were taken out of service or put back (`kind`):
 * the stems of the words without a class in each clause that says so, not
 * those planned or denied (`will re-enable the WAF`, `did not disable it`).
 */
function partsIn(text: string, kind: 'takeOut' | 'putBack'): string[] {
  const parts: string[] = []
  for (const clause of readClauses(text)) {
    const words = clause.words
    if (!words.some((word) => is(word, kind))) continue
    if (words.some((word) => is(word, 'plan') || is(word, 'negation'))) continue
    for (const word of words)
      if (
        word.classes.length === 0 &&
        !word.absorbed &&
        word.text.length > 2 &&
        !word.text.endsWith('ly') &&
        !notParts.has(word.text) &&
        /^[a-z]/.test(word.text)
      )
        parts.push(word.stem)
  }
  return parts
}

/**
 * The durations a report states, in its fields (`Time to detect: 8
 * minutes`) and its prose (`we were down for about three hours`), as
 * spacings between the milestones they run between: a set of milestones
 * that agrees with them scores more. A stated duration's first reading
 * weighs 2, another it may mean (`down for` may end at mitigation) 1.
 */
export function spacingsOf(incident: Incident): Spacing[] {
  const spacings = new Map<string, Spacing>()
  const add = (
    name: DurationName,
    from: MilestoneName | undefined,
    seconds: number,
    weight: number,
    said: NonNullable<Spacing['said']>
  ) => {
    const [start, end] = spans[name]
    const first = from ?? start
    if (!isScored(first) || !isScored(end) || seconds <= 0) return
    const key = `${first}:${end}:${seconds}`
    const known = spacings.get(key)
    if (known && known.weight >= weight) return
    spacings.set(key, {
      from: first,
      to: end,
      seconds,
      tolerance: Math.max(120, seconds * 0.1),
      weight,
      said
    })
  }
  for (const [key, value] of Object.entries(incident.fields))
    for (const field of durationFields(`${key}: ${value}`))
      add(field.name, undefined, field.seconds, 2, {
        text: `${key}: ${value}`,
        line: incident.fieldLines?.[key] ?? incident.place.line,
        column: 1
      })
  // A section's text holds its subsections': each sentence is read once, where it first stands.
  const read = new Set<string>()
  for (const section of incident.sections) {
    if (section.kind === 'timeline' || section.kind === 'action-items') continue
    // Only sentences with a unit of time can state a duration.
    if (!durationUnit.test(section.text)) continue
    for (const sentence of section.text.split(/(?<=[.!?])\s+/)) {
      if (!durationUnit.test(sentence) || read.has(sentence)) continue
      read.add(sentence)
      for (const statement of durationStatements(sentence)) {
        if (statement.bound !== 'about') continue
        for (const [index, name] of statement.names.entries())
          add(name, statement.from[0], statement.seconds, index === 0 ? 2 : 1, {
            text: sentence.slice(statement.start, statement.end),
            line: section.place.line,
            column: section.place.column
          })
      }
    }
  }
  // `booking failed for about 50 minutes, and tracking went stale for about 1h45m`: the outage
  // lasted as long as its longest part; a shorter span to the end is a part of it.
  const all = [...spacings.values()]
  return all.filter(
    (spacing) =>
      spacing.to !== 'resolved' ||
      !all.some(
        (other) =>
          other.to === 'resolved' && other.from === spacing.from && other.seconds > spacing.seconds
      )
  )
}

const durationUnit = /\d\s*[hms]\b|\b(?:sec|min|hour|hr|day)/i

function isScored(name: MilestoneName): name is ScoredMilestone {
  return (scoredMilestones as readonly string[]).includes(name)
}

/**
 * When the entry that tells the recovery also closes the incident (`Errors
 * back to normal; incident resolved`), impact stopped with the last
 * remediation before it (`Rolled back to build 4511`), if that came after
 * the first sign of trouble: the recovery is then what confirmed it. Not
 * when the entry chosen names a remediation itself (`Repaired`), nor when
 * the team closes the incident after the recovery (`closedAfter`): that
 * recovery stays the mitigation.
 */
function remedyBefore(
  candidates: readonly Sourced[],
  picked: Picked,
  fixed: Partial<Record<ScoredMilestone, number>>,
  /** Instants whose entries say the trouble goes on. */
  goingOn: readonly number[]
): Choice | null {
  const {mitigated, resolved, started, detected} = picked.chosen
  if (!mitigated || fixed.mitigated !== undefined) return null
  const closing = resolved?.candidate.time ?? fixed.resolved
  if (closing === undefined || mitigated.candidate.time !== closing) return null
  // `Repaired` beside `Resolved`: the entry chosen names a remediation itself, and stays.
  if (mitigated.candidate.features.some((feature) => remediates(feature))) return null
  const from = Math.max(
    started?.candidate.time ?? fixed.started ?? Number.NEGATIVE_INFINITY,
    detected?.candidate.time ?? fixed.detected ?? Number.NEGATIVE_INFINITY
  )
  const remedies = candidates.filter(
    ({candidate}) =>
      candidate.time > from &&
      candidate.time < closing &&
      candidate.scores.mitigated >= threshold &&
      candidate.features.some((feature) => remediates(feature))
  )
  const last = remedies.reduce<Sourced | undefined>(
    (latest, item) => (latest && latest.candidate.time > item.candidate.time ? latest : item),
    undefined
  )
  // Only if nothing between says the trouble went on.
  const between = (time: number) =>
    last !== undefined && time > last.candidate.time && time < closing
  const troubled =
    goingOn.some(between) ||
    candidates.some(
      ({candidate}) =>
        between(candidate.time) &&
        candidate.features.some(
          (feature) => feature.milestone === 'started' || feature.name.startsWith('failure')
        )
    )
  return last && !troubled
    ? {candidate: last.candidate, total: last.candidate.scores.mitigated, position: 0}
    : null
}

/** Names of the features that say the incident (its record) was closed. */
const closingNames = new Set(['closed', 'closed: announced', 'closed: outage over'])

/**
 * Full resolution is the incident closed, when the team closes it after the
 * recovery chosen (`11:12 queue is empty again` ... `11:30 closing this
 * out`): the recovery stays the mitigation, and the close, weighed less than
 * the recovery's words alone (it is paperwork as often as news), becomes the
 * resolution. Not when the recovery chosen closes the incident itself, nor
 * when anything between the two says the trouble went on or came back.
 */
function closedAfter(candidates: readonly Sourced[], picked: Picked): Choice | null {
  const recovery = picked.chosen.resolved
  if (!recovery) return null
  // (`The dashboard marks the end of the incident` closes it; `Customer impact ends` tells the harm over.)
  const closes = (candidate: Candidate) =>
    candidate.features.some(
      (feature) =>
        feature.milestone === 'resolved' &&
        // (`| Resolved | 15:10 |`: a closing as a label or a note closes it too.)
        closingNames.has(plainName(feature)) &&
        (feature.name !== 'closed: outage over' ||
          feature.words.some((word) => /^incidents?$|^events?$/i.test(word)))
    )
  if (closes(recovery.candidate)) return null
  // (The harm told going on or back; `confirms there are no missing payments` is no trouble.)
  const troubled = (candidate: Candidate) =>
    candidate.features.some((feature) => feature.milestone === 'started')
  const after = candidates
    .map(({candidate}) => candidate)
    .filter((candidate) => candidate.time > recovery.candidate.time)
    .sort((a, b) => a.time - b.time)
  for (const candidate of after) {
    if (troubled(candidate)) return null
    if (candidate.scores.resolved >= threshold && closes(candidate))
      return {candidate, total: candidate.scores.resolved, position: 0}
  }
  return null
}

/**
 * With no onset in the words, a duration the report states from the start
 * of impact to a milestone it gives (`checkout was down for 47 minutes`,
 * `Time to resolve: 2h`) places the onset that long before it: inferred,
 * approximate, and only where it keeps the order of the milestones known.
 */
function onsetFromDuration(
  spacings: readonly Spacing[],
  milestones: Milestones,
  set: (name: MilestoneName, milestone: Milestone | undefined, reason: string) => void
): void {
  if (milestones.started) return
  for (const spacing of spacings) {
    const end = milestones[spacing.to]
    if (spacing.from !== 'started' || spacing.weight < 2 || !end || !spacing.said) continue
    const at = Date.parse(end.at) - spacing.seconds * 1000
    // An onset after a milestone that follows it is no onset.
    const later = (['detected', 'acknowledged', 'diagnosed', 'mitigated'] as const).some(
      (name) => milestones[name] && Date.parse((milestones[name] as Milestone).at) < at
    )
    if (later) continue
    set(
      'started',
      placedByDuration(at, spacing.said, end.precision),
      `no onset in the words: ${spacing.said.text} before \`${spacing.to}\``
    )
    return
  }
}

/**
 * A milestone the words do not give, placed by a duration the report states
 * from one they do (`detected 6 minutes after the outage began`, `the rule
 * was reverted 41 minutes after the outage began`): inferred,
 * approximate, low confidence, and only where it keeps the order of the
 * milestones known. The strongest statement of each milestone wins (its
 * first reading: `reverted` is mitigation before resolution).
 */
function milestonesFromDurations(
  spacings: readonly Spacing[],
  milestones: Milestones,
  set: (name: MilestoneName, milestone: Milestone | undefined, reason: string) => void
): void {
  const strongest = [...spacings].sort((a, b) => b.weight - a.weight)
  for (const spacing of strongest) {
    const from = milestones[spacing.from]
    if (spacing.weight < 2 || !from || milestones[spacing.to] || !spacing.said) continue
    const at = Date.parse(from.at) + spacing.seconds * 1000
    const index = order.indexOf(spacing.to)
    const fits = order.every((name, other) => {
      const known = milestones[name]
      if (!known || other === index) return true
      const time = Date.parse(known.at)
      return other < index ? time <= at : time >= at
    })
    if (!fits) continue
    set(
      spacing.to,
      placedByDuration(at, spacing.said, from.precision),
      `${spacing.said.text.replace(/\s+/g, ' ')}: \`${spacing.from}\` and the duration stated`
    )
  }
}

/** A milestone at `at`, placed only by a duration the report states: inferred, approximate, low. */
function placedByDuration(
  at: number,
  said: NonNullable<Spacing['said']>,
  precision: Milestone['precision']
): Milestone {
  return {
    at: new Date(at).toISOString().replace('.000Z', 'Z'),
    source: 'inferred',
    evidence: {...said, rule: 'stated-duration'},
    confidence: 'low',
    approximate: true,
    precision
  }
}

/**
 * The change that set the incident off, when the report's words show one:
 * the first change in the day before the onset (in an entry of its own: the
 * onset's entry tells the harm) or, with no onset found, before the first
 * response (and then the onset too, with low confidence). A change in the
 * background sections or the front matter is no trigger.
 */
function triggerOf(
  timed: Timed[],
  milestones: Milestones,
  set: (name: MilestoneName, milestone: Milestone | undefined, reason: string) => void
): void {
  if (milestones.started && milestones.triggered) return
  const responses = [milestones.detected, milestones.mitigated, milestones.resolved]
    .filter(
      (milestone): milestone is Milestone =>
        milestone !== null && milestone.source !== 'front-matter'
    )
    .map((milestone) => Date.parse(milestone.at))
  if (responses.length === 0) return
  const firstResponse = Math.min(...responses)
  // With the onset known, the change comes no later, and in an entry of its own: the onset's entry tells the harm.
  const onset = milestones.started
  const latest = onset ? Math.min(Date.parse(onset.at), firstResponse - 1) : firstResponse - 1
  const trigger = timed.find((entry) => {
    const time = Date.parse(entry.at)
    return (
      !backgroundOrigins.has(entry.origin) &&
      entry.time?.precision !== 'day' &&
      time <= latest &&
      time >= latest - day &&
      (onset === null || entry.line !== onset.evidence.line) &&
      isChange(entry.text) &&
      !outsideIncident(entry.text)
    )
  })
  if (!trigger) return
  const reason = 'the first change in the day before the first response'
  set('triggered', fromEntry(trigger, 'wording', 'change-before-response', 'low'), reason)
  set('started', fromEntry(trigger, 'wording', 'change-before-response', 'low'), reason)
}

/** Where a change is the background, not this incident's trigger. */
const backgroundOrigins = new Set(['root-cause', 'contributing-factors', 'front-matter'])

/** A change that may set an incident off: `Deployed`, `Terraform changes applied`, `updated plugins`. */
function isChange(text: string): boolean {
  return readClauses(text).some((clause) =>
    clause.words.some((word) => !word.absorbed && is(word, 'change'))
  )
}

/** A stated impact window: `**Duration:** 21:45 to 23:28 UTC`, `Impact: 09:15-09:40 UTC`. */
export function impactWindow(incident: Incident): {start?: Milestone; end?: Milestone} | undefined {
  for (const [key, value] of Object.entries(incident.fields)) {
    if (!windowField.test(key)) continue
    const line = incident.fieldLines?.[key] ?? incident.place.line
    // The entry the field's range became, read with the whole report (its day and zone), or the
    // value read on its own.
    // (`**Duration:** from the first crash at 20:52 to the all-clear at 00:12. Siege content was
    // switched off from 22:01 to 23:50.`: the field's window is the span its first sentence
    // gives; a later sentence's span is some part's.)
    const first = value.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] as string
    const read = incident.timeline.find(
      (entry) =>
        entry.line === line &&
        entry.time?.range &&
        entry.time.at &&
        entry.time.end &&
        first.includes(entry.time.text)
    )
    const range = read?.time ? {time: read.time} : findRange(first, incident)
    if (!range?.time.at) continue
    // (`Event window: Friday March 7 – Saturday March 8, 2025`: the days, not the moments.)
    if (range.time.precision === 'day') continue
    // (`Impact on assessments: an extension for work that was due between 8am and 2pm`: a span
    // of a schedule, not of the harm.)
    if (scheduledSpan.test(value)) continue
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

/** A span something was planned for: `due between`, `scheduled from`, `booked for`. */
const scheduledSpan = /\b(?:due|scheduled|planned|booked|slotted)\s+(?:between|from|for)\b/i

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
