/**
 * What a section or a line says of time at a glance: whether a section
 * holds a timeline with a time, the first day it dates its events with,
 * the day a heading or a line names, whether a text starts with a time,
 * and whether a block writes its clocks as four digits.
 */

import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {allSections, type OutlineSection} from '../parse/outline.js'
import {foreignWeekdayNames} from '../time/foreign-dates.js'
import {
  compactClockMayBeYear,
  readCompactClock,
  readTimestamp,
  type WrittenDate,
  weekdays
} from '../time/read-timestamp.js'
import {findMentions, mayMention, mayMentionClock} from './find-mentions.js'
import {statementAt} from './zone-statement.js'

/** Whether a part of the outline holds a timeline of its own (a timeline section or label with a time). */
export function holdsTimeline(section: OutlineSection): boolean {
  let holds = holding.get(section)
  if (holds === undefined) {
    holds = allSections(section).some((part) => part.kind === 'timeline' && hasTimedContent(part))
    holding.set(section, holds)
  }
  return holds
}

const holding = new WeakMap<OutlineSection, boolean>()

/**
 * The first day a section dates its own events with: its title's, or the
 * first its text mentions (`On 13 April 2026, ...`), as `month-day` (the
 * year may be left to the report); undefined when it dates none.
 */
export function firstDateIn(section: OutlineSection): string | undefined {
  const texts = [
    section.title,
    ...section.blocks
      .filter((block) => block.type === 'paragraph' || block.type === 'list')
      .map((block) => toString(block, {includeHtml: false}))
  ]
  for (const text of texts) {
    if (!mayMention(text)) continue
    for (const mention of findMentions(text.slice(0, 4000))) {
      const date = mention.written.date
      if (date && !mention.written.rangeEnd) return `${date.month}-${date.day}`
    }
  }
  return undefined
}

/** A timeline section with a time in a title or in a list, table or paragraph, its subsections' included. */
function hasTimedContent(section: OutlineSection): boolean {
  return allSections(section).some(
    (part) =>
      (part !== section && startsWithTime(part.title)) ||
      part.blocks.some(
        (block) =>
          (block.type === 'list' || block.type === 'table' || block.type === 'paragraph') &&
          timedText(textOf(block))
      )
  )
}

/**
 * Whether a part of the outline lays a timeline out: a timeline section with a timed list or table,
 * a paragraph or a heading a time leads, or a log in a code block. A timeline section of prose that
 * only mentions times (`## Timeline notes`: `the 09:58 alert in the log is unrelated`) lays out none.
 */
export function laysOutTimeline(section: OutlineSection): boolean {
  return allSections(section).some(
    (part) =>
      part.kind === 'timeline' &&
      allSections(part).some(
        (inner) =>
          (inner !== part && startsWithTime(inner.title)) ||
          inner.blocks.some(
            (block) =>
              block.type === 'code' ||
              ((block.type === 'list' || block.type === 'table') && timedText(textOf(block))) ||
              (block.type === 'paragraph' && startsWithTime(textOf(block)))
          )
      )
  )
}

/** A text with a clock: `14:05`, `2pm`, `0608 hrs`, `1405H`, or two lines that start with four-digit clocks (`0616: ...`). */
function timedText(text: string): boolean {
  return mayMentionClock(text) || militaryClock.test(text) || compactStyle(text.split('\n'))
}

/** A four-digit clock with the word or letter that marks it as one: `0608 hrs`, `1405H`, `0418Z`. */
const militaryClock = /\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?\b|hours\b|H\b|Z\b)/

/** A block's text; a table's cells apart (`| 04/11/2024 | 2:47am |` is no `20242:47am`). */
function textOf(block: RootContent): string {
  if (block.type !== 'table') return toString(block, {includeHtml: false})
  return block.children
    .map((row) => row.children.map((cell) => toString(cell, {includeHtml: false})).join(' | '))
    .join('\n')
}

export function startsWithTime(text: string): boolean {
  const written = readTimestamp(text)
  return (
    written !== undefined &&
    !('impossible' in written) &&
    (written.clock !== undefined || written.sinceAnchor !== undefined)
  )
}

