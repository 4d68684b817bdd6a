/**
 * Times a story tells by their distance from another (`Jules replied four
 * minutes later`, `The batch started about twelve minutes after the deploy
 * finished`, `After twenty minutes, the queue drained`): an amount of time
 * (`read-durations`) and the moment it counts from, the time told before it
 * or the earlier event its words name. They are found here as mentions;
 * `extract-entries` finds the moment they count from and turns each into
 * the clock it comes to.
 */
import {stemmer} from 'stemmer'
import {readDurations} from '../time/read-durations.js'
import type {WrittenTime} from '../time/read-timestamp.js'

/** A time told by its distance from another, as found in a text. */
export interface RelativeMention {
  written: WrittenTime
  start: number
  end: number
}

/** `later`, `afterwards`, `after that`: from the time told just before. */
const fromPrevious =
  /^\s+(?:later|afterwards?|after\s+(?:that|this)(?=\s*(?:[,.;:!?)—–]|$|(?:and|but|we|i|he|she|they|it|the)\b)))\b/i
/**
 * `At that point`, `At that moment`, `By then`, opening a sentence: the time told just before.
 * (`most of the cluster at that point` says how things stood, no moment of its own.)
 */
const samePoint = /(?<=^|[.!?]\s+)(?:(?:At|From)\s+that\s+(?:point|moment)|By\s+then)\b/g
/** `the first errors show that same minute`, `in the same moment`: the time told just before. */
const sameMinute =
  /\b(?:(?:at|in|within)\s+)?(?:that|the)\s+(?:very\s+)?same\s+(?:minute|moment|instant|second)\b/gi
/** `picked it up at that point`, `restarted at that moment`: a deed done then, mid-sentence. */
const pointAfterDeed =
  /(\b(?:\w+ed|took|began|ran|sent|made|got)(?:\s+(?:it|this|them|that))?(?:\s+(?:up|over|on|in))?\s+)(at\s+that\s+(?:point|moment))\b/gi
/** `after the deploy finished`: from the event the words up to the clause's end name. */
const fromEvent = /^\s+after\s+([^.,;:!?()—–]{3,80})/i
/** A clock and a comma just before an amount: `at 10:35, ~`, `at 9:40 am, some`. */
const besideClock = /\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*,\s*[~≈]?\s*$/i
/** `After twenty minutes,`, `after another hour`: from the time told just before. */
const afterAmount = /\bafter\s+(?:another\s+|a\s+further\s+)?$/i
/** `or so`, `-ish` after the amount: as loose as `about` before it. */
const looseAfter = /^(?:\s+or\s+so\b|-?ish\b)/i
const qualifier =
  /\b(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under|over|under)\s+$/i
/** Words that make an amount a bound: `up to an hour after`, `for about an hour after`. */
const boundBefore =
  /\b(?:up\s+to|within|for|during|in\s+under|less\s+than|more\s+than|at\s+(?:most|least)|lasted|took|until)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|another\s+)?$/i
