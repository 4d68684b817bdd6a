/**
 * Time zones as people write them in postmortems: abbreviations, offsets,
 * generic names that follow daylight saving, IANA names and city names.
 *
 * The abbreviation table is documented in the README ("Time zones"). Fixed
 * abbreviations (`PST`, `CEST`) always mean their offset, whatever the date;
 * generic names (`PT`, `Eastern`, `Central European`) follow daylight saving
 * on the date in question through their IANA zone.
 */
import {DateTime} from 'luxon'
import {fixedZoneNames, followingZoneNames} from './zone-names.js'

/** A zone read from text: a fixed offset or an IANA zone. */
export interface Zone {
  /** As written (`PST`, `UTC+2`, `Denver`, `Pacific`). */
  name: string
  /** Fixed offset from UTC in minutes, for abbreviations and offsets. */
  offset?: number
  /** IANA zone, for generic names, cities and IANA names. */
  iana?: string
  /** Other readings of an ambiguous abbreviation (`IST`, `BST`, `CST`, `AST`); the first is the default. */
  candidates?: ZoneCandidate[]
}

/** One reading of an ambiguous abbreviation. */
export interface ZoneCandidate {
  label: string
  offset: number
  iana: string
}

/** A zone found in text, with its span. */
export interface ZoneMatch {
  zone: Zone
  start: number
  end: number
}

const hours = (h: number) => Math.round(h * 60)

/** Fixed-offset abbreviations. Ambiguous ones are in `ambiguousZones`. */
export const zoneAbbreviations: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  WEST: hours(1),
  CET: hours(1),
  CEST: hours(2),
  // The same in German: Mitteleuropäische (Sommer)zeit.
  MEZ: hours(1),
  MESZ: hours(2),
  // And in Czech (středoevropský (letní) čas), and Turkey's own (Türkiye Saati).
  SEČ: hours(1),
  SELČ: hours(2),
  TSİ: hours(3),
  MET: hours(1),
  MEST: hours(2),
  EET: hours(2),
  EEST: hours(3),
  MSK: hours(3),
  SAST: hours(2),
  WAT: hours(1),
  CAT: hours(2),
  EAT: hours(3),
  GST: hours(4),
  // Israel Daylight Time (Ireland writes its summer time IST).
  IDT: hours(3),
  // Canada's zones as French writes them: heure avancée (daylight) or normale (standard) de l'Est,
  // du Centre, des Rocheuses, du Pacifique, de l'Atlantique.
  HAE: hours(-4),
  HNE: hours(-5),
  HAC: hours(-5),
  HNC: hours(-6),
  HAR: hours(-6),
  HNR: hours(-7),
  HAP: hours(-7),
  HNP: hours(-8),
  HAA: hours(-3),
  HNA: hours(-4),
  PKT: hours(5),
  IRST: hours(3.5),
  TRT: hours(3),
  NPT: hours(5.75),
  ICT: hours(7),
  WIB: hours(7),
  SGT: hours(8),
  // The Philippines (PHT, officially PhST), Malaysia, and central and eastern Indonesia.
  PHT: hours(8),
  PHST: hours(8),
  MYT: hours(8),
  WITA: hours(8),
  WIT: hours(9),
  HKT: hours(8),
  AWST: hours(8),
  JST: hours(9),
  KST: hours(9),
  ACST: hours(9.5),
  ACDT: hours(10.5),
  AEST: hours(10),
  AEDT: hours(11),
  NZST: hours(12),
  NZDT: hours(13),
  HST: hours(-10),
  AKST: hours(-9),
  AKDT: hours(-8),
  PST: hours(-8),
  PDT: hours(-7),
  MST: hours(-7),
  MDT: hours(-6),
  CDT: hours(-5),
  EST: hours(-5),
  EDT: hours(-4),
  ADT: hours(-3),
  NST: hours(-3.5),
  NDT: hours(-2.5),
  BRT: hours(-3),
  ART: hours(-3),
  // South America beyond Brazil and Argentina: Chile's standard and summer time, Colombia, Peru,
  // Uruguay, Bolivia, Venezuela.
  CLT: hours(-4),
  CLST: hours(-3),
  COT: hours(-5),
  PET: hours(-5),
  UYT: hours(-3),
  BOT: hours(-4),
  VET: hours(-4)
}

/**
 * Abbreviations with more than one common meaning. The first candidate is the
 * default, used (with a warning) when neither the report's `timezone` nor the
 * caller's `timezone` option tells which one is meant.
 */
