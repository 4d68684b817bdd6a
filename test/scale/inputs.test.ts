/**
 * What the built command line reads: files that are not reports (a
 * `not-markdown` error each, the others still read), stdin (`-`), quoted
 * globs, and what `--ignore` and `.aftermathignore` skip.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {bin, builtCli} from '../helpers/built-cli.js'
import {project, scratch} from '../helpers/cli.js'

test('metrics on a script, a package.json and a report reads only the report', async () => {
  const dir = scratch()
  writeFileSync(join(dir, 'notes.txt'), '# Notes\n\n- 10:00 UTC Errors start\n')
  const {code, stdout, stderr} = await builtCli(
    [
      'metrics',
      join(project, 'bin', 'aftermath.js'),
      join(project, 'package.json'),
      join(project, 'incidents', '2017-02-28-aws-s3.md'),
      'notes.txt',
      '--format',
      'json',
      '--no-cache'
    ],
    dir
  )
  const files = (JSON.parse(stdout) as Array<{file: string}>).map((incident) => incident.file)
  expect(files).toHaveLength(2)
  expect(files.some((file) => file.endsWith('2017-02-28-aws-s3.md'))).toBe(true)
  expect(files).toContain('notes.txt')
  expect(stderr).toMatch(/Unexpected file of type `\.js`.*not-markdown/)
  expect(stderr).toMatch(/Unexpected file of type `\.json`.*not-markdown/)
  expect(code).toBe(1)
})

test('- reads one report from stdin, named <stdin> or by --stdin-filename', () => {
  const report = readFileSync(join(project, 'incidents', '2017-02-28-aws-s3.md'))
  const run = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, '--no-cache'], {
      input: report,
      cwd: scratch(),
      encoding: 'utf8'
    })
  const named = run(['metrics', '-', '--format', 'json', '--stdin-filename', 'postmortems/s3.md'])
  expect(named.status).toBe(0)
  const [incident] = JSON.parse(named.stdout) as Array<{
    file: string
    milestones: {resolved: {at: string}}
  }>
  expect(incident?.file).toBe('postmortems/s3.md')
  expect(incident?.milestones.resolved.at).toBe('2017-02-28T21:54:00Z')
  const linted = run(['lint', '-'])
  expect(linted.stderr).toMatch(/^<stdin>$/m)
})

test('a quoted glob names the files it matches; --ignore and .aftermathignore skip files', async () => {
  const dir = scratch()
  mkdirSync(join(dir, 'reports', 'drafts'), {recursive: true})
  const body = (title: string) =>
    `# ${title}\n\n## Timeline\n\n- 2024-03-01 10:00 UTC Errors start\n`
  writeFileSync(join(dir, 'reports', '2024-03-01-one.md'), body('One'))
  writeFileSync(join(dir, 'reports', '2024-04-02-two.md'), body('Two'))
  writeFileSync(join(dir, 'reports', '2025-01-03-three.md'), body('Three'))
  writeFileSync(join(dir, 'reports', 'drafts', 'wip.md'), body('Draft'))
  const titles = async (args: string[]) => {
    const {stdout} = await builtCli(['parse', ...args, '--no-cache'], dir)
    return (JSON.parse(stdout) as Array<{title: string}>).map((incident) => incident.title)
  }
  expect(await titles(['reports/2024-*.md'])).toEqual(['One', 'Two'])
  expect(await titles(['reports', '--ignore', 'drafts/', '--ignore', '2025-*'])).toEqual([
    'One',
    'Two'
  ])
  writeFileSync(join(dir, '.aftermathignore'), '# work in progress\nreports/drafts/\n')
  expect(await titles(['reports'])).toEqual(['One', 'Two', 'Three'])
  const none = await builtCli(['parse', 'reports/2030-*.md'], dir)
  expect(none.stderr).toMatch(/no file matches the pattern `reports\/2030-\*\.md`/)
  expect(none.code).toBe(1)
})
