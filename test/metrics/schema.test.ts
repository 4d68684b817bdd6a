import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {expect, test} from 'vitest'
import type {Io} from '../../src/cli/io.js'
import {main} from '../../src/cli/main.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schema/metrics.schema.json', import.meta.url), 'utf8')
)
const validate = new Ajv2020({allErrors: true}).compile(schema)
const project = fileURLToPath(new URL('../../', import.meta.url))
const corpus = fileURLToPath(new URL('../../../shared/corpus/real', import.meta.url))

async function metricsJson(paths: string[]): Promise<unknown> {
  let stdout = ''
  const io: Io = {
    stdout: (text) => {
      stdout += text
    },
    stderr: () => {},
    cwd: project,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false
  }
  await main(['metrics', '--format', 'json', ...paths], io)
  return JSON.parse(stdout)
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
