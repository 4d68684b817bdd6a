/**
 * Resolve the entries of one incident in written order, carrying the day and
 * the zone from entry to entry the way a reader does: a day heading sets the
 * day; a time that goes back past midnight moves to the next day; a zone
 * written once holds until another is written. A time mentioned in a
 * sentence takes the day of the entry or sentence it stands in, and a day
 * named beside it (`the next morning`).
 */
import type {Place, PlacedProblem, ResolvedTime, TimelineEntry, ZoneSource} from '../model.js'
import type {WrittenClock, WrittenTime} from '../time/read-timestamp.js'
import {
  type Day,
  formatDay,
  formatInstant,
  nextDay,
  type Resolution,
  resolveTime,
  type TimeContext,
  type TimeProblem
} from '../time/resolve-time.js'
import {ambiguousZones, offsetAt, type Zone} from '../time/zones.js'
import {dayToCome, partOfDayOf} from './clauses.js'
import type {RawEntry, TimelineEvent} from './extract-entries.js'
import {weekdayLed} from './find-mentions.js'
import {
  checkOrder,
  repairMisdated,
  repairYear,
  sameTimeAsTimeline,
  withinTimeline
} from './repair-entries.js'

/** What the report says around its timeline, as settled for the whole report. */
export interface TimelineContext {
  /** The report's day: front matter `date`, a date in the title, a `Date:` line, the first dated sentence, the file name. */
  day?: Day
  /** The report's day was inferred (a first sentence, a file name) rather than stated as the report's date. */
  dayInferred?: boolean
  /** The day the report was written or posted (a mail's `Date:`, front matter `date` with its clock). */
  writtenDay?: Day
  /**
   * The day the file's name gives (`2024-09-17-orders-api.md`), where the report states none: the
   * day a row dated before it is background to, though the day is inferred from a first sentence.
   */
  fileDay?: Day
  /** The day a statement gives the times (`Times ... are AEDT, on Tuesday 18/02/2025`). */
  timesDay?: Day
  /** The report's year when it gives no day (`Replica lag, July 2026`): the year of dates written without one. */
  year?: number
  /** Zone stated in the report (`All times UTC`), and where. */
  statedZone?: Zone
  statedZonePlace?: Place
  /** Zone of the front matter `timezone`. */
  frontMatterZone?: Zone
  /** Zone given by the caller (`--timezone`). */
  optionZone?: Zone
  /** Zone the report's own timestamps show for times written without one; wins over all the above. */
  evidenceZone?: Zone
  /** How the report writes dates of two numbers. */
  dayOrder?: 'day-first' | 'month-first'
  /** Whether the report decides its day order; when not, an ambiguous date is low confidence. */
  dayOrderSettled?: boolean
  /** Abbreviations to read, out of their season, as the clock of the day (see `TimeContext.wallClock`). */
  wallClock?: ReadonlySet<string>
}

// Defined with the model, so that the repairs share it without importing this module back;
// still exported here for the modules that take it from the timeline.
export type {PlacedProblem}

const twelveHours = 12 * 3_600_000
/** A day in milliseconds: how far an analysis's clock may be read from the moment it restates. */
const oneDay = 24 * 3_600_000
const fourHours = 4 * 3_600_000
const twoHours = 2 * 3_600_000
const sixHours = 6 * 3_600_000
/**
 * Days from `day` to the weekday a time names (`On Tuesday afternoon (3:10 pm)`): back 0 to 6 from
 * the day the report was written; from a day the story has reached (`9:40 Saturday morning` ...
 * `by Sunday afternoon`), the nearest, up to three days on.
 */
function weekdayShift(written: WrittenTime, day: Day | undefined, inStory = false): number {
  if (written.weekday === undefined || !day) return 0
  const on = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
  const back = -((on - written.weekday + 7) % 7)
  return inStory && back <= -4 ? back + 7 : back
}

/** Sections that look back on the story told elsewhere in the report. */
const analysisOrigins = new Set<string>([
  'summary',
  'impact',
  'root-cause',
  'contributing-factors',
  'detection',
  'resolution'
])

/**
 * The day most of a report's stamped entries (a day and a clock written together, as messages
 * and comments are stamped) are on, when two or more are and one day has more than any other.
 */
function mainDay(events: readonly TimelineEvent[], context: TimelineContext): Day | undefined {
  const counts = new Map<string, {day: Day; count: number}>()
  for (const event of events) {
    if (event.type !== 'entry' || event.origin === 'front-matter') continue
    const date = event.written?.date
    if (!date || !event.written?.clock) continue
    const year = date.year ?? context.year ?? context.day?.year
    if (year === undefined) continue
    const day = orderedDay(year, date, context.dayOrder)
    const key = `${day.year}-${day.month}-${day.day}`
    const known = counts.get(key)
    if (known) known.count++
    else counts.set(key, {day, count: 1})
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count)
  const [first, second] = ranked
  if (!first || first.count < 2 || (second && second.count === first.count)) return undefined
  return first.day
}

/**
 * The words of a sentence that says when the report itself was written, or its review held (its
 * date taken out): `Written ...`, `Last updated ...`, `Retro held: ...`, `Postmortem meeting: ...`.
 */
