/** `relativeTimes`: times told by their distance from another. Sentences invented for the test. */
import {expect, test} from 'vitest'
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
    {seconds: 600, event: eventWords('the failover completed')}
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
