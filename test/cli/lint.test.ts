import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {run, scratch} from '../helpers/cli.js'

const clean = `---
title: Disk full
date: 2026-02-02
timezone: UTC
severity: SEV-3
---

# Disk full

## Summary

The log disk filled and writes failed for half an hour.

## Impact

Uploads failed for 30 minutes.

## Timeline

- 10:00 Uploads start failing [started]
- 10:05 The disk alert pages the on-call engineer [detected]
- 10:20 Old logs are found filling the disk [diagnosed]
- 10:25 Old logs deleted; uploads work again [mitigated]
- 10:30 All clear [resolved]

## Root cause

Log rotation was turned off by a configuration change.

## Action items

- [ ] Alert at 80% disk, owner: @ops, due 2026-12-01
`

function folderWith(files: Record<string, string>): string {
  const folder = scratch()
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}

describe('aftermath lint', () => {
  test('says nothing and exits 0 on a clean report', async () => {
    const {code, stdout, stderr} = await run(['lint', 'clean.md', '--as-of', '2026-11-21'], {
      cwd: folderWith({'clean.md': clean})
    })
    expect({code, stdout, stderr}).toEqual({code: 0, stdout: '', stderr: ''})
  })

  test('prints warnings at file:line:column, exits 0, and 1 with --frail', async () => {
    const cwd = folderWith({'report.md': clean.replace(', owner: @ops', '')})
    const warned = await run(['lint', 'report.md', '--as-of', '2026-11-21'], {cwd})
    expect(warned.code).toBe(0)
    expect(warned.stderr).toMatch(
      /report\.md\n32:1\s+warning\s+Unexpected action item without an owner.*action-item-owner\s+aftermath/
    )
    expect((await run(['lint', 'report.md', '--as-of', '2026-11-21', '--frail'], {cwd})).code).toBe(
      1
    )
  })

  test('exits 1 on an error, and still lints the other files', async () => {
    const cwd = folderWith({
      'a.md': clean.replace('- 10:30 All clear', '- 25:61 All clear'),
      'b.md': clean.replace(', owner: @ops', '')
    })
    const {code, stdout} = await run(['lint', '.', '--format', 'json', '--as-of', '2026-11-21'], {
      cwd
    })
    expect(code).toBe(1)
    const files = JSON.parse(stdout) as Array<{
      file: string
      messages: Array<{ruleId: string; severity: string; line: number; column: number}>
    }>
    expect(files.map((file) => file.file)).toEqual(['a.md', 'b.md'])
    expect(files[0]?.messages).toContainEqual(
      expect.objectContaining({ruleId: 'time-impossible', severity: 'error', line: 24, column: 1})
    )
    expect(files[1]?.messages.map((message) => message.ruleId)).toEqual(['action-item-owner'])
  })

  test('judges due dates by --as-of', async () => {
    const cwd = folderWith({'clean.md': clean})
    const {stdout} = await run(['lint', 'clean.md', '--format', 'json', '--as-of', '2026-12-02'], {
      cwd
    })
    expect(
      JSON.parse(stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)
    ).toEqual(['action-item-overdue'])
    expect((await run(['lint', 'clean.md', '--as-of', 'soon'], {cwd})).code).toBe(2)
  })
})

describe('lint --format sarif and github', () => {
  const flawed = (dir: string) => {
    writeFileSync(
      join(dir, 'flawed, really.md'),
      '# Disk full\n\n## Timeline\n\n- 2026-02-02 10:00 UTC Uploads fail [started]\n- 2026-02-02 09:00 UTC An alert fires [detected]\n'
    )
  }

  test('sarif: a SARIF 2.1.0 log, every rule described, every message a result at its place', async () => {
    const dir = scratch()
    flawed(dir)
    const {code, stdout} = await run(['lint', '.', '--format', 'sarif', '--no-cache'], {cwd: dir})
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    const [runOf] = log.runs
    expect(runOf.tool.driver.name).toBe('aftermath')
    const ruleIds = runOf.tool.driver.rules.map((rule: {id: string}) => rule.id)
    expect(ruleIds).toContain('timeline-order')
    const order = runOf.results.find(
      (result: {ruleId: string}) => result.ruleId === 'timeline-order'
    )
    expect(order.level).toBe('warning')
    expect(order.locations[0].physicalLocation.artifactLocation.uri).toBe('flawed%2C%20really.md')
    expect(order.locations[0].physicalLocation.region.startLine).toBe(6)
    for (const result of runOf.results) expect(ruleIds).toContain(result.ruleId)
  })

  test('github: one workflow command a message, its properties escaped', async () => {
    const dir = scratch()
    flawed(dir)
    const {stdout} = await run(['lint', '.', '--format', 'github', '--no-cache'], {cwd: dir})
    const lines = stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(/^::(?:error|warning|notice) file=flawed%2C really\.md,line=\d+,col=\d+/)
    expect(lines.some((line) => /title=timeline-order::Unexpected/.test(line))).toBe(true)
  })
})
