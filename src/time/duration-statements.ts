/**
 * What a sentence states of the incident's durations, in prose: `we were
 * down for about three hours`, `The outage lasted 47 minutes`, `Detection
 * took roughly 8 minutes`, `it took us 2 hours and 10 minutes to restore
 * service`. Conservative on purpose: a target (`our goal is to detect
 * within 5 minutes`), another incident (`the previous outage lasted 3
 * hours`), a part of the incident (`for the first 20 minutes`) or an amount
 * that measures something else (`the backfill ran for 3 hours`, `a 10
 * minute TTL`) states nothing.
 */
import type {DurationName, MilestoneName} from '../model.js'
import {durationAfter, readDurations} from './read-durations.js'

/** A duration a sentence states. */
export interface DurationStatement {
  /** What it measures: the first is the one to report, any of them agrees (`down for` is resolution or mitigation). */
  names: [DurationName, ...DurationName[]]
  /** Where it may be measured from: the start of impact, or detection for work the team did (`it took us 2 hours to restore service`). */
  from: MilestoneName[]
  seconds: number
  /** `over` for `more than 3 hours`, `under` for `within 5 minutes`, else `about`. */
  bound: 'about' | 'over' | 'under'
  /** Offsets into the sentence of the words that state it, amount included. */
  start: number
  end: number
}

type Names = DurationStatement['names']

const resolve: Names = ['timeToResolve', 'timeToMitigate']
const restore: Names = ['timeToMitigate', 'timeToResolve']

/** Of a verb or noun of the work (`noticed`, `restoring`, `diagnosis`): what it ends. */
function namesOf(word: string): Names | undefined {
  const lower = word.toLowerCase()
  if (/^(?:fully|completely)\b/.test(lower)) return ['timeToResolve']
  if (/^(?:detect|notic|spot|discover|caught|reali[sz])/.test(lower)) return ['timeToDetect']
  if (lower.startsWith('acknowledg')) return ['timeToAcknowledge']
  if (/^(?:diagnos|identif|pinpoint|isolat|find|found|locat|determin|understand)/.test(lower))
    return ['timeToDiagnose']
  if (/^(?:mitigat|stabili[sz])/.test(lower)) return ['timeToMitigate']
  if (/^(?:restor|recover)/.test(lower)) return restore
  if (/^resol/.test(lower)) return resolve
  // `the rule was reverted 41 minutes after ...`: a remedy.
  if (/^(?:revert|rolled|roll|fix|disabl)/.test(lower)) return restore
  return undefined
}

/** Words before an amount that qualify it: `about`, `more than`, `~`. */
const qualifier =
  /(?:\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|close\s+to|well)\s+|[~≈]\s*)+$/i
/** A sentence about a target, a habit or other incidents: what it says is not this incident's duration. */
const notThisIncident =
  /\b(?:goals?|targets?|aims?|objectives?|SL[OA]s?|budgets?|should|must|would|will|wants?|plan(?:s|ned)?|intend(?:s|ed)?|hope|ensure|reduce|improve|commit(?:ment)?|if|unless|whenever|typical(?:ly)?|usual(?:ly)?|normally|generally|average|median|mean|previous(?:ly)?|prior|similar|another|last\s+(?:year|month|week|quarter|time)|every|each|per)\b/i
/** A part of the incident before the amount: `for the first 20 minutes`, `another 10 minutes`. */
const partBefore = /\b(?:first|last|another|additional|extra|further|remaining|next|final)\s+$/i
/** An amount that places a moment rather than measures the incident: `8 minutes later`. */
const momentAfter =
  /^[\s,]*(?:later|ago|earlier|into|prior|beforehand|afterwards|from\s+now|apart|each|per|every)\b/i
/** `..., before anyone noticed`: the time it went unnoticed, else an amount cut short. */
const untilAfter = /^[\s,]*(?:before|until|till)\b/i
const untilNoticed =
  /^[\s,]*(?:before|until|till)\s+[^.;!?]{0,40}?\b(?:notic|detect|spott|discover|reali[sz]|paged|alerted|alert\s+fired)\w*/i

