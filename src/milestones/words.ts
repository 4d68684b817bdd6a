/**
 * Read an entry's text as clauses of words, each word with the classes of
 * `lexicon.ts` it belongs to, by its lemma: irregular forms taken back to
 * their base (`found` → `find`), then the Porter stem (`stemmer`, by the
 * author of remark), so that `notice`, `noticed` and `noticing` are one
 * word. Phrasal verbs (`rolled it back`, `figured out`) take the meaning of
 * the phrase. Negations, plans and attempts are not applied here: each word
 * keeps what it is, and `evidence.ts` decides what the clause says.
 */
import {stemmer} from 'stemmer'
import {gloss, type Language, languageOf} from './glosses.js'
import {irregularVerbs, phrases, type WordClass, wordClasses} from './lexicon.js'

/** One word of an entry. */
export interface Word {
  /** As written, lower-cased (`noticed`). */
  text: string
  /** Its base form when irregular (`found` → `find`), else as written. */
  base: string
  /** The Porter stem of its base form (`noticed` → `notic`). */
  stem: string
  /** The classes it belongs to, by its stem and, for some, its exact form. */
  classes: readonly WordClass[]
  /** Taken into a phrase by an earlier word (`back` of `rolled back`): it means nothing alone. */
  absorbed: boolean
  /** Inside double quotes: someone's words, quoted (`"I think the site is down" shared by Sam`). */
  quoted: boolean
}

/** How a clause joins the one before it. */
export type Joint = 'start' | 'comma' | 'and' | 'but' | 'semicolon' | 'colon' | 'stop' | 'dash'

/** A clause: the words between two joints, or a bracketed note. */
export interface Clause {
  words: Word[]
  joint: Joint
  /** Written in brackets: `(problem started)`, `<END OF OUTAGE>`, `[resolved]`. */
  bracketed: boolean
  /** Words in the whole bracket this clause stands in (`(as the vendor said, later)`: 5), 0 outside brackets. */
  bracketSize: number
  /** Its words were all capitals (`START OF OUTAGE`): an author's annotation. */
  shouted: boolean
  /** It holds a number (`(report #2)`, `(v1.4)`): a reference, not an annotation. */
  numbered: boolean
  /** It ends in a question mark: `anyone else seeing 502s?` */
  asked: boolean
  /** The author set it whole in bold or italics (`**Customer impact starts.**`): a note of theirs. */
  emphasised?: boolean
  /** It opens on `because`, `since` or `as`: a reason given for what came before. */
  reason?: boolean
  /**
   * It tells the moment an amount of time is counted from (`some 53 minutes after the failure was
   * identified`, `(38 min after the ack)`): another moment's words, not those of the time told.
   */
  counted?: boolean
  /**
   * It opens on `before` (`the last train over the points before failure`): what it tells came
   * after the moment told, so its words are not that moment's.
   */
  later?: boolean
  /** It opens on `until` (`normal until 05:56`): the state before it held up to this moment. */
  until?: boolean
  /** `until` ends the text, its time cut off after it: this clause held up to that time. */
  heldUntil?: boolean
}

/** An amount (`53`, `a few`) and a unit of time (`minutes`, `hrs`) before `after` or `before`. */
const amountOfTime = /^(?:\d+|a|an|one|two|three|few|several)$/
export const unitOfTime = /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?)$/

/** A form or a link of a page, named by the quoted words before it (not a page or a dialog, which shows a message). */
const controlAfter = /^\s*(?:form|forms|link|links|field|fields|tab|tabs|tile|widget)\b/i

/**
 * The work a department is named by: `Network Operations`, `Crew Scheduling`, `Capacity Planning`,
 * `Customer Success`; or the place it works in, `Customer Contact Centre`.
 */
const departmentWork = /^(?:operations|scheduling|planning|success|centre|center|control)$/

