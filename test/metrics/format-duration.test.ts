import {expect, test} from 'vitest'
import {formatDuration} from '../../src/index.js'

test.each([
  [15_420, '4h 17m'],
  [85_260, '23h 41m'],
  [266_400, '3d 2h'],
  [45, '45s'],
  [0, '0s'],
  [60, '1m'],
  [3600, '1h'],
  [3660, '1h 1m'],
  [3601, '1h'],
  [90, '1m 30s'],
  [86_400, '1d'],
  [90_061, '1d 1h'],
  [-300, '-5m'],
  [null, '—']
] as const)('formatDuration(%s) is %s', (seconds, text) => {
  expect(formatDuration(seconds)).toBe(text)
})
