import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {run, scratch} from '../helpers/cli.js'
// The CLI's side of test/milestones/reading-zone.test.ts.
import {unzonedReport as report} from '../helpers/unzoned-report.js'

function folder(files: Record<string, string> = {}): string {
  const cwd = scratch()
  writeFileSync(join(cwd, 'queue.md'), report)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  return cwd
}

interface LintFile {
  messages: Array<{ruleId: string | null; line: number | null}>
}

describe('--timezone reaches the milestones the front matter writes', () => {
  test('aftermath lint --timezone America/New_York warns of no milestone out of order', async () => {
    const {code, stdout, stderr} = await run(
      [
        'lint',
        'queue.md',
        '--timezone',
        'America/New_York',
        '--format',
        'json',
        '--as-of',
        '2026-11-21'
      ],
      {cwd: folder()}
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [file] = JSON.parse(stdout) as LintFile[]
    const rules = file?.messages.map((message) => message.ruleId)
    expect(rules).not.toContain('milestone-order')
    // The check itself runs: the report still lacks sections the linter asks for.
    expect(rules).toContain('required-sections')
  })

  test('aftermath metrics --timezone America/New_York starts at 18:00Z and warns of no milestone out of order', async () => {
    const {code, stdout, stderr} = await run(
      ['metrics', 'queue.md', '--timezone', 'America/New_York', '--format', 'json', '--no-cache'],
      {cwd: folder()}
    )
    expect(code).toBe(0)
    expect(stderr).not.toContain('milestone-order')
    const [metrics] = JSON.parse(stdout)
    // 14:00 in New York on 10 March 2026 (EDT, UTC-4).
    expect(metrics.milestones.started).toMatchObject({
      at: '2026-03-10T18:00:00Z',
      source: 'front-matter'
    })
    expect(metrics.milestones.resolved.at).toBe('2026-03-10T19:30:00Z')
    expect(metrics.durations.timeToResolve).toBe(90 * 60)
  })

  test('aftermath metrics takes the zone from the configuration as from --timezone', async () => {
    const cwd = folder({'.aftermathrc.json': '{"timezone": "America/New_York"}'})
    const configured = await run(['metrics', 'queue.md', '--format', 'json', '--no-cache'], {cwd})
    const given = await run(
      ['metrics', 'queue.md', '--format', 'json', '--no-cache', '--timezone', 'America/New_York'],
      {cwd: folder()}
    )
    expect(configured).toEqual(given)
  })
})