/**
 * The clauses of a text, in order.
 *
 * @example
 *   readClauses('Rolled it back, but errors continue').map((clause) => clause.joint)
 *   // ['start', 'but']
 */
export function readClauses(
  written: string,
  /** The language the report is written in, for a text too short to tell its own. */
  language?: Language
): Clause[] {
  // `errors → 0`, `lag -> zero`: a count gone down to nothing, as a chat log writes it.
  const arrows = written.includes('→') || written.includes('->') ? toZero(written) : written
  const text = idiom.test(arrows) ? plainIdioms(arrows) : arrows
  // (`Ursache gefunden`, `se reinicia el servicio`: another language's words, read as the English
  // they mean.)
  const read = languageOf(text, language)
  const clauses: Clause[] = []
  let words: Word[] = []
  let joint: Joint = 'start'
  let bracketed = false
  let shouted = true
  let capitals = 0
  let numbered = false
  let quoted = false
  let bracketStart = 0
  /** The word just read was a name, capitalised after the clause's first word (`Black Friday`). */
  let afterName = false
  /** The word just read was capitalised, wherever it stands (`Payments` of `Payments Operations`). */
  let capitalBefore = false
  /** Where the run of capitalised words being read began: a name's first word. */
  let nameStart = 0
  /** The clause being read opens on a reason's conjunction. */
  let reason = false
  let nextReason = false
  /** The clause being read tells the moment an amount of time before it is counted from. */
  let counted = false
  let nextCounted = false
  let later = false
  let nextLater = false
  let until = false
  let nextUntil = false
  const close = (next: Joint, nextBracketed: boolean, asked = false) => {
    if (words.length > 0) {
      linkPhrases(words)
      // Two words or more, all in capitals: `START OF OUTAGE`, not `DNS`; nor an alarm's name
      // quoted (`"PDU-2B1 INPUT LOSS"`), which is the machine's words, not the author's note.
      clauses.push({
        words,
        joint,
        bracketed,
        bracketSize: bracketed ? words.length : 0,
        shouted: shouted && capitals >= 2 && !words.every((word) => word.quoted),
        numbered,
        asked,
        ...(reason ? {reason} : {}),
        ...(counted ? {counted} : {}),
        // (Not `before 10:00 the queue drained`, `before midnight`: a time, then what happened.)
        ...(later && !/^(?:\d|midnight|noon|dawn|then|that|this)/.test(words[0]?.text ?? '')
          ? {later}
          : {}),
        ...(until ? {until} : {})
      })
      joint = next
    } else if (clauses.length > 0 && rank(next) > rank(joint)) {
      // Two marks in a row (`),`, `.)`): the clause after is joined by the stronger.
      joint = next
    }
    words = []
    afterName = false
    reason = nextReason
    nextReason = false
    counted = nextCounted
    nextCounted = false
    later = nextLater
    nextLater = false
    until = nextUntil
    nextUntil = false
    bracketed = nextBracketed
    shouted = true
    capitals = 0
    numbered = false
  }
  token.lastIndex = 0
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const piece = match[0]
    const first = piece.charCodeAt(0)
    if (isWordStart(first)) {
      const lower = piece.toLowerCase()
      if (isDigit(first)) numbered = true
      // A lone capital (`A`, `I`) or a number says nothing of the writer's capitals.
      if (/[a-z]/.test(piece)) shouted = false
      else if (/[A-Z]{2}/.test(piece)) capitals++
      // (`from then on`, `by then`, `since then`: a time told, not the next step.)
      // (`took a while`: an amount of time taken, no conjunction; `after close`, `until close`: the
      // close of business named, no clause after.)
      const conjunction =
        (lower === 'then' && sinceWords.has(words[words.length - 1]?.text ?? '')) ||
        ((lower === 'after' || lower === 'before' || lower === 'until') &&
          closeOfBusiness.test(text.slice(token.lastIndex))) ||
        (lower === 'while' && words[words.length - 1]?.text === 'a' && tookAWhile(words))
          ? undefined
          : conjunctions.get(lower)
      // (`it took a while for people to complain`, `took 40 minutes for anyone to notice`: what came
      // after the wait, told here as the reason for it.)
      if (lower === 'for' && tookAWhile(words)) {
        nextLater = true
        close('comma', bracketed)
        continue
      }
      if (conjunction && words.length > 0) {
        nextReason = reasons.has(lower)
        nextCounted =
          (lower === 'after' || lower === 'before') &&
          amountOfTime.test(words[words.length - 2]?.text ?? '') &&
          unitOfTime.test(words[words.length - 1]?.text ?? '')
        nextLater = lower === 'before' && !nextCounted
        nextUntil = lower === 'until'
        close(conjunction, bracketed)
        continue
      }
      if (conjunction && reasons.has(lower)) reason = true
      if (conjunction) {
        // `, but`: the clause after is joined by the stronger of the two.
        if (clauses.length > 0 && rank(conjunction) > rank(joint)) joint = conjunction
        continue
      }
      const mark = match.index > 0 ? text.charCodeAt(match.index - 1) : 0
      // `#inc-0603-android-crash`, `@db-oncall`: a channel's or someone's name, no words of what happened.
      if (mark === hash || mark === at) {
        // (A channel for alerts, `#staff-alerts`, `#alarms-prod`, is where alerts are posted.)
        const alerts = mark === hash && /(?:^|-)(?:alerts?|alarms?)(?:-|$)/.test(lower)
        words.push(
          alerts
            ? {...wordOf('alerts'), text: lower, quoted}
            : {text: lower, base: lower, stem: lower, classes: [], absorbed: false, quoted}
        )
        continue
      }
      // `NullPointerException`, `ConnectionTimeout`: a type's name, read by its last part when the
      // whole is no word the lexicon knows and the part names what went wrong; a function's name,
      // `BeginBlock`, `AllocateTokens`, names no deed done.
      const last = camelCase.test(piece) ? /[A-Z][a-z]+$/.exec(piece)?.[0].toLowerCase() : undefined
      const whole = wordOf(lower)
      if (last && whole.classes.length === 0) {
        const part = wordOf(last)
        words.push(
          part.classes.includes('failure') || part.classes.includes('badMeasure')
            ? {...part, text: lower, quoted}
            : {...whole, quoted}
        )
        continue
      }
      // `ERR_UNKNOWN_SKU`, `E_CONN_TIMEOUT`: an error's code, read as the failure it names.
      if (lower.includes('_') && whole.classes.length === 0) {
        const failing = lower
          .split('_')
          .find((part) => part === 'err' || wordOf(part).classes.includes('failure'))
        if (failing) {
          words.push({...wordOf(failing === 'err' ? 'error' : failing), text: lower, quoted})
          continue
        }
      }
      // `First 413 on /api/documents`, `413 rate back to 0`, `returned 429`: an HTTP status of error
      // by its number, beside a word of its sight or its counting (`413 rows` is a count).
      if (/^[45]\d\d$/.test(lower) && whole.classes.length === 0) {
        const previous = words[words.length - 1]?.text ?? ''
        const next = /^\s+([a-z]+)/i.exec(text.slice(match.index + piece.length))?.[1] ?? ''
        if (statusBefore.test(previous) || statusAfter.test(next)) {
          words.push({...wordOf('error'), text: lower, quoted})
          continue
        }
      }
      // `the Black Friday event`, `our Summer Sale events`: an event a name names is the product's
      // (a sale, a launch), not the incident.
      // (`41,203 outbox events`, `events were replayed`: data a system handles, not the incident;
      // the incident is `the event`.)
      if (lower === 'events' || (lower === 'event' && afterName)) {
        words.push({...wordOf(lower), classes: [], quoted})
        afterName = false
        continue
      }
      // (`calls the IT help line`: the desk that takes calls, as a `helpline` is.)
      if (lower === 'line' && words[words.length - 1]?.text === 'help') {
        words.push({...wordOf('helpline'), text: lower, quoted})
        continue
      }
      // `POST /v2/orders`, `GET /health`: an HTTP method, no message posted nor data deleted.
      if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(piece)) {
        words.push({text: lower, base: lower, stem: lower, classes: [], absorbed: false, quoted})
        capitalBefore = false
        continue
      }
      // `Payments Operations completes reconciliation`, `Network Operations`, `a captain calls Crew
      // Scheduling`, `Elif from Customer Success joined`: a department named by its work, the team,
      // not the service's operations, a plan, nor a success.
      const capital = /^[A-Z][a-z]/.test(piece)
      if (capital && capitalBefore && departmentWork.test(lower)) {
        // (`the Customer Contact Centre`: the words of its name before it name it, no customer
        // and no contact.)
        if (lower === 'centre' || lower === 'center')
          for (let at = nameStart; at < words.length; at++)
            words[at] = {...(words[at] as Word), classes: []}
        words.push({...wordOf('team'), text: lower, quoted})
        continue
      }
      // (`checks CCTV at Bridge Terminal`, `Call Point Station`: the words of a place's name before
      // the kind of place it is name it, no meeting and no call.)
      // (`Kettlewell Bridge`, `London Bridge`: a name's `Bridge` after a word of no class; not the
      // response's `Incident Bridge`, `Teams bridge`, `Zoom bridge`.)
      const placeBridge =
        lower === 'bridge' &&
        (words[words.length - 1]?.classes.length ?? 1) === 0 &&
        !/^(?:zoom|webex|meet|conference|crisis|war|sev\d|p\d)$/.test(
          words[words.length - 1]?.text ?? ''
        )
      if (capital && capitalBefore && (placeNouns.test(lower) || placeBridge)) {
        for (let at = nameStart; at < words.length; at++)
          words[at] = {...(words[at] as Word), classes: []}
        words.push({...wordOf(lower), classes: [], quoted})
        continue
      }
      if (capital && !capitalBefore) nameStart = words.length
      capitalBefore = capital
      afterName = words.length > 0 && capital
      // (`no se entregan`, `não se processam`, `ne se`: the reflexive of a passive, between the
      // denial and its verb, read as English's `not delivered`; `Se identifica la causa`, `se
      // conecta a la VPN`: the cause is identified, he connects. No word of its own.)
      if (
        (lower === 'se' && (read === 'es' || read === 'pt' || read === 'it' || read === 'fr')) ||
        (lower === 'si' && read === 'it' && words[words.length - 1]?.text === 'not')
      )
        continue
      const english = gloss(lower, read)
      if (english) {
        const previous = words[words.length - 1]
        // (`het scannen werkt niet`, `der Dienst läuft nicht`: German and Dutch deny after the verb;
        // read as English does, before it.)
        if (
          english === 'not' &&
          (read === 'de' || read === 'nl') &&
          previous !== undefined &&
          previous.classes.length > 0
        )
          words.splice(words.length - 1, 0, {...wordOf(english), quoted})
        else words.push({...wordOf(english), quoted})
        continue
      }
      for (const part of splitContraction(lower)) words.push({...wordOf(part), quoted})
      continue
    }
    if (piece === '"' || piece === '“' || piece === '”') {
      const closing = piece === '“' ? false : piece === '”' ? true : quoted
      quoted = piece === '“' ? true : piece === '”' ? false : !quoted
      // (`the "join the crew list" form`, `the "Renew" link`: the words that name a form or a link, its
      // name, no deed.)
      if (closing && controlAfter.test(text.slice(match.index + 1, match.index + 24)))
        for (let at = words.length - 1; at >= 0 && words[at]?.quoted; at--)
          words[at] = {...(words[at] as Word), classes: []}
      continue
    }
    const next = match.index + piece.length < text.length ? text.charCodeAt(match.index + 1) : 0
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : 0
    switch (piece) {
      case ',':
        close('comma', bracketed)
        break
      case ';':
        close('semicolon', bracketed)
        break
      case ':':
        // A clock's colon (`14:05`) joins nothing.
        if (!(isDigit(before) && isDigit(next))) close('colon', bracketed)
        break
      case '.':
      case '!':
      case '?':
        // A full stop inside a word (`v1.4.2`, `99.9%`, `crates.io`) ends no sentence.
        if (!(isWordStart(before) && isWordStart(next))) close('stop', bracketed, piece === '?')
        break
      case '(':
      case '[':
      case '<':
        close(joint === 'start' ? 'start' : 'comma', true)
        bracketStart = clauses.length
        break
      case ')':
      case ']':
      case '>':
        if (bracketed) {
          close('comma', false)
          const inside = clauses.slice(bracketStart).filter((clause) => clause.bracketed)
          const size = inside.reduce((sum, clause) => sum + clause.words.length, 0)
          for (const clause of inside) clause.bracketSize = size
        } else close('comma', false)
        break
      default:
        // Dashes between words: `Attack 1 — drained`, `fix - deployed`.
        close('dash', bracketed)
    }
  }
  // `night shift normal until` and the time cut off after it: the last clause held up to that time.
  const held = until && words.length === 0
  close('stop', false)
  const last = clauses.at(-1)
  if (held && last) last.heldUntil = true
  return clauses
}

