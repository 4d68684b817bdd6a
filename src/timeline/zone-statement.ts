import {readTimestamp, type WrittenDate} from '../time/read-timestamp.js'
import {findZone, readZone, type Zone} from '../time/zones.js'

/** The words that name a report's times: `All times`, `Timestamps below`, `Times listed`, `All timings mentioned below`. */
const times =
  /\b(?:all\s+(?:the\s+)?)?(?:times?|timings?|timestamps?|(?:comment\s+|message\s+)?stamps|hours|clock\s+times|everything(?=\s+(?:below|here|else|in\s+this)))\b(?:\s+(?:below|above|shown|listed|given|here|used|mentioned|quoted|stated|noted|(?:in|on)\s+this\s+(?:document|report|post|page|timeline|record|e-?mail|mail|message|note|notice|statement|memo|paper|bulletin|announcement|update|write-?up|review|summary|thread|ticket|doc|article|letter|log))){0,2}/i

/**
 * The key of a field that names the times' zone, as other languages write it (`Zeitangaben`,
 * `Zeitzone`, `Zona horaria`, `Fuseau horaire`, `Tijdzone`, `Fuso horário`): a pattern's source.
 */
export const zoneFieldNames =
  'zeitangaben|zeitzone|zona\\s+horaria|fuseau\\s+horaire|tijdzone|fuso\\s+hor[aá]rio|fuso\\s+orario|strefa\\s+czasowa'

