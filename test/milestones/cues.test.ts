import {expect, test} from 'vitest'
import {type Classification, classifyEntry, wordingRules} from '../../src/index.js'
import {
  alertSetup,
  begun,
  communication,
  negation,
  negationAfter,
  notProduction,
  persistence,
  plan
} from '../../src/milestones/rules.js'
import {reportLines} from '../helpers/report-lines.js'

const lines = reportLines()

test('every wording rule lists cues, in lower case', () => {
  for (const rule of wordingRules) {
    expect(rule.cues.length, rule.id).toBeGreaterThan(0)
    for (const cue of rule.cues) expect(cue, rule.id).toBe(cue.toLowerCase())
  }
})

for (const rule of wordingRules) {
  test(`wordingRules['${rule.id}'].cues: every match contains a cue`, () => {
    const pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`)
    const missed: string[] = []
    for (const line of lines) {
      for (const match of line.matchAll(pattern)) {
        const text = match[0].toLowerCase()
        if (!rule.cues.some((cue) => text.includes(cue))) missed.push(match[0])
      }
    }
    expect(missed).toEqual([])
  })
}

/**
 * `classifyEntry` as first written: every rule whose cues `includes` finds in
 * the lower-cased entry, then its pattern with `matchAll`. The classifier now
 * finds all cues in one scan and runs each pattern with `exec`; both must
 * say the same of every line.
 */
function classifyByEachCue(text: string): Classification[] {
  const found: Classification[] = []
  const lower = text.toLowerCase()
  for (const rule of wordingRules) {
    if (!rule.cues.some((cue) => lower.includes(cue))) continue
    const recovery = rule.milestone === 'mitigated' || rule.milestone === 'resolved'
    const remediation = rule.milestone === 'mitigated' && rule.tier > 1
    if (recovery && communication.test(text)) continue
    if ((recovery || rule.milestone === 'diagnosed') && rule.tier > 1 && persistence.test(text))
      continue
    if (remediation && (plan.test(text) || notProduction.test(text))) continue
    const pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`)
    for (const match of text.matchAll(pattern)) {
      const index = match.index
      const end = index + match[0].length
      if (negation.test(text.slice(Math.max(0, index - 40), index))) continue
      if (negationAfter.test(text.slice(end, end + 40))) continue
      if (rule.id === 'alert' && alertSetup.test(text.slice(Math.max(0, index - 40), index)))
        continue
      if (remediation && begun.test(text.slice(0, end))) continue
      found.push({milestone: rule.milestone, rule: rule.id, tier: rule.tier, index})
      break
    }
  }
  return found
}

test('classifyEntry(text) finds what testing each cue of each rule finds', () => {
  const differing = lines.filter(
    (line) => JSON.stringify(classifyEntry(line)) !== JSON.stringify(classifyByEachCue(line))
  )
  expect(differing).toEqual([])
  // The lines exercise every rule, so that the comparison cannot pass by finding nothing.
  const rules = new Set(lines.flatMap((line) => classifyEntry(line).map((found) => found.rule)))
  expect([...rules].sort()).toEqual(wordingRules.map((rule) => rule.id).sort())
})
