import {expect, test} from 'vitest'
import {wordingRules} from '../../src/index.js'
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
