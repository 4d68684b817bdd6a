/**
 * Find the entries of a report as written, before their times are
 * resolved: in its timeline sections, the list items, table rows, headings
 * and lines that a time leads or that a label heads (`First detected
 * 2024-05-03 14:12`); everywhere else, every time a sentence mentions
 * (`Between 14:05 and 15:40 UTC checkout failed`), each entry marked with
 * where it stands (`origin`).
 *
 * Code blocks, HTML and images are never read for entries; block quotes
 * (quoted logs and chat) only as the text of a time heading above them.
 * Appendices, action items, lessons and cascades hold no entries.
 */
import type {Code, List, ListItem, Nodes, Paragraph, RootContent, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {type EntryOrigin, milestoneNames, type Place, type TimelineEntry} from '../model.js'
import {classifyHeading} from '../parse/classify-heading.js'
import {boldTitle, labelOf, type OutlineSection, placeOf} from '../parse/outline.js'
import {numberValue} from '../text/number-words.js'
import {
  type ImpossibleTime,
  readCompactClock,
  readTimestamp,
  type WrittenClock,
  type WrittenDate,
  type WrittenPoint,
  type WrittenTime,
  weekdayNames,
  weekdays
} from '../time/read-timestamp.js'
import {findZone, readZone, type Zone} from '../time/zones.js'
import {type BlockText, blockText, type SourceLines, sourceOffset} from './block-text.js'
import {
  Clauses,
  documentDate,
  joinText,
  labelBefore,
  labelledTime,
  paperworkDay,
  withLabel
} from './clauses.js'
import {csvTable} from './csv-table.js'
import {
  findMentions,
  type Mention,
  type MentionOptions,
  mayMention,
  onlyWeekdayBefore
} from './find-mentions.js'
import {ganttTable} from './gantt-table.js'
import {linkInstant, mayLinkInstant} from './link-instants.js'
import {mailHeaders} from './mail-headers.js'
import {eventWords, relativeTimes} from './relative-times.js'
import {type ColumnProfile, dayMonthCell, hasWords, timeColumns} from './table-columns.js'
import {
  bareDate,
  columnarClocks,
  compactStyle,
  type DayOfMonth,
  dayIn,
  dayOfMonth,
  holdsWords,
  laysOutTimeline,
  nightBefore,
  stampsOf,
  stampTitles,
  startsWithTime
} from './timed-sections.js'
import {yamlTable} from './yaml-table.js'
import {headerZone, zoneStatement} from './zone-statement.js'

/** An entry as written, its time not yet resolved. */
export interface RawEntry {
  type: 'entry'
  kind: TimelineEntry['kind']
  origin: EntryOrigin
  text: string
  written?: WrittenTime
  impossible?: ImpossibleTime
  markers: string[]
  cells?: Record<string, string>
  /** Phrases of the entry's text the author set in bold or italics (`**Customer impact starts.**`). */
  emphasis?: string[]
  /** A zone stated by the heading or table header the entry stands under. */
  sectionZone?: Zone
  place: Place
  /**
   * Entries of one group (a timeline section, or a timed list or table
   * elsewhere) carry their day from one to the next and are checked for
   * order together; a time mentioned in a sentence has none.
   */
  group?: number | undefined
  /** A time mentioned inside an entry: that entry, whose day it shares. */
  host?: RawEntry
  /** A message's stamp (`@kenji-w commented on Sep 3, 2026, 4:12 PM PDT`): when it was posted. */
  stamp?: boolean
  /** A time mentioned in a sentence: the block it stands in, whose earlier dates date it. */
  block?: number
  /** A time that leads its sentence (`On 30 March, ...`): its date is the day of the narrative after it. */
  leads?: boolean
  /** The sections the entry stands in, outermost first, each by the order it was read in. */
  sections?: readonly number[]
  /** An entry's time found among its words, not leading them (`Not an option. That's Monday 02:30.`). */
  within?: boolean
  /**
   * A time in a list that a paragraph leads into with a colon (`On the evening of May 6, the
   * portal was carrying:`): that paragraph's block, whose day the list goes on on.
   */
  introducedBy?: number
}

/** A day heading, bold date or bare date line: the day of the entries below it. */
export interface DayMark {
  type: 'day'
  date: WrittenDate
  place: Place
  /**
   * A day of the month named without its month (`**Saturday the 29th**`): its month is found
   * from the day the report was written, before anything else reads it (`date` is a placeholder).
   */
  ofMonth?: DayOfMonth
  /**
   * A weekday named alone at the head of a paragraph (`**Tuesday evening.** Traffic climbed ...`) or
   * as a heading (`## Tuesday night`):
   * its day is found from the days told before it (`date` is a placeholder).
   */
  ofWeek?: number
  /** A night named (`the night of Thursday, October 31st`): its clocks before noon are on the day after. */
  night?: boolean
}

export type TimelineEvent = RawEntry | DayMark

/**
 * An instant the report records apart from its own clock times: the
 * message a link points to, or a timestamp with its zone in a quoted log or
 * a code block. Evidence of the zone of the times around it.
 */
export interface Anchor {
  /** Milliseconds since 1970, when the instant is known as it stands (a link's message). */
  ms?: number
  /** A timestamp as written, with its zone, to be resolved on the report's day. */
  written?: WrittenTime
  /** The entry whose own text holds it: then the entry's time should be the anchor's, near enough. */
  entry?: RawEntry
  place: Place
}

/** What reading a part of a report gives: its events in written order, and its anchors. */
export interface Extracted {
  events: TimelineEvent[]
  anchors: Anchor[]
}

const milestoneWords = new Set<string>(milestoneNames)
/** The header of a column of when each row's span starts, and of when it ends: `Start`, `End`. */
const spanStart = /^\W*(?:start(?:ed|s)?|from|begin(?:s|ning)?)(?:\s+(?:time|at))?\W*$/i
const spanEnd = /^\W*(?:end(?:ed|s)?|to|until|finish(?:ed)?|stop(?:ped)?)(?:\s+(?:time|at))?\W*$/i

/** The title of a conversation kept whole: `Slack thread`, `#inc-42 channel log`, `Teams chat`, `Transcript`. */
const conversationTitle =
  /\b(?:thread|chat|slack|teams|log|transcript|channel|conversation|messages)\b/i
const markerPattern =
  /\s*\[(triggered|started|detected|acknowledged|diagnosed|mitigated|resolved)\]/gi
/** Sections whose times are not the incident's: what to do next, what was learnt, reference. */
const unread = new Set(['appendix', 'action-items', 'lessons-learned', 'cascade'])
const origins = new Set<string>([
  'summary',
  'impact',
  'detection',
  'root-cause',
  'contributing-factors',
  'trigger',
  'resolution'
])

/**
 * The events of a part of a report, in written order.
 *
 * @param section the incident's part of the outline
 * @param source the Markdown source, to skip at a glance the prose that holds no time
 * @param lines the source's lines, for the place of a time inside a paragraph
 * @param parts the sections that are incidents of their own: each is read as if it stood alone
 */
export function extractEntries(
  section: OutlineSection,
  source: string,
  lines: SourceLines,
  parts: ReadonlySet<OutlineSection> = new Set()
): Extracted {
  // A report without a timeline section may keep its timeline as a log in a code block, or in
  // the chat it pastes at the end. (A timeline section of prose about the times is none.)
  const untimed = !laysOutTimeline(section)
  const walker = new Walker(source, lines, parts, untimed)
  walker.section(section, undefined, undefined)
  return {events: walker.events, anchors: walker.anchors}
}

/** Where the walk is: the kind of section, its zone, the timeline group it adds to. */
interface Where {
  origin: EntryOrigin
  timeline: boolean
  zone: Zone | undefined
  group: number | undefined
  /** A heading that stamps its section (`### @kenji commented on Sep 3, 2026, 4:12 PM PDT`): all below it is its text. */
  stamped?: boolean
  /** The sections walked into, outermost first, each by the order it was read in. */
  sections: readonly number[]
}

class Walker {
  readonly events: TimelineEvent[] = []
  readonly anchors: Anchor[] = []
  readonly #source: string
  readonly #lines: SourceLines
  readonly #parts: ReadonlySet<OutlineSection>
  #groups = 0
  #blocks = 0
  #sections = 0
  /** Whether the block being read writes its clocks as four digits (`0616:`). */
  #compact = false
  /** The list's items open on clocks its bold marks (`**0658** Lab phoned`): four digits then words are one. */
  #compactBare = false
  /** The blocks of the section being read, for what a code block among them may be. */
  #sectionBlocks: readonly RootContent[] = []
  /** Whether the part read has no timeline section: a log of times in a code block may be its timeline. */
  readonly #untimed: boolean
  /** The last timeline entry with a clock: what `10 minutes later` counts from. */
  #lastTimed: WrittenTime | undefined
  /** The last entry with a clock, prose or timeline: what a story's `four minutes later` counts from. */
  #told: WrittenTime | undefined
  /** Clocks a sentence looks back to before the one it told (`... was from 02:40`): no story's time. */
  readonly #lookedBack = new WeakSet<WrittenTime>()
  /** The stems of the words of entries searched for an event (`#eventWords`). */
  readonly #wordsOf = new Map<string, Set<string>>()
  /** The entry of the stamp above the block being read: the times its comment mentions take its day and zone. */
  #host: RawEntry | undefined
  /** The instant the report calls T0 (`T0 = 14:20 PST on 9 February 2026`), for offsets from it. */
  #anchor: WrittenTime | undefined
  /** Whether the anchor is when a recording started: `[00:14:32]` stamps are offsets into it. */
  #recording = false

  /** Whether the report writes its clocks with a dot (`08.52 – Service Desk opens`), found once. */
  #dottedReport: boolean | undefined

  get #dotted(): MentionOptions {
    this.#dottedReport ??= writesDottedClocks(this.#source)
    return this.#dottedReport ? dottedOptions : noOptions
  }

  constructor(
    source: string,
    lines: SourceLines,
    parts: ReadonlySet<OutlineSection>,
    untimed: boolean
  ) {
    this.#untimed = untimed
    this.#source = source
    this.#lines = lines
    this.#parts = parts
  }

  /** Prose whose source shows, at a glance, no time and no link to a message: nothing to read in it. */
  #quiet(nodes: readonly Nodes[]): boolean {
    const start = nodes[0]?.position?.start.offset
    const end = nodes.at(-1)?.position?.end.offset
    if (start === undefined || end === undefined) return false
    const raw = this.#source.slice(start, end)
    return !mayMention(raw) && !mayLinkInstant(raw)
  }

  section(section: OutlineSection, above: Where | undefined, zone: Zone | undefined): void {
    // (A report with no timeline of its own keeps its story in the thread it pastes at the end,
    // `## Slack thread (#inc-checkout), pasted as-is`: read as its timeline.)
    const thread =
      section.kind === 'appendix' && this.#untimed && conversationTitle.test(section.title)
    if (section.kind === 'appendix' && !thread) return
    // An incident of its own (`### October 21` below `## Incident timeline`) is read as if it stood alone.
    const inherited = this.#parts.has(section) ? undefined : above
    const opener = section.opener
    const titleZone = opener?.type === 'heading' ? zoneStatement(section.title) : undefined
    const timeline = inherited?.timeline === true || section.kind === 'timeline' || thread
    const here: Where = {
      origin: timeline ? 'timeline' : originOf(section),
      timeline,
      zone: titleZone ?? (section.depth > 0 ? openingZone(section) : undefined) ?? zone,
      group: inherited?.timeline ? inherited.group : undefined,
      sections: [...(above?.sections ?? []), this.#sections++]
    }
    if (here.timeline && here.group === undefined) here.group = this.#groups++
    if (inherited?.stamped) here.stamped = true
    const read = here.timeline || !unreadWithin(section)
    let open: RawEntry | undefined
    if (read && opener?.type === 'heading' && section.depth > 0) {
      open = this.#heading(section, here)
    } else if (here.timeline && opener?.type === 'paragraph' && section.depth > 0) {
      // (`**Tuesday 3/11:**` over the list of that day: a day set as a bold label heads what
      // follows, as a day's heading does.)
      const day = bareDate(section.title.replace(/:\s*$/, ''))
      if (day) this.events.push({type: 'day', date: day, place: placeOf(opener)})
    }
    for (const block of section.blocks) {
      if (block.type === 'code' || block.type === 'blockquote') this.#quoted(block)
    }
    if (read) {
      // `> **@ana** commented Nov 12, 2025, 8:51 PM GMT+1` then `> Found it. ...`: a comment quoted
      // with its stamp is read as the comments of a thread are, from inside its quote.
      const quotes = section.blocks.filter((block) => block.type === 'blockquote')
      const quoteStamps = stampParagraphs(
        quotes.flatMap((quote) => (quote.children[0] as RootContent | undefined) ?? [])
      )
      const comments = new Map<RootContent, RootContent[]>()
      // `> **From:** ... **Sent:** Tuesday, 20 January 2026 08:47 ... **Subject:** ...`: an e-mail
      // quoted with its headers, sent when it says.
      const mails = new Map<RootContent, {written: WrittenTime; text: string}>()
      for (const quote of quotes) {
        const inner = quote.children as RootContent[]
        const first = inner[0]
        if (!first) continue
        // `> Every entry below is an elapsed offset from T+0 (the 22:40 BST anchor above)`: a
        // note set apart as a quote states T0 as a paragraph does.
        const anchor = anchorStatement(toString(quote))
        if (anchor) this.#anchor = anchor
        this.#recordingFrom(toString(quote))
        const mail = first.type === 'paragraph' ? mailHeaders(toString(first)) : undefined
        if (mail) mails.set(first, mail)
        if (mail || quoteStamps.has(first) || postedUpdates(inner)) comments.set(quote, inner)
      }
      // `> **11/04/2024 07:12 AM — Donna Pruitt, via web portal**` then her words, and the next
      // comment in a quote of its own: a ticket's history pasted quote by quote, each led by its
      // date and clock, is read as its comments unquoted would be.
      const ledByStamps = quotes.filter((quote) => !comments.has(quote) && ledByStamp(quote))
      if (ledByStamps.length >= 2)
        for (const quote of ledByStamps) comments.set(quote, quote.children as RootContent[])
      // `**Marcus** · Oct 22, 2024 8:46 AM` then `> Can repro. 403s start at 8:12 AM.`: a comment's
      // words quoted under its stamp are read as they would be unquoted, its times with them.
      const stampsAbove = quotes.length > 0 ? stampParagraphs(section.blocks) : new Set()
      for (const [index, block] of section.blocks.entries()) {
        const above = section.blocks[index - 1]
        if (block.type === 'blockquote' && above && stampsAbove.has(above) && !comments.has(block))
          comments.set(block, block.children as RootContent[])
      }
      // `> **Shira** [10:42 AM]` then `> customers say ...`: chat messages pasted as quotes, each
      // its sender and time on the first line, are a timeline of their own, as chat lines are.
      const chats = quotes.filter((quote) => !comments.has(quote) && chatQuote(quote))
      // (Two quotes or more, or one that holds two messages or more: a thread's replies pasted as
      // one quote, `> **Marco** 10:44 AM` ... `>` ... `> **Jess** 10:45 AM`.)
      const messages = chats.reduce(
        (count, quote) =>
          count +
          (quote.type === 'blockquote'
            ? quote.children.filter((child) => child.type === 'paragraph' && chatParagraph(child))
                .length
            : 0),
        0
      )
      const chatWhere: Where | undefined =
        chats.length >= 2 || messages >= 2
          ? {...here, origin: 'timeline', timeline: true, group: this.#groups++}
          : undefined
      // `> **Dana** @danaships` ... `> *2:53 PM · Mar 9, 2025*`: posts pasted as quotes, each its
      // day and clock on its last line, as X and Mastodon show them, are a thread of their own.
      const posts = quotes.filter((quote) => !comments.has(quote) && stampedLast(quote))
      const postsWhere: Where | undefined =
        posts.length >= 2
          ? {...here, origin: 'timeline', timeline: true, group: this.#groups++}
          : undefined
      const blocks = repliesInOrder(
        section.blocks.flatMap((block) => comments.get(block) ?? [block])
      )
      const stamps = stampParagraphs(blocks)
      const lastOfQuote = new Set([...comments.values()].map((inner) => inner.at(-1)))
      this.#sectionBlocks = section.blocks
      // The entry of the last stamp (`**Ana** added a comment - 22/Apr/26 11:59 PM`, or the
      // section's stamping heading): the paragraphs after it, up to the next stamp, are what it says.
      let stamped: RawEntry | undefined = here.stamped ? open : undefined
      /** Whether the block before was a bold line alone naming what the team will change. */
      let planned = false
      /** The block of the paragraph before, when it leads into what follows with a colon. */
      let leadIn: number | undefined
      for (const block of blocks) {
        const before = this.events.length
        const introduced = block.type === 'list' ? leadIn : undefined
        leadIn = undefined
        // (`**What we are changing.**` alone over a list, in a summary: the list is the action
        // items, whose times are not the incident's.)
        const plans = planned
        planned = !here.timeline && boldTitle(block)?.kind === 'action-items'
        if (plans && block.type === 'list') continue
        if (postsWhere && block.type === 'blockquote' && posts.includes(block)) {
          this.#post(block, postsWhere)
          continue
        }
        if (chatWhere && block.type === 'blockquote' && chats.includes(block)) {
          // (One quote may hold several messages, each a paragraph led by its stamp and sender.)
          for (const [at, paragraph] of block.children.entries()) {
            if (paragraph.type !== 'paragraph' || (at > 0 && !chatParagraph(paragraph))) continue
            const place = at === 0 ? placeOf(block) : placeOf(paragraph)
            this.#unit(blockText([paragraph]), chatWhere, place, 'list', chatWhere.group)
          }
          continue
        }
        const mail = mails.get(block)
        if (mail) {
          const raw = this.#entry('paragraph', mail.text, mail.written, placeOf(block), here)
          raw.group = here.group
          raw.stamp = true
          this.events.push(raw)
          stamped = raw
          continue
        }
        this.#host = stamped
        const added = this.#block(block, here)
        this.#host = undefined
        emphasise(this.events, before, block)
        // (`On the evening of May 6, the portal was carrying:` over a list of the exams running:
        // the list goes on with the sentence, on its day.)
        const told = this.events.slice(before)
        if (introduced !== undefined)
          for (const event of told)
            if (event.type === 'entry' && event.block !== undefined) event.introducedBy = introduced
        const last = told.at(-1)
        if (
          block.type === 'paragraph' &&
          /:\s*$/.test(toString(block)) &&
          last?.type === 'entry' &&
          last.block !== undefined &&
          last.written?.date !== undefined
        )
          leadIn = last.block
        if (stamps.has(block)) {
          const entry = this.events.at(-1)
          stamped = this.events.length > before && entry?.type === 'entry' ? entry : undefined
          if (stamped) stamped.stamp = true
          // `On Tue, 4 Mar 2025 at 11:05, Dwayne Kessler <...> wrote:`, in a thread where `Dwayne
          // ... works from their Raleigh support centre (US Eastern, ...)`: his clock, his zone.
          const zone = stamped && this.#senderZone(toString(block))
          if (stamped && zone) stamped.sectionZone = zone
          continue
        }
        const more = trailingText(block)
        // (`Ana Ruiz added a comment: Found it. ...`: the stamp's words are a clause of their own.)
        if (stamped && more)
          stamped.text = joinText(
            stamped.text === '' || /[.:!?,]$/.test(stamped.text)
              ? stamped.text
              : `${stamped.text}:`,
            more
          )
        else if (!added && open && more) open.text = joinText(open.text, more)
        else if (open && more && block.type === 'paragraph') {
          // (`### 14:29` over `Wei Ling acked the page. Declared SEV-2 at 14:33.`: what the
          // paragraph tells before its first time is the heading's.)
          const lead = toldBefore(more, this.events.slice(before))
          if (lead) open.text = joinText(open.text, lead)
        }
        // (A quoted comment ends with its quote.)
        if (
          (block.type !== 'paragraph' && block.type !== 'list' && block.type !== 'code') ||
          lastOfQuote.has(block)
        )
          stamped = undefined
      }
    }
    // `## 07:15 — Jobs stop running`, `## 08:02 — Someone notices`: sections headed by times, two
    // or more side by side, are a timeline of their own, each heading an entry with its text.
    // `### @kenji-w commented on Sep 3, 2026, 4:12 PM PDT`: headings that stamp their sections,
    // written alike, are a timeline the same way, each heading's text all that is below it.
    const timed = here.timeline
      ? []
      : section.children.filter((child) => startsWithTime(child.title))
    const stamping = new Set(
      here.timeline || timed.length >= 2 ? [] : stampTitles(section.children)
    )
    const told: Where | undefined =
      timed.length >= 2 || stamping.size > 0
        ? {
            origin: 'timeline',
            timeline: true,
            zone: here.zone,
            group: this.#groups++,
            sections: here.sections
          }
        : undefined
    for (const child of section.children) {
      const where =
        told && stamping.has(child)
          ? {...told, stamped: true}
          : told && timed.includes(child)
            ? told
            : here
      this.section(child, where, here.zone)
    }
  }

  /** A heading: a time that leads a timeline's entry, a day, or a time a title mentions. */
  #heading(section: OutlineSection, here: Where): RawEntry | undefined {
    const opener = section.opener as Nodes
    const place = placeOf(opener)
    const text = blockText([opener])
    if (here.timeline) {
      const written = readTimestamp(text.text)
      if (written && !('impossible' in written) && written.clock) {
        const raw = this.#entry('heading', text.text.slice(written.end), written, place, here)
        raw.group = here.group
        this.events.push(raw)
        return raw
      }
      // `@kenji-w commented on Sep 3, 2026, 4:12 PM PDT`: a stamp, its time inside.
      const [only, ...more] = here.stamped ? findMentions(text.text) : []
      if (only && more.length === 0) {
        const words = withLabel(text.text.slice(0, only.start), text.text.slice(only.end))
        const raw = this.#entry('heading', words, only.written, place, here)
        raw.group = here.group
        raw.stamp = true
        this.events.push(raw)
        return raw
      }
    }
    const day = dayIn(section.title) ?? trailingDay(section.title)
    if (day && !startsWithTime(section.title)) {
      this.events.push({type: 'day', date: day, place})
      return undefined
    }
    const ofMonth = dayOfMonth(section.title)
    if (ofMonth) {
      this.events.push({type: 'day', date: {month: 1, day: ofMonth.day}, place, ofMonth})
      return undefined
    }
    // (`## Tuesday night`, `### Wednesday morning`, in a diary of the week of June 10: a weekday
    // heading the entries below it, the nearest to the report's day; a night runs into the day
    // after.)
    const ofWeek = section.depth > 0 ? weekdayAlone(section.title) : undefined
    if (ofWeek !== undefined) {
      const day: DayMark = {type: 'day', date: {month: 1, day: 1}, place, ofWeek}
      if (/\bnight$/i.test(section.title.trim())) day.night = true
      this.events.push(day)
      return undefined
    }
    // A time in the report's title names the incident, which its day already dates.
    if (!here.timeline && section.depth > 1) this.#prose(text, here, place, 'heading')
    return undefined
  }

  /** The zones the report says the people of a thread write in, by first name (lower case). */
  #people: Map<string, Zone> | undefined

  /** The zone of the sender a reply's attribution names, when the report says where they are. */
  #senderZone(stamp: string): Zone | undefined {
    const sender = /,\s*([A-Z][a-z]+)\b[^,:]*\bwrote:\s*$/.exec(stamp)?.[1]
    if (!sender) return undefined
    this.#people ??= peopleZones(this.#source)
    return this.#people.get(sender.toLowerCase())
  }

  /** Read one block; returns whether it gave events. */
  #block(block: RootContent, here: Where): boolean {
    switch (block.type) {
      case 'list':
        return this.#list(block, here)
      case 'table':
        return this.#table(block, here)
      case 'paragraph':
        // `Attachments:` then `A. SCADA alarm log, July 17–18, 2025`: a list of the documents sent
        // with the report, whose days are theirs.
        if (attachmentsLine.test(toString(block.children[0] ?? block))) return false
        return this.#paragraph(block, here)
      case 'code': {
        // (`"Timestamp (America/New_York)","Source","Event"` then a row a line: a CSV export.)
        // (` ```mermaid ` then `gantt`: a chart of tasks, read as the table of its tasks' times.)
        // (` ```yaml ` then `- time: ...` and `event: ...`: a timeline kept as YAML or JSON.)
        const table = here.timeline
          ? (csvTable(block, this.#lines) ??
            ganttTable(block, this.#lines) ??
            yamlTable(block, this.#lines))
          : undefined
        if (table) return this.#logOnly() && this.#table(table, here)
        if (here.timeline) return this.#logOnly() && this.#loggedLines(block, here)
        // (`2150z  deploy api v7.41.0` line after line, in a report with no timeline section.)
        return (
          this.#untimed &&
          this.#logOnly() &&
          this.#loggedLines(block, {
            ...here,
            origin: 'timeline',
            timeline: true,
            group: this.#groups++
          })
        )
      }
      default:
        return false
    }
  }

  /**
   * Whether the section read has no list or table of times beside its code block, which may
   * then be its timeline (a list of follow-ups without a time is none).
   */
  #logOnly(): boolean {
    return !this.#sectionBlocks.some((block) => {
      if (block.type === 'table') return mayMention(toString(block, {includeHtml: false}))
      if (block.type !== 'list') return false
      // (A list of notes on the log, times inside their sentences, is no timeline beside it: one
      // whose items a time leads, half of them or more, is.)
      const items = block.children.map((item) => toString(item, {includeHtml: false}).trim())
      const led = items.filter((item) => startsWithTime(item)).length
      return led > 0 && led * 2 >= items.length
    })
  }

  /**
   * A timeline pasted as a log in a code block (`[2026-07-09 00:03:31 UTC] alertmanager:
   * FIRING ...`): in a timeline section with no list or table, its lines read as a
   * timeline's when most of them, and two or more, start with a time; a code block of
   * anything else, or beside a timeline of its own, stays a quote (evidence of zones only).
   */
  #loggedLines(code: Code, here: Where): boolean {
    const start = code.position?.start.offset
    const end = code.position?.end.offset
    if (start === undefined || end === undefined) return false
    const raw = this.#source.slice(start, end)
    // The lines between the fences, as written, so that every offset maps to the source.
    const fenced = /^[ \t]*(?:`{3,}|~{3,})[^\n]*\n/.exec(raw)
    const from = fenced ? fenced[0].length : 0
    const closing = /\n[ \t]*(?:`{3,}|~{3,})[ \t]*$/.exec(raw)
    const to = fenced && closing ? closing.index : raw.length
    const body = raw.slice(from, Math.max(from, to))
    const lines = body.split('\n').filter((line) => line.trim() !== '')
    // (`2150z  deploy api v7.41.0`: four digits, as a log of compact clocks writes them.)
    const compact = compactStyle(lines)
    // (`2215  fx-quote v4.12 deployed`: a shift's note, four digits and a gap.)
    const columnar = columnarClocks(lines)
    const led = (line: string) => clockLed(line, compact, columnar)
    const timed = lines.filter(led).length
    if (timed < 2 || timed * 2 < lines.length) return false
    // (`#inc-412` then `Created by incident-bot on Mar 11, 2025 · Topic: ...`, above the first
    // timed line: a channel export's header, whose day is the day of its lines.)
    for (const line of lines) {
      if (led(line)) break
      const day = findMentions(line.slice(0, 300)).find(
        ({written}) => written.date?.year !== undefined && !written.clock
      )
      if (day?.written.date) {
        this.events.push({type: 'day', date: day.written.date, place: placeOf(code)})
        break
      }
    }
    const text: BlockText = {text: body, starts: [0], sources: [start + from], links: []}
    const before = this.events.length
    this.#lines_(text, here, placeOf(code))
    return this.events.length > before
  }

  #list(list: List, here: Where): boolean {
    // A timed list outside a timeline section is a timeline of its own: one group.
    const group = here.timeline ? here.group : this.#groups++
    return this.#items(list, here, group)
  }

  /** The items of a list; in a timeline, a list without any time is text (of the time heading above it), not entries. */
  #items(list: List, here: Where, group: number | undefined): boolean {
    const before = this.events.length
    const compact = this.#compact
    const bare = this.#compactBare
    this.#compactBare = here.timeline && boldClocks(list)
    this.#compact =
      this.#compactBare ||
      (here.timeline && compactStyle(list.children.map((item) => toString(item))))
    for (const item of list.children) this.#item(item, here, group)
    this.#compact = compact
    this.#compactBare = bare
    if (here.timeline && !this.#timedSince(before)) {
      this.events.length = before
      return false
    }
    return this.events.length > before
  }

  #timedSince(index: number): boolean {
    for (let at = index; at < this.events.length; at++) {
      const event = this.events[at] as TimelineEvent
      if (event.type === 'entry' && (event.written || event.impossible)) return true
    }
    return false
  }

  #item(item: ListItem, here: Where, group: number | undefined): void {
    const own = item.children.filter(
      (child): child is Paragraph => child.type === 'paragraph' || child.type === 'heading'
    ) as Paragraph[]
    const text = blockText(own)
    const place = placeOf(item)
    // `- **Key events**` over a nested list: the label says what the items below it are.
    const label = own[0] ? itemLabel(own[0]) : undefined
    let inner = here
    if (label !== undefined) {
      const kind = classifyHeading(label)
      if (kind === 'timeline' && !here.timeline)
        inner = {...here, origin: 'timeline', timeline: true, group: this.#groups++}
      else if (!here.timeline && origins.has(kind)) inner = {...here, origin: kind as EntryOrigin}
    }
    const nested = item.children.filter((child): child is List => child.type === 'list')
    const skip = /^\s*notes?\s*:/i.test(text.text) || (!here.timeline && this.#quiet(own))
    let raw: RawEntry | undefined
    if (!skip && text.text.trim()) {
      raw = this.#unit(text, here, place, 'list', group)
      // An item of a timeline's list without a time of its own (nor a label over a nested
      // list): kept, to say that it has none (dropped with its list when no item has one).
      if (raw === undefined && here.timeline && (label === undefined || nested.length === 0)) {
        const untimed = this.#entry('list', text.text, undefined, place, here)
        untimed.group = group
        this.events.push(untimed)
      }
    }
    // A log or alert quoted under the item: evidence of the item's own time.
    for (const child of item.children) {
      if (child.type === 'code' || child.type === 'blockquote') this.#quoted(child, raw)
    }
    for (const list of nested) this.#items(list, inner, inner === here ? group : inner.group)
  }

  /**
   * A post pasted as a quote with its stamp on its last line: an entry at the stamp, of the
   * post's words, the times it mentions read inside it.
   */
  #post(quote: RootContent, here: Where): void {
    const last = quote.type === 'blockquote' ? quote.children.at(-1) : undefined
    if (last?.type !== 'paragraph') return
    const text = blockText([last])
    const cut = text.text.lastIndexOf('\n')
    const stamp = slice(text, cut + 1, text.text.length)
    const words = slice(text, 0, Math.max(0, cut))
    const place = placeOf(quote)
    const entry = this.#unit(stamp, here, place, 'paragraph', here.group)
    if (!entry) return
    entry.text = words.text.replace(/\s*\n\s*/g, ' ').trim() || entry.text
    const mentions = this.#withRelative(words.text, findMentions(words.text, this.#dotted))
    if (mentions.length > 0)
      this.#mentions(words, mentions, {...here, timeline: false}, place, entry)
  }

  /**
   * A list item, table row or line: an entry when a time leads it or a short
   * label heads its time (and, in a timeline, wherever its time stands);
   * every further time it mentions is an entry of its own.
   */
  #unit(
    text: BlockText,
    here: Where,
    place: Place,
    kind: 'list' | 'paragraph',
    group: number | undefined
  ): RawEntry | undefined {
    const all = this.#withRelative(text.text, findMentions(text.text, this.#dotted))
    const mentions = all.filter(timed)
    const read = readTimestamp(text.text)
    // In a list of compact clocks (`0616:`, `14.05`), one that reads as an impossible date is the clock.
    const compact =
      this.#compact && (!read || 'impossible' in read)
        ? readCompactClock(text.text, this.#compactBare)
        : undefined
    let leading = compact ?? read
    // (`at 18:12 into the call`, `at 1:02:40 into the meeting`: minutes and seconds, or hours too,
    // counted from the call's start.)
    if (leading && !('impossible' in leading))
      leading = intoCallOffset(text.text, leading) ?? leading
    // (`[00:14:32] Marcus: found it`, after `the recording starts at 11:09`: an offset into it.)
    if (
      this.#recording &&
      leading &&
      !('impossible' in leading) &&
      recordingStamp(text.text, leading)
    )
      leading = {...leading, sinceAnchor: stampSeconds(leading.clock as WrittenClock)}
    let raw: RawEntry | undefined
    let own: Mention | undefined
    /** Where the leading time's own words end, when a time after it in the text ends them. */
    let ownWords = -1
    if (leading && 'impossible' in leading) {
      raw = this.#entry(kind, text.text.slice(leading.end), undefined, place, here)
      raw.impossible = leading
    } else if (
      leading &&
      (leading.clock || leading.date || leading.unknown || leading.sinceAnchor !== undefined)
    ) {
      own = mentions.find((mention) => mention.start < leading.end)
      // Lines of a paragraph that a time leads run on until a sentence with a time of its own:
      // `At 02:10 the key rotated. ... The first complaint came at 02:47.` tells two events.
      const next = mentions.find((mention) => mention !== own && mention.start >= leading.end)
      // (A time told relative to it in the same sentence, `, and eight minutes after that ...`:
      // the clause before it.)
      // (`**14:12–14:23 UTC.** At 14:12 UTC, the first worker ...`: a span that heads the paragraph,
      // its sentences each with a time of their own, is the paragraph's label and no words of it.)
      const labelOnly =
        kind === 'paragraph' &&
        next !== undefined &&
        /^[\s.:,;*_–—-]*(?:(?:at|on|by|around|about|from|between)\s+)?$/i.test(
          text.text.slice(leading.end, next.start)
        )
      const sentence =
        kind === 'paragraph' && next
          ? labelOnly
            ? leading.end + (/^[\s.:,;*_–—-]*/.exec(text.text.slice(leading.end))?.[0].length ?? 0)
            : sentenceStart(text.text, leading.end, next.start)
          : -1
      const to =
        sentence > 0 || !next?.written.after || kind !== 'paragraph'
          ? sentence
          : clauseEnd(text.text, leading.end, next.start)
      ownWords = to
      raw = this.#entry(
        kind,
        text.text.slice(leading.end, to > 0 ? to : undefined).trimEnd(),
        leading,
        place,
        here
      )
    } else {
      const first = mentions[0]
      const labelled = first && labelBefore(text.text.slice(0, first.start))
      const relative = !first && here.timeline ? relativeTime(text.text) : undefined
      const base = relative?.from === 'start' ? this.#anchor : this.#lastTimed
      if (relative && base?.clock) {
        // `About 10 minutes later we decided to revert`: the entry before's time, and as long again.
        const said: WrittenTime = {
          unknown: false,
          start: relative.start,
          end: relative.start + relative.text.length,
          text: relative.text,
          approximate: relative.approximate
        }
        raw = this.#entry(kind, text.text, shiftedFrom(base, relative.seconds, said), place, here)
      } else if (first && (labelled || (here.timeline && !this.#host))) {
        // (Under a comment's stamp, a time inside what it says is a time it mentions.)
        own = first
        // (`I got to a laptop around quarter to four. At 15:47 UTC I moved the tag back`: the
        // sentence of a later time is its entry's words, not this one's.)
        const next = mentions.find((mention) => mention !== first && mention.start >= first.end)
        const to = next ? sentenceStart(text.text, first.end, next.start) : -1
        ownWords = to
        const rest = text.text
          .slice(first.end, to > 0 ? to : undefined)
          .replace(/^[\s:|,–—\]-]+/, '')
          .trimEnd()
        const before = text.text.slice(0, first.start).replace(/[\s:=|,([–—-]+$/, '')
        raw = this.#entry(
          kind,
          labelled ? withLabel(before, rest) : joinText(before, rest),
          first.written,
          place,
          here
        )
        // (`Thursday, just after half past eight: ...`: the weekday the time is on leads with it.)
        if (
          !labelled &&
          before.length > 0 &&
          !(first.written.weekday !== undefined && onlyWeekdayBefore(`${before} `))
        )
          raw.within = true
      }
    }
    if (raw) {
      raw.group = group
      this.events.push(raw)
    }
    this.#linked(text, place, raw)
    const others = all.filter((mention) => mention !== own)
    if (others.some(timed)) {
      // The entry's own time is not part of the words around the others (`07:31 - alert fired,
      // acknowledged at 07:33`): blanked, every offset kept.
      const timeEnd =
        leading && !('impossible' in leading)
          ? Math.max(leading.end, ownWords)
          : own && Math.max(own.end, ownWords)
      // (`Ana [10:42 AM] customers say ...`: the bracket closing the time is the time's.)
      const ownEnd =
        timeEnd === undefined ? undefined : timeEnd + (/^\]/.test(text.text.slice(timeEnd)) ? 1 : 0)
      const words =
        ownEnd === undefined ? text : {...text, text: ' '.repeat(ownEnd) + text.text.slice(ownEnd)}
      this.#mentions(words, others, here, place, raw ?? this.#host)
    }
    return raw
  }

  #paragraph(paragraph: Paragraph, here: Where): boolean {
    if (!here.timeline && this.#quiet([paragraph])) {
      // (`**saturday the 14th**` over a story told in prose: the day of what follows, as in a
      // timeline.)
      const alone = paragraph.children.length === 1 && paragraph.children[0]?.type === 'strong'
      const ofMonth = alone ? dayOfMonth(toString(paragraph)) : undefined
      if (!ofMonth) return false
      this.events.push({
        type: 'day',
        date: {month: 1, day: ofMonth.day},
        place: placeOf(paragraph),
        ofMonth
      })
      return true
    }
    const text = blockText([paragraph])
    const place = placeOf(paragraph)
    // (`**Monday 11 August 2025 — Night Shift (C Crew)**`: a line set whole in bold, a day and
    // the name of its part, heads the entries below it as a day heading does.)
    const boldDay =
      paragraph.children.length === 1 && paragraph.children[0]?.type === 'strong'
        ? bareDate(text.text.replace(/\s+[—–-]\s+[^\d\n]{1,48}$/, ''))
        : undefined
    const bareDay = bareDate(text.text) ?? boldDay
    // (`**Tuesday evening.** Traffic climbed ...`: a weekday set in bold at the head of a paragraph
    // of the story dates what it tells.)
    const lead = paragraph.children[0]
    const ofWeek =
      here.timeline && !bareDay && lead?.type === 'strong'
        ? weekdayAlone(toString(lead))
        : undefined
    if (ofWeek !== undefined)
      this.events.push({type: 'day', date: {month: 1, day: 1}, place, ofWeek})
    if (bareDay) {
      this.events.push({type: 'day', date: bareDay, place})
      return true
    }
    // `Tue 13 May` on a line of its own, then `  02:10  Nightly publish job starts`, in one
    // paragraph of a plain-text timeline (a mail's): the day, then its lines.
    const lineBreak = here.timeline ? text.text.indexOf('\n') : -1
    const dayLine = lineBreak > 0 ? bareDate(text.text.slice(0, lineBreak)) : undefined
    if (dayLine && startsWithTime(/^[^\n]*/.exec(text.text.slice(lineBreak + 1))?.[0] ?? '')) {
      this.events.push({type: 'day', date: dayLine, place})
      const rest = slice(text, lineBreak + 1, text.text.length)
      this.#lines_(rest, here, this.#place(text, lineBreak + 1) ?? place)
      return true
    }
    const ofMonth = dayOfMonth(text.text)
    if (ofMonth) {
      this.events.push({type: 'day', date: {month: 1, day: ofMonth.day}, place, ofMonth})
      return true
    }
    // `All times UTC, 6 March 2026.`: a statement of the zone that gives the day. (So does the
    // sentence of one after a title of its own: `Diagnosis and fix. Still June 2nd, UTC.`)
    const last = text.text.lastIndexOf('. ', text.text.length - 2) + 1
    const whole = documentDate(text.text) === 'date'
    if (!text.text.includes('\n') && (whole || documentDate(text.text.slice(last)) === 'date')) {
      const [only, ...more] = findMentions(text.text)
      if (
        only &&
        more.length === 0 &&
        (whole || only.start >= last) &&
        only.written.date &&
        !only.written.clock
      ) {
        this.events.push({type: 'day', date: only.written.date, place})
        return true
      }
    }
    const anchor = anchorStatement(text.text)
    if (anchor) this.#anchor = anchor
    this.#recordingFrom(text.text)
    // (`**Start time:** 9:47 AM PDT` atop a call's notes: what `at 18:12 into the call` counts from.)
    if (!this.#anchor) {
      const started = callStart.exec(text.text)
      const clock = started
        ? findMentions(text.text.slice(started.index + started[0].length, started.index + 80)).find(
            (mention) => mention.written.clock
          )
        : undefined
      if (clock) this.#anchor = clock.written
    }
    const before = this.events.length
    // In a timeline, lines a time leads, or a label and its time (`Resolved 14:10 UTC`): each such
    // line starts an entry. Elsewhere a paragraph is prose, read sentence by sentence.
    // (`• 1:44 PM — monitor triggered`: a line a bullet glyph opens, as a chat tool's export writes it.)
    const firstLine = (/^[^\n]*/.exec(text.text)?.[0] ?? '').slice(glyphLength(text.text))
    const led =
      startsWithTime(firstLine) ||
      labelledTime(firstLine) ||
      (readCompactClock(firstLine) !== undefined && compactStyle(text.text.split('\n')))
    // (A table's rows left as text under their header, `| Time | Event |` without its `|---|`
    // line: the rows a clock leads are the entries, the header no part of them.)
    if (here.timeline && (led || linesLed(text.text))) this.#lines_(text, here, place)
    // `[10:42 AM] maria.k: anyone else seeing 502s?` line after line, outside a timeline
    // section: a chat pasted as it was, a timeline of its own.
    // (`**2/12**`, `Timeline first, all times ET:`, then a line for each time: the same, under its
    // caption.)
    else if (linesLed(text.text))
      this.#lines_(
        text,
        {...here, origin: 'timeline', timeline: true, group: this.#groups++},
        place
      )
    else this.#prose(text, here, place)
    return this.events.length > before
  }

  /** A paragraph of a timeline whose lines a time leads: each such line starts an entry, the others continue it. */
  #lines_(text: BlockText, here: Where, place: Place): void {
    let current: {from: number; to: number} | undefined
    const spans: Array<{from: number; to: number}> = []
    const lines = [...text.text.matchAll(/[^\n]+/g)].map((line) => line[0])
    const compact = compactStyle(lines)
    const columnar = columnarClocks(lines)
    for (const line of unitsOf(text.text)) {
      const glyph = glyphLength(line.text)
      const from = line.from + glyph
      // (A row left as text ends on its bar: `| 09:14 | Deploy started |`.)
      const to =
        line.from +
        (line.text.startsWith('|') ? line.text.replace(/\s*\|\s*$/, '') : line.text).length
      const body = line.text.slice(glyph)
      if (clockLed(body, compact, columnar) || labelledTime(body)) {
        current = {from, to}
        spans.push(current)
      } else if (current) current.to = to
    }
    const outer = this.#compact
    const outerBare = this.#compactBare
    this.#compact = compact || columnar
    this.#compactBare = columnar
    for (const span of spans) {
      const piece = slice(text, span.from, span.to)
      const at = this.#place(text, span.from) ?? place
      this.#unit(piece, here, at, 'paragraph', here.group)
    }
    this.#compact = outer
    this.#compactBare = outerBare
  }

  #table(table: Table, here: Where): boolean {
    const [head, ...rows] = table.children
    if (!head || rows.length === 0) return false
    const headers = head.children.map((cell) => toString(cell).trim())
    const body = rows.map((row) => row.children.map((cell) => toString(cell).trim()))
    const found = timeColumns(headers, body)
    if (found === undefined) return this.#cells(table, headers, here)
    const {columns, dateIndex, clockIndex, zoneIndex} = found
    // Outside a timeline, a table of times beside numbers only is data (a query's rows), not events.
    if (!here.timeline && !hasWords(body, dateIndex, clockIndex)) return false
    const group = here.timeline ? here.group : this.#groups++
    const zone =
      headerZone(headers[dateIndex] ?? '') ??
      (clockIndex === undefined ? undefined : headerZone(headers[clockIndex] ?? '')) ??
      here.zone
    const rowHere: Where = {...here, zone}
    // (`| When (UTC, March 8) | What |`: the day the header gives its column's clocks.)
    const headerDay = findMentions(headers[clockIndex ?? dateIndex] ?? '').find(
      (mention) => mention.written.date && !mention.written.clock
    )?.written.date
    if (headerDay) this.events.push({type: 'day', date: headerDay, place: placeOf(head)})
    // (`| Phase | Start | End |`: each row a span, its end in a column of its own.)
    const endIndex = spanStart.test(headers[clockIndex ?? dateIndex] ?? '')
      ? headers.findIndex(
          (header, index) =>
            index !== dateIndex &&
            index !== clockIndex &&
            spanEnd.test(header) &&
            (columns[index]?.clocks ?? 0) > 0
        )
      : -1
    let rowBefore: WrittenTime | undefined
    for (const [rowIndex, cells] of body.entries()) {
      const row = rows[rowIndex]
      if (!row) continue
      // One time column: its cells were read to profile it; a date and a time column: read together.
      let written =
        clockIndex === undefined
          ? (columns[dateIndex] as ColumnProfile).times[rowIndex]
          : rowTime(cells[dateIndex] ?? '', clockCell(cells[clockIndex] ?? ''))
      // (`| ~25 min later | #1184 opened |`: a row's time told by its distance from the row before.)
      if (!written) written = afterRowBefore(cells[clockIndex ?? dateIndex] ?? '', rowBefore)
      const ending = endIndex === -1 ? undefined : columns[endIndex]?.times[rowIndex]
      if (
        written &&
        !('impossible' in written) &&
        written.clock &&
        !written.rangeEnd &&
        ending &&
        !('impossible' in ending) &&
        ending.clock
      ) {
        const rangeEnd: WrittenPoint = {clock: ending.clock, unknown: false}
        if (ending.date) rangeEnd.date = ending.date
        if (ending.zone) rangeEnd.zone = ending.zone
        written = {...written, rangeEnd}
      }
      if (written && !('impossible' in written) && written.clock) rowBefore = written
      // (`| 02.14 | BST | MOM on site |`: the row's zone in a column of its own.)
      const rowZone = zoneIndex === undefined ? undefined : readZone(cells[zoneIndex] ?? '')
      if (rowZone && written && !('impossible' in written) && written.clock && !written.zone)
        written = {...written, zone: {...rowZone, start: written.end, end: written.end}}
      // (`| 06:34:50 | Callout acknowledged | | `: the row's words in the other column named for them
      // when the first is empty.)
      const textIndex =
        found.textIndex !== undefined &&
        !cells[found.textIndex] &&
        found.otherTextIndex !== undefined
          ? found.otherTextIndex
          : found.textIndex
      // (`| 6:14 AM | Acknowledge INC-1, open bridge | D. K. | Ticket opened 6:08 AM from the
      // lead's call (6:05). |`: the notes beside what was done are the row's words too, and their
      // times its mentions.)
      const notesIndex =
        textIndex === found.textIndex && found.otherTextIndex !== undefined
          ? found.otherTextIndex
          : undefined
      const text = textIndex === undefined ? '' : (cells[textIndex] ?? '')
      // Outside a timeline, a row without a time (`| Severity | SEV2 |`) or that dates the
      // document itself (`| Date | 2022-11-08 |`) is no entry.
      if (!here.timeline) {
        if (!written || 'impossible' in written) continue
        const field = written.clock ? undefined : documentDate(`${text}: ${written.text}`)
        if (field === 'date' && written.date)
          this.events.push({type: 'day', date: written.date, place: placeOf(row)})
        if (field) continue
      }
      // (`| 14:19 | 14:24 | Impact onset. ... Automated alert fires at 14:21. ... |`: a row of a phase,
      // its words up to the first sentence with a time of its own the row's, the rest told at their
      // own times.)
      // (A time of another day is a reference, `certificate expired (notAfter 14NOV24 0300Z)`, no
      // event of the row's; and the row keeps a few words at least.)
      const cell =
        textIndex !== undefined && row.children[textIndex]
          ? blockText([row.children[textIndex] as Nodes])
          : undefined
      // (`| 07:42 | 18:42 | First 503s at 07:42. |`: the row's moment in its other time column,
      // local where the one read is UTC, told again in its words, is no time of its own.)
      const otherClocks = columns.flatMap((column, index) => {
        const clock = column.times[rowIndex]
        return index !== dateIndex &&
          index !== clockIndex &&
          column.clocks > 0 &&
          clock &&
          !('impossible' in clock) &&
          clock.clock
          ? [clockMinutes(clock.clock)]
          : []
      })
      const rowClock = written && !('impossible' in written) ? written.clock : undefined
      const toldAgain = (mention: Mention) =>
        mention.written.clock !== undefined &&
        mention.written.date === undefined &&
        otherClocks.some(
          (other) => Math.abs(clockMinutes(mention.written.clock as WrittenClock) - other) <= 2
        )
      const mentions = (cell ? findMentions(cell.text, this.#dotted) : []).filter(
        (mention) => !toldAgain(mention)
      )
      const ownTime = (mention: Mention) =>
        rowClock !== undefined &&
        mention.written.clock !== undefined &&
        !mention.written.date &&
        clockMinutes(mention.written.clock) !== clockMinutes(rowClock) &&
        !toldAgain(mention)
      // (The row's words as written, read again only when a time of its own is told in them.)
      const told = mentions.some(ownTime)
        ? findMentions(text, this.#dotted).find(ownTime)
        : undefined
      // (`| 06:40 | Disk full. The channel stops delivering; the last result delivered is from
      // 06:39. |`: where the row is cut before a sentence, the clause before its semicolon is the
      // row's, the one after it the earlier time's.)
      const sentence = told ? sentenceStart(text, 0, told.start) : -1
      const start =
        sentence > 0 ? Math.max(sentence, clauseAfterSemicolon(text, told?.start ?? 0)) : sentence
      const cut = start > 0 && text.slice(0, start).split(/\s+/).length >= 3 ? start : -1
      const raw = this.#entry(
        'table',
        cut > 0 ? `${text.slice(0, cut).trimEnd()}${untimedTail(text, mentions, rowClock)}` : text,
        undefined,
        placeOf(row),
        rowHere
      )
      raw.group = group
      if (written && 'impossible' in written) raw.impossible = written
      else if (written)
        raw.written = written.sinceAnchor === undefined ? written : this.#anchored(written)
      raw.cells = Object.fromEntries(
        headers.map((header, index) => [header || `column ${index + 1}`, cells[index] ?? ''])
      )
      // A `Milestone` column marks rows the way `[detected]` marks list items.
      for (const [index, header] of headers.entries()) {
        if (!/^milestones?$/i.test(header)) continue
        for (const word of (cells[index] ?? '').toLowerCase().split(/[\s,;/]+/)) {
          if (milestoneWords.has(word) && !raw.markers.includes(word)) raw.markers.push(word)
        }
      }
      this.events.push(raw)
      if (cell && mentions.length > 0) this.#mentions(cell, mentions, rowHere, placeOf(row), raw)
      const notesCell =
        notesIndex !== undefined && cells[notesIndex]?.trim() && row.children[notesIndex]
          ? blockText([row.children[notesIndex] as Nodes])
          : undefined
      if (notesCell) {
        const noted = findMentions(notesCell.text, this.#dotted).filter(
          (mention) => !toldAgain(mention)
        )
        if (noted.length > 0) this.#mentions(notesCell, noted, rowHere, placeOf(row), raw)
      }
      // (`| KST (Mar 20) | ... |` over `| *Mar 18* 11:00–13:00 | ... | patch deployed |`: a row
      // that gives its own day dates itself; the rows after it are on the header's day again.)
      if (
        headerDay &&
        written &&
        !('impossible' in written) &&
        written.date &&
        (written.date.month !== headerDay.month || written.date.day !== headerDay.day)
      )
        this.events.push({type: 'day', date: headerDay, place: placeOf(row)})
    }
    return true
  }

  /** A table without a time column: each time a cell mentions, with the rest of its row as the text. */
  #cells(table: Table, headers: string[], here: Where): boolean {
    const before = this.events.length
    for (const row of table.children.slice(1)) {
      for (const [index, cell] of row.children.entries()) {
        const text = blockText([cell])
        const mentions = findMentions(text.text, this.#dotted)
        if (mentions.length === 0) continue
        const others = row.children
          .filter((_, other) => other !== index)
          .map((other) => toString(other).trim())
          .filter(Boolean)
        const zone = headerZone(headers[index] ?? '') ?? here.zone
        // (`14:07 (impact start) → 14:19 (first alert)`: times each with a note in brackets, an
        // arrow between.)
        const noted =
          mentions.length > 1 &&
          mentions
            .slice(1)
            .every((mention, at) =>
              notedGap.test(text.text.slice((mentions[at] as Mention).end, mention.start))
            )
        // (`| Written | 13 September 2024 |`, `| Készült | 2024. szeptember 13. |`: a field of
        // the document's own day, in a table of fields, dates no event; `| Date | ... |` the
        // day of what follows, as in a timeline's table.)
        const key = index > 0 ? toString(row.children[0] as Nodes).trim() : ''
        for (const [at, mention] of mentions.entries()) {
          if (!mention.written.clock && paperworkDay(text.text.slice(0, mention.start))) continue
          // (A stamp with its clock too: `| Draft | 17.07.2024, 14:20 |`.)
          const field =
            key && at === 0 && mention.start < 4
              ? documentDate(`${key}: ${mention.written.text}`)
              : undefined
          if (field === 'stamp') continue
          if (field === 'date' && !mention.written.clock) {
            if (mention.written.date)
              this.events.push({type: 'day', date: mention.written.date, place: placeOf(row)})
            continue
          }
          // (`| (14:10) latency climbs | 2 |`: a card's time in brackets, and its count of votes,
          // are no words of what happened.)
          // (`14:07 (impact start) → 14:19 (first alert)`: each time with its own note, the words
          // before the first shared.)
          const next = noted ? mentions[at + 1] : undefined
          const own = !noted || at === 0 ? text.text.slice(0, mention.start) : ''
          const told = text.text.slice(mention.end, next?.start ?? text.text.length)
          const after = next ? told.replace(/[\s→>=–—-]+$/, '') : told
          const label = [own.replace(/[([]\s*$/, ''), after.replace(/^\s*[)\]]/, '')]
            .map((part) => part.trim())
            .filter(Boolean)
          const words = label.length > 0 ? others.filter((other) => !/^\d+$/.test(other)) : others
          const raw = this.#entry(
            'prose',
            [...words, ...label].join(' — '),
            mention.written,
            this.#place(text, mention.start) ?? placeOf(row),
            {...here, zone}
          )
          raw.block = this.#blocks
          this.events.push(raw)
        }
      }
      this.#blocks++
    }
    return this.events.length > before
  }

  /** A paragraph, heading or sentence-long item of prose: every time it mentions, with the words of its clause. */
  #prose(text: BlockText, here: Where, place: Place, kind: 'prose' | 'heading' = 'prose'): void {
    const mentions = this.#withRelative(text.text, findMentions(text.text, this.#dotted))
    if (mentions.some(timed)) this.#mentions(text, mentions, here, place, this.#host, kind)
    this.#linked(text, place, undefined)
  }

  /**
   * The clocks of a text that look back before the one told just before them in their sentence
   * (`By 05:01 he had it: the stamp was from 02:40`): references, which move no story's time.
   */
  #markLookBacks(text: string, mentions: readonly Mention[]): void {
    let told: Mention | undefined
    for (const mention of mentions) {
      const clock = mention.written.clock
      if (!clock) continue
      if (told && looksBackFrom(told.written, clock, text.slice(told.end, mention.start)))
        this.#lookedBack.add(mention.written)
      else told = mention
    }
  }

  /**
   * The times a text mentions, with those it tells relative to another (`four minutes later`,
   * `twelve minutes after the deploy finished`) given the clock they come to: counted from the
   * clock told just before, or from the earlier entry whose words name the event. One whose
   * moment is not found keeps no clock: it only ends the clause before it, and is no entry.
   */
  #withRelative(text: string, mentions: Mention[]): Mention[] {
    const relative = relativeTimes(text).filter(
      (found) => !mentions.some((mention) => mention.start < found.end && mention.end > found.start)
    )
    this.#markLookBacks(text, mentions)
    if (relative.length === 0) return mentions
    const all = [...mentions, ...relative].sort((a, b) => a.start - b.start)
    let last = this.#told
    const placed: Mention[] = []
    for (const mention of all) {
      const after = mention.written.after
      if (!after) {
        placed.push(mention)
        // (`By 05:01 he had it: the mirror's stamp was from 02:40. He disabled it eight minutes
        // later`: a clock looked back to is a reference, and the story's time stays where it was.)
        if (mention.written.clock && !this.#lookedBack.has(mention.written)) last = mention.written
        continue
      }
      // `At 10:27 UTC, 40 minutes after the onset`: the time just written, told again.
      const previous = placed.at(-1)
      if (previous && /^[\s,(–—-]*$/.test(text.slice(previous.end, mention.start))) continue
      // (An event told earlier in the same text: the sentence of each clock before it, not the
      // relative time's own words: `at 10:36, 49 minutes after the onset`.)
      const earlier = after.event
        ? placed
            .filter((other) => other.written.clock)
            .slice(-sameTextBack)
            .map((other) => ({
              text: sentenceAround(text, other.start, other.end, mention.start),
              written: other.written
            }))
        : []
      const base = after.event ? this.#toldEvent(after.event, earlier, after.thing) : last
      if (!base?.clock) {
        // (Unless a clock written in the same sentence before it may be the moment it tells
        // again: `From 10:36 affected services began to recover, with 95% working normally 49
        // minutes after the onset`.)
        const same = previous && !/[.!?]\s/.test(text.slice(previous.end, mention.start))
        if (!(same && previous.written.after === undefined)) placed.push(mention)
        // (`Alert fired 5 minutes after impact began. Ack was 4 minutes after that.`: a time after
        // one whose moment is not found is not found either.)
        last = undefined
        continue
      }
      const written = shiftedFrom(base, after.seconds, mention.written)
      placed.push({...mention, written})
      last = written
    }
    return placed
  }

  /**
   * The time of the latest entry whose words share the most with an event's (`the deploy
   * finished`): two words at least, or the one an event of one word has (`the swap`), or the
   * thing an event of a thing and its verb names (`the finale went out`).
   */
  #toldEvent(
    words: readonly string[],
    earlier: ReadonlyArray<{text: string; written: WrittenTime}>,
    thing?: string
  ): WrittenTime | undefined {
    const needed = Math.min(2, words.length)
    let best: {written: WrittenTime; shared: number} | undefined
    // (The last entries only, each read once: an event is named soon after it is told.)
    const told: Array<{text: string; written: WrittenTime}> = []
    const stop = Math.max(0, this.events.length - eventsBack * 5)
    for (let index = this.events.length - 1; index >= stop && told.length < eventsBack; index--) {
      const event = this.events[index] as TimelineEvent
      if (event.type === 'entry' && event.written?.clock)
        told.unshift({text: event.text, written: event.written})
    }
    for (const event of [...told, ...earlier]) {
      const own = this.#eventWords(event.text)
      const shared = words.filter((word) => own.has(word)).length
      // (`six minutes after the finale went out`, told as `the season finale dropped at 9:00`.)
      const found = shared >= needed || (thing !== undefined && own.has(thing))
      if (found && shared >= (best?.shared ?? 0)) best = {written: event.written, shared}
    }
    return best?.written
  }

  /**
   * The stems of an entry's words, remembered; not words it itself counts from (`40 minutes
   * after the onset` tells no onset).
   */
  #eventWords(text: string): Set<string> {
    let words = this.#wordsOf.get(text)
    if (!words) {
      words = new Set(eventWords(text.replace(/\bafter\s+[^.,;:!?()]*/gi, ' ')))
      this.#wordsOf.set(text, words)
    }
    return words
  }

  #mentions(
    text: BlockText,
    mentions: Mention[],
    here: Where,
    place: Place,
    host: RawEntry | undefined,
    kind: 'prose' | 'heading' = 'prose'
  ): void {
    const block = this.#blocks++
    const clauses = new Clauses(text.text, mentions)
    // `**From:** ... **Date:** Tue, 16 Sep 2025 16:37:12 -0400 **Subject:** ...`: the headers a
    // report opens with say when it was sent, no event of the story.
    const sent = mailHeaders(text.text) ? sentLine.exec(text.text) : null
    for (const [index, mention] of mentions.entries()) {
      // (A time told relative to a moment not found: it ends the clause before it, no more.)
      if (!timed(mention)) continue
      if (sent && mention.start >= sent.index && mention.start < sent.index + sent[0].length)
        continue
      // `Date: 2021-11-02`: the document's own date, not an event but the day of the times below
      // it; `Last updated: ...` says when it was written.
      if (!mention.written.clock && mention.written.date) {
        const sentence = clauses.sentence(mention.start, mention.end)
        // `Incident day, Sunday 7 September 2025:` before a table: the day of what follows.
        // `**Timeline (Mon 3/10, ET)**`: a timeline's title line with its day.
        const introduces =
          mentions.length === 1 &&
          text.text.length <= 80 &&
          (/:\s*$/.test(text.text) ||
            /^(?:timeline|chronology|sequence of events|log)\b/i.test(text.text))
        // `The interim update of 14th February gave ...`, `(review held 21.02.2025)`: the day of a
        // document or of its review, no event, and no day of the times told around it.
        if (paperworkDay(text.text.slice(sentence.from, mention.start))) continue
        const field = introduces
          ? 'date'
          : documentDate(text.text.slice(sentence.from, sentence.to))
        if (field === 'date') {
          const at = this.#place(text, mention.start) ?? place
          const mark: DayMark = {type: 'day', date: mention.written.date, place: at}
          if (nightBefore.test(text.text.slice(sentence.from, mention.start))) mark.night = true
          this.events.push(mark)
        }
        if (field) continue
      }
      const clause = clauses.of(index)
      const raw = this.#entry(
        kind === 'heading' ? 'heading' : 'prose',
        clause.text,
        mention.written,
        this.#place(text, mention.start) ?? place,
        here
      )
      raw.block = block
      if (clause.leads) raw.leads = true
      if (host) raw.host = host
      this.events.push(raw)
    }
  }

  #entry(
    kind: TimelineEntry['kind'],
    text: string,
    written: WrittenTime | undefined,
    place: Place,
    here: Where
  ): RawEntry {
    const markers: string[] = []
    let clean = text
    if (clean.includes('[')) {
      clean = clean.replace(markerPattern, (whole: string, name: string, at: number) => {
        // (`[RESOLVED] UpiSuccessRateLow`: an alerting tool's state for one alert, in capitals,
        // not the author's marker for the incident; so is `🔴 [Triggered] checkout 5xx > 5%`, a
        // state capitalised before what it is of, where the author's marker ends the entry.)
        if (name === name.toUpperCase()) return whole
        if (name !== name.toLowerCase() && /^\W*\p{L}/u.test(clean.slice(at + whole.length)))
          return whole
        markers.push(name.toLowerCase())
        return ''
      })
    }
    // Most entries have single spaces only: leave them as they are rather than rebuild them.
    if (/\s\s|[^\S ]/.test(clean)) clean = clean.replace(/\s+/g, ' ')
    clean = clean.trim()
    const raw: RawEntry = {type: 'entry', kind, origin: here.origin, text: clean, markers, place}
    const anchored = written?.sinceAnchor === undefined ? written : this.#anchored(written)
    if (anchored) raw.written = anchored
    if (here.timeline && kind !== 'prose' && anchored?.clock) this.#lastTimed = anchored
    if (anchored?.clock && !(written && this.#lookedBack.has(written))) this.#told = anchored
    if (here.zone) raw.sectionZone = here.zone
    raw.sections = here.sections
    return raw
  }

  /** A statement of when a recording started makes that time the anchor of its stamps. */
  #recordingFrom(text: string): void {
    const start = recordingStart(text)
    if (!start) return
    this.#anchor = start
    this.#recording = true
  }

  /**
   * An offset from T0 (`T+1h05m`) as the clock, and day, it comes to: the T0 the report
   * states, plus the offset, in its zone. Without a T0 stated above, the offset as written
   * (no clock: the entry is not placed).
   */
  #anchored(written: WrittenTime): WrittenTime {
    const anchor = this.#anchor
    if (!anchor?.clock) return written
    return shiftedFrom(anchor, written.sinceAnchor ?? 0, written)
  }

  /** The source place of an offset into a block's text. */
  #place(text: BlockText, offset: number): Place | undefined {
    const at = sourceOffset(text, offset)
    return at === undefined ? undefined : this.#lines.place(at)
  }

  /** The instants of the messages a unit links to. */
  #linked(text: BlockText, place: Place, entry: RawEntry | undefined): void {
    for (const url of text.links) {
      const ms = linkInstant(url)
      if (ms === undefined) continue
      const anchor: Anchor = {ms, place}
      if (entry) anchor.entry = entry
      this.anchors.push(anchor)
    }
  }

  /** Timestamps with a date and a zone in quoted logs and code: `2024-05-03T18:05:12Z ERROR ...`. */
  #quoted(block: RootContent, entry?: RawEntry): void {
    const text = block.type === 'code' ? block.value : toString(block, {includeHtml: false})
    if (text.length > 20_000 || !mayMention(text)) return
    for (const mention of findMentions(text)) {
      const written = mention.written
      if (!written.zone || !written.date || !written.clock || written.rangeEnd) continue
      const anchor: Anchor = {written, place: placeOf(block)}
      if (entry) anchor.entry = entry
      this.anchors.push(anchor)
    }
  }
}