const statements = [
  // `I've converted everything below to EST`, `all times converted to UTC`: the zone times were
  // written in, before any other the sentence names (`the box runs on UTC ... I've converted
  // everything below to EST`).
  /\b(?:convert(?:ed)?|translat(?:ed)?|normali[sz]ed?)\s+(?:(?:everything|all(?:\s+(?:the\s+)?(?:times?|timestamps?))?|(?:the\s+)?(?:times?|timestamps?))(?:\s+(?:below|here|above))?\s+)?(?:to|into)\s+(?<rest>.{1,48})/i,
  // `All Saturday Feb 15 in EST, with server time (UTC) in brackets`: the day and its zone.
  /^all\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9})(?:,?\s+\d{4})?\s+(?:is\s+|are\s+)?in\s+(?<rest>.{1,32})/i,
  // `All times in UTC.`, `_all times are in UTC_`, `Times are in both EDT and UTC.`, `times in BST`
  // and `All times are PDT (UTC-7).`, `all times are US/Pacific`
  new RegExp(
    `${times.source}\\s*(?:(?:are|is)\\s+(?:in\\s+)?|in\\s+|:\\s*)(?:both\\s+)?(?<rest>.{1,96})`,
    'i'
  ),
  // `The Sent: headers are as displayed in our mail tenant, which is set to Central European Time`
  // (and `All Slack timestamps below are exactly as exported, in our workspace's zone (US Eastern)`)
  /\b(?:headers|(?:time)?stamps)\b[^.;]{0,60}?\b(?:set\s+to|shown\s+in|displayed\s+in|are\s+in|in)\s+(?<rest>[^.;]{1,80})/i,
  // `Todas las horas están en hora de Chile (CLST, UTC-3)`, `Todos los horarios están en hora de
  // Buenos Aires (ART, UTC-3)`, `Todos os horários estão em BRT`,
  // `Toutes les heures sont en CET`, `Alle Zeiten in MEZ`, `Alle Zeitangaben in deutscher Ortszeit`,
  // `Todas las horas de este informe están expresadas en hora peninsular`,
  // `Alle tijden zijn in CET`, `Tutti gli orari di questo rapporto sono in ora italiana`,
  // `Wszystkie godziny podano w czasie polskim (CEST)`, `Alla tider i rapporten är svensk tid`,
  // `Alle klokkeslett i rapporten er norsk tid`, `Rapordaki tüm saatler Türkiye saatidir`,
  // `Všechny časy jsou uvedeny v pražském čase`, `Toate orele din acest raport sunt în ora
  // României (EEST)`, `Minden időpont budapesti helyi idő (CEST)`, `Semua waktu di dokumen ini
  // dalam WIB`, `Усі часи в документі — за Києвом (EEST)`, `Όλες οι ώρες στην αναφορά είναι ώρα
  // Ελλάδας`, `toàn bộ thời gian trong báo cáo là giờ Việt Nam (ICT)`: a statement in the report's
  // own language.
  /(?<![\p{L}])(?:tod[oa]s\s+(?:l[oa]s|[oa]s)\s+(?:horas|hor[aá]rios)|toutes\s+les\s+heures|alle\s+(?:(?:uhr)?zeiten|zeitangaben|zeitpunkte)|alle\s+(?:tijden|tijdstippen)|tutti\s+gli\s+orari|wszystkie\s+(?:godziny|czasy)|(?:alla|samtliga)\s+(?:tider|tidpunkter|klockslag)|alle\s+(?:tid(?:er|spunkter)|klokkeslett|klokkeslæt)|kaikki\s+(?:ajat|kellonajat)|tüm\s+saatler|všechny\s+časy|toate\s+orele|minden\s+időpont|semua\s+waktu|усі\s+(?:часи|години)|всі\s+(?:часи|години)|όλες\s+οι\s+ώρες|toàn\s+bộ\s+thời\s+gian|tất\s+cả\s+(?:thời\s+gian|các\s+mốc\s+giờ))(?![\p{L}])(?:\s+(?:de|del|do|da|in|dans|di|nel|w|din)\s+(?:este|esta|ce|cette|dieses|diesem|deze|dit|questo|questa|tym|tej|acest|această)\s+\p{L}+|\s+(?:di|dalam|pada)\s+\p{L}+\s+ini|\s+(?:в|у)\s+\p{L}+|\s+στην?\s+\p{L}+|\s+trong\s+\p{L}+(?:\s+\p{L}+)?)?\s*[—–-]?\s*(?:(?:est[aá]n|est[aã]o|sont|sind|zijn|sono|są|är|er|ovat|jsou|sunt|adalah|είναι|là)\s+)?(?:(?:expresad[oa]s|indicad[oa]s|exprimées|indiquées|données|angegeben|vermeld|express[oa]s|indicati|espressi|riportati|podane|podano|angivna|anges|oppgitt|angivet|angitt|uvedeny|uvedené|exprimate|indicate|menggunakan)\s+)?(?:(?:en|em|in|op|w|i|v|ve|în|dalam)\s+)?(?<rest>.{1,64})/iu,
  // `※本文中の時刻はすべて日本時間（JST）です`, `文中时间均为北京时间`, `모든 시간은 한국 시간(KST)`: the
  // statement as Japanese, Chinese and Korean write it.
  /(?:時刻は(?:すべて|全て)?|(?:所有|全部|文中)?时间(?:均|都)?[为為]|모든\s*시간은)\s*(?<rest>[^。\n]{1,48})/u,
  // `Time zone: Europe/Paris`, `TZ: CET`
  // (And as other languages write it: `Zeitangaben: Ortszeit Mannheim (MEZ)`, `Zona horaria: CET`.)
  new RegExp(`\\b(?:time\\s*zone|tz|${zoneFieldNames})\\s*[:=]\\s*(?<rest>.{1,48})`, 'i'),
  // `Date and Time in CET` (a table header)
  /\b(?:date|time)s?\b.{0,20}?\bin\s+(?<rest>.{1,32})/i,
  // `(UTC)`, `Time (PST)` in headers
  /\b(?:date|time)s?\s*\((?<rest>[^)]{1,32})\)/i
]

/**
 * Whether the times a statement at `index` names are placed elsewhere than the report (`timestamps
 * in Kibana raw are UTC, so that's 08:40 our time`): a tool's times, not the report's (`times in
 * the timeline below are UTC` are the report's).
 */
function placedElsewhere(text: string, index: number): boolean {
  // (`Kibana timestamps are UTC`, `raw stamps are UTC`: a tool's, named before them; a log's own,
  // `All log times ET`, may be the report's.)
  if (machineBefore.test(text.slice(Math.max(0, index - 24), index))) return true
  const placed = /^in\s+((?:\S+\s+){0,4}?)(?:are|is|were|was)\s/i.exec(
    text.slice(index).replace(times, '').trimStart()
  )
  return placed !== null && !reportPlace.test(placed[1] as string)
}

