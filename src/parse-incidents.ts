/**
 * Read the incidents of one Markdown report: metadata, sections, timeline
 * and action items, with every problem as a message at its place.
 */
import type {List, Root, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {readCascade} from './cascade/read-cascade.js'
import type {ActionItem, Incident, MilestoneName, Place, PlacedProblem, Section} from './model.js'
import {readActionItems} from './parse/action-items.js'
import {readFields} from './parse/fields.js'
import {readFrontMatter} from './parse/front-matter.js'
import {readMarkdown} from './parse/markdown.js'
import {allSections, type OutlineSection, outline} from './parse/outline.js'
import {exampleLines, templateProblems} from './parse/template-examples.js'
import {readTimestamp, type WrittenDate, weekdayNames, weekdays} from './time/read-timestamp.js'
import {parseDay} from './time/resolve-instant.js'
import type {Day, TimeContext} from './time/resolve-time.js'
import {parseZoneName, type Zone} from './time/zones.js'
import {dateline, dayToCome, paperworkDay} from './timeline/clauses.js'
import {findMentions, weekdayLed} from './timeline/find-mentions.js'
import {mailDay, mailHeaders} from './timeline/mail-headers.js'
import {readTimelines, type TimelineInput} from './timeline/read-timelines.js'
import type {TimelineContext} from './timeline/resolve-entries.js'
import {
  dayIn,
  firstDateIn,
  holdsTimeline,
  nightBefore,
  nightStart,
  stampTitles
} from './timeline/timed-sections.js'

/** Options of `parseIncidents`. */
export interface ParseOptions {
  /** The report's path, used in messages and as `Incident.file`. */
  path?: string
  /**
   * Zone for times that neither the entry, the report nor its front matter
   * place in a zone, and the zone that picks the meaning of ambiguous
   * abbreviations (`IST`, `BST`, `CST`) when the front matter has none: an
   * IANA name (`Europe/Dublin`), abbreviation or offset. Default: none, so
   * such times are read as UTC with a warning.
   */
  timezone?: string
  /** The team's own words for milestones (`{detected: ['pager went off']}`), kept on each incident. */
  milestonePhrases?: Partial<Record<MilestoneName, string[]>>
  /**
   * The texts of the templates reports are started from: a report that still
   * holds their example lines or `{{placeholders}}` gets a
   * `template-placeholder` warning.
   */
  templates?: readonly string[]
  /**
   * The day the report is read (`2026-12-06`): a report that writes no year anywhere takes the
   * latest year up to this day in which its days fall on the weekdays it names them with
   * (`Saturday 21 June`), and says so in a `time-year-from-weekday` note. Default: none, so such a
   * report's dates stay without a year.
   */
  today?: string
}

/** The incidents of one report and the messages about it. */
export interface ParseResult {
  incidents: Incident[]
  messages: VFileMessage[]
}

/**
 * Read the incidents in one Markdown report. Never throws on bad input:
 * problems come back as messages with a place, a `ruleId` and the source
 * `aftermath`.
 *
 * @example
 *   const {incidents, messages} = parseIncidents(markdown, {path: 'incidents/2017-02-28-aws-s3.md'})
 *   incidents[0].timeline[0].at // '2017-02-28T17:37:00Z'
 */
export function parseIncidents(markdown: string, options: ParseOptions = {}): ParseResult {
  const {incidents, messages} = readReport(markdown, options)
  return {incidents, messages}
}

/**
 * `parseIncidents`, with the syntax tree it read, for the linter's own
 * checks: one parse of the Markdown, not two.
 *
 * @example
 *   readReport(markdown, {path: 'incidents/x.md'}).tree.children[0].type // 'yaml'
 */
export function readReport(
  markdown: string,
  options: ParseOptions = {}
): ParseResult & {tree: Root} {
  try {
    return parseReport(markdown, options)
  } catch (error) {
    // The parser's limits keep nesting shallow; should a text still run the stack out, say so on the file.
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error
    const file = new VFile(options.path === undefined ? {} : {path: options.path})
    const message = file.message(
      'Unexpected Markdown nested deeper than the parser can follow, expected lists, quotes and emphasis a few levels deep: the report cannot be read',
      {place: {line: 1, column: 1}, ruleId: 'markdown-limit', source: 'aftermath'}
    )
    message.fatal = true
    return {incidents: [], messages: file.messages, tree: {type: 'root', children: []}}
  }
}

function parseReport(markdown: string, options: ParseOptions): ParseResult & {tree: Root} {
  const source = markdown.replace(/^\uFEFF/, '')
  const file = new VFile(
    options.path === undefined ? {value: source} : {path: options.path, value: source}
  )
  const say = (
    problem: Omit<PlacedProblem, 'severity'> & {severity?: PlacedProblem['severity']}
  ) => {
    const message = file.message(problem.reason, {
      place: toPosition(problem.place),
      ruleId: problem.ruleId,
      source: 'aftermath'
    })
    if (problem.severity === 'info') message.fatal = undefined
  }

  const {tree, problems: limits} = readMarkdown(source)
  for (const problem of limits) say({ruleId: 'markdown-limit', ...problem})
  if (options.templates && options.templates.length > 0)
    for (const problem of templateProblems(source, exampleLines(options.templates))) say(problem)
  const frontMatter = readFrontMatter(tree)
  if (frontMatter.problem) say({ruleId: 'front-matter-invalid', ...frontMatter.problem})
  const empty = emptyReport(tree, frontMatter.place)
  if (empty) say({ruleId: 'report-empty', ...empty})
  const data = frontMatter.data
  const frontPlace = frontMatter.place ?? {line: 1, column: 1}
  // A front matter problem is said at its key's line when the key is there.
  const keyPlace = (key: string): Place => {
    const line = frontMatter.lines[key]
    return line === undefined ? frontPlace : {line, column: 1}
  }
  const root = outline(tree)

  // A post sent to a mailing list, its headers first (`From: ... Subject: ... Date: Thu, 16 May
  // 2024 21:12:40 +0530`): its subject names it, and it was posted the day it was sent.
  const mail = openingMail(tree)
  const header = headerBlocks(root)
  const headerFieldLines = readFields(header, source, true)
  const headerFields = valuesOf(headerFieldLines)
  // (A letter, no title heading above it: `**Subject:** Incident summary: booking failures on
  // Thursday 12 June 2025` names it, not the first heading of its body.)
  // (A memo: `**RE:** Post-incident review — outage on Monday, February 10, 2025`, whatever the
  // case of its key.)
  const subject = Object.entries(headerFields).find(([key]) =>
    /^(?:subject|re|regarding)$/i.test(key)
  )?.[1]
  const title =
    stringKey(data, 'title', keyPlace('title'), say) ??
    mail?.subject ??
    topHeading(root) ??
    subject ??
    boldTitle(tree) ??
    firstHeading(root) ??
    (options.path ? baseName(options.path) : 'Untitled report')

  // A front matter `date` with a clock (`2024-09-02 10:00:00 +0200`) is when the page was posted:
  // the day of the incident only when the report's own text dates nothing else.
  const dated = dateKey(data, keyPlace('date'), say)
  // (So is a `date` whose weekday is not the one the title names: `What happened on Monday`, dated
  // a Wednesday, was posted that Wednesday and tells of the Monday before it.)
  // (So is a `date` some days after the day its opening tells of with its weekday: `this was the
  // night of Wednesday, February 19th going into Thursday the 20th`, in a post dated 2 March.)
  const told = dated ? dayToldIn(header, dated) : undefined
  const posted =
    dated &&
    ((typeof data.date === 'string' && /\d:\d\d/.test(data.date)) ||
      !sameWeekday(weekdayBefore(title, dated), dated) ||
      told !== undefined ||
      titledBefore(title, dated))
  // (A letter's date above its `Dear ...,`: the day it was written, as a mail's `Date:` is.)
  const letter = mail ? undefined : letterDate(header)
  // (A memo's `From:`, `To:` and `Subject:` fields: its `Date:` is when it was sent, as a mail's
  // is, and the day its subject names the day it tells of.)
  const memoSent = mail
    ? undefined
    : mailDay(
        Object.entries(headerFields)
          .map(([key, value]) => `${key}: ${value}`)
          .join('\n')
      )?.date
  // (What a memo or mail is about: its subject, else its title.)
  const about = subject ?? title
  const day =
    (posted ? undefined : dated) ??
    told?.day ??
    dayOf(dayIn(title)) ??
    subtitleDay(root) ??
    // (`**Subject:** Saturday's card payment outage`, sent on a Monday: the Saturday before; a memo
    // with no subject field is about what its title names, `Update on Tuesday's Internet Outage`.)
    (memoSent
      ? (dayOf(dayIn(about)) ?? weekdayBefore(about, memoSent) ?? relativeDayOf(about, memoSent))
      : undefined) ??
    // (A mail's `Date:` is when it was sent, not the day it tells of.)
    // (`Date: November 4, 2024 9:14 AM → November 4, 2024 11:15 AM`, a page's property of when it
    // happened: the day of its first time.)
    // (`**Date:** Thursday, April 24, 2025` alone, under a title of `... launch, April 22`: the day
    // the page is dated, after the day its title names, which is the story's.)
    datedField(headerFields.Date && !mail && !memoSent ? headerFields.Date : undefined, title) ??
    // (`| Date of the event | 2024-09-26 (Thursday) |` in a form's first section, below its headings.)
    eventDateField(root, source) ??
    firstDay(
      mail
        ? header.filter((block) => block.type !== 'paragraph' || !mailDay(toString(block)))
        : header.filter((block) => block !== letter?.block),
      title
    ) ??
    summaryDay(root)

  const timezoneName = stringKey(data, 'timezone', keyPlace('timezone'), say)
  let frontMatterZone: Zone | undefined
  if (timezoneName) {
    frontMatterZone = parseZoneName(timezoneName)
    if (!frontMatterZone) {
      say({
        ruleId: 'front-matter-timezone',
        reason: `Unexpected \`timezone: ${timezoneName}\`, expected an IANA zone such as \`America/Los_Angeles\` or \`UTC\``,
        place: keyPlace('timezone')
      })
    }
  }
  const optionZone = options.timezone ? parseZoneName(options.timezone) : undefined

  const parts = incidentRoots(root)
  const partDays = parts.map((part) => (part === root ? undefined : dayOf(dayIn(part.title))))
  const input: TimelineInput = {root, parts, source, frontMatter, partDays, title}
  // (A mail sent on Thursday, `Subject: About Tuesday morning`: the Tuesday before it was sent.)
  const sentDay = mail?.day ?? (posted ? dated : undefined)
  const weekday =
    day || !sentDay
      ? undefined
      : (weekdayBefore(title, sentDay) ?? (mail ? relativeDayOf(title, sentDay) : undefined))
  if (day) input.statedDay = day
  else if (weekday) input.statedDay = weekday
  // (`**Date of occurrence:** Night of Saturday 29 / Sunday 30 March 2025`)
  if (told?.night && day === told.day) input.night = true
  else if (
    day &&
    [title, ...Object.entries(headerFields).map(([key, value]) => `${key}: ${value}`)].some(
      (text) => nightStart(text) === day.day
    )
  )
    input.night = true
  // (`Subject: Last night's outage`, sent Wednesday morning: the night of Tuesday into Wednesday,
  // its clocks after midnight on Wednesday.)
  const sent = memoSent ?? sentDay
  if (!input.night && sent && input.statedDay && lastNight.test(about)) {
    const night = relativeDayOf(about, sent)
    if (night && dayKey(night) === dayKey(input.statedDay)) {
      input.night = true
      input.lastNight = true
    }
  }
  const titleDay = day
    ? undefined
    : findMentions(title).find((mention) => mention.written.date && !mention.written.clock)?.written
        .date
  if (titleDay) input.titleDay = {month: titleDay.month, day: titleDay.day}
  if (posted && dated) input.postedDay = dated
  else if (mail) input.postedDay = mail.day
  else if (letter) input.postedDay = letter.day
  else if (memoSent) input.postedDay = memoSent
  else if (!day) {
    // (`> Exported from incident.io on 20 Sep 2024`, over key timestamps of the 18th: the day it was
    // written, weaker than the days its timeline gives.)
    const written = writtenDay(header)
    if (written) input.postedDay = written
  }
  // (`| **Downtime start** | 03/12/2025 06:48 |`: a day whose numbers may be read either way, read
  // the way the report's other dates settle, `01/23/2025` among them.)
  if (!day) {
    const undecided = startFieldDate(headerTexts(header).opened)
    if (undecided?.order === 'ambiguous' && undecided.year !== undefined)
      input.undecidedDay = {year: undecided.year, month: undecided.month, day: undecided.day}
  }
  const letterLine = letter?.block.position?.start.line
  if (letterLine !== undefined) input.writtenLine = letterLine
  if (frontMatterZone) input.frontMatterZone = frontMatterZone
  if (optionZone) input.optionZone = optionZone
  if (options.path !== undefined) input.path = options.path
  const today = options.today ? parseDay(options.today) : undefined
  if (today) input.today = today
  const {timelines, context, problems} = readTimelines(input)
  for (const problem of problems) say(problem)
  // Sections outside every part belong to all of them: found once, not once per part (a file of 1,000 incidents).
  const sharedByAll = parts.length === 1 && parts[0] === root ? [] : sharedSections(root, parts)
  const incidents = parts.map((part, index) => {
    const partDay = partDays[index]
    const partContext: TimelineContext = partDay ? {...context, day: partDay} : context
    const entries = timelines[index] ?? []
    const own = allSections(part).filter((section) => section.depth > 0)
    const shared = part === root ? [] : sharedByAll
    const incident: Incident = {
      title: part === root ? title : part.title,
      services: listKey(
        data,
        // `components` also declares a cascade; as services only when it is a plain list of names.
        [
          'services',
          'service',
          'affected',
          ...(isNameList(data.components) ? ['components'] : []),
          'systems'
        ],
        keyPlace,
        say
      ),
      tags: listKey(data, ['tags', 'categories', 'labels'], keyPlace, say),
      authors: listKey(data, ['authors', 'author', 'owners', 'owner'], keyPlace, say),
      metadata: data,
      ...fieldsOf(headerFieldLines, sectionFields(own, source), frontMatter.lines),
      sections: [...shared, ...own].map(toSection),
      timeline: entries,
      actionItems: own.flatMap(actionItemsOf),
      place: part === root ? {line: 1, column: 1} : part.place
    }
    if (options.path !== undefined) incident.file = options.path
    const incidentDay = partDay ?? context.day
    if (incidentDay) incident.date = formatDate(incidentDay)
    if (frontMatterZone?.iana) incident.timezone = frontMatterZone.iana
    else if (timezoneName && frontMatterZone) incident.timezone = timezoneName
    const severity = severityOf(data, incident.fields, keyPlace, say)
    if (severity) incident.severity = severity
    if (incident.authors.length === 0 && headerFields['Created By'])
      incident.authors = [headerFields['Created By']]
    const {cascade, problems: cascadeProblems} = readCascade({
      sections: [...shared, ...own].filter((section) => section.kind === 'cascade'),
      frontMatter,
      source,
      time: cascadeTime(partContext)
    })
    for (const problem of cascadeProblems) say(problem)
    if (cascade) incident.cascade = cascade
    if (options.milestonePhrases) incident.milestonePhrases = options.milestonePhrases
    return incident
  })
  return {incidents, messages: file.messages, tree}
}

/** A report with nothing but front matter, or nothing at all: said at its start, or at the end of its front matter. */
function emptyReport(
  tree: Root,
  frontMatter: Place | undefined
): {reason: string; place: Place} | undefined {
  if (tree.children.some((node) => node.type !== 'yaml' && node.type !== 'toml')) return undefined
  if (frontMatter) {
    return {
      reason:
        'Unexpected report with only front matter, expected the postmortem after it, such as `# Title` and `## Timeline`',
      place: {line: frontMatter.endLine ?? frontMatter.line, column: 1}
    }
  }
  return {
    reason:
      'Unexpected empty report, expected a postmortem such as `# Title`, `## Summary` and `## Timeline`',
    place: {line: 1, column: 1}
  }
}

/** Day and zone for the times of a cascade's impact windows, as for the timeline. */
function cascadeTime(context: TimelineContext): TimeContext {
  const time: TimeContext = {}
  if (context.day) {
    time.day = context.day
    time.dateSource = 'report'
    time.year = context.day.year
  }
  const zone = context.statedZone ?? context.frontMatterZone ?? context.optionZone
  if (zone) {
    time.zone = zone
    time.zoneSource = context.statedZone
      ? 'report'
      : context.frontMatterZone
        ? 'front-matter'
        : 'option'
  }
  const reference = context.frontMatterZone ?? context.optionZone
  if (reference) time.reference = reference
  return time
}

type Say = (
  problem: Omit<PlacedProblem, 'severity'> & {severity?: PlacedProblem['severity']}
) => void

/**
 * The parts of a report that are incidents of their own: sibling sections
 * that each hold their own timeline (`### October 21` ... `### October 24`,
 * each with a timeline); or, in a report without a timeline, sibling
 * sections named for what happened (not `Summary` or `Impact`) that each
 * tell events dated on days of their own (`### CDN errors (Minor)` then
 * `On 13 April 2026, ...`). Siblings that all date the same day are phases
 * of one incident (`First incident`, `Second incident` of one evening). A
 * report without such siblings is one incident.
 */
function incidentRoots(root: OutlineSection): OutlineSection[] {
  const found = splitBelow(root) ?? (holdsTimeline(root) ? undefined : datedSiblings(root))
  return found ?? [root]
}

/** The first level below `section` with two or more sibling sections of their own kind, dated on different days. */
function datedSiblings(section: OutlineSection): OutlineSection[] | undefined {
  const dated: OutlineSection[] = []
  const days = new Set<string>()
  // (`### @kenji commented on Sep 3, 2026, 4:12 PM PDT`: headings that stamp a thread's comments are one incident's.)
  const stamps = new Set(stampTitles(section.children))
  for (const child of section.children) {
    if (stamps.has(child)) continue
    if (child.kind !== 'other') continue
    // (`## Earlier entries` over `### Monday 3 November 2025`: dated by the first day under it.)
    const day = firstDateIn(child) ?? firstDateUnder(child)
    if (day === undefined) continue
    dated.push(child)
    days.add(day)
  }
  if (
    dated.length >= 2 &&
    days.size >= 2 &&
    !dayByDay(dated) &&
    !shiftByShift(dated) &&
    !partsOfOne(dated) &&
    !updatesOfOne(dated) &&
    !numberedDocument(section.children, dated)
  )
    return dated
  for (const child of section.children) {
    const found = datedSiblings(child)
    if (found) return found
  }
  return undefined
}

/** The first day a section's subsections date their events with. */
function firstDateUnder(section: OutlineSection): string | undefined {
  for (const child of section.children) {
    const day = firstDateIn(child) ?? firstDateUnder(child)
    if (day !== undefined) return day
  }
  return undefined
}

function splitBelow(section: OutlineSection): OutlineSection[] | undefined {
  const holders = section.children.filter(
    (child) => child.kind !== 'timeline' && holdsTimeline(child)
  )
  if (
    holders.length >= 2 &&
    !interleaved(holders) &&
    !dayByDay(holders) &&
    !shiftByShift(holders) &&
    !partsOfOne(holders) &&
    !updatesOfOne(holders)
  )
    return holders
  for (const child of section.children) {
    if (child.kind !== 'timeline' && !holders.includes(child)) continue
    if (!holdsTimeline(child)) continue
    const found = splitBelow(child)
    if (found) return found
  }
  return undefined
}

/**
 * Sections headed by a clock and no day (`## Original notice — 9:31 a.m.`, `## Update — 11:05
 * a.m. — Cause identified`): the updates of one day's notice, not incidents of their own.
 */
function updatesOfOne(sections: readonly OutlineSection[]): boolean {
  return sections.every((section) => {
    const mentions = findMentions(section.title)
    return (
      mentions.length === 1 &&
      mentions[0]?.written.clock !== undefined &&
      mentions[0].written.date === undefined
    )
  })
}

/**
 * Sections numbered in one sequence, some of them undated (`## 1. Purpose`, `## 2. Background`, ...
 * `## 9. Declaration`): the chapters of one document, whichever of them mention a day. Incidents
 * numbered one by one are each dated.
 */
function numberedDocument(
  children: readonly OutlineSection[],
  dated: readonly OutlineSection[]
): boolean {
  // (`## [Slide 2 — a calendar, Feb 29 circled]`: a talk's slides, numbered as a document's parts.)
  const numbered = children.filter(
    (child) =>
      /^\s*\d{1,2}(?:\.\d+)*\.?\s+\S/.test(child.title) ||
      /^\s*\[?\s*(?:slide|page|step|scene)\s+\d{1,3}\b/i.test(child.title)
  )
  return numbered.length >= 3 && numbered.some((child) => !dated.includes(child))
}

/**
 * Sections numbered as the parts of one document (`## Part 1: Service notices`, `## Part 2:
 * Post-incident review`; `Section A`, `Appendix B`): one report's, not an incident each.
 */
function partsOfOne(sections: readonly OutlineSection[]): boolean {
  return sections.every((section) =>
    /^(?:part|section|chapter|appendix|annex)\s+(?:\d+|[ivx]+|[a-z])\b/i.test(section.title.trim())
  )
}

/**
 * Timelines side by side that are one incident's: `### eu-west-1` and `###
 * us-east-1`, each a region's, undated by their titles, on one day (or
 * none), whose clocks overlap. Incidents of their own follow each other
 * (`### October 21`, `### October 24`).
 */
function interleaved(sections: readonly OutlineSection[]): boolean {
  const days = new Set<string>()
  const spans: Array<[number, number]> = []
  for (const section of sections) {
    if (dayIn(section.title)) return false
    let from = Number.POSITIVE_INFINITY
    let to = Number.NEGATIVE_INFINITY
    for (const part of allSections(section))
      for (const block of part.blocks) {
        if (block.type !== 'list' && block.type !== 'paragraph') continue
        const lines =
          block.type === 'list'
            ? block.children.map((item) => toString(item).split('\n')[0] ?? '')
            : toString(block).split('\n')
        for (const line of lines) {
          const written = readTimestamp(line.slice(0, 64))
          if (!written || 'impossible' in written || !written.clock) continue
          if (written.date)
            days.add(`${written.date.year ?? ''}-${written.date.month}-${written.date.day}`)
          const minute = written.clock.hour * 60 + written.clock.minute
          from = Math.min(from, minute)
          to = Math.max(to, minute)
        }
      }
    if (from <= to) spans.push([from, to])
  }
  if (days.size > 1 || spans.length < 2) return false
  return spans.some(([from, to], index) =>
    spans.some(([otherFrom, otherTo], other) => other > index && from <= otherTo && otherFrom <= to)
  )
}

/**
 * Sections headed by days that follow each other (`### Monday 13 January`, `### Tuesday 14
 * January`, `### Wednesday 15 January`; a night and the day after it may share one), or go back one by one on a status log that puts its
 * newest day first: one incident's log, day by day, not an incident a day.
 */
function dayByDay(sections: readonly OutlineSection[]): boolean {
  // (`Day 1 — Wednesday, October 22`: a day without its year, the title's year or none.)
  const found = sections.map(
    (section) =>
      dayIn(section.title) ??
      findMentions(section.title).find((mention) => mention.written.date && !mention.written.clock)
        ?.written.date
  )
  if (found.some((day) => day === undefined)) return false
  const days = found as WrittenDate[]
  const steps = days.slice(1).map((after, index) => {
    const before = days[index] as WrittenDate
    const year = after.year ?? before.year ?? 2001
    return (
      (Date.UTC(year, after.month - 1, after.day) -
        Date.UTC(before.year ?? year, before.month - 1, before.day)) /
      86_400_000
    )
  })
  // (`Night 1 — Tuesday, October 21 into Wednesday`, `Day 1 — Wednesday, October 22`, `Night 2 —
  // Wednesday, October 22 into ...`: a night and a day may share their day.)
  const forward = steps.every((step) => step === 0 || step === 1)
  const back = steps.every((step) => step === 0 || step === -1)
  return steps.some((step) => step !== 0) && (forward || back)
}

/**
 * Sections headed by shifts that hand over to each other (`## Night shift (22:00-06:00)`, `## Day
 * shift (06:00-14:00)`): one incident's log, shift by shift, as an on-call handoff page keeps it.
 */
function shiftByShift(sections: readonly OutlineSection[]): boolean {
  const spans = sections.flatMap((section) => {
    const span = shiftSpan.exec(section.title)
    return span
      ? [{from: `${Number(span[1])}:${span[2]}`, to: `${Number(span[3])}:${span[4]}`}]
      : []
  })
  return (
    spans.length >= 2 &&
    spans.every((span, index) => index === 0 || spans[index - 1]?.to === span.from)
  )
}

/** A span of the clock in a title: `(22:00-06:00)`, `06:00–14:00`. */
const shiftSpan = /(?<![\d:])(\d{1,2}):?(\d{2})\s*(?:-|–|—|to)\s*(\d{1,2}):?(\d{2})(?![\d:])/

/** Sections outside every incident part, and not containing one: shared by all the file's incidents. */
function sharedSections(root: OutlineSection, parts: OutlineSection[]): OutlineSection[] {
  const inside = new Set(parts.flatMap(allSections))
  const ancestors = new Set<OutlineSection>()
  for (const part of parts) for (let up = part.parent; up; up = up.parent) ancestors.add(up)
  return allSections(root).filter(
    (section) => section.depth > 0 && !inside.has(section) && !ancestors.has(section)
  )
}

function toSection(section: OutlineSection): Section {
  return {
    kind: section.kind,
    title: section.title,
    depth: section.depth,
    text: sectionText(section),
    place: section.place
  }
}

function sectionText(section: OutlineSection): string {
  let text = sectionTexts.get(section)
  if (text === undefined) {
    const own = section.blocks.map(blockText).filter(Boolean)
    const children = section.children.map((child) =>
      `${child.title}\n\n${sectionText(child)}`.trim()
    )
    text = [...own, ...children].join('\n\n').trim()
    sectionTexts.set(section, text)
  }
  return text
}

/** A section's text holds its subsections' texts: each is made once, not once per ancestor. */
const sectionTexts = new WeakMap<OutlineSection, string>()

/**
 * A block's words, one line per paragraph, list item or table row (a plain
 * `toString` glues `...to connect.` to the next item's `2026-06-01T22:31`).
 */
function blockText(block: RootContent): string {
  if (block.type === 'code' || block.type === 'html') return ''
  if (block.type === 'list' || block.type === 'blockquote' || block.type === 'listItem')
    return (block.children as RootContent[]).map(blockText).filter(Boolean).join('\n')
  if (block.type === 'table')
    return block.children
      .map((row) =>
        row.children.map((cell) => toString(cell, {includeHtml: false}).trim()).join(' | ')
      )
      .join('\n')
  return toString(block, {includeHtml: false}).trim()
}

function actionItemsOf(section: OutlineSection): ActionItem[] {
  if (section.kind !== 'action-items') return []
  return section.blocks
    .filter((block): block is List => block.type === 'list')
    .flatMap(readActionItems)
}

type FieldLines = Record<string, {value: string; line: number}>

/** Sections where a plain `Impact: 09:15-09:40 UTC` line is a field, as in the header. */
const plainFieldKinds = new Set(['summary', 'impact', 'detection', 'resolution'])

function sectionFields(sections: OutlineSection[], source: string): FieldLines {
  const fields: FieldLines = {}
  for (const section of sections) {
    for (const [key, field] of Object.entries(
      readFields(section.blocks, source, plainFieldKinds.has(section.kind))
    )) {
      if (!(key in fields)) fields[key] = field
    }
  }
  return fields
}

function valuesOf(fields: FieldLines): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.value]))
}