/**
 * A day without its year that ends a heading after a dash or a colon (`Server incident — Tuesday,
 * September 17`): the day of the section, its year the report's. A remark in brackets may follow
 * it (`Day 1 — Thursday Oct 31 (event launch)`).
 */
function trailingDay(title: string): WrittenDate | undefined {
  const mentions = findMentions(title)
  const last = mentions.at(-1)
  if (mentions.length !== 1 || !last?.written.date || last.written.clock || last.written.rangeEnd)
    return undefined
  const before = title.slice(0, last.start)
  const after = title.slice(last.end)
  return /[—–:-]\s*(?:[A-Z][a-z]+,?\s*)?$/.test(before) && /^[\s.)]*(?:\([^()]*\)\s*)?$/.test(after)
    ? last.written.date
    : undefined
}

/** The kind of section an entry outside the timeline stands in. */
function originOf(section: OutlineSection): EntryOrigin {
  for (let current: OutlineSection | undefined = section; current; current = current.parent) {
    if (origins.has(current.kind)) return current.kind as EntryOrigin
  }
  return 'prose'
}

function unreadWithin(section: OutlineSection): boolean {
  for (let current: OutlineSection | undefined = section; current; current = current.parent) {
    if (unread.has(current.kind)) return true
  }
  return false
}