export const ambiguousZones: Readonly<Record<string, readonly ZoneCandidate[]>> = {
  IST: [
    {label: 'India Standard Time', offset: hours(5.5), iana: 'Asia/Kolkata'},
    {label: 'Irish Standard Time', offset: hours(1), iana: 'Europe/Dublin'},
    {label: 'Israel Standard Time', offset: hours(2), iana: 'Asia/Jerusalem'}
  ],
  BST: [
    {label: 'British Summer Time', offset: hours(1), iana: 'Europe/London'},
    {label: 'Bangladesh Standard Time', offset: hours(6), iana: 'Asia/Dhaka'}
  ],
  CST: [
    {label: 'Central Standard Time (North America)', offset: hours(-6), iana: 'America/Chicago'},
    {label: 'China Standard Time', offset: hours(8), iana: 'Asia/Shanghai'},
    {label: 'Cuba Standard Time', offset: hours(-5), iana: 'America/Havana'}
  ],
  AST: [
    {label: 'Atlantic Standard Time', offset: hours(-4), iana: 'America/Halifax'},
    {label: 'Arabia Standard Time', offset: hours(3), iana: 'Asia/Riyadh'}
  ]
}

/** Generic names that follow daylight saving, by lowercased name. */
export const genericZones: Readonly<Record<string, string>> = {
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'pacific time': 'America/Los_Angeles',
  'us/pacific': 'America/Los_Angeles',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  'mountain time': 'America/Denver',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  'central time': 'America/Chicago',
  et: 'America/New_York',
  eastern: 'America/New_York',
  'eastern time': 'America/New_York',
  akt: 'America/Anchorage',
  alaska: 'America/Anchorage',
  'alaska time': 'America/Anchorage',
  'central european': 'Europe/Berlin',
  'central european time': 'Europe/Berlin',
  'eastern european': 'Europe/Athens',
  'eastern european time': 'Europe/Athens',
  'western european': 'Europe/Lisbon',
  'western european time': 'Europe/Lisbon',
  'uk time': 'Europe/London',
  'british time': 'Europe/London',
  'london time': 'Europe/London',
  'irish time': 'Europe/Dublin',
  'australian eastern time': 'Australia/Sydney',
  'japan time': 'Asia/Tokyo',
  'india time': 'Asia/Kolkata',
  atlantic: 'America/Halifax',
  'atlantic time': 'America/Halifax',
  newfoundland: 'America/St_Johns',
  'newfoundland time': 'America/St_Johns',
  'hawaii time': 'Pacific/Honolulu',
  // Arizona keeps standard time all year (MST, UTC-7), as Phoenix does.
  arizona: 'America/Phoenix',
  'arizona time': 'America/Phoenix',
  'brasilia time': 'America/Sao_Paulo',
  'brasília time': 'America/Sao_Paulo',
  'korea time': 'Asia/Seoul',
  'singapore time': 'Asia/Singapore',
  'hong kong time': 'Asia/Hong_Kong',
  'israel time': 'Asia/Jerusalem',
  // A country's time named by its people (`Dutch local time`, `German time`), for countries of
  // one zone.
  'dutch time': 'Europe/Amsterdam',
  'netherlands time': 'Europe/Amsterdam',
  'german time': 'Europe/Berlin',
  'french time': 'Europe/Paris',
  'spanish time': 'Europe/Madrid',
  'italian time': 'Europe/Rome',
  'belgian time': 'Europe/Brussels',
  'swiss time': 'Europe/Zurich',
  'austrian time': 'Europe/Vienna',
  'polish time': 'Europe/Warsaw',
  'czech time': 'Europe/Prague',
  'swedish time': 'Europe/Stockholm',
  'norwegian time': 'Europe/Oslo',
  'danish time': 'Europe/Copenhagen',
  'finnish time': 'Europe/Helsinki',
  'greek time': 'Europe/Athens',
  'turkish time': 'Europe/Istanbul',
  'israeli time': 'Asia/Jerusalem',
  'japanese time': 'Asia/Tokyo',
  'korean time': 'Asia/Seoul',
  'chinese time': 'Asia/Shanghai',
  'indian time': 'Asia/Kolkata',
  'thai time': 'Asia/Bangkok',
  'vietnamese time': 'Asia/Ho_Chi_Minh',
  'philippine time': 'Asia/Manila',
  'nigerian time': 'Africa/Lagos',
  'kenyan time': 'Africa/Nairobi',
  'egyptian time': 'Africa/Cairo',
  'south african time': 'Africa/Johannesburg',
  'new zealand time': 'Pacific/Auckland',
  // The same, as its people write it: `Alle Zeitangaben in deutscher Ortszeit`, `heure française`,
  // `Nederlandse tijd`, `hora peninsular`.
  'deutsche zeit': 'Europe/Berlin',
  'deutscher zeit': 'Europe/Berlin',
  'deutsche ortszeit': 'Europe/Berlin',
  'deutscher ortszeit': 'Europe/Berlin',
  'österreichische zeit': 'Europe/Vienna',
  'österreichischer zeit': 'Europe/Vienna',
  'schweizer zeit': 'Europe/Zurich',
  'schweizer ortszeit': 'Europe/Zurich',
  'heure française': 'Europe/Paris',
  'heure de france': 'Europe/Paris',
  'heure belge': 'Europe/Brussels',
  'heure suisse': 'Europe/Zurich',
  'nederlandse tijd': 'Europe/Amsterdam',
  'belgische tijd': 'Europe/Brussels',
  'hora peninsular': 'Europe/Madrid',
  'hora española': 'Europe/Madrid',
  'hora de españa': 'Europe/Madrid',
  'hora de portugal': 'Europe/Lisbon',
  'hora de brasil': 'America/Sao_Paulo',
  'hora de chile': 'America/Santiago',
  'hora de colombia': 'America/Bogota',
  'hora de perú': 'America/Lima',
  'hora de argentina': 'America/Argentina/Buenos_Aires',
  'ora italiana': 'Europe/Rome',
  'czas polski': 'Europe/Warsaw',
  'czasie polskim': 'Europe/Warsaw',
  'czasu polskiego': 'Europe/Warsaw',
  'polskiego czasu': 'Europe/Warsaw',
  'czasie warszawskim': 'Europe/Warsaw',
  'svensk tid': 'Europe/Stockholm',
  'svensk sommartid': 'Europe/Stockholm',
  'svensk normaltid': 'Europe/Stockholm',
  'norsk tid': 'Europe/Oslo',
  'dansk tid': 'Europe/Copenhagen',
  'finsk tid': 'Europe/Helsinki',
  'suomen aikaa': 'Europe/Helsinki',
  'türkiye saati': 'Europe/Istanbul',
  'türkiye saatidir': 'Europe/Istanbul',
  'türkiye saatiyle': 'Europe/Istanbul',
  'pražský čas': 'Europe/Prague',
  'pražského času': 'Europe/Prague',
  'pražském čase': 'Europe/Prague',
  'český čas': 'Europe/Prague',
  'českého času': 'Europe/Prague',
  'českém čase': 'Europe/Prague',
  'ora româniei': 'Europe/Bucharest',
  'ora romaniei': 'Europe/Bucharest',
  'budapesti idő': 'Europe/Budapest',
  'budapesti helyi idő': 'Europe/Budapest',
  'ώρα ελλάδας': 'Europe/Athens',
  'ώρα ελλάδος': 'Europe/Athens',
  'київським часом': 'Europe/Kyiv',
  'за києвом': 'Europe/Kyiv',
  'за київським часом': 'Europe/Kyiv',
  'giờ việt nam': 'Asia/Ho_Chi_Minh'
}

