import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test, vi} from 'vitest'
import type {CommonOptions} from '../../src/cli/common-options.js'
import {loadIncidents} from '../../src/cli/load-incidents.js'
import {main} from '../../src/cli/main.js'
import {captureIo, syntheticReports} from '../helpers/cli.js'

// A report named `explodes.md` makes the parser throw: an internal error on that report only.
vi.mock('../../src/parse-incidents.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse-incidents.js')>()
  return {
    ...original,
    readReport: (...args: Parameters<typeof original.readReport>) => {
      if (args[1]?.path?.endsWith('explodes.md')) throw new Error('boom')
      return original.readReport(...args)
    }
  }
})

const corpus = (count: number) => syntheticReports(count, 11)

/** An `Io` on `cwd` whose stderr is a terminal. */
const terminal = (cwd: string, env: Record<string, string> = {}) =>
  captureIo({cwd, env, stderrTTY: true})

function options(paths: string[], more: Partial<CommonOptions> = {}): CommonOptions {
  return {paths, quiet: false, debug: false, config: {}, jobs: 2, cache: false, ...more}
}

describe('loadIncidents', () => {
  test('loadIncidents(options, io) shows a progress bar on a terminal for 50 reports or more', async () => {
    const folder = corpus(60)
    const {io, said} = terminal(folder, {NO_COLOR: '1'})
    const code = await main(['parse', 'incidents', '--no-cache'], io)
    expect(code).toBe(0)
    const {stderr, stdout} = said()
    expect(stderr).toMatch(/\rreading █+ 100% 60\/60/)
    // The bar is cleared before anything else is said, and stdout never sees it.
    expect(stderr).toMatch(/\r +\r/)
    expect(stderr).not.toContain('\u001b[')
    expect(stdout).not.toContain('\r')

    const quiet = terminal(folder)
    await main(['parse', 'incidents', '--no-cache', '-q'], quiet.io)
    expect(quiet.said().stderr).toBe('')
  })

  test('loadIncidents(options, io) keeps no syntax tree: measured incidents are plain data', async () => {
    const folder = corpus(3)
    const {io} = terminal(folder)
    const {measured} = await loadIncidents(options(['incidents']), io)
    expect(measured).toHaveLength(3)
    const seen = new Set<unknown>()
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return
      seen.add(value)
      const prototype = Object.getPrototypeOf(value)
      expect(prototype === Object.prototype || prototype === Array.prototype).toBe(true)
      // An mdast node has a `type` and a `position` with `start`.
      expect('position' in value && 'type' in value).toBe(false)
      for (const child of Object.values(value)) visit(child)
    }
    visit(measured)
    expect(seen.size).toBeGreaterThan(100)
  })

  test('loadIncidents(options, io) turns an error on one report into a fatal message on it', async () => {
    const folder = corpus(2)
    writeFileSync(join(folder, 'incidents', 'explodes.md'), '# Explodes\n')
    const {io, said} = terminal(folder)
    const loaded = await loadIncidents(options(['incidents']), io)
    expect(loaded.failed).toBe(true)
    expect(loaded.measured).toHaveLength(2)
    const file = loaded.files.find((each) => each.path.endsWith('explodes.md'))
    expect(file?.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['internal-error', true]
    ])
    expect(said().stderr).toContain('Cannot parse file: internal error (boom)')
  })
})