function fieldsOf(
  header: FieldLines,
  sections: FieldLines,
  frontMatterLines: Record<string, number>
): {fields: Record<string, string>; fieldLines: Record<string, number>} {
  const all = {...header, ...sections}
  const fieldLines = {...frontMatterLines}
  for (const [key, field] of Object.entries(all)) fieldLines[key] ??= field.line
  return {fields: valuesOf(all), fieldLines}
}

/** The blocks before the first `##` section: where `Created By:` and `Date:` lines stand. */
function headerBlocks(root: OutlineSection): RootContent[] {
  const blocks = [...root.blocks]
  // (`# City of Chicago`, `## Department of ...`, `### Report to the Committee`, then the fields:
  // headings over headings, the first with words under it.)
  const heading = titleHeadings(root).at(-1)
  if (heading) blocks.push(...heading.blocks)
  // (`# AIRWAYS IOCC`, then `## Incident Log INC0719` over its block of fields set as code: a
  // title with no words under it is headed by the fields that open the first section, whatever
  // that section is.)
  const opening = heading?.blocks.length === 0 ? heading.children[0]?.blocks[0] : undefined
  if (opening?.type === 'code') blocks.push(opening)
  // (`> **Customer impact window** | Start | 2025-03-18 14:06 UTC |`: a box set apart as a quote.)
  return blocks
    .flatMap((block) => (block.type === 'blockquote' ? (block.children as RootContent[]) : [block]))
    .slice(0, 8)
}

