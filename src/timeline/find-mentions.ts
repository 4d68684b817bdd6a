/**
 * Every time that a text mentions, wherever it stands: at the start of a
 * line, inside a sentence (`We rolled back, which completed by 10:30.`),
 * after a label (`First detected 2024-05-03 14:12`) or at the end of a
 * status update (`... has been resolved. Jun 24, 14:10 UTC`).
 *
 * One pass with one compiled pattern finds where a time may begin; the
 * time is then read there by `readTimestamp`, which knows every form. Most
 * text holds no time at all and costs one scan of the pattern.
 */
import {numberValue, smallNumbers, tensPattern} from '../text/number-words.js'
import {inEnglish, mayWriteForeignDay, widen} from '../time/foreign-dates.js'
import {
  clockWithHours,
  fromWritingDay,
  inPartOfDay,
  partsOfDay,
  readEnglishTimestamp,
  type WrittenTime,
  weekdayNames,
  weekdays
} from '../time/read-timestamp.js'
import {previousDay} from '../time/resolve-time.js'

/** A time found in a text. */
export interface Mention {
  written: WrittenTime
  /** Offset where the mention begins, its qualifier (`~`, `around`) included. */
  start: number
  /** Offset just past the time as written: its zone, qualifiers and second writing included. */
  end: number
}

const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const weekday = '(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'

/**
 * Where a time may begin. Not glued to a word, a number, a version, a path
 * or an amount (`v1.10`, `/2025/03/05/`, `$10.30`); a clock's minutes not
 * followed by more digits; a month or weekday only before a day.
 */
const timeStart = new RegExp(
  [
    // (Not glued to a word or a value, `id=10:00`; a month after `=` is a day, `notAfter=Jul 8 ...`.)
    '(?:(?<![\\w.:/#$%+@=-])|(?<==)(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+\\d))',
    '(?:(?:~|≈|approx(?:imately|\\.)?|around|about|circa|roughly|between)\\s*)?',
    '(?:',
    [
      '\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?![\\d/])',
      // (`2025-163T07:41Z`: an ordinal date, the year's day by number, with its clock.)
      '\\d{4}-\\d{3}[T ]\\d{2}:\\d{2}',
      '\\d{4}\\.\\d{1,2}\\.\\d{1,2}(?!\\d|\\.\\d)',
      '\\d{1,2}[:.]\\d{2}(?!\\d|\\.\\d)',
      '\\d{1,2}h\\d{2}(?![\\dm])',
      // (`21 hs`: an hour and the `hs` of horas.)
      '(?:[01]?\\d|2[0-3]) hs\\b',
      // `2340H`, `0612h`: four figures and an H, as Singapore, the armed forces and some
      // hospitals write a clock.
      '(?:[01]\\d|2[0-3])[0-5]\\d[Hh](?![\\w])',
      '\\d{1,2}\\s?[ap]\\.?m\\.?(?![a-z])',
      '\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})(?![\\d/-])',
      // `14.06.2023`: a day, month and year with dots, as much of Europe writes them (the year in
      // full: `4.18.20` is a version).
      '\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?![\\d.]\\d)',
      // `150047Z SEP 25`: a date-time group, the day, hour and minute, the zone's letter, the month
      // and year.
      '(?:0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d[A-IK-Z]\\s?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\s?\\d{2}',
      // `16OCT25`: a day, month and year run together, as aviation writes them.
      '\\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\d{2}(?:\\d{2})?(?![\\dA-Za-z])',
      // `22/Apr/26`, `22-Apr-2026`: Jira's and Oracle's day, month name and year.
      `\\d{1,2}[/-]${month}[/-](?:\\d{4}|\\d{2})(?![\\d/-])`,
      `${month}\\.?[\\s-]\\d{1,2}(?!\\d)`,
      `\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${month}\\b`,
      `${weekday},?\\s+(?=\\d|${month})`,
      '(?:UTC|GMT)\\s?\\d{1,2}:\\d{2}',
      // `T+9m`, `+25m`: an offset from the report's T0.
      'T\\s?[+\\-−–]\\s?\\d',
      '\\+\\s?\\d{1,4}\\s?[hms]'
    ].join('|'),
    ')'
  ].join(''),
  'gi'
)

/** `14h32`: a clock as French writes it, or an amount (`2h29`). */
const frenchClock = /^(?:(?:about|around|approximately|roughly|~)\s*)?\d{1,2}h\d{2}$/i
/** Words before an amount of time: `lasted`, `took`, `for`, `within`. */
const amountWords =
  'last(?:s|ed|ing)?|t(?:ook|akes?|aking)|for|during|over|within|in|of|nearly|almost|up\\s+to|more\\s+than|less\\s+than'
const amountBefore = new RegExp(
  `\\b(?:${amountWords}|about|around|approximately|roughly)\\s+$`,
  'i'
)

/** The word for hours after a clock: `01:30 hrs`. */
const hoursWord = /^\s*(?:hrs|hours)\b/i
/** A clock followed by a unit is a duration (`1:30 hours`), not a time. */
const durationAfter = /^\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b/i
/** `10.30` is a time only with a meridiem or a zone: otherwise it is a number (`1.11 to 1.13`). */
const dottedClock = /^[~≈\s]*\d{1,2}\.\d{2}(?!\s*[ap]\.?m|\.\d{4})/i

/** A day and month with points set off from the clock after it: `16.09, 23:30`, `16.09. 23:30`. */
const dayBeforeClock = /^\d{1,2}\.\d{1,2}(?:\.|,)/

/** What the report around a text says of how it writes its times. */
export interface MentionOptions {
  /**
   * The report writes its clocks with a dot (`08.52`, `14.05`), so a dotted number after a word
   * that leads to a time (`from 22.47 on Wednesday`, `since 10.11`, `by 13.00`) is a clock.
   */
  dotted?: boolean
}

