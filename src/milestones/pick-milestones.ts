/**
 * Choose an incident's milestones from scored candidates, all at once: the
 * set with the highest total score whose instants keep the order an
 * incident runs in (impact starts, is detected and acknowledged, diagnosed
 * and mitigated, resolved). Each candidate's score is what its words say
 * (`evidence.ts`) plus where it stands in time (onset and detection early,
 * resolution late). Below the threshold a candidate is not considered, and a
 * milestone no candidate supports stays unknown.
 */
import type {Feature, ScoredMilestone} from './evidence.js'
import {scoredMilestones, threshold} from './evidence.js'

/** An instant that may be a milestone, with what its words say. */
export interface Candidate {
  /** The instant in UTC. */
  at: string
  /** The instant in milliseconds, to compare. */
  time: number
  /** Score by milestone, from its features (`scoreOf`). */
  scores: Readonly<Record<ScoredMilestone, number>>
  features: readonly Feature[]
  /** Its place among the incident's instants, 0 (first) to 1 (last). */
  position: number
  /** A key to tell candidates apart in order (the entry's index, and `end` for a range's end). */
  key: string
}

/** A candidate chosen (or passed over) for a milestone, with its total. */
export interface Choice {
  candidate: Candidate
  /** Its score for the milestone, with the weight of its position. */
  total: number
  /** What its position added. */
  position: number
}

/** Extra weight for two milestones whose instants are as far apart as the report states. */
export interface Spacing {
  from: ScoredMilestone
  to: ScoredMilestone
  /** Seconds from one to the other, as stated. */
  seconds: number
  /** How far off still agrees, in seconds. */
  tolerance: number
  weight: number
  /** Where the report states it (the field, or the section of the sentence), when known. */
  said?: {text: string; line: number; column: number}
}

/** What `pickMilestones` chose, and the best alternative for each milestone. */
export interface Picked {
  chosen: Record<ScoredMilestone, Choice | null>
  runnerUp: Record<ScoredMilestone, Choice | null>
}

export {threshold}

/** How much an instant's place counts, for each milestone: onset and detection early, resolution late. */
const positionWeight: Record<ScoredMilestone, {weight: number; late: boolean}> = {
  started: {weight: 1, late: false},
  detected: {weight: 3, late: false},
  acknowledged: {weight: 0.5, late: false},
  diagnosed: {weight: 0.5, late: false},
  mitigated: {weight: 1, late: false},
  resolved: {weight: 1, late: true}
}

/**
 * The order milestones keep: the first of each pair comes no later than
 * the second, or the choice pays the penalty (`Infinity`: never). An alert
 * may fire before users are hurt (and be taken then: an acknowledgement
 * before the harm costs little more, the alert before it having paid), and
 * a team may stop the harm before it understands it, so those pairs can
 * bend to strong evidence.
 */
const order: ReadonlyArray<readonly [ScoredMilestone, ScoredMilestone, number]> = [
  ['started', 'detected', 3],
  ['started', 'acknowledged', 1],
  ['started', 'diagnosed', Number.POSITIVE_INFINITY],
  ['started', 'mitigated', Number.POSITIVE_INFINITY],
  ['started', 'resolved', Number.POSITIVE_INFINITY],
  ['detected', 'acknowledged', Number.POSITIVE_INFINITY],
  ['detected', 'diagnosed', Number.POSITIVE_INFINITY],
  ['detected', 'mitigated', 3],
  ['detected', 'resolved', Number.POSITIVE_INFINITY],
  ['acknowledged', 'diagnosed', 1],
  ['acknowledged', 'mitigated', 1],
  ['acknowledged', 'resolved', Number.POSITIVE_INFINITY],
  ['diagnosed', 'resolved', 2],
  ['mitigated', 'resolved', Number.POSITIVE_INFINITY]
]

/** The score of detection's evidence that chooses it before the rest (an alert, someone noticing or told). */
const anchoring = 3

/** Candidates kept for each milestone, best first: enough for any real timeline, few enough to try every set. */
const kept = 5