/**
 * Fixed idioms whose words mean nothing apart, said plainly: `put two and two together` is
 * `figured it out` (its `and` joins no clauses); `from here down` says where in the page
 * (`(Thursday from here down)`), nothing going down.
 */
const idiom = /\btwo\s+and\s+two\b|\bfrom\s+(?:here|this\s+line)\s+down\b/i

function plainIdioms(text: string): string {
  return text
    .replace(/\b(?:put|puts|putting)\s+two\s+and\s+two\s+together\b/gi, 'figured it out')
    .replace(/\bfrom\s+(?:here|this\s+line)\s+down\b/gi, 'below')
}

/** Words, and the punctuation that joins clauses. */
const token =
  /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}\p{L}])|[\p{L}\p{N}][\p{L}\p{N}'’_-]*|[,;:.!?()[\]<>"“”]|\s[-–—]+\s|—|–/gu

/** Words that open what a preposition holds: after them, `in` is no particle. */
const prepositionObject = new Set(['our', 'the', 'a', 'an', 'their', 'its', 'my', 'your'])

/** Conjunctions that give a reason: the clause after them explains, it tells no event. */
const reasons = new Set(['because', 'since'])

/** Words after which `then` is a time, not `and then`: `from then on`, `by then`. */
const sinceWords = new Set(['from', 'since', 'until', 'till', 'by', 'back'])

/** Conjunctions that start a new clause, and how. */
const conjunctions = new Map<string, Joint>([
  ['and', 'and'],
  ['then', 'and'],
  ['but', 'but'],
  ['however', 'but'],
  ['although', 'but'],
  ['though', 'but'],
  ['whereas', 'but'],
  ['while', 'but'],
  ['until', 'but'],
  ['after', 'comma'],
  ['before', 'comma'],
  ['because', 'comma'],
  ['since', 'comma'],
  ['so', 'comma'],
  ['which', 'comma'],
  ['who', 'comma'],
  ['when', 'comma']
])

/** `close` named after `after` or `until`, as a time of day: `after close`, `until close.` */
const closeOfBusiness = /^\s+close\b(?!\s+(?:the|an?|our|this|that|it|them|out|down|off|of)\b)/i

/** A verb of taking time, then how long (`took a while`, `took 40 minutes`, `takes ages`). */
function tookAWhile(words: readonly Word[]): boolean {
  const at = words.findLastIndex((word) => /^(?:took|take|takes|taking|needed)$/.test(word.text))
  if (at === -1 || at < words.length - 5 || at === words.length - 1) return false
  return words
    .slice(at + 1)
    .every(
      (word) =>
        amountOfTime.test(word.text) ||
        unitOfTime.test(word.text) ||
        /^(?:while|bit|little|some|time|long|longer|ages|good|more|than|over|almost|nearly|about)$/.test(
          word.text
        )
    )
}

/** The kinds of place a name ends on: `Bridge Terminal`, `Market Square`, `Ferry Road`. */
const placeNouns =
  /^(?:terminal|terminus|station|square|street|road|avenue|lane|park|plaza|depot|yard|airport|harbou?r|pier|wharf|quay|mall|campus|hospital|junction|interchange)$/

/** How strongly a joint separates: a full stop more than a comma. */
function rank(joint: Joint): number {
  return {start: 0, and: 1, comma: 2, dash: 3, colon: 4, but: 5, semicolon: 6, stop: 7}[joint]
}

function isWordStart(code: number): boolean {
  return code > 127 || isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** `didn't` → `did` `n't`; `cluster's` → `cluster`; `I'm` → `i` `am`; `it's` → `it` `is`. */
function splitContraction(word: string): string[] {
  // Most words have no apostrophe: no new string for them.
  if (!word.includes("'") && !word.includes('’')) return [word]
  const plain = word.replaceAll('’', "'")
  if (plain.endsWith("n't") && plain.length > 3) {
    const stem = plain.slice(0, -3)
    // `can't`, `won't`: the verb is `can`, `will`.
    return [stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem, "n't"]
  }
  const apostrophe = plain.indexOf("'")
  if (apostrophe <= 0) return [plain]
  // `we're`, `I'm`, `we've`, `we'll`: the verb the ending stands for; `'s` and `'d` may be several.
  const ending = plain.slice(apostrophe + 1)
  const head = plain.slice(0, apostrophe)
  // (`d'incident`, `l'alerte`, `dell'incidente`: French and Italian elide an article or a word
  // onto the next, which is the word read.)
  if (elided.has(head) && ending.length > 2 && !contracted.has(ending)) return [ending]
  // `it's`, `that's`: a pronoun's `'s` is `is` (or `has`), never a possessive.
  const verb = contracted.get(ending) ?? (ending === 's' && pronouns.has(head) ? 'is' : undefined)
  return verb ? [head, verb] : [head]
}

/** What French and Italian elide onto the word after: `l'`, `d'`, `qu'`, `dell'`. */
const elided = new Set([
  'l',
  'd',
  'j',
  'qu',
  'c',
  's',
  'n',
  'dell',
  'nell',
  'all',
  'sull',
  'dall',
  'quest'
])

/** Pronouns whose `'s` is a verb. */
const pronouns = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'this'])