/**
 * The top heading and those right below it before any words (`# MAJOR INCIDENT REPORT`, then `##
 * MIR-0816 — Nationwide data outage — 16 August 2025`): the lines of one title, down to the first
 * with words under it.
 */
function titleHeadings(root: OutlineSection): OutlineSection[] {
  const first = root.children[0]
  if (first?.depth !== 1) return []
  const headings = [first]
  let heading = first
  while (heading.blocks.length === 0 && headings.length < 4) {
    const next = heading.children[0]
    if (next?.kind !== 'other') break
    headings.push(next)
    heading = next
  }
  return headings
}

/** The day a title's further lines name, below a top heading that names none (not a day of paperwork). */
function subtitleDay(root: OutlineSection): Day | undefined {
  for (const heading of titleHeadings(root).slice(1)) {
    const date = findMentions(heading.title).find(
      (mention) => mention.written.date?.year !== undefined && !mention.written.clock
    )
    if (date && paperworkDay(heading.title.slice(0, date.start))) continue
    const found = dayOf(dayIn(heading.title))
    if (found) return found
  }
  return undefined
}

/**
 * The day a summary's sentence opens with, its year written (`On Friday 16 August 2024, from
 * about 5.40pm, agents ...`): the day of the incident, in a report whose header gives none.
 */
