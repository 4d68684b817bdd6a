import {
  alertSetup,
  begun,
  communication,
  type MilestoneName,
  negation,
  negationAfter,
  notProduction,
  persistence,
  plan,
  type WordingRule,
  wordingRules
} from './rules.js'

/** A milestone that an entry's words support, with the rule that says so. */
export interface Classification {
  milestone: MilestoneName
  rule: string
  tier: 1 | 2 | 3
  /** Where in the text the rule matched. */
  index: number
}

/**
 * The milestones a timeline entry's text supports, by the wording rules in
 * `rules.ts`. A match is cancelled by a negation just before or after it
 * (`not yet resolved`, `Alerts did not fire`); an alert being set up is not
 * a detection; a remediation that is only planned or begun (`Decision to
 * disable`, `Begin throttling`) or done outside production (`in the sandbox`)
 * is not a mitigation; a status page update or a tweet is communication, not
 * recovery; an entry that says the problem persists is no diagnosis,
 * remediation or recovery below tier 1.
 *
 * @example
 *   classifyEntry('Root cause identified: rate limiter sees load balancer IP only')
 *   // [{milestone: 'diagnosed', rule: 'root-cause-found', tier: 1, index: 0}]
 */
export function classifyEntry(text: string): Classification[] {
  const found: Classification[] = []
  const cued = cuedRules(text)
  if (cued === 0) return found
  for (let index = 0; index < compiled.length; index++) {
    if ((cued & (1 << index)) === 0) continue
    const rule = compiled[index] as CompiledRule
    if (!appliesTo(rule, text)) continue
    const at = firstMatch(rule, text)
    if (at !== undefined) {
      found.push({milestone: rule.milestone, rule: rule.id, tier: rule.tier, index: at})
    }
  }
  return found
}

/** A wording rule with what `classifyEntry` asks of it worked out once. */
interface CompiledRule {
  id: string
  milestone: MilestoneName
  tier: 1 | 2 | 3
  /** The rule's pattern, global, so that it can be run from one match to the next. */
  pattern: RegExp
  /** Not said of a recovery that is only announced (`status page`, `tweet`). */
  recovery: boolean
  /** Cancelled by words that the problem persists. */
  undoneByPersistence: boolean
  /** A remediation (tier 2 or 3 mitigation): cancelled when planned, begun or not in production. */
  remediation: boolean
  /** The `alert` rule: an alert being set up (`Added a Prometheus alert`) is no detection. */
  alert: boolean
}

const compiled: readonly CompiledRule[] = wordingRules.map(compile)

function compile(rule: WordingRule): CompiledRule {
  const recovery = rule.milestone === 'mitigated' || rule.milestone === 'resolved'
  return {
    id: rule.id,
    milestone: rule.milestone,
    tier: rule.tier,
    pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`),
    recovery,
    undoneByPersistence: (recovery || rule.milestone === 'diagnosed') && rule.tier > 1,
    remediation: rule.milestone === 'mitigated' && rule.tier > 1,
    alert: rule.id === 'alert'
  }
}

/**
 * The index of the first match of a rule that no negation or guard cancels,
 * or undefined. An exec loop rather than `matchAll`: most entries stop at
 * the first match, and no iterator is made.
 */
function firstMatch(rule: CompiledRule, text: string): number | undefined {
  const pattern = rule.pattern
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const index = match.index
    const end = index + match[0].length
    // An empty match would not move the pattern on.
    if (end === index) pattern.lastIndex++
    if (negated(text, index, end)) continue
    if (rule.alert && alertSetup.test(text.slice(Math.max(0, index - 40), index))) continue
    if (rule.remediation && begun.test(beforeAction(text, index, end))) continue
    return index
  }
  return undefined
}

/**
 * What `begun` (`<begin word> [to] <word>` at the end) reads of the text up
 * to a match: the word run the match ends, the spaces and optional `to`
 * before it, and eleven characters more, for the longest begin word
 * (`initiating`) and the boundary before it. The same answer as the whole
 * text up to the match, in time that does not grow with the text: an entry
 * of many begun actions (`started takedown` repeated) was quadratic.
 */
function beforeAction(text: string, index: number, end: number): string {
  let from = index
  while (from > 0 && isWordCharacter(text.charCodeAt(from - 1))) from--
  while (from > 0 && whitespace.test(text.charAt(from - 1))) from--
  if (from >= 3 && spacedTo.test(text.slice(from - 3, from))) {
    from -= 2
    while (from > 0 && whitespace.test(text.charAt(from - 1))) from--
  }
  return text.slice(Math.max(0, from - 11), end)
}

const whitespace = /\s/
const spacedTo = /^\sto$/i

/** `\w` without the `u` flag: ASCII letters, digits and `_`. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  )
}

function negated(text: string, index: number, end: number): boolean {
  return (
    negation.test(text.slice(Math.max(0, index - 40), index)) ||
    negationAfter.test(text.slice(end, end + 40))
  )
}

/** Whole-entry conditions under which a rule does not apply at all. */
function appliesTo(rule: CompiledRule, text: string): boolean {
  if (rule.recovery && communication.test(text)) return false
  // `Confirmed problem is still visible`, `Downgraded plugin reports NoSuchMethodError`: the problem persists.
  if (rule.undoneByPersistence && persistence.test(text)) return false
  if (!rule.remediation) return true
  return !plan.test(text) && !notProduction.test(text)
}

/**
 * Every cue of every rule in one pattern, longest first, so that one scan of
 * the lower-cased entry finds the rules worth running (about 2 of 15 on a
 * typical entry) instead of testing each rule's cues with `includes`.
 */
const cuePattern = new RegExp(
  [...new Set(wordingRules.flatMap((rule) => rule.cues))]
    .sort((a, b) => b.length - a.length)
    .map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g'
)

/**
 * The rules (bits, by index in `wordingRules`) whose cues a matched cue
 * contains. The scan finds the longest cue at each place; a shorter cue
 * there, or anywhere inside it, is then present too.
 */
const rulesOfCue = new Map<string, number>()
// One bit per rule in a 32-bit number.
if (wordingRules.length > 31) throw new Error('Expected at most 31 wording rules')
for (const cue of new Set(wordingRules.flatMap((rule) => rule.cues))) {
  let bits = 0
  for (const [index, rule] of wordingRules.entries()) {
    if (rule.cues.some((other) => cue.includes(other))) bits |= 1 << index
  }
  rulesOfCue.set(cue, bits)
}

/** The rules with a cue in `text`: the same as testing each cue with `includes` on the lower-cased text. */
function cuedRules(text: string): number {
  const lower = text.toLowerCase()
  let bits = 0
  cuePattern.lastIndex = 0
  for (let match = cuePattern.exec(lower); match; match = cuePattern.exec(lower)) {
    bits |= rulesOfCue.get(match[0]) ?? 0
    // Cues overlap (`failure` holds `fail`; one may begin inside another): go on from the next character.
    cuePattern.lastIndex = match.index + 1
  }
  return bits
}