/** Endings of contractions that stand for one verb only. */
const contracted = new Map([
  ['re', 'are'],
  ['m', 'am'],
  ['ve', 'have'],
  ['ll', 'will']
])

/** The classes of every lexicon word, by stem; and of exact forms (`=paged`). */
const byStem = new Map<string, WordClass[]>()
const byForm = new Map<string, WordClass[]>()
/** Every word the lexicon lists, as written. */
const listed = new Set(Object.values(wordClasses).flatMap((words) => words as readonly string[]))
/** The classes each word is listed in, as written. */
const listedIn = new Map<string, WordClass[]>()
for (const [name, words] of Object.entries(wordClasses) as Array<[WordClass, readonly string[]]>)
  for (const word of words) listedIn.set(word, [...(listedIn.get(word) ?? []), name])
/** Irregular forms by the form: `found` → `find`. */
const baseOf = new Map<string, string>()
for (const [base, forms] of Object.entries(irregularVerbs)) {
  for (const form of forms) baseOf.set(form, base)
}
for (const [name, words] of Object.entries(wordClasses) as Array<[WordClass, readonly string[]]>) {
  for (const word of words) {
    const keys = word.startsWith('=')
      ? [[byForm, word.slice(1)] as const]
      : inflections(baseOf.get(word) ?? word).map((form) => [byStem, stemmer(form)] as const)
    for (const [map, key] of keys) {
      const classes = map.get(key) ?? []
      if (!classes.includes(name)) classes.push(name)
      map.set(key, classes)
    }
  }
}