/** `**Key events**`, `**Context**:`: a bold label that opens a list item. */
function itemLabel(paragraph: Paragraph): string | undefined {
  const label = labelOf(paragraph)
  if (label !== undefined) return label
  const [first] = paragraph.children
  if (first?.type !== 'strong') return undefined
  const text = toString(first).trim()
  return /^[^\d]{1,40}:?$/.test(text) ? text.replace(/:$/, '') : undefined
}

/** A piece of a block's text, with its map to the source. */
function slice(text: BlockText, from: number, to: number): BlockText {
  const starts: number[] = []
  const sources: Array<number | undefined> = []
  for (const [index, start] of text.starts.entries()) {
    const next = text.starts[index + 1] ?? Number.POSITIVE_INFINITY
    if (next <= from || start >= to) continue
    const source = text.sources[index]
    starts.push(Math.max(0, start - from))
    sources.push(source === undefined ? undefined : source + Math.max(0, from - start))
  }
  const links = text.links
  return {text: text.text.slice(from, to), starts, sources, links}
}

/**
 * The time a report calls T0, for the offsets of its timeline (`T+9m`): `T0 = 14:20 PST
 * on Monday 9 February 2026`, `T0: 2026-02-09 22:20 UTC`, `T+0 = 13:20 UTC`, `times are
 * relative to 14:20 UTC`.
 */
