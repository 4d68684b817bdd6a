/**
 * `readDurations` and `durationAfter`: amounts of time in figures and in
 * words, with where they stand. Sentences invented for this test.
 */
import {describe, expect, it} from 'vitest'
import {durationAfter, readDurations} from '../../src/time/read-durations.js'

const seconds = (text: string) => readDurations(text).map((duration) => duration.seconds)

describe('readDurations(text)', () => {
  it('reads figures with short and long units', () => {
    expect(seconds('15 minutes')).toEqual([900])
    expect(seconds('2h 10m')).toEqual([7800])
    expect(seconds('1.5 hours')).toEqual([5400])
    expect(seconds('45 min')).toEqual([2700])
    expect(seconds('90 secs')).toEqual([90])
    expect(seconds('3d')).toEqual([259_200])
    expect(seconds('3 hours, 20 minutes')).toEqual([12_000])
    // Written close: `1h45m`, and `1h45` with the minutes' unit left out.
    expect(seconds('for about 1h45m.')).toEqual([6300])
    expect(seconds('1h45 later')).toEqual([6300])
    expect(seconds('10m30s')).toEqual([630])
    expect(seconds('build v2h3')).toEqual([])
    expect(seconds('2h123')).toEqual([])
  })

  it('reads amounts written in words', () => {
    expect(seconds('forty-five minutes')).toEqual([2700])
    expect(seconds('twenty five minutes')).toEqual([1500])
    expect(seconds('twelve hours')).toEqual([43_200])
    expect(seconds('two hours and ten minutes')).toEqual([7800])
    expect(seconds('an hour')).toEqual([3600])
    expect(seconds('a day')).toEqual([86_400])
    expect(seconds('half an hour')).toEqual([1800])
    expect(seconds('a half-hour')).toEqual([1800])
    expect(seconds('an hour and a half')).toEqual([5400])
    expect(seconds('one and a half hours')).toEqual([5400])
  })

  it('reads an amount that describes a noun: `a 47-minute outage`', () => {
    expect(readDurations('a 47-minute outage')).toEqual([{seconds: 2820, start: 2, end: 11}])
    expect(readDurations('an hour-long outage')).toEqual([{seconds: 3600, start: 0, end: 7}])
  })

  it('gives where each amount starts and ends, in written order', () => {
    const text = 'it took us 2 hours and 10 minutes to restore service'
    expect(readDurations(text)).toEqual([{seconds: 7800, start: 11, end: 33}])
    expect(readDurations('paged after 5 minutes, fixed in 2 hours')).toEqual([
      {seconds: 300, start: 12, end: 21},
      {seconds: 7200, start: 32, end: 39}
    ])
  })

  it('joins a second part only when its unit is smaller', () => {
    expect(seconds('ten minutes and two hours')).toEqual([600, 7200])
  })

  it('reads no amount in ordinals, milliseconds, clock times or words that hold a number', () => {
    expect(readDurations('a second alert fired')).toEqual([])
    expect(readDurations('p99 rose to 250 ms')).toEqual([])
    expect(readDurations('at 10:45 someone paged')).toEqual([])
    expect(readDurations('SEV2 declared, v1.5 shipped')).toEqual([])
  })
})

describe('durationAfter(text, from)', () => {
  it('reads the amount right after a name, past `:`, `was`, `about`', () => {
    expect(durationAfter('**TTR:** 2h 10m', 5)).toEqual({seconds: 7800, end: 15})
    expect(durationAfter('MTTR was about forty minutes', 4)).toEqual({seconds: 2400, end: 28})
  })

  it('is undefined when words come between', () => {
    expect(durationAfter('MTTR target is 30 minutes', 4)).toBeUndefined()
  })
})
