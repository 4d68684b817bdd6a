/**
 * What each incident measured to, once: `measureIncident` keeps its answers
 * here, and a result read from the cache or a worker thread comes with its
 * measures (`rememberMeasured`). A module of its own, without the milestone
 * rules, so that a run served from the cache need not load them.
 */

import type {Incident} from '../model.js'
import type {PlacedProblem} from '../timeline/resolve-entries.js'
import type {IncidentMetrics} from './measure-incident.js'

/** What `measureIncident` gives: the metrics, and the problems found on the way. */
export interface Measured {
  metrics: IncidentMetrics
  problems: PlacedProblem[]
}

/** Incidents are not changed once parsed, so an answer cannot go stale. */
const measured = new WeakMap<Incident, Measured>()

/** The measures of `incident`, when it has been measured or given its measures. */
export function measuredOf(incident: Incident): Measured | undefined {
  return measured.get(incident)
}

/**
 * Give `incident` the measures `measureIncident` gave an incident equal to
 * it: what the cache and worker threads keep beside a parse result (as
 * JSON), so that a run served from them finds no milestone again.
 */
export function rememberMeasured(incident: Incident, result: Measured): void {
  measured.set(incident, result)
}

/**
 * `measureIncident` for `incidents`: the measures they were given when all
 * have them, without loading the milestone rules; else `measureIncident`
 * itself, loaded now.
 */
export async function measurerFor(
  incidents: Incident[]
): Promise<(incident: Incident) => Measured> {
  if (incidents.every((incident) => measured.has(incident)))
    return (incident) => measured.get(incident) as Measured
  const {measureIncident} = await import('./measure-incident.js')
  return measureIncident
}
