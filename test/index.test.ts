import {expect, test} from 'vitest'
import * as aftermath from '../src/index.js'

test('exposes the public API', () => {
  expect(Object.keys(aftermath).sort()).toEqual([
    'ambiguousZones',
    'byTime',
    'classifyHeading',
    'genericZones',
    'parseIncidents',
    'readTimestamp',
    'readZone',
    'resolveInstant',
    'resolveTime',
    'zoneAbbreviations'
  ])
})