/**
 * Choose milestones from candidates. `fixed` holds instants already known
 * (front matter, markers): they are not chosen again, and the rest keep
 * order with them.
 *
 * @example
 *   pickMilestones(candidates, {}, []).chosen.detected?.candidate.at
 */
export function pickMilestones(
  candidates: readonly Candidate[],
  fixed: Partial<Record<ScoredMilestone, number>>,
  spacings: readonly Spacing[]
): Picked {
  const options = new Map<ScoredMilestone, Choice[]>()
  for (const milestone of scoredMilestones) {
    if (fixed[milestone] !== undefined) {
      options.set(milestone, [])
      continue
    }
    const choices = candidates
      .filter((candidate) => candidate.scores[milestone] >= threshold)
      .map((candidate) => choiceOf(candidate, milestone))
      .sort(byTotal)
    options.set(milestone, choices)
  }

  // Detection first: the first sign that anyone knew anchors the rest, and is not moved later to make room for them.
  const anchored = {...fixed}
  let detection: Choice | null = null
  // A stated time to detect is evidence about detection itself: then it is chosen with the rest.
  const spaced = spacings.some(
    (spacing) => spacing.from === 'detected' || spacing.to === 'detected'
  )
  let together = spaced
  if (fixed.detected === undefined && !spaced) {
    const alone = new Search(
      new Map([['detected', options.get('detected') ?? []]]),
      fixed,
      []
    ).best()
    detection = alone.detected
    // (`4:15 Jess notices a pile of player reports`, `4:22 Marco replies "on it"`, `4:31 PagerDuty
    // fires. Marco acks.`: an alert that reaches a team already responding tells it nothing new;
    // the team knew from what came before the response.)
    if (detection) detection = knownBefore(detection, options) ?? detection
    // Evidence of detection no stronger than a passing mention does not anchor: it is weighed with the rest.
    if (detection && detection.candidate.scores.detected < anchoring) {
      together = true
      detection = null
    }
    if (detection) anchored.detected = detection.candidate.time
  }
  const chosen = new Search(
    new Map([...options].filter(([milestone]) => together || milestone !== 'detected')),
    anchored,
    spacings
  ).best()
  if (!together) chosen.detected = detection
  const runnerUp = Object.fromEntries(
    scoredMilestones.map((milestone) => {
      const picked = chosen[milestone]
      const other = (options.get(milestone) ?? []).find(
        (choice) => choice.candidate.time !== picked?.candidate.time
      )
      return [milestone, other ?? null]
    })
  ) as Record<ScoredMilestone, Choice | null>
  return {chosen, runnerUp}
}

/**
 * The best detection before a response that came before `detection`, when the response itself came
 * after that detection: what the team learnt first, taken on before `detection` told it again.
 */
function knownBefore(
  detection: Choice,
  options: Map<ScoredMilestone, Choice[]>
): Choice | undefined {
  const at = detection.candidate.time
  const responses = (options.get('acknowledged') ?? []).filter(
    (choice) => choice.candidate.time < at && choice.candidate.scores.acknowledged >= responding
  )
  for (const earlier of options.get('detected') ?? []) {
    const time = earlier.candidate.time
    if (time >= at || at - time > respondedWithin || earlier.candidate.scores.detected < anchoring)
      continue
    if (
      responses.some(
        (response) =>
          response.candidate.time > time && response.candidate.time - time <= answeredWithin
      )
    )
      return earlier
  }
  return undefined
}

/** How long before a later alert the team may have learnt of the same trouble: an hour. */
const respondedWithin = 3_600_000

/** How soon a response answers what the team learnt: twenty minutes. */
const answeredWithin = 1_200_000

/** The score of a response that says the team had taken the trouble on. */
const responding = 2.5

function choiceOf(candidate: Candidate, milestone: ScoredMilestone): Choice {
  const {weight, late} = positionWeight[milestone]
  const position = weight * (late ? candidate.position : 1 - candidate.position)
  return {candidate, total: candidate.scores[milestone] + position, position}
}