function summaryDay(root: OutlineSection): Day | undefined {
  const summary = allSections(root).find((section) => section.kind === 'summary')
  for (const block of summary?.blocks.slice(0, 2) ?? []) {
    if (block.type !== 'paragraph') continue
    const text = toString(block).slice(0, 600)
    for (const mention of findMentions(text)) {
      const {date, clock} = mention.written
      if (!date || date.year === undefined || clock) continue
      const sentence =
        text
          .slice(0, mention.start)
          .split(/[.!?]\s/)
          .at(-1) ?? ''
      if (!openingWords.test(sentence)) continue
      const found = dayOf(date)
      if (found) return found
    }
  }
  return undefined
}

/** Words that open a sentence before its day: `On `, `Early on `, `In the early hours of `. */
const openingWords =
  /^\s*(?:(?:early|late)\s+)?(?:on|in\s+the\s+(?:early\s+hours|morning|afternoon|evening|night)\s+of|during\s+the\s+\w+\s+of)?\s*$/i

/** The report's first heading of the first level. */
function topHeading(root: OutlineSection): string | undefined {
  const top = allSections(root).find(
    (section) => section.opener?.type === 'heading' && section.depth === 1
  )
  return top?.title || undefined
}

/**
 * A line set whole in bold that opens the report, before any heading: its title, as a forum post
 * or a chat tool's export writes it (`**[Incident report] Validator missed 446 blocks on Sept 11**`).
 */
