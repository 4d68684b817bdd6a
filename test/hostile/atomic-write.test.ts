/**
 * Output is written whole or not at all: a run stopped between writing and
 * renaming leaves the old file as it was and no temporary file behind.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test, vi} from 'vitest'
import {writeOutput} from '../../src/cli/write-output.js'
import {scratch} from '../helpers/cli.js'

/** Paths whose rename into place fails, as a crash or a full disk would stop it. */
const failRename = new Set<string>()

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    rename: (async (from: string, to: string) => {
      if (failRename.has(String(to)))
        throw Object.assign(new Error('ENOSPC: no space left'), {code: 'ENOSPC'})
      return actual.rename(from, to)
    }) as typeof actual.rename
  }
})

describe('writeOutput(path, data, inputs)', () => {
  test('writes the whole file', async () => {
    const folder = scratch()
    const path = join(folder, 'review.html')
    expect(await writeOutput(path, '<p>new</p>', new Set())).toBeUndefined()
    expect(readFileSync(path, 'utf8')).toBe('<p>new</p>')
    expect(readdirSync(folder)).toEqual(['review.html'])
  })

  test('a write that fails leaves the old file and no temporary file', async () => {
    const folder = scratch()
    const path = join(folder, 'review.html')
    writeFileSync(path, '<p>old</p>')
    failRename.add(path)
    expect(await writeOutput(path, '<p>new</p>'.repeat(10_000), new Set())).toEqual({
      kind: 'write-failed',
      message: `cannot write ${path}: no space left on the device`
    })
    expect(readFileSync(path, 'utf8')).toBe('<p>old</p>')
    expect(readdirSync(folder)).toEqual(['review.html'])
  })

  test('refuses a path that is an input, and writes nothing', async () => {
    const folder = scratch()
    const path = join(folder, 'report.md')
    writeFileSync(path, '# Report\n')
    expect(await writeOutput(path, 'x', new Set([path]))).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^refusing to write over /)
    })
    expect(readFileSync(path, 'utf8')).toBe('# Report\n')
    expect(readdirSync(folder)).toEqual(['report.md'])
  })
})