/** The standard and summer abbreviations of a zone, written as a pair (`PST/PDT`), either way round. */
const seasonPairs: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['PST', 'PDT', 'America/Los_Angeles'],
      ['MST', 'MDT', 'America/Denver'],
      ['CST', 'CDT', 'America/Chicago'],
      ['EST', 'EDT', 'America/New_York'],
      ['AKST', 'AKDT', 'America/Anchorage'],
      ['AST', 'ADT', 'America/Halifax'],
      ['NST', 'NDT', 'America/St_Johns'],
      ['GMT', 'BST', 'Europe/London'],
      ['WET', 'WEST', 'Europe/Lisbon'],
      ['CET', 'CEST', 'Europe/Berlin'],
      ['EET', 'EEST', 'Europe/Athens'],
      ['AEST', 'AEDT', 'Australia/Sydney'],
      ['NZST', 'NZDT', 'Pacific/Auckland'],
      ['CLT', 'CLST', 'America/Santiago'],
      ['MEZ', 'MESZ', 'Europe/Berlin']
    ] as const
  ).flatMap(([standard, summer, iana]) => [
    [`${standard}/${summer}`, iana],
    [`${summer}/${standard}`, iana]
  ])
)

/** Long names of fixed abbreviations (`Pacific Standard Time` is `PST`). */
const longNames: Readonly<Record<string, string>> = {
  'coordinated universal time': 'UTC',
  'greenwich mean time': 'GMT',
  'pacific standard time': 'PST',
  'pacific daylight time': 'PDT',
  'mountain standard time': 'MST',
  'mountain daylight time': 'MDT',
  'central standard time': 'CST',
  'central daylight time': 'CDT',
  'eastern standard time': 'EST',
  'eastern daylight time': 'EDT',
  'alaska standard time': 'AKST',
  'alaska daylight time': 'AKDT',
  'hawaii standard time': 'HST',
  'central european standard time': 'CET',
  'central european summer time': 'CEST',
  'eastern european summer time': 'EEST',
  'british summer time': 'BST',
  'western european summer time': 'WEST',
  'eastern european standard time': 'EET',
  'south africa standard time': 'SAST',
  'australian eastern standard time': 'AEST',
  'australian eastern daylight time': 'AEDT',
  'australian central standard time': 'ACST',
  'australian central daylight time': 'ACDT',
  'australian western standard time': 'AWST',
  'new zealand standard time': 'NZST',
  'new zealand daylight time': 'NZDT',
  'india standard time': 'IST',
  'japan standard time': 'JST',
  'korea standard time': 'KST',
  'singapore standard time': 'SGT',
  'newfoundland standard time': 'NST',
  'newfoundland daylight time': 'NDT',
  'atlantic standard time': 'AST',
  'atlantic daylight time': 'ADT',
  'brasilia standard time': 'BRT',
  'brasília standard time': 'BRT'
}