function boldTitle(tree: Root): string | undefined {
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'toml')
  if (first?.type !== 'paragraph') return undefined
  const parts = first.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (parts.length !== 1 || parts[0]?.type !== 'strong') return undefined
  const title = toString(first).trim()
  return title.length > 0 && title.length <= 200 && !title.includes('\n') ? title : undefined
}

function firstHeading(root: OutlineSection): string | undefined {
  const headings = allSections(root).filter((section) => section.opener?.type === 'heading')
  const top = headings.find((section) => section.depth === 1) ?? headings[0]
  return top?.title || undefined
}

/** A header's blocks, its lists opened, and the lines of their text, without lines of paperwork. */
function headerTexts(blocks: RootContent[]): {opened: RootContent[]; texts: string[]} {
  // (`| **Event** | Season 7 launch, Fri 27 June 2025 |`: a table of fields at the top; not its
  // rows of when the report was written or reviewed.)
  // (`> **At a glance**` then `> - **When:** Tuesday 18 February 2025, from 2:47am`: a list of key
  // facts, its items read as a paragraph's lines.)
  const opened = blocks.flatMap((block): RootContent[] =>
    block.type === 'list' ? block.children.flatMap((item) => item.children) : [block]
  )
  const texts = opened.flatMap((block) => {
    // (`**Review meeting:** Thursday 30 October 2025`: a line of when the report was written or
    // reviewed, as a table's row of it below.)
    // (`**Runbook:** ... (rev 7, 2025-02-10)` over `**Window:** Sat 2025-02-15 02:00–06:00 UTC`:
    // each line its own, so that a line of paperwork does not hide the lines below it.)
    if (block.type === 'paragraph')
      return toString(block)
        .slice(0, 400)
        .replace(/^([^:\n\d]{1,40})(?::\s|\s+held\b)[^\n]*$/gm, (line, key: string) =>
          writtenKey.test(key) ? '' : line
        )
        .split('\n')
    // (A block of fields set as code atop a log, `Date:       19 JUL 2025 (SAT)` under `Ref:`:
    // read as a paragraph of fields is, its lines of paperwork aside; most of its lines fields.)
    if (block.type === 'code') {
      const lines = block.value.slice(0, 800).split('\n')
      const fields = lines.filter((line) => codeField.test(line))
      if (fields.length < 2 || fields.length * 2 < lines.length) return []
      return fields.flatMap((line) => {
        const key = codeField.exec(line)?.[1] ?? ''
        return writtenKey.test(key) ? [] : [line]
      })
    }
    if (block.type !== 'table') return []
    return rowsOf(block).flatMap(([key, ...values]) =>
      key !== undefined && !writtenKey.test(key) ? [values.join(' ').slice(0, 400)] : []
    )
  })
  return {opened, texts}
}

