/**
 * Read the timelines of a report in two passes. The first gathers, from
 * the whole report, every time it writes (its timeline's entries, the times
 * its sentences mention, its front matter's timestamps) and the evidence
 * around them (zone and day statements, dated headings, links to messages,
 * quoted logs). The second settles, once for the report, what it leaves
 * unsaid (the order of its numeric dates, its day, the zone of times written
 * without one, what an abbreviation out of season means) as the reading
 * most consistent with that evidence, and resolves every time with it.
 */
import type {Code, Html, Paragraph, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {milestoneNames, type Place, type PlacedProblem, type TimelineEntry} from '../model.js'
import {allSections, type OutlineSection, placeOf} from '../parse/outline.js'
import {readTimestamp} from '../time/read-timestamp.js'
import {type Day, nextDay} from '../time/resolve-time.js'
import {placeZone, type Zone} from '../time/zones.js'
import {blockText, SourceLines} from './block-text.js'
import {extractEntries, type RawEntry, type TimelineEvent} from './extract-entries.js'
import {findMentions} from './find-mentions.js'
import {resolveEntries, type TimelineContext} from './resolve-entries.js'
import {preferWallClock, type ReferenceDay, settleDayOrder, settleZone} from './settle-context.js'
import {lastDayOfMonth} from './timed-sections.js'
import {weekdayYear} from './weekday-year.js'
import {
  dayAfterZone,
  dayStatement,
  saysLocal,
  statementAt,
  zoneFieldNames
} from './zone-statement.js'

const milestoneWords = new Set<string>(milestoneNames)

/**
 * A field's key that names the times' zone: `Times`, `Time zone`, and as other languages write it
 * (`Zeitangaben`, `Zeitzone`, `Zona horaria`, `Fuseau horaire`, `Tijdzone`, `Fuso horário`).
 */
const zoneKey = new RegExp(
  `\\b(?:times?|time\\s*zone|timezone|tz|zone|${zoneFieldNames}|uhrzeiten|horas|heures|tijden|hor[aá]rios|orari|godziny)\\b`,
  'i'
)
/** What the report states around its times, found before its timelines are read. */
export interface TimelineInput {
  root: OutlineSection
  /** The parts of the report that are incidents of their own (the root when it is one). */
  parts: OutlineSection[]
  source: string
  /** Front matter values, and the line of each key. */
  frontMatter: {data: Record<string, unknown>; lines: Record<string, number>}
  /** The day the report gives itself: front matter `date`, a date in the title or a `Date:` line. */
  statedDay?: Day
  /**
   * Whether `statedDay` begins a night across two days (`Night of Saturday 29 / Sunday 30 March`):
   * a story whose first clock is in the morning is on the second.
   */
  night?: boolean
  /**
   * The night is told from the morning after (`Last night's outage`): only a clock plainly after
   * midnight (`1:17am`, `02:40`) puts the story on the second day; `At 8:40` may be the evening.
   */
  lastNight?: boolean
  /**
   * The day a header's field of when it started gives in numbers that may be read either way
   * (`03/12/2025 06:48`), as written month first: read the way the report's dates settle.
   */
  undecidedDay?: Day
  /** The day the title names without its year (`Outage of Monday, March 10`). */
  titleDay?: {month: number; day: number}
  /** The day of a front matter `date` with a clock: when the page was posted, a weaker day. */
  postedDay?: Day
  /** The line of a letter's date (above its `Dear ...,`): when it was written, no day of its story. */
  writtenLine?: number
  /** A day in the title of each part, for files of several incidents. */
  partDays: Array<Day | undefined>
  /** The report's title, which may give its year (`Replica lag, July 2026`). */
  title?: string
  frontMatterZone?: Zone
  optionZone?: Zone
  path?: string
  /**
   * The day the report is read: a report that writes no year takes the latest year up to it in
   * which its days fall on the weekdays it names them with (`Saturday 21 June`).
   */
  today?: Day
}

/** Each part's timeline, the context settled for the report, and what settling it found. */
export interface Timelines {
  timelines: TimelineEntry[][]
  context: TimelineContext
  problems: PlacedProblem[]
}

/**
 * Read and resolve the timelines of a report's parts.
 *
 * @example
 *   readTimelines({root, parts: [root], source, frontMatter, partDays: [undefined]}).timelines[0][0].at
 */
export function readTimelines(input: TimelineInput): Timelines {
  const lines = new SourceLines(input.source)
  const extracted = extractEntries(input.root, input.source, lines, new Set(input.parts))
  if (input.writtenLine !== undefined)
    extracted.events = extracted.events.filter((event) => event.place.line !== input.writtenLine)
  const stated = statedZone(input.root)
  // (`All times UTC (Z) unless marked L`, then `a captain in the ORD crew room (0451L) calls`: a
  // clock marked local, in a report whose times are UTC, is in a zone the report does not give; the
  // row's own time tells when.)
  if (stated?.zone.offset === 0)
    extracted.events = extracted.events.filter((event) => !markedLocal(event))
  const fileDay = input.path ? dayInPath(input.path) : undefined
  placeDaysOfMonth(extracted.events, input.statedDay ?? input.postedDay ?? fileDay, input.source)
  placeWeekdays(extracted.events, input.statedDay ?? input.postedDay ?? fileDay)
  const fromFrontMatter = frontMatterEvents(
    input.frontMatter,
    openingPost(input.root, input.frontMatter)
  )
  const events = byPart([...fromFrontMatter, ...extracted.events], input.parts, input.root)
  const everything = events.flat()
  const anchors = extracted.anchors

  const problems: PlacedProblem[] = []
  const context: TimelineContext = {}
  if (stated) {
    context.statedZone = stated.zone
    context.statedZonePlace = stated.place
  }
  if (input.frontMatterZone) context.frontMatterZone = input.frontMatterZone
  if (input.optionZone) context.optionZone = input.optionZone

  const references: ReferenceDay[] = []
  if (input.statedDay) references.push({day: input.statedDay, source: 'report'})
  if (input.postedDay) references.push({day: input.postedDay, source: 'front matter'})
  if (fileDay) references.push({day: fileDay, source: 'file name'})
  const order = settleDayOrder(everything, references, input.frontMatterZone ?? stated?.zone)
  context.dayOrder = order.order
  context.dayOrderSettled = order.settled
  problems.push(...order.problems)

  if (input.postedDay) context.writtenDay = input.postedDay
  // With no year written anywhere, the days' weekdays name it (`Saturday 21 June`), as of today.
  // (Its first such day is the report's when nothing else dates it: `mossbot was down saturday
  // night (jan 25)` in a post's opening.)
  let weekdayDay: Day | undefined
  const fromWeekdays = () => {
    const found = weekdayYear(input.source, input.today, lines)
    if (found) problems.push(found.problem)
    weekdayDay = found?.day
    return found?.year
  }
  // A date without a year (`On September 1st, ...`) takes the year the report gives elsewhere.
  const year =
    input.postedDay?.year ??
    fileDay?.year ??
    yearIn(input.title ?? '') ??
    yearInOpening(input.root) ??
    loggedYear(input.source, everything) ??
    (input.path ? yearIn(input.path) : undefined) ??
    fromWeekdays()
  // (`Search came back empty (Monday, March 10)`: the title's day, in the year the report gives.)
  const titled =
    input.titleDay && year !== undefined
      ? {year, month: input.titleDay.month, day: input.titleDay.day}
      : undefined
  // (`| **Downtime start** | 03/12/2025 06:48 |`, in a report whose `01/23/2025` writes month first.)
  const undecided = input.undecidedDay
  const settledDay =
    undecided && order.order === 'day-first'
      ? {year: undecided.year, month: undecided.day, day: undecided.month}
      : undecided
  // (A day stated with the zone but not its year takes the year the report gives.)
  const statedDay =
    stated?.day ?? (stated?.monthDay && year !== undefined ? {year, ...stated.monthDay} : undefined)
  if (statedDay) context.timesDay = statedDay
  const day = statedDay ?? nightDay(input, everything) ?? titled ?? settledDay
  const inferred = day
    ? undefined
    : (firstDated(everything, order.order, year) ?? input.postedDay ?? fileDay ?? weekdayDay)
  if (day) context.day = day
  else if (inferred) {
    context.day = inferred
    context.dayInferred = true
    if (fileDay) context.fileDay = fileDay
  } else if (year !== undefined) context.year = year

  const contexts = input.parts.map((_, index) => {
    const partDay = input.partDays[index]
    return partDay ? {...context, day: partDay, dayInferred: false} : context
  })
  const resolve = (extra: Partial<TimelineContext>) =>
    events.map((own, index) =>
      resolveEntries(own, {...(contexts[index] as TimelineContext), ...extra})
    )

  const sources = new Map<object, number>()
  let index = 0
  for (const event of everything) if (event.type === 'entry') sources.set(event, index++)
  const reading = (passes: ReturnType<typeof resolve>) => ({
    entries: passes.flatMap((pass) => pass.entries),
    problems: passes.flatMap((pass) => pass.problems)
  })

  let settled: Partial<TimelineContext> = {}
  let results = resolve(settled)
  // Abbreviations out of their season (`PST` in July): each read as written, or as the clock of
  // the day, whichever puts the timeline in order; as written when neither does better.
  const outOfSeason = [...new Set(results.flatMap((result) => [...result.outOfSeason]))]
  if (outOfSeason.length > 0 && outOfSeason.length <= 4) {
    let best = results
    for (let mask = 1; mask < 1 << outOfSeason.length; mask++) {
      const wallClock = new Set(outOfSeason.filter((_, bit) => mask & (1 << bit)))
      const trial = resolve({wallClock})
      if (preferWallClock(reading(best), reading(trial), sources, anchors, context)) {
        best = trial
        settled = {wallClock}
      }
    }
    results = best
  }
  const decision = settleZone(
    results.flatMap((result) => result.entries),
    sources,
    anchors,
    {...context, ...settled}
  )
  problems.push(...decision.problems)
  if (decision.evidenceZone) {
    settled = {...settled, evidenceZone: decision.evidenceZone}
    results = resolve(settled)
  }
  for (const result of results) problems.push(...result.problems)
  return {
    timelines: results.map((result) => result.entries),
    context: {...context, ...settled},
    problems
  }
}

/**
 * A weekday named alone at the head of a paragraph (`**Tuesday evening.**`) is that weekday on or
 * after the last day told before it (`**Monday, Nov. 4.**` ... or a look back, `**Thursday, Oct.
 * 31 (the week before).**`, after which the story comes back to its week); with none told before
 * it, the one nearest the report's own day. None when neither is known.
 */
function placeWeekdays(events: TimelineEvent[], reference: Day | undefined): void {
  let told: Day | undefined
  const unplaced = new Set<TimelineEvent>()
  for (const event of events) {
    if (event.type !== 'day') continue
    if (event.ofWeek === undefined) {
      if (event.date.year !== undefined)
        told = {year: event.date.year, month: event.date.month, day: event.date.day}
      continue
    }
    const from = told ?? reference
    if (!from) {
      unplaced.add(event)
      continue
    }
    const start = Date.UTC(from.year, from.month - 1, from.day)
    const ahead = (event.ofWeek - new Date(start).getUTCDay() + 7) % 7
    // (From the report's own day, the nearest: up to three days either way.)
    const shift = told || ahead <= 3 ? ahead : ahead - 7
    const at = new Date(start + shift * 86_400_000)
    event.date = {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()}
    told = {year: event.date.year as number, month: event.date.month, day: event.date.day}
  }
  if (unplaced.size > 0) {
    const kept = events.filter((event) => !unplaced.has(event))
    events.splice(0, events.length, ...kept)
  }
}

/**
 * `**Saturday the 29th**`: a day of the month named without its month is the last such day, on
 * that weekday, on or before the day the report gives itself (a post written days later); with
 * no such day, it dates nothing and is taken out.
 */
function placeDaysOfMonth(
  events: TimelineEvent[],
  reference: Day | undefined,
  source: string
): void {
  /** The text's full dates, read once, when a day of the month has no day of writing to go by. */
  let full: Day[] | undefined
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index] as TimelineEvent
    if (event.type !== 'day' || !event.ofMonth) continue
    const ofMonth = event.ofMonth
    full ??= reference ? [] : fullDates(source)
    const day = reference
      ? lastDayOfMonth(ofMonth, reference)
      : full.find(
          (date) =>
            date.day === ofMonth.day &&
            new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() === ofMonth.weekday
        )
    if (day) event.date = day
    else events.splice(index, 1)
  }
}