/**
 * Words that name a release before its number: `version 2024.10.1`, `upgraded to 2025.1.3`, `rig
 * image 2025.02.3`, `firmware 2024.11.2`.
 */
const releaseBefore =
  /\b(?:versions?|releases?|released|build|ver\.?|tag|tagged|(?:rig|os|disk|base|container|docker|machine|vm|golden)?\s*images?|firmware|driver|package|chart|(?:upgrade[ds]?|update[ds]?|bump(?:ed)?|pinned|rolled\s+back)\s+(?:\w+\s+)?(?:to|from))\s*$/i

/** A determiner before a clock that names a thing: `the 09:18 deploy`, `our 10:15 update`. */
const namingBefore = /\b[a-z]+\s+(?:the|our|their|this|that|its|his|her|your|my)\s+$/i
/**
 * A noun after such a clock (`deploy`, `vaultkeeper deploy`), not a word of the moment itself
 * (`the 14:05 mark`, `that 9:40 or so`) nor one that goes on with the sentence (`the 09:18 and`).
 */
const namedAfter =
  /^\s+(?!(?:mark|point|moment|minute|hour|time|or|and|to|until|till|through|when|on|in|at|is|was)\b)[a-z][\w-]*/i

/** A written day or clock led by its weekday, the weekday captured: `Wednesday, February 19th`, `Sunday 02:00`. */
export const weekdayLed = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s/i
/** What a span of every day is said to be after it: `19:00–21:00 is our peak`, `are business hours`. */
const dailySpanAfter =
  /^\)?\s*(?:is|are|being|was|were)\s+(?:our|the|their|its|usually|normally|typically|always)\s+(?:\w+\s+)?(?:peak|busiest|busy|quietest|quiet|usual|normal|core|business|office|working|opening|trading|support)\b/i

/** What makes a clock a schedule's after it: `runs at 07:00 daily`, `at 02:00 every night`. */
const recurrenceAfter =
  /^\)?\s*(?:(?:UTC|GMT|local(?:\s+time)?)\s+)?(?:(?:daily|nightly|weekly)(?!\s+[a-z])|every\s+(?:day|night|morning|evening|weekday|hour|week)|each\s+(?:day|night|morning|evening))\b/i

/**
 * What makes a clock or a span a rota's before it: `A shift 06:00–14:00`, `night shift 22:00–06:00`,
 * `Shift handover meeting is 05:45 / 13:45`, `opening hours 08:00–20:00`.
 */
const rotaBefore =
  /\b(?:shift|rota|(?:opening|business|office|support|core)\s+hours|(?:shift\s+)?handover(?:\s+meeting)?\s+(?:is|are)(?:\s+at)?|stand-?up\s+(?:is|are)(?:\s+at)?)\s*:?\s*$/i

/** What makes a clock a schedule's before it: `ran nightly at 2:00 a.m.`, `Every night at 1:00am`. */
const recurrenceBeforeClock =
  /\b(?:daily|nightly|weekly|hourly|every\s+(?:day|night|morning|evening|weekday|hour)|each\s+(?:day|night|morning|evening))(?:\s+(?:at|from|around|by))?\s+$/i

/** A clock a thing crosses (`pairings crossing 0000Z`, `shifts spanning 00:00`): a boundary, no moment. */
const boundaryBefore =
  /\b(?:cross(?:es|ed|ing)?|span(?:s|ned|ning)?|straddl(?:e|es|ed|ing))\s+(?:the\s+)?$/i

/** Words before a weekday that make it a schedule's: `every`, `each`, `second`, `the first`. */
const recurrenceBefore =
  /\b(?:every|each|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th))\s+$/i

/**
 * A clock told in the zone of the one it is written to or of: `8:41pm your time`, `at 9 their
 * time`, `It's 07:45 for her;`.
 */
const othersTime =
  /^\s*,?\s*(?:(?:your|his|her|their)\s+(?:own\s+)?(?:local\s+)?time\b|for\s+(?:him|her|them)\s*(?:[;,.)]|$|there\b|in\s))/i

/**
 * The clock where someone else is, told beside the story's own (`a barber in Philadelphia, where
 * it was already 9:42`): the same moment in another zone, no time of the story's.
 */
const elsewhereNow = /\bwhere\s+it\s+(?:was|is)\s+(?:already\s+|just\s+|only\s+|still\s+)?$/i

/**
 * A dotted clock at the start of a text, its hour in two figures, to the second (`22.41`,
 * `07.05.12`), no more digits after (`1.13` is a number).
 */
const dottedAlone = /^(?:[01]\d|2[0-3])\.[0-5]\d(?:\.[0-5]\d)?(?![\d]|\.\d)/
/** A unit after a number, which makes it an amount: `12.50 %`, `10.30 GB`, `10.25 ms`. */
const amountUnit =
  /^\s*(?:%|percent\b|per\b|[kmgt]i?b\b|ms\b|x\b|times\b|million\b|billion\b|k\b|eur\b|usd\b|chf\b)/i

/** A word that leads to a time: `from 22.47`, `since 10.11`, `by 13.00`. */
const leadsToTime =
  /\b(?:at|from|until|till|to|by|since|between|and|after|before|around|about|approx\.?|approximately|~)\s*$/i

/**
 * The times a text mentions, in order, none overlapping.
 *
 * @example
 *   findMentions('Between 14:05 and 15:40 UTC checkout failed.').map((m) => m.written.text)
 *   // ['14:05 and 15:40 UTC']
 */
