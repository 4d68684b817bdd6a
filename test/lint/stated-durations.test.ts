/**
 * `stated-duration-disagrees` on durations written in sentences: which
 * duration each is read as, the tolerance, and the sentences left alone.
 * The timeline of `proseReport` gives time to detect 3m, to mitigate 19m
 * (16m from detection), to resolve 38m. Sentences invented for this test.
 */
import {describe, expect, it} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {findings} from './prose-report.js'

const rule = 'stated-duration-disagrees'
const check = (sentence: string) => findings(rule, `\n## Impact\n\n${sentence}\n`)

describe('lintReport(markdown) on durations in sentences', () => {
  it('reports an outage length the timeline contradicts, at the words that state it', () => {
    expect(check('We were down for about three hours.')).toEqual([
      '10:4-10:35 Unexpected `were down for about three hours` as the time to resolve, expected 38m as the timeline gives (`started` on line 14 to `resolved` on line 17)'
    ])
    expect(check('The outage lasted 47 minutes.')).toEqual([
      '10:5-10:29 Unexpected `outage lasted 47 minutes` as the time to resolve, expected 38m as the timeline gives (`started` on line 14 to `resolved` on line 17)'
    ])
  })

  it('reports detection, diagnosis and restoring service as their own durations', () => {
    expect(check('Detection took roughly 8 minutes.')).toEqual([
      '10:1-10:33 Unexpected `Detection took roughly 8 minutes` as the time to detect, expected 3m as the timeline gives (`started` on line 14 to `detected` on line 15)'
    ])
    expect(check('It took us 2 hours and 10 minutes to restore service.')).toEqual([
      '10:4-10:45 Unexpected `took us 2 hours and 10 minutes to restore` as the time to mitigate, expected 19m as the timeline gives (`started` on line 14 to `mitigated` on line 16)'
    ])
  })

  it('gives the place of a statement that runs over two lines', () => {
    expect(check('The outage lasted\nforty-seven minutes.')).toEqual([
      expect.stringMatching(/^10:5-11:20 Unexpected `outage lasted forty-seven minutes`/)
    ])
  })

  it('accepts what agrees: within a tenth, mitigation for being down, work counted from detection', () => {
    expect(check('The outage lasted 40 minutes.')).toEqual([])
    expect(check('We were down for twenty minutes.')).toEqual([]) // mitigated after 19m
    expect(check('It took us 16 minutes to restore service.')).toEqual([]) // from detection
    expect(check('Detection took roughly 3 minutes.')).toEqual([])
  })

  it('reads `more than` and `within` as bounds', () => {
    expect(check('We were down for more than half an hour.')).toEqual([])
    expect(check('We were down for more than an hour.')).toHaveLength(1)
    expect(check('We noticed the errors within 5 minutes.')).toEqual([])
    expect(check('The site was down for less than 10 minutes.')).toHaveLength(1)
  })

  it('leaves alone targets, other durations and other incidents', () => {
    for (const sentence of [
      'Our goal is to detect within 1 minute.',
      'The backfill ran for 3 hours.',
      'Carts are kept with a 10 minute TTL.',
      'The client retries every 30 seconds.',
      'The previous outage lasted 3 hours.',
      'For the first 20 minutes nobody was paged.'
    ])
      expect(check(sentence), sentence).toEqual([])
  })

  it('says a field and a sentence on one line once', () => {
    expect(check('**Total outage** of 2 hours.')).toEqual([
      '10:3-10:28 Unexpected `Total outage` of 2h, expected 38m as the timeline gives (`started` on line 14 to `resolved` on line 17)'
    ])
  })

  it('leaves sentences alone in a report of several incidents', () => {
    const several = `---
timezone: UTC
---

# Two outages

The first outage lasted 3 hours.

## March 9, 2026

### Timeline

- 10:02 Checkout starts failing [started]
- 10:05 Alert fires [detected]
- 10:40 All clear [resolved]

## March 12, 2026

### Timeline

- 08:00 Search starts failing [started]
- 08:01 Alert fires [detected]
- 08:30 All clear [resolved]
`
    const found = lintReport(several, {asOf: '2026-11-21', config: {requiredSections: []}})
    expect(found.filter((message) => message.ruleId === rule)).toEqual([])
  })
})
