/**
 * Usage errors through the built command line (`node bin/aftermath.js`,
 * `npm test` builds dist/ first): an unknown option, an invalid choice, a
 * missing path and a bad value each stop the command before it reads or
 * writes anything, exit 2, and name the nearest option or value.
 */
import {copyFileSync, mkdirSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {builtCli} from '../helpers/built-cli.js'
import {project, scratch} from '../helpers/cli.js'

const cli = (args: string[], cwd: string) => builtCli(args, cwd, {NO_COLOR: '1'})

/** A folder holding one report, to see that nothing else appears in it. */
function folder(): string {
  const dir = scratch()
  mkdirSync(join(dir, 'incidents'))
  copyFileSync(join(project, 'incidents', '2017-02-28-aws-s3.md'), join(dir, 'incidents', 's3.md'))
  return dir
}

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort()
}

/** [command line, what stderr says]: each stops with exit 2, writing nothing. */
const mistakes: Array<[string[], RegExp]> = [
  // Unknown options, with the nearest one.
  [['lint', 'incidents', '--fraill'], /unknown option --fraill; did you mean --frail\?/],
  [['metrics', 'incidents', '--fromat', 'csv'], /unknown option --fromat; did you mean --format\?/],
  [['review', 'incidents', '--formt', 'md', '-o', 'out/x.md'], /did you mean --format\?/],
  [['parse', 'incidents', '--quite'], /unknown option --quite; did you mean --quiet\?/],
  [['timeline', 'incidents', '--zonee', 'UTC'], /did you mean --zone\?/],
  [['cascade', 'incidents', '--outptu', 'c.svg'], /did you mean --output\?/],
  [['compare', 'incidents', '--scael', 'log', '-o', 'c.svg'], /did you mean --scale\?/],
  [['new', 'DNS outage', '--templat', 'sre'], /did you mean --template\?/],
  [['new', 'DNS outage', '--jobs', '2'], /unknown option --jobs/],
  // Invalid choices, with the nearest value.
  [
    ['metrics', 'incidents', '--format', 'yaml'],
    /unexpected --format yaml, expected one of table, json, csv, md/
  ],
  [['metrics', 'incidents', '--format', 'jsno'], /did you mean json\?/],
  [['timeline', 'incidents', '--order', 'tiem'], /did you mean time\?/],
  [['review', 'incidents', '--format', 'htm', '-o', 'out/'], /did you mean html\?/],
  [['lint', 'incidents', '--format', 'sarif2'], /expected one of text, json/],
  [['compare', 'incidents', '--sort', 'timeToDetct', '-o', 'c.svg'], /did you mean timeToDetect\?/],
  [['cascade', 'incidents', '--format', 'pdf', '-o', 'c.pdf'], /expected one of svg, png, json/],
  // Missing paths or title.
  ...['parse', 'timeline', 'metrics', 'lint', 'cascade', 'compare', 'review'].map(
    (command): [string[], RegExp] => [[command], /missing the Markdown reports to read/]
  ),
  [['new'], /missing the title of the incident/],
  // Bad values.
  [['metrics', 'incidents', '--timezone', 'Europe/Londn'], /did you mean Europe\/London/],
  [['review', 'incidents', '--timezone', 'Mars/Olympus', '-o', 'out/'], /Unexpected --timezone/],
  [['new', 'DNS outage', '--timezone', 'Europe/Londn'], /did you mean Europe\/London/],
  [['timeline', 'incidents', '--zone', 'Amrica/New_York'], /did you mean America\/New_York/],
  [['lint', 'incidents', '--jobs', '0'], /expected a whole number of at least 1/],
  [['lint', 'incidents', '--as-of', 'yesterday'], /expected a day such as/],
  // Commands.
  [['timelin', 'incidents'], /unknown command `timelin`; did you mean timeline\?/]
]

describe('usage errors stop the run', () => {
  test.each(mistakes)('aftermath %j exits 2 and writes nothing', async (args, said) => {
    const dir = folder()
    const before = files(dir)
    const {code, stdout, stderr} = await cli(args, dir)
    expect(stderr).toMatch(said)
    expect(stderr).toMatch(/--help/)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(files(dir)).toEqual(before)
  })
})
