/**
 * Writing through the built command line: `-o` into a folder that does not
 * exist makes it, for every command that writes; a write the system fails is
 * a `write-failed` message and exit 1, never a stack trace; a `--format`
 * that contradicts the name is a usage error; a device gets the default
 * format.
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {builtCli} from '../helpers/built-cli.js'
import {project, scratch} from '../helpers/cli.js'

const s3 = join(project, 'incidents', '2017-02-28-aws-s3.md')
const elb = join(project, 'incidents', '2012-12-24-aws-elb.md')

describe('-o into a folder that does not exist', () => {
  test.each([
    [['cascade', s3], 'deep/er/s3.svg', '<svg'],
    [['timeline', s3], 'deep/er/s3.svg', '<svg'],
    [['compare', s3, elb], 'deep/er/both.svg', '<svg'],
    [['review', s3, elb], 'deep/er/review.html', '<!DOCTYPE html>'],
    [['cascade', s3, elb], 'deep/er/', undefined]
  ])('aftermath %j -o %s makes the folders', async (args, output, starts) => {
    const dir = scratch()
    const {code, stderr} = await builtCli([...args, '-o', output, '--no-cache'], dir)
    expect(stderr).not.toMatch(/internal error|\.tmp/)
    expect(code).toBe(0)
    if (starts) expect(readFileSync(join(dir, output), 'utf8').startsWith(starts)).toBe(true)
    else expect(existsSync(join(dir, 'deep', 'er', '2017-02-28-aws-s3-cascade.svg'))).toBe(true)
  })
})

describe.runIf(existsSync('/dev/full'))('a write the system fails', () => {
  test.each([
    [['cascade', s3, '-o', '/dev/full']],
    [['timeline', s3, '-o', '/dev/full', '--format', 'svg']],
    [['review', s3, '-o', '/dev/full']]
  ])('aftermath %j says write-failed and exits 1', async (args) => {
    const {code, stderr} = await builtCli([...args, '--no-cache'], scratch())
    expect(stderr).toMatch(/cannot write \/dev\/full: no space left on the device \(write-failed\)/)
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/)
    expect(code).toBe(1)
  })

  test('a folder that cannot be made says write-failed, and does not hang', async () => {
    const {code, stderr} = await builtCli(['cascade', s3, '-o', '/proc/no-such/x.svg'], scratch())
    expect(stderr).toMatch(/cannot write \/proc\/no-such\/x\.svg: .*\(write-failed\)/)
    expect(code).toBe(1)
  })
})

describe('--format and -o', () => {
  test.each([
    [['timeline', s3, '--format', 'png', '-o', 'x.svg']],
    [['cascade', s3, '--format', 'svg', '-o', 'x.png']],
    [['compare', s3, '--format', 'png', '-o', 'x.svg']],
    [['review', s3, '--format', 'md', '-o', 'x.html']]
  ])('aftermath %j: a --format that contradicts the name exits 2', async (args) => {
    const dir = scratch()
    const {code, stderr} = await builtCli(args, dir)
    expect(stderr).toMatch(/contradicts -o x\.\w+/)
    expect(code).toBe(2)
    expect(existsSync(join(dir, 'x.svg')) || existsSync(join(dir, 'x.png'))).toBe(false)
  })

  test('cascade -o /dev/stdout writes SVG', async () => {
    const {code, stdout} = await builtCli(['cascade', s3, '-o', '/dev/stdout'], scratch())
    expect(code).toBe(0)
    expect(stdout.startsWith('<svg')).toBe(true)
  })
})

describe('a folder without reports', () => {
  test.each([['cascade'], ['timeline'], ['compare'], ['review']])(
    'aftermath %s empty/ -o writes nothing, says so once and exits 1',
    async (command) => {
      const dir = scratch()
      mkdirSync(join(dir, 'empty'))
      const output = command === 'review' ? 'out/review.html' : 'out/x.svg'
      const {code, stderr} = await builtCli([command, 'empty', '-o', output], dir)
      expect(stderr).toBe('aftermath: no Markdown reports found in empty\n')
      expect(code).toBe(1)
      expect(existsSync(join(dir, 'out'))).toBe(false)
    }
  )
})
