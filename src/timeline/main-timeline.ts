import type {TimelineEntry} from '../model.js'

/**
 * The report's own timeline among every time it writes: the items, rows,
 * headings and lines of its timeline sections when some have a time; else
 * every time the report writes (a report told in prose, or in status
 * updates), its front matter's timestamps aside. Times a summary or an
 * impact section mentions, and those a timeline's entry mentions beside its
 * own (`shipped a bug on 12 May`), stay in `Incident.timeline` with their
 * `origin`, but are not the timeline that milestones are picked from and
 * diagrams draw.
 *
 * @example
 *   mainTimeline(incident.timeline).every((entry) => entry.origin === 'timeline') // when it has one
 */
export function mainTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const timeline = entries.filter((entry) => entry.origin === 'timeline' && entry.kind !== 'prose')
  if (timeline.some((entry) => entry.at !== null)) return timeline
  return entries.filter((entry) => entry.origin !== 'front-matter')
}
