import {expect, test} from 'vitest'
import {parseIncidents, resolveInstant} from '../../src/index.js'
import {readTimestamp} from '../../src/time/read-timestamp.js'

test.each([
  ['09:15-09:40 UTC', '2023-09-14T09:15:00Z', '2023-09-14T09:40:00Z'],
  ['09:00-10:00', '2023-09-14T09:00:00Z', '2023-09-14T10:00:00Z'],
  ['10:26-11:21 UTC', '2023-09-14T10:26:00Z', '2023-09-14T11:21:00Z']
])('resolveInstant(%s) is a range, not a time at an offset', (text, at, end) => {
  const time = resolveInstant(text, {date: '2023-09-14', zone: 'UTC'})?.time
  expect(time).toMatchObject({at, end, range: true})
})

test.each([
  ['2023-09-14T09:37:00-08:00', '2023-09-14T17:37:00Z'],
  ['09:37:00-08:00', '2023-09-14T17:37:00Z'],
  ['09:37 -08:00', '2023-09-14T17:37:00Z'],
  ['09:37 UTC-8', '2023-09-14T17:37:00Z'],
  ['2023-09-14T09:37-08:00', '2023-09-14T17:37:00Z'],
  ['2023-09-14T19:37+02:00', '2023-09-14T17:37:00Z'],
  ['19:37+02:00', '2023-09-14T17:37:00Z']
])('resolveInstant(%s) reads the offset', (text, at) => {
  const time = resolveInstant(text, {date: '2023-09-14'})?.time
  expect(time).toMatchObject({at, range: false})
})

test.each([
  ['between 7:34 and 8:31 p.m.', '2023-09-14T19:34:00Z', '2023-09-14T20:31:00Z'],
  ['between 10:15 and 11:40 am', '2023-09-14T10:15:00Z', '2023-09-14T11:40:00Z'],
  ['between 11:00 and 1:00 pm', '2023-09-14T11:00:00Z', '2023-09-14T13:00:00Z']
])(
  'resolveInstant(%s): the meridiem of the end is the start’s when that keeps them in order',
  (text, at, end) => {
    const time = resolveInstant(text, {date: '2023-09-14', zone: 'UTC'})?.time
    expect(time).toMatchObject({at, end, range: true})
  }
)

test.each([
  ['T+0', 0],
  ['T+9m', 540],
  ['T+1h05m', 3900],
  ['T−2h10m', -7800],
  ['T+1:05', 3900],
  ['T + 45s', 45],
  // Minutes without their unit, after the `T` or after hours.
  ['T+3', 180],
  ['T-14', -840],
  ['T+1h05', 3900],
  ['T-2h10', -7800]
])('readTimestamp(%s) is an offset from T0 of %i seconds', (text, seconds) => {
  const read = readTimestamp(`${text} something happens`)
  expect(read && !('impossible' in read) ? read.sinceAnchor : undefined).toBe(seconds)
})

test.each([
  ['L+0', 0],
  ['L+11m', 660],
  ['L+2h05m', 7500],
  ['H-2h', -7200]
])('readTimestamp(%s), another letter naming T0, is an offset of %i seconds', (text, seconds) => {
  const read = readTimestamp(`${text} | logins fail`)
  expect(read && !('impossible' in read) ? read.sinceAnchor : undefined).toBe(seconds)
})

test.each(['L+3 more shards', 'B-2 wing', 'COVID-19 cases', 'Q+1:05'])(
  'readTimestamp(%s) is no offset: after a letter other than `T`, only a unit or zero is one',
  (text) => {
    const read = readTimestamp(text)
    expect(read && !('impossible' in read) ? read.sinceAnchor : undefined).toBeUndefined()
  }
)

test.each(['+25 users', 'T-14 days before the launch', '-5 nodes'])(
  'readTimestamp(%s) is no offset: a bare number needs its `T`, and is no count of days',
  (text) => {
    const read = readTimestamp(text)
    expect(read && !('impossible' in read) ? read.sinceAnchor : undefined).toBeUndefined()
  }
)

test('an offset with no T0 stated above it is placed nowhere, and said so', () => {
  const markdown =
    '---\ndate: 2026-02-09\ntimezone: UTC\n---\n\n## Timeline\n\n- T+0 jobs fail\n- T+9m alert fires\n'
  const {incidents, messages} = parseIncidents(markdown)
  expect(incidents[0]?.timeline.map((entry) => entry.at)).toEqual([null, null])
  expect(messages.map((message) => message.ruleId)).toContain('time-date-unknown')
})

test('a day written after the end of a range is its start’s too', () => {
  const time = resolveInstant('between 08:05 and 09:31 on Wednesday 14.06.2023', {
    zone: 'UTC'
  })?.time
  expect(time).toMatchObject({at: '2023-06-14T08:05:00Z', end: '2023-06-14T09:31:00Z', range: true})
})

test('a range whose day follows its end keeps that day at both ends', () => {
  const time = resolveInstant('between 04:09 and 05:27 UTC on 19 July', {date: '2024-07-18'})?.time
  expect(time).toMatchObject({at: '2024-07-19T04:09:00Z', end: '2024-07-19T05:27:00Z'})
})
