/**
 * Files named on the built command line that are not reports: a
 * `not-markdown` error each, not read, and the other files still read.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {builtCli} from '../helpers/built-cli.js'
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
