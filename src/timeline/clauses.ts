/**
 * The words a time stands in: the clause of a sentence that mentions it,
 * a label that heads it (`First detected 2024-05-03 14:12`), and the
 * sentence it belongs to. Pure functions over a block's text and the times
 * found in it.
 */
import {findMentions, type Mention} from './find-mentions.js'

/**
 * A short label before a time: `First detected`, `Incident declared:`,
 * `Resolved -`, `Date and time (in UTC):`. A clause is no label: `The team
 * locked deployments at` ends in a word that leads on to its time.
 */
export function labelBefore(text: string): boolean {
  // A label is short: a long text is no label, and is not searched (its patterns end in `$`).
  if (text.length > 80) return false
  // `She paged Kwame (21:27 EDT), and ...`: a time in brackets after the words it dates.
  if (/\(\s*$/.test(text)) return false
  const separated = /[:=|–—-]\s*["'“]?\s*$/.test(text)
  const trimmed = text.replace(/[\s:=|,(–—"'“-]+$/, '').trim()
  if (!trimmed || trimmed.length > 48 || /[.!?;,]/.test(trimmed)) return false
  if (!/^[\p{L}][\p{L}\s'’()/-]*$/u.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (separated) return words.length <= 6
  // `The attack between 10:15 and 10:45`: a subject and its time, not a label.
  // (`I woke up around 7:30, ...`: nor is a pronoun and its verb.)
  if (/^(?:the|a|an|this|that|our|its|i|we|he|she|they|you)$/i.test(words[0] as string))
    return false
  // `Downtime was declared 29 minutes after ...`: a subject and its verb, a sentence the time ends.
  if (words.slice(1).some((word) => finiteVerb.test(word))) return false
  return words.length <= 3 && !leadsOn.test(words.at(-1) as string)
}

/**
 * Words after which a time continues a sentence rather than follows a label (`dated 19:48 -0700`,
 * a mail's stamp told on a wrapped line, goes on with the words above it; `At its May 8 meeting`,
 * a day inside a noun phrase).
 */
const leadsOn =
  /^(?:at|on|by|around|about|approximately|from|until|till|since|before|after|in|of|to|the|a|an|its|their|our|his|her|my|your|this|that|these|those|was|were|is|are|and|or|then|when|as|between|during|dated|stamped|timestamped|sent|posted|logged|received|scheduled|due)$/i

/**
 * The quotation marks around a span, within `from` and `to`: an opening mark before it with none
 * closing between, and the closing one after it.
 */
function quotedAround(
  text: string,
  from: number,
  start: number,
  end: number,
  to: number
): {open: number; close: number} | undefined {
  const before = text.slice(from, start)
  const curly = before.lastIndexOf('“')
  const straight = before.lastIndexOf('"')
  if (curly > before.lastIndexOf('”') && curly !== -1) {
    const close = text.indexOf('”', end)
    return close !== -1 && close <= to ? {open: from + curly, close} : undefined
  }
  // (Straight marks: an odd count before it opens a quote.)
  if (straight === -1 || (before.match(/"/g)?.length ?? 0) % 2 === 0) return undefined
  const close = text.indexOf('"', end)
  return close !== -1 && close <= to ? {open: from + straight, close} : undefined
}

/** Where a clause of reason opens: `because our lines open at 08:00`. */
const reasonClause = /\sbecause\s+(?:the|our|their|its|we|they|it|this|that)\b/gi

/** The forms of `be` and `have` that make a few words a clause (`Service was restored`), not a label. */
const finiteVerb = /^(?:is|are|was|were|has|have|had)$/i

/** A line whose time a short label heads. */
export function labelledTime(text: string): boolean {
  const first = findMentions(text.slice(0, 120))[0]
  return first !== undefined && labelBefore(text.slice(0, first.start))
}

/** The words a time stands in, and whether it leads them (`At 14:05, ...`). */
export interface Clause {
  text: string
  leads: boolean
}

/** Words longer than this around a time are cut to it: a clause is a clause, not a page. */
const maxWords = 400

/**
 * The clauses of the times one text mentions: each time's sentence, cut at
 * the clause boundary (`,`, `;`, `and then`) that falls between it and the
 * times before and after it. The text's sentences are found once, so a text
 * of many times costs no more per time than a short one.
 *
 * @example
 *   new Clauses(text, mentions).of(1) // {text: 'Prometheus went down approx 16:03.', leads: false}
 */
export class Clauses {
  readonly #text: string
  readonly #mentions: readonly Mention[]
  /** Where each sentence ends and the next begins, by the offset of the boundary. */
  readonly #at: number[] = []
  readonly #ends: number[] = []
  readonly #starts: number[] = []

  constructor(text: string, mentions: readonly Mention[]) {
    this.#text = text
    this.#mentions = mentions
    for (const match of text.matchAll(sentenceEnd)) {
      const index = match.index ?? 0
      const stop = /^[.!?]/.test(match[0])
      this.#at.push(index)
      this.#ends.push(stop ? index + match[0].length : index)
      this.#starts.push(index + match[0].length)
    }
  }

  /** The sentence around a span: from after the last sentence end before it to the next one after. */
  sentence(start: number, end: number): {from: number; to: number} {
    const before = lastBelow(this.#at, start)
    let from = before === -1 ? 0 : (this.#starts[before] as number)
    const after = lastBelow(this.#at, end) + 1
    let to = after < this.#at.length ? (this.#ends[after] as number) : this.#text.length
    // A sentence thousands of characters long is a list of times, not a sentence: cut near the time.
    if (start - from > maxWords / 2) from = start - maxWords / 2
    if (to - end > maxWords / 2) to = end + maxWords / 2
    return {from, to}
  }

  /** The sentence after `end`, unless a time leads it or there is none. */
  #followingSentence(end: number): string | undefined {
    const start = end + (/^\s*/.exec(this.#text.slice(end))?.[0].length ?? 0)
    if (start >= this.#text.length) return undefined
    if (this.#mentions.some((mention) => mention.start >= start && mention.start < start + 4))
      return undefined
    const {to} = this.sentence(start, start)
    const words = this.#text.slice(start, to)
    // (`**Severity:** SEV-2` on the next line is a field of its own, not the update's words; a
    // sentence with a colon, `The datacentre has replied with: ...`, is not.)
    if (
      /^[*_]*(?!(?:the|a|an|we|our|they|it)\b)[\p{L}][\p{L}\d]*(?: [\p{L}\d]+){0,2}[*_]*:/iu.test(
        words
      )
    )
      return undefined
    return hasWords(words) ? words : undefined
  }

  /**
   * The words of the clause of the time at `index`: the time and its lead-in
   * (`at`, `by`, `around`) taken out when they lead it, kept when the time
   * stands inside it.
   */
  of(index: number): Clause {
    const text = this.#text
    const mentions = this.#mentions
    const mention = mentions[index] as Mention
    const sentence = this.sentence(mention.start, mention.end)
    let from = sentence.from
    let to = sentence.to
    const previous = mentions[index - 1]
    // A day given before a clock in the same sentence (`On 22 July the page was down from 13:52 to
    // 15:00`) dates it: it takes none of its words.
    const dayOnly =
      previous && !previous.written.clock && previous.written.date && mention.written.clock
    if (previous && previous.end > from && !dayOnly)
      from = boundaryBetween(text, previous.end, mention.start)
    // `We were among the first to notice because our lines open at 08:00`: a time in a clause of
    // reason dates that clause, not the one it explains.
    const why = [...text.slice(from, mention.start).matchAll(reasonClause)].at(-1)?.index
    if (why !== undefined && hasWords(text.slice(from, from + why))) from += why + 1
    // `ED registrar calls the desk: bloods collected ~05:30 not visible`: after a sentence's colon, a
    // time dates what the words after it tell (not a label's colon: `Update: at 14:05 ...`).
    // (Searched within the clause only: a long line of times is searched once per time.)
    const inClause = text.slice(from, mention.start).lastIndexOf(': ')
    const colon = inClause === -1 ? -1 : from + inClause
    if (
      colon > from &&
      text.slice(from, colon).trim().split(/\s+/).length > 3 &&
      hasWords(text.slice(colon + 2, mention.start))
    )
      from = colon + 2
    // `a customer's CI can't pull their own image pushed at 02:20`: a time inside a noun phrase
    // (its noun, then a participle), the object of the clause's verb, dates that thing's past: the
    // phrase is its clause, not the words around it.
    const phrase = pastOfThing.exec(text.slice(Math.max(from, mention.start - 80), mention.start))
    if (phrase) {
      const at = mention.start - phrase[0].length
      if (text.slice(from, at).trim().split(/\s+/).length >= 2) from = at
    }
    // (`support email about 503s "since about 5:40 AEDT"`: a time in someone's quoted words dates
    // what they say, not the telling of it.)
    const quote = quotedAround(text, from, mention.start, mention.end, to)
    // (Not a stamp quoted alone: `{{< track "2024-11-05T05:56:00Z" >}} This is an issue ...`.)
    if (
      quote &&
      hasWords(text.slice(from, quote.open)) &&
      (hasWords(text.slice(quote.open + 1, mention.start)) ||
        hasWords(text.slice(mention.end, quote.close)))
    ) {
      from = quote.open + 1
      to = quote.close
    }
    const next = mentions[index + 1]
    // (`At 11:40 engineers identified that the rule change applied at 08:55 had caused it`: a next
    // time inside the object's noun phrase is no clause of its own; this clause runs over it.)
    const nextInPhrase =
      next !== undefined &&
      pastOfThing.test(text.slice(Math.max(mention.end, next.start - 80), next.start))
    if (next && next.start < to && !nextInPhrase)
      to = boundaryBetween(text, mention.end, next.start)
    const before = text.slice(from, mention.start)
    const after = text.slice(mention.end, to)
    // A clause of nothing but times (`..., 05:16 and 06:27 (both via Slack)`) shares its sentence's words.
    if (!hasWords(before) && !hasWords(after)) {
      if (from !== sentence.from || to !== sentence.to)
        return {text: tidy(text.slice(sentence.from, sentence.to)), leads: false}
      // A sentence of nothing but its time (a status update's `Jun 24, 14:10 UTC` under its text):
      // the time of the rest of its paragraph.
      const rest = `${text.slice(Math.max(0, sentence.from - maxWords), sentence.from)} ${text.slice(sentence.to, sentence.to + maxWords)}`
      if (hasWords(rest)) return {text: tidy(rest), leads: true}
    }
    // A time that leads its clause is taken out, as a timeline's leading time is, and so is one a
    // label heads (`Identified 2024-11-05T05:56Z The datacentre ...`); elsewhere the clause keeps
    // it, and reads as written (`We rolled back, which completed by 10:30.`).
    let rest = after.replace(/^[\s:,"'“”–—-]+/, '')
    // (A label with its colon leads its time wherever the clause starts: `... Updated: 3:02 PM`.)
    const labelled = (from === sentence.from || /:\s*$/.test(before)) && labelBefore(before)
    const leads = onlyLeadIn(before) || labelled
    if (leads && !hasWords(rest) && to < sentence.to && mentions[index + 1] !== undefined) {
      // `Update 09:52 UTC: the provider says the issue began at 08:22`, `By 10:00 the vendor saw it
      // start at 09:40`: the words run on to the time they tell of, which dates only what follows it.
      const told = text.slice(mention.end, (mentions[index + 1] as Mention).start)
      const words = told.replace(/^[\s:,"'“”–—-]+/, '').replace(trailingLeadIn, '')
      // (Not the next time's own label: `Created: ... Updated: ...`; nor a clause of its own after
      // a semicolon: `Impact started Thursday 16:41; we heard about it at 17:55`.)
      if (hasWords(words) && !labelAlone.test(words) && !/^\s*;/.test(told)) rest = words
    }
    if (onlyLeadIn(before)) return {text: tidy(rest), leads: true}
    if (labelled) {
      // `**Investigating**, 16:05 UTC. We are looking into ...`: a status update's label and time,
      // then its words in the next sentence (unless a time leads that one: an update of its own).
      if (!hasWords(rest.replace(/[.!?]/g, '')) && to === sentence.to) {
        const next = this.#followingSentence(sentence.to)
        if (next) return {text: tidy(withLabel(before, next)), leads: true}
      }
      return {text: tidy(withLabel(before, rest)), leads: true}
    }
    return {text: tidy(text.slice(from, to)), leads: false}
  }
}

/**
 * A noun phrase whose participle leads to a time: `their own image pushed at `, `the rule change
 * applied at ` (not a clause's verb: `the deploy was finished at `).
 */
const pastOfThing =
  /\b(?:the|their|its|our|his|her|my|your|this|that|these|those)\s+(?:(?!(?:was|were|is|are|been|be|being|has|have|had|got|gets|get|as|to|for|from|with|by|of|in|into|and|or|but|which|who)\b)[\p{L}'’-]+\s+){0,3}[\p{L}]+(?:ed|en)\s+(?:at|around|about|on)\s+$/iu

/** Whether a piece of text holds words, not only times' leftovers: spaces, punctuation, `and`. */
function hasWords(piece: string): boolean {
  return piece.replace(/[\s,;:()–—-]+|\b(?:and|or|then)\b/g, '') !== ''
}

/** The index of the last value below `limit` in ascending `values`, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0
  let high = values.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((values[middle] as number) < limit) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/**
 * A sentence that is a field of the document's own dates: `date` for the
 * day it is about (`Date: 2021-11-02`), `stamp` for when it was written or
 * changed (`Last updated: 2022-05-25`, `Created: ...`); undefined for any
 * other sentence. Neither is an event.
 *
 * @example
 *   documentDate('Date: 2021-11-02') // 'date'
 *   documentDate('Last updated: 2022-05-25') // 'stamp'
 */
export function documentDate(sentence: string): 'date' | 'stamp' | undefined {
  // `All times UTC, 6 March 2026.`: the zone statement gives the day of the times below it. (Only
  // a sentence that opens so: `zoneStatement` also finds one in `All times are UTC. The bug was
  // introduced on 12 May`, whose day is background, not the day of the times.)
  if (zoneThenDay.test(sentence.trim())) return 'date'
  if (dayOfWhatFollows(sentence)) return 'date'
  // `Leeds, 16 June 2025` alone: a letter's dateline, when it was written.
  if (dateline.test(sentence.trim())) return 'stamp'
  const match = documentField.exec(sentence.trim())
  if (!match) return undefined
  return dayKey.test(match[1] as string) ? 'date' : 'stamp'
}

/**
 * Whether the words before a day make it the day of a document or of its review, not of what
 * happened: `the interim update of`, `our letter dated`, `Review-Termin am`, `retro held on`.
 *
 * @example
 *   paperworkDay('The interim update of ') // true
 *   paperworkDay('Final (review held ') // true
 *   paperworkDay('Status: FINAL, rev 1, ') // true
 *   paperworkDay('Created by Tan Wei, last modified by Arjun Menon on ') // true
 *   paperworkDay('The cache filled up on ') // false
 */
export function paperworkDay(before: string): boolean {
  return (
    documentNamed.test(before) ||
    talkGiven.test(before) ||
    reviewBefore.test(before) ||
    pageEdited.test(before) ||
    editedField.test(before) ||
    statusLine.test(before)
  )
}

/** When a talk about it was given: `Talk given at Incident Café Lisboa, `. */
const talkGiven =
  /\b(?:talk|presentation|keynote|lecture|session|webinar)\s+(?:given|presented|delivered|held)\b[^.;!?()]{0,60}$/i

/** A document's status line: `Status: Final, reviewed in the platform weekly on `. */
const statusLine =
  /^\s*(?:document\s+)?status\s*:[^.;!?]*\b(?:final|draft|reviewed|approved|published)\b[^.;!?]*$/i

/** A field of when the page was last changed, among others on its line: `Updated: `, `Last modified: `. */
const editedField =
  /(?:^|\s)(?:last\s+)?(?:updated|modified|edited)\s*:\s*$|(?:^|[,;(]\s*)(?:posted|published|copied|written)(?:\s+on)?\s*$/i

/**
 * A page's byline: `Created by Tan Wei, last modified by Arjun Menon on `, `Posted by Mireille
 * (@mireille@example.social) for the admin team, `, `Posted by Rosa Lindqvist, CTO — `, `last
 * updated `, and a forge's for the post that opens a thread: `ana started this conversation in
 * Announcements on `, `ana opened this issue on `, `Started by @ana · `; and the day a copy was made:
 * `Copied from status.example.com/incidents/x1 on `, `Exported from Confluence on `.
 */
const pageEdited =
  /\b(?:(?:created|modified|edited|updated|posted|written|published)\s+by\s+[^;!?\n]{1,80}?(?:\s+on|,|\s[—–|·])|last\s+(?:modified|updated|edited)\b[^.;!?()]{0,40}|(?:started|opened)\s+this\s+(?:conversation|discussion|thread|topic|issue|pull\s+request)\b[^.;!?\n]{0,60}?\s+on|(?:started|opened|posted)\s+by\s+@[\w.-]+\s*[·|—–,]|\b(?:exported|copied|archived|mirrored|pasted|imported|transcribed|migrated)\b(?:[^.;!?\n]|\.(?=\w)){0,100}?\s+on)\s*$/i

const documentNamed =
  /\b(?:(?:update|report|letter|e-?mail|notice|notification|statement|submission|memo|advisory|bulletin|announcement|minutes|filing)s?\s+(?:of|dated)|(?:for\s+)?the\s+(?:meeting|committee|board)\s+(?:of|on)\s*:?|date\s+of\s+(?:paper|report|meeting))\s*:?\s+(?:the\s+)?$/i
const reviewBefore =
  /\b(?:review(?:ed)?|revue?|retro(?:spective)?|post-?mortem|debrief|PIR|published|written|drafted|approved|signed\s+off|(?:final|draft)(?=\s*[,;(–—-])|rev(?:ision)?\.?\s*\d+|version\s+\d[\d.]*)\b[^.;!?()]{0,24}$/i

/**
 * A place and a date alone: `Barcelona, 16 June 2025`, `London, March 3rd, 2025` (not a weekday:
 * `Wednesday, 26 February 2025` is the day itself).
 */
export const dateline =
  /^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-zà-ÿ.' -]{1,30},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{2}\.?$/

/**
 * A sentence that gives the day of the times after it and tells nothing else: `The rest of the
 * timeline is Thursday 12 June 2025.`, `Still June 2nd, UTC.`, `Everything below happened on
 * 3 March.` One day, no clock, and besides it only words of the timeline itself and of going on
 * (`rest`, `below`, `still`, `same`), one of them at least.
 */
function dayOfWhatFollows(sentence: string): boolean {
  const text = sentence.trim()
  // (A word of going on first, without which no day need be looked for.)
  if (text.length > 120 || !wordsOf(text).some((word) => goingOn.has(word))) return false
  const mentions = findMentions(text)
  const [only] = mentions
  if (mentions.length !== 1 || !only?.written.date || only.written.clock) return false
  const words = wordsOf(`${text.slice(0, only.start)} ${text.slice(only.end)}`)
  return words.some((word) => goingOn.has(word)) && words.every((word) => ofTheTimeline.has(word))
}

/** A sentence's words in small letters, a zone's letters aside (`UTC`, `CET`). */
function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '' && !zoneLetters.test(word))
    .map((word) => word.toLowerCase())
}

/** Words that say the times go on: `the rest of`, `below`, `still`, `from here on`. */
const goingOn = new Set([
  'rest',
  'remaining',
  'remainder',
  'following',
  'below',
  'still',
  'onwards',
  'onward',
  'hereafter',
  'same'
])

/** Words a statement of the day of what follows may hold besides its day. */
const ofTheTimeline = new Set([
  ...goingOn,
  'the',
  'of',
  'this',
  'timeline',
  'times',
  'entries',
  'events',
  'log',
  'everything',
  'all',
  'else',
  'from',
  'here',
  'on',
  'is',
  'are',
  'was',
  'were',
  'happened',
  'took',
  'place',
  'occurred',
  'day',
  'in',
  'and',
  'also'
])

/** A zone's letters: `UTC`, `GMT`, `CET`, `PDT`. */
const zoneLetters = /^(?:UTC|GMT|Z|[A-Z]{1,4}T)$/

/**
 * A statement of the zone that goes on to the day: `All times UTC, 6 March 2026`, `All times below
 * are BST (UTC+1) on Monday 14 October 2024 unless stated otherwise`.
 */
const zoneThenDay =
  /^(?:all\s+)?times\s+(?:(?:below|here(?:in)?|shown|given|quoted|listed|in\s+this\s+(?:report|review|section|document|timeline))\s+)?(?:are\s+)?(?:in\s+)?[\w/+:-]+\s*(?:\([^()]{1,24}\)\s*)?(?:[,;(]|on\s)/i

/** The keys of a field of the day of what happened: `Date`, `Outage date`, `Data incidentului`. */
const dayKeys =
  'date|day|(?:fault|outage|failure)\\s+date|data\\s+incidentului|tanggal(?:\\s+insiden|\\s+kejadian)?|(?:az\\s+)?incidens\\s+dátuma|dátum'
const dayKey = new RegExp(`^(?:${dayKeys})$`, 'i')

/** A field of the document's day, or of when it was written, and its value: `Written: 3 May 2026`. */
const documentField = new RegExp(
  `^(${dayKeys}|készült|utolsó\\s+módosítás|redactat|ultima\\s+modificare|dibuat|terakhir\\s+diperbarui|чернетка|останнє\\s+оновлення|створено|ημερομηνία\\s+σύνταξης|τελευταία\\s+ενημέρωση|cập\\s+nhật(?:\\s+lần\\s+cuối)?|ngày\\s+lập|created(?:\\s+(?:on|at))?|(?:last\\s+)?(?:modified|updated|edited|reviewed)(?:\\s+(?:on|at))?|published|posted|written|circulated|distributed|(?:report\\s+)?issued(?:\\s+on)?|report\\s+date|date\\s+of\\s+(?:this\\s+)?report|prepared\\s+on|date\\s+(?:of\\s+)?issue|submitted(?:\\s+on)?|submission\\s+date|date\\s+(?:of\\s+)?submission)\\s*:\\s*\\S+(?:\\s+\\S+){0,3}$`,
  'i'
)

/** A label and the words after its time: `Identified: The datacentre ...`, or the label alone. */
export function withLabel(label: string, rest: string): string {
  const name = label.replace(/[\s:=|,(–—"'“-]+$/, '').trim()
  const words = rest.trim()
  return words ? `${name}: ${words}` : name
}

/** A clause as a text of its own: one space between words, no stray punctuation at its start. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s,;]+$/, '')
    .trim()
}

/**
 * Whether the words before a time are only what leads on to it (`At`, `and
 * by`, `Update:`, `(~`): read word by word from the end, so that its cost
 * grows with the words, whatever they are.
 */
function onlyLeadIn(before: string): boolean {
  let first = true
  for (const word of before.split(/[\s(~≈"'“:,]+/)) {
    if (word === '') continue
    // `3.2 On 13th February ...`: a numbered paragraph's number leads nothing away.
    const numbered = first && paragraphNumber.test(word)
    first = false
    if (!numbered && !leadInWord.test(word)) return false
  }
  return true
}

/** The part of a day before that day, leading a sentence: `On the morning of `, `In the early hours of `. */
export const partOfDayOf =
  /^\s*(?:(?:on|in|during|late|early)\s+)?the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|hours|small\s+hours)\s+of\s*$/i

/** The number of a numbered paragraph: `3.2`, `4.1.3`, `7.`. */
const paragraphNumber = /^\d{1,2}(?:\.\d{1,2})+\.?$|^\d{1,2}\.$/

/** Lead-in words at the end of a text, before the time they lead: `starting at ~`, `as of`. */
const trailingLeadIn =
  /(?:\s+(?:at|on|by|around|about|from|since|until|approx(?:imately|\.)?|circa|roughly|as|of))*[\s~≈("'“]*$/i

const leadInWord =
  /^(?:and|then|but|while|at|on|by|around|about|approx(?:imately|\.)?|circa|roughly|update[ds]?|as|of|maybe|perhaps|probably|nearly|almost|just)$/i

/**
 * Where a sentence ends: a full stop before a capital, a blank line, or a line that starts a `Key:
 * value` field (not a sentence with a colon: `The provider replied with: ...`).
 */
// (Not the stop after an initial: `signaller K. Brannigan took over`, `Control (I. Mensah)`.)
const sentenceEnd =
  /(?:(?<!(?:^|[\s(])\p{Lu})\.|[!?])["”’)]?(?=\s+[A-Z_*[(~"“])|\n\n|\n(?=[ \t]*(?!(?:[Tt]he|[Aa]n?|[Ww]e|[Oo]ur|[Tt]hey|[Ii]t)\s)[\p{L}][\p{L}\d /()'’-]{0,30}:\s)/gu

/** Where one clause ends and the next begins between two times: the last `,` `;` or `and` there, else the first. */
function boundaryBetween(text: string, from: number, to: number): number {
  const between = text.slice(from, to)
  let cut: number | undefined
  // (Not the comma of a number: `about 61,000 (20:40)`.)
  for (const match of between.matchAll(
    /;|,(?<!\d,(?=\d{3}(?!\d)))|\s(?:and|then|while|before|after|until)\s/g
  )) {
    cut = (match.index ?? 0) + (match[0].startsWith(' ') ? 0 : 1)
  }
  // (`Updated: 14/Mar/25 3:02 PM  Resolved: 11/Mar/25 1:45 PM`: a label and its colon just
  // before the next time head that time, not the words of this one.)
  const label = labelBeforeNext.exec(between)
  if (label && (cut === undefined || cut <= label.index)) return from + label.index + 1
  return from + (cut ?? 0)
}

/** A short label and its colon, which heads the time after it: `Resolved:`, `Last updated:`. */
const timeLabel = String.raw`[\p{L}][\p{L}'’ -]{0,30}:\s*`
/** The label alone. */
const labelAlone = new RegExp(`^${timeLabel}$`, 'u')
/** The label at the end of the words between two times: the second time's. */
const labelBeforeNext = new RegExp(String.raw`\s(${timeLabel})$`, 'u')

/** Two pieces of text as one, a space between, spaces collapsed in the second. */
export function joinText(a: string, b: string): string {
  const left = a.trim()
  const right = b.replace(/\s+/g, ' ').trim()
  if (!left) return right
  if (!right) return left
  return `${left} ${right}`
}

/**
 * Whether the words before a day say it was still to come when written: `until`, `by`, `no later
 * than`, `due to expire on`, `scheduled for`, `due`.
 *
 * @example
 *   dayToCome('RFO draft requested, due ') // true
 *   dayToCome('The cache filled up on ') // false
 */
export function dayToCome(before: string): boolean {
  return deadlineBefore.test(before)
}

const deadlineBefore =
  /\b(?:until|till|by|before|no\s+later\s+than|deadline(?:\s+is)?|due(?:\s+to\s+[a-z]+)?(?:\s+on)?|expir(?:e|es|ing)\s+on|(?:scheduled|planned|booked)\s+(?:for|on))\s*(?:the\s+)?$/i
