import {expect, test} from 'vitest'
import * as aftermath from '../src/index.js'

test('exposes the public API', () => {
  expect(Object.keys(aftermath).sort()).toEqual([
    'ambiguousZones',
    'byTime',
    'cascadeDiagram',
    'cascadeOf',
    'cascadeSmallMultiples',
    'classifyEntry',
    'classifyHeading',
    'compareDiagram',
    'durationNames',
    'findMilestones',
    'formatDuration',
    'genericZones',
    'inferCascade',
    'measureDurations',
    'measureIncident',
    'milestoneNames',
    'parseIncidents',
    'phaseNames',
    'readTimestamp',
    'readZone',
    'resolveInstant',
    'resolveTime',
    'timelineDiagram',
    'wordingRules',
    'zoneAbbreviations'
  ])
})
