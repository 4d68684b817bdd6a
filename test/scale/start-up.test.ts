/**
 * The built command line starts from dist/vendor/yargs.js, yargs bundled
 * into one module (src/vendor/yargs.ts), while vitest runs the sources with
 * yargs itself. These run `node bin/aftermath.js` (`npm test` builds dist/
 * first) and hold the two to the same answers.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test, vi} from 'vitest'
import {builtCli} from '../helpers/built-cli.js'
import {project, run, scratch} from '../helpers/cli.js'

const listModules = join(project, 'test', 'scale', 'fixtures', 'list-modules.mjs')

const cli = builtCli

describe('the bundled yargs', () => {
  test('dist/vendor/yargs.js is one module: the CLI loads no file of node_modules/yargs or its dependencies', async () => {
    const folder = scratch()
    const {stderr} = await cli(['--help'], folder, {}, ['--import', listModules])
    const modules = [...stderr.matchAll(/\[module (\S+)\]/g)].map((match) => match[1] as string)
    expect(modules.some((url) => url.endsWith('/dist/vendor/yargs.js'))).toBe(true)
    expect(
      modules.filter((url) =>
        /node_modules\/(yargs|yargs-parser|cliui|y18n|string-width|escalade)\//.test(url)
      )
    ).toEqual([])
  })

  test.each([
    [['--help']],
    [['metrics', '--help']],
    [['review', '--help']],
    [['metrics']],
    [['metrcs', 'x.md']],
    [['metrics', 'x.md', '--format', 'yaml']],
    [['--no-such-option']]
  ])('aftermath %j answers as yargs itself does', async (args) => {
    const built = await cli(args, project)
    const source = await run(args)
    expect(built).toEqual({code: source.code, stdout: source.stdout, stderr: source.stderr})
  })

  test('--version is aftermath’s, whatever package.json is above the working folder', async () => {
    const folder = scratch()
    writeFileSync(join(folder, 'package.json'), '{"name": "team-postmortems", "version": "9.9.9"}')
    const {version} = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(await cli(['--version'], folder)).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    expect((await run(['--version'], {cwd: folder})).stdout).toBe(`${version}\n`)
  })

  test('the help is English in any locale, as aftermath’s own words are', async () => {
    const german = {LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8'}
    const built = await cli(['--help'], project, german)
    vi.stubEnv('LC_ALL', german.LC_ALL)
    const source = await run(['--help']).finally(() => vi.unstubAllEnvs())
    for (const {stdout} of [built, source]) {
      expect(stdout).toContain('Options:')
      expect(stdout).toContain('Show help')
      expect(stdout).not.toContain('Optionen:')
    }
  })
})