/** Large cities that keep another city's zone, by zone. */
const sharedZoneCities: Record<string, string[]> = {
  'America/Los_Angeles': [
    'san francisco',
    'seattle',
    'san diego',
    'san jose',
    'palo alto',
    'mountain view'
  ],
  'America/New_York': ['boston', 'atlanta', 'miami', 'philadelphia', 'pittsburgh'],
  'America/Chicago': ['austin', 'dallas', 'houston', 'minneapolis', 'st. louis'],
  'America/Toronto': ['ottawa', 'montreal'],
  'America/Sao_Paulo': ['rio de janeiro', 'brasilia'],
  'Europe/London': ['manchester', 'edinburgh', 'oxford', 'bristol', 'leeds'],
  'Europe/Berlin': [
    'frankfurt',
    'munich',
    'hamburg',
    'cologne',
    'stuttgart',
    'düsseldorf',
    'dusseldorf'
  ],
  'Europe/Paris': ['lyon', 'toulouse', 'marseille'],
  'Europe/Madrid': ['barcelona', 'valencia'],
  'Europe/Rome': ['milan', 'turin'],
  'Europe/Zurich': ['geneva', 'basel', 'bern'],
  'Europe/Amsterdam': ['rotterdam', 'utrecht', 'the hague'],
  'Asia/Kolkata': [
    'mumbai',
    'bangalore',
    'bengaluru',
    'delhi',
    'new delhi',
    'hyderabad',
    'chennai',
    'pune'
  ],
  'Asia/Shanghai': ['beijing', 'shenzhen', 'hangzhou', 'guangzhou'],
  'Asia/Tokyo': ['osaka', 'kyoto'],
  'Asia/Jerusalem': ['tel aviv'],
  'Africa/Johannesburg': ['cape town'],
  'Australia/Sydney': ['canberra'],
  // The names a city's own people write, where they differ from the zone's (accents aside:
  // `Bogotá`, `São Paulo` are read as `Bogota`, `Sao Paulo`): `hora de la Ciudad de México`,
  // `horário de Brasília`, `Uhrzeit Wien`.
  'America/Mexico_City': ['ciudad de mexico', 'cdmx', 'guadalajara', 'monterrey'],
  'Europe/Lisbon': ['lisboa', 'porto'],
  'Europe/Vienna': ['wien'],
  'Europe/Prague': ['praha'],
  'Europe/Warsaw': ['warszawa', 'varsovia'],
  'Europe/Brussels': ['bruxelles', 'brussel'],
  'Europe/Copenhagen': ['kobenhavn'],
  'Europe/Moscow': ['moskva', 'moscu'],
  'Asia/Istanbul': ['ankara']
}

/** A name without its accents, lowercased: `Ciudad de México` is `ciudad de mexico`. */
function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

let cities: Map<string, string> | undefined

/**
 * Zones whose last part no report means as a place: research stations (`Antarctica/Davis`,
 * `Antarctica/Casey`), a county's small towns (`America/North_Dakota/Center`, `America/Indiana/Knox`:
 * `Traffic Management Center`), and words or names that are more often something else (`Wake`,
 * `Easter`, `Christmas`, `Regina`, `Stanley`, `Resolute`; `Norfolk`, Virginia's city too).
 */
const unnamedZone =
  /^(?:Antarctica\/|America\/North_Dakota\/|America\/Indiana\/(?!Indianapolis$)|America\/Kentucky\/Monticello$|Asia\/Oral$|America\/(?:Resolute|Regina|Dawson|Creston)$|Atlantic\/Stanley$|Pacific\/(?:Easter|Midway|Wake|Norfolk|Chatham)$|Indian\/Christmas$)/

/** City names of the IANA database (`denver`, `new york`), lowercased, to their zone. */
function cityZones(): Map<string, string> {
  if (cities) return cities
  cities = new Map()
  for (const name of Intl.supportedValuesOf('timeZone')) {
    const city = name.split('/').at(-1)
    if (city && name.includes('/') && !unnamedZone.test(name))
      cities.set(city.replaceAll('_', ' ').toLowerCase(), name)
  }
  // Older names still in daily use, absent from the canonical list.
  cities.set('calcutta', 'Asia/Kolkata')
  cities.set('saigon', 'Asia/Ho_Chi_Minh')
  // Large cities that are not the name of a zone, where many teams sit.
  for (const [zone, names] of Object.entries(sharedZoneCities))
    for (const name of names) cities.set(name, zone)
  // (Each also without its accents, as a phrase is looked up: `düsseldorf`, `dusseldorf`.)
  for (const [name, zone] of [...cities])
    if (!cities.has(folded(name))) cities.set(folded(name), zone)
  return cities
}

let ianaNames: Map<string, string> | undefined

/** Canonical spelling of an IANA zone name, or undefined when it is not one. */
export function canonicalIana(name: string): string | undefined {
  if (!ianaNames) {
    ianaNames = new Map()
    for (const zone of Intl.supportedValuesOf('timeZone')) ianaNames.set(zone.toLowerCase(), zone)
    ianaNames.set('utc', 'UTC')
    ianaNames.set('etc/utc', 'UTC')
  }
  const found = ianaNames.get(name.toLowerCase())
  if (found) return found
  // Links such as `US/Pacific` are valid zones without being in the canonical list.
  return DateTime.local({zone: name}).isValid ? name : undefined
}

