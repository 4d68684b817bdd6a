import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {run, scratch, seeds} from '../helpers/cli.js'

const report = `---
title: Disk full
date: 2024-02-02
timezone: UTC
---

## Timeline

- 10:00 Disk fills [started]
- 10:30 Old logs deleted [resolved]
`

describe('aftermath parse', () => {
  test('main(parse) prints the incidents of a folder as JSON', async () => {
    const {code, stdout, stderr} = await run(['parse', ...seeds])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const incidents = JSON.parse(stdout) as Array<{
      file: string
      title: string
      timeline: Array<{at: string | null; text: string; line: number; origin: string}>
    }>
    expect(incidents.map((incident) => incident.file).sort()).toEqual([
      'incidents/2012-12-24-aws-elb.md',
      'incidents/2017-02-28-aws-s3.md'
    ])
    const s3 = incidents.find((incident) => incident.file.endsWith('aws-s3.md'))
    // The summary's date comes first, marked as the summary's; then the timeline.
    expect(s3?.timeline[0]).toMatchObject({at: '2017-02-28T00:00:00Z', line: 18, origin: 'summary'})
    const timeline = s3?.timeline.filter((entry) => entry.origin === 'timeline')
    expect(timeline?.[0]).toMatchObject({at: '2017-02-28T17:37:00Z', line: 33})
  })

  test('main(parse) reads the other files when one is missing, and exits 1', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'good.md'), report)
    const {code, stdout, stderr} = await run(['parse', 'good.md', 'missing.md'], {cwd: dir})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toHaveLength(1)
    expect(stderr).toContain('missing.md')
    expect(stderr).toMatch(
      /error\s+Cannot read file: no such file or folder\s+file-unreadable\s+aftermath/
    )
  })

  test('main(parse) refuses binary and invalid UTF-8 files with a message each', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a-good.md'), report)
    writeFileSync(join(dir, 'b-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]))
    writeFileSync(join(dir, 'c-latin1.md'), Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const {code, stdout, stderr} = await run(['parse', '.'], {cwd: dir})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toHaveLength(1)
    expect(stderr).toMatch(/b-binary\.md[\s\S]*Unexpected binary file[\s\S]*file-binary/)
    expect(stderr).toMatch(
      /c-latin1\.md[\s\S]*Unexpected invalid UTF-8 at byte 5[\s\S]*file-encoding/
    )
  })

  test('main(parse) walks folders for Markdown only, and survives a symlink loop', async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'nested'))
    writeFileSync(join(dir, 'nested', 'one.md'), report)
    writeFileSync(join(dir, 'notes.txt'), 'not a report')
    symlinkSync(dir, join(dir, 'nested', 'loop'))
    const {code, stdout} = await run(['parse', '.'], {cwd: dir})
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as Array<{file: string}>).map((incident) => incident.file)).toEqual([
      'nested/one.md'
    ])
  })

  test('main(parse) reports warnings in the vfile-reporter style with file:line:column', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'order.md'), report.replace('- 10:30', '- 09:30'))
    const {code, stderr} = await run(['parse', 'order.md'], {cwd: dir})
    expect(code).toBe(0)
    expect(stderr).toMatch(
      /order\.md\n\s*10:1-10:\d+\s+warning\s+Unexpected `09:30`.*timeline-order\s+aftermath/
    )
  })

  test('main(parse) with --quiet hides warnings', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'order.md'), report.replace('- 10:30', '- 09:30'))
    const {stderr} = await run(['parse', 'order.md', '--quiet'], {cwd: dir})
    expect(stderr).toBe('')
  })
})

describe('aftermath timeline', () => {
  test('main(timeline) prints UTC and local times of each entry', async () => {
    const {code, stdout} = await run(['timeline', 'incidents/2017-02-28-aws-s3.md'])
    expect(code).toBe(0)
    expect(stdout).toContain('AWS S3 service disruption in US-EAST-1')
    expect(stdout).toMatch(
      /33\s+2017-02-28 17:37Z\s+2017-02-28 09:37 PST\s+Following an established playbook/
    )
  })

  test('main(timeline --zone) converts local times to the given zone', async () => {
    const {stdout} = await run([
      'timeline',
      'incidents/2017-02-28-aws-s3.md',
      '--zone',
      'Europe/Paris'
    ])
    expect(stdout).toMatch(/2017-02-28 17:37Z\s+2017-02-28 18:37 GMT\+1/)
  })

  test('main(timeline --format json) prints the entries', async () => {
    const {stdout} = await run(['timeline', 'incidents/2012-12-24-aws-elb.md', '--format', 'json'])
    const [elb] = JSON.parse(stdout) as Array<{timeline: Array<{at: string}>}>
    expect(elb?.timeline.at(-1)?.at).toBe('2012-12-25T20:05:00Z')
  })

  test('main(timeline --order time) sorts a copy by time', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'order.md'), report.replace('- 10:30', '- 09:30'))
    const {stdout} = await run(['timeline', 'order.md', '--order', 'time', '--format', 'json'], {
      cwd: dir
    })
    const [incident] = JSON.parse(stdout) as Array<{timeline: Array<{text: string}>}>
    expect(incident?.timeline.map((entry) => entry.text)).toEqual([
      'Old logs deleted',
      'Disk fills'
    ])
  })
})

