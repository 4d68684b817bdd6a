import {expect, test} from 'vitest'
import * as aftermath from '../src/index.js'

test('exposes the public API', () => {
  expect(Object.keys(aftermath).sort()).toEqual([
    'ambiguousZones',
    'buildReview',
    'byTime',
    'cascadeDiagram',
    'cascadeOf',
    'cascadeSmallMultiples',
    'classifyEntry',
    'classifyHeading',
    'compareDiagram',
    'describeDistribution',
    'durationNames',
    'findMilestones',
    'formatDuration',
    'genericZones',
    'inferCascade',
    'measureDurations',
    'measureIncident',
    'medianInterval',
    'milestoneNames',
    'parseIncidents',
    'phaseNames',
    'quantile',
    'quarterPeriod',
    'rangePeriod',
    'readTimestamp',
    'readZone',
    'renderReviewCsv',
    'renderReviewHtml',
    'renderReviewMarkdown',
    'resolveInstant',
    'resolveTime',
    'timelineDiagram',
    'wordingRules',
    'zoneAbbreviations'
  ])
})