/**
 * Whether the lines of a block write their clocks as four digits (`0616:
 * wrong block produced`): two or more do, and not all of them could be
 * years (`2021: ...`).
 */
export function compactStyle(lines: readonly string[]): boolean {
  let count = 0
  let yearLike = 0
  for (const line of lines) {
    if (!readCompactClock(line)) continue
    count++
    if (compactClockMayBeYear(line)) yearLike++
  }
  return count >= 2 && yearLike < count
}

/**
 * Whether a log's lines open on four digits and a gap, as a shift's notes are typed (`2215  fx-quote
 * v4.12 deployed`, `0218  acked`): three such lines or more, half its lines or more.
 */
export function columnarClocks(lines: readonly string[]): boolean {
  const led = lines.filter((line) =>
    /^\s*(?:[01]\d|2[0-3])[0-5]\d(?:\s{2,}|\t)\S/.test(line)
  ).length
  return led >= 3 && led * 2 >= lines.length
}

/** A line that is only a date: `2019-01-22`, `Date: 2023-11-22`, `2025-07-26 Saturday`, `Tuesday, January 22`. */
export function bareDate(text: string): WrittenDate | undefined {
  // (`**Terça, 13/08**`, `Mittwoch, 14.08.2024`: a weekday in another language before the day,
  // or after it: `28/11 (quinta-feira)`.)
  const trimmed = text
    .trim()
    .replace(/^(?:date|day)\s*:\s*/i, '')
    .replace(foreignWeekday, '')
  if (trimmed.length > 64 || trimmed.includes('\n')) return undefined
  const written = readTimestamp(trimmed)
  if (!written || 'impossible' in written || written.clock || !written.date) return undefined
  const after = trimmed.slice(written.end)
  const rest = after.replace(/[()[\]\s,.:*_-]+/g, ' ').trim()
  // `2023-03-14 (all times in PT)`: a day and the zone of the times below it.
  const statement = statementAt(after)
  // (`2025/02/14 (Fri)`: a weekday cut short, too.)
  if (
    rest &&
    !/^(?:mon|tues?|wed|wednes|thu|thurs?|fri|sat|satur|sun)(?:day)?$/i.test(rest) &&
    !foreignWeekdayAlone.test(rest) &&
    !statement
  )
    return undefined
  return written.date
}

/** Words before a day that make it a night's: `the night of `, `overnight on `. */
export const nightBefore = /\b(?:night\s+of|overnight(?:\s+on)?)\s+(?:the\s+)?$/i

/** The weekdays of Portuguese, Spanish, French, German, Dutch and Italian. */
const foreignWeekdays =
  '(?:(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:[-\\s]feira)?|s[áa]bado|domingo|lunes|martes|mi[ée]rcoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica)'

/** A weekday in another language, leading a day line: `Terça, 13/08`. */
const foreignWeekday = new RegExp(`^${foreignWeekdays}[,.]?\\s+(?=\\d)`, 'i')

/** A weekday in another language, after the day: `28/11 (quinta-feira)`, `12.11.2024 (Salı)`. */
const foreignWeekdayAlone = new RegExp(
  `^(?:${foreignWeekdays}|${foreignWeekdayNames.join('|')})$`,
  'iu'
)

/** A day of the month named without its month, and the weekday named with it. */
export interface DayOfMonth {
  day: number
  /** 0 for Sunday. */
  weekday: number
}

/**
 * A line that is only a weekday and a day of the month, the month left to the reader
 * (`**Saturday the 29th**`, `Sunday 30th:`), as a post written days later names the days it tells.
 *
 * @example
 *   dayOfMonth('Saturday the 29th') // {day: 29, weekday: 6}
 */