export function findMentions(text: string, options: MentionOptions = {}): Mention[] {
  // `8 de octubre de 2025`, `08時20分`: read as English writes them, every offset kept.
  const english = inEnglish(text)
  const mentions = findEnglish(english.text, options.dotted === true)
  if (english.spans.length === 0) return mentions
  // The time as written is the original's words, the whole of each rewritten span it touches.
  // (Both in order of place: one walk over the spans, not a search for each mention.)
  const spans = english.spans
  let next = 0
  return mentions.map((mention) => {
    while (next < spans.length && (spans[next] as [number, number])[1] <= mention.start) next++
    let last = next
    while (last < spans.length && (spans[last] as [number, number])[0] < mention.end) last++
    if (last === next) return mention
    const touched = spans.slice(next, last)
    const [start, end] = widen(mention.start, mention.end, touched)
    // (The time as written starts where its own words do: `11 h 42 and ...`, not `Between`.)
    const from = Math.max(mention.start, english.text.indexOf(mention.written.text, mention.start))
    const [textStart, textEnd] = widen(from, from + mention.written.text.length, touched)
    const words = text.slice(textStart, textEnd).replace(/[\s:|–—-]+$/, '')
    return {written: {...mention.written, text: words}, start, end}
  })
}

/** A month's name no other English word shares, and a day after it: `aug 12`, `sept 3rd`. */
const lowerMonth =
  /^(?:jan|feb|aug|sept?|oct|nov|dec|january|february|august|september|october|november|december)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|am\b|pm\b|[:.]\d))/

function findEnglish(text: string, dotted: boolean): Mention[] {
  const mentions: Mention[] = []
  /** Where the last clock read as a schedule's or a rota's ended: the list of its others goes on. */
  let rotaEnd: number | undefined
  timeStart.lastIndex = 0
  let from = 0
  for (let match = timeStart.exec(text); match; match = timeStart.exec(text)) {
    const at = match.index
    if (at < from) continue
    // A month or weekday is a name only when written as one: `May 31`, not `may 10 nodes`.
    const first = match[0].replace(
      /^[~≈\s]+|^(?:approx\S*|around|about|circa|roughly|between)\s*/i,
      ''
    )
    // (A month no word shares, before a day, is one however written: `tuesday night (aug 12)`.)
    if (/^[a-z]/.test(first) && !/^(?:utc|gmt)/i.test(first) && !lowerMonth.test(first)) continue
    // (`kl. 07.14`, `klo 06.52`: read with the word for o'clock before it, which says it is a clock.)
    const kl = /\bkl(?:o|\.)?\s*$/i.exec(text.slice(Math.max(0, at - 5), at))
    const readFrom = kl ? at - kl[0].length : at
    let read = readEnglishTimestamp(text.slice(readFrom, readFrom + 160))
    // (`So outage from 22.41.`, `at 14.05 the`: in a report of dotted clocks, after a word that
    // leads to a time, the clock the parser took for an impossible date, read with colons.)
    if (
      read &&
      'impossible' in read &&
      dotted &&
      leadsToTime.test(text.slice(Math.max(0, at - 16), at)) &&
      dottedAlone.test(text.slice(readFrom))
    ) {
      const slice = text.slice(readFrom, readFrom + 160)
      const colons = readEnglishTimestamp(
        slice.replace(dottedAlone, (clock) => clock.replaceAll('.', ':'))
      )
      if (
        colons &&
        !('impossible' in colons) &&
        colons.clock &&
        colons.start === 0 &&
        !amountUnit.test(slice.slice(colons.text.length))
      )
        read = {...colons, text: slice.slice(0, colons.text.length)}
    }
    const written = read && kl && !('impossible' in read) ? {...read, start: 0} : read
    if (!written || 'impossible' in written || written.start > match[0].length) continue
    if (!written.clock && !written.date && !written.unknown) continue
    // (`version 2024.10.1`: a release named by its date is no day of the story.)
    if (/^\d{4}\.\d/.test(written.text) && releaseBefore.test(text.slice(Math.max(0, at - 24), at)))
      continue
    // A date alone is a day only with its year, or with its month in words (`03/04` may be a ratio).
    if (
      !written.clock &&
      written.date?.year === undefined &&
      /^\d/.test(written.text) &&
      !/\p{L}{3}/u.test(written.text)
    )
      continue
    let end = at + stop(text.slice(at), written)
    if (written.clock && durationAfter.test(text.slice(end))) {
      // (`On 7th February 2025 at 01:30 hrs`: after a date, the word for hours is the clock's;
      // `04:02 h`, as Québec and public works write a clock, unless an amount leads to it.)
      const unit = written.date
        ? hoursWord.exec(text.slice(end))
        : /^\d{1,2}:\d{2}$/.test(written.text) &&
            !amountBefore.test(text.slice(Math.max(0, at - 24), at))
          ? /^\s*h\b(?!\w)/.exec(text.slice(end))
          : null
      if (!unit) continue
      end += unit[0].length
    }
    const hours = clockWithHours.test(written.text)
    // (`kl. 07.14`, `klo 06.52`: the word for o'clock says a dotted clock is one; `16.09, 23:30` is
    // a day and month with points, set off from its clock, no dotted clock; a paragraph's number
    // before its clock, `8.10 09:12`, is none.)
    if (
      dottedClock.test(written.text) &&
      !(written.date && dayBeforeClock.test(written.text)) &&
      !written.zone &&
      !hours &&
      !kl &&
      !(dotted && leadsToTime.test(text.slice(Math.max(0, at - 16), at)))
    )
      continue
    // `the impact lasted 2h29`, `took 10:30 hrs`: an amount of time written as a clock is.
    if (
      (frenchClock.test(written.text) || hours) &&
      amountBefore.test(text.slice(Math.max(0, at - 24), at))
    )
      continue
    // (`the report at 8:41pm your time`: a clock in someone else's zone, which the words do not name.)
    if (
      !written.zone &&
      (othersTime.test(text.slice(end, end + 24)) ||
        elsewhereNow.test(text.slice(Math.max(0, at - 32), at)))
    ) {
      from = end
      timeStart.lastIndex = end
      continue
    }
    // (`Marcus notices the 09:18 deploy in the log`, `a correction to our 10:15 update`: a clock
    // naming a thing by its time, between a determiner and its noun, after the words that act on
    // it, dates the thing, not what the sentence tells. Not the thing the sentence tells of, `The
    // 06:00 deadline passed`, nor one in brackets, `(the 22:40 anchor above)`.)
    // (`back to second Sunday 02:00 Eastern`, `runs every Monday 03:00`: a schedule's weekday and
    // clock, which come round again, no moment of the story.)
    const before = text.slice(Math.max(0, at - 24), at)
    if (
      written.clock &&
      !written.date &&
      ((namingBefore.test(before) && namedAfter.test(text.slice(end, end + 32))) ||
        // (`students arriving for 9am classes`: the clock names the classes, no moment.)
        (/\bfor\s+$/i.test(before) &&
          /^\s+[a-z]{3,}s\b(?!\s+(?:later|after|before|ago))/.test(text.slice(end, end + 24)) &&
          !/^\s+(?:minutes|hours|seconds|days)\b/.test(text.slice(end, end + 12))) ||
        (weekdayLed.test(written.text) && recurrenceBefore.test(before)) ||
        // (`a check for leftover checkpoints (runs at 07:00 daily)`: a clock that comes round again.)
        recurrenceAfter.test(text.slice(end, end + 40)) ||
        recurrenceBeforeClock.test(before) ||
        // (`A shift 06:00–14:00`, `handover meeting is 05:45 / 13:45 / 21:45`: a rota's hours.)
        rotaBefore.test(before) ||
        // (`... 05:45 / 13:45 / 21:45`, `A shift 06:00–14:00, B shift ...`: the rota's others.)
        (rotaEnd !== undefined && /^\s*[/,;]\s*$/.test(text.slice(rotaEnd, at))) ||
        // (`19:00–21:00 is our peak`, `08:00-18:00 are our busiest hours`: a span of every day.)
        (written.rangeEnd !== undefined && dailySpanAfter.test(text.slice(end, end + 40))))
    ) {
      rotaEnd = end
      from = end
      timeStart.lastIndex = end
      continue
    }
    rotaEnd = undefined
    mentions.push({written: withDayBefore(text, at, written), start: at, end})
    from = end
    timeStart.lastIndex = end
  }
  return spanDays(
    text,
    hoursWithPartOfDay(
      text,
      hoursAfterWeekday(text, clocksInWords(text, compactInProse(text, mentions)))
    )
  ).filter((mention) => {
    const before = text.slice(Math.max(0, mention.start - 48), mention.start)
    return (
      !estimateBefore.test(before) &&
      !offsetLabel.test(before) &&
      !boundaryBefore.test(before) &&
      !(mention.written.rangeEnd && openingHours.test(before))
    )
  })
}

