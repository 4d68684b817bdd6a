import type {TimelineEntry} from '../model.js'

/**
 * The entries of a timeline in time order; entries without an instant keep
 * their place after the entry written before them. The written order is the
 * timeline itself: this is a sorted copy, never a repair.
 *
 * @example
 *   byTime(incident.timeline).map((entry) => entry.at)
 */
export function byTime(entries: readonly TimelineEntry[]): TimelineEntry[] {
  let last = ''
  const keyed = entries.map((entry) => {
    if (entry.at) last = entry.at
    return {entry, key: last}
  })
  return keyed
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.index - b.entry.index))
    .map(({entry}) => entry)
}