export function dayOfMonth(text: string): DayOfMonth | undefined {
  const match =
    /^\W*(sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\W*$/i.exec(
      text.trim()
    )
  if (!match) return undefined
  const day = Number(match[2])
  if (day < 1 || day > 31) return undefined
  return {day, weekday: weekdays.indexOf((match[1] as string).toLowerCase())}
}

/**
 * The last day on or before `before` that is that day of the month on that weekday, within two
 * months; none when there is no such day.
 */
export function lastDayOfMonth(
  ofMonth: DayOfMonth,
  before: {year: number; month: number; day: number}
): {year: number; month: number; day: number} | undefined {
  const from = Date.UTC(before.year, before.month - 1, before.day)
  for (let back = 0; back <= 62; back++) {
    const at = new Date(from - back * 86_400_000)
    if (at.getUTCDate() === ofMonth.day && at.getUTCDay() === ofMonth.weekday)
      return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: ofMonth.day}
  }
  return undefined
}

/**
 * The rules drawn around a heading that divides a log by day (`─── Tuesday, March 11th ───`, `===
 * 4 June ===`, `-- Day 2 --`): lines, not words.
 */
const decoration = /^[\s\u2500-\u257f\p{Pd}=~*·•]+|[\s\u2500-\u257f\p{Pd}=~*·•]+$/gu

/** A date in a heading: `2025-07-26 Saturday`, `Timeline - May 29, 2021`, `Website outage 5-26-21`. */
export function dayIn(heading: string): WrittenDate | undefined {
  const title = heading.replace(decoration, '')
  const written = readTimestamp(title)
  if (written && !('impossible' in written) && written.date && !written.clock) return written.date
  for (const mention of findMentions(title)) {
    const date = mention.written.date
    if (date && date.year !== undefined && !mention.written.clock && !mention.written.rangeEnd) {
      // `27→28 Jan 2026`, `27–28 January 2026`: a night or days across, from the first.
      const first = dayRangeStart.exec(title.slice(Math.max(0, mention.start - 12), mention.start))
      const day = first ? Number(first[1]) : 0
      return day >= 1 && day < date.day ? {...date, day} : date
    }
  }
  // (`Friday (Oct 18)`, `Day 2 (19 October)`: a day's name, and its date in brackets, its month
  // named or its year written; not a part's number, `Timeline (1/2)`.)
  const bracketed = /^([^()\d]*(?:\d{1,2}[^()\d]*)?)\(([^()]{3,40})\)\s*$/.exec(title)
  const named = bracketed && /\p{L}{3}|\d{4}/u.test(bracketed[2] as string)
  if (bracketed && named && findMentions(bracketed[1] as string).length === 0) {
    const inside = readTimestamp(bracketed[2] as string)
    if (inside && !('impossible' in inside) && inside.date && !inside.clock) return inside.date
    // (`Timeline (all times PT, Tue Nov 12)`: the day after the zone statement in the brackets.)
    const [only, ...more] = findMentions(bracketed[2] as string)
    const day = only?.written
    if (day?.date && !day.clock && !day.rangeEnd && more.length === 0) return day.date
  }
  // (`night of 9/10 October 2024`: the days run together before their month, the night from the
  // first.)
  const night = nightOfDays.exec(title)
  if (night && Number(night[2]) === Number(night[1]) + 1) {
    const rest = title.slice(night.index + night[0].length)
    const [after] = findMentions(`${night[2]}${rest}`)
    const date = after?.start === 0 ? after.written.date : undefined
    if (date?.year !== undefined && date.day === Number(night[2]))
      return {...date, day: Number(night[1])}
  }
  return undefined
}

/**
 * The day a night begins, when a text tells a night across two days: `Night of Saturday 29 / Sunday
 * 30 March 2025`, `overnight 12–13 May`, `the night of 4 to 5 June`: 29, 12, 4.
 *
 * @example
 *   nightStart('Date of fault: night of Sat 29 / Sun 30 March 2025') // 29
 *   nightStart('Outage on 29 March 2025') // undefined
 */
export function nightStart(text: string): number | undefined {
  const night = nightOfDays.exec(text)
  if (!night) return undefined
  const first = Number(night[1])
  return Number(night[2]) === first + 1 ? first : undefined
}

const weekdayWord = `(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|${foreignWeekdays})\\.?,?\\s+)?`
/**
 * A night as other languages write it: `notte tra`, `nuit du`, `noche del`, `Nacht vom`, `nacht van`,
 * `noite de`, `noc z`.
 */