function anchorStatement(text: string): WrittenTime | undefined {
  const statement =
    /\b(?:T|[A-Z](?=\s?[+±]\s?0))\s?[+±]?\s?0\b\s*(?:=|:|is\b|was\b|at\b|→)|\b(?:relative\s+to|offsets?\s+(?:from|since))\b/.exec(
      text
    ) ?? /\b(?:relative\s+to|offsets?\s+(?:from|since))\b/i.exec(text)
  if (statement) {
    const from = statement.index + statement[0].length
    const mention = findMentions(text.slice(from, from + 160)).find((found) => found.written.clock)
    if (mention) return mention.written
  }
  // `... at 9:00 AM Pacific. We'll call that L+0 below.`, `at 9:00 AM Pacific (L+0)`: the time
  // before the name the report gives it.
  const named =
    /\b(?:call(?:s|ed)?|refer(?:red)?\s+to|known\s+as|denoted?)\s+(?:(?:that|this|it|the\s+\w+)\s+)?(?:as\s+)?["“*_`]*[A-Z]\s?[+±]?\s?0\b|\(\s*[A-Z]\s?[+±]?\s?0\s*\)/.exec(
      text
    )
  if (!named) return undefined
  const before = findMentions(text.slice(Math.max(0, named.index - 240), named.index)).filter(
    (found) => found.written.clock
  )
  return before.at(-1)?.written
}

