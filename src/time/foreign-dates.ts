/**
 * Days and clocks written in another language than English (`8 de octubre de
 * 2025`, `wo 15 oktober 2025`, `3. März 2026, 14:05 Uhr`, `mardi 3 mars
 * 2026`, `2025年3月4日`, `08時20分`), found by chrono-node's parsers for that
 * language and rewritten in place as English writes them (`2025-10-08`,
 * `08:20`), every offset kept: the English reader then reads them, in a
 * header, a day heading or a timeline alike, with no second set of rules.
 *
 * Only a text that names a month in one of those languages, or writes a
 * date or clock with Japanese or Chinese characters, is looked at, and the
 * parsers are loaded the first time one is: most reports never need them.
 */
import {createRequire} from 'node:module'

type Chrono = typeof import('chrono-node')
type Locale = 'es' | 'pt' | 'fr' | 'de' | 'nl' | 'it' | 'ja'

let chrono: Chrono | undefined

/**
 * The languages a text may write its dates in, each by its month names that
 * English does not share (`April` is no sign of German) and a few
 * abbreviations of them; Japanese and Chinese by a figure before 年, 月, 日 or 時.
 */
const cues: ReadonlyArray<readonly [Locale, RegExp]> = [
  [
    'es',
    /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\b/i
  ],
  [
    'pt',
    /\b(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/i
  ],
  [
    'fr',
    /\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b/i
  ],
  ['de', /\b(?:januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember)\b/i],
  ['nl', /\b(?:januari|februari|maart|mrt|mei|juni|juli|augustus|oktober|okt)\b/i],
  [
    'it',
    /\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/i
  ],
  ['ja', /\d\s*[年月日時]/]
]

/** A day's figure and its ordinal point before a month's name English shares: `19. november`. */
const ordinalDay =
  /(?<![\d.])\b([0-3]?\d)\.(?=\s+(?:january|february|april|august|september|november|december)\b)/gi

/**
 * A clock written with a spaced `h` (`11 h 42`, `9 h 05`), not an amount (`2 h 30 min`, `1 h 20 m`).
 */
const spacedHour = /(?<![\d.,:])\b([01]?\d|2[0-3]) h ([0-5]\d)\b(?!\s*(?:min|m\b|mn))/g
const spacedHours = new RegExp(spacedHour.source)

/**
 * The names of the weekdays, Monday first, in the languages reports mix into English: Indonesian and
 * Malay, German, French, Spanish, Portuguese, Dutch, Italian, Turkish, Polish, Finnish, Czech,
 * Romanian, Hungarian, Ukrainian, Greek and the Scandinavian ones. Before a day's figure (`Rabu 11 Sep 22.30`, `Mittwoch, 11. Sep`) each is read as English's.
 */
const foreignWeekdays: ReadonlyArray<readonly string[]> = [
  [
    'senin',
    'isnin',
    'montag',
    'lundi',
    'lunes',
    'segunda-feira',
    'maandag',
    'lunedì',
    'lunedi',
    'pazartesi',
    'poniedziałek',
    'måndag',
    'mandag',
    'maanantai',
    'pondělí',
    'pondeli',
    'luni',
    'hétfő',
    'понеділок',
    'δευτέρα'
  ],
  [
    'selasa',
    'dienstag',
    'mardi',
    'martes',
    'terça-feira',
    'terca-feira',
    'dinsdag',
    'martedì',
    'martedi',
    'salı',
    'wtorek',
    'tisdag',
    'tirsdag',
    'tiistai',
    'úterý',
    'utery',
    'marți',
    'marţi',
    'marti',
    'kedd',
    'вівторок',
    'τρίτη'
  ],
  [
    'rabu',
    'mittwoch',
    'mercredi',
    'miércoles',
    'miercoles',
    'quarta-feira',
    'woensdag',
    'mercoledì',
    'mercoledi',
    'çarşamba',
    'środa',
    'onsdag',
    'keskiviikko',
    'středa',
    'streda',
    'miercuri',
    'szerda',
    'середа',
    'τετάρτη'
  ],
  [
    'kamis',
    'khamis',
    'donnerstag',
    'jeudi',
    'jueves',
    'quinta-feira',
    'donderdag',
    'giovedì',
    'giovedi',
    'perşembe',
    'czwartek',
    'torsdag',
    'torstai',
    'čtvrtek',
    'ctvrtek',
    'joi',
    'csütörtök',
    'четвер',
    'πέμπτη'
  ],
  [
    'jumat',
    "jum'at",
    'freitag',
    'vendredi',
    'viernes',
    'sexta-feira',
    'vrijdag',
    'venerdì',
    'venerdi',
    'cuma',
    'piątek',
    'fredag',
    'perjantai',
    'pátek',
    'patek',
    'vineri',
    'péntek',
    'пʼятниця',
    "п'ятниця",
    'παρασκευή'
  ],
  [
    'sabtu',
    'samstag',
    'sonnabend',
    'samedi',
    'sábado',
    'sabado',
    'zaterdag',
    'sabato',
    'cumartesi',
    'sobota',
    'lördag',
    'lørdag',
    'lauantai',
    'sâmbătă',
    'sambata',
    'szombat',
    'субота',
    'σάββατο'
  ],
  [
    'minggu',
    'ahad',
    'sonntag',
    'dimanche',
    'domingo',
    'zondag',
    'domenica',
    'pazar',
    'niedziela',
    'söndag',
    'søndag',
    'sunnuntai',
    'neděle',
    'nedele',
    'duminică',
    'duminica',
    'vasárnap',
    'неділя',
    'κυριακή'
  ]
]

const englishWeekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/**
 * The names of the months, January first, in the languages chrono-node has no parser for and that
 * English does not share: Romanian, Hungarian, Indonesian and Malay, Polish, Czech, Turkish,
 * Finnish, Ukrainian, Greek and the Scandinavian ones, with the cases a date puts them in (`listopadu`, `lutego`,
 * `marraskuuta`). Names a language of `cues` shares (`januari`, `mai`, `oktober`) are left to it.
 */
const foreignMonths: ReadonlyArray<readonly string[]> = [
  [
    'ianuarie',
    'január',
    'stycznia',
    'styczeń',
    'ledna',
    'leden',
    'ocak',
    'tammikuuta',
    'tammikuu',
    'січня',
    'ιανουαρίου'
  ],
  [
    'februarie',
    'február',
    'febr',
    'lutego',
    'luty',
    'února',
    'únor',
    'şubat',
    'subat',
    'helmikuuta',
    'helmikuu',
    'лютого',
    'φεβρουαρίου'
  ],
  [
    'martie',
    'március',
    'márc',
    'maret',
    'marca',
    'marzec',
    'března',
    'březen',
    'mart',
    'maaliskuuta',
    'maaliskuu',
    'березня',
    'μαρτίου'
  ],
  [
    'aprilie',
    'április',
    'ápr',
    'kwietnia',
    'kwiecień',
    'dubna',
    'duben',
    'nisan',
    'huhtikuuta',
    'huhtikuu',
    'квітня',
    'απριλίου'
  ],
  [
    'május',
    'máj',
    'maja',
    'maj',
    'května',
    'květen',
    'mayıs',
    'toukokuuta',
    'toukokuu',
    'травня',
    'μαΐου'
  ],
  [
    'iunie',
    'június',
    'jún',
    'czerwca',
    'czerwiec',
    'června',
    'červen',
    'haziran',
    'kesäkuuta',
    'kesäkuu',
    'червня',
    'ιουνίου'
  ],
  [
    'iulie',
    'július',
    'júl',
    'lipca',
    'lipiec',
    'července',
    'červenec',
    'temmuz',
    'heinäkuuta',
    'heinäkuu',
    'липня',
    'ιουλίου'
  ],
  [
    'augusztus',
    'agustus',
    'sierpnia',
    'sierpień',
    'srpna',
    'srpen',
    'ağustos',
    'elokuuta',
    'elokuu',
    'серпня',
    'αυγούστου'
  ],
  [
    'septembrie',
    'szeptember',
    'szept',
    'września',
    'wrzesień',
    'září',
    'eylül',
    'syyskuuta',
    'syyskuu',
    'вересня',
    'σεπτεμβρίου'
  ],
  [
    'octombrie',
    'október',
    'października',
    'październik',
    'října',
    'říjen',
    'ekim',
    'lokakuuta',
    'lokakuu',
    'жовтня',
    'οκτωβρίου'
  ],
  [
    'noiembrie',
    'listopada',
    'listopad',
    'listopadu',
    'kasım',
    'marraskuuta',
    'marraskuu',
    'листопада',
    'νοεμβρίου'
  ],
  [
    'decembrie',
    'desember',
    'grudnia',
    'grudzień',
    'prosince',
    'prosinec',
    'aralık',
    'joulukuuta',
    'joulukuu',
    'грудня',
    'δεκεμβρίου'
  ]
]

const monthOf = new Map(
  foreignMonths.flatMap((names, index) => names.map((name) => [name, index] as const))
)

/** Any one of them, longest first. */
const monthName = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|')

/** The case ending Hungarian joins to a day's figure: `12-én` (on the 12th), `9-ig` (until the 9th). */
const hungarianCase = '-(?:án|én|ig|től|ától|étől|i|ei|ai|jén|ján)'

/**
 * A day written with one of those months: its figure before it (`17 septembrie 2024`, `29.
 * listopadu 2024`, `11 Desember`), or the year and its point before it and the day after
 * (`2024. szeptember 12-én`, Hungarian's order).
 */
const foreignMonthDay = new RegExp(
  `(?<![\\p{L}\\d._])(?:([0-3]?\\d)\\.?\\s+(${monthName})|(\\d{4})\\.\\s*(${monthName})\\s+([0-3]?\\d)(?:\\.|${hungarianCase})?|(${monthName})\\s+([0-3]?\\d)(?:\\.(?!\\d)|${hungarianCase}))(?![\\p{L}\\d])`,
  'giu'
)

/** The same, for a test that keeps no place between calls. */
const foreignMonthDayOnce = new RegExp(foreignMonthDay.source, 'iu')

const weekdayOf = new Map(
  foreignWeekdays.flatMap((names, index) => names.map((name) => [name, index] as const))
)

/** The names of the weekdays in the other languages, as a day line may write them after the day. */
export const foreignWeekdayNames: readonly string[] = [...weekdayOf.keys()]

/** Any one of them. */
const weekdayName = foreignWeekdayNames.join('|')

/** A weekday of another language right before a day's figure, or in brackets right after it, whatever its case. */
const foreignWeekday = new RegExp(
  `(?<![\\p{L}'-])(${weekdayName})(?![\\p{L}'-])(?=,?\\s+\\d)|(?<=\\d\\.?\\s?\\()(${weekdayName})(?=\\))`,
  'giu'
)

/** Any of the cues, in one scan: most texts have none. */
const anyCue = new RegExp(cues.map(([, pattern]) => pattern.source).join('|'), 'i')

/**
 * Whether a text may write a day in a language chrono-node has no parser for: a figure beside a
 * month's name of one (`17 septembrie`, `Szeptember 9.`), for what passes over prose with no time.
 * (Prose with a day in a language of `cues` alone is passed over as before: reading it, `la nuit
 * du 29 au 30 mars` of a zone statement dated the story, was tried and cost more than it gained.)
 *
 * @example
 *   mayWriteForeignDay('2024. szeptember 12-én') // true
 *   mayWriteForeignDay('3 servers restarted') // false
 */
export function mayWriteForeignDay(text: string): boolean {
  return /\d/.test(text) && foreignMonthDayOnce.test(text)
}

const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
const two = (value: number) => String(value).padStart(2, '0')

/** A text with its days and clocks in English, and where each rewritten one stands. */
export interface English {
  text: string
  /** The rewritten spans, `[start, end)`, in order: the same offsets in both texts. */
  spans: Array<[number, number]>
}

/**
 * The text with each day or clock written in another language rewritten as
 * English writes it, padded with spaces to the same length; the text itself,
 * and no spans, when it has none.
 *
 * @example
 *   inEnglish('Fecha: 8 de octubre de 2025').text // 'Fecha: 2025-10-08          '
 *   inEnglish('| 08時20分 | First 503s |').text     // '| 08:20  | First 503s |'
 */
export function inEnglish(written: string): English {
  const spans: Array<[number, number]> = []
  // (`Rabu 11 Sep 22.30`: the weekday as English names it, padded to the same length.)
  const text = written
    .replace(foreignWeekday, (name: string, ...groups: unknown[]) => {
      const at = groups.at(-2) as number
      spans.push([at, at + name.length])
      return (englishWeekdays[weekdayOf.get(name.toLowerCase()) ?? 0] as string).padEnd(name.length)
    })
    // (`Tirsdag den 19. november`, `am 3. April`: a day's figure with its ordinal point, before a
    // month English names alike; the point read as a space.)
    .replace(ordinalDay, (whole: string, day: string, at: number) => {
      spans.push([at, at + whole.length])
      return `${day} `
    })
    // (`17 septembrie 2024`, `2024. szeptember 12-én`: a month chrono-node has no parser for,
    // as English abbreviates it, padded to the same length.)
    .replace(foreignMonthDay, (whole: string, ...groups: unknown[]) => {
      const [day, month, year, yearMonth, yearDay, dayMonth, monthDay] = groups as Array<
        string | undefined
      >
      const at = groups.at(-2) as number
      const index = monthOf.get((month ?? yearMonth ?? dayMonth ?? '').toLowerCase())
      if (index === undefined) return whole
      spans.push([at, at + whole.length])
      if (year !== undefined && yearDay !== undefined)
        return `${year}-${two(index + 1)}-${two(Number(yearDay))}`.padEnd(whole.length)
      if (monthDay !== undefined) return `${months[index]} ${Number(monthDay)}`.padEnd(whole.length)
      return `${day} ${months[index]}`.padEnd(whole.length)
    })
  const spaced = spacedHours.test(text)
  if (!spaced && !anyCue.test(text)) return {text, spans}
  let result = text
  // `11 h 42`, `1 h 15`: a clock as Québec and France write it, hours and minutes apart.
  if (spaced)
    result = result.replace(spacedHour, (whole, hour: string, minute: string, at: number) => {
      spans.push([at, at + whole.length])
      // (Padded before, so that a zone after it still follows it: `9 h 05 HAE`.)
      return `${two(Number(hour))}:${minute}`.padStart(whole.length)
    })
  if (!anyCue.test(result)) return {text: result, spans}
  chrono ??= createRequire(import.meta.url)('chrono-node') as Chrono
  for (const [locale, cue] of cues) {
    if (!cue.test(result)) continue
    // (The text rebuilt once per language, from its pieces: not once per date found.)
    const pieces: string[] = []
    let copied = 0
    for (const found of chrono[locale].strict.parse(result, new Date(Date.UTC(2000, 0, 1)))) {
      // Only what English cannot read already: a span with the language's own words in it.
      if (!anyCue.test(found.text)) continue
      // (`19:10, Mei Tan wrote`: a month's name alone, no day beside it, is a name.)
      if (found.start.isCertain('month') && !found.start.isCertain('day')) continue
      // From its first figure: chrono's span may take a word before it (`Am 3. März`, `il 12`).
      const start = found.index + Math.max(0, found.text.search(/\d/))
      const end = found.index + found.text.length
      const english = rewrite(found.start, end - start)
      if (english === undefined || start < copied) continue
      pieces.push(result.slice(copied, start), english)
      copied = end
      spans.push([start, end])
    }
    if (pieces.length > 0) result = pieces.join('') + result.slice(copied)
  }
  return {text: result, spans: spans.sort((a, b) => a[0] - b[0])}
}

/**
 * `[start, end)` of a time read in the English text, widened to the whole of
 * each rewritten span it touches, so that the time as written is the
 * original's (`8 de octubre de 2025`, not the first ten characters of it).
 */
export function widen(
  start: number,
  end: number,
  spans: ReadonlyArray<readonly [number, number]>
): [number, number] {
  let from = start
  let to = end
  for (const [spanStart, spanEnd] of spans) {
    if (spanStart < to && spanEnd > from) {
      from = Math.min(from, spanStart)
      to = Math.max(to, spanEnd)
    }
  }
  return [from, to]
}

interface Components {
  isCertain(component: 'year' | 'month' | 'day' | 'hour' | 'minute'): boolean
  get(component: 'year' | 'month' | 'day' | 'hour' | 'minute'): number | null
}

/** The longest English writing of a day and clock that fits in `length` characters, padded to it. */
function rewrite(start: Components, length: number): string | undefined {
  const value = (component: 'year' | 'month' | 'day' | 'hour' | 'minute') =>
    start.get(component) ?? 0
  const hasDay = start.isCertain('month') && start.isCertain('day')
  const clock = start.isCertain('hour') ? `${two(value('hour'))}:${two(value('minute'))}` : ''
  const days: string[] = []
  if (hasDay && start.isCertain('year')) {
    days.push(`${value('year')}-${two(value('month'))}-${two(value('day'))}`)
    days.push(`${value('year')}/${value('month')}/${value('day')}`)
  } else if (hasDay) {
    days.push(`${months[value('month') - 1]} ${value('day')}`)
  }
  const writings = clock
    ? [...days.map((day) => `${day} ${clock}`), ...(days.length > 0 ? [] : [clock])]
    : days
  // (A day and clock too long together keeps the day: the clock of a day is lost, not the day.)
  if (clock) writings.push(...days)
  const fitting = writings.find((writing) => writing.length <= length)
  return fitting?.padEnd(length)
}