const be = String.raw`(?:was|were|went|had\s+been|has\s+been|have\s+been|been|remained|stayed)`
const outageNoun = 'outages?|downtime|disruptions?|interruptions?|degradation|unavailability'

interface Rule {
  /** Tested on the words before the amount, its qualifier taken off; must end there. */
  head?: RegExp
  /** Tested on the words after the amount; must start there. */
  tail?: RegExp
  /** What it measures; `match` is the head's, or the tail's when the rule has no head. */
  names: (match: RegExpExecArray, tail: RegExpExecArray | null) => Names | undefined
  /** Whether the work may be measured from detection. */
  fromDetection?: boolean
  /** An amount that describes the noun after it (`a 47-minute outage`). */
  describes?: boolean
  /** Where it is measured from, when the words name it (`after the outage began`). */
  from?: (tail: RegExpExecArray) => MilestoneName
}

/** The ways a sentence states a duration, first match wins. */
const rules: Rule[] = [
  // `the rule was reverted 41 minutes after the outage began`, `fixed two hours after the first report`
  {
    head: /\b((?:(?:fully|completely)\s+)?(?:detected|noticed|spotted|discovered|caught|acknowledged|diagnosed|identified|mitigated|stabili[sz]ed|restored|recovered|resolved|fixed|reverted|rolled\s+back|disabled))\b[^.;!?]{0,30}?\s+$/i,
    tail: /^\s+after\s+(?:the\s+)?(?:(?:outage|incident|impact|disruption|problem|errors?|failures?)\s+(?:began|begun|started)|(?:start|beginning|onset)\s+of\s+the\s+(?:outage|incident|impact|disruption)|(first\s+(?:report|alert|page|complaint)))/i,
    names: (match) => namesOf(match[1] as string),
    from: (tail) => (tail[1] ? 'detected' : 'started')
  },
  // `we were down for about three hours`, `Checkout was unavailable for 40 minutes`
  {
    head: new RegExp(
      String.raw`\b${be}\s+(?:\w+\s+){0,2}?(?:down|offline|unavailable|unreachable|inaccessible)\s+for\s+$`,
      'i'
    ),
    names: () => resolve
  },
  // `File sync stopped for about 3 hours`, `checkout failed for 40 minutes`: a service failing, told with a verb.
  {
    head: /\b(?:stopped|failed|stalled|crashed|broke|errored|hung|went\s+(?:down|offline|stale|dark)|(?:was|were)\s+(?:broken|degraded|failing|erroring|stalled|stuck|stale|late|delayed))\s+for\s+$/i,
    names: () => resolve
  },
  // `Nodes were unable to pull images for 1h 28m`, `users could not log in for two hours`.
  {
    head: /\b(?:unable\s+to|could\s*n[o’']t|can\s*n[o’']t|cannot)\s+(?:[\w-]+\s+){1,4}?for\s+$/i,
    names: () => resolve
  },
  // `The outage lasted 47 minutes`, `the disruption in the EU lasted for 2 hours`
  {
    head: new RegExp(
      String.raw`\b(?:${outageNoun}|impact|incident)\b[^.;!?]{0,40}?\s(?:lasted|lasting|spanned|spanning|totall?ed|continued)\s+(?:for\s+)?$`,
      'i'
    ),
    names: () => resolve
  },
  // `an outage of 47 minutes`
  {head: new RegExp(String.raw`\b(?:${outageNoun})\s+of\s+$`, 'i'), names: () => resolve},
  // `47 minutes of downtime`
  {
    tail: /^\s+of\s+(?:total\s+|complete\s+|full\s+)?(?:downtime|outage|disruption|unavailability|impact)\b/i,
    names: () => resolve
  },
  // `a 47-minute outage`, `an hour-long disruption`
  {
    tail: /^(?:-long|\s+long)?\s+(?:outage|downtime|disruption|interruption|incident)\b/i,
    names: () => resolve,
    describes: true
  },
  // `Detection took roughly 8 minutes`, `restoring service took 2 hours`
  {
    head: /\b(detection|detecting|acknowledg(?:e?ment|ing)|diagnosis|diagnosing|(?:identifying|finding|pinpointing|locating|determining|isolating)\s+the\s+(?:root\s+)?cause|mitigation|mitigating|restoring|restoration|recovery|recovering|resolution|resolving)\b[^.;!?]{0,40}?\s(?:took|lasted|required|needed)\s+$/i,
    names: (match) => namesOf(match[1] as string),
    fromDetection: true
  },
  // `it took us 2 hours and 10 minutes to restore service`, `took 40 minutes to identify the cause`
  {
    head: /\btook(?:\s+[\w'’-]+){0,3}?\s+$/i,
    tail: /^\s+(?:for\s+[^.;!?]{1,30}?\s+)?to\s+((?:fully\s+|completely\s+)?(?:detect|notice|spot|discover|reali[sz]e|acknowledge|diagnose|identify|pinpoint|isolate|(?:find|determine|understand|locate)\s+(?:the\s+)?(?:root\s+)?cause|mitigate|stabili[sz]e|restore|recover|resolve))\b/i,
    names: (_, tail) => namesOf(tail?.[1] ?? ''),
    fromDetection: true
  },
  // `We noticed the errors after 8 minutes`, `Service was fully restored within 2 hours`
  {
    head: /\b((?:(?:fully|completely)\s+)?(?:detected|noticed|spotted|discovered|caught|reali[sz]ed|acknowledged|diagnosed|identified|pinpointed|isolated|found\s+the\s+(?:root\s+)?cause|mitigated|stabili[sz]ed|restored|recovered|resolved))\b[^.;!?]{0,40}?\s(after|in|within)\s+$/i,
    names: (match) => namesOf(match[1] as string),
    fromDetection: true
  }
]

/** `took 8 minutes before anyone noticed`: the words before such an amount. */
const tookHead = /\btook(?:\s+[\w'’-]+){0,3}?\s+$/i

/**
 * The durations of this incident a sentence states, in written order.
 *
 * @example
 *   durationStatements('The outage lasted 47 minutes.')
 *   // [{names: ['timeToResolve', 'timeToMitigate'], from: ['started'], seconds: 2820, bound: 'about', start: 4, end: 28}]
 *   durationStatements('Our goal is to detect within 5 minutes.') // []
 */
export function durationStatements(sentence: string): DurationStatement[] {
  if (notThisIncident.test(sentence)) return []
  const statements: DurationStatement[] = []
  for (const amount of readDurations(sentence)) {
    const written = sentence.slice(Math.max(0, amount.start - 100), amount.start)
    const qualified = qualifier.exec(written)
    const head = qualified ? written.slice(0, qualified.index) : written
    const tail = sentence.slice(amount.end, amount.end + 100)
    if (partBefore.test(head) || momentAfter.test(tail)) continue
    const found = statementOf(head, tail, sentence.slice(amount.start, amount.end))
    if (!found) continue
    const headStart = amount.start - written.length
    statements.push({
      names: found.names,
      // Work the team did may be counted from when they knew; detection itself, from the start.
      from: found.from
        ? [found.from]
        : found.fromDetection && found.names[0] !== 'timeToDetect'
          ? ['started', 'detected']
          : ['started'],
      seconds: amount.seconds,
      bound: boundOf(qualified?.[0] ?? '', found.within),
      start: found.headIndex === undefined ? amount.start : headStart + found.headIndex,
      end: amount.end + found.tailLength
    })
  }
  return statements
}

interface Found {
  names: Names
  fromDetection: boolean
  /** Where the words say it is measured from. */
  from?: MilestoneName
  /** Where the words before the amount start, in `head`. */
  headIndex?: number
  /** How many characters after the amount belong to the statement. */
  tailLength: number
  within: boolean
}

function statementOf(head: string, tail: string, amount: string): Found | undefined {
  const found = ruleOf(head, tail, amount)
  const rest = tail.slice(found?.tailLength ?? 0)
  if (!untilAfter.test(rest)) return found
  // `down for 40 minutes before anyone noticed`, `took 8 minutes until we were paged`: how long
  // it went unnoticed. Any other `before` or `until` cuts the amount short of a duration.
  const noticed = untilNoticed.exec(rest)
  if (!noticed) return undefined
  const took = found ? undefined : tookHead.exec(head)
  if (found?.fromDetection || (!found && !took)) return undefined
  const statement: Found = {
    names: ['timeToDetect'],
    fromDetection: false,
    tailLength: (found?.tailLength ?? 0) + noticed[0].length,
    within: false
  }
  const headIndex = found ? found.headIndex : took?.index
  if (headIndex !== undefined) statement.headIndex = headIndex
  return statement
}

function ruleOf(head: string, tail: string, amount: string): Found | undefined {
  for (const rule of rules) {
    const before = rule.head ? rule.head.exec(head) : null
    if (rule.head && !before) continue
    const after = rule.tail ? rule.tail.exec(tail) : null
    if (rule.tail && !after) continue
    // `a 47-minute outage`: an amount that describes the noun after it.
    if (rule.describes && !/\b(?:a|an|the|this|our)\s+$/i.test(head) && !/^an?\s/i.test(amount))
      continue
    const names = rule.names((before ?? after) as RegExpExecArray, after)
    if (!names) continue
    const found: Found = {
      names,
      fromDetection: rule.fromDetection === true,
      tailLength: after ? after[0].length : 0,
      within: before !== null && /\bwithin\s+$/i.test(before[0])
    }
    if (before) found.headIndex = before.index
    if (rule.from && after) found.from = rule.from(after)
    return found
  }
  return undefined
}

function boundOf(qualifier: string, within: boolean): DurationStatement['bound'] {
  if (/\b(?:over|more\s+than|at\s+least)\b/i.test(qualifier)) return 'over'
  if (within || /\b(?:under|less\s+than|at\s+most|up\s+to)\b/i.test(qualifier)) return 'under'
  return 'about'
}

/** What a duration field names: `Time to detect`, `TTR`, `Total downtime`. */
const fieldNames: ReadonlyArray<[RegExp, DurationName]> = [
  [/time\s+to\s+(?:detect(?:ion)?)|\bttd\b/i, 'timeToDetect'],
  [/time\s+to\s+acknowledge|\btta\b/i, 'timeToAcknowledge'],
  [/time\s+to\s+diagnos[ei]s?/i, 'timeToDiagnose'],
  [/time\s+to\s+mitigat(?:e|ion)|\bttm\b/i, 'timeToMitigate'],
  [
    /time\s+to\s+(?:resolve|resolution|recover|recovery|restore)|\bttr\b|total\s+(?:duration|downtime|outage)|(?:outage|incident|impact)\s+duration/i,
    'timeToResolve'
  ]
]

/** A duration a field states, with where its name and amount stand in the text. */
export interface DurationField {
  name: DurationName
  seconds: number
  /** Offsets into the text of the field's name, and the end of its amount. */
  start: number
  nameEnd: number
  end: number
}

/**
 * The durations a line of fields states: a name, then an amount.
 *
 * @example
 *   durationFields('**Time to detect:** 8 minutes')
 *   // [{name: 'timeToDetect', seconds: 480, start: 2, nameEnd: 16, end: 29}]
 */
export function durationFields(text: string): DurationField[] {
  const fields: DurationField[] = []
  for (const [words, name] of fieldNames) {
    const named = words.exec(text)
    if (!named) continue
    const nameEnd = named.index + named[0].length
    const amount = durationAfter(text, nameEnd)
    if (amount)
      fields.push({name, seconds: amount.seconds, start: named.index, nameEnd, end: amount.end})
  }
  return fields
}
