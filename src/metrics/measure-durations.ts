/**
 * Durations between milestones, measured from `started` (the convention of
 * FireHydrant and Rootly), and back-to-back phases that add up to the whole
 * outage. Unknown ends give `null` with the reason; nothing is clamped.
 */
import type {Milestone, Milestones} from '../milestones/find-milestones.js'
import {type DurationName, durationNames, type PhaseName, phaseNames, spans} from '../model.js'

export {type DurationName, durationNames, type PhaseName, phaseNames, spans}

/** Seconds each way of an approximate instant: `~10:45` is within a quarter of an hour. */
const approximateSlack = 900
const precisionSlack = {second: 0, minute: 0, hour: 1800, day: 43_200} as const

/** The measured durations and phases of one incident. */
export interface Durations {
  durations: Record<DurationName, number | null>
  phases: Record<PhaseName, number | null>
  /** Why a duration or phase is null (`no detected milestone`, `detected is before started`). */
  reasons: Partial<Record<DurationName | PhaseName, string>>
  /** Bounds in seconds of durations with an approximate end. */
  bounds: Partial<Record<DurationName | PhaseName, {min: number; max: number}>>
}

/**
 * Measure the durations and phases of an incident's milestones.
 *
 * @example
 *   measureDurations(milestones).durations.timeToResolve // 15420 (4h 17m)
 */
export function measureDurations(milestones: Milestones): Durations {
  const result: Durations = {
    durations: Object.fromEntries(
      durationNames.map((name) => [name, null])
    ) as Durations['durations'],
    phases: Object.fromEntries(phaseNames.map((name) => [name, null])) as Durations['phases'],
    reasons: {},
    bounds: {}
  }
  for (const name of [...durationNames, ...phaseNames]) {
    const [fromName, toName] = spans[name]
    const from = milestones[fromName]
    const to = milestones[toName]
    let value: number | null = null
    if (!from || !to) {
      const missing = [from ? undefined : fromName, to ? undefined : toName].filter(Boolean)
      result.reasons[name] = `no ${missing.join(' and no ')} milestone`
    } else {
      const seconds = (Date.parse(to.at) - Date.parse(from.at)) / 1000
      if (seconds < 0) {
        result.reasons[name] =
          `${toName} (line ${to.evidence.line}) is before ${fromName} (line ${from.evidence.line})`
      } else {
        value = seconds
        const slack = slackOf(from) + slackOf(to)
        if (slack > 0)
          result.bounds[name] = {min: Math.max(0, seconds - slack), max: seconds + slack}
      }
    }
    if (name in result.durations) result.durations[name as DurationName] = value
    else result.phases[name as PhaseName] = value
  }
  return result
}

function slackOf(milestone: Milestone): number {
  const precision = milestone.precision ? precisionSlack[milestone.precision] : 0
  return precision + (milestone.approximate ? approximateSlack : 0)
}