const foreignNight =
  '(?:notte\\s+(?:tra|fra|del)|nuit\\s+du|noche\\s+del?|nacht\\s+(?:vom|von|van)|noite\\s+de|noc\\s+z)'
/** `and`, `to` between two days, as other languages join them: `17 e 18`, `du 29 au 30`, `vom 3. auf 4.`. */
const foreignAnd = '(?:e|y|et|und|en|i|na|au|al|a|auf|op|bis|tot)(?=\\s)'
const nightOfDays = new RegExp(
  `\\b(?:night\\s+(?:of|between)|overnight|night\\s+shift(?:\\s+of)?|${foreignNight})\\s+(?:the\\s+)?${weekdayWord}(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:\\/|–|—|-|→|&|and|to|into|${foreignAnd})\\s*${weekdayWord}(\\d{1,2})(?!\\d)`,
  'i'
)

/**
 * The first day of a range written before its last (`27→` of `27→28 Jan 2026`); not the number of a
 * day in the story (`Day 1 — Thursday, 13 March 2025`).
 */
const dayRangeStart =
  /(?<!\d)(?<!\b(?:day|part|phase|stage|step|week|wave|round|no\.?|#)\s*)(\d{1,2})\.?\s*(?:→|->|–|—|-|\/|&|to|and|e|y|et|und|en|i|au|al|auf|bis|tot)\s*$/i

/** The sender after a reply's time: `, Callum Reid <c.reid@example.ac.uk> wrote:`. */
const attribution = /^,?\s*[^,:]{1,80}?\s+wrote:\s*$/

/** The verbs that head a message's stamp: `commented`, `wrote`, `replied`, `posted`. */
const postingVerbs =
  /^(?:commented|wrote|replied|posted|responded|answered|added|said|reported|edited|updated)$/

/**
 * The paragraphs that stamp what follows them: one line, one time, at its
 * end (`**Ana Ruiz** added a comment - 22/Apr/26 11:59 PM`, `Update — 10:42
 * UTC`), and two or more in the section written alike (the same words in
 * lower case, names and times aside), so that a sentence that happens to
 * end with its time (`The site went down at 10:00.`) is none.
 */
export function stampsOf(texts: ReadonlyArray<string | undefined>): number[] {
  const byShape = new Map<string, number[]>()
  for (const [index, written] of texts.entries()) {
    const text = written?.trim()
    if (!text || text.length > 120 || text.includes('\n')) continue
    const mentions = findMentions(text)
    const mention = mentions[0]
    if (mentions.length !== 1 || !mention?.written.clock) continue
    // (`On Tue, 4 Mar 2025 at 17:48, Callum Reid <c.reid@example.ac.uk> wrote:`: a reply's
    // attribution stamps the message quoted after it, its sender aside.)
    if (holdsWords(text.slice(mention.end).replace(attribution, ''))) continue
    // (Names aside: `Ana Ruiz`, `@kenji-w`.)
    const words = text
      .slice(0, mention.start)
      .replace(/@[\w.-]+/g, ' ')
      .split(/[^\p{L}]+/u)
      .filter((word) => /^\p{Ll}+$/u.test(word))
    // (`tobiasr commented · 2025-06-03 11:02 UTC`, `joon-park commented · ...`: a name written
    // in small letters is still a name; a message's stamp is told by the verb of posting before it.)
    const last = words.at(-1) ?? ''
    const shape = postingVerbs.test(last) ? last : words.join(' ')
    byShape.set(shape, [...(byShape.get(shape) ?? []), index])
  }
  return [...byShape.values()].filter((list) => list.length >= 2).flat()
}

/**
 * Whether what stands beside a stamp's time holds words, a zone's letters aside (`UTC`, `CEST`):
 * a line that does is no stamp alone.
 */
export function holdsWords(beside: string): boolean {
  return /[\p{L}\d]/u.test(beside.replace(/\b(?:UTC|GMT|[A-Z]{2,4}T)\b/g, ''))
}

/** The sections whose headings stamp them: one time each, at its end, two or more written alike. */
export function stampTitles(sections: readonly OutlineSection[]): OutlineSection[] {
  return stampsOf(sections.map((section) => section.title)).map(
    (index) => sections[index] as OutlineSection
  )
}
