/**
 * Table-driven tests of `durationStatements`: what a sentence states of the
 * incident's durations. Every sentence was invented for this test, in the
 * styles reports use (first person, passive voice, amounts in words); the
 * negatives are sentences a careful reader would not take for this
 * incident's duration.
 */
import {describe, expect, it} from 'vitest'
import type {DurationName} from '../../src/metrics/measure-durations.js'
import {durationStatements} from '../../src/time/duration-statements.js'

type Expected = readonly [name: DurationName, seconds: number, words: string]

const statements: ReadonlyArray<readonly [sentence: string, expected: Expected]> = [
  // Being down, an outage's length: the time to resolve.
  [
    'We were down for about three hours.',
    ['timeToResolve', 10_800, 'were down for about three hours']
  ],
  ['The outage lasted 47 minutes.', ['timeToResolve', 2820, 'outage lasted 47 minutes']],
  [
    'The storefront was unavailable for twenty minutes.',
    ['timeToResolve', 1200, 'was unavailable for twenty minutes']
  ],
  [
    'All told, the disruption lasted for an hour and a half.',
    ['timeToResolve', 5400, 'disruption lasted for an hour and a half']
  ],
  [
    'The bad config caused 35 minutes of downtime for the API.',
    ['timeToResolve', 2100, '35 minutes of downtime']
  ],
  ['It was a 90-minute outage for European users.', ['timeToResolve', 5400, '90-minute outage']],
  // A service failing, told with a verb, or what users could not do.
  ['File sync stopped for about 3 hours.', ['timeToResolve', 10_800, 'stopped for about 3 hours']],
  [
    'Order history went stale for about 1h20m.',
    ['timeToResolve', 4800, 'went stale for about 1h20m']
  ],
  ['Invoices were delayed for 3 hours.', ['timeToResolve', 10_800, 'were delayed for 3 hours']],
  [
    'Image pulls were failing for 1h 28m across the cluster.',
    ['timeToResolve', 5280, 'were failing for 1h 28m']
  ],
  [
    'Build agents were unable to pull images for 85 minutes.',
    ['timeToResolve', 5100, 'unable to pull images for 85 minutes']
  ],
  [
    "Users couldn't log in for two hours.",
    ['timeToResolve', 7200, "couldn't log in for two hours"]
  ],
  // Detection.
  ['Detection took roughly 8 minutes.', ['timeToDetect', 480, 'Detection took roughly 8 minutes']],
  [
    'Engineers noticed the elevated error rate after 6 minutes.',
    ['timeToDetect', 360, 'noticed the elevated error rate after 6 minutes']
  ],
  [
    'Checkout was down for 12 minutes before anyone noticed.',
    ['timeToDetect', 720, 'was down for 12 minutes before anyone noticed']
  ],
  [
    'It took 9 minutes until the on-call engineer was paged.',
    ['timeToDetect', 540, 'took 9 minutes until the on-call engineer was paged']
  ],
  // Acknowledgement, diagnosis, mitigation, resolution.
  [
    'The page was acknowledged within 4 minutes.',
    ['timeToAcknowledge', 240, 'acknowledged within 4 minutes']
  ],
  [
    'It took the responders forty minutes to identify the cause.',
    ['timeToDiagnose', 2400, 'took the responders forty minutes to identify']
  ],
  ['Diagnosis took half an hour.', ['timeToDiagnose', 1800, 'Diagnosis took half an hour']],
  ['Mitigation took 25 minutes.', ['timeToMitigate', 1500, 'Mitigation took 25 minutes']],
  [
    'It took us 2 hours and 10 minutes to restore service.',
    ['timeToMitigate', 7800, 'took us 2 hours and 10 minutes to restore']
  ],
  [
    'Payments were fully restored after 3 hours.',
    ['timeToResolve', 10_800, 'fully restored after 3 hours']
  ],
  ['Resolution took a day.', ['timeToResolve', 86_400, 'Resolution took a day']]
]