function toZero(text: string): string {
  return text.replace(/\s*(?:→|->)\s*(?=(?:0|zero|none|nil)\b)/gi, ' down to ')
}

/**
 * A base form and its regular inflections, so that every stem the
 * stemmer gives them finds the word: Porter stems `add` as `add` but
 * `added` as `ad`.
 */
function inflections(base: string): string[] {
  if (!/^[a-z]+$/.test(base) || base.length < 3) return [base]
  const forms = [base, `${base}s`]
  if (base.endsWith('e')) forms.push(`${base}d`, `${base.slice(0, -1)}ing`)
  else if (/[^aeiou]y$/.test(base))
    forms.push(`${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ies`, `${base}ing`)
  else {
    // A short verb ending consonant-vowel-consonant doubles it: `stop`, `stopped`; one of a single
    // syllable has no other form (`planed` is `plane`'s, so `control plane` would read as a plan).
    const doubles = /[^aeiou][aeiou][^aeiouwxy]$/.test(base)
    if (!doubles || (base.match(/[aeiouy]+/g) ?? []).length > 1)
      forms.push(`${base}ed`, `${base}ing`)
    if (doubles) {
      const last = base.at(-1) as string
      forms.push(`${base}${last}ed`, `${base}${last}ing`)
    }
  }
  return forms
}