/**
 * When a recording started, as a report states it to place the stamps of its excerpts: `Priya
 * opened the bridge at 11:09 PST and the recording starts at that moment`, `stamps are from the
 * start of the recording (14:02 UTC)`. The clock nearest the words, before them first.
 */
function recordingStart(text: string): WrittenTime | undefined {
  const statement = recordingWords.exec(text)
  if (!statement) return undefined
  const before = findMentions(
    text.slice(Math.max(0, statement.index - 160), statement.index)
  ).filter((found) => found.written.clock)
  if (before.length > 0) return before.at(-1)?.written
  const from = statement.index + statement[0].length
  return findMentions(text.slice(from, from + 120)).find((found) => found.written.clock)?.written
}

const recordingWords =
  /\b(?:recording\b[^.;\n]{0,40}?\b(?:starts?|started|begins?|began|opens?|opened)|(?:start|beginning)\s+of\s+the\s+recording)\b/i

/** After a stamp, that it counts into a call: `18:12 into the call`, `02:05 into the meeting`. */
const intoCall = /^\s*into\s+the\s+(?:call|meeting|recording|bridge|session)\b/i

/**
 * A stamp that counts into a call (`at 18:12 into the call`, `at 1:02:40 into the meeting`) as an
 * offset from its start: minutes and seconds, or hours too; its words, `into the call`, are no
 * words of the entry.
 */
