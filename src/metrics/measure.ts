/**
 * Measuring: the stage between reading a report and showing it. An incident
 * and what the caller knows of its setting (the zone it reads reports in) go
 * in; its milestones, durations and phases, and the problems found on the
 * way, come out, beside the incident. Diagrams, the review and the linter
 * receive measured incidents: none of them measures on its own, so every
 * one of them sees the measures made with the same context.
 */
import {findMilestones, type Milestones} from '../milestones/find-milestones.js'
import type {Incident, MeasureContext, PlacedProblem} from '../model.js'
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

/** An incident with its measures: what the stages after measuring receive. */
export interface MeasuredIncident {
  incident: Incident
  /** The milestones, durations and phases: the metrics JSON of the incident. */
  metrics: IncidentMetrics
  /** What measuring found wrong (milestones out of order), each with its place. */
  problems: PlacedProblem[]
}

/**
 * Measure an incident: find its milestones (front matter times without a
 * zone read in `context.timezone` when the report says no zone of its own)
 * and the durations and phases between them. Pure, and done afresh on every
 * call: measure once, then hand the result on.
 *
 * @example
 *   const measured = measure(incident, {timezone: 'America/New_York'})
 *   measured.metrics.durations.timeToResolve // 15420
 *   timelineDiagram(measured)
 */
export function measure(incident: Incident, context: MeasureContext = {}): MeasuredIncident {
  // Named fields, not a spread: findMilestones may give more than the measures are made of.
  const {milestones, problems} = findMilestones(incident, context)
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
  return {incident, metrics, problems}
}