const writtenStamp =
  /^\W*(?:(?:status|state|document|doc|report|review)\s*:\s*)?(?:written|posted|published|sent|exported|(?:last\s+)?(?:updated|edited|revised|reviewed)|edit(?:\s+\d+)?(?=\s*[(:])|stand(?=\s*[—–:])|drafted|created|held|(?:the\s+)?(?:post-?mortem|retro(?:spective)?|review|debrief|PIR)\s+(?:meeting(?:\s+(?:held|date))?|held|date|call))\b/i

/** The words just before a date that say the report was written then: `..., posted Wed June 11`. */
const stampBefore =
  /\b(?:written|posted|published|sent|exported|(?:last\s+)?(?:updated|edited|revised)|drafted)(?:\s+(?:on|at))?\s*$/i

/**
 * Whether the words just before a time say the report was posted then, in a sentence that does
 * not open on it: `Copied from Dana's thread, posted Wed June 11 2025 ~9:15 AM ET`.
 */
function postedBefore(event: RawEntry): boolean {
  const at = event.written ? event.text.indexOf(event.written.text) : -1
  return at > 0 && stampBefore.test(event.text.slice(Math.max(0, at - 40), at))
}
/**
 * Words just before a date that place it before the story's day: `the day before (`, `the previous
 * evening, `, `two days earlier, on`, `last week (`.
 */
const dayBefore =
  /\b(?:the\s+(?:day|night|evening|morning|afternoon|week)\s+before|the\s+previous\s+(?:day|night|evening|morning|afternoon|week)|(?:a|one|two|three|four|five|\d+)\s+days?\s+(?:before|earlier)|earlier\s+that\s+week|last\s+week)\b[^.;!?]{0,12}$/i
/**
 * Words before a date that make what follows something found out or said (`Kevin found in the
 * channel that`, `the logs showed that`): reported, not the story's own step.
 */
const reportedBefore =
  /\b(?:found|find|finds|saw|sees|learned|learnt|noticed|discovered|realised|realized|showed|shows|confirmed|confirms|told\s+us|says|said)\b[^.;!?]*\bthat\b[^.;!?]*$/i
const oneHour = 3_600_000
/** Zone problems are said once per incident, not on every entry. */
const oncePerTimeline = new Set(['time-zone-unknown', 'time-zone-ambiguous', 'time-zone-season'])
const explicitZones = new Set<ZoneSource>([
  'entry',
  'section',
  'report',
  'front-matter',
  'option',
  'carried'
])

/**
 * Resolve timeline events to entries.
 *
 * @example
 *   resolveEntries(extractEntries(outline(tree), source, lines).events, {day: {year: 2018, month: 10, day: 15}})
 */
export function resolveEntries(
  events: TimelineEvent[],
  context: TimelineContext
): {entries: TimelineEntry[]; problems: PlacedProblem[]; outOfSeason: Set<string>} {
  const entries: TimelineEntry[] = []
  const outOfSeason = new Set<string>()
  const days: Array<Day | undefined> = []
  const groups: Array<number | undefined> = []
  const problems: PlacedProblem[] = []
  const seen = new Map<string, PlacedProblem & {count: number}>()
  const report = (problem: Omit<TimeProblem, 'ruleId'> & {ruleId: string}, place: Place) => {
    if (problem.zone) outOfSeason.add(problem.zone)
    // Said once: an unknown zone at all, and each ambiguous or out-of-season zone.
    const key = oncePerTimeline.has(problem.ruleId)
      ? problem.ruleId === 'time-zone-unknown'
        ? problem.ruleId
        : `${problem.ruleId}:${problem.reason.split('`')[1] ?? ''}`
      : undefined
    const earlier = key === undefined ? undefined : seen.get(key)
    if (earlier) {
      earlier.count++
      return
    }
    const placed = {...problem, place, count: 1}
    if (key !== undefined) seen.set(key, placed)
    problems.push(placed)
  }

  const twelveHourClock = twelveHourGroups(events)
  // (`16:30`, `18:00` among its times: a report on a 24-hour clock, whose `10:20` is the morning;
  // not one that tells as many of its clocks with AM or PM, `texted at 2:14pm`, `found it at
  // 14:52`, whose `from 1:47 on` is the afternoon.)
  const clocks = events.filter(
    (event): event is RawEntry => event.type === 'entry' && event.written?.clock !== undefined
  )
  const pastNoon = clocks.filter(
    (event) => (writtenHour(event.written?.text ?? '') ?? 0) >= 13
  ).length
  const twentyFourHour =
    pastNoon >= 2 &&
    pastNoon > clocks.filter((event) => withMeridiem.test(event.written?.text ?? '')).length
  const storyDay = mainDay(events, context)
  const storyHour = clocks.find(
    (event) => event.origin === 'timeline' && withMeridiem.test(event.written?.text ?? '')
  )?.written?.clock?.hour
  /** The day the report gives itself, when it states one (not a day guessed from its first date). */
  const reportDay = context.dayInferred ? context.fileDay : context.day
  let day = context.day
  let dateSource: TimeContext['dateSource'] = 'report'
  /** The last day written anywhere above, prose included: the day of a sentence's time without one. */
  let flowDay = day
  /** The instant the report says it was posted, when that set `flowDay`: what it tells came before. */
  let postedAt: number | undefined
  /** The instant of the last time with a clock that set `flowDay`: a sentence's clock is the one nearest it. */
  let flowAt: number | undefined
  /** Whether `flowDay` is a day the report's entries told (not only the day it was posted). */
  let flowTold = false
  /**
   * A day the prose went back to from the story's (`On Wednesday, November 27, at about 4:30 PM Dev
   * merged a change`, in the background of Friday's outage): the story's day, and the section the
   * prose went back in. Out of that section, the times told are on the story's day again.
   */
  let wentBack: {story: Day; section: number} | undefined
  /** The instant of the last time with a clock told in prose: the part of the day a narrative is in. */
  let proseAt: number | undefined
  /** `proseAt` stands for a part of the day (`Monday evening`), not a clock. */
  let proseAtPart = false
  /** The instant of the timeline's last entry with a clock. */
  let timelineAt: number | undefined
  const told: ToldClocks = new Map()
  /** Each entry as written, and the entry it became. */
  const entryOf = new Map<RawEntry, TimelineEntry>()
  /** Every clock told so far, by its hour and minute on a 24-hour dial: what an analysis restates. */
  const toldAll: ToldClocks = new Map()
  /**
   * Whether the last row (an item, a table's row) was dated before the report's day, with words of
   * its own: `true` for a day alone in the timeline, whose clocks after it are on the report's day;
   * the row's group for a day and its clock, which holds for another list's clocks.
   */
  let backgroundRow: boolean | number = false
  /**
   * A day heading days after the report's (`**Wednesday 03/19/2025**`, a follow-up meeting), and
   * the group of the rows told under it: another table or list after them is the incident's again.
   */
  let followUp: {group: number | undefined} | undefined
  /** Whether the timeline's first entry has been read. */
  let inTimeline = false
  /** Whether an entry of the timeline with a time of its own (a row, a bullet, a heading) has been read. */
  let timedEntry = false
  /** Per group, the zone last written on one of its entries: it holds for the entries after it. */
  const carriedIn = new Map<number | undefined, Zone>()
  /** Per group, the instant of its entry before, in epoch milliseconds. */
  const previousAt = new Map<number | undefined, number>()
  /** The lists and tables whose last row gave its own day and clock. */
  const previousDated = new Set<number | undefined>()
  /** The resolution of each structural entry, for the times mentioned inside it. */
  const hosts = new Map<RawEntry, {day?: Day; zone?: Zone; at?: number}>()
  /** Per block of prose, the day and instant of its last time, and the zone last written there. */
  const blocks = new Map<
    number,
    {
      day?: Day | undefined
      /** Whether `day` is the day its first clock took, not one written. */
      inferred?: boolean
      at?: number
      /** Whether a clock of the block named a moment told before, on a day the story had left. */
      movedBack?: boolean
      zone?: Zone
      background?: {day: Day; text: string}
    }
  >()

  for (const event of events) {
    if (event.type === 'day') {
      const year = event.date.year ?? inferYear(event.date, context.day ?? day, context.year)
      if (year !== undefined) {
        const named = orderedDay(year, event.date, context.dayOrder)
        // (`**DATE:** February 13, 2025` atop a memo whose `RE:` line names Monday, February 10: a
        // day alone before anything is told, after the day the report gives itself, is when it was
        // written, not the day of what follows.)
        if (entries.length === 0 && reportDay && dayNumber(named) > dayNumber(reportDay)) continue
        // (`All times are UTC, and this was the night of Thursday, October 31st`, then `At 2:05 AM`:
        // a night's first clock before noon, and those after it, are on the day after.)
        const first = event.night ? firstClockAfter(events, event) : undefined
        day = first !== undefined && first < 12 ? addDay(named, 1) : named
        flowDay = day
        wentBack = undefined
        followUp =
          reportDay && daysApart(reportDay, day) >= 2 && entries.length > 0
            ? {group: undefined}
            : undefined
        // (A day stated anew starts the story's clocks over: none told before it goes on, nor is
        // a clock after it near one told before.)
        proseAt = undefined
        flowAt = undefined
        dateSource = 'heading'
      }
      continue
    }
    // (The timeline starts on the day the report gives itself, not on a day of the background told
    // before it: `between 1:00 a.m. and 4:00 a.m. on Sunday, November 2, the vendor installed an
    // update`, then a timeline of Monday's clocks.)
    if (event.origin === 'timeline' && !inTimeline) {
      inTimeline = true
      if (context.day && !context.dayInferred && flowTold && dateSource !== 'heading') {
        day = context.day
        dateSource = 'report'
        flowDay = context.day
        flowAt = undefined
        proseAt = undefined
      }
    }
    if (wentBack && !event.sections?.includes(wentBack.section)) {
      flowDay = wentBack.story
      flowAt = undefined
      proseAt = undefined
      wentBack = undefined
    }
    const entry = newEntry(event, entries.length)
    entryOf.set(event, entry)
    if (event.impossible) {
      report(
        {
          ruleId: 'time-impossible',
          severity: 'warning',
          reason: `Unexpected impossible time \`${event.impossible.text}\`, expected a real clock time (00:00 to 23:59) on a real day`
        },
        event.place
      )
    }
    if (!event.written) {
      if (!event.impossible) {
        report(
          {
            ruleId: 'timeline-entry-untimed',
            severity: 'warning',
            reason: `Unexpected timeline entry without a time (\`${clip(event.text)}\`), expected it to start with a time such as \`14:05 UTC\``
          },
          event.place
        )
      }
      entries.push(entry)
      days.push(undefined)
      groups.push(event.group)
      continue
    }

    // `T+9m` with no T0 stated above it: an offset from nothing known.
    if (event.written.sinceAnchor !== undefined && !event.written.clock) {
      report(
        {
          ruleId: 'time-date-unknown',
          severity: 'warning',
          reason: `Unexpected offset \`${event.written.text}\` without a T0, expected the instant it counts from stated above it, such as \`T0 = 14:20 UTC on 9 February 2026\``
        },
        event.place
      )
      entries.push(entry)
      days.push(undefined)
      groups.push(event.group)
      continue
    }

    if (event.block !== undefined) {
      // A time mentioned in a sentence: it takes its day from where it stands, and changes nothing after it.
      const around = event.host ? hosts.get(event.host) : undefined
      const inBlock = blocks.get(event.block) ?? {}
      // (`On Sunday, March 8, we had done maintenance. At 8:40 a.m. we restarted ...`: a day before
      // the narrative's, told alone, is the day of its own sentence, not of the ones after it.)
      const background =
        inBlock.background && event.text.includes(inBlock.background.text)
          ? inBlock.background.day
          : undefined
      // (`Impact: no webhooks between 07:26 and 11:02`, in the analysis after a story told over days
      // of stamped messages: the day most of the story is on, not the day of its last message.)
      const analysis = analysisOrigins.has(event.origin) && flowTold ? storyDay : undefined
      // (`At about 6:40 pm yesterday`, in a mail sent the next morning: yesterday from the day it
      // was written, whatever day the story is on.)
      const written = event.written.fromWriting ? context.writtenDay : undefined
      // (`**Florian** — 2024-06-18T16:12:30+0200` over `why not Monday: Monday 17.06. the job at
      // 06:00 ran only 1m50s`: a day written before the clock in its own sentence is its day, not
      // the comment's.)
      const own = around?.day
        ? (background ?? (inBlock.inferred === false ? inBlock.day : undefined))
        : undefined
      const host = own ? undefined : around
      const introduced =
        event.introducedBy !== undefined ? blocks.get(event.introducedBy)?.day : undefined
      const base =
        host?.day ?? written ?? background ?? inBlock.day ?? introduced ?? analysis ?? flowDay
      const zone = event.written.zone?.zone ?? around?.zone ?? inBlock.zone
      const mentionAround: Parameters<typeof resolveMention>[2] = {
        day: base,
        dateSource: host?.day
          ? 'previous'
          : inBlock.day || own || introduced
            ? 'sentence'
            : dateSource,
        carried: zone,
        after: inBlock.at ?? host?.at,
        near: host?.at ?? (inBlock.day ? undefined : inBlock.movedBack ? inBlock.at : flowAt),
        // (`**At 21:16** the alert fired.` then `**Around half past nine** Jas messaged me`: a
        // clock in words is in the half of the day of the timeline's clock before it.)
        // (`- **8:30-ish**: Ana says she'll look (it was 8:31 exactly)`: a clock in an entry of the
        // evening, as that entry's own is.)
        told: around?.at ?? proseAt ?? (/\d/.test(event.written.text) ? undefined : timelineAt),
        toldByClock: around?.at !== undefined || (proseAt !== undefined && !proseAtPart),
        twentyFourHour,
        storyHour,
        flowing: !analysisOrigins.has(event.origin) && inBlock.day === undefined && !background
      }
      let resolution = resolveMention(event, context, mentionAround)
      // (`posted Wed June 11 2025 ~9:15 AM ET`, then `10:52 AM – submissions start failing`: a
      // post tells of what came before it, so a clock later that day is the day before's.)
      const resolvedAt = resolution.time.at ? Date.parse(resolution.time.at) : undefined
      if (
        postedAt !== undefined &&
        base !== undefined &&
        flowDay !== undefined &&
        dayNumber(base) === dayNumber(flowDay) &&
        resolvedAt !== undefined &&
        resolvedAt > postedAt + oneHour &&
        event.written.clock &&
        !event.written.date &&
        event.written.relativeDay === undefined
      ) {
        const before = resolveMention(event, context, {
          day: addDay(base, -1),
          dateSource: mentionAround.dateSource,
          carried: mentionAround.carried,
          after: undefined
        })
        const beforeAt = before.time.at ? Date.parse(before.time.at) : undefined
        if (beforeAt !== undefined && beforeAt <= postedAt) resolution = before
      }
      for (const problem of resolution.problems) report(problem, event.place)
      // (A day the block's first clock took, not one it wrote, is no day written in it.)
      if (!around?.day && inBlock.inferred && resolution.time.dateSource === 'sentence')
        resolution.time.dateSource = dateSource
      // (`Posted Wed Mar 12, 2025 9:05 am`: when the report was written, no moment of the story.)
      const backTime =
        backReference(event.written, resolution.time, told) ??
        (analysisOrigins.has(event.origin)
          ? restated(event.written, resolution.time, toldAll)
          : undefined)
      // (`In the thread I said "down" at 2:53`, on a day the story left: that instant again, and
      // the day it was on is no day of the block's; its next clocks are near it.)
      const movedBack =
        backTime !== undefined &&
        backTime.at !== null &&
        resolution.time.at !== null &&
        Math.abs(Date.parse(backTime.at) - Date.parse(resolution.time.at)) >= twelveHours
      if (backTime) resolution.time = backTime
      // (`Kevin found in the channel that the connector crashed on Monday Mar 10 at 3:12 pm`, told
      // in the night of the 12th: a day before the story's, inside what a sentence found out, is
      // not the story going back; its clock is not the story's either.)
      const writtenAt = event.text.indexOf(event.written.text)
      const reportedBack =
        event.leads !== true &&
        writtenAt > 0 &&
        reportedBefore.test(event.text.slice(Math.max(0, writtenAt - 160), writtenAt)) &&
        flowTold &&
        flowDay !== undefined &&
        resolution.day !== undefined &&
        dayNumber(resolution.day) < dayNumber(flowDay)
      if (
        event.written.clock &&
        resolution.time.at &&
        !writtenStamp.test(event.text) &&
        !reportedBack
      ) {
        proseAt = Date.parse(resolution.time.at)
        proseAtPart = false
      }
      remember(told, event.written, resolution.time)
      see(toldAll, event.written, resolution.time)
      entry.at = resolution.time.at
      entry.time = resolution.time
      entry.confidence = confidenceOf(resolution, context, event.written)
      const behind =
        !event.written.clock &&
        event.written.date !== undefined &&
        event.origin !== 'front-matter' &&
        resolution.day !== undefined &&
        flowDay !== undefined &&
        flowTold &&
        dayNumber(resolution.day) < dayNumber(flowDay)
      // (`changes made since about 6 p.m. yesterday`, told on the day the story is on: a look back
      // from the day it was written, not the day the story, or the sentences after it, go on on.
      // In a mail about last night, `At 8:10 pm yesterday` is the story's own day.)
      const lookBack =
        event.written.fromWriting === true &&
        (event.written.relativeDay ?? 0) < 0 &&
        flowTold &&
        flowDay !== undefined &&
        resolution.day !== undefined &&
        dayNumber(resolution.day) < dayNumber(flowDay)
      // (`request a credit until 31 January 2025. We will credit 09:12 to 11:07`: a day to come, a
      // deadline, dates only itself.)
      const deadline =
        !event.written.clock &&
        event.written.date !== undefined &&
        resolution.day !== undefined &&
        flowDay !== undefined &&
        flowTold &&
        dayNumber(resolution.day) > dayNumber(flowDay) &&
        dayToCome(event.text.slice(0, Math.max(0, event.text.indexOf(event.written.text))))
      if (behind && resolution.day && !deadline)
        inBlock.background = {day: resolution.day, text: event.written.text}
      else if (
        !lookBack &&
        !deadline &&
        (event.written.date ||
          event.written.relativeDay ||
          // (`From 8:52am on Monday`, told after the day a blog post was posted: the story's day;
          // and `Thursday, just after half past eight: ...`, after `Monday 7 April: routine
          // maintenance`: a weekday and clock leading their words move the story on.)
          (event.written.weekday !== undefined &&
            event.written.clock &&
            (postedAt !== undefined ||
              (weekdayLed.test(event.text) &&
                flowTold &&
                flowDay !== undefined &&
                resolution.day !== undefined &&
                dayNumber(resolution.day) > dayNumber(flowDay))) &&
            !writtenStamp.test(event.text)))
      ) {
        inBlock.day = resolution.day
        inBlock.inferred = false
        // The day of the narrative: a date that leads its sentence, or that comes with a clock.
        // (`Written Jan 19, 2026 by ...`: when the report was written, not a day of what it tells.)
        // (`On the morning of Friday, November 29, ...`: a part of the day leads on to its date, unless
        // that goes back before the day in force: `On the evening of Sunday 6 July, the update ran`
        // in a statement on Monday's outage is its background.)
        const narrative =
          (event.leads === true ||
            event.written.clock !== undefined ||
            (partOfDayOf.test(event.text.slice(0, Math.max(0, writtenAt))) &&
              (flowDay === undefined ||
                resolution.day === undefined ||
                dayNumber(resolution.day) >= dayNumber(flowDay)))) &&
          !writtenStamp.test(event.text)
        // (`their fault began at 22:38 UTC on 13 March (09:38 our time)`: a date in another zone
        // than the report's is that zone's day, not the narrative's.)
        const elsewhere =
          event.written.zone !== undefined &&
          context.statedZone !== undefined &&
          event.written.zone.zone.name !== context.statedZone.name
        // (`On 14 Aug I turned the replica box off`, weeks before the Saturday 21 September the
        // report states: background, whose day the clocks told after it do not take.)
        const longBefore =
          reportDay !== undefined &&
          resolution.day !== undefined &&
          !event.written.clock &&
          daysApart(resolution.day, reportDay) > backgroundDays
        // (`Checkout v2.31 had shipped the day before (Mon 3/10, 4:15 PM).`: a day said to come
        // before the story's is back-story, whose day the clocks told after it do not take.)
        const saidBefore =
          writtenAt > 0 && dayBefore.test(event.text.slice(Math.max(0, writtenAt - 60), writtenAt))
        // (`**Date:** May 14, 2025 (for the meeting of May 19)`, `Draft: Mon 2 Dec 2024`, over a
        // report whose title says the outage was on May 6, or on Fri 29 Nov: a field of the paper's
        // day, after the story's, tells none of it.)
        const paperDate =
          !flowTold &&
          context.day !== undefined &&
          !context.dayInferred &&
          resolution.day !== undefined &&
          /^\W*\p{L}[\p{L} ]{0,30}:/u.test(event.text) &&
          dayNumber(resolution.day) > dayNumber(context.day)
        if (
          event.origin !== 'front-matter' &&
          narrative &&
          resolution.day &&
          !paperDate &&
          !elsewhere &&
          !longBefore &&
          !saidBefore &&
          !reportedBack
        ) {
          const section = event.sections?.at(-1)
          wentBack =
            flowTold &&
            flowDay &&
            section !== undefined &&
            dayNumber(resolution.day) < dayNumber(flowDay)
              ? {story: wentBack?.story ?? flowDay, section: wentBack?.section ?? section}
              : undefined
          flowDay = resolution.day
          flowAt =
            event.written.clock && resolution.time.at ? Date.parse(resolution.time.at) : undefined
          proseAt = flowAt
          proseAtPart = false
          const posted = postedBefore(event)
          // (`Posted Tuesday 8 April 2025, 3:30pm` under a blog's name: the day it was posted, not
          // one the story told; `On the evening of Sunday 6 April` after it is the story's day, and
          // the post still came after what it tells.)
          const toldBeforePost =
            !posted &&
            postedAt !== undefined &&
            !flowTold &&
            (flowAt ??
              Date.UTC(resolution.day.year, resolution.day.month - 1, resolution.day.day)) <
              postedAt
          if (!toldBeforePost) postedAt = posted ? flowAt : undefined
          flowTold = !posted
        }
        // (`If you were in on Thursday afternoon (9 October) ...`, then `### 13:58 — the ramp`, in a
        // newsletter dated the Monday after: a day the timeline's own section tells before its first
        // timed entry is the day of its entries, as a day heading would be.)
        // (Not one weeks before the report's day: `On August 1st I rotated the keys`, background.)
        if (
          event.origin === 'timeline' &&
          !timedEntry &&
          !event.written.clock &&
          resolution.day &&
          dateSource !== 'heading' &&
          !longBefore &&
          !writtenStamp.test(event.text)
        ) {
          day = resolution.day
          dateSource = 'heading'
        }
        // (`on Saturday evening (12 July) the site went down ... I got home around ten to ten`: a
        // day told with its part of the day puts the story's clocks in that half.)
        const part = !event.written.clock && resolution.day ? partOfDayIn(event.text) : undefined
        if (part !== undefined && resolution.day) {
          // (A zone named for a place, `Pacific`, has the offset of that day: not none.)
          const zone = event.written.zone?.zone ?? context.statedZone
          const offset =
            (zone && offsetAt(zone, {...resolution.day, hour: part, minute: 0, second: 0})) ?? 0
          proseAt =
            Date.UTC(resolution.day.year, resolution.day.month - 1, resolution.day.day, part) -
            offset * 60_000
          proseAtPart = true
        }
      } else if (movedBack) inBlock.movedBack = true
      else if (!lookBack && !deadline && background === undefined && inBlock.day === undefined) {
        inBlock.day = resolution.day
        inBlock.inferred = true
      }
      if (resolution.time.at && !behind && !deadline && background === undefined)
        inBlock.at = Date.parse(resolution.time.at)
      if (event.written.zone) inBlock.zone = event.written.zone.zone
      blocks.set(event.block, inBlock)
      // A comment's stamp told in prose (`**@ben** commented Nov 13, 2025, 2:47 PM GMT+1`): the
      // times of what it says are near it.
      if (event.written.date && event.written.clock && resolution.day && resolution.time.at)
        hosts.set(event, {day: resolution.day, at: Date.parse(resolution.time.at)})
      entries.push(entry)
      days.push(undefined)
      groups.push(undefined)
      continue
    }

    let written = withYear(event.written, context.day ?? day, context.year, context.dayOrder)
    const timeContext = contextFor(event, context, carriedIn.get(event.group), day, dateSource)
    // `- **Tuesday, 10:52pm** — disk full` in a post dated Sunday: the last Tuesday before it; then
    // `- **Wednesday, 6:15am**`, the day after, once the story is on a day of its own.
    let shift = written.date
      ? 0
      : weekdayShift(written, day, dateSource === 'previous' || dateSource === 'heading')
    if (shift !== 0 && day) timeContext.day = addDay(day, shift)
    // (`**2024-09-23** – the warning mail, unread`, then `**06h52** – certificate expires`, in a
    // report whose event is on the 26th: a clock after a row of a day alone, before the report's
    // day, is on the report's day, the row a note of what came before.)
    // (`| Oct 9 | disk warnings |` then `| Wed 11:00 PM | rollup starts |` in a report of Thursday
    // the 17th: a weekday is the last such day on or before the report's.)
    // (`- [x] (2025-02-14 16:30) comms sent` in a section of pre-work, then `## 1. Pre-flight` and
    // `- [x] 01:55 joined bridge`, in a log of the 15th: so is the first clock of another list or
    // table after a row of a day and its clock, before the report's day.)
    // (`All times UTC, 17 June 2025 unless otherwise stated`, then `| 2025-06-16 09:00 | Wave 1 |`
    // and `| 12:40 | Wave 3 |`: the day the times are stated on, in the same table too.)
    const timesStated =
      context.timesDay !== undefined &&
      reportDay !== undefined &&
      dayNumber(context.timesDay) === dayNumber(reportDay)
    if (
      (backgroundRow === true ||
        (backgroundRow !== false && (backgroundRow !== event.group || timesStated))) &&
      reportDay &&
      day &&
      !written.date &&
      written.clock &&
      dayNumber(reportDay) > dayNumber(day)
    ) {
      timeContext.day = addDay(reportDay, weekdayShift(written, reportDay))
      timeContext.dateSource = 'report'
      // (The day it lands on is the story's from here, as a day written is.)
      shift = 0
    }
    // (`**Wednesday 03/19/2025**` and the follow-up's rows, then `### Radio log` and its table of
    // the night's clocks: another list or table after a follow-up day is on the report's day.)
    if (followUp && event.group !== undefined) {
      followUp.group ??= event.group
      if (
        event.group !== followUp.group &&
        (event.kind === 'table' || event.kind === 'list') &&
        reportDay &&
        !written.date &&
        written.clock &&
        shift === 0
      ) {
        timeContext.day = reportDay
        timeContext.dateSource = 'report'
        day = reportDay
        followUp = undefined
      }
    }
    const before = previousAt.get(event.group)
    if (before !== undefined) timeContext.after = before
    let resolution = resolveTime(written, timeContext)
    let at = resolution.time.at ? Date.parse(resolution.time.at) : undefined
    // `11:57` then `1:17` in a timeline kept on a 12-hour clock without AM or PM: the afternoon.
    // A clock in words (`around quarter to four` after `15:30`) never says which half of the day,
    // whatever clock the rest of the timeline keeps.
    if (
      at !== undefined &&
      before !== undefined &&
      at < before - fourHours &&
      at + twelveHours >= before &&
      (twelveHourClock.get(event.group) === true || !/\d/.test(written.text)) &&
      withoutMeridiem(written)
    ) {
      const afternoon = inAfternoon(written)
      const later = resolveTime(afternoon, timeContext)
      if (later.time.at) {
        written = afternoon
        resolution = later
        at = Date.parse(later.time.at)
        report(
          {
            ruleId: 'timeline-meridiem',
            severity: 'info',
            reason: `Inferred \`${written.text}\` to be ${String(afternoon.clock.hour).padStart(2, '0')}:${String(afternoon.clock.minute).padStart(2, '0')}, in the afternoon: the timeline keeps a 12-hour clock without AM or PM, and the entry above is later in the morning`
          },
          event.place
        )
      }
    }
    // `17/02 09:00 CRAC-D2 taken out of service` then `06:12 lockout`, where the report says its
    // times are on 18/02: a clock alone, earlier than the dated entry above, is on the report's day.
    // (The same for the day the report gives itself when it is the next day: `**Date:** Tuesday 3
    // June`, then `Mon 2 June 15:00 rollout`, then `08:30 flag published`; a clock a few minutes
    // back is told out of order, not a new day. And days before it: `**Date of incident:** Friday
    // 28 February`, then `Mon 24th Feb, 3:12pm` for a change made that week, then `11:03am`: a clock
    // going back hours, not past midnight, after a row days before the report's day is on that day.)
    const ahead = reportDay && day ? daysApart(day, reportDay) : 0
    const stated =
      context.timesDay ??
      (reportDay &&
      at !== undefined &&
      before !== undefined &&
      at < before - oneHour &&
      (ahead === 1 || (ahead > 1 && ahead <= 31 && at >= before - twelveHours))
        ? reportDay
        : undefined)
    if (
      stated &&
      day &&
      !written.date &&
      dateSource !== 'heading' &&
      at !== undefined &&
      before !== undefined &&
      at < before &&
      dayNumber(stated) > dayNumber(day)
    ) {
      const onStated = resolveTime(written, {...timeContext, day: stated, dateSource: 'report'})
      if (onStated.time.at && Date.parse(onStated.time.at) > before) {
        resolution = onStated
        at = Date.parse(onStated.time.at)
      }
    }
    // 23:58 then 00:40: a time-only entry that goes back more than twelve hours is on the next day.
    // (So is one that goes back hours after a row that gave its own day: `2025-01-27 16:20 | PR
    // merged`, then `08:11 | release rolls out`; the row is a day before the rest, told first.)
    if (
      day &&
      !written.date &&
      dateSource !== 'heading' &&
      at !== undefined &&
      before !== undefined &&
      (at < before - twelveHours ||
        (previousDated.has(event.group) && event.group !== undefined && at < before - twoHours))
    ) {
      const rolled = nextDay(day)
      resolution = resolveTime(written, {...timeContext, day: rolled, dateSource: 'rollover'})
      at = resolution.time.at ? Date.parse(resolution.time.at) : undefined
      report(
        {
          ruleId: 'timeline-rollover',
          severity: 'info',
          reason: `Inferred \`${written.text}\` to be on ${formatDay(rolled)}, the day after the entry above (the clock went past midnight)`
        },
        event.place
      )
    }
    for (const problem of resolution.problems) report(problem, event.place)
    const backTime = backReference(written, resolution.time, told)
    if (backTime) {
      resolution = {...resolution, time: backTime}
      at = backTime.at ? Date.parse(backTime.at) : at
    }
    remember(told, written, resolution.time)
    see(toldAll, written, resolution.time)

    entry.at = resolution.time.at
    entry.time = resolution.time
    entry.confidence = confidenceOf(resolution, context, written)
    entries.push(entry)
    days.push(resolution.day)
    groups.push(event.group)
    if (event.origin === 'timeline') timedEntry = true
    const resolved: {day?: Day; zone?: Zone; at?: number} = {}
    if (resolution.day) resolved.day = resolution.day
    if (resolution.zone) resolved.zone = resolution.zone
    if (at !== undefined) resolved.at = at
    hosts.set(event, resolved)
    if (written.zone) carriedIn.set(event.group, written.zone.zone)
    // (`All times are on Tuesday, March 11 unless it says otherwise`, then `- Wednesday 3/12, 10:00
    // AM — e-mail to admins` among the follow-ups: a later day an item gives itself dates its own
    // list, not the paragraphs after it; so does an earlier one, `12 SEP 2219Z` above the rows of
    // the stated day.)
    const aside =
      context.timesDay !== undefined &&
      written.date !== undefined &&
      resolution.day !== undefined &&
      dayNumber(resolution.day) !== dayNumber(context.timesDay)
    // (`**2024-09-23** – the warning mail, unread`: a row of a day alone, with words of its own,
    // before the report's day.)
    const background =
      (event.kind === 'list' || event.kind === 'table') &&
      written.date !== undefined &&
      resolution.day !== undefined &&
      reportDay !== undefined &&
      dayNumber(resolution.day) < dayNumber(reportDay) &&
      wordsBeside(event.text, written.text) >= 3
    // (A row of a day alone, in the timeline or any list, `[[2024-05-20]] NodePool created` under
    // `context (before the day)` in an outliner's note; a row of a day and its clock, in any list,
    // for the list after it.)
    backgroundRow =
      background && !written.clock
        ? true
        : background && written.clock && event.group !== undefined
          ? event.group
          : false
    // (A weekday names its own day, `That's Monday 02:30` among Sunday's options: the days after
    // go on from the story's day, not from it. A row of the timeline led by a later weekday,
    // `**Saturday 9:00 PM**` after Wednesday's change, has moved the story on: the rows after it
    // are on Saturday.)
    const movedOn =
      shift > 0 &&
      event.group !== undefined &&
      !event.host &&
      event.block === undefined &&
      !event.within
    if (movedOn) shift = 0
    // (`All times ... on Tuesday April 22 unless a different day is given`, then `Mon 4/21, 10:15 -
    // PR merged` and `15:40 - deploy`: a row dated before the stated day is an exception of its
    // own, and the clocks after it are on the stated day again.)
    const exception =
      aside &&
      resolution.day !== undefined &&
      dayNumber(resolution.day) < dayNumber(context.timesDay as Day)
    if (shift === 0 && resolution.day && !exception) {
      day = resolution.day
      dateSource = 'previous'
      if (!aside) {
        flowDay = day
        flowTold = true
        // (A day alone, `**10 Nov**: v3.2.0 released`, gives no instant to be near.)
        flowAt = written.clock ? at : undefined
        proseAt = undefined
        timelineAt = written.clock ? at : undefined
      }
    }
    if (at !== undefined && shift === 0) previousAt.set(event.group, at)
    if (written.date && written.clock && shift === 0) previousDated.add(event.group)
    else previousDated.delete(event.group)
  }

  withoutWriteUp(entries, days, groups, entryOf)
  repairMisdated(entries, days, context.day, problems)
  repairYear(entries, groups, problems)
  sameTimeAsTimeline(entries, groups)
  withinTimeline(entries, groups)
  checkOrder(entries, groups, problems)
  for (const problem of problems) {
    const count = (problem as PlacedProblem & {count?: number}).count ?? 1
    if (count > 1)
      problem.reason += ` (also on ${count - 1} more ${count === 2 ? 'entry' : 'entries'})`
    delete (problem as {count?: number}).count
    delete (problem as {zone?: string}).zone
  }
  return {entries, problems, outOfSeason}
}

/**
 * Drop the stamps of a thread's messages written up after the incident: a message that tells
 * times more than six hours before it was posted (`### tobiasr commented · 2025-06-03 11:02
 * UTC` over `**17:19**: first report`, the day before) is an account written afterwards, and it
 * and the stamps of its thread after it are when the write-up was written, not what happened.
 * Messages posted while it happened, telling what was done minutes or an hour before, stay.
 */
function withoutWriteUp(
  entries: TimelineEntry[],
  days: Array<Day | undefined>,
  groups: Array<number | undefined>,
  events: ReadonlyMap<RawEntry, TimelineEntry>
): void {
  const since = new Map<number | undefined, number>()
  // The last stamp of each thread: what is told after it, up to the next, is its message's.
  const last = new Map<number, number>()
  for (const [event, entry] of events) {
    const group = event.group ?? event.host?.group
    if (group === undefined || !entry.at) continue
    const at = Date.parse(entry.at)
    if (event.stamp) {
      last.set(group, at)
      continue
    }
    const posted = last.get(group)
    if (posted === undefined || at >= posted - sixHours) continue
    since.set(group, Math.min(since.get(group) ?? posted, posted))
  }
  if (since.size === 0) return
  const dropped = new Set<TimelineEntry>()
  for (const [event, entry] of events) {
    const from = since.get(event.group)
    if (event.stamp && from !== undefined && entry.at && Date.parse(entry.at) >= from)
      dropped.add(entry)
  }
  for (let index = entries.length - 1; index >= 0; index--) {
    if (!dropped.has(entries[index] as TimelineEntry)) continue
    entries.splice(index, 1)
    days.splice(index, 1)
    groups.splice(index, 1)
  }
  for (const [index, entry] of entries.entries()) entry.index = index
}

/** The words of a row besides its time: `2024-09-23 – mail sent to the old box` has 5. */
function wordsBeside(text: string, time: string): number {
  return text
    .replace(time, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length
}

/**
 * Instants told, by their clock (on a 12-hour dial for `remember`, a 24-hour one for `see`), each
 * with the order it was first told in: a map, so that a line of ten thousand clocks is not read
 * ten thousand times over.
 */
type ToldClocks = Map<string, Map<number, number>>

/** Add an instant told under its clock's key, keeping the order it was first told in. */
function tell(told: ToldClocks, key: string, instant: number): void {
  let instants = told.get(key)
  if (!instants) {
    instants = new Map()
    told.set(key, instants)
  }
  if (!instants.has(instant)) instants.set(instant, instants.size)
}

function dialKey(clock: WrittenClock): string {
  return `${clock.hour % 12}:${clock.minute}`
}

/**
 * A clock without AM or PM moved to the afternoon, and its range's end with it when that has no
 * half of its own either (`between 2:38 and 3:13`, told in the afternoon, ends at 15:13, not at
 * 3:13 the next morning).
 */
function inAfternoon(written: WrittenTime): WrittenTime & {clock: WrittenClock} {
  const clock = written.clock as WrittenClock
  const moved = {...written, clock: {...clock, hour: clock.hour + 12}}
  const end = written.rangeEnd
  if (end?.clock && end.clock.hour < 12 && !end.date && !/[ap]\.?m\b/i.test(written.text))
    moved.rangeEnd = {...end, clock: {...end.clock, hour: end.clock.hour + 12}}
  return moved
}

/** Remember an instant told with its half of the day, for the bare clocks that name it again. */
function remember(told: ToldClocks, written: WrittenTime, time: ResolvedTime): void {
  // (Only a clock told with its half of the day: `23:30` in a report on a 24-hour clock is not the
  // `11:30` of a row the next morning.)
  if (!written.clock || !time.at || !halfSaid.test(written.text) || !/\d/.test(written.text)) return
  tell(told, dialKey(written.clock), Date.parse(time.at))
}

/** Remember a clock told, by its hour and minute on a 24-hour dial, for an analysis that restates it. */
function see(seen: ToldClocks, written: WrittenTime, time: ResolvedTime): void {
  if (!written.clock || !time.at || written.clock.hourOnly) return
  tell(seen, `${written.clock.hour}:${written.clock.minute}`, Date.parse(time.at))
}

/** How far, in whole days, an analysis's clock may be from the moment it restates: nearest first. */
const dayShifts = [-oneDay, oneDay, -2 * oneDay, 2 * oneDay]

/**
 * `**11:52 PM** the first write failed` under `## Tuesday night`, then, in the summary after the
 * diary's Wednesday, `first failures 11:52 PM, acked 12:03 AM`: a clock an analysis gives that was
 * told before, a whole day or two from where it was read, is that moment again (and a range's end
 * moves with it).
 */
function restated(
  written: WrittenTime,
  time: ResolvedTime,
  seen: ToldClocks
): ResolvedTime | undefined {
  if (!written.clock || written.date || written.clock.hourOnly || !time.at) return undefined
  const at = Date.parse(time.at)
  const instants = seen.get(`${written.clock.hour}:${written.clock.minute}`)
  if (!instants) return undefined
  // (A range's end must have been told too, the same distance away: `11:52 PM – 12:44 AM`.)
  const end = written.rangeEnd?.clock
  const ends = end ? seen.get(`${end.hour}:${end.minute}`) : undefined
  const shift = dayShifts.find(
    (by) =>
      instants.has(at + by) &&
      (end === undefined ||
        (time.end !== undefined &&
          time.end !== null &&
          ends?.has(Date.parse(time.end) + by) === true))
  )
  if (shift === undefined) return undefined
  const same = at + shift
  const moved: ResolvedTime = {...time, at: formatInstant(same)}
  if (time.end) moved.end = formatInstant(Date.parse(time.end) + same - at)
  return moved
}

/** How far a bare clock may be from the moment it names again: twelve hours, a day, a day and a half. */
const halfDayShifts = [1, 2, 3].flatMap((halves) => [-halves * twelveHours, halves * twelveHours])

/** A clock's half of the day, said: `8:52pm`, `9:15 at night`, `10:05 in the morning`. */
const halfSaid = /[ap]\.?m\b|morning|afternoon|evening|night|noon|midnight/i

/** A clock written with AM or PM: `2:14 PM`, `9am`. */
const withMeridiem = /\d\s*[ap]\.?m\b/i

/**
 * `at 8:52pm the disk filled` ... `what you added between 8:52 and 10:22 was kept`: a clock with
 * no half of the day that names one told before with it, twelve hours or a day and a half from
 * where it was read, is that moment again (and a range's end moves with it).
 */
function backReference(
  written: WrittenTime,
  time: ResolvedTime,
  told: ToldClocks
): ResolvedTime | undefined {
  if (!written.clock || written.date || !time.at || !withoutMeridiem(written)) return undefined
  const at = Date.parse(time.at)
  const earlier = told.get(dialKey(written.clock))
  if (!earlier) return undefined
  // (Of the instants twelve hours, a day or a day and a half away, the one told first.)
  let same: number | undefined
  for (const shift of halfDayShifts) {
    const order = earlier.get(at + shift)
    if (order !== undefined && (same === undefined || order < (earlier.get(same) as number)))
      same = at + shift
  }
  if (same === undefined) return undefined
  const shift = same - at
  const moved: ResolvedTime = {...time, at: formatInstant(same)}
  if (time.end) moved.end = formatInstant(Date.parse(time.end) + shift)
  return moved
}

/** Per group, whether its clocks are all written as a 12-hour clock (no hour above 12 as written). */
function twelveHourGroups(events: readonly TimelineEvent[]): Map<number | undefined, boolean> {
  const groups = new Map<number | undefined, boolean>()
  for (const event of events) {
    if (event.type !== 'entry' || event.group === undefined || !event.written?.clock) continue
    const hour = writtenHour(event.written.text)
    // (`at 10 AM`, `around 2`: an hour alone says nothing of the dial a timeline keeps.)
    if (hour === undefined) continue
    groups.set(event.group, (groups.get(event.group) ?? true) && hour <= 12)
  }
  return groups
}

/** The hour as written, before any meridiem: `9` of `~9:44`, `13` of `13:55 PM`. */
function writtenHour(text: string): number | undefined {
  // (A colon's clock first: `2025.03.13 16:30` is 16, not the `03` of its day.)
  const hour =
    /(?:^|[^\d])(\d{1,2}):\d{2}/.exec(text)?.[1] ?? /(?:^|[^\d])(\d{1,2})[:.h]\d{2}/.exec(text)?.[1]
  return hour === undefined ? undefined : Number(hour)
}

/** The hour a sentence's part of the day stands for (`Saturday evening`: 18), if it names one. */
function partOfDayIn(text: string): number | undefined {
  const part = /\b(afternoon|evening|night)\b/i.exec(text)?.[1]?.toLowerCase()
  return part === 'afternoon' ? 14 : part ? 18 : undefined
}

/** The hour of the first clock without a day told after `mark`. */
function firstClockAfter(
  events: readonly TimelineEvent[],
  mark: TimelineEvent
): number | undefined {
  for (let index = events.indexOf(mark) + 1; index < events.length; index++) {
    const event = events[index] as TimelineEvent
    if (event.type === 'day') return undefined
    if (event.written?.clock && !event.written.date) return event.written.clock.hour
  }
  return undefined
}

/** `12:44` without AM or PM: noon or just past midnight, as the story around it says. */
function twelveWithoutMeridiem(written: WrittenTime): boolean {
  return (
    written.clock !== undefined &&
    !written.date &&
    /^[^\d]*12[:.]\d{2}(?![\d:])/.test(written.text) &&
    !/[ap]\.?m\b/i.test(written.text)
  )
}

/** A clock from 1 to 11 written without AM or PM and without a leading zero (`1:17`, `10:44`, not `01:17`). */
function withoutMeridiem(written: WrittenTime): boolean {
  if (!written.clock || written.date) return false
  // (`at 4:40 ... about 20 seconds later`: a time counted from another has no half of its own.)
  if (written.after) return true
  // (`a quarter past three`: a clock in words, with no part of the day said.)
  if (!/\d/.test(written.text)) return !halfSaid.test(written.text)
  return (
    /^[^\d]*(?:[1-9]|1[01])[:.]\d{2}(?![\d:])/.test(written.text) &&
    !/[ap]\.?m\b/i.test(written.text)
  )
}

function newEntry(event: RawEntry, index: number): TimelineEntry {
  const entry: TimelineEntry = {
    at: null,
    text: event.text,
    kind: event.kind,
    origin: event.origin,
    confidence: 'low',
    markers: event.markers,
    index,
    line: event.place.line,
    column: event.place.column,
    place: event.place
  }
  if (event.cells) entry.cells = event.cells
  if (event.emphasis) entry.emphasis = event.emphasis
  return entry
}

/** The context of a structural entry's time: the day so far, and the zone it stands in. */
function contextFor(
  event: RawEntry,
  context: TimelineContext,
  carried: Zone | undefined,
  day: Day | undefined,
  dateSource: TimeContext['dateSource']
): TimeContext {
  const timeContext: TimeContext = {}
  if (dateSource) timeContext.dateSource = dateSource
  if (day) {
    timeContext.day = day
    timeContext.year = day.year
  }
  const zoneChoice = chooseZone(event.sectionZone, context, carried)
  if (zoneChoice) {
    timeContext.zone = zoneChoice.zone
    timeContext.zoneSource = zoneChoice.source
  }
  // (`All times are IST (Israel Standard Time, UTC+2)`: the statement says what its `IST` means,
  // on every entry that writes it.)
  // (`all times in this report are Irish Standard Time (IST, UTC+1)`, then `| Time (IST) |`: the
  // meaning the statement names by its long name, too.)
  const stated = context.statedZone
  const reference =
    context.frontMatterZone ??
    context.optionZone ??
    (stated?.iana || (stated && meaningLabels.has(stated.name)) ? stated : undefined)
  if (reference) timeContext.reference = reference
  if (context.dayOrder) timeContext.dayOrder = context.dayOrder
  if (context.wallClock) timeContext.wallClock = context.wallClock
  return timeContext
}

/**
 * A time mentioned in a sentence: on the day of what it stands in, moved by
 * a day named beside it (`the next morning`), or to the next day when its
 * clock goes back more than twelve hours from the time before it there.
 */
function resolveMention(
  event: RawEntry,
  context: TimelineContext,
  around: {
    day: Day | undefined
    dateSource: TimeContext['dateSource']
    carried: Zone | undefined
    after: number | undefined
    /** The instant of the narrative around (a comment's stamp): a clock alone is the one nearest it. */
    near?: number | undefined
    /** The instant of the last clock told in prose before it. */
    told?: number | undefined
    /** `told` was a clock, not a part of the day (`Monday evening`). */
    toldByClock?: boolean
    /** Whether it goes on the story told before it (not an analysis looking back on it). */
    flowing?: boolean
    /** Whether the report keeps a 24-hour clock (`16:30`), whose `10:20` is the morning. */
    twentyFourHour?: boolean
    /**
     * The hour, on a 24-hour dial, of the timeline's first clock written with AM or PM: the half
     * of the day of a clock without one told before anything else (`From about quarter to two`,
     * in the summary above a timeline that opens at `1:47 PM`).
     */
    storyHour?: number | undefined
  }
): Resolution {
  const written = withYear(
    event.written as WrittenTime,
    context.day ?? around.day,
    context.year,
    context.dayOrder
  )
  const timeContext = contextFor(event, context, around.carried, around.day, around.dateSource)
  const inStory = around.dateSource === 'sentence' || around.dateSource === 'previous'
  const shift = written.date
    ? 0
    : (written.relativeDay ?? weekdayShift(written, timeContext.day, inStory))
  if (shift !== 0 && timeContext.day) {
    timeContext.day = addDay(timeContext.day, shift)
    timeContext.dateSource = 'relative'
  } else if (written.relativeDay === 0 && timeContext.day) timeContext.dateSource = 'relative'
  let resolution = resolveTime(written, timeContext)
  let at = resolution.time.at ? Date.parse(resolution.time.at) : undefined
  // `the first rejected write at 2:38 in the afternoon` ... `an email came in at 2:46`: a 12-hour
  // clock without AM or PM, in a narrative already in the afternoon, is in the afternoon too; and
  // `He joined the call at 12:44`, told at 12:40 am, is just past midnight.
  const hour = written.clock?.hour ?? 12
  const told = around.told
  // (Nothing told before it: the half of the day the timeline's first clock with AM or PM is in.)
  const story = around.storyHour
  if (
    told === undefined &&
    story !== undefined &&
    at !== undefined &&
    hour < 12 &&
    !around.twentyFourHour &&
    written.relativeDay === undefined &&
    withoutMeridiem(written) &&
    !(hour >= story - 1 && hour <= story + 6) &&
    hour + 12 >= story - 1 &&
    hour + 12 <= story + 6
  ) {
    const other = resolveTime(inAfternoon(written), timeContext)
    if (other.time.at) {
      resolution = other
      at = Date.parse(other.time.at)
    }
  }
  if (
    told !== undefined &&
    at !== undefined &&
    hour <= 12 &&
    !(around.twentyFourHour && /\d/.test(written.text)) &&
    written.relativeDay === undefined &&
    (hour < 12 ? withoutMeridiem(written) : twelveWithoutMeridiem(written)) &&
    Math.abs(at - told) > sixHours
  ) {
    const otherHalf =
      hour < 12
        ? inAfternoon(written)
        : {...written, clock: {...(written.clock as WrittenClock), hour: 0}}
    // (`called my cell at 10:47 pm` on the Wednesday, then `by about 11:00` in a letter dated
    // Thursday: the other half of the day may be on the day before the one the text is on.)
    // (Not after a part of the day told alone, `the Monday evening maintenance window`: background.)
    const days =
      timeContext.day && around.toldByClock
        ? [timeContext.day, addDay(timeContext.day, -1), addDay(timeContext.day, 1)]
        : [timeContext.day]
    for (const day of days) {
      const other = resolveTime(otherHalf, day ? {...timeContext, day} : timeContext)
      const otherAt = other.time.at ? Date.parse(other.time.at) : undefined
      if (otherAt !== undefined && otherAt >= told - oneHour && otherAt <= told + sixHours) {
        resolution = other
        at = otherAt
        break
      }
    }
  }
  // (`paged the on-call at 11:59 PM` ... next paragraph, `at 12:20 AM Dario tightened the limits`:
  // a story told in paragraphs goes on past midnight as one told in a paragraph does.)
  const after = around.after ?? (around.flowing ? around.told : undefined)
  // (`At about 1:30 Saturday afternoon`: a weekday named with the clock says its day.)
  if (
    timeContext.day &&
    !written.date &&
    written.relativeDay === undefined &&
    written.weekday === undefined &&
    at !== undefined &&
    after !== undefined &&
    at < after - twelveHours
  ) {
    resolution = resolveTime(written, {
      ...timeContext,
      day: nextDay(timeContext.day),
      dateSource: 'rollover'
    })
  } else if (
    timeContext.day &&
    !written.date &&
    written.relativeDay === undefined &&
    at !== undefined &&
    around.near !== undefined &&
    at > around.near + twelveHours
  ) {
    // `First failed handshake is 11:49 PM` in a comment posted at 00:31: the night before.
    const earlier = resolveTime(written, {...timeContext, day: addDay(timeContext.day, -1)})
    const before = earlier.time.at ? Date.parse(earlier.time.at) : undefined
    if (before !== undefined && before >= around.near - twelveHours) resolution = earlier
  }
  return resolution
}

/** A day heading's date, its numbers read in the report's order when they could go either way. */
function orderedDay(
  year: number,
  date: {month: number; day: number; order?: string},
  order: TimelineContext['dayOrder']
): Day {
  const swap = date.order === 'ambiguous' && order === 'day-first'
  return {year, month: swap ? date.day : date.month, day: swap ? date.month : date.day}
}

/** Days before the report's own day beyond which a day told in prose is background. */
const backgroundDays = 7

/** A day as one number that orders days: 20250218. */
function dayNumber(day: Day): number {
  return day.year * 10_000 + day.month * 100 + day.day
}

/** The days from one day to another: 28 January to 11 February is 14 (not 83, as their numbers). */
function daysApart(from: Day, to: Day): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      86_400_000
  )
}