const abbreviationPattern = new RegExp(
  `^(?:${[...Object.keys(zoneAbbreviations), ...Object.keys(ambiguousZones)]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'u'
)
const offsetPattern = /^(?:(UTC|GMT|UT)\s?)?([+\-−])(\d{1,2})(?::?(\d{2}))?(?![\d:])/i
/** `UTC + 1 hour`, `GMT - 5`: an offset written with spaces, its hours named or not. */
const spacedOffset = /^(UTC|GMT)\s*([+\-−])\s+(\d{1,2})(?::(\d{2}))?(?:\s+hours?\b)?(?![\d:])/i
// (Not the `Z` of `Zürich`: no letter of any script after it.)
const utcPattern = /^(?:\+?(?:UTC|GMT)|Z(?!\p{L}))/iu
const ianaPattern = /^[A-Z][A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/
const wordsPattern = /^\p{L}[\p{L}.]*(?:[ \t]+\p{L}[\p{L}.]*){0,3}/u
/** A place named in brackets before its zone: `Almaty, ` of `(Almaty, UTC+5)`. */
const placeBeforeZone = /^[A-Z][A-Za-z'-]*(?:[ \t]+[A-Z][A-Za-z'-]*){0,2},[ \t]*/

/**
 * Read a zone that starts exactly at `from` in `text` (leading spaces and one
 * opening parenthesis are skipped): `PST`, `UTC+2`, `+05:30`, `Z`, `(UTC)`,
 * `Pacific`, `Eastern Daylight Time`, `America/Denver`, `Denver`.
 *
 * @example
 *   readZone('9:37 AM PST: x', 8) // {zone: {name: 'PST', offset: -480}, start: 8, end: 11}
 */
export function readZone(text: string, from = 0): ZoneMatch | undefined {
  let start = from
  while (text[start] === ' ' || text[start] === '\t') start++
  // A zone on the next line of a wrapped paragraph (`21:14\nPDT`).
  if (text[start] === '\n' && text[start + 1] !== '\n') {
    start++
    while (text[start] === ' ' || text[start] === '\t') start++
  }
  let paren = false
  if (text[start] === '(') {
    paren = true
    start++
  }
  const rest = text.slice(start, start + 48)
  const match = readZoneAtStart(rest)
  // `(Almaty, UTC+5)`, `(Springfield, CST)`: a place, then the zone its clocks keep; the place's
  // zone when it is a city whose zone is known, else the second. (Not an abbreviation and its
  // offset, `(CET, UTC+1)`: read where the statement or the clock reads them.)
  const place = paren && match?.zone.offset === undefined ? placeBeforeZone.exec(rest) : null
  const placed = place ? readZoneAtStart(rest.slice(place[0].length)) : undefined
  if (place && placed && text[start + place[0].length + placed.length] === ')') {
    const named = match && match.length < place[0].length ? match.zone : placed.zone
    return {zone: named, start: start - 1, end: start + place[0].length + placed.length + 1}
  }
  if (!match) return undefined
  let end = start + match.length
  if (paren) {
    if (text[end] !== ')') return undefined
    end++
    // (`(UTC+00:00) Dublin, Edinburgh, Lisbon, London`, `(UTC-08:00) Pacific Time (US & Canada)`:
    // a label as Windows names its zones, the standard offset then where, which keeps summer time.)
    const labelled = match.zone.iana ? undefined : labelZone(text.slice(end), match.zone)
    if (labelled) return {zone: labelled.zone, start: start - 1, end: end + labelled.length}
  }
  return {zone: match.zone, start: paren ? start - 1 : start, end}
}

/**
 * The zone a Windows label names after its standard offset (` Dublin, Edinburgh, Lisbon, London`,
 * ` Pacific Time (US & Canada)`): its first place's or name's, when that zone's standard offset is
 * the one given.
 */
function labelZone(after: string, offset: Zone): {zone: Zone; length: number} | undefined {
  const label = /^ ([A-Z][\w .&'-]*(?:\([^()\n]{1,20}\))?(?:, [A-Z][\w .'-]*)*)/.exec(after)
  if (!label || offset.offset === undefined) return undefined
  const words = label[1] as string
  const named = readZoneAtStart(words)?.zone ?? placeZone(words.split(',')[0] as string)
  if (!named?.iana) return undefined
  const january = offsetAt(named, {year: 2025, month: 1, day: 15, hour: 12, minute: 0, second: 0})
  const july = offsetAt(named, {year: 2025, month: 7, day: 15, hour: 12, minute: 0, second: 0})
  if (january === undefined || july === undefined) return undefined
  if (Math.min(january, july) !== offset.offset) return undefined
  return {zone: {name: `${offset.name} ${words}`, iana: named.iana}, length: label[0].length}
}

function readZoneAtStart(rest: string): {zone: Zone; length: number} | undefined {
  const offset = offsetPattern.exec(rest) ?? spacedOffset.exec(rest)
  if (offset && (offset[1] || offset[4] !== undefined || (offset[3] ?? '').length === 2)) {
    const sign = offset[2] === '+' ? 1 : -1
    const minutes = sign * (Number(offset[3]) * 60 + Number(offset[4] ?? 0))
    if (Math.abs(minutes) <= 14 * 60) {
      return {zone: {name: offset[0], offset: minutes}, length: offset[0].length}
    }
  }
  // `PST/PDT`, `GMT/BST`: both clocks of a zone named together, the zone itself.
  const pair = /^([A-Z]{3,4})\s*\/\s*([A-Z]{3,4})(?![A-Za-z])/.exec(rest)
  const paired = pair ? seasonPairs[`${pair[1]}/${pair[2]}`] : undefined
  if (pair && paired)
    return {zone: {name: `${pair[1]}/${pair[2]}`, iana: paired}, length: pair[0].length}
  const utc = utcPattern.exec(rest)
  if (utc) return {zone: {name: utc[0], offset: 0}, length: utc[0].length}
  const abbreviation = abbreviationPattern.exec(rest)
  if (abbreviation) {
    return {zone: abbreviationZone(abbreviation[0]), length: abbreviation[0].length}
  }
  const iana = ianaPattern.exec(rest)
  if (iana) {
    const name = canonicalIana(iana[0])
    if (name) return {zone: {name: iana[0], iana: name}, length: iana[0].length}
  }
  const words = wordsPattern.exec(rest)
  if (!words) return undefined
  // Longest run of words first: `Eastern Daylight Time` before `Eastern`.
  const parts = words[0].split(/[ \t]+/)
  // Most words after a time are the entry's text (`Support reports ...`): no name starts with them.
  if (!firstWords().has(folded(parts[0] as string).replace(/\.$/, ''))) return undefined
  for (let count = parts.length; count > 0; count--) {
    const phrase = parts.slice(0, count).join(' ')
    // A full stop after the name ends its sentence: not part of the name (`... in Eastern.`).
    const stop = phrase.endsWith('.') ? 1 : 0
    const length =
      rest.indexOf(parts[count - 1] as string) + (parts[count - 1] as string).length - stop
    // `UK local time`, `Pacific local time`: the zone's name with `local` before `time`.
    const key = phrase
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/ local time$/, ' time')
      // (`hora local peninsular`, `heure locale de France`: the same zone with `local` in it.)
      .replace(/^(hora|heure|ora) local[ei]? /, '$1 ')
    const long = longNames[key]
    const name = stop ? phrase.slice(0, -1) : phrase
    if (long) return {zone: {...abbreviationZone(long), name}, length}
    const generic = genericZones[key]
    if (generic) return {zone: {name, iana: generic}, length}
    // `Philippine Standard Time`, `East Africa Time`: the names CLDR gives, after the ones above.
    const cldr = cldrNames().get(key)
    if (cldr) return {zone: {...cldr, name}, length}
    // Cities are capitalised words; lower-case words are prose (`time`, `local`). A city is a
    // zone only where a zone ends (`16:37 Denver - ...`, `Denver time`, `Sydney local`, `Berlin
    // office time`), not as the subject of a sentence (`4:00 PM Canary hosts show errors`).
    if (
      /^\p{Lu}/u.test(phrase) &&
      /^(?:\s*(?:[-–—:,;)|.]|(?:office\s+)?time\b|local\b)|\s*$)/.test(rest.slice(length))
    ) {
      const city = cityZones().get(folded(key))
      if (city) return {zone: {name, iana: city}, length}
    }
  }
  return undefined
}