/** A noun phrase's first word: `the swap`, `our rollback`. */
const determiner = /^\s*(?:the|that|this|our|their|its|his|her|my|your)\s/i
/** Words that stop an event's words: what follows is another clause. */
const clauseStop =
  /\s(?:and|but|while|so|when|because|which|where|until|she|he|they|we|i|it|you|someone|everyone)(?:['’]\w+)?\s/i

/**
 * The times a text tells relative to another. Amounts of time that are no
 * time (`it took twelve minutes`, `within 5 minutes`) are not among them.
 *
 * @example
 *   relativeTimes('Jules replied four minutes later.')[0]?.written.after // {seconds: 240}
 */
export function relativeTimes(text: string): RelativeMention[] {
  if (
    !/\b(?:later|after|that\s+(?:point|moment)|by\s+then|same\s+(?:minute|moment|instant|second))/i.test(
      text
    )
  )
    return []
  const found: RelativeMention[] = []
  // `At that point everything was back to normal`, `By then the queue was empty`: the moment
  // told just before, told again.
  for (const same of text.matchAll(samePoint)) {
    const start = same.index as number
    found.push(mention(text, start, start + same[0].length, 0, null))
  }
  for (const same of text.matchAll(sameMinute)) {
    const start = same.index as number
    found.push(mention(text, start, start + same[0].length, 0, null))
  }
  // (`Rachel picked it up at that point and began investigating`: after a deed, when it was done.)
  for (const same of text.matchAll(pointAfterDeed)) {
    const start = (same.index as number) + (same[1] as string).length
    found.push(mention(text, start, start + (same[2] as string).length, 0, null))
  }
  for (const amount of readDurations(text)) {
    const before = text.slice(Math.max(0, amount.start - 24), amount.start)
    const rest = text.slice(amount.end)
    // (`for up to an hour after`, `within ten minutes of`: a bound, no time.)
    if (boundBefore.test(before)) continue
    // (`Twenty minutes or so after`: the qualifier written after the amount.)
    const loose = looseAfter.exec(rest)
    const lead = qualifier.exec(before) ?? loose
    const start = lead && lead !== loose ? amount.start - lead[0].length : amount.start
    const amountEnd = amount.end + (loose?.[0].length ?? 0)
    const after = text.slice(amountEnd)
    const previous = fromPrevious.exec(after)
    if (previous) {
      found.push(mention(text, start, amountEnd + previous[0].length, amount.seconds, lead))
      continue
    }
    const event = fromEvent.exec(after)
    // (`first errors at 10:35, ~1 min after the migration started`: set beside a clock, how far
    // that clock is from the event, no moment of its own.)
    if (event && besideClock.test(text.slice(0, start))) continue
    if (event) {
      const words = eventPhrase((event[1] as string).split(clauseStop)[0] as string)
      const end = amountEnd + event[0].indexOf(event[1] as string) + words.trimEnd().length
      // (One word names an event only as a noun: `after the swap`, not `after it began`.)
      const told = eventWords(words)
      const thing = determiner.test(words)
      const named = told.length >= 2 || (told.length === 1 && thing)
      // (`the finale went out`: a thing and its verb; the thing names it. Not `that first failed
      // login`, a thing and a word of its kind.)
      const noun = thing && told.length === 2 && thingAndVerb(words) ? told[0] : undefined
      if (named) found.push(mention(text, start, end, amount.seconds, lead, told, noun))
      continue
    }
    if (afterAmount.test(before) && /^\s*,/.test(rest)) {
      const after = afterAmount.exec(before) as RegExpExecArray
      const from = amount.start - (before.length - after.index)
      found.push(mention(text, from, amount.end, amount.seconds, lead))
    }
  }
  return found
}

function mention(
  text: string,
  start: number,
  end: number,
  seconds: number,
  lead: RegExpExecArray | null,
  event?: string[],
  thing?: string
): RelativeMention {
  const written: WrittenTime = {
    unknown: false,
    start: 0,
    end: end - start,
    text: text.slice(start, end),
    approximate: lead !== null,
    after: event ? {seconds, event, ...(thing ? {thing} : {})} : {seconds}
  }
  return {written, start, end}
}

/**
 * The words of an event up to where the clause it dates begins: `the rules went live` of `the
 * rules went live the first declines reached ...`, at the second noun phrase's article, six words
 * at most.
 */
function eventPhrase(text: string): string {
  const kept: string[] = []
  let articles = 0
  for (const word of text.trim().split(/\s+/)) {
    if (/^(?:the|a|an|our|their)$/i.test(word) && ++articles === 2) break
    kept.push(word)
    if (kept.length === 6) break
  }
  return kept.join(' ')
}

/**
 * Whether an event's words open on the thing it is about (`the finale went out`, `the flag flip`),
 * not on a word of what kind it is (`failed login`, `the new build`).
 */
function thingAndVerb(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /^[a-z]/.test(word) && !empty.has(word))
  const [noun, verb] = words
  return (
    noun !== undefined && verb !== undefined && !/(?:ed|ing)$/.test(noun) && !qualities.has(noun)
  )
}

/** Words that say which or what kind, before the noun: `the new build`, `the final run`. */
const qualities = new Set(
  'new old big small bad good main next second third other same whole full latest final early late large'.split(
    ' '
  )
)

/** Words that name no event: pronouns, articles, auxiliaries. */
const empty = new Set(
  'a an the she he they we it i you its her his their our my your had has have was were is are be been being that this those these then there what who whom which first last finally did do does got get up out off in on back over down to of for with'.split(
    ' '
  )
)

/**
 * The stems of the words that name an event (`she'd found the bug` → `found`,
 * `bug`), to find the entry that tells it.
 */
export function eventWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’](?:d|s|ve|re|ll)\b/g, '')
    .match(/[a-z][a-z-]+/g)
  return [...new Set((words ?? []).filter((word) => !empty.has(word)).map((word) => stemmer(word)))]
}