/** Best total first; then the earlier instant, then the earlier entry: the same answer every run. */
function byTotal(a: Choice, b: Choice): number {
  if (a.total !== b.total) return b.total - a.total
  if (a.candidate.time !== b.candidate.time) return a.candidate.time - b.candidate.time
  return a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0
}

/**
 * A depth-first search over the milestones in order, each taking one of its
 * best candidates or none, that keeps the best total found and prunes a
 * branch that cannot beat it. At most six candidates a milestone: a few
 * thousand sets at worst, a handful on most reports.
 */
class Search {
  private readonly lists: Choice[][]
  private readonly bounds: number[]
  private bestTotal = Number.NEGATIVE_INFINITY
  private bestSet: Array<Choice | null> = []
  private readonly current: Array<Choice | null> = []

  constructor(
    options: Map<ScoredMilestone, Choice[]>,
    private readonly fixed: Partial<Record<ScoredMilestone, number>>,
    private readonly spacings: readonly Spacing[]
  ) {
    this.lists = scoredMilestones.map((milestone) => (options.get(milestone) ?? []).slice(0, kept))
    // The most each milestone from here on can add (spacings aside, added to the bound whole).
    const spacingBound = spacings.reduce((sum, spacing) => sum + spacing.weight, 0)
    this.bounds = scoredMilestones.map(() => 0)
    let rest = spacingBound
    for (let index = scoredMilestones.length - 1; index >= 0; index--) {
      rest += Math.max(0, this.lists[index]?.[0]?.total ?? 0)
      this.bounds[index] = rest
    }
  }

  best(): Record<ScoredMilestone, Choice | null> {
    this.visit(0, 0)
    return Object.fromEntries(
      scoredMilestones.map((milestone, index) => [milestone, this.bestSet[index] ?? null])
    ) as Record<ScoredMilestone, Choice | null>
  }

  private visit(index: number, total: number): void {
    if (index === scoredMilestones.length) {
      const score = total + this.spacingBonus()
      if (score > this.bestTotal) {
        this.bestTotal = score
        this.bestSet = [...this.current]
      }
      return
    }
    if (total + (this.bounds[index] ?? 0) <= this.bestTotal) return
    for (const choice of this.lists[index] ?? []) {
      const penalty = this.penalty(index, choice.candidate.time)
      if (penalty === Number.POSITIVE_INFINITY) continue
      this.current[index] = choice
      this.visit(index + 1, total + choice.total - penalty)
    }
    this.current[index] = null
    this.visit(index + 1, total)
  }

  /** The instant a milestone has in the set so far: fixed, chosen, or none. */
  private instant(milestone: ScoredMilestone, index: number): number | undefined {
    const fixed = this.fixed[milestone]
    if (fixed !== undefined) return fixed
    const position = scoredMilestones.indexOf(milestone)
    if (position >= index) return undefined
    return this.current[position]?.candidate.time
  }

  /** What putting `at` at milestone `index` costs in order, against what is already set. */
  private penalty(index: number, at: number): number {
    const milestone = scoredMilestones[index] as ScoredMilestone
    let penalty = 0
    for (const [first, second, cost] of order) {
      if (second === milestone) {
        const before = this.instant(first, index)
        if (
          before !== undefined &&
          (before > at || (first === 'started' && second === 'resolved' && before === at))
        )
          penalty += cost
      } else if (first === milestone) {
        // A later milestone that is fixed (front matter) must keep order too.
        const after = this.fixed[second]
        if (
          after !== undefined &&
          (at > after || (first === 'started' && second === 'resolved' && at === after))
        )
          penalty += cost
      }
    }
    return penalty
  }

  private spacingBonus(): number {
    let bonus = 0
    for (const spacing of this.spacings) {
      const from = this.instant(spacing.from, scoredMilestones.length)
      const to = this.instant(spacing.to, scoredMilestones.length)
      if (from === undefined || to === undefined) continue
      const seconds = (to - from) / 1000
      if (Math.abs(seconds - spacing.seconds) <= spacing.tolerance) bonus += spacing.weight
    }
    return bonus
  }
}