let cldrZones: Map<string, Omit<Zone, 'name'>> | undefined

/** CLDR's long zone names, lowercased, to their offset or the zone that keeps them. */
function cldrNames(): Map<string, Omit<Zone, 'name'>> {
  if (cldrZones) return cldrZones
  cldrZones = new Map()
  for (const [name, offset] of Object.entries(fixedZoneNames))
    cldrZones.set(name.toLowerCase(), {offset})
  for (const [name, iana] of Object.entries(followingZoneNames))
    cldrZones.set(name.toLowerCase(), {iana})
  return cldrZones
}

let nameStarts: Set<string> | undefined

/** The first word of every long, generic and city name: a name read from words starts with one. */
function firstWords(): Set<string> {
  nameStarts ??= new Set(
    [
      ...Object.keys(longNames),
      ...Object.keys(genericZones),
      ...cldrNames().keys(),
      ...cityZones().keys()
      // (Folded as the word looked up is: `türkiye saati`, `pražském čase`.)
    ].map((name) => folded(name.split(' ')[0] as string))
  )
  return nameStarts
}

function abbreviationZone(name: string): Zone {
  const candidates = ambiguousZones[name]
  if (candidates) {
    const first = candidates[0] as ZoneCandidate
    return {name, offset: first.offset, candidates: [...candidates]}
  }
  return {name, offset: zoneAbbreviations[name] ?? 0}
}

