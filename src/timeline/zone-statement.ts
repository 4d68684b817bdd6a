import {findZone, type Zone} from '../time/zones.js'

const statements = [
  // `All times in UTC.`, `_all times are in UTC_`, `Times are in both EDT and UTC.`, `times in BST`
  // and `All times are PDT (UTC-7).`, `all times are US/Pacific`
  /\b(?:all\s+)?(?:times?|timestamps?|hours|clock\s+times)\b(?:\s+(?:below|above|shown|listed|given|here|used))?\s*(?:(?:are|is)\s+(?:in\s+)?|in\s+|:\s*)(?:both\s+)?(?<rest>.{1,48})/i,
  // `Time zone: Europe/Paris`
  /\btime\s*zone\s*[:=]\s*(?<rest>.{1,48})/i,
  // `Date and Time in CET` (a table header)
  /\b(?:date|time)s?\b.{0,20}?\bin\s+(?<rest>.{1,32})/i,
  // `(UTC)`, `Time (PST)` in headers
  /\b(?:date|time)s?\s*\((?<rest>[^)]{1,32})\)/i
]

const mentionsTime = /time|hours|date/i

/**
 * The zone a statement sets for the times around it: `All times in PDT (UTC-7).`,
 * `Timeline (times in BST)`, a table header `Date and Time in CET`.
 *
 * @example
 *   zoneStatement('All times in CET.')?.name // 'CET'
 *   zoneStatement('We restarted at noon.') // undefined
 */
export function zoneStatement(text: string): Zone | undefined {
  if (text.length > 400) return undefined
  // Every statement names times, hours or dates; most paragraphs do not, and skip the patterns.
  if (!mentionsTime.test(text)) return undefined
  for (const pattern of statements) {
    const rest = pattern.exec(text)?.groups?.rest
    if (!rest) continue
    const match = findZone(rest)
    if (match) return match.zone
  }
  return undefined
}
