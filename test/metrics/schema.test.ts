import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {expect, test} from 'vitest'
import {main} from '../../src/cli/main.js'
import {captureIo} from '../helpers/cli.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schema/metrics.schema.json', import.meta.url), 'utf8')
)
const validate = new Ajv2020({allErrors: true}).compile(schema)
const corpus = fileURLToPath(new URL('../../../shared/corpus/real', import.meta.url))

async function metricsJson(paths: string[]): Promise<unknown> {
  const {io, said} = captureIo()
  await main(['metrics', '--format', 'json', ...paths], io)
  return JSON.parse(said().stdout)
}

test('metrics --format json on incidents/ and test fixtures matches schema/metrics.schema.json', async () => {
  const output = await metricsJson(['incidents', 'test/fixtures', 'templates'])
  expect(validate(output), JSON.stringify(validate.errors, null, 2)).toBe(true)
  expect((output as unknown[]).length).toBeGreaterThan(10)
})

test.skipIf(!existsSync(corpus))(
  'metrics --format json on the real corpus matches the schema',
  async () => {
    const output = await metricsJson([corpus])
    expect(validate(output), JSON.stringify(validate.errors, null, 2)).toBe(true)
  }
)

test('the schema rejects what it should', () => {
  expect(validate([{title: 'x'}])).toBe(false)
  expect(validate('not an array')).toBe(false)
})
