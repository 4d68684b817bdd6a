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

/**
 * The milestones, durations and phases of an incident, and the problems
 * found (milestones out of order).
 *
 * @example
 *   measureIncident(incident).metrics.durations.timeToResolve // 15420
 */
export function measureIncident(incident: Incident): {
  metrics: IncidentMetrics
  problems: PlacedProblem[]
} {
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
  return {metrics, problems}
}
