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

test('a timed line of a paragraph runs on until a sentence with a time of its own', () => {
  const markdown = [
    '# Outage of 4 March 2026',
    '',
    '## What happened',
    '',
    'At 01:40 UTC a nightly job rewrote the routing table. Nothing looked wrong for a while.',
    'The first page came at 01:58, and the on-call engineer answered at 02:03.',
    'By 02:30 the bad table was found. It was replaced at 02:45.',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  const texts = Object.fromEntries(
    (incident?.timeline ?? []).map((entry) => [entry.at?.slice(11, 16), entry.text])
  )
  expect(texts['01:40']).toBe(
    'a nightly job rewrote the routing table. Nothing looked wrong for a while.'
  )
  expect(texts['02:30']).toBe('the bad table was found.')
  expect(texts['02:45']).toBe('It was replaced at 02:45.')
})

test('a status update’s label and time take the sentence after them as their words', () => {
  const markdown = [
    '# Slow logins',
    '',
    '## Updates',
    '',
    '**Investigating**, 2026-04-02 10:05 UTC. We are looking into slow logins.',
    '',
    '**Resolved**, 2026-04-02 11:10 UTC. Logins are fast again.',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  expect(incident?.timeline.map((entry) => [entry.at, entry.text])).toEqual([
    ['2026-04-02T10:05:00Z', 'Investigating: We are looking into slow logins.'],
    ['2026-04-02T11:10:00Z', 'Resolved: Logins are fast again.']
  ])
})

test('sections headed by times, side by side, are a timeline: each heading an entry with its text', () => {
  const markdown = [
    '# Queue outage, 2 March 2026',
    '',
    'All times UTC.',
    '',
    '## 10:00 — Consumers stop',
    '',
    'Every consumer stops reading the queue.',
    '',
    '## 10:20 — Cause found',
    '',
    'A bad ACL blocks the consumers.',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  expect(incident?.timeline.map((entry) => [entry.at, entry.origin, entry.text])).toEqual([
    ['2026-03-02T10:00:00Z', 'timeline', 'Consumers stop Every consumer stops reading the queue.'],
    ['2026-03-02T10:20:00Z', 'timeline', 'Cause found A bad ACL blocks the consumers.']
  ])
})

test('a status update whose words tell of an earlier time keeps its words up to that time', () => {
  const markdown = [
    '# Object storage errors',
    '',
    'All times UTC, 3 February 2026.',
    '',
    'Update 10:05 UTC: The storage vendor says the fault began at 08:40 on one rack.',
    '',
    '**Update** 11:20 UTC',
    'The vendor has written back with: "A faulty switch on rack 12 was found at 10:58 and replaced."',
    ''
  ].join('\n')
  const [incident] = parseIncidents(markdown).incidents
  const texts = Object.fromEntries(
    (incident?.timeline ?? []).map((entry) => [entry.at?.slice(11, 16), entry.text])
  )
  expect(texts['10:05']).toBe('The storage vendor says the fault began')
  // A sentence with a colon on the line after the update is its words, not a `Key: value` field.
  expect(texts['11:20']).toBe(
    'The vendor has written back with: "A faulty switch on rack 12 was found'
  )
  expect(texts['08:40']).toMatch(/the fault began at 08:40 on one rack\.$/)
})