function addDay(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days))
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** How sure an entry's instant is, from where its zone and its day came from. */
function confidenceOf(
  resolution: Resolution,
  context: TimelineContext,
  written: WrittenTime
): TimelineEntry['confidence'] {
  const time = resolution.time
  if (time.at === null) return 'low'
  let confidence: TimelineEntry['confidence'] = 'high'
  const lower = (to: 'medium' | 'low') => {
    if (to === 'low' || confidence === 'high') confidence = to
  }
  if (time.precision !== 'day') {
    if (time.zoneSource === 'assumed') lower('low')
    else if (!explicitZones.has(time.zoneSource)) lower('medium')
  }
  if (time.dateSource === 'none') lower('low')
  else if (time.dateSource === 'report' && context.dayInferred) lower('medium')
  if (written.date?.order === 'ambiguous') lower(context.dayOrderSettled ? 'medium' : 'low')
  if (resolution.problems.some((problem) => problem.ruleId === 'time-zone-season')) lower('medium')
  return confidence
}

/** The long names of the meanings of ambiguous abbreviations: `Irish Standard Time`. */
const meaningLabels = new Set(
  Object.values(ambiguousZones).flatMap((candidates) => candidates.map(({label}) => label))
)

function chooseZone(
  sectionZone: Zone | undefined,
  context: TimelineContext,
  carried: Zone | undefined
): {zone: Zone; source: ZoneSource} | undefined {
  if (sectionZone) return {zone: sectionZone, source: 'section'}
  if (context.evidenceZone) return {zone: context.evidenceZone, source: 'evidence'}
  if (context.statedZone) return {zone: context.statedZone, source: 'report'}
  if (context.frontMatterZone) return {zone: context.frontMatterZone, source: 'front-matter'}
  if (carried) return {zone: carried, source: 'carried'}
  if (context.optionZone) return {zone: context.optionZone, source: 'option'}
  return undefined
}

