/**
 * `summary-time-disagrees` on windows written in sentences: at the place
 * of the window's times, with the field form left as it was. Sentences
 * invented for this test.
 */
import {describe, expect, it} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {findings} from './prose-report.js'

const rule = 'summary-time-disagrees'
const check = (sections: string) => findings(rule, sections)

describe('lintReport(markdown) on impact windows in sentences', () => {
  it('reports a start the timeline contradicts, at the times of the sentence', () => {
    expect(
      check(`
## Summary

A config push broke payments. Between 09:30 and 10:40 UTC, checkout failed for most shoppers.
`)
    ).toEqual([
      expect.stringMatching(
        /^10:31-10:58 Unexpected `.*09:30 and 10:40 UTC checkout failed for most shoppers`: the timeline has started at 2026-03-09 10:02 UTC \(line 14\), not 2026-03-09 09:30 UTC; expected the summary and the timeline to agree$/
      )
    ])
  })

  it('reports an end that neither mitigated nor resolved is near', () => {
    expect(
      check(`
## Impact

About 4,100 orders were lost. Customers could not pay from 10:02 until 11:15 UTC.
`)
    ).toEqual([
      '10:60-10:81 Unexpected `Customers could not pay from 10:02 until 11:15 UTC`: the timeline has impact ending at 2026-03-09 10:40 UTC (line 17), not 2026-03-09 11:15 UTC; expected the summary and the timeline to agree'
    ])
  })

  it('reads the brief form `Impact lasted from ... to ...` at the start of a line as a sentence, not a field', () => {
    expect(check('\n## Summary\n\nImpact lasted from 10:02 to 10:40 UTC.\n')).toEqual([])
    expect(check('\n## Summary\n\nImpact lasted from 09:02 to 10:40 UTC.\n')).toEqual([
      expect.stringMatching(
        /^10:20-10:38 Unexpected `Impact lasted from 09:02 to 10:40 UTC`: the timeline has started at 2026-03-09 10:02 UTC \(line 14\)/
      )
    ])
  })

  it('takes the sentences together: parts of the window are not contradictions', () => {
    expect(
      check(`
## Impact

EU shoppers saw errors from 10:02 to 10:15 UTC; elsewhere checkout failed from 10:10 to 10:40 UTC.
`)
    ).toEqual([])
  })

  it('allows more for a time written as approximate', () => {
    const loose = '\n## Impact\n\nShoppers saw errors from about 09:50 to 10:40 UTC.\n'
    expect(check(loose)).toEqual([])
    const exact = '\n## Impact\n\nShoppers saw errors from 09:50 to 10:40 UTC.\n'
    expect(check(exact)).toHaveLength(1)
  })

  it('leaves alone ranges about something else, and the team’s own work', () => {
    expect(
      check(`
## Summary

Checkout failed for 38 minutes. We rolled back the push between 10:15 and 10:21 UTC.

## Root cause

The registry export ran from 02:00 to 02:20 UTC. The primary database failed
over from 10:30 to 10:32 UTC, as designed.
`)
    ).toEqual([])
  })

  it('checks a field and a sentence apart, each at its own place', () => {
    expect(
      check(`
## Summary

**Duration:** 09:02-10:40 UTC

## Impact

Shoppers could not pay from 10:02 until 11:15 UTC.
`)
    ).toEqual([
      '10:1-10:30 Unexpected `Duration: 09:02-10:40 UTC`: the timeline has started at 2026-03-09 10:02 UTC (line 18), not 2026-03-09 09:02 UTC; expected the summary and the timeline to agree',
      '14:29-14:50 Unexpected `Shoppers could not pay from 10:02 until 11:15 UTC`: the timeline has impact ending at 2026-03-09 10:40 UTC (line 21), not 2026-03-09 11:15 UTC; expected the summary and the timeline to agree'
    ])
  })

  it('checks a report told in prose against the times of its other sentences', () => {
    const told = (window: string) => `---
date: 2026-03-09
timezone: UTC
---

# Checkout errors

## Summary

Checkout failed from ${window} UTC after a config push.

## What happened

At 10:02 UTC a config push removed the payment host from the allow-list and checkout started failing.
At 10:05 UTC an alert fired and the on-call engineer was paged. At 10:21 UTC we reverted the push.
At 10:40 UTC error rates were back to normal and we declared the incident resolved.
`
    const check = (window: string) =>
      lintReport(told(window), {asOf: '2026-11-21', config: {requiredSections: []}})
        .filter((message) => message.ruleId === rule)
        .map((message) => `${message.line}:${message.column}`)
    expect(check('10:02 to 10:40')).toEqual([])
    expect(check('09:30 to 10:40')).toEqual(['10:22'])
  })
})