/**
 * The date of a header's field of when it started, given with its clock (`| **Start** | 2025-03-18
 * 14:06 UTC |`, `**When:** Tuesday 18 February 2025, from 2:47am`, `| **Downtime start** |
 * 03/12/2025 06:48 |`), as written: its numbers may be read either way.
 */
function startFieldDate(opened: readonly RootContent[]): WrittenDate | undefined {
  const fields = opened.flatMap((block): string[][] => {
    if (block.type === 'table') return rowsOf(block)
    if (block.type !== 'paragraph') return []
    return toString(block)
      .split('\n')
      .flatMap((line) => {
        const field = /^([^:\d]{1,30}):\s+(.+)$/.exec(line)
        return field ? [[field[1] as string, field[2] as string]] : []
      })
  })
  for (const [key, ...values] of fields) {
    if (key === undefined || !startKey.test(key)) continue
    const date = findMentions(values.join(' ').slice(0, 200)).find(
      (mention) => mention.written.date?.year !== undefined
    )?.written.date
    if (date) return date
  }
  return undefined
}

/** The first day a report's header gives. */
function firstDay(blocks: RootContent[], title: string): Day | undefined {
  const {opened, texts} = headerTexts(blocks)
  for (const text of texts) {
    const words = text.replace(stampedDay, '')
    const found = dayOf(dayIn(words))
    // (`Final v1.2, approved at the review board on 10 June 2025`: the day of the paperwork.)
    // (The mention the day is read from: a day without its clock, as `dayIn` reads it.)
    const dated =
      found && findMentions(words).find((mention) => mention.written.date && !mention.written.clock)
    // (`RFO draft due 19-Sep-2024 EOD`, in a log's row: a day still to come.)
    const before = dated ? words.slice(0, dated.start) : ''
    if (found && !(dated && (paperworkDay(before) || dayToCome(before)))) return found
  }
  const started = dayOf(startFieldDate(opened))
  if (started) return started
  // Only the day it was written has a year: the day it is about (`Early on Wednesday, March 12`)
  // is the last such day on or before it; else the day it was written.
  // (Of several, as a status page's updates each have one, the first day: the incident's.)
  // (Not a day it was exported, some days after: `writtenDay` gives that one, a weaker day.)
  const written = firstStamp(texts, false)
  if (!written) return undefined
  // (Not a day far before it: `enjoy the event through Jan 27` in an update posted Jan 21 is to come.)
  const stamped = Date.UTC(written.year, written.month - 1, written.day)
  // (`Friday night login outage (Jan 24)`, posted `Sat Jan 25, 2025`: the title's day first.)
  for (const text of [title, ...texts]) {
    const partial = findMentions(text.replace(stampedDay, '')).find(
      (mention) => mention.written.date && !mention.written.clock
    )?.written.date
    if (!partial) continue
    const day = {year: yearOnOrBefore(partial, written), month: partial.month, day: partial.day}
    if (stamped - Date.UTC(day.year, day.month - 1, day.day) <= writtenWithin) return day
  }
  // (`That Saturday mudcrab.social went deaf`, posted `Monday 16 June 2025`: the Saturday before.)
  return weekdayBefore(title, written) ?? written
}

/** The day a page's `Date:` field gives, or the day its title names shortly before a date alone. */
function datedField(value: string | undefined, title: string): Day | undefined {
  const day = dayOf(value ? fieldDay(value) : undefined)
  if (!day || !value || /\d[:.]\d\d/.test(value)) return day
  return titleDayBefore(title, day) ?? day
}

/** The day a title names without its year (`April 22`), on or shortly before the day given. */
function titleDayBefore(title: string, written: Day): Day | undefined {
  const partial = findMentions(title).find(
    (mention) => mention.written.date && !mention.written.clock
  )?.written.date
  if (!partial || partial.year !== undefined) return undefined
  const day = {year: yearOnOrBefore(partial, written), month: partial.month, day: partial.day}
  const apart =
    Date.UTC(written.year, written.month - 1, written.day) -
    Date.UTC(day.year, day.month - 1, day.day)
  return apart >= 0 && apart <= writtenWithin ? day : undefined
}

/**
 * The day the header says the report was exported (`> Exported from incident.io on 20 Sep 2024`),
 * later than what it records: a weaker day than one the report gives its story, which its
 * timeline's own dates come before. (A day it was posted or written, `Posted Jan 21, 2026`, is the
 * report's own when nothing else gives one: `firstDay`.)
 */
function writtenDay(blocks: RootContent[]): Day | undefined {
  return firstStamp(headerTexts(blocks).texts, true)
}

/** The first day the texts' stamps give (`Posted Jan 21, 2026`), of exports only or of the others. */
function firstStamp(texts: readonly string[], exported: boolean): Day | undefined {
  const stamps = texts.flatMap((text) =>
    [...text.matchAll(stampedDay)].flatMap((match) =>
      exportedStamp.test(match[0]) === exported ? (dayOf(dayIn(match[0])) ?? []) : []
    )
  )
  return stamps.reduce<Day | undefined>(
    (first, day) => (first && dayKey(first) <= dayKey(day) ? first : day),
    undefined
  )
}

const dayKey = (day: Day) => day.year * 10_000 + day.month * 100 + day.day

/** The headers of an e-mail that opens the report, in a code block or a paragraph of its own. */
function openingMail(tree: Root): {subject?: string; day: Day} | undefined {
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'toml')
  if (!first || (first.type !== 'code' && first.type !== 'paragraph')) return undefined
  const text = first.type === 'code' ? first.value : toString(first)
  const mail = mailHeaders(text)
  const date = mail?.written.date
  // (`**Date:** Thursday, September 18, 2025` without its clock: the day it was sent all the same.)
  const sent = mail
    ? date?.year === undefined
      ? undefined
      : {date: {year: date.year, month: date.month, day: date.day}, subject: mail.subject}
    : mailDay(text)
  if (!sent) return undefined
  // (`[post-mortem] strata-config 4.2.0 ...`: the list's tags in brackets are no part of the name.)
  const subject = sent.subject?.replace(/^(?:\[[^\]]*\]\s*)+/, '')
  return subject ? {subject, day: sent.date} : {day: sent.date}
}

