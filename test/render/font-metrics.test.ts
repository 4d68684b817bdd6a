import {expect, test} from 'vitest'
import {measure, measuredCharacters} from '../../scripts/font-metrics.mjs'
import {characters, regularWidths, semiboldWidths} from '../../src/render/font-metrics.js'

test('the width table matches the installed Inter fonts (run scripts/font-metrics.mjs after an upgrade)', () => {
  expect(characters).toBe(measuredCharacters().join(''))
  expect(regularWidths).toEqual(measure('regular'))
  expect(semiboldWidths).toEqual(measure('semibold'))
  expect(regularWidths.filter((width) => width === 0).length).toBeLessThan(5)
})