/** Words before an HTTP status that make it one: `first 413`, `returned 429`. */
const statusBefore = /^(?:first|http|another|returns?|returned|returning|got|gets|getting)$/
/** Words after an HTTP status that make it one: `413 rate`, `429 errors`. */
const statusAfter = /^(?:rate|rates|errors?|responses?|codes?|status|spike|spikes)$/i

/** Phrases by their first word's base: the second word, the classes, how far apart. */
const phrasesByStem = new Map<
  string,
  Array<{second: string; classes: readonly WordClass[]; gap: number}>
>()
const particles = new Set([
  'back',
  'over',
  'up',
  'down',
  'off',
  'on',
  'out',
  'into',
  'at',
  'to',
  'behind',
  'offline',
  'dark'
])
for (const [first, second, classes] of phrases) {
  const key = stemmer(baseOf.get(first) ?? first)
  const list = phrasesByStem.get(key) ?? []
  // A verb's particle may stand two words after it (`rolled it back`); other words one (`take a look`).
  list.push({second: stemmer(second), classes, gap: particles.has(second) ? 2 : 1})
  phrasesByStem.set(key, list)
}

const hash = '#'.charCodeAt(0)
const at = '@'.charCodeAt(0)
/**
 * Two or more capitalised parts run together, as a type is named: `NullPointerException`,
 * `ConnectionTimeout`. (Not a setting's key, which starts small: `maxUnavailable: 25%`.)
 */