describe('aftermath usage', () => {
  test('main([]) asks for a command and exits 2', async () => {
    const {code, stderr} = await run([])
    expect(code).toBe(2)
    expect(stderr).toContain('Name a command')
  })

  test('main(--help) lists the commands with examples', async () => {
    const {code, stdout} = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('aftermath parse <paths..>')
    expect(stdout).toContain('aftermath timeline <paths..>')
  })

  test('main(timeline --zone Nowhere) is a usage error', async () => {
    const {code, stderr} = await run(['timeline', ...seeds, '--zone', 'Mars/Olympus'])
    expect(code).toBe(2)
    expect(stderr).toContain('expected an IANA zone')
  })
})

describe('aftermath metrics', () => {
  test('main(metrics) prints JSON when stdout is not a terminal', async () => {
    const {code, stdout} = await run(['metrics', 'incidents/2017-02-28-aws-s3.md'])
    expect(code).toBe(0)
    const [s3] = JSON.parse(stdout) as Array<{
      file: string
      milestones: {started: {at: string}}
      durations: {timeToResolve: number}
    }>
    expect(s3?.file).toBe('incidents/2017-02-28-aws-s3.md')
    expect(s3?.milestones.started.at).toBe('2017-02-28T17:37:00Z')
    expect(s3?.durations.timeToResolve).toBe(15_420)
  })

  test('main(metrics --format table) shows human durations', async () => {
    const {stdout} = await run(['metrics', ...seeds, '--format', 'table'])
    expect(stdout).toMatch(
      /AWS Elastic Load Balancing event in US-East\s+2012-12-24 20:24Z\s+.*23h 41m/
    )
    expect(stdout).toMatch(
      /AWS S3 service disruption in US-EAST-1\s+2017-02-28 17:37Z\s+—\s+—\s+—\s+2h 49m\s+4h 17m/
    )
  })

  test('main(metrics --format csv) prints one row per incident with seconds', async () => {
    const {stdout} = await run(['metrics', ...seeds, '--format', 'csv'])
    const [header, ...rows] = stdout.trim().split('\n')
    expect(header?.split(',').slice(0, 4)).toEqual([
      'file',
      'title',
      'triggered',
      'triggered_source'
    ])
    expect(rows).toHaveLength(2)
    expect(rows.find((row) => row.includes('aws-s3'))).toContain(',15420,')
  })

  test('main(metrics --format md) prints a Markdown table', async () => {
    const {stdout} = await run(['metrics', ...seeds, '--format', 'md'])
    expect(stdout.split('\n')[0]).toBe(
      '| Incident | Started (UTC) | TTD | TTA | TTDiag | TTM | TTR |'
    )
    expect(stdout).toContain(
      '| AWS S3 service disruption in US-EAST-1 | 2017-02-28 17:37Z | — | — | — | 2h 49m | 4h 17m |'
    )
  })

  test('main(metrics --explain) names the entry, score, features and runner-up of each milestone', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'words.md'),
      [
        '---',
        'title: Queue backlog',
        'date: 2024-02-02',
        'timezone: UTC',
        '---',
        '',
        '## Timeline',
        '',
        '- 10:00 Consumers start failing with timeouts',
        '- 10:04 An alert fires for queue depth',
        '- 10:20 Consumers restarted',
        '- 10:50 Queue depth back to normal'
      ].join('\n')
    )
    const text = await run(['metrics', '--explain', 'words.md'], {cwd: dir})
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/detected\s+2024-02-02 10:04Z\s+highest score in order/)
    expect(text.stdout).toMatch(/chosen\s+2024-02-02 10:04Z line 10:1 \(timeline\)\s+score \d/)
    expect(text.stdout).toContain('"An alert fires for queue depth"')

    const json = await run(['metrics', '--explain', '--format', 'json', 'words.md'], {cwd: dir})
    const [explained] = JSON.parse(json.stdout) as Array<{
      file: string
      milestones: Array<{
        milestone: string
        at: string | null
        reason: string
        chosen: {
          line: number
          score: number
          features: Array<{name: string; weight: number}>
        } | null
        runnerUp: {line: number} | null
      }>
    }>
    const started = explained?.milestones.find((item) => item.milestone === 'started')
    expect(started).toMatchObject({at: '2024-02-02T10:00:00Z', chosen: {line: 9}})
    expect(started?.chosen?.features.length).toBeGreaterThan(0)
    const resolved = explained?.milestones.find((item) => item.milestone === 'resolved')
    expect(resolved).toMatchObject({at: '2024-02-02T10:50:00Z', chosen: {line: 12}})
    const diagnosed = explained?.milestones.find((item) => item.milestone === 'diagnosed')
    expect(diagnosed).toMatchObject({at: null, chosen: null})
  })

  test('main(metrics) reports milestones out of order on stderr', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'order.md'),
      report
        .replace('[started]', '')
        .replace(
          '- 10:30 Old logs deleted [resolved]',
          '- 10:30 Old logs deleted [resolved]\n- 10:40 Outage begins [started]'
        )
    )
    const {stderr} = await run(['metrics', 'order.md'], {cwd: dir})
    expect(stderr).toMatch(/warning\s+Unexpected `resolved` .* before `started`.*milestone-order/)
  })
})
