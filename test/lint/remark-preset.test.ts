/**
 * The remark preset, run by remark-cli itself on the built package (`dist/`,
 * which `npm test` builds first): the same findings as `aftermath lint`.
 */
import {execFile} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'
import {project, scratch} from '../helpers/cli.js'

const run = promisify(execFile)
const remark = join(project, 'node_modules', 'remark-cli', 'cli.js')

const report = `---
title: Cache flush
date: 2026-03-09
timezone: UTC
---

# Cache flush

## Summary

MTTR was 30 minutes.

## Timeline

- 10:00 A job flushes the cache [started]
- 10:05 Alerts fire [detected]
- 10:30 All clear [resolved]

## Action items

- [ ] Rate-limit cache flushes
`

async function remarkOn(markdown: string, ...flags: string[]) {
  const folder = scratch()
  const file = join(folder, 'report.md')
  writeFileSync(file, markdown)
  try {
    const {stderr} = await run(
      process.execPath,
      [remark, '--no-stdout', '--no-color', '--use', 'aftermath/remark-preset', ...flags, file],
      {cwd: project}
    )
    return {code: 0, stderr}
  } catch (error) {
    const failure = error as {code?: number; stderr?: string}
    if (typeof failure.code !== 'number') throw error
    return {code: failure.code, stderr: failure.stderr ?? ''}
  }
}

/** `line:column ... ruleId` of each message in remark's report. */
function found(stderr: string): string[] {
  return [
    ...stderr.matchAll(
      /^(\d+:\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s.*?\s([a-z-]+)\s+aftermath\s*$/gm
    )
  ].map((match) => `${match[1]} ${match[2]}`)
}

describe('aftermath/remark-preset through remark-cli', () => {
  it('reports what aftermath lint reports, at the same places', async () => {
    const {code, stderr} = await remarkOn(report)
    expect(code).toBe(0)
    // No due dates in the report: the day remark runs on does not matter.
    const expected = lintReport(report, {asOf: '2026-11-21'}).map(
      (message) => `${message.line}:${message.column} ${message.ruleId}`
    )
    expect(expected).toEqual(expect.arrayContaining(['11:1 mean-of-one', '21:1 action-item-owner']))
    expect(found(stderr)).toEqual(expected)
  }, 60_000)

  it('fails on warnings with --frail, and on errors without it', async () => {
    expect((await remarkOn(report, '--frail')).code).toBe(1)
    const impossible = report.replace('- 10:30 All clear', '- 25:61 All clear')
    const {code, stderr} = await remarkOn(impossible)
    expect(code).toBe(1)
    expect(found(stderr)).toContain('17:1 time-impossible')
  }, 60_000)
})