const nothing: readonly string[] = [
  // Targets and habits.
  'Our goal is to detect within 5 minutes.',
  'Recovery should take less than an hour.',
  'Detection usually takes a few minutes.',
  'The client retries every 30 seconds.',
  'If the cache is down for 10 minutes, requests fall back to the database.',
  // Other incidents.
  'The previous outage lasted 3 hours.',
  'A similar disruption last year lasted two days.',
  // Parts of the incident and moments in it.
  'For the first 20 minutes of the outage, nobody was paged.',
  'It took another 15 minutes to restore the replicas.',
  'We noticed the problem 8 minutes later.',
  'We waited 5 minutes before retrying the deploy.',
  // Amounts of other things.
  'The backfill ran for 3 hours.',
  'Sessions use a 10 minute TTL.',
  'The migration took 3 hours to complete.',
  'The nightly report took 40 minutes.',
  'The rollback took 4 minutes.',
  'The primary failed over in 30 seconds.',
  // Not the service failing: the team's act, or someone who could not act.
  'We stopped the workers for 10 minutes to drain the queue.',
  'Last year the same job was unable to run for 3 hours.'
]

describe('durationStatements(sentence)', () => {
  for (const [sentence, [name, seconds, words]] of statements) {
    it(`reads ${name} in "${sentence}"`, () => {
      const found = durationStatements(sentence)
      expect(found).toHaveLength(1)
      const [statement] = found
      expect(statement?.names[0]).toBe(name)
      expect(statement?.seconds).toBe(seconds)
      expect(sentence.slice(statement?.start, statement?.end)).toBe(words)
    })
  }

  for (const sentence of nothing) {
    it(`reads nothing in "${sentence}"`, () => {
      expect(durationStatements(sentence)).toEqual([])
    })
  }

  it('lets being down mean mitigation too, and restoring resolution too', () => {
    expect(durationStatements('We were down for an hour.')[0]?.names).toEqual([
      'timeToResolve',
      'timeToMitigate'
    ])
    expect(durationStatements('Service was restored after an hour.')[0]?.names).toEqual([
      'timeToMitigate',
      'timeToResolve'
    ])
  })

  it("measures the team's work from detection too, detection and outages from the start only", () => {
    const from = (sentence: string) => durationStatements(sentence)[0]?.from
    expect(from('It took us 20 minutes to restore service.')).toEqual(['started', 'detected'])
    expect(from('Detection took 8 minutes.')).toEqual(['started'])
    expect(from('The outage lasted 47 minutes.')).toEqual(['started'])
  })

  it('reads `more than` and `over` as a lower bound, `within` and `less than` as an upper one', () => {
    const bound = (sentence: string) => durationStatements(sentence)[0]?.bound
    expect(bound('Search was offline for more than two hours.')).toBe('over')
    expect(bound('The outage lasted just over 40 minutes.')).toBe('over')
    expect(bound('We noticed the errors within 3 minutes.')).toBe('under')
    expect(bound('The site was down for less than 10 minutes.')).toBe('under')
    expect(bound('The outage lasted about 40 minutes.')).toBe('about')
  })

  it('reads each statement of a sentence that makes two', () => {
    const found = durationStatements(
      'Detection took 4 minutes, and the outage lasted 52 minutes in all.'
    )
    expect(found.map((statement) => [statement.names[0], statement.seconds])).toEqual([
      ['timeToDetect', 240],
      ['timeToResolve', 3120]
    ])
  })
})

describe('durationStatements(sentence) on 100 KB sentences made to almost match', () => {
  const shapes = [
    'were down for ',
    'outage lasted ',
    'took us ',
    '5 minutes of downtime ',
    'a 47-minute outage ',
    'an hour and a half ',
    'forty-five ',
    'detected after 5 minutes ',
    'before anyone noticed ',
    '1 ',
    'a '
  ]
  for (const shape of shapes) {
    it(`finishes with ${JSON.stringify(shape)} repeated`, {timeout: 30_000}, () => {
      const sentence = shape.repeat(Math.ceil((100 * 1024) / shape.length))
      expect(Array.isArray(durationStatements(sentence))).toBe(true)
    })
  }
})

it('an offset from the onset or the first report states the work’s duration from there', () => {
  expect(
    durationStatements('The flag was reverted 25 minutes after the outage began.')
  ).toMatchObject([{names: ['timeToMitigate', 'timeToResolve'], from: ['started'], seconds: 1500}])
  expect(durationStatements('It was fixed two hours after the first report.')).toMatchObject([
    {from: ['detected'], seconds: 7200}
  ])
  // An offset from another moment states nothing of the incident.
  expect(durationStatements('We rolled back 10 minutes after the deploy.')).toEqual([])
})