/**
 * Opening hours: `(open 8 a.m.–8 p.m. this week)`, `staffed 07:00-19:00`, `Hours: 9–5`. A
 * timetable's span, no moment of the story.
 */
const openingHours =
  /(?:\b(?:open|opens|opening\s+hours|staffed|manned)\s*:?|\bhours\s*:)\s*(?:from\s+|daily\s+)?$/i

/**
 * A label that makes a clock an offset into a recording, not a time of day: `VOD 02:14:33`,
 * `stream time 1:02:10`. (A statement of when a recording started makes its bracketed stamps
 * instants: read apart, in extract-entries.)
 */
const offsetLabel = /\b(?:VOD|stream\s+time|broadcast\s+time|playback)\s*[:@]?\s*$/i

/**
 * An estimate's label: `ETR 1500Z`, `ETA: 14:30`, `estimated time of restoration 16:00`, `expected
 * resolution by 09:00`. A time still to come when it was written, no moment of the story.
 */
const estimateBefore =
  /(?:\b(?:ETA|ETR|ETTR|ERT)|\b(?:estimated|expected)\s+(?:time\s+(?:of|to)\s+)?(?:restor\w*|repair|resolution|resolve|recovery|fix|completion|arrival))\s*[:=]?\s*(?:of\s+|by\s+|at\s+|around\s+|~)?$/i

/**
 * `at around 7 this morning`, `until 9 last night`, `by 6 in the evening`: an hour alone before
 * the part of the day, as people say it, after a word that leads to a time; the part gives its
 * half, and `this`, `tonight` and `last night` its day, counted from when the words were written.
 */
function hoursWithPartOfDay(text: string, mentions: Mention[]): Mention[] {
  if (!partOfDayHint.test(text) && !partFirstHint.test(text)) return mentions
  const found: Mention[] = []
  // (`This morning around 8, Maria noticed ...`: the part of the day said first.)
  const told = [
    ...[...text.matchAll(hourPartOfDay)].map((match) => ({
      match,
      said: match[1],
      hour: match[2],
      part: match[3]
    })),
    ...[...text.matchAll(partThenHour)].map((match) => ({
      match,
      said: match[2],
      hour: match[3],
      part: match[1]
    }))
  ]
  for (const {match, said, hour: saidHour, part: saidPart} of told) {
    const part = (saidPart as string).toLowerCase()
    const mention = hourAlone(text, match, said as string, Number(saidHour), part, mentions)
    if (!mention) continue
    // (`9 last night` is the evening before; `2 last night`, the small hours of the day itself.)
    const hour = mention.written.clock?.hour ?? 0
    const relativeDay = /^last/.test(part)
      ? hour >= 12
        ? -1
        : 0
      : /^(?:this|tonight)/.test(part)
        ? 0
        : undefined
    if (relativeDay !== undefined) {
      mention.written.relativeDay = relativeDay
      mention.written.fromWriting = true
    }
    found.push(mention)
  }
  return withFound(mentions, found)
}

