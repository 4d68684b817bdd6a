import {expect, test} from 'vitest'
import * as aftermath from '../src/index.js'

test('exposes the public API', () => {
  expect(Object.keys(aftermath).sort()).toEqual([
    'ambiguousZones',
    'byTime',
    'classifyEntry',
    'classifyHeading',
    'durationNames',
    'findMilestones',
    'formatDuration',
    'genericZones',
    'measureDurations',
    'measureIncident',
    'milestoneNames',
    'parseIncidents',
    'phaseNames',
    'readTimestamp',
    'readZone',
    'resolveInstant',
    'resolveTime',
    'wordingRules',
    'zoneAbbreviations'
  ])
})