/**
 * With no day the report was written, the days its full dates give, in order: a day of the month
 * on its weekday (`**saturday the 14th**`) is the one of them on that day and weekday (a log
 * line's `6/14/2025 1:47:12 PM` below).
 */
function fullDates(source: string): Day[] {
  return findMentions(source.slice(0, 200_000)).flatMap(({written: {date}}) =>
    date?.year === undefined || date.order === 'ambiguous'
      ? []
      : [{year: date.year, month: date.month, day: date.day}]
  )
}

/**
 * The events of each part of a report. A time written outside every part
 * (a shared summary, a recovery section after the last incident) goes with
 * the part it follows, or the first part when it comes before them all.
 */
function byPart(
  events: readonly TimelineEvent[],
  parts: readonly OutlineSection[],
  root: OutlineSection
): TimelineEvent[][] {
  if (parts.length === 1) return [[...events]]
  const ranges = parts.map((part) => ({
    from: part === root ? 1 : part.place.line,
    to: Math.max(...allSections(part).map((section) => section.place.endLine ?? section.place.line))
  }))
  const split: TimelineEvent[][] = parts.map(() => [])
  for (const event of events) {
    const line = event.place.line
    let index = ranges.findIndex((range) => line >= range.from && line <= range.to)
    if (index === -1) {
      index = 0
      for (const [at, range] of ranges.entries()) if (range.from <= line) index = at
    }
    split[index]?.push(event)
  }
  return split
}