/**
 * An hour alone (`10` of `Saturday around 10`), said as `said` within `match`, in the half of the
 * day `part` names; undefined when it is no hour of a 12-hour clock, or overlaps a mention found.
 */
function hourAlone(
  text: string,
  match: RegExpMatchArray,
  said: string,
  hour: number,
  part: string | undefined,
  mentions: readonly Mention[]
): Mention | undefined {
  const start = (match.index ?? 0) + match[0].indexOf(said)
  const end = (match.index ?? 0) + match[0].length
  if (hour < 1 || hour > 12) return undefined
  if (mentions.some((mention) => mention.start < end && mention.end > start)) return undefined
  const plain = {hour, minute: 0, hourOnly: true}
  const written: WrittenTime = {
    unknown: false,
    clock: part ? inPartOfDay(plain, part) : plain,
    start: 0,
    end: end - start,
    text: text.slice(start, end),
    approximate: /around|about/i.test(said)
  }
  return {written, start, end}
}

/** The mentions found already and those found since, in order. */
function withFound(mentions: Mention[], found: Mention[]): Mention[] {
  if (found.length === 0) return mentions
  return [...mentions, ...found].sort((a, b) => a.start - b.start)
}

const partOfDayHint = /\d\s+(?:this\s|tonight|last\s+night|in\s+the\s|at\s+night)/i
const partFirstHint =
  /(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\s*,?\s*(?:around|about|at|by)\s+\d/i
/** `This morning around 8`, `last night at 11`: the part of the day, then the hour. */
const partThenHour =
  /\b(this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\s*,?\s*((?:around|about|at|by)\s+(\d{1,2}))(?!\d|[:.,]\d|\s*(?:%|percent|people|users|min|mins|minutes|hours?|hrs?|days?|of|or\s+more)\b)/gi
const hourPartOfDay =
  /\b(?:at|around|about|by|until|till|since|from|before|after)\s+((?:(?:around|about|approximately)\s+)?(\d{1,2})\s+(this\s+(?:morning|afternoon|evening)|tonight|last\s+night|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b/gi

/**
 * `Saturday around 10`, `Sunday morning at 8`: an hour alone after a weekday and a word that
 * leads to a time, as people say it; the part of the day, when said, gives its half.
 */
function hoursAfterWeekday(text: string, mentions: Mention[]): Mention[] {
  if (!weekdayHourHint.test(text)) return mentions
  const found: Mention[] = []
  for (const match of text.matchAll(weekdayHour)) {
    const mention = hourAlone(text, match, match[3] as string, Number(match[4]), match[2], mentions)
    if (!mention) continue
    mention.written.weekday = weekdays.indexOf((match[1] as string).toLowerCase())
    found.push(mention)
  }
  return withFound(mentions, found)
}

const weekdayHourHint = new RegExp(
  `\\b(?:${weekdayNames})\\b[^.]{0,20}?\\b(?:around|about|at|by)\\s+\\d`,
  'i'
)
const weekdayHour = new RegExp(
  `\\b(${weekdayNames})(?:\\s+(${partsOfDay}))?\\s*,?\\s*((?:around|about|at|by)\\s+(\\d{1,2}))(?!\\d|[:.,]\\d|\\s*(?:%|percent|people|patrons|users|min|mins|minutes|hours?|hrs?|days?|items|of|or\\s+more)\\b)`,
  'gi'
)

/** `between` or `from` before the first end of a span, in its sentence. */
const spanOpens = /\b(?:between|from)\b[^.!?\n]{0,80}$/i
/** What joins a span's two ends: `and`, `to`, `until`; and what ends a sentence, which none may cross. */
const spanJoins = /\b(?:and|to|until|till|through)\b/i
const sentenceEnd = /[.!?]\s|\n\n/

/**
 * `between the upload at 12:58 UTC and the yank at 17:37 UTC on March 3`: the day written after
 * a span's second end is the first end's too, when the first has none of its own.
 */
function spanDays(text: string, mentions: Mention[]): Mention[] {
  for (const [index, first] of mentions.entries()) {
    const second = mentions[index + 1]
    if (!second || !first.written.clock || first.written.date || first.written.rangeEnd) continue
    if (!second.written.clock || !second.written.date || second.end - first.end > 160) continue
    const between = text.slice(first.end, second.start)
    if (!spanJoins.test(between) || sentenceEnd.test(between)) continue
    if (!spanOpens.test(text.slice(Math.max(0, first.start - 80), first.start))) continue
    // (`from 22:10 until 01:20 on 4 May`: a first end later in the day than the second is on the day before.)
    const minutes = (clock: {hour: number; minute: number}) => clock.hour * 60 + clock.minute
    const date =
      minutes(first.written.clock) > minutes(second.written.clock)
        ? previousDay(second.written.date)
        : second.written.date
    mentions[index] = {...first, written: {...first.written, date}}
  }
  return mentions
}

const hourWord =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\\d{1,2})'
// (Figures only with `minutes`: `from 7 to 10 nodes` is no clock.)
const minuteWord = `(?:a\\s+quarter|quarter|half|(?:${tensPattern(['twenty'])}|${smallNumbers.join('|')})(?:\\s+minutes?)?|\\d{1,2}\\s+minutes?)`

/**
 * `At a quarter past three I found it`, `by ten past three`, `from five past eleven`, `at twelve
 * minutes to four`, `at three o'clock`: a clock told in words, after a word that leads to a time,
 * with a meridiem or the part of the day when the sentence gives one (`in the early afternoon`,
 * `that evening`).
 */
const wordClock = new RegExp(
  `\\b(?:(?:at|by|around|about|until|till|before|after|from)\\s+(?:(?:exactly|roughly|about|around|just|approximately|nearly|almost)\\s+)?(?:(${minuteWord})\\s+(past|after|to|before)\\s+(${hourWord})(?!\\s+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|percent|per|times|of)\\b|\\s*%)|(${hourWord})\\s+o['’]clock)|(?<=(?:\\b(?:was|is)|^|[.!?:;])\\s*)(${hourWord})\\s+o['’]clock)(?:\\s+(in\\s+the\\s+(?:(?:early|late)\\s+)?(?:morning|afternoon|evening)|that\\s+(?:morning|afternoon|evening|night)|at\\s+night|[ap]\\.?m\\.?))?(?![\\w-])`,
  'gi'
)

/**
 * `Quarter past nine - Mel noticed ...`, `Around noon: donations back`: a clock told in words that
 * opens a line and is set off from its words, as an item of a timeline leads with its time.
 */
function leadingWordClock(text: string, found: readonly Mention[]): Mention | undefined {
  const match = leadingClock.exec(text)
  if (!match) return undefined
  const [whole, near, minutes, way, hourText] = match
  const hour = wordNumber(hourText as string)
  const minute = minutes === undefined ? 0 : wordNumber(minutes)
  if (hour === undefined || minute === undefined || hour > 23) return undefined
  // (Figures need words around them: `10 past 9` is not the only reading of `10 - 9`.)
  if (minutes === undefined && !/^(?:noon|midnight)$/i.test(hourText as string)) return undefined
  const clock = wordClockValue(/^midnight$/i.test(hourText as string) ? 0 : hour, minute, way)
  const from = whole.search(/[A-Za-z\d]/)
  const end = whole.length
  if (found.some((mention) => mention.start < end && mention.end > from)) return undefined
  return clockMention(text, from, end, clock, near !== undefined)
}

/** The clock `minute` `way` `hour` tells: `twenty to eleven` is 10:40, `ten past nine` 9:10. */
function wordClockValue(
  hour: number,
  minute: number,
  way: string | undefined
): {hour: number; minute: number} {
  const back = way !== undefined && /^(?:to|before)$/i.test(way) && minute > 0
  return back ? {hour: (hour + 23) % 24, minute: 60 - minute} : {hour, minute}
}

/** A clock told in words, as a mention of the text from `start` to `end`. */
function clockMention(
  text: string,
  start: number,
  end: number,
  clock: {hour: number; minute: number},
  approximate: boolean
): Mention {
  const written: WrittenTime = {
    unknown: false,
    clock: {...clock, hourOnly: false},
    start: 0,
    end: end - start,
    text: text.slice(start, end),
    approximate
  }
  return {written, start, end}
}

const leadingClock = new RegExp(
  `^[\\s*_]*((?:about|around|roughly|approximately)\\s+)?(?:(${minuteWord})\\s+(past|after|to|before)\\s+)?(${hourWord})(?=[\\s*_]*(?:[-–—:,]|$))`,
  'i'
)

/** The value of an hour or of minutes told in words or figures (`a quarter`, `twenty-five minutes`, `noon`). */
function wordNumber(word: string): number | undefined {
  const lower = word
    .toLowerCase()
    .replace(/\s+minutes?$/, '')
    .replace(/^a\s+/, '')
  if (/^\d+$/.test(lower)) return Number(lower)
  if (lower === 'quarter') return 15
  if (lower === 'half') return 30
  if (lower === 'noon') return 12
  if (lower === 'midnight') return 0
  return numberValue(lower)
}

function clocksInWords(text: string, found: Mention[]): Mention[] {
  const leading = leadingWordClock(text, found)
  if (leading) return withFound(found, [leading])
  if (!/\b(?:past|to|after|before|o['’]clock)\b/i.test(text)) return found
  wordClock.lastIndex = 0
  const more: Mention[] = []
  for (let match = wordClock.exec(text); match; match = wordClock.exec(text)) {
    // (`It was nine o'clock when ...`, `Nine o'clock: ...`: `o'clock` after `was` or opening a
    // sentence says it is a clock with no word before it; `since two o'clock` is no time of its own.)
    const [whole, minutes, way, hourText, ledHour, alone, part] = match
    const onlyHour = ledHour ?? alone
    const hour = wordNumber(hourText ?? onlyHour ?? '')
    const minute = minutes === undefined ? 0 : wordNumber(minutes)
    if (hour === undefined || minute === undefined || hour > 23 || minute > 59) continue
    // (`from two to four nodes`: a range of numbers after `from`, no clock; `from a quarter to
    // nine`, `from twenty to ten` are clocks.)
    if (
      /^from\b/i.test(whole) &&
      /^(?:to|before)$/i.test(way ?? '') &&
      minute <= 12 &&
      !/quarter|minute/i.test(minutes ?? '')
    )
      continue
    const value = wordClockValue(hour, minute, way)
    let clockHour = value.hour
    const clockMinute = value.minute
    // A meridiem as written (`p.m.`), or the part of the day as a clock written in figures takes it.
    const said = part?.toLowerCase() ?? ''
    if (/^p/.test(said) && clockHour < 12) clockHour += 12
    if ((/^a/.test(said) || /midnight/i.test(hourText ?? onlyHour ?? '')) && clockHour === 12)
      clockHour = 0
    clockHour = inPartOfDay({hour: clockHour, minute: clockMinute, hourOnly: false}, said).hour
    const lead =
      alone !== undefined
        ? ''
        : (/^\S+\s+(?:(?:exactly|roughly|about|around|just|approximately|nearly|almost)\s+)?/i.exec(
            whole
          )?.[0] ?? '')
    const start = match.index + lead.length
    const end = match.index + whole.length
    if (found.some((mention) => mention.start < end && mention.end > start)) continue
    const mention = clockMention(
      text,
      start,
      end,
      {hour: clockHour, minute: clockMinute},
      /about|around|roughly|approximately|nearly|almost/i.test(lead)
    )
    more.push({...mention, written: withDayBefore(text, start, mention.written)})
  }
  if (more.length === 0) return found
  return [...found, ...more].sort((a, b) => a.start - b.start)
}

/**
 * `At 1925 the producer emailed`, `logged on by 2032`: a 24-hour clock without its colon, after a
 * word that leads to a time (`at`, `around`, `until`, `from`, `by`). Not after `in` (`in 2010`), nor
 * a number before a unit (`at 1500 rps`) or a month (`by 2025 March`).
 */
const compactAfterWord =
  /\b(?:at|around|until|till|from|by|after|before)\s+((?:[01]\d|2[0-3])[0-5]\d)(?![\d:/,.-]?\d)(?!\s*(?:[a-z]*\/|%|hrs?\b|hours?\b|h\b|ms\b|rps\b|qps\b|req|users?\b|jobs?\b|messages?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/gi

/**
 * `between 1152 hrs and 1512 hrs`, `1405 hrs`: a 24-hour clock without its colon and the word for
 * hours, as government and military reports write it, wherever it stands. Not an amount (`for 1200
 * hours`, `1200 hours of testing`).
 */
const compactWithHours =
  /(?<![\w.:/#$%+@=,-])((?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:hrs|hours)\b(?!\s+of\b))/gi
// (`at about 1400 hrs` is a clock: `about` is an amount's word only after one of these.)
const amountBeforeHours = new RegExp(
  `\\b(?:${amountWords}|spen[dt]|some|than)\\s+(?:(?:about|around|approximately|roughly|~)\\s*)?$`,
  'i'
)

/**
 * `(1812 MST – 2017 MST)`, `1812–2017 MST`, `0930 UTC`: a 24-hour clock without its colon and a
 * zone written after it, wherever it stands (the zone read, not only named); a Zulu time glued to
 * its `Z` (`1852Z`, `1852Z/1452L` with the local time after it, `1625Z–1810Z`).
 */
const compactWithZone =
  /(?<![\w.:/#$%+@=,-])((?:[01]\d|2[0-3])[0-5]\d)(?=(?:\s*[–—-]\s*(?:[01]\d|2[0-3])[0-5]\d)?\s?(?:UTC|GMT|[A-Z]{1,3}[SD]?T)\b|[ZL](?![\w-]))/g

/** A Zulu time, its day maybe after it, then a slash: what a local time after it repeats. */
const zuluBefore = /\dZ(?:\s+\d{1,2}[A-Z]{3}(?:\d{2,4})?)?\s?\/\s?$/

function compactInProse(text: string, found: Mention[]): Mention[] {
  if (!/\d{4}/.test(text)) return found
  const more: Mention[] = []
  const taken = new Set<number>()
  for (const pattern of [compactAfterWord, compactWithHours, compactWithZone]) {
    pattern.lastIndex = 0
    // Both in order of place: one walk over the mentions found, not a search for each.
    let next = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const digits = match[1] as string
      const start = match.index + match[0].length - digits.length
      while (next < found.length && (found[next] as Mention).end <= start) next++
      const after = found[next]
      if (after && after.start < start + digits.length) continue
      if (taken.has(start)) continue
      const amount = amountBeforeHours.test(text.slice(Math.max(0, start - 32), start))
      if (pattern === compactWithHours && amount) continue
      // (`the 2024-2025 EST budget`: years, not a span of clocks.)
      if (pattern === compactWithZone && /^(?:19|20)\d\d-(?:19|20)\d\d/.test(text.slice(start)))
        continue
      const mention = compactMention(text, digits, start)
      // (`0238L`: local time, the zone the report states, marked as such.)
      const local = text[start + 4] === 'L'
      if (!mention || (pattern === compactWithZone && !mention.written.zone && !local)) continue
      // (`0035Z 19JUL / 2035L 18JUL`: the same instant in local time after the Zulu one.)
      if (local && zuluBefore.test(text.slice(Math.max(0, start - 24), start))) continue
      more.push(mention)
      taken.add(start)
    }
  }
  if (more.length === 0) return found
  // (`1700 hrs Friday 7 February 2025`: the clock read with its day takes the day found alone.)
  const all = [...found, ...more].sort((a, b) => a.start - b.start || b.end - a.end)
  let reached = -1
  return all.filter((mention) => {
    if (mention.start < reached) return false
    reached = mention.end
    return true
  })
}

/** The clock four digits at `start` are: read with what follows them (a zone), in their own writing. */
function compactMention(text: string, digits: string, start: number): Mention | undefined {
  let rest = text.slice(start + 4, start + 60)
  // (`0238L`: the mark of local time read as no zone.)
  if (/^L(?![\w-])/.test(rest)) rest = ` ${rest.slice(1)}`
  // (`1812 MST – 2017 MST`: a span's second clock gets its colon too.)
  const second = compactSpanEnd.exec(rest)
  const secondAt = second ? 5 + (second[1] as string).length + 2 : Number.POSITIVE_INFINITY
  if (second) {
    const [whole, lead = '', hour = '', minute = ''] = second
    rest = `${lead}${hour}:${minute}${rest.slice(whole.length)}`
  }
  const written = readEnglishTimestamp(`${digits.slice(0, 2)}:${digits.slice(2)}${rest}`)
  if (!written || 'impossible' in written || !written.clock || written.start !== 0) return undefined
  let end = start + written.text.length - (written.text.length > secondAt ? 2 : 1)
  // (`0238L`: the `L` of local time is part of the clock as written.)
  if (!written.zone && text[end] === 'L' && !/[\w-]/.test(text[end + 1] ?? '')) end += 1
  // (`1852Z/1452L`: the same instant in local time after the Zulu one is no time of its own.)
  const local = /^\/\s?(?:[01]\d|2[0-3])[0-5]\dL\b/.exec(text.slice(end))
  if (local && text[start + 4] === 'Z') end += local[0].length
  const own: WrittenTime = {...written, text: text.slice(start, end), end: end - start}
  // (The colon put in moved what follows one place on.)
  if (written.zone)
    own.zone = {...written.zone, start: written.zone.start - 1, end: written.zone.end - 1}
  // (`0035Z 19JUL`: a Zulu time is in UTC whatever day is written after it.)
  else if (text[start + 4] === 'Z') own.zone = {zone: {name: 'Z', offset: 0}, start: 4, end: 5}
  return {written: withDayBefore(text, start, own), start, end}
}

/** A second clock of four digits after a dash, the first's zone maybe before it: ` MST – 2017`. */
const compactSpanEnd = /^((?:\s?[A-Z]{1,5})?\s*(?:[–—-]|to)\s*)([01]\d|2[0-3])([0-5]\d)(?![\d:])/

/** `The next morning at 9am`, `the following day, around 10:00`: a day named just before the time. */
const dayBefore =
  /\b(?:(the\s+(?:next|following|previous)|that|this)\s+(?:morning|afternoon|evening|night|day)|(tomorrow|yesterday|tonight))(?:\s+at|\s*,)?\s*$/i

/**
 * `On Tuesday afternoon (3:10 pm)`, `on Monday at 09:00`, `Thursday, just after half past eight`,
 * `Friday shortly before 9:00`: a day of the week named just before the time, with at most a
 * preposition and the words that say how near.
 */
const weekdayBeforeSource = `(?:on\\s+)?(${weekdayNames})(?:\\s+(${partsOfDay}))?(?:\\s*[,(])?\\s*(?:(?:just|shortly|right|soon|a\\s+(?:little|bit))\\s+)?(?:(?:at|by|before|after|until)\\s*)?(?:around|about|~)?\\s*$`
const weekdayBefore = new RegExp(`\\b${weekdayBeforeSource}`, 'i')
const weekdayAlone = new RegExp(`^[\\s*_]*${weekdayBeforeSource}`, 'i')

/**
 * Whether the words before an entry's first time are only the weekday it is on (`Thursday, just
 * after half past eight: ...`): the time still leads the entry.
 */
export function onlyWeekdayBefore(before: string): boolean {
  return weekdayAlone.test(before)
}
/** A time with the day named just before it (`The next morning at 9am`), when it names none after it. */
function withDayBefore(text: string, at: number, written: WrittenTime): WrittenTime {
  if (!written.clock || written.date || written.relativeDay !== undefined) return written
  const before = text.slice(Math.max(0, at - 40), at)
  const named = dayBefore.exec(before)
  if (!named) {
    const found = weekdayBefore.exec(before)
    const weekday = found?.[1]?.toLowerCase()
    if (!weekday || !written.clock) return written
    // (`Sunday afternoon (about 3:30)`: the part of the day says which half the clock is in.)
    const part = found?.[2]
    const clock =
      part && !/[ap]\.?\s?m\b/i.test(written.text)
        ? inPartOfDay(written.clock, part)
        : written.clock
    return {...written, clock, weekday: weekdays.indexOf(weekday)}
  }
  const word = (named[1] ?? named[2] ?? '').toLowerCase()
  const days = /next|following|tomorrow/.test(word) ? 1 : /previous|yesterday/.test(word) ? -1 : 0
  return fromWritingDay.test(word)
    ? {...written, relativeDay: days, fromWriting: true}
    : {...written, relativeDay: days}
}

/** Where the time as written ends (before the separator `readTimestamp` also took). */
function stop(text: string, written: WrittenTime): number {
  const found = text.indexOf(written.text, Math.max(0, written.start - 16))
  return found === -1 ? written.end : found + written.text.length
}

const clock = /(?<![\w.:])\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)/i

/**
 * Whether a text may mention a clock time: one test of a pattern, for a
 * quick answer where the times themselves are not needed yet.
 *
 * @example
 *   mayMentionClock('- 14:05 alert fired') // true
 */
export function mayMentionClock(text: string): boolean {
  return clock.test(text) || spacedHourHint.test(text)
}

/** `11 h 42`: a clock as Québec writes it, read once `inEnglish` rewrites it. */
const spacedHourHint = /\b\d{1,2} h \d{2}\b/

/**
 * Whether a text may mention a time at all: one test of the pattern that
 * finds where times begin, to pass over prose that holds none.
 *
 * @example
 *   mayMention('The deploy pipeline did not pause.') // false
 */
export function mayMention(text: string): boolean {
  timeStart.lastIndex = 0
  if (timeStart.test(text)) return true
  compactAfterWord.lastIndex = 0
  if (compactAfterWord.test(text)) return true
  return (
    wordClockHint.test(text) ||
    relativeHint.test(text) ||
    spacedHourHint.test(text) ||
    mayWriteForeignDay(text)
  )
}

/** A time told relative to another may be in the text: `four minutes later`, `an hour after the swap`. */
const relativeHint =
  /\b(?:at|from)\s+that\s+(?:point|moment)\b|\bby\s+then\b|\b(?:minutes?|hours?|days?|mins?|hrs?|seconds?|quarters?|half)\s+(?:later|after|afterwards)\b|\bafter\s+(?:another\s+)?(?:\d|an?\s+(?:hour|minute)|half|(?:one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty)\b)/i

/** A clock told in words may be in the text: `past three`, `to four`, `o'clock`. */
const wordClockHint =
  /\b(?:past|to|after|before)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b|o['’]clock/i
