import {findMilestones, type Milestones} from '../milestones/find-milestones.js'
import type {Incident} from '../model.js'
import type {PlacedProblem} from '../timeline/resolve-entries.js'
import {type Durations, measureDurations} from './measure-durations.js'

/** What `aftermath metrics` says of one incident. */
export interface IncidentMetrics extends Durations {
  file?: string
  title: string
  date?: string
  severity?: string
  services: string[]
  tags: string[]
  milestones: Milestones
}

/** What `measureIncident` gives: the metrics, and the problems found on the way. */
export interface Measured {
  metrics: IncidentMetrics
  problems: PlacedProblem[]
}

/**
 * What each incident measured to, once: commands ask again for the same
 * incident (a review, then its diagrams), and a result read from the cache
 * comes with its measures (`rememberMeasured`). Incidents are not changed
 * once parsed, so the answer cannot go stale.
 */
const measured = new WeakMap<Incident, Measured>()

/**
 * The milestones, durations and phases of an incident, and the problems
 * found (milestones out of order). The result is shared between calls on
 * the same incident: read it, do not change it.
 *
 * @example
 *   measureIncident(incident).metrics.durations.timeToResolve // 15420
 */
export function measureIncident(incident: Incident): Measured {
  const known = measured.get(incident)
  if (known) return known
  const {milestones, problems} = findMilestones(incident)
  const metrics: IncidentMetrics = {
    ...(incident.file === undefined ? {} : {file: incident.file}),
    title: incident.title,
    ...(incident.date === undefined ? {} : {date: incident.date}),
    ...(incident.severity === undefined ? {} : {severity: incident.severity}),
    services: incident.services,
    tags: incident.tags,
    milestones,
    ...measureDurations(milestones)
  }
  const result = {metrics, problems}
  measured.set(incident, result)
  return result
}

/**
 * Give `incident` the measures `measureIncident` gave an incident equal to
 * it: what the cache and worker threads keep beside a parse result (as
 * JSON), so that a run served from them finds no milestone again.
 */
export function rememberMeasured(incident: Incident, result: Measured): void {
  measured.set(incident, result)
}
