import {
  communication,
  intent,
  type MilestoneName,
  negation,
  notProduction,
  persistence,
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
  pattern: new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`
  )
}))

/**
 * The milestones a timeline entry's text supports, by the wording rules in
 * `rules.ts`. A match is cancelled by a negation just before it (`not yet
 * resolved`); a remediation that is only intended or begun (`Decision to
 * disable`, `begin reverting`) or done outside production (`in the sandbox`)
 * does not count as mitigation; a status page update is communication, not
 * recovery; an entry that says the problem persists is no diagnosis,
 * remediation or recovery.
 *
 * @example
 *   classifyEntry('Root cause identified: rate limiter sees load balancer IP only')
 *   // [{milestone: 'diagnosed', rule: 'root-cause-found', tier: 1, index: 0}]
 */
export function classifyEntry(text: string): Classification[] {
  const found: Classification[] = []
  for (const {rule, pattern} of globalRules) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0
      if (negation.test(text.slice(Math.max(0, index - 40), index))) continue
      if (!counts(rule, text)) break
      found.push({milestone: rule.milestone, rule: rule.id, tier: rule.tier, index})
      break
    }
  }
  return found
}

function counts(rule: WordingRule, text: string): boolean {
  const recovery = rule.milestone === 'mitigated' || rule.milestone === 'resolved'
  if (recovery && communication.test(text)) return false
  // `Confirmed problem is still visible`, `Downgraded plugin reports NoSuchMethodError`: the problem persists.
  if ((recovery || rule.milestone === 'diagnosed') && rule.tier > 1 && persistence.test(text))
    return false
  if (rule.milestone !== 'mitigated' || rule.tier === 1) return true
  return !intent.test(text) && !notProduction.test(text)
}