/** A tool whose own stamps a statement names: `Kibana timestamps`, `server stamps`. */
const machineBefore =
  /\b(?:server|system|syslog|kibana|grafana|splunk|datadog|cloudwatch|elastic(?:search)?|query|database|db|raw|machine|container|pod|api)\s+$/i

/** Where a report's own times stand: `in the timeline below`, `in this document`, `in the table`. */
const reportPlace =
  /\b(?:this|these|below|above|here|following|timeline|table|report|document|section|post|write-?up|summary|review|page)\b/i

/** Times said to be local, with no zone named: `All times are local time (LT).` */
const localTime = new RegExp(`${times.source}[^.]{0,30}?\\blocal(?:\\s+time)?\\b`, 'i')

/**
 * Whether a text says the times are local (`**Times:** 24-hr, local`, `All times are local
 * time.`): where it names no zone (`statementAt` finds none), the zone is the place's the report
 * names.
 */
export function saysLocal(text: string): boolean {
  return localTime.test(text)
}

/** `All times PDT.`, `(all times CET)`: the zone right after the words, nothing between. */
const bare = new RegExp(`${times.source}\\s+(?<rest>.{1,48})`, 'i')

const mentionsTime =
  /tim(?:e|ing)|convert|hours|date|events?\b|chronology|\btz\b|everything|^all\s|horas|hor[aá]rios|heures|zeit|zona\s+horaria|fuseau|fuso|tijd|orari|godzin|czas|tid|ajat|saat|časy|orele|időpont|waktu|часи|години|ώρες|thời\s+gian|時刻|时间|시간/iu

/**
 * The zone a statement sets for the times around it: `All times in PDT (UTC-7).`,
 * `Timeline (times in BST)`, `(all times CET)`, `All times are in PST/PDT`,
 * a table header `Date and Time in CET`.
 *
 * @example
 *   zoneStatement('All times in CET.')?.name // 'CET'
 *   zoneStatement('(all times PST)')?.name // 'PST'
 *   zoneStatement('We restarted at noon.') // undefined
 */
export function zoneStatement(text: string): Zone | undefined {
  return statementAt(text)?.zone
}

/** The zone a statement sets, and where in the text the zone is written. */
export function statementAt(text: string): {zone: Zone; start: number; end: number} | undefined {
  const found = statedAt(text)
  return found?.zone.candidates ? {...found, zone: explained(found.zone, text)} : found
}

/**
 * An ambiguous abbreviation the statement explains: `IST (Israel Standard Time, UTC+2)`, `IST
 * (UTC+2)`, `Israel Standard Time (IST)`; the one meaning whose name, or whose offset alone, the
 * statement writes.
 */
function explained(zone: Zone, text: string): Zone {
  const candidates = zone.candidates ?? []
  const lower = text.toLowerCase()
  const named = candidates.filter((candidate) => lower.includes(candidate.label.toLowerCase()))
  const offsets = new Set<number>()
  for (let index = 0; index < text.length; index++) {
    if (!/[+\-−]/.test(text[index] as string)) continue
    const match = readZone(text, Math.max(0, text.lastIndexOf(' ', index) + 1))
    if (match?.zone.offset !== undefined && !match.zone.candidates && match.zone.offset !== 0)
      offsets.add(match.zone.offset)
  }
  const offset = candidates.filter((candidate) => offsets.has(candidate.offset))
  const chosen = named.length === 1 ? named[0] : offset.length === 1 ? offset[0] : undefined
  if (!chosen) return zone
  const meant: Zone = {name: zone.name, offset: chosen.offset}
  if (chosen.iana) meant.iana = chosen.iana
  return meant
}

