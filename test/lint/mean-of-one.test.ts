/**
 * `mean-of-one` on means written in sentences: a mean, a few words of this
 * incident, then an amount. Sentences invented for this test.
 */
import {describe, expect, it} from 'vitest'
import {findings} from './prose-report.js'

const check = (sentence: string) => findings('mean-of-one', `\n## Impact\n\n${sentence}\n`)
const reason = (mean: string, instead: string) =>
  `Unexpected \`${mean}\` for one incident, expected \`${instead}\`: a mean is a statistic over many incidents`

describe('lintReport(markdown) on means in sentences', () => {
  it('reports a mean given as this incident’s duration, at the mean', () => {
    expect(check('The MTTR for this incident was 55 minutes.')).toEqual([
      `10:5-10:9 ${reason('MTTR', 'time to resolve')}`
    ])
    expect(check('Mean time to recovery for this outage: 2 hours.')).toEqual([
      `10:1-10:22 ${reason('Mean time to recovery', 'time to resolve')}`
    ])
    expect(check('Our MTTD on this page-out came to about four minutes.')).toEqual([
      `10:5-10:9 ${reason('MTTD', 'time to detect')}`
    ])
  })

  it('says a mean on one line once, as a field and as a sentence', () => {
    expect(check('MTTR was 38 minutes.')).toEqual([
      `10:1-10:5 ${reason('MTTR', 'time to resolve')}`
    ])
  })

  it('leaves alone targets, mentions and means over many incidents', () => {
    for (const sentence of [
      'Our MTTR target is 30 minutes.',
      'We track MTTR across quarters.',
      'The MTTR dashboards showed nothing unusual for 20 minutes.',
      'Our MTTR over the last quarter was 50 minutes.',
      'This incident raised the team MTTR by 4 minutes.',
      'We report MTTR to leadership; the outage itself lasted 38 minutes.'
    ])
      expect(check(sentence), sentence).toEqual([])
  })
})
