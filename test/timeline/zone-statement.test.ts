import {expect, it} from 'vitest'
import {zoneStatement} from '../../src/timeline/zone-statement.js'

it('reads the zone a report states for its times, in the ways reports state it', () => {
  const zone = (text: string) => zoneStatement(text)?.name
  expect(zone('All times in UTC.')).toBe('UTC')
  expect(zone('All times are PDT (UTC-7).')).toBe('PDT')
  expect(zone('(all times are US/Pacific)')).toBe('US/Pacific')
  expect(zone('Timeline (times in BST)')).toBe('BST')
  expect(zone('Time zone: Europe/Paris')).toBe('Europe/Paris')
  expect(zone('All timings mentioned below are in IST (India Standard Time, UTC+5:30).')).toBe(
    'IST'
  )
  expect(zoneStatement('All timings mentioned below are in IST (UTC+5:30).')?.offset).toBe(330)
  expect(zone('Times are approximate.')).toBeUndefined()
  expect(zone('The times are bad for us.')).toBeUndefined()
  expect(zone('We restarted at noon.')).toBeUndefined()
})