const camelCase = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/

/** What a word is, remembered: a report repeats its words. Bounded, as text can hold any number of words. */
const known = new Map<string, Word>()

function wordOf(text: string): Word {
  // Shared and never changed: the caller copies it into its clause (`readClauses`).
  const remembered = known.get(text)
  if (remembered) return remembered
  const base = baseOf.get(text) ?? text
  const stem = stemOf(base)
  // `resolver`, `scheduler`: a thing named after what it does (a component), not the deed;
  // a lexicon word ending so (`responder`, `higher`) keeps its classes.
  // (`operator` from `operate`; a lexicon word ending so, `responder`, keeps the classes it is listed in.)
  const singular = text.replace(/s$/, '')
  const doer = /ators?$/.test(text) ? text.replace(/ors?$/, 'e') : text.replace(/rs?$/, '')
  const agent = /(?:er|or)s?$/.test(text) && listed.has(doer) && stemmer(doer) === stem
  const stemmed = agent ? (listedIn.get(singular) ?? []) : (byStem.get(stem) ?? [])
  const exact = byForm.get(text)
  const classes = exact ? [...new Set([...stemmed, ...exact])] : stemmed
  const word: Word = {text, base, stem, classes, absorbed: false, quoted: false}
  if (known.size > 20_000) known.clear()
  known.set(text, word)
  return word
}

