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

const globalRules = wordingRules.map((rule) => ({
  rule,
  pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`)
}))

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
  const lower = text.toLowerCase()
  for (const {rule, pattern} of globalRules) {
    if (!rule.cues.some((cue) => lower.includes(cue))) continue
    if (!appliesTo(rule, text)) continue
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0
      const end = index + match[0].length
      if (negated(text, index, end)) continue
      if (rule.id === 'alert' && alertSetup.test(text.slice(Math.max(0, index - 40), index)))
        continue
      if (isRemediation(rule) && begun.test(text.slice(0, end))) continue
      found.push({milestone: rule.milestone, rule: rule.id, tier: rule.tier, index})
      break
    }
  }
  return found
}

function negated(text: string, index: number, end: number): boolean {
  return (
    negation.test(text.slice(Math.max(0, index - 40), index)) ||
    negationAfter.test(text.slice(end, end + 40))
  )
}

function isRemediation(rule: WordingRule): boolean {
  return rule.milestone === 'mitigated' && rule.tier > 1
}

/** Whole-entry conditions under which a rule does not apply at all. */
function appliesTo(rule: WordingRule, text: string): boolean {
  const recovery = rule.milestone === 'mitigated' || rule.milestone === 'resolved'
  if (recovery && communication.test(text)) return false
  // `Confirmed problem is still visible`, `Downgraded plugin reports NoSuchMethodError`: the problem persists.
  if ((recovery || rule.milestone === 'diagnosed') && rule.tier > 1 && persistence.test(text))
    return false
  if (!isRemediation(rule)) return true
  return !plan.test(text) && !notProduction.test(text)
}