function intoCallOffset(text: string, time: WrittenTime): WrittenTime | undefined {
  const clock = time.clock
  if (!clock || time.date || time.zone) return undefined
  const after = time.start + time.text.length
  const into = intoCall.exec(text.slice(after))
  if (!into) return undefined
  const rest = /^[\s*_]*(?:[-–—:|,]+[\s*_]*)?/.exec(text.slice(after + into[0].length))
  return {
    ...time,
    end: after + into[0].length + (rest?.[0].length ?? 0),
    sinceAnchor: clock.second === undefined ? clock.hour * 60 + clock.minute : stampSeconds(clock)
  }
}

/** A call's notes' field of when it started: `Start time:`, `Call started at`. */
const callStart =
  /\b(?:start\s+time|(?:call|meeting|bridge|recording)\s+start(?:ed|s)?(?:\s+at)?)\b\W{0,4}/i

/** A stamp in square brackets, hours, minutes and seconds, and nothing else: `[00:14:32]`. */
function recordingStamp(text: string, time: WrittenTime): boolean {
  return (
    time.clock?.second !== undefined &&
    !time.zone &&
    !time.date &&
    /\[\s*$/.test(text.slice(0, time.start)) &&
    /^\d{1,2}:\d{2}:\d{2}$/.test(time.text)
  )
}

const stampSeconds = (clock: WrittenClock) =>
  clock.hour * 3600 + clock.minute * 60 + (clock.second ?? 0)

/** The weekday a bold lead names alone, with maybe its part of the day: `Tuesday evening.`. */
function weekdayAlone(text: string): number | undefined {
  const named = weekdayLead.exec(text.trim())
  return named ? weekdays.indexOf((named[1] as string).toLowerCase()) : undefined
}

const weekdayLead = new RegExp(
  `^(${weekdayNames})(?:\\s+(?:morning|afternoon|evening|night))?[.:,]?$`,
  'i'
)

/**
 * A time cell that tells its time by the distance from the row before (`~25 min later`, `about 40
 * minutes after that`): the clock it comes to, counted from that row's.
 */
function afterRowBefore(cell: string, before: WrittenTime | undefined): WrittenTime | undefined {
  if (!before?.clock) return undefined
  const [relative] = relativeTimes(cell)
  const after = relative?.written.after
  if (!relative || !after || after.event || relative.start > 2) return undefined
  return shiftedFrom(before, after.seconds, {...relative.written, text: cell.trim()})
}

/**
 * `written` (an offset, a relative time) placed `seconds` after `base`, a time with a clock:
 * its clock, its day when `base` has one, and `base`'s zone.
 */
function shiftedFrom(base: WrittenTime, seconds: number, written: WrittenTime): WrittenTime {
  const clock = base.clock as WrittenClock
  const date = base.date
  const from = Date.UTC(
    date?.year ?? 2000,
    (date?.month ?? 1) - 1,
    date?.day ?? 1,
    clock.hour,
    clock.minute,
    clock.second ?? 0
  )
  const at = new Date(from + seconds * 1000)
  const shifted: WrittenTime = {
    ...written,
    clock: {hour: at.getUTCHours(), minute: at.getUTCMinutes(), hourOnly: false},
    approximate: written.approximate || base.approximate
  }
  if (at.getUTCSeconds() !== 0)
    shifted.clock = {...(shifted.clock as WrittenClock), second: at.getUTCSeconds()}
  if (date) {
    shifted.date = {month: at.getUTCMonth() + 1, day: at.getUTCDate()}
    if (date.year !== undefined) shifted.date.year = at.getUTCFullYear()
  }
  if (base.zone) shifted.zone = {...base.zone, start: written.end, end: written.end}
  return shifted
}

/** The amounts a timeline line counts in words (`ten minutes later`), their values from `number-words`. */
const countWords =
  'a an one two three four five six seven eight nine ten fifteen twenty thirty forty forty-five ninety'
const count = `(\\d{1,3}|${countWords.split(' ').join('|')})`
const unit = '(seconds?|secs?|minutes?|mins?|hours?|hrs?)'
/** `About 3 minutes after that`, `ten minutes later`: from the entry before. */
const afterThat = new RegExp(
  `(?:\\b(about|around|roughly|some|~)\\s*)?\\b${count}\\s+${unit}\\s+(?:later|after(?:wards|\\s+that)?)\\b`,
  'i'
)
/** `An hour in`, `20 minutes in`: from T0. */
const sinceStart = new RegExp(`^(?:(about|around|roughly|~)\\s*)?${count}\\s+${unit}\\s+in\\b`, 'i')

/**
 * A time a timeline line gives relative to the one before it (`About 3
 * minutes after that, ...`) or to T0 (`An hour in: ...`), in its first
 * sentence: the seconds, from which, and the words as written.
 */
function relativeTime(
  line: string
):
  | {seconds: number; from: 'before' | 'start'; text: string; start: number; approximate: boolean}
  | undefined {
  const sentence = /^[^.!?]*/.exec(line)?.[0] ?? ''
  const match = sinceStart.exec(sentence) ?? afterThat.exec(sentence)
  if (!match) return undefined
  const said = (match[2] as string).toLowerCase()
  const number = /^\d/.test(said) ? Number(said) : /^an?$/.test(said) ? 1 : (numberValue(said) ?? 0)
  const per = /^h/i.test(match[3] as string) ? 3600 : /^s/i.test(match[3] as string) ? 1 : 60
  return {
    seconds: number * per,
    from: match[0].trim().toLowerCase().endsWith(' in') ? 'start' : 'before',
    text: match[0].trim(),
    start: match.index,
    approximate: match[1] !== undefined
  }
}

/** How many of the last entries are searched for the event a relative time names. */
const eventsBack = 200
/** How many of the clocks before it in its own text. */
const sameTextBack = 20

/**
 * Whether a clock written after `told`, with `between` between them in one sentence, is earlier
 * than it on the same day (less than twelve hours back): a time looked back to.
 */
function looksBackFrom(
  told: WrittenTime | undefined,
  clock: WrittenClock,
  between: string
): boolean {
  if (!told?.clock || /[.!?]\s/.test(between)) return false
  const back = (clockMinutes(told.clock) - clockMinutes(clock) + 1440) % 1440
  return back > 0 && back < 720
}

/** Whether a mention has its time: not one told relative to a moment not found. */
const timed = (mention: Mention) => !mention.written.after || mention.written.clock !== undefined

/**
 * The time of a row's date and clock cells read together; a date written `22.01.` is read as the
 * day it names, the time keeping the row's own writing.
 */
function rowTime(date: string, clock: string): WrittenTime | ImpossibleTime | undefined {
  const dayMonth = dayMonthCell(date)
  const written = readTimestamp(`${dayMonth ?? date} ${clock}`.trim())
  if (!dayMonth || !written || 'impossible' in written) return written
  return {...written, text: `${date.trim()} ${clock}`.trim()}
}

/**
 * The sentences a row's words end on after the last that tells a time of its own, with a space
 * before them, when that time looks back before the row's: the row's again (`| 08:02 | ... He
 * confirms the certificate expired at 06:12:44. The cause is confirmed on the bridge. |`). After a
 * time later than the row's alone (`At 14:47 engineers confirm ... **Root cause identified.**`),
 * they go on that time's sentence.
 */
function untimedTail(
  text: string,
  mentions: readonly Mention[],
  rowClock: WrittenClock | undefined
): string {
  const last = mentions.at(-1)
  if (!last || !rowClock) return ''
  // (`Scheduler confirms the job started at 11:00 AM instead of 11:00 PM. Cause identified.`: a
  // sentence that looks back to a time before the row's, whatever later time it names beside it.)
  const opened = Math.max(text.lastIndexOf('. ', last.start), 0)
  const looksBack = mentions.some(
    (mention) =>
      mention.start >= opened &&
      mention.written.clock !== undefined &&
      clockMinutes(mention.written.clock) < clockMinutes(rowClock)
  )
  if (!looksBack) return ''
  const stop = /[.!?](?=\s|$)/g
  stop.lastIndex = last.end
  const end = stop.exec(text)
  const tail = end ? text.slice(end.index + 1).trim() : ''
  return tail.split(/\s+/).length >= 2 ? ` ${tail}` : ''
}

/** A clock cell for reading after its date: `2151` as `21:51`, so that it is no year (`01/18 2151`). */
function clockCell(cell: string): string {
  // (`2340H`, `0612h`: the H says a clock, and goes with the figures.)
  const compact = /^\s*([01]\d|2[0-3])([0-5]\d)(?!\d)(?:[Hh](?!\w))?/.exec(cell)
  return compact ? `${compact[1]}:${compact[2]}${cell.slice(compact[0].length)}` : cell
}

/** The sentence a span of a text stands in. */
function sentenceAround(text: string, start: number, end: number, limit: number): string {
  // (Within a few hundred characters either side: a sentence is no longer.)
  const window = Math.max(0, start - 400)
  const before = text.slice(window, start)
  const from = window + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n')) + 1
  const stop = text.slice(end, Math.min(limit, end + 400)).search(/[.!?](?:\s|$)/)
  return text.slice(from, stop === -1 ? Math.min(limit, end + 400) : end + stop)
}

/**
 * Three lines or more, nearly all of which a time leads: a log or a chat pasted as a paragraph.
 * Or three or more a time leads among lines that go on the text of the line before (a plain-text
 * timeline whose long entries wrap: `6:52 pm   Monitoring pages the on-call.` then `The first
 * tickets came in after that.`), at least half of them.
 */
/**
 * Whether a line of a log opens on its time: a clock as written, or, in a log that writes them so,
 * four digits (`2150z  deploy`, `compactStyle`) or four digits and a gap (`2215  deployed`,
 * `columnarClocks`).
 */
function clockLed(line: string, compact: boolean, columnar: boolean): boolean {
  return (
    startsWithTime(line) ||
    (compact && readCompactClock(line) !== undefined) ||
    (columnar && readCompactClock(line, true) !== undefined)
  )
}

function linesLed(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.length < 3) return false
  const led = lines.filter((line) => startsWithTime(line.slice(glyphLength(line)))).length
  return led >= lines.length * 0.8 || (led >= 3 && led >= lines.length * 0.5)
}

