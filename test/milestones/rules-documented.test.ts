import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {wordingRules} from '../../src/index.js'

const doc = readFileSync(new URL('../../docs/milestones.md', import.meta.url), 'utf8')

test('docs/milestones.md documents every wording rule with its milestone and tier', () => {
  const documented = [...doc.matchAll(/^\| `([\w-]+)` \| (\w+) \| (\d) \|/gm)].map((match) => [
    match[1],
    match[2],
    Number(match[3])
  ])
  expect(documented).toEqual(wordingRules.map((rule) => [rule.id, rule.milestone, rule.tier]))
})
