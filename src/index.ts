/**
 * aftermath: postmortems written in Markdown, read into incidents with
 * timelines resolved to UTC, milestones, durations and diagrams. PNG
 * rendering is in `aftermath/png`, so that importing this module loads no
 * native code.
 */

export {cascadeOf, inferCascade} from './cascade/infer-cascade.js'
export {type Config, checkConfig} from './config/config.js'
export {type LintMessage, type LintOptions, lintReport} from './lint/lint-report.js'
export {type LintRule, lintRules} from './lint/rules.js'

export {formatDuration} from './metrics/format-duration.js'
export {type IncidentMetrics, type MeasuredIncident, measure} from './metrics/measure.js'
export {
  type DurationName,
  type Durations,
  durationNames,
  measureDurations,
  type PhaseName,
  phaseNames
} from './metrics/measure-durations.js'
export {
  type Feature,
  type ScoredMilestone,
  scoreOf,
  type Weighed,
  weighEntry
} from './milestones/evidence.js'
export {
  type ExplainedCandidate,
  findMilestones,
  type Milestone,
  type MilestoneExplanation,
  type MilestoneSource,
  type Milestones
} from './milestones/find-milestones.js'
export {threshold} from './milestones/pick-milestones.js'
export type {
  ActionItem,
  Cascade,
  CascadeComponent,
  CascadeEdge,
  DateSource,
  EntryOrigin,
  ImpactWindow,
  Incident,
  MeasureContext,
  Place,
  PlacedProblem,
  Precision,
  ResolvedTime,
  Section,
  SectionKind,
  TimelineEntry,
  ZoneSource
} from './model.js'
export {type MilestoneName, milestoneNames} from './model.js'
export {classifyHeading} from './parse/classify-heading.js'
export {type ParseOptions, type ParseResult, parseIncidents} from './parse-incidents.js'
export {
  type CascadeDiagramOptions,
  cascadeDiagram,
  cascadeSmallMultiples
} from './render/cascade-diagram.js'
export {
  type CompareDiagramOptions,
  type CompareSortKey,
  compareDiagram
} from './render/compare-diagram.js'
export {type TimelineDiagramOptions, timelineDiagram} from './render/timeline-diagram.js'
export {
  buildReview,
  type DurationSummary,
  type Review,
  type ReviewIncident,
  type ReviewNote,
  type ReviewOptions,
  type Tally
} from './review/build-review.js'
export {type Period, quarterPeriod, rangePeriod} from './review/period.js'
export {renderReviewCsv} from './review/render-csv.js'
export {renderReviewHtml} from './review/render-html.js'
export {renderReviewMarkdown} from './review/render-markdown.js'
export {
  bootstrapMedians,
  type Distribution,
  describe as describeDistribution,
  medianInterval,
  quantile
} from './review/statistics.js'
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
export {mainTimeline} from './timeline/main-timeline.js'
export {cleanTitle, fillTemplate, reportFileName, slugify} from './write/new-report.js'