/**
 * The stem of a base form; hyphenated words by their last part when the
 * whole has no class (`re-deployed` is `deploy`), as `stemmer` keeps hyphens.
 */
function stemOf(word: string): string {
  const whole = stemmer(word)
  if (!word.includes('-') || byStem.has(whole)) return whole
  const last = word.slice(word.lastIndexOf('-') + 1)
  return last ? stemmer(baseOf.get(last) ?? last) : whole
}

/** Words that open a phrase of their own between a verb and its particle. */
const prepositions = new Set([
  'from',
  'in',
  'at',
  'with',
  'for',
  'of',
  'by',
  'about',
  'after',
  'before',
  'during',
  'since',
  'until',
  'through',
  'via'
])

/** Give a phrase's first word the phrase's classes, and take its second word out. */
function linkPhrases(words: Word[]): void {
  for (const [index, word] of words.entries()) {
    const candidates = phrasesByStem.get(word.stem)
    if (!candidates || word.absorbed) continue
    for (const {second, classes, gap} of candidates) {
      const end = Math.min(words.length - 1, index + 1 + gap)
      for (let at = index + 1; at <= end; at++) {
        const other = words[at] as Word
        if (other.stem !== second) continue
        // (`working from home on a tender`: a verb's particle stands after its object, `rolled the
        // deploy back`, not after a preposition's.)
        // (`fails to come back`: nor after an infinitive's `to`, whose verb the particle is.)
        if (
          words
            .slice(index + 1, at)
            .some((between) => prepositions.has(between.text) || between.text === 'to')
        )
          break
        // (`the first failed write in our logs`: `in` before what it holds is a preposition.)
        if (second === 'in' && prepositionObject.has(words[at + 1]?.text ?? '')) continue
        word.classes = classes
        other.absorbed = true
        other.classes = []
        break
      }
      if (word.classes === classes) break
    }
    if (!word.absorbed && ceasing.has(word.stem)) ceasedWork(words, index)
  }
}

/** The stems of the verbs that stop a thing: `stop`, `cease`. */
const ceasing = new Set(['stop', 'ceas'].map((word) => stemmer(word)))
const ceasedClasses: readonly WordClass[] = ['failure']
const useStem = stemmer('use')

/**
 * `stops delivering messages`, `results stopped arriving`, `deja de entregar mensajes`: a service's
 * work named by its gerund right after the verb that stops it (past another language's `de`), a
 * failure, as `goes offline` is. (Not `stopped using the old endpoint`: people's use, no service.)
 */
function ceasedWork(words: Word[], index: number): void {
  const next = words[index + 1]?.text === 'de' ? index + 2 : index + 1
  const work = words[next]
  if (!work?.text.endsWith('ing') || !is(work, 'serve') || work.stem === useStem) return
  ;(words[index] as Word).classes = ceasedClasses
  work.absorbed = true
  work.classes = []
}

/**
 * Whether a word belongs to a class.
 *
 * @example
 *   readClauses('We noticed')[0]?.words.some((word) => is(word, 'aware')) // true
 */
export function is(word: Word, name: WordClass): boolean {
  return word.classes.includes(name)
}
