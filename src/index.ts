/**
 * aftermath: postmortems written in Markdown, read into incidents with
 * timelines resolved to UTC.
 */

export {formatDuration} from './metrics/format-duration.js'
export {
  type DurationName,
  type Durations,
  durationNames,
  measureDurations,
  type PhaseName,
  phaseNames
} from './metrics/measure-durations.js'
export {type IncidentMetrics, measureIncident} from './metrics/measure-incident.js'
export {type Classification, classifyEntry} from './milestones/classify-entry.js'
export {
  findMilestones,
  type Milestone,
  type MilestoneSource,
  type Milestones
} from './milestones/find-milestones.js'
export {
  type MilestoneName,
  milestoneNames,
  type WordingRule,
  wordingRules
} from './milestones/rules.js'
export type {
  ActionItem,
  DateSource,
  Incident,
  Place,
  Precision,
  ResolvedTime,
  Section,
  SectionKind,
  TimelineEntry,
  ZoneSource
} from './model.js'
export {classifyHeading} from './parse/classify-heading.js'
export {type ParseOptions, type ParseResult, parseIncidents} from './parse-incidents.js'
export {readTimestamp, type WrittenTime} from './time/read-timestamp.js'
export {type ResolveInstantOptions, resolveInstant} from './time/resolve-instant.js'
export {
  type Resolution,
  resolveTime,
  type TimeContext,
  type TimeProblem
} from './time/resolve-time.js'
export {ambiguousZones, genericZones, readZone, type Zone, zoneAbbreviations} from './time/zones.js'
export {byTime} from './timeline/by-time.js'