/**
 * Find the first zone anywhere in a short text, such as a statement
 * (`All times in PDT (UTC-7).`) or a table header (`Date and Time in CET`).
 */
export function findZone(text: string): ZoneMatch | undefined {
  for (let index = 0; index < text.length; index++) {
    // Only try at word starts, and at `+`/`-` for offsets.
    const before = index === 0 ? ' ' : (text[index - 1] as string)
    if (/[A-Za-z0-9]/.test(before)) continue
    const match = readZone(text, index)
    if (match && match.start === index) return match
  }
  return undefined
}

/**
 * Offset from UTC in minutes of a zone at a local wall-clock time, or
 * undefined when the zone is not valid.
 *
 * @example
 *   offsetAt({name: 'ET', iana: 'America/New_York'}, {year: 2025, month: 7, day: 26, hour: 13, minute: 14}) // -240
 */
export function offsetAt(zone: Zone, local: LocalTime): number | undefined {
  if (zone.offset !== undefined) return zone.offset
  if (!zone.iana) return undefined
  const time = DateTime.fromObject(local, {zone: zone.iana})
  return time.isValid ? time.offset : undefined
}

/** A wall-clock time without a zone. */
export interface LocalTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * Pick the meaning of an ambiguous abbreviation from a reference zone: the
 * candidate whose offset the reference zone has at that time, or whose IANA
 * zone it is. Undefined when the reference does not tell.
 */
export function pickCandidate(
  candidates: readonly ZoneCandidate[],
  reference: Zone,
  local: LocalTime
): ZoneCandidate | undefined {
  if (reference.iana) {
    const same = candidates.find((candidate) => candidate.iana === reference.iana)
    if (same) return same
  }
  const offset = offsetAt(reference, local)
  if (offset === undefined) return undefined
  const matching = candidates.filter((candidate) => candidate.offset === offset)
  if (matching.length === 1) return matching[0]
  // Summer time abbreviations (BST, IST in Ireland) sit one hour above the zone's standard offset.
  return undefined
}

/** Parse a zone given by a user or a front matter key: an IANA name, an abbreviation or an offset. */
export function parseZoneName(name: string): Zone | undefined {
  const trimmed = name.trim()
  // Abbreviations first: `CET`, `EST` and `BST` are also legacy zone IDs, with other meanings.
  const match = readZone(trimmed)
  if (match && match.end === trimmed.length) return match.zone
  const iana = trimmed.includes('/') ? canonicalIana(trimmed) : undefined
  return iana ? {name: trimmed, iana} : undefined
}

/**
 * The zone of each US state, by its postal code and name: the zone most of
 * its people keep (Indiana, Kentucky, Tennessee, Florida and Michigan span
 * two; a report from one gives its place, not its county).
 */
export const stateZones: ReadonlyArray<readonly [string, string, string]> = [
  ['AL', 'Alabama', 'America/Chicago'],
  ['AK', 'Alaska', 'America/Anchorage'],
  ['AZ', 'Arizona', 'America/Phoenix'],
  ['AR', 'Arkansas', 'America/Chicago'],
  ['CA', 'California', 'America/Los_Angeles'],
  ['CO', 'Colorado', 'America/Denver'],
  ['CT', 'Connecticut', 'America/New_York'],
  ['DE', 'Delaware', 'America/New_York'],
  ['DC', 'District of Columbia', 'America/New_York'],
  ['FL', 'Florida', 'America/New_York'],
  ['GA', 'Georgia', 'America/New_York'],
  ['HI', 'Hawaii', 'Pacific/Honolulu'],
  ['ID', 'Idaho', 'America/Boise'],
  ['IL', 'Illinois', 'America/Chicago'],
  ['IN', 'Indiana', 'America/Indiana/Indianapolis'],
  ['IA', 'Iowa', 'America/Chicago'],
  ['KS', 'Kansas', 'America/Chicago'],
  ['KY', 'Kentucky', 'America/New_York'],
  ['LA', 'Louisiana', 'America/Chicago'],
  ['ME', 'Maine', 'America/New_York'],
  ['MD', 'Maryland', 'America/New_York'],
  ['MA', 'Massachusetts', 'America/New_York'],
  ['MI', 'Michigan', 'America/Detroit'],
  ['MN', 'Minnesota', 'America/Chicago'],
  ['MS', 'Mississippi', 'America/Chicago'],
  ['MO', 'Missouri', 'America/Chicago'],
  ['MT', 'Montana', 'America/Denver'],
  ['NE', 'Nebraska', 'America/Chicago'],
  ['NV', 'Nevada', 'America/Los_Angeles'],
  ['NH', 'New Hampshire', 'America/New_York'],
  ['NJ', 'New Jersey', 'America/New_York'],
  ['NM', 'New Mexico', 'America/Denver'],
  ['NY', 'New York', 'America/New_York'],
  ['NC', 'North Carolina', 'America/New_York'],
  ['ND', 'North Dakota', 'America/Chicago'],
  ['OH', 'Ohio', 'America/New_York'],
  ['OK', 'Oklahoma', 'America/Chicago'],
  ['OR', 'Oregon', 'America/Los_Angeles'],
  ['PA', 'Pennsylvania', 'America/New_York'],
  ['RI', 'Rhode Island', 'America/New_York'],
  ['SC', 'South Carolina', 'America/New_York'],
  ['SD', 'South Dakota', 'America/Chicago'],
  ['TN', 'Tennessee', 'America/Chicago'],
  ['TX', 'Texas', 'America/Chicago'],
  ['UT', 'Utah', 'America/Denver'],
  ['VT', 'Vermont', 'America/New_York'],
  ['VA', 'Virginia', 'America/New_York'],
  ['WA', 'Washington', 'America/Los_Angeles'],
  ['WV', 'West Virginia', 'America/New_York'],
  ['WI', 'Wisconsin', 'America/Chicago'],
  ['WY', 'Wyoming', 'America/Denver']
]

