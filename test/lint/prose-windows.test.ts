/**
 * `proseWindows`: the impact windows an incident's sentences state, read
 * from the times the parser found outside the timeline. Reports invented
 * for this test.
 */
import {describe, expect, it} from 'vitest'
import {proseWindows} from '../../src/lint/prose-windows.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {proseReport} from './prose-report.js'

function windowsOf(sections: string) {
  const markdown = proseReport(sections)
  const [incident] = parseIncidents(markdown).incidents
  if (!incident) throw new Error('no incident')
  return proseWindows(incident).map((window) => [window.start, window.end])
}

const at = (clock: string) => `2026-03-09T${clock}:00Z`

describe('proseWindows(incident)', () => {
  it('reads a range whose clause says what was hit, in any section but the timeline', () => {
    expect(
      windowsOf(`
## Detection

On that morning customers could not log in from 9:02 until 9:47 UTC.

## Root cause

A stale certificate made the payment API return errors from 10:02 to 10:38 UTC.
`)
    ).toEqual([
      [at('09:02'), at('09:47')],
      [at('10:02'), at('10:38')]
    ])
  })

  it('reads `between ... and ...` as a window', () => {
    expect(
      windowsOf(`
## Root cause

The search cluster returned errors between 14:05 and 15:40 UTC.
`)
    ).toEqual([[at('14:05'), at('15:40')]])
  })

  it('reads any range in a summary or an impact section, but not the team’s own work', () => {
    expect(
      windowsOf(`
## Summary

On 9 March, from 10:02 to 10:40 UTC, a third of card payments were declined.
We rolled back the config push between 10:15 and 10:21 UTC.

## Impact

The nightly invoice job ran from 02:00 to 02:30 UTC as usual.
`)
    ).toEqual([[at('10:02'), at('10:40')]])
  })

  it('reads no window in a range about something else, or in a time that is no range', () => {
    expect(
      windowsOf(`
## Root cause

The registry export ran from 02:00 to 02:20 UTC. The primary database failed
over from 10:30 to 10:32 UTC, as designed. Errors began at 10:02 UTC.
`)
    ).toEqual([])
  })

  it('keeps an unknown end as null', () => {
    expect(
      windowsOf(`
## Impact

Uploads failed from 10:02 to 10:?? UTC; the logs of the end were lost.
`)
    ).toEqual([[at('10:02'), null]])
  })
})