/** The paragraphs among blocks that stamp what follows them (`stampsOf`). */
/** A quote whose first line is a chat message's sender and time: `**Shira** [10:42 AM]`. */
function chatQuote(quote: RootContent): boolean {
  const first = quote.type === 'blockquote' ? quote.children[0] : undefined
  return first?.type === 'paragraph' && chatParagraph(first)
}

/** A paragraph whose first line is a chat message's sender and time, or its stamp and sender. */
function chatParagraph(paragraph: Paragraph): boolean {
  const line = /^[^\n]*/.exec(toString(paragraph, {includeHtml: false}))?.[0] ?? ''
  return chatSender.test(line) || stampedMessage.test(line)
}

/** A message led by its stamp and its sender: `[00:14:32] Marcus: found it`. */
const stampedMessage = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:\n\d[\]]{1,40}:\s/

/**
 * A sender and a clock, alone on a line: `Shira Ben-David [10:42 AM]`, `Jess Okafor (CX) 9:09 PM`
 * (the clock without brackets only after a name with no figures).
 */
const chatSender =
  /^\s*(?:[^[\]\n]{1,60}?\s+\[\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\]|[^[\]\n\d]{1,60}?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)\s*$/

const dottedOptions: MentionOptions = {dotted: true}
const noOptions: MentionOptions = {}

/**
 * Whether a report writes its clocks with a dot: three lines or more of its timeline lead with
 * one (`- 08.52 – Service Desk opens`, `| 09.11 | Workaround in place |`), more than lead with a
 * colon's.
 */
function writesDottedClocks(source: string): boolean {
  if (source.length > 2_000_000) return false
  const dots = source.match(lineLedBy('\\.'))?.length ?? 0
  return dots >= 3 && dots > (source.match(lineLedBy(':'))?.length ?? 0)
}

/** A line (an item, a row, a quote's line) that a clock with this separator leads. */
function lineLedBy(separator: string): RegExp {
  return new RegExp(
    `^[ \\t]*(?:[-*+][ \\t]+|\\|[ \\t]*|>[ \\t]*)?(?:\\*\\*|__)?(?:[01]?\\d|2[0-3])${separator}[0-5]\\d(?![\\d.:])`,
    'gm'
  )
}

/**
 * `> **Identified** - The issue has been identified ...` then `> Mar 11, 2025 - 09:40 PDT`: a
 * status page's updates pasted as a quote, two or more paragraphs that each carry their own day
 * and clock, are the section's entries as they would be unquoted.
 */
function postedUpdates(inner: readonly RootContent[]): boolean {
  let stamped = 0
  for (const block of inner) {
    if (block.type !== 'paragraph') continue
    const text = toString(block, {includeHtml: false})
    if (text.length > 2000 || !mayMention(text)) continue
    if (findMentions(text).some(({written}) => written.date && written.clock)) stamped++
    if (stamped >= 2) return true
  }
  return false
}

/**
 * Whether a quote's last line is a day and clock alone, as a post shows when it was sent:
 * `*2:53 PM · Mar 9, 2025*`, `— 09:12, 4 March 2025`.
 */