/**
 * A letter's date: a day alone in its paragraph (`Wednesday 11 June 2025`, `Leeds, 11 June 2025`) before the salutation
 * that opens its body (`Dear Supervision Team,`). A letter is dated the day it was written, not
 * the day it tells of.
 */
function letterDate(header: RootContent[]): {block: RootContent; day: Day} | undefined {
  const salutation = header.findIndex(
    (block) => block.type === 'paragraph' && salutationLine.test(toString(block).trim())
  )
  for (const block of header.slice(0, Math.max(salutation, 0))) {
    if (block.type !== 'paragraph') continue
    const text = toString(block).trim()
    const mention = findMentions(text).find(
      (found) => found.written.date?.year !== undefined && !found.written.clock
    )
    const day = dayOf(mention?.written.date)
    const rest = mention && text.slice(0, mention.start) + text.slice(mention.end)
    const alone =
      rest !== undefined &&
      (dateline.test(text) || rest.replace(anyWeekday, '').replace(/[\s,.]+/g, '') === '')
    if (day && alone) return {block, day}
  }
  return undefined
}

/** The day a `Date:` field gives, with its clock or its window after it or without. */
function fieldDay(text: string): WrittenDate | undefined {
  const day = dayIn(text)
  if (day) return day
  const written = readTimestamp(text)
  return written && !('impossible' in written) && written.start === 0 && written.date?.year
    ? written.date
    : undefined
}

/** A letter's salutation, alone on its line: `Dear Supervision Team,`, `Dear Sir or Madam`. */
const salutationLine = /^Dear\s+[^\n]{1,60}?[,:]?$/
const anyWeekday = new RegExp(`\\b(?:${weekdayNames})\\b`, 'gi')

/** The day a title names by its weekday alone (`About Tuesday morning`): the last one on or before `sent`. */
function weekdayBefore(title: string, sent: Day): Day | undefined {
  const named = weekdayInTitle.exec(title)
  if (!named || /\b(?:next|last|every)\s+\w+day\b/i.test(title)) return undefined
  const target = weekdays.indexOf((named[1] as string).toLowerCase())
  const at = new Date(Date.UTC(sent.year, sent.month - 1, sent.day))
  at.setUTCDate(at.getUTCDate() - ((at.getUTCDay() - target + 7) % 7))
  return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()}
}

/**
 * A day the opening paragraphs tell of with its weekday, days before the one the report is dated
 * (within `writtenWithin`), the weekday its own in that year: `this was the night of Wednesday,
 * February 19th`. A night (`night of`, `overnight`) runs into the day after.
 */
function dayToldIn(
  blocks: readonly RootContent[],
  dated: Day
): {day: Day; night: boolean} | undefined {
  const stamp = Date.UTC(dated.year, dated.month - 1, dated.day)
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    const text = toString(block).slice(0, 600)
    for (const mention of findMentions(text)) {
      const {date, clock} = mention.written
      const weekday = weekdayLed.exec(mention.written.text)
      if (!date || clock || !weekday || (date.year !== undefined && date.year !== dated.year))
        continue
      // (`Saturday, December 28th`, in a post of 5 January: the year before.)
      const year = date.year ?? yearOnOrBefore(date, dated)
      const at = Date.UTC(year, date.month - 1, date.day)
      const gap = stamp - at
      const named = weekdays.findIndex((name) =>
        name.startsWith((weekday[1] as string).toLowerCase())
      )
      if (gap <= 0 || gap > writtenWithin || new Date(at).getUTCDay() !== named) continue
      if (paperworkDay(text.slice(0, mention.start))) continue
      const night = nightBefore.test(text.slice(0, mention.start))
      return {day: {year, month: date.month, day: date.day}, night}
    }
  }
  // (`Formiga was down for almost six hours on Saturday night / Sunday morning`, in a post dated
  // the Tuesday after: a weekday alone, told as when it happened, is the last such day before it.)
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    const told = weekdayTold.exec(toString(block).slice(0, 600))
    if (!told) continue
    const named = weekdays.indexOf((told[1] as string).toLowerCase())
    const back = (new Date(stamp).getUTCDay() - named + 7) % 7 || 7
    const at = new Date(stamp - back * 86_400_000)
    const day = {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()}
    return {day, night: /night/i.test(told[2] ?? '') || /overnight/i.test(told[0])}
  }
  return undefined
}

/**
 * A weekday told as the time of the story, with `on` and a part of the day: `on Saturday night`,
 * `overnight on Sunday`, `on Tuesday morning` (not `every Monday`, nor `on Monday` alone, which a
 * plan or a meeting may be).
 */
const weekdayTold = new RegExp(
  `\\b(?:overnight\\s+)?on\\s+(${weekdayNames})\\s+(night|morning|afternoon|evening)\\b`,
  'i'
)

/**
 * Whether a title names a day without its year some days before the report's date (`the November
 * 12 outage`, in a post dated 14 November): the date is when it was posted.
 */
function titledBefore(title: string, dated: Day): boolean {
  const date = findMentions(title).find(
    (mention) =>
      mention.written.date && !mention.written.clock && mention.written.date.year === undefined
  )?.written.date
  if (!date) return false
  const year = yearOnOrBefore(date, dated)
  const gap =
    Date.UTC(dated.year, dated.month - 1, dated.day) - Date.UTC(year, date.month - 1, date.day)
  return gap > 0 && gap <= writtenWithin
}

/** The year of a month and day without one, the last on or before `day`: 28 December, told on 5 January, is the year before. */
function yearOnOrBefore(date: {month: number; day: number}, day: Day): number {
  return date.month * 100 + date.day > day.month * 100 + day.day ? day.year - 1 : day.year
}

/**
 * The day a subject names by the day it was sent: `outage this morning`, `today's login failures`
 * (the day sent), `last night's outage`, `yesterday` (the day before).
 */
function relativeDayOf(subject: string, sent: Day): Day | undefined {
  const word = relativeDayWord.exec(subject)?.[1]?.toLowerCase()
  if (!word) return undefined
  const back = /^(?:yesterday|last)/.test(word) ? 1 : 0
  const at = new Date(Date.UTC(sent.year, sent.month - 1, sent.day - back))
  return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate()}
}