function statedAt(text: string): {zone: Zone; start: number; end: number} | undefined {
  if (text.length > 400) return undefined
  // Every statement names times, hours or dates; most paragraphs do not, and skip the patterns.
  if (!mentionsTime.test(text)) return undefined
  // `All times in this report are local time (LT). On the event date this was Central European
  // Time`: the local time, named in the sentence after it.
  const local = localTime.exec(text)
  if (local) {
    const from = local.index + local[0].length
    const next =
      /^[^.]*\.\s+(?:on\s+[^,.]{1,40}?,?\s+)?(?:this|that|it|local\s+time)\s+(?:was|is|were|meant)\s+/i.exec(
        text.slice(from, from + 120)
      )
    const match = next
      ? findZone(text.slice(from + next[0].length, from + next[0].length + 80))
      : undefined
    if (next && match) {
      const offset = from + next[0].length
      return {zone: match.zone, start: offset + match.start, end: offset + match.end}
    }
  }
  for (const pattern of statements) {
    const found = pattern.exec(text)
    const rest = found && wholeWords(found.groups?.rest, text, found.index + found[0].length)
    if (!found || !rest) continue
    if (placedElsewhere(text, found.index)) continue
    // The zone comes before any number: `Start time: 2023-03-14 14:23 UTC` states a time, not a zone.
    // (A city in a statement, in whatever case: `all times are berlin time`.)
    const words = beforeTimes(rest)
    // (`heure de Paris (heure d'été, passée dans la nuit du 29 au 30 mars)`: the zone before an
    // aside on its season.)
    const unaside = words.replace(/\s*\(.*$/s, '')
    const match =
      findZone(words) ??
      findZone(capitalised(words)) ??
      (unaside !== words ? findZone(unaside) : undefined)
    if (match) {
      const offset = found.index + found[0].length - rest.length
      return {zone: match.zone, start: offset + match.start, end: offset + match.end}
    }
  }
  // `Timeline (UTC)`, `Events [PDT]`: a zone alone in brackets after words about times.
  const bracketed =
    /\b(?:timeline|chronology|events?|times?|dates?|timestamps?)\b[^()[\]]{0,20}[([]\s*(?<rest>[^)\]]{1,24}?)\s*[)\]]/i.exec(
      text
    )
  const inside = bracketed?.groups?.rest
  if (bracketed && inside) {
    const match = readZone(inside)
    if (match && match.end === inside.length) {
      const offset = bracketed.index + bracketed[0].lastIndexOf(inside)
      return {zone: match.zone, start: offset + match.start, end: offset + match.end}
    }
  }
  const found = bare.exec(text)
  const rest = found?.groups?.rest
  if (found && rest && !placedElsewhere(text, found.index)) {
    // `All times PDT.`; `all times Singapore Time, SGT / UTC+8`: the zone among its names.
    const match = readZone(rest) ?? findZone(beforeTimes(rest))
    if (match) {
      const offset = found.index + found[0].length - rest.length
      return {zone: match.zone, start: offset + match.start, end: offset + match.end}
    }
  }
  return undefined
}

/**
 * A statement's words cut off where its pattern stopped reading, less a last word cut in two:
 * `Australian Eastern Standard Ti` is no `Eastern Standard`.
 */
function wholeWords(rest: string | undefined, text: string, end: number): string | undefined {
  if (!rest || !/[\p{L}\p{N}]/u.test(text[end] ?? '')) return rest
  return rest.replace(/[\p{L}\p{N}]+$/u, '') || undefined
}

/** Each name with its first letter a capital, every offset kept: `berlin time` → `Berlin time`. */
function capitalised(words: string): string {
  return words.replace(/\b([a-z])([a-z]*)/g, (word, letter: string, rest: string) =>
    /^(?:time|times|zone|local|standard|daylight|summer|winter|our|the|in|at|of)$/.test(word)
      ? word
      : letter.toUpperCase() + rest
  )
}

/**
 * A statement's words up to its first number that is not part of an offset:
 * `Berlin office time (UTC+02:00)` whole, `UTC from 14:00` up to `14`.
 */
function beforeTimes(rest: string): string {
  const digit = /\d/g
  // (An offset's figures are the zone's: `UTC+1`, `UTC + 1 hour`.)
  const offset = /[+\-−]\s?\d{1,2}(?::?\d{2})?(?![\d:])/y
  for (let found = digit.exec(rest); found; found = digit.exec(rest)) {
    const sign = /[+\-−]\s?$/.exec(rest.slice(0, found.index))
    offset.lastIndex = sign ? sign.index : found.index
    if (found.index === 0 || !sign || !offset.test(rest)) return rest.slice(0, found.index)
    digit.lastIndex = offset.lastIndex
  }
  return rest
}