/** `Columbus, OH`, `Tulsa, Oklahoma`: a town and its state, as an American address writes them. */
const townAndState = new RegExp(
  `\\b[A-Z][A-Za-z.'-]+(?:\\s+[A-Z][A-Za-z.'-]+){0,2},\\s*(${stateZones
    .flatMap(([code, name]) => [code, name.replace(/ /g, '\\s+')])
    .join('|')})\\b(?![a-z]|\\()`
)

/**
 * The zone of the place a text names, where the times it keeps are said to be local: a town
 * and its US state (`1200 Scioto Parkway, Columbus, OH`), or a city that names a zone or shares
 * one (`Denver`, `Lyon`).
 *
 * @example
 *   placeZone('Harmon Valley Medical Center, Columbus, OH')?.iana // 'America/New_York'
 *   placeZone('Site: Lyon plant')?.iana // 'Europe/Paris'
 */
export function placeZone(written: string): Zone | undefined {
  // (`CITY OF BRANDT FALLS, OHIO`: a letterhead in capitals, read as its words are named.)
  const text = /[a-z]/.test(written)
    ? written
    : written.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase())
  const state = townAndState.exec(text)
  const named = state?.[1]?.replace(/\s+/g, ' ').toLowerCase()
  const row =
    named &&
    stateZones.find(([code, name]) => code.toLowerCase() === named || name.toLowerCase() === named)
  if (state && row) return {name: state[0], iana: row[2]}
  // (A city of two words first: `New York`, `Los Angeles`, then of one.)
  const words = [...text.matchAll(/\b[A-Z][a-z]+\b/g)]
  for (const [index, word] of words.entries()) {
    const next = words[index + 1]
    const pair =
      next && /^\s+$/.test(text.slice((word.index ?? 0) + word[0].length, next.index))
        ? `${word[0]} ${next[0]}`
        : undefined
    for (const name of pair ? [pair, word[0]] : [word[0]]) {
      const iana = cityZones().get(name.toLowerCase())
      if (iana) return {name, iana}
    }
  }
  // (`Times are local (UK)`, `local time in Ireland`: a country of one zone.)
  if (/(?<![\w.])(?:UK|U\.K\.)(?![\w.])/.test(text)) return {name: 'UK', iana: 'Europe/London'}
  const country = countryOfOneZone.exec(text)?.[1]
  const iana = country ? oneZoneCountries[country.toLowerCase().replace(/\s+/g, ' ')] : undefined
  if (country && iana) return {name: country, iana}
  return undefined
}

/** Countries kept on one zone, by the names reports call them. */
const oneZoneCountries: Record<string, string> = {
  'united kingdom': 'Europe/London',
  britain: 'Europe/London',
  'great britain': 'Europe/London',
  england: 'Europe/London',
  scotland: 'Europe/London',
  wales: 'Europe/London',
  ireland: 'Europe/Dublin',
  france: 'Europe/Paris',
  germany: 'Europe/Berlin',
  netherlands: 'Europe/Amsterdam',
  belgium: 'Europe/Brussels',
  italy: 'Europe/Rome',
  poland: 'Europe/Warsaw',
  switzerland: 'Europe/Zurich',
  austria: 'Europe/Vienna',
  sweden: 'Europe/Stockholm',
  norway: 'Europe/Oslo',
  denmark: 'Europe/Copenhagen',
  finland: 'Europe/Helsinki',
  japan: 'Asia/Tokyo',
  'south korea': 'Asia/Seoul',
  korea: 'Asia/Seoul',
  india: 'Asia/Kolkata',
  singapore: 'Asia/Singapore',
  philippines: 'Asia/Manila',
  kenya: 'Africa/Nairobi',
  nigeria: 'Africa/Lagos',
  'south africa': 'Africa/Johannesburg',
  israel: 'Asia/Jerusalem',
  'new zealand': 'Pacific/Auckland'
}

const countryOfOneZone = new RegExp(
  `\\b(${Object.keys(oneZoneCountries)
    .map((name) => name.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'i'
)