/** A date written without a year takes the report's year, or the year before when that puts it months ahead of the report. */
function withYear(
  written: WrittenTime,
  reference: Day | undefined,
  reportYear: number | undefined,
  order?: TimelineContext['dayOrder']
): WrittenTime {
  const fill = (date: WrittenTime['date']) => {
    if (!date || date.year !== undefined) return date
    // (`Mon 10/02 19:30` in a report that writes its days first is 10 February, whose year is the
    // report's, not 2 October's the year before.)
    const year = inferYear(orderedDay(2000, date, order), reference, reportYear)
    return year === undefined ? date : {...date, year}
  }
  const date = fill(written.date)
  if (date === written.date) return written
  const copy: WrittenTime = {...written}
  if (date) copy.date = date
  if (written.rangeEnd?.date) {
    const end = fill(written.rangeEnd.date)
    if (end) copy.rangeEnd = {...written.rangeEnd, date: end}
  }
  return copy
}

function inferYear(
  date: {month: number; day: number},
  reference: Day | undefined,
  reportYear?: number
): number | undefined {
  if (!reference) return reportYear
  const sameYear = Date.UTC(reference.year, date.month - 1, date.day)
  const referenceTime = Date.UTC(reference.year, reference.month - 1, reference.day)
  // `[12-05 16:21]` in a report of March: December of the year before.
  return sameYear - referenceTime > 60 * 86_400_000 ? reference.year - 1 : reference.year
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
