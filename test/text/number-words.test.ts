/** Numbers written as words, as amounts of time and clocks use them. */
import {expect, test} from 'vitest'
import {numberValue, tensPattern} from '../../src/text/number-words.js'

test('numberValue(words) adds up a number written in words, and knows no other word', () => {
  expect(numberValue('seven')).toBe(7)
  expect(numberValue('forty-five')).toBe(45)
  expect(numberValue('Twenty one')).toBe(21)
  expect(numberValue('several')).toBeUndefined()
  expect(new RegExp(`^(?:${tensPattern(['twenty'])})$`).test('twenty-five')).toBe(true)
  expect(new RegExp(`^(?:${tensPattern(['twenty'])})$`).test('thirty')).toBe(false)
})
