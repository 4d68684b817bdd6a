import {expect, test} from 'vitest'
import {realOffset} from '../../src/timeline/settle-context.js'

/** The offsets some zone of the IANA database keeps, in winter or in summer, in minutes. */
function offsetsInUse(): Set<number> {
  const offsets = new Set<number>()
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const format = new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'longOffset'})
    for (const instant of [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)]) {
      const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')
      const [, sign, hours, minutes] = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name?.value ?? '') ?? []
      offsets.add(sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0)
    }
  }
  return offsets
}

test('realOffset(minutes) admits the offsets some zone keeps, and no other half or quarter hour', () => {
  // (Times spaced alike suggest `-06:30`, which no zone keeps: no reading to weigh.)
  expect(realOffset(-390)).toBe(false)
  expect(realOffset(330)).toBe(true)
  const inUse = offsetsInUse()
  for (let minutes = -14 * 60; minutes <= 14 * 60; minutes += 15) {
    if (minutes % 60 === 0) expect(realOffset(minutes), String(minutes)).toBe(true)
    else expect(realOffset(minutes), String(minutes)).toBe(inUse.has(minutes))
  }
})
