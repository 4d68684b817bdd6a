/** `relativeTimes`: times told by their distance from another. Sentences invented for the test. */
import {expect, test} from 'vitest'
import {parseIncidents} from '../../src/parse-incidents.js'
import {eventWords, relativeTimes} from '../../src/timeline/relative-times.js'

const after = (text: string) => relativeTimes(text).map((found) => found.written.after)

test('an amount and `later` counts from the time told before', () => {
  expect(after('Noor answered the page three minutes later.')).toEqual([{seconds: 180}])
  expect(after('About an hour and a quarter afterwards, the queue was empty.')).toEqual([
    {seconds: 4500}
  ])
  expect(after('After twenty minutes, the replicas caught up.')).toEqual([{seconds: 1200}])
})

test('an amount after an event names it by the stems of its words', () => {
  expect(after('The cache warmed about ten minutes after the failover completed.')).toEqual([
    {seconds: 600, event: eventWords('the failover completed'), thing: eventWords('failover')[0]}
  ])
  expect(after('We paged the vendor twenty minutes after the swap.')).toEqual([
    {seconds: 1200, event: ['swap']}
  ])
  // `that` before a noun is no `after that`.
  expect(after('The alert fired five minutes after that first failed login.')).toEqual([
    {seconds: 300, event: eventWords('failed login')}
  ])
})

test('`or so` after an amount is as loose as `about` before it', () => {
  const [found] = relativeTimes('Ten minutes or so after the first ticket, Ida took the page.')
  expect(found?.written).toMatchObject({
    approximate: true,
    text: 'Ten minutes or so after the first ticket',
    after: {seconds: 600, event: eventWords('first ticket')}
  })
  expect(after('An hour-ish later the queue was empty.')).toEqual([{seconds: 3600}])
})

test('a bound, an amount, or a pronoun alone is no time', () => {
  expect(after('Some pages stayed slow for up to an hour after the fix.')).toEqual([])
  expect(after('Rollbacks must finish within 10 minutes after approval.')).toEqual([])
  expect(after('It took 40 minutes to rebuild the index.')).toEqual([])
  expect(after('The monitor fired one minute after it began.')).toEqual([])
})

test('a sentence opening on `At that point` or `By then` tells the moment told before it', () => {
  expect(after('The queues emptied at 00:30. At that point we called it done.')).toEqual([
    {seconds: 0}
  ])
  expect(after('By then the backlog was gone.')).toEqual([{seconds: 0}])
  // In the middle of a sentence it says how things stood.
  expect(after('Most of the cluster was still on old nodes at that point.')).toEqual([])
})

test('an event told as a thing and its verb is found by the thing, whatever verb told it first', () => {
  const report = [
    '# Signup outage',
    '',
    'All times are UTC. On 3 June 2025 the spring newsletter went out at 09:00.',
    '',
    'Eight minutes after the newsletter landed, signups began failing.'
  ].join('\n')
  const [incident] = parseIncidents(report, {path: 'signup.md'}).incidents
  const failing = incident?.timeline.find((entry) => entry.text.includes('signups began failing'))
  expect(failing?.at).toBe('2025-06-03T09:08:00Z')
  // Two words of a thing, not one: `the new build` is not found by `new` alone.
  expect(
    relativeTimes('Ten minutes after the new build landed, it failed.')[0]?.written.after
  ).not.toHaveProperty('thing')
})

test('a call’s notes stamped by their offset into the call count from its start time', () => {
  const notes = [
    '# Bridge notes — search outage',
    '',
    '**Date:** Monday, March 3, 2025',
    '**Start time:** 14:05 UTC',
    '',
    '## Key moments',
    '',
    '- **at 02:30 into the call** — Ana says search has returned errors since 13:58.',
    '- **at 1:04:10 into the call** — Index restored, searches work again.'
  ].join('\n')
  const [incident] = parseIncidents(notes, {path: 'notes.md'}).incidents
  const at = (words: string) => incident?.timeline.find((entry) => entry.text.startsWith(words))?.at
  expect(at('Ana says')).toBe('2025-03-03T14:07:30Z')
  expect(at('Index restored')).toBe('2025-03-03T15:09:10Z')
})

test('`at that point` after a deed is when it was done; after a noun it says how things stood', () => {
  const said = (text: string) => relativeTimes(text).map((mention) => mention.written.text)
  expect(said('Ms Ito picked it up at that point and began investigating.')).toEqual([
    'at that point'
  ])
  expect(said('Most of the cluster at that point was down.')).toEqual([])
})

test('an amount after an event set beside a clock says how far that clock is from it, no moment of its own', () => {
  expect(
    after('First failed uploads at 14:02, about 3 min after the config push went out.')
  ).toEqual([])
  expect(after('Paging began at 9:40 am, ~5 min after the queue filled up.')).toEqual([])
  // (Not beside a clock, it is a moment.)
  expect(after('The alert fired about 3 min after the config push went out.')).toHaveLength(1)
})

test('`that same minute` is the time told just before', () => {
  expect(after('The edge logs show the first failed lookups that same minute.')).toEqual([
    {seconds: 0}
  ])
  expect(after('Both replicas fell behind in the same moment.')).toEqual([{seconds: 0}])
  expect(after('The same team owns both services.')).toEqual([])
})

test("`later` counts from the story's time, not from a clock its sentence looks back to", () => {
  const markdown = [
    '# Stale mirror',
    '',
    'All times UTC, 4 February 2025.',
    '',
    '## What happened',
    '',
    "At 04:31 Ana said she was looking. By 05:01 she had it: the mirror's stamp was from 02:40, and its checker had been dead for days.",
    '',
    'She took the mirror out of rotation eight minutes later.'
  ].join('\n')
  const [incident] = parseIncidents(markdown, {path: 'mirror.md'}).incidents
  expect(incident?.timeline.find((entry) => entry.text.startsWith('She took'))?.at).toBe(
    '2025-02-04T05:09:00Z'
  )
})
