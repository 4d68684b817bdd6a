import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {main} from '../../src/cli/main.js'
import {captureIo} from '../helpers/cli.js'

const incidentSchema = JSON.parse(
  readFileSync(new URL('../../schema/incident.schema.json', import.meta.url), 'utf8')
)
const timelineSchema = JSON.parse(
  readFileSync(new URL('../../schema/timeline.schema.json', import.meta.url), 'utf8')
)
// timeline.schema.json refers to the entry of incident.schema.json by URL: Ajv must know both.
const ajv = new Ajv2020({allErrors: true}).addSchema(incidentSchema)
const validateIncidents = ajv.getSchema(incidentSchema.$id) as ValidateFunction
const validateTimelines = ajv.compile(timelineSchema)
const corpus = fileURLToPath(new URL('../../../shared/corpus/real', import.meta.url))
const reports = ['incidents', 'test/fixtures', 'templates']

async function json(args: string[]): Promise<unknown> {
  const {io, said} = captureIo()
  await main(args, io)
  return JSON.parse(said().stdout)
}

function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors, null, 2)
}

test('parse on incidents/, test fixtures and templates matches schema/incident.schema.json', async () => {
  const output = await json(['parse', ...reports])
  expect(validateIncidents(output), errorsOf(validateIncidents)).toBe(true)
  expect((output as unknown[]).length).toBeGreaterThan(10)
})

test('timeline --format json on incidents/, test fixtures and templates matches schema/timeline.schema.json', async () => {
  const output = await json(['timeline', '--format', 'json', ...reports])
  expect(validateTimelines(output), errorsOf(validateTimelines)).toBe(true)
  expect((output as Array<{timeline: unknown[]}>).some((item) => item.timeline.length > 0)).toBe(
    true
  )
})

test.skipIf(!existsSync(corpus))('parse on the real corpus matches the schema', async () => {
  const output = await json(['parse', corpus])
  expect(validateIncidents(output), errorsOf(validateIncidents)).toBe(true)
})

test.skipIf(!existsSync(corpus))(
  'timeline --format json on the real corpus matches the schema',
  async () => {
    const output = await json(['timeline', '--format', 'json', corpus])
    expect(validateTimelines(output), errorsOf(validateTimelines)).toBe(true)
  }
)

describe('the schemas reject what they should', () => {
  // A valid incident with one entry of each shape: a range, a point, an entry without a time.
  const place = {line: 3, column: 1}
  const range = {
    at: '2017-02-28T17:37:00Z',
    text: 'S3 errors',
    time: {
      at: '2017-02-28T17:37:00Z',
      end: '2017-02-28T21:54:00Z',
      text: '9:37 AM-1:54 PM PST',
      zone: 'PST',
      offset: -480,
      zoneSource: 'entry',
      dateSource: 'heading',
      precision: 'minute',
      approximate: false,
      range: true
    },
    kind: 'list',
    origin: 'timeline',
    confidence: 'high',
    markers: ['started'],
    index: 0,
    line: 3,
    column: 1,
    place
  }
  const untimed = {
    at: null,
    text: 'Config push reverted',
    kind: 'list',
    origin: 'timeline',
    confidence: 'low',
    markers: [],
    index: 1,
    line: 4,
    column: 1,
    place: {line: 4, column: 1}
  }
  const incident = (timeline: unknown[]) => [
    {
      title: 'S3',
      services: [],
      tags: [],
      authors: [],
      metadata: {},
      fields: {},
      fieldLines: {},
      sections: [],
      timeline,
      actionItems: [],
      place: {line: 1, column: 1}
    }
  ]
  const timelines = (timeline: unknown[]) => [{title: 'S3', timeline}]
  const withTime = (changes: Record<string, unknown>) => ({
    ...range,
    time: {...range.time, ...changes}
  })
  const {origin: _origin, ...withoutOrigin} = range

  /** The places (`/0/timeline/0/origin`) of what `validate` rejects in `data`, none when it accepts it. */
  function rejected(validate: ValidateFunction, data: unknown): string[] {
    if (validate(data)) return []
    return (validate.errors ?? []).map((error) =>
      error.keyword === 'required'
        ? `${error.instancePath}/${(error.params as {missingProperty: string}).missingProperty}`
        : error.instancePath
    )
  }

  test('the valid examples are accepted, so each rejection below is for its own reason', () => {
    expect(rejected(validateIncidents, incident([range, untimed]))).toEqual([])
    expect(rejected(validateTimelines, timelines([range, untimed]))).toEqual([])
  })

  test('an entry without origin', () => {
    expect(rejected(validateIncidents, incident([withoutOrigin]))).toContain('/0/timeline/0/origin')
    expect(rejected(validateTimelines, timelines([withoutOrigin]))).toContain(
      '/0/timeline/0/origin'
    )
  })

  test('an unknown origin or kind', () => {
    expect(rejected(validateIncidents, incident([{...range, origin: 'footnote'}]))).toContain(
      '/0/timeline/0/origin'
    )
    expect(rejected(validateIncidents, incident([{...range, kind: 'bullet'}]))).toContain(
      '/0/timeline/0/kind'
    )
    expect(rejected(validateTimelines, timelines([{...range, kind: 'bullet'}]))).toContain(
      '/0/timeline/0/kind'
    )
  })

  test('an instant not of the form 2017-02-28T17:37:00Z', () => {
    expect(
      rejected(validateIncidents, incident([{...range, at: '2017-02-28T17:37:00.000Z'}]))
    ).toContain('/0/timeline/0/at')
    expect(
      rejected(validateIncidents, incident([withTime({end: '2017-02-28T21:54:00+00:00'})]))
    ).toContain('/0/timeline/0/time/end')
    expect(rejected(validateTimelines, timelines([withTime({at: '2017-02-28 17:37'})]))).toContain(
      '/0/timeline/0/time/at'
    )
  })

  test('an unknown zone or date source, a property the model does not have', () => {
    expect(rejected(validateIncidents, incident([withTime({zoneSource: ''})]))).toContain(
      '/0/timeline/0/time/zoneSource'
    )
    expect(rejected(validateIncidents, incident([withTime({dateSource: 'guess'})]))).toContain(
      '/0/timeline/0/time/dateSource'
    )
    expect(rejected(validateIncidents, incident([{...range, source: 'timeline'}]))).toContain(
      '/0/timeline/0'
    )
  })

  test('a range without its end, an end without a range, an instant without a time', () => {
    const {end: _end, ...noEnd} = range.time
    expect(rejected(validateIncidents, incident([{...range, time: noEnd}]))).toContain(
      '/0/timeline/0/time/end'
    )
    expect(rejected(validateIncidents, incident([withTime({range: false})]))).toContain(
      '/0/timeline/0/time'
    )
    expect(rejected(validateIncidents, incident([{...untimed, at: range.at}]))).toContain(
      '/0/timeline/0/at'
    )
  })

  test('what is not a list of incidents', () => {
    expect(validateIncidents([{title: 'x'}])).toBe(false)
    expect(validateIncidents('not an array')).toBe(false)
    expect(validateTimelines([{file: 'x.md'}])).toBe(false)
  })
})
