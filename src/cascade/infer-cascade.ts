/**
 * A cascade for reports that state none, guessed from what they do say:
 * the components (front matter `services`, or names the timeline repeats)
 * and the order in which the timeline first names them. Every edge is
 * marked `inferred` with its reason; nothing here is presented as fact.
 */
import type {Cascade, CascadeComponent, CascadeEdge, Incident, TimelineEntry} from '../model.js'
import {byTime} from '../timeline/by-time.js'
import {mainTimeline} from '../timeline/main-timeline.js'

/** At most this many components are inferred from names the timeline repeats. */
const maxNamed = 8

/**
 * The cascade a report states, or one inferred from its timeline; undefined
 * when there is too little to go on (fewer than two components named in
 * timed entries).
 *
 * @example
 *   cascadeOf(incident)?.source // 'section' | 'front-matter' | 'inferred'
 */
export function cascadeOf(incident: Incident): Cascade | undefined {
  return incident.cascade ?? inferCascade(incident)
}

/**
 * Infer a cascade: each component's first mention in time order is where
 * its impact is taken to begin, and the first component named is taken as
 * the origin, with an inferred edge to each component named after it.
 *
 * @example
 *   inferCascade(incident)?.edges[0].reason
 *   // 'inferred: `API` is first named at 10:05 UTC (line 21), after `Database` at 10:01 UTC (line 19)'
 */
export function inferCascade(incident: Incident): Cascade | undefined {
  const timed = byTime(mainTimeline(incident.timeline)).filter((entry) => entry.at !== null)
  if (timed.length === 0) return undefined
  const fromServices = incident.services.length > 0
  const names = fromServices
    ? unique(incident.services)
    : repeatedNames([
        ...timed.map((entry) => entry.text),
        ...incident.sections.map((section) => section.text)
      ])
  const mentionOf = firstMentions(timed)
  const hits = names
    .map((name) => ({name, entry: mentionOf(name)}))
    .filter((hit): hit is {name: string; entry: TimelineEntry} => hit.entry !== undefined)
    .sort((a, b) => compare(a.entry, b.entry))
  if (hits.length < 2) return undefined

  const components: CascadeComponent[] = hits.map(({name, entry}) => ({
    name,
    impact: {
      start: entry.at,
      end: null,
      text: `first named at ${entry.time?.text ?? entry.at}`,
      approximate: true
    },
    declared: fromServices ? 'services' : 'timeline',
    place: entry.place
  }))
  const [origin, ...rest] = hits as [(typeof hits)[number], ...typeof hits]
  const edges: CascadeEdge[] = rest
    .filter((hit) => (hit.entry.at as string) > (origin.entry.at as string))
    .map((hit) => ({
      from: origin.name,
      to: hit.name,
      inferred: true,
      reason: `inferred: \`${hit.name}\` is first named at ${when(hit.entry)} (line ${hit.entry.line}), after \`${origin.name}\` at ${when(origin.entry)} (line ${origin.entry.line})`,
      place: hit.entry.place
    }))
  return {source: 'inferred', components, edges}
}

function compare(a: TimelineEntry, b: TimelineEntry): number {
  const left = a.at as string
  const right = b.at as string
  return left < right ? -1 : left > right ? 1 : a.index - b.index
}

function when(entry: TimelineEntry): string {
  return entry.time?.text ?? (entry.at as string)
}

/**
 * The first of `entries` that names a component: the name, in any case,
 * not inside a longer word. An ASCII name starting with a letter or digit
 * can only be named by an ASCII entry holding its first word, so entries
 * are indexed by their words once, and a name is looked for only where it
 * may be: many services and many entries are not many times many searches.
 */
function firstMentions(entries: TimelineEntry[]): (name: string) => TimelineEntry | undefined {
  const byWord = new Map<string, number[]>()
  const others: number[] = []
  entries.forEach((entry, index) => {
    if (!ascii.test(entry.text)) {
      others.push(index)
      return
    }
    for (const word of new Set(entry.text.toLowerCase().match(asciiWords) ?? [])) {
      const list = byWord.get(word)
      if (list) list.push(index)
      else byWord.set(word, [index])
    }
  })
  const all = entries.map((_, index) => index)
  return (name) => {
    const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu')
    const first = ascii.test(name) ? leadingWord.exec(name)?.[0] : undefined
    const candidates = first
      ? [...(byWord.get(first.toLowerCase()) ?? []), ...others].sort((a, b) => a - b)
      : all
    const found = candidates.find((index) => pattern.test((entries[index] as TimelineEntry).text))
    return found === undefined ? undefined : entries[found]
  }
}

const ascii = /^[^\u0080-\uffff]*$/
const asciiWords = /[a-z0-9]+/g
const leadingWord = /^[a-z0-9]+/i

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function unique(names: string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Words shaped like system names that are not: abbreviations, severities, tickets, versions. */
const notComponents =
  /^(?:e\.g|i\.e|a\.m|p\.m|etc|vs|(?:sev|pr|rfc|cve|step|phase|day|week|q)\d+|[a-z]*\d+\.\d+(?:\.\d+)*)$/i

/**
 * Names written in several entries the way systems are named, not people:
 * a host or domain (`static.crates.io`), a letters-and-number name (`db1`),
 * a snake_case name (`pg_basebackup`) or an inner capital (`GitHub`,
 * `PostgreSQL`), in several entries or sections. Most repeated first.
 */
function repeatedNames(texts: string[]): string[] {
  const counts = new Map<string, {name: string; count: number; first: number}>()
  texts.forEach((text, index) => {
    const seen = new Set<string>()
    const words = text.split(/[\s,;:()"'[\]]+/).filter(Boolean)
    for (const raw of words) {
      const word = raw.replace(/[.!?]+$/, '')
      const named =
        /^[\p{L}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)+$/u.test(word) || // static.crates.io
        /^\p{L}{2,}\d+$/u.test(word) || // db1
        /^\p{L}+_[\p{L}\p{N}_]+$/u.test(word) || // pg_basebackup
        /^\p{Lu}?\p{Ll}+(?:\p{Lu}+\p{Ll}*)+$/u.test(word) // GitHub, PostgreSQL, PagerDuty
      if (!named || word.length < 3) continue
      const key = word.toLowerCase()
      if (notComponents.test(word) || seen.has(key)) continue
      seen.add(key)
      const count = counts.get(key)
      if (count) count.count++
      else counts.set(key, {name: word, count: 1, first: index})
    }
  })
  return [...counts.values()]
    .filter((candidate) => candidate.count >= 2)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, maxNamed)
    .map((candidate) => candidate.name)
}