/** A night told from the morning after it, or from its evening. */
const lastNight = /\b(?:last\s+night|tonight)(?:'s)?\b/i

const relativeDayWord =
  /\b(this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|last\s+night)(?:'s)?\b/i

/** Whether a day named by a title's weekday (none: nothing to disagree with) is the day itself. */
function sameWeekday(named: Day | undefined, day: Day): boolean {
  return !named || dayKey(named) === dayKey(day)
}

const weekdayInTitle = new RegExp(`\\b(${weekdayNames})\\b`, 'i')

/** How long before it was written a post tells of its day: a quarter of a year. */
const writtenWithin = 92 * 86_400_000

/** A line of a block of fields set as code: `Date:       19 JUL 2025 (SAT)`, its key first. */
const codeField = /^\s*([A-Za-z][\w ./()-]{0,24}?)\s*:\s+\S/

/**
 * A field of when the report itself was written, met or reviewed; in Hungarian, Romanian and
 * Indonesian too (`Készült`, `Utolsó módosítás`, `Redactat`, `Ultima modificare`, `Dibuat`,
 * `Terakhir diperbarui`).
 */
const writtenKey =
  /(?<![\p{L}])(?:report|review|reviewed|meeting|prepared|approved|published|posted|sent|created|updated|author|due|issued|submission|submitted|circulated|distributed|date\s+of\s+(?:issue|notice)|(?:issue|notice)\s+date|készült|módosítás|redactat|modificare|dibuat|diperbarui|чернетка|оновлення|створено|σύνταξη|σύνταξης|ενημέρωση|cập\s+nhật|ngày\s+lập)(?![\p{L}])/iu

/**
 * `published Monday, October 21, 2024`, `last updated 2024-10-22`, an AsciiDoc header's `:revdate:
 * 2025-09-02` or a `Revision date`, a letter's dateline (`Barcelona, 16 June 2025`, alone on its
 * line): when the report was written, not the day it is about.
 */
const stampedDay = new RegExp(
  `${/\b(?:published|posted|written|(?:last\s+)?(?:updated|edited|revised|reviewed|modified)|created|drafted|exported|rev(?:ision)?[\s-]?date)\b(?:\s+on)?(?:[^.\n|]|\.(?=\w)){0,90}?(?:19|20)\d{2}\b/.source}|${dateline.source}`,
  'gim'
)

/** A stamp of when a record was exported: `Exported from incident.io on 20 Sep 2024`. */
const exportedStamp = /\bexported\b/i

/** The key of a field that names the day of the event itself: `Date of the event`, `Incident date`. */
const eventDateKey =
  /^(?:(?:date|day)\s+of\s+(?:the\s+)?(?:event|incident|outage|occurrence|failure|fault|interruption|disruption)|(?:event|incident|outage|occurrence|interruption)\s+date)$/i

/**
 * The day a field whose key names the day of the event gives, in the report's first sections (a
 * form's `Section 1 – Identification` under its title and subtitle), when its value has a year.
 */
function eventDateField(root: OutlineSection, source: string): Day | undefined {
  for (const section of allSections(root).slice(0, 6)) {
    const rows = section.blocks.flatMap((block) => (block.type === 'table' ? rowsOf(block) : []))
    const fields = Object.entries(readFields(section.blocks, source, true)).map(([key, field]) => [
      key,
      field.value
    ])
    for (const [key, ...values] of [...rows, ...fields]) {
      if (key === undefined || !eventDateKey.test(key.replace(/[*_]/g, '').trim())) continue
      const day = dayOf(dayIn(values.join(' ')))
      if (day) return day
    }
  }
  return undefined
}

/** A table's rows as the text of their cells: `| **Start** | 2025-03-18 14:06 UTC |`. */
function rowsOf(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)))
}

/**
 * The key of a field that gives when the incident began (`Start`, `Impact start`, `Began`), or the
 * window it happened in (`Window: Sat 2025-02-15 02:00–06:00 UTC`).
 */
const startKey = /\b(?:start(?:ed)?|began|begin|onset|from|when|window)\b/i

/**
 * A written date as the day it names; none when its year is missing, or when its numbers may be
 * read either way (`04.11.2025`): which way is settled with the rest of the report's evidence.
 */
function dayOf(
  date: {year?: number; month: number; day: number; order?: string} | undefined
): Day | undefined {
  if (!date || date.year === undefined || date.order === 'ambiguous') return undefined
  return {year: date.year, month: date.month, day: date.day}
}

function formatDate(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

function stringKey(
  data: Record<string, unknown>,
  key: string,
  place: Place,
  say: Say
): string | undefined {
  const value = data[key]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  say({
    ruleId: 'front-matter-type',
    reason: `Unexpected \`${key}\` of type ${typeName(value)}, expected a string`,
    place
  })
  return undefined
}

function dateKey(data: Record<string, unknown>, place: Place, say: Say): Day | undefined {
  const value = data.date
  if (value === undefined || value === null || value === '') return undefined
  const day = typeof value === 'string' ? parseDay(value.trim()) : undefined
  if (day && isRealDay(day)) return day
  say({
    ruleId: 'front-matter-type',
    reason: `Unexpected \`date: ${typeof value === 'string' ? value : JSON.stringify(value)}\`, expected a day such as \`2017-02-28\``,
    place
  })
  return undefined
}

/** A day the calendar has: not `2026-33-09`, which `Date.UTC` would roll over into 2028. */
function isRealDay(day: Day): boolean {
  const date = new Date(0)
  date.setUTCFullYear(day.year, day.month - 1, day.day)
  return (
    date.getUTCFullYear() === day.year &&
    date.getUTCMonth() === day.month - 1 &&
    date.getUTCDate() === day.day
  )
}

function listKey(
  data: Record<string, unknown>,
  keys: string[],
  placeOf: (key: string) => Place,
  say: Say
): string[] {
  for (const key of keys) {
    const value = data[key]
    if (value === undefined || value === null) continue
    if (typeof value === 'string')
      return value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    if (Array.isArray(value)) {
      return value.flatMap((item) =>
        typeof item === 'string' || typeof item === 'number' ? [String(item).trim()] : []
      )
    }
    say({
      ruleId: 'front-matter-type',
      reason: `Unexpected \`${key}\` of type ${typeName(value)}, expected a list such as \`[${key === 'tags' ? 'database' : 'api'}]\``,
      place: placeOf(key)
    })
    return []
  }
  return []
}

function severityOf(
  data: Record<string, unknown>,
  fields: Record<string, string>,
  placeOf: (key: string) => Place,
  say: Say
): string | undefined {
  const value = data.severity ?? data.sev
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value !== undefined && value !== null) {
    say({
      ruleId: 'front-matter-type',
      reason: `Unexpected \`severity\` of type ${typeName(value)}, expected a string such as \`SEV-2\``,
      place: placeOf(data.severity === undefined ? 'sev' : 'severity')
    })
    return undefined
  }
  const field = fields.Severity
  return field ? field.split(/[\s(]/)[0] : undefined
}

function isNameList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'map' : typeof value
}

function toPosition(place: Place) {
  const start = {line: place.line, column: place.column}
  if (place.endLine === undefined || place.endColumn === undefined) return start
  return {start, end: {line: place.endLine, column: place.endColumn}}
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).at(-1) ?? path).replace(/\.(?:md|markdown)$/i, '')
}