/**
 * A zone in a table header or a short heading about times: `UTC time`,
 * `Time, UTC`, `When (PDT)`.
 *
 * @example
 *   headerZone('Time (UTC)')?.name // 'UTC'
 *   headerZone('Event') // undefined
 */
export function headerZone(text: string): Zone | undefined {
  // (`| Local (NZDT) | UTC | Event |`: a column headed by its zone alone; `ET (UTC−5)`, with its
  // offset that day after it.)
  const bare = text
    .trim()
    .replace(/^local\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s*\((?:UTC|GMT)\s*[+\u2212-]\s*\d{1,2}(?::?\d{2})?\)$/i, '')
  const alone = bare.length <= 12 ? readZone(bare) : undefined
  if (alone && alone.start === 0 && alone.end === bare.length) return alone.zone
  if (text.length > 40 || !/\b(?:date|time|when|timestamp)/i.test(text)) return zoneStatement(text)
  return zoneStatement(text) ?? findZone(text)?.zone
}

/**
 * The day a statement gives the times around it that have none of their
 * own: `All times are on 3 May 2024`, `(all times UTC, September 5, 2026)`,
 * `Unless noted otherwise, times are for 2024-05-03`.
 *
 * @example
 *   dayStatement('(all times UTC, September 5, 2026)') // {year: 2026, month: 9, day: 5}
 */
export function dayStatement(text: string): WrittenDate | undefined {
  if (text.length > 400 || !mentionsTime.test(text)) return undefined
  // (Not a day a clause tells of the zone: `Kyiv time, which the office switched to on 1 May 2023`.)
  const on = new RegExp(
    `${times.source}(?:(?!\\b(?:which|that|since|when)\\b)[^.;]){0,40}?\\b(?:on|for)\\s+`,
    'i'
  ).exec(text)
  // (`All times 15 OCT 2024 unless stated`: the day right after the words, as a log's header says it.)
  const bare = on
    ? null
    : /\ball\s+times\s+(?:are\s+)?(?=\d{1,2}\s+[a-z]{3}|[a-z]{3,9}\.?\s+\d)/i.exec(text)
  const after = on
    ? text.slice(on.index + on[0].length)
    : bare
      ? text.slice(bare.index + bare[0].length)
      : afterZone(text)
  // (`..., the national zone in use since 1 March 2024`: a day the words go on to tell of the zone.)
  if (after === undefined || !dayFirst.test(after)) return undefined
  const written = readTimestamp(after)
  if (!written || 'impossible' in written || written.clock || !written.date) return undefined
  return written.date
}

/**
 * The day a statement gives right after its zone, with or without its year (`Timeline (all times
 * EST, Nov 3 unless noted)`); not one a clause after it tells (`summer time started on Sunday 30
 * March`, `PR merge time on Tue 21 Jan`), which only a year would make sure of.
 *
 * @example
 *   dayAfterZone('Timeline (all times EST, Nov 3 unless noted)') // {month: 11, day: 3}
 */
export function dayAfterZone(text: string): WrittenDate | undefined {
  if (text.length > 400 || !mentionsTime.test(text)) return undefined
  const after = afterZone(text)
  if (after === undefined || !dayFirst.test(after)) return undefined
  const written = readTimestamp(after)
  if (!written || 'impossible' in written || written.clock || !written.date) return undefined
  return written.date
}

/** A day right at the start of the text: a weekday, a month or a number. */
const dayFirst =
  /^\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b)/i

/**
 * The text after a stated zone and a comma or `on`: `(all times UTC, September 5, 2026)`, `All
 * times Pacific (PT), Tuesday Jan 28, 2025` (the zone's other name in brackets between), `All times
 * are Mountain Time (MDT, we're in Denver) on Tuesday April 22`.
 */
function afterZone(text: string): string | undefined {
  const statement = statementAt(text)
  if (!statement) return undefined
  const comma = /^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:,|on\b)\s*/.exec(text.slice(statement.end))
  return comma ? text.slice(statement.end + comma[0].length) : undefined
}
