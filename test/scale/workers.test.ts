/**
 * The worker threads, through the built command line (`npm test` builds
 * dist/ first): vitest runs the TypeScript sources, where there is no
 * compiled worker to start, so these run `node bin/aftermath.js` itself.
 */
import {execFile} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, test} from 'vitest'
import {generateCorpus} from '../../scripts/synthetic-corpus.mjs'
import {cacheHome, project, run, scratch, syntheticReports} from '../helpers/cli.js'

const bin = join(project, 'bin', 'aftermath.js')
const countWorkers = join(project, 'test', 'scale', 'fixtures', 'count-workers.cjs')
const listModules = join(project, 'test', 'scale', 'fixtures', 'list-modules.mjs')

/** `node bin/aftermath.js <args>` in `cwd`: exit code, stdout, stderr without the counts, and the counts. */
async function cli(args: string[], cwd: string, preload: string[] = ['--require', countWorkers]) {
  const child = await promisify(execFile)(process.execPath, [...preload, bin, ...args], {
    cwd,
    env: {PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cacheHome(cwd)},
    maxBuffer: 1 << 28
  }).catch((error: {code: number; stdout: string; stderr: string}) => error)
  const code = 'code' in child && typeof child.code === 'number' ? child.code : 0
  const workers = Number(/\[workers started: (\d+)\]/.exec(child.stderr)?.[1] ?? Number.NaN)
  const modules = [...child.stderr.matchAll(/\[module (\S+)\]/g)].map((match) => match[1] as string)
  const stderr = child.stderr.replace(/\[(?:workers started:|module) [^\]]*\]\n/g, '')
  return {code, stdout: child.stdout, stderr, workers, modules}
}

/** A folder of synthetic reports, one with warnings and one that cannot be read. */
function corpus(count: number): string {
  const folder = syntheticReports(count, 3)
  writeFileSync(
    join(folder, 'incidents', '2024-06-01-warned.md'),
    '# Warned\n\n## Timeline\n\n- 10:00 Something broke [started]\n- 09:00 Before it [resolved]\n'
  )
  writeFileSync(join(folder, 'incidents', '2024-06-02-binary.md'), Buffer.from([0x23, 0, 1, 2]))
  return folder
}

beforeAll(() => {
  if (!existsSync(join(project, 'dist', 'cli', 'report-worker.js')))
    throw new Error('dist/ is not built: run `npm run build` (npm test does) before these tests')
})

describe('--jobs', () => {
  const commands = [
    ['parse'],
    ['metrics', '--format', 'json'],
    ['review', '--format', 'json', '--as-of', '2026-01-01'],
    ['lint', '--format', 'json', '--as-of', '2026-01-01']
  ]

  test.each(commands)(
    '%s gives the same output with --jobs 2 (worker threads) as with --jobs 1',
    async (...command) => {
      const folder = corpus(40)
      const one = await cli([...command, 'incidents', '--jobs', '1', '--no-cache'], folder)
      const two = await cli([...command, 'incidents', '--jobs', '2', '--no-cache'], folder)
      expect(one.workers).toBe(0)
      expect(two.workers).toBe(2)
      // The binary file fails the run (exit 1), and says so on both paths.
      expect(one.code).toBe(1)
      expect(one.stdout + one.stderr).toContain('2024-06-02-binary.md')
      expect(two).toEqual({...one, workers: 2})
      // Every report is in it (a review counts incidents; the others list them).
      const out = JSON.parse(one.stdout)
      expect(out.counts?.total ?? out.length).toBeGreaterThan(36)
    },
    120_000
  )

  test('a few reports are read in this thread: no worker is started', async () => {
    const folder = corpus(20)
    const one = await cli(
      ['metrics', 'incidents/2024-06-01-warned.md', '-j', '4', '--no-cache'],
      folder
    )
    expect(one.code).toBe(0)
    expect(one.workers).toBe(0)
    // 21 readable reports, 2 jobs: fewer than 16 a worker.
    const some = await cli(['metrics', 'incidents', '-j', '2', '--no-cache'], folder)
    expect(some.workers).toBe(0)
  }, 60_000)

  test('--jobs 1 reads a long run in one worker, with the output of the main thread', async () => {
    const folder = corpus(260)
    const args = ['metrics', 'incidents', '--format', 'json', '--no-cache']
    const child = await cli([...args, '--jobs', '1'], folder)
    expect(child.workers).toBe(1)
    // The same command in this process, from the sources: parsed in the main thread.
    const here = await run(args, {cwd: folder})
    expect({code: child.code, stdout: child.stdout, stderr: child.stderr}).toEqual({
      code: here.code,
      stdout: here.stdout,
      stderr: here.stderr
    })
  }, 180_000)

  test('results parsed in workers are cached: the next run starts no worker and parses no Markdown', async () => {
    const folder = corpus(36)
    const plain = await cli(
      ['review', 'incidents', '--format', 'json', '--as-of', '2026-01-01', '--no-cache'],
      folder
    )
    const cold = await cli(
      ['review', 'incidents', '--format', 'json', '--as-of', '2026-01-01', '-j', '2'],
      folder
    )
    expect(cold.workers).toBe(2)
    const warm = await cli(
      ['review', 'incidents', '--format', 'json', '--as-of', '2026-01-01', '-j', '2'],
      folder,
      ['--require', countWorkers, '--import', listModules]
    )
    expect(warm.workers).toBe(0)
    expect(warm.modules.length).toBeGreaterThan(0)
    expect(
      warm.modules.filter((url) => /micromark|remark-parse|parse-incidents/.test(url))
    ).toEqual([])
    expect({...cold, workers: 0}).toEqual({...plain, workers: 0})
    expect({...warm, modules: []}).toEqual({...plain, workers: 0})
  }, 120_000)
})

describe('start-up', () => {
  test('metrics served from the cache loads neither the parser, nor measure, nor the milestone rules', async () => {
    const folder = scratch()
    writeFileSync(
      join(folder, 'one.md'),
      (generateCorpus({count: 1, seed: 3})[0] as {markdown: string}).markdown
    )
    const cold = await cli(['metrics', 'one.md', '--format', 'json'], folder)
    const warm = await cli(['metrics', 'one.md', '--format', 'json'], folder, [
      '--import',
      listModules
    ])
    expect(warm.stdout).toBe(cold.stdout)
    // The measured incidents come from the cache entry: nothing is measured again.
    expect(warm.modules.some((url) => url.includes('/dist/cli/stored-result.js'))).toBe(true)
    expect(
      warm.modules.filter((url) =>
        /micromark|remark-parse|metrics\/measure\.js|milestones\/(?:evidence|words|lexicon|pick-milestones|find-milestones)|luxon|chrono|stemmer/.test(
          url
        )
      )
    ).toEqual([])
  }, 60_000)

  test.each([['metrics'], ['lint']])(
    '%s loads no diagram, PNG or browser module',
    async (command) => {
      const folder = scratch()
      writeFileSync(
        join(folder, 'one.md'),
        (generateCorpus({count: 1, seed: 3})[0] as {markdown: string}).markdown
      )
      const {modules} = await cli([command, 'one.md', '--no-cache'], folder, [
        '--import',
        listModules
      ])
      expect(modules.some((url) => url.includes('/dist/cli/main.js'))).toBe(true)
      expect(
        modules.filter((url) => /d3-|resvg|playwright|diagram|\/render\/png/.test(url))
      ).toEqual([])
    },
    60_000
  )
})
