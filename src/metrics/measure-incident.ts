import {findMilestones, type Milestones} from '../milestones/find-milestones.js'
import type {Incident} from '../model.js'
import {type Durations, measureDurations} from './measure-durations.js'
import {type Measured, measuredOf, rememberMeasured} from './measured.js'

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
 * found (milestones out of order). Measured once per incident (see
 * `measured.ts`): the result is shared between calls, read it, do not
 * change it.
 *
 * @example
 *   measureIncident(incident).metrics.durations.timeToResolve // 15420
 */
export function measureIncident(incident: Incident): Measured {
  const known = measuredOf(incident)
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
  rememberMeasured(incident, result)
  return result
}