/** Where one sentence of prose ends and the next begins. */
const sentenceBreak = /(?<=[.!?])\s+(?=[A-Z])/
/** A line of a paragraph that is a field: `**Date:** ...`, `Times: all times are Eastern Time`. */
const fieldLine = /^\W{0,3}[A-Z][\w ]{0,30}\W{0,3}:\s/

/** A long paragraph's fields, each its line, and its prose, sentence by sentence across its lines. */
function sentencesAndFields(text: string): string[] {
  const parts: string[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length > 0) parts.push(...prose.join(' ').split(sentenceBreak))
    prose = []
  }
  for (const line of text.split('\n')) {
    if (fieldLine.test(line)) {
      flush()
      parts.push(line)
    } else prose.push(line)
  }
  flush()
  return parts
}

/**
 * A field's key written in two languages, its English read: `Time zone / المنطقة الزمنية` is `Time
 * zone`; a key in one language is itself.
 */
function latinKey(key: string): string {
  const parts = key.split(/\s+\/\s+/)
  if (parts.length < 2) return key
  return (
    parts.find((part) => /[A-Za-z]/.test(part) && !/[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(part)) ??
    key
  )
}

/**
 * A day stated for all times in a paragraph of its own: `All times 15 OCT 2024 unless stated.`;
 * else one without its year, for all times but those marked (`All server time (UTC-7), Thursday
 * 6/19 unless noted.`), whose year the report gives.
 */
function statedDayApart(root: OutlineSection): Day | {month: number; day: number} | undefined {
  let yearless: {month: number; day: number} | undefined
  for (const section of allSections(root)) {
    if (section.kind === 'appendix') continue
    for (const block of section.blocks) {
      if (block.type !== 'paragraph') continue
      const text = blockText([block]).text
      if (text.length > 200) continue
      const said = dayStatement(text)
      const day = dayOfDate(said)
      if (day) return day
      // (Yearless, only as the day of all times but those marked: `PR merge time on Tue 21 Jan
      // also AEDT` tells of one time's day.)
      if (said && said.month !== undefined && said.day !== undefined && /\bunless\b/i.test(text))
        yearless ??= {month: said.month, day: said.day}
    }
  }
  return yearless
}

/** A stated day put on a zone found: the whole day, or its month and day alone. */
function withDay(found: StatedZone, day: Day | {month: number; day: number} | undefined): void {
  if (day && 'year' in day) found.day = day
  else if (day) found.monthDay = day
}

/** The zone a report states, where, and the day it states with it (its year, or the month and day alone). */
interface StatedZone {
  zone: Zone
  place: Place
  day?: Day
  /** A day stated without its year (`Timeline (all times EST, Nov 3 unless noted)`): the year the report gives. */
  monthDay?: {month: number; day: number}
}

/**
 * The zone a report states for its times (`All times PDT.`), in a
 * paragraph, a heading or a table's header, and a day it states with it (`all times UTC,
 * September 5, 2026`).
 */
function statedZone(root: OutlineSection): StatedZone | undefined {
  // (`**Times:** 24-hr, local` over `**Location:** ... Columbus, OH`: the place's zone.)
  let local: Paragraph | Table | Code | Html | undefined
  let whenField: {zone: Zone; node: Paragraph | Table | Code | Html} | undefined
  const read: string[] = []
  for (const [index, section] of allSections(root).entries()) {
    if (section.kind === 'appendix') continue
    // (`# CITY OF BRANDT FALLS, OHIO` over a department's report: where, in its letterhead.)
    if (index < 4 && section.title) read.push(section.title)
    const texts: Array<{text: string; node: Paragraph | Table | Code | Html}> = []
    for (const block of section.blocks) {
      // (`**Date:** ...` `**Times:** all times are Eastern Time` on the lines of a long paragraph of
      // fields: each line; a statement that wraps, `All times are\nUS Eastern (EDT).`, whole.)
      if (block.type === 'paragraph') {
        const text = blockText([block]).text
        if (text.length <= 400) texts.push({text, node: block})
        // (A long paragraph: its fields line by line, its prose sentence by sentence, a sentence
        // whole across the lines it wraps over: `... (CET, one hour ahead of us). Times in my
        // summary are UK time, which is\nGMT ...` states UK time, not CET.)
        else
          for (const sentence of sentencesAndFields(text)) texts.push({text: sentence, node: block})
      }
      // `- ... until Thu 8 May 16:40 CEST. All times in this mail are CEST.`: a point of a summary
      // list, sentence by sentence.
      if (block.type === 'list')
        for (const item of block.children)
          for (const child of item.children)
            if (child.type === 'paragraph')
              for (const sentence of sentencesAndFields(blockText([child]).text))
                texts.push({text: sentence, node: child})
      // `> All times are Berlin time.`: a note set apart as a quote.
      if (block.type === 'blockquote')
        for (const child of block.children) {
          if (child.type === 'paragraph') texts.push({text: blockText([child]).text, node: child})
          // (`> - **When:** Tuesday 18 February 2025, from 2:47am (AEDT).`: a box's key facts.)
          if (child.type === 'list')
            for (const item of child.children)
              for (const inner of item.children)
                if (inner.type === 'paragraph')
                  texts.push({text: blockText([inner]).text, node: inner})
        }
      // (A shift log pasted whole, its header `SHIFT: NIGHT ... TZ: EAT (UTC+3)` over its rows: a
      // line of its first ones that names the zone of its times.)
      if (block.type === 'code')
        for (const line of block.value.split('\n', 12))
          if (/\b(?:tz|time\s*zone|timezone|all\s+times|times\s+(?:are|in))\b/i.test(line))
            texts.push({text: line.trim(), node: block})
      // (`<aside>` then `🕐 All times below are **BST (UTC+1)** unless marked otherwise.`: a callout
      // exported from Notion, its words inside raw HTML.)
      if (block.type === 'html' && block.value.length <= 2000)
        for (const sentence of sentencesAndFields(
          block.value.replace(/<[^>]*>/g, ' ').replace(/[*_`]+/g, '')
        ))
          if (sentence.trim()) texts.push({text: sentence.trim(), node: block})
      // `| Metric (all times Singapore Time, SGT / UTC+8) | Value |`: a table's header states it.
      const header = block.type === 'table' ? block.children[0] : undefined
      if (block.type === 'table' && header)
        texts.push({text: header.children.map((cell) => toString(cell)).join(' | '), node: block})
      // `| **Times** | Stockholm local time throughout |`: a field of a table at the top.
      if (block.type === 'table')
        for (const row of block.children.slice(1)) {
          const [written, ...values] = row.children.map((cell) => toString(cell).trim())
          const key = written === undefined ? undefined : latinKey(written)
          // (`| **Location** | Main Campus, Toledo, Ohio |`: where, for a report whose times are local.)
          if (key && key.length <= 24 && (zoneKey.test(key) || placeField.test(`${key}:`)))
            texts.push({text: `${key}: ${values.join(' ')}`, node: block})
        }
    }
    for (const {text, node} of texts) {
      const statement = statementAt(text)
      read.push(text)
      if (!statement && !local && saysLocal(text)) local = node
      if (!statement && !whenField) {
        const zone = whenZone(text)
        if (zone) whenField = {zone, node}
      }
      if (!statement) continue
      const found: StatedZone = {zone: statement.zone, place: placeOf(node)}
      // (The day may be stated apart: `All times in this report are Zulu` at the top, `All times 15
      // OCT 2024 unless stated` over the timeline.)
      const said = dayStatement(text)
      const day = dayOfDate(said)
      const apart = day ? undefined : statedDayApart(root)
      const told = day || (apart && 'year' in apart) ? undefined : dayAfterZone(text)
      withDay(found, day ?? (told ? {month: told.month, day: told.day} : apart))
      return found
    }
  }
  // (`**When:** Tuesday 18 February 2025, from 2:47am until 11:30am (AEDT).`: a field of when, its
  // times in one zone, states the report's.)
  if (!local && whenField) return {zone: whenField.zone, place: placeOf(whenField.node)}
  // (`### Section 3 – Times (all times are local time, Eastern – HAE)`: the zone stated over one
  // section, where none is stated for the report, and no other heading states another, holds for
  // the times of the sections beside it, a chronology told in the same clocks.)
  const headed = allSections(root).flatMap((section) => {
    // (Or a line set in bold that opens a section as a heading does: `**timeline (all times EST)**`.)
    if (section.kind === 'appendix' || !section.opener) return []
    const statement = statementAt(section.title)
    return statement ? [{zone: statement.zone, section}] : []
  })
  const [heading] = headed
  if (!local && heading && headed.every((other) => other.zone.name === heading.zone.name)) {
    const found: StatedZone = {zone: heading.zone, place: placeOf(heading.section.opener ?? {})}
    // (`Timeline (all times EST, Nov 3 unless noted)`: the day of the section's times, as a
    // paragraph's statement gives it.)
    const said = dayAfterZone(heading.section.title)
    const day = dayOfDate(said)
    if (day) found.day = day
    else if (said) found.monthDay = {month: said.month, day: said.day}
    return found
  }
  const zone = local && placeZoneIn(read)
  if (!local || !zone) return undefined
  const found: StatedZone = {zone, place: placeOf(local)}
  withDay(found, statedDayApart(root))
  return found
}

/** The one zone the times of a field of when are written in (`When: ..., from 2:47am until 11:30am (AEDT)`). */
function whenZone(text: string): Zone | undefined {
  const field =
    /^\W*(?:when|time|times|date|period|window|duration|impact)\b[^:\n]{0,20}:\s*(.+)$/im.exec(text)
  if (!field) return undefined
  const zones = findMentions(field[1] as string).flatMap((mention) =>
    mention.written.clock && mention.written.zone ? [mention.written.zone.zone] : []
  )
  const [first] = zones
  return first && zones.every((zone) => zone.name === first.name) ? first : undefined
}

/** The zone of the place a report names: in a field of where first (`Location:`, `Site:`), else anywhere. */
function placeZoneIn(texts: readonly string[]): Zone | undefined {
  const fields = texts.flatMap((text) => text.split('\n').filter((line) => placeField.test(line)))
  for (const text of [...fields, ...texts]) {
    const zone = placeZone(text)
    if (zone) return zone
  }
  return undefined
}

/** A field that says where: `**Facility / location:**`, `Site:`, `Address:`. */
const placeField =
  /^\W*(?:[\w /]{0,30}\b)?(?:location|site|facility|address|place|plant|city|office|station|venue)\b[^:|]{0,20}[:|]/i

/** Front matter keys of a record that has a state, as status pages keep incidents (`resolved: true`). */
const stateKey = /^(?:resolved|resolved[_-]?(?:when|at|on)|status|state|closed|closed[_-]?at)$/i
/** Front matter keys of when a page was posted. */
const postedKey = /^(?:date|published|created|opened|posted)$/i

/**
 * A status page's incident (a front matter with a state, `resolved: true`,
 * and a posted time with a clock) opens with its first update, untimed: the
 * paragraph before the first heading was posted at that time. Its words
 * become an entry at the posted time (`Our hosting has gone offline. We
 * are investigating.`). A blog post's date is when it was written, not an
 * event: without a state in the front matter, nothing.
 */
function openingPost(
  root: OutlineSection,
  frontMatter: TimelineInput['frontMatter']
): {key: string; text: string; place: Place} | undefined {
  const keys = Object.keys(frontMatter.data)
  if (!keys.some((key) => stateKey.test(key))) return undefined
  const key = keys.find((name) => postedKey.test(name))
  const first = root.blocks.find((node) => node.type === 'paragraph')
  if (!key || !first) return undefined
  const text = blockText([first]).text.trim()
  if (text === '') return undefined
  return {key, text, place: placeOf(first)}
}

/**
 * Front matter values that are timestamps with a clock (`date:
 * 2020-05-24T17:36:00+00:00`, `resolved_at: 2024-05-03T18:10Z`,
 * `milestones: {detected: "09:55"}`): entries of the front matter, each
 * named by its key; and a status page's opening update at its posted time.
 */
function frontMatterEvents(
  frontMatter: TimelineInput['frontMatter'],
  opening: ReturnType<typeof openingPost>
): TimelineEvent[] {
  const events: TimelineEvent[] = []
  let block = -1
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const text = value.trim()
      if (text.length > 64) return
      const written = readTimestamp(text)
      if (!written || 'impossible' in written || !written.clock) return
      if (written.end < text.length - 1) return
      const named = /^milestones\.(\w+)$/.exec(key)?.[1]?.toLowerCase()
      const milestone = named && milestoneWords.has(named) ? named : undefined
      const raw: RawEntry = {
        type: 'entry',
        kind: 'field',
        origin: 'front-matter',
        text: key,
        written,
        markers: milestone ? [milestone] : [],
        place: {line: frontMatter.lines[key] ?? 1, column: 1},
        block: block--
      }
      events.push(raw)
      if (opening && key === opening.key)
        events.push({
          ...raw,
          kind: 'paragraph',
          origin: 'prose',
          text: opening.text,
          place: opening.place,
          block: block--
        })
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, nested] of Object.entries(value as Record<string, unknown>))
        visit(nested, key ? `${key}.${inner}` : inner)
    }
  }
  visit(frontMatter.data, '')
  return events
}

/**
 * The first day the report's own text dates something with: a timeline's
 * dated entry or day heading, else a summary's dated sentence (`On March
 * 12, 2024, ...`), else any dated time.
 */
function firstDated(
  events: readonly TimelineEvent[],
  order: 'day-first' | 'month-first',
  year: number | undefined
): Day | undefined {
  const dated = (event: TimelineEvent): Day | undefined => {
    const date = event.type === 'day' ? event.date : event.written?.date
    const known = date?.year ?? year
    if (!date || known === undefined) return undefined
    const swap = date.order === 'ambiguous' && order === 'day-first'
    return {year: known, month: swap ? date.day : date.month, day: swap ? date.month : date.day}
  }
  const origin = (event: TimelineEvent) => (event.type === 'day' ? 'timeline' : event.origin)
  // A day told after the last clock of the timeline dates none of its rows (`a kernel update had
  // been rolled out on the Thursday before (19 June)`, under the rows).
  const lastClock = events.findLastIndex(
    (event) => event.type === 'entry' && event.origin === 'timeline' && event.written?.clock
  )
  for (const kinds of [['timeline'], ['summary', 'impact', 'detection', 'resolution']]) {
    for (const [index, event] of events.entries()) {
      if (!kinds.includes(origin(event))) continue
      if (kinds[0] === 'timeline' && lastClock >= 0 && index > lastClock) continue
      const day = dated(event)
      if (day) return day
    }
  }
  // Else a date that leads its sentence (`On September 1st, ...`) or comes with a clock.
  for (const event of events) {
    if (event.type !== 'entry' || event.origin === 'front-matter') continue
    if (event.block !== undefined && !event.leads && !event.written?.clock) continue
    const day = dated(event)
    if (day) return day
  }
  return undefined
}

/** A clock in a sentence marked as local time, `0451L`. */
function markedLocal(event: TimelineEvent): boolean {
  return (
    event.type === 'entry' &&
    event.block !== undefined &&
    /^(?:[01]\d|2[0-3])[0-5]\dL$/.test(event.written?.text ?? '')
  )
}

/** `2017-02-28-aws-s3.md`, `incidents/2024_05_03 outage.md`: the day a file name gives. */
export function dayInPath(path: string): Day | undefined {
  const name = path.split(/[\\/]/).at(-1) ?? path
  const match = /(?<!\d)((?:19|20)\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)/.exec(name)
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : undefined
}

/** A month and year the opening paragraphs name (`Raw paste from #eng-checkout (October 2026)`). */
function yearInOpening(root: OutlineSection): number | undefined {
  const opening = allSections(root).find((section) => section.blocks.length > 0)
  const texts = (opening?.blocks.slice(0, 3) ?? [])
    .filter((block) => block.type === 'paragraph')
    .map((block) => toString(block).slice(0, 400))
  for (const text of texts) {
    const found = monthYear.exec(text)?.[1]
    if (found) return Number(found)
  }
  // (`Midsummer Bonfire 2025 went live`, `our 2025 spring sale`: the year of what it is about,
  // when no month names one; not a year of the past, `since 2019`.)
  for (const text of texts) {
    const found = namedYear.exec(text)?.[1]
    if (found) return Number(found)
  }
  return undefined
}

/**
 * The year of a day the report names without one (`Saturday 18 January.`), from a full date of the
 * same month and day written elsewhere in it, as a pasted log's `2025-01-18T03:00:06Z` is.
 */
function loggedYear(source: string, events: readonly TimelineEvent[]): number | undefined {
  if (!/(?:19|20)\d{2}-\d{2}-\d{2}/.test(source)) return undefined
  for (const event of events) {
    const date = event.type === 'day' ? event.date : event.written?.date
    if (!date || date.year !== undefined || date.order === 'ambiguous') continue
    const day = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
    const found = new RegExp(`(?<!\\d)((?:19|20)\\d{2})-${day}(?![\\d-])`).exec(source)?.[1]
    if (found) return Number(found)
  }
  return undefined
}

const namedYear =
  /(?<!\b(?:since|in|from|until|before|after|of|back)\s)(?<![\d./-])\b((?:19|20)\d{2})\b(?![\d./-]\d)/i

const monthYear =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/i

/** A year a title or a file name names (`Replica lag, July 2026`). */
function yearIn(text: string): number | undefined {
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text)?.[1]
  return year === undefined ? undefined : Number(year)
}

function dayOfDate(date: {year?: number; month: number; day: number} | undefined): Day | undefined {
  if (!date || date.year === undefined) return undefined
  return {year: date.year, month: date.month, day: date.day}
}

/**
 * The day the report gives itself; of a night across two days, the second when the story's first
 * clock without a day is before noon (`00.46 GMT the link was lost`), else the first (`23:40 the
 * first alarm`, then past midnight).
 */
function nightDay(input: TimelineInput, events: TimelineEvent[]): Day | undefined {
  const day = input.statedDay
  if (!day || !input.night) return day
  const first = events.find(
    (event): event is RawEntry =>
      event.type === 'entry' &&
      event.origin !== 'front-matter' &&
      event.written?.clock !== undefined &&
      event.written.date === undefined
  )
  const clock = first?.written?.clock
  const morning =
    clock !== undefined &&
    clock.hour < 12 &&
    (!input.lastNight || clock.hour < 6 || /\d\s*a\.?m\b/i.test(first?.written?.text ?? ''))
  return morning ? nextDay(day) : day
}
