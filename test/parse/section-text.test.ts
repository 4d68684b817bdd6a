import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/index.js'

test('a section’s text keeps list items and table rows apart, and blocks a blank line apart', () => {
  const markdown = [
    '# Outage',
    '',
    '## Impact',
    '',
    '- Checkout failed for everyone.',
    '- 2026-06-01T22:31+02:00 search slowed down',
    '',
    '| Service | Effect |',
    '|---|---|',
    '| checkout | down |',
    '| search | slow |',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  const impact = incident?.sections.find((section) => section.title === 'Impact')
  expect(impact?.text).toBe(
    [
      'Checkout failed for everyone.',
      '2026-06-01T22:31+02:00 search slowed down',
      '',
      'Service | Effect',
      'checkout | down',
      'search | slow'
    ].join('\n')
  )
})
