/**
 * aftermath: postmortems written in Markdown, read into incidents with
 * timelines resolved to UTC.
 */
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
