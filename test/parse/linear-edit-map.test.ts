import {createRequire} from 'node:module'
import fc from 'fast-check'
import {EditMap} from 'micromark-util-edit-map'
import type {Event} from 'micromark-util-types'
import {describe, expect, test} from 'vitest'
import {consume, originalConsume} from '../../src/parse/linear-edit-map.js'
import '../../src/parse/markdown.js'

/** Where `specifier` resolves from the package `from` (itself resolved from `base`). */
function resolveFrom(base: string, chain: string[], specifier: string): string {
  let require = createRequire(base)
  for (const name of chain) require = createRequire(require.resolve(name))
  return require.resolve(specifier)
}

describe('linear EditMap#consume', () => {
  test('replaces the consume of the very class micromark uses', () => {
    expect(EditMap.prototype.consume).toBe(consume)
    const ours = resolveFrom(import.meta.url, [], 'micromark-util-edit-map')
    const micromarks = resolveFrom(
      import.meta.url,
      ['remark-parse', 'mdast-util-from-markdown', 'micromark'],
      'micromark-util-edit-map'
    )
    expect(micromarks).toBe(ours)
  })

  test('gives the events micromark’s own consume gives, for any edits', () => {
    const edit = fc.record({
      at: fc.nat({max: 40}),
      remove: fc.nat({max: 5}),
      add: fc.array(fc.nat({max: 999}), {maxLength: 4}),
      before: fc.boolean()
    })
    fc.assert(
      fc.property(fc.nat({max: 40}), fc.array(edit, {maxLength: 8}), (length, edits) => {
        const event = (n: number) => ['enter', {type: `t${n}`}, {}] as unknown as Event
        const results = [originalConsume, consume].map((apply) => {
          const events = Array.from({length}, (_, n) => event(n))
          const map = new EditMap()
          for (const {at, remove, add, before} of edits) {
            const at_ = Math.min(at, length)
            const removed = Math.min(remove, length - at_)
            if (before) map.addBefore(at_, removed, add.map(event))
            else map.add(at_, removed, add.map(event))
          }
          apply.call(map, events)
          return {events: events.map((e) => e[1].type), left: map.map.length}
        })
        expect(results[1]).toEqual(results[0])
      }),
      {seed: 20_261_121, numRuns: 1000}
    )
  })
})