function stampedLast(quote: RootContent): boolean {
  const last = quote.type === 'blockquote' ? quote.children.at(-1) : undefined
  if (last?.type !== 'paragraph') return false
  const text = toString(last, {includeHtml: false})
  const line = text.slice(text.lastIndexOf('\n') + 1)
  if (line === text || line.length > 80 || !mayMention(line)) return false
  const mentions = findMentions(line)
  const only = mentions[0]
  if (mentions.length !== 1 || !only?.written.date || !only.written.clock) return false
  return !holdsWords(line.slice(0, only.start) + line.slice(only.end))
}

/** A quote whose first line opens with a date and its clock: `> **11/04/2024 07:12 AM — Donna**`. */
function ledByStamp(quote: RootContent): boolean {
  const first = quote.type === 'blockquote' ? quote.children[0] : undefined
  if (first?.type !== 'paragraph') return false
  const line = toString(first, {includeHtml: false}).split('\n', 1)[0] ?? ''
  if (line.length > 240 || !mayMention(line)) return false
  const mention = findMentions(line)[0]
  return (
    mention !== undefined &&
    mention.start <= 2 &&
    mention.written.date !== undefined &&
    mention.written.clock !== undefined
  )
}

function stampParagraphs(blocks: readonly RootContent[]): Set<RootContent> {
  // (Only short paragraphs can be stamps: the rest are not turned into text for it.)
  const short = (block: RootContent) => {
    const start = block.position?.start
    const end = block.position?.end
    return start && end && end.line === start.line && (end.offset ?? 0) - (start.offset ?? 0) <= 240
  }
  const texts = blocks.map((block) =>
    block.type === 'paragraph' && short(block) ? toString(block, {includeHtml: false}) : undefined
  )
  return new Set(stampsOf(texts).map((index) => blocks[index] as RootContent))
}

/**
 * Where the report says people are, by first name: `Anke is in Heidelberg (CET, one hour ahead
 * of us)`, `Dwayne at Aldane works from their Raleigh support centre (US Eastern, EST)`.
 */
function peopleZones(source: string): Map<string, Zone> {
  const people = new Map<string, Zone>()
  if (source.length > 200_000) return people
  for (const match of source.matchAll(personPlace)) {
    const [, name, place, note] = match
    const zone = findZone(note ?? '')?.zone ?? findZone(place ?? '')?.zone
    if (name && zone && !people.has(name.toLowerCase())) people.set(name.toLowerCase(), zone)
  }
  return people
}

const personPlace =
  /\b([A-Z][a-z]{1,20})(?:\s+[A-Z][a-z]+)?(?:\s+(?:at|from|of)\s+[A-Z][\w&-]*)?\s+(?:is|works|sits|lives|is\s+based)\s+(?:in|from|out\s+of)\b([^.()]{1,80})\(([^()]{1,60})\)/g

/** `→` (or `->`) before a time: a chain of events on one line, as a terse retro writes it. */
const chained = /\s+(?:→|->|⟶|=>)\s+(?=\d{1,2}[:.]\d{2}\b)/g

/**
 * The lines of a timeline's paragraph, each as a text and its offset; a line that chains its
 * events (`08:53 first 413s → 09:03 first report → 09:12 alert fires`), two arrows or more, by
 * each link.
 */
function unitsOf(text: string): Array<{text: string; from: number}> {
  const units: Array<{text: string; from: number}> = []
  for (const line of text.matchAll(/[^\n]+/g)) {
    const from = line.index ?? 0
    let start = 0
    const arrows = [...line[0].matchAll(chained)]
    if (arrows.length >= 2)
      for (const arrow of arrows) {
        units.push({text: line[0].slice(start, arrow.index), from: from + start})
        start = (arrow.index ?? 0) + arrow[0].length
      }
    units.push({text: line[0].slice(start), from: from + start})
  }
  return units
}

/** A paragraph that opens by naming the documents attached to the report. */
const attachmentsLine =
  /^\s*(?:attachments|enclosures|appendices|annex(?:es)?|exhibits)\s*:?\s*(?:\n|$)/i

/**
 * The phrases a block sets in bold or italics (`**Customer impact starts.**`, `_resolved_`), a few
 * words each, given to each entry read from it whose text holds them: the author's own notes.
 */
function emphasise(events: readonly TimelineEvent[], from: number, block: RootContent): void {
  if (events.length === from) return
  const phrases: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'strong' || node.type === 'emphasis') {
      const phrase = toString(node).trim()
      // (`**14:05**: ...`: a time set in bold leads the entry, it is no note.)
      const time = readTimestamp(phrase)
      const timed = time !== undefined && !('impossible' in time) && time.end >= phrase.length - 1
      const words = phrase.split(/\s+/).length
      if (/\p{L}/u.test(phrase) && words <= 8 && !timed && !phrases.includes(phrase))
        phrases.push(phrase)
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(block as Nodes)
  if (phrases.length === 0) return
  for (const event of events.slice(from)) {
    if (event.type !== 'entry' || !event.text) continue
    const own = phrases.filter((phrase) => event.text.includes(phrase))
    if (own.length > 0) event.emphasis = own
    // (`**Mitigated** — success rate back to 96.9%`: a milestone's own name set in bold at the head
    // of the entry is the author's marker, as `[mitigated]` is.)
    for (const phrase of own) {
      const name = phrase.replace(/[\s.:!—–-]+$/, '').toLowerCase()
      // (Then a dash or a colon, or nothing: `Acknowledged → Investigating` is a state's change.)
      const rest = event.text.slice(phrase.length)
      if (
        milestoneWords.has(name) &&
        event.text.startsWith(phrase) &&
        /^(?:\s*[—–:-](?:\s|$)|\s*$)/.test(rest) &&
        !event.markers.includes(name)
      )
        event.markers.push(name)
    }
  }
}

/**
 * `On Tue, 4 Mar 2025 at 17:48, Callum Reid <...> wrote:` and the message it quotes, which quotes
 * the one before in turn: each quoted message's blocks take the place of its quote, after the
 * line that stamps it, as the messages of a thread are read.
 */
function repliesInOrder(blocks: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = []
  for (const [index, block] of blocks.entries()) {
    const before = blocks[index - 1]
    if (block.type === 'blockquote' && before && repliesTo(before))
      out.push(...repliesInOrder(block.children as RootContent[]))
    else out.push(block)
  }
  return out
}

/** Whether a paragraph is a reply's attribution: a line that ends `... wrote:`. */
function repliesTo(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false
  const start = block.position?.start
  const end = block.position?.end
  if (!start || !end || end.line !== start.line) return false
  return /\bwrote:\s*$/.test(toString(block, {includeHtml: false}))
}

/**
 * The sentences of a paragraph before the first of the entries its times gave: `Wei Ling acked
 * the page.` of `Wei Ling acked the page. Declared SEV-2 at 14:33.`; undefined when there are none.
 */
function toldBefore(text: string, told: readonly TimelineEvent[]): string | undefined {
  const first = told.find((event): event is RawEntry => event.type === 'entry' && event.text !== '')
  if (!first) return undefined
  const flat = text.replace(/\s+/g, ' ')
  const at = flat.indexOf(first.text.trim().replace(/\s+/g, ' ').slice(0, 24))
  // (Up to the end of the sentence before it: `... fired. One minute later the alert paged Farhan`.)
  const end =
    at > 0 ? Math.max(...['. ', '! ', '? '].map((stop) => flat.lastIndexOf(stop, at))) : -1
  const lead = end > 0 ? flat.slice(0, end + 1).trim() : ''
  return /\p{L}{2}/u.test(lead) ? lead : undefined
}

/** The text of a block that continues a time heading's entry: paragraphs, lists and quotes. */
function trailingText(block: RootContent): string {
  if (block.type === 'paragraph') return toString(block, {includeHtml: false})
  // (Item by item, and block by block, each its own line: `Summary:` then `- **Impact:** ...` then
  // `- **Cause:** ...` are not one run of words.)
  if (block.type === 'list' || block.type === 'listItem' || block.type === 'blockquote')
    return (block.children as RootContent[]).map(trailingText).filter(Boolean).join('\n')
  return ''
}

/** Where the last clause between two places ends: its `,`, `;` or `and`; -1 when none. */
function clauseEnd(text: string, from: number, at: number): number {
  let end = -1
  for (const match of text.slice(from, at).matchAll(/\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)/g))
    end = from + (match.index ?? 0)
  return end
}

/** A clock's minutes from midnight. */
const clockMinutes = (clock: WrittenClock) => clock.hour * 60 + clock.minute

/** Where the clause holding `at` starts after a semicolon, or -1 when no semicolon comes before it. */
function clauseAfterSemicolon(text: string, at: number): number {
  const semicolon = text.lastIndexOf('; ', at)
  return semicolon === -1 ? -1 : semicolon + 2
}

/**
 * Where the sentence holding `at` starts, if after `from`: the offset after
 * a full stop, question or exclamation mark and a space; -1 when the
 * sentence began at or before `from`.
 */
function sentenceStart(text: string, from: number, at: number): number {
  let start = -1
  for (const match of text.slice(from, at).matchAll(/[.!?]["')\]]*\s+(?=["'([]?[A-Z0-9])/g))
    start = from + (match.index ?? 0) + match[0].length
  return start
}

/**
 * The length of a bullet glyph and its space opening a line, or 0: a bullet (`• `, `◦ `, `▪ `), a
 * triangle or arrow (`▸ `, as a notes tool exports a toggle; `► `, `→ `, `» `), a square or disc;
 * or the bar that opens a table's row left as text (`| 09:14 | Deploy started |` under a header
 * without its `|---|` line, or an AsciiDoc table's `|09:14` cell).
 */
function glyphLength(line: string): number {
  return bulletGlyph.exec(line)?.[0].length ?? 0
}

const bulletGlyph = /^(?:[•◦▪▫‣∙⁃●○■□◆◇▸▹►▻▶▷➤➢→⇒»›]\uFE0F?\s+|\|[ \t]*(?=\S))/

/**
 * Whether two or more items of a list open on four digits set in bold, a clock the author marks
 * (`- **0658** Lab phoned`, `- **0700–0715** Handoff`, `- **approx 0730** Called lab`), and not
 * all of them could be years.
 */
function boldClocks(list: List): boolean {
  let clocks = 0
  let years = 0
  for (const item of list.children) {
    const first = item.children[0]
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined
    if (lead?.type !== 'strong') continue
    const text = toString(lead).trim()
    const match =
      /^(?:(?:approx\.?|~|around|about)\s*)?(([01]\d|2[0-3])[0-5]\d)(?:\s*[–—-]\s*(?:[01]\d|2[0-3])[0-5]\d)?$/i.exec(
        text
      )
    if (!match) continue
    clocks++
    if (/^(?:19|20)\d\d$/.test(match[1] as string)) years++
  }
  return clocks >= 2 && years < clocks
}

/** Between two times, the first one's note in brackets and an arrow: ` (impact start) → `. */
const notedGap = /^\s*\([^()]{1,60}\)\s*(?:→|->|–|—|-|to)\s*$/

/** The line of an e-mail's headers that says when it was sent: `**Date:** ...`, `Sent: ...`. */
const sentLine = /^\W*(?:date|sent)\W*:.*$/im

/**
 * The zone a section states for itself before it tells any time (`*All times in this section are
 * BST (UTC+1).*` under `## 3. INC-2291`), for the times in it and its subsections: a review whose
 * table is in UTC and whose write-up is in the team's time says so section by section. (A statement
 * that names no scope, `All times UTC.`, is the report's, which its own timestamps may contradict.)
 */
function openingZone(section: OutlineSection): Zone | undefined {
  for (const block of section.blocks) {
    if (block.type !== 'paragraph') return undefined
    const text = toString(block)
    if (clockLike.test(text)) return undefined
    if (text.length <= 300 && ownScope.test(text)) {
      const zone = zoneStatement(text)
      if (zone) return zone
    }
  }
  return undefined
}

/** Words of a statement that holds for its own part of the report: `in this section`, `this write-up`. */
const ownScope = /\bthis\s+(?:section|part|write-?up|chapter)\b/i

/** A clock in a paragraph: a section that tells a time before its zone states none for it. */
const clockLike = /(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])/
