import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runNew} from '../../src/cli/commands/new.js'
import {measure, parseIncidents} from '../../src/index.js'
import {milestoneNames} from '../../src/model.js'
import {captureIo, run, scratch} from '../helpers/cli.js'

/** The report at `path`: it must read with no message and have every duration. */
function readReport(path: string) {
  const {incidents, messages} = parseIncidents(readFileSync(path, 'utf8'), {path})
  expect(messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([])
  expect(incidents).toHaveLength(1)
  const incident = incidents[0]
  if (!incident) throw new Error('no incident')
  const {metrics, problems} = measure(incident)
  expect(problems).toEqual([])
  for (const milestone of ['started', 'detected', 'diagnosed', 'mitigated', 'resolved'] as const)
    expect(metrics.milestones[milestone], milestone).not.toBeNull()
  expect(metrics.durations.timeToResolve).not.toBeNull()
  return {incident, metrics}
}

const ownTemplate = `---
title: {{title}}
date: {{date}}
severity: {{severity}}
timezone: Europe/Berlin
---

# {{title}}

Team template for {{title}}.

## Timeline

- 09:00 Queue backs up [started]
- 09:10 Alert fires [detected]
- 09:20 Slow consumer found [diagnosed]
- 09:30 Consumer restarted [mitigated]
- 09:45 Queue drained [resolved]
`

describe('aftermath new', () => {
  for (const template of ['default', 'sre', 'light', 'security']) {
    test(`main(new --template ${template}) writes a report that reads with every milestone`, async () => {
      const cwd = scratch()
      const {code, stdout, stderr} = await run(
        [
          'new',
          'Checkout latency after a cache flush',
          '--template',
          template,
          '--date',
          '2026-07-14',
          '--severity',
          'SEV-2'
        ],
        {cwd}
      )
      expect({code, stdout, stderr}).toEqual({
        code: 0,
        stdout: 'incidents/2026-07-14-checkout-latency-after-a-cache-flush.md\n',
        stderr: ''
      })
      const {incident} = readReport(join(cwd, stdout.trim()))
      expect(incident).toMatchObject({
        title: 'Checkout latency after a cache flush',
        date: '2026-07-14',
        severity: 'SEV-2'
      })
      expect(incident.timeline.flatMap((entry) => entry.markers)).toEqual([...milestoneNames])
      expect(readdirSync(join(cwd, 'incidents'))).toEqual([
        '2026-07-14-checkout-latency-after-a-cache-flush.md'
      ])
    })
  }

  test('main(new) uses the default template, incidents/ and today', async () => {
    const cwd = scratch()
    const before = new Date().toISOString().slice(0, 10)
    const {code, stdout, stderr} = await run(['new', 'Disk full'], {cwd})
    const after = new Date().toISOString().slice(0, 10)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect([`incidents/${before}-disk-full.md\n`, `incidents/${after}-disk-full.md\n`]).toContain(
      stdout
    )
    const {incident} = readReport(join(cwd, stdout.trim()))
    expect(incident.severity).toBeUndefined()
    expect(readFileSync(join(cwd, stdout.trim()), 'utf8')).toContain('## Lessons learned')
  })

  test('main(new) never writes over an existing file', async () => {
    const cwd = scratch()
    const args = ['new', 'Disk full', '--date', '2026-07-14']
    expect((await run(args, {cwd})).code).toBe(0)
    const path = join(cwd, 'incidents/2026-07-14-disk-full.md')
    writeFileSync(path, 'What we wrote since.\n')
    const {code, stdout, stderr} = await run(args, {cwd})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'aftermath: incidents/2026-07-14-disk-full.md exists; use --force to write over it\n'
    )
    expect(readFileSync(path, 'utf8')).toBe('What we wrote since.\n')
    expect(readdirSync(join(cwd, 'incidents'))).toEqual(['2026-07-14-disk-full.md'])
  })

  test('main(new --force) writes over an existing file', async () => {
    const cwd = scratch()
    mkdirSync(join(cwd, 'incidents'))
    const path = join(cwd, 'incidents/2026-07-14-disk-full.md')
    writeFileSync(path, 'Old.\n')
    const {code, stdout} = await run(['new', 'Disk full', '--date', '2026-07-14', '--force'], {
      cwd
    })
    expect(code).toBe(0)
    expect(stdout).toBe('incidents/2026-07-14-disk-full.md\n')
    readReport(path)
    expect(readdirSync(join(cwd, 'incidents'))).toEqual(['2026-07-14-disk-full.md'])
  })

  test("main(new --template <path>) fills the team's own template, relative to the working folder", async () => {
    const cwd = scratch()
    mkdirSync(join(cwd, 'team'))
    writeFileSync(join(cwd, 'team/postmortem.md'), ownTemplate)
    const {code, stdout, stderr} = await run(
      [
        'new',
        'Queue: backed up',
        '-t',
        './team/postmortem.md',
        '--date',
        '2026-03-29',
        '--severity',
        'P2',
        '--dir',
        'postmortems/2026'
      ],
      {cwd}
    )
    expect({code, stdout, stderr}).toEqual({
      code: 0,
      stdout: 'postmortems/2026/2026-03-29-queue-backed-up.md\n',
      stderr: ''
    })
    const path = join(cwd, stdout.trim())
    const {incident, metrics} = readReport(path)
    expect(incident).toMatchObject({title: 'Queue: backed up', severity: 'P2'})
    // 29 March 2026 is the day Berlin moves to summer time: 09:00 is UTC+2.
    expect(metrics.milestones.started?.at).toBe('2026-03-29T07:00:00Z')
    expect(readFileSync(path, 'utf8')).toContain('\n# Queue: backed up\n\nTeam template for Queue')
  })

  test("main(new) warns about what aftermath would say of a team's template, unless --quiet", async () => {
    const cwd = scratch()
    writeFileSync(join(cwd, 'mine.md'), '---\ntitle: {{title}}\n---\n\n## Timeline\n\n- 10:00 x\n')
    const {code, stdout, stderr} = await run(
      ['new', 'x', '--template', 'mine.md', '--date', '2026-07-14'],
      {cwd}
    )
    expect(code).toBe(0)
    expect(stdout).toBe('incidents/2026-07-14-x.md\n')
    expect(stderr).toContain('incidents/2026-07-14-x.md')
    // The file name dates the template's undated timeline; nothing states its zone.
    expect(stderr).toMatch(/warning .*without a zone/)
    const quiet = await run(
      ['new', 'y', '--template', 'mine.md', '--date', '2026-07-14', '--quiet'],
      {cwd}
    )
    expect(quiet).toMatchObject({code: 0, stdout: 'incidents/2026-07-14-y.md\n', stderr: ''})
  })

  test('main(new --timezone <zone>) checks the new report read in that zone, as the other commands read it', async () => {
    const cwd = scratch()
    writeFileSync(
      join(cwd, 'mine.md'),
      '---\ntitle: {{title}}\nmilestones:\n  started: "10:00"\n---\n\n## Timeline\n\n- 10:05 Alert fired\n'
    )
    const args = ['new', 'x', '--template', 'mine.md', '--date', '2026-07-14', '--force']
    expect((await run(args, {cwd})).stderr).toMatch(/warning .*without a zone/)
    const zoned = await run([...args, '--timezone', 'Europe/Berlin'], {cwd})
    expect(zoned).toMatchObject({code: 0, stdout: 'incidents/2026-07-14-x.md\n', stderr: ''})
    // The configuration's zone counts as --timezone.
    writeFileSync(join(cwd, '.aftermathrc.json'), '{"timezone": "Europe/Berlin"}')
    expect(await run(args, {cwd})).toEqual(zoned)
  })

  test.each(['2026-02-30', '2023-02-29', '14/07/2026', '2026-7-14', '../../2026-07-14'])(
    'main(new --date %s) is a usage error and writes nothing',
    async (date) => {
      const cwd = scratch()
      const {code, stdout, stderr} = await run(['new', 'Disk full', '--date', date], {cwd})
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toContain(
        `Unexpected --date \`${date}\`, expected a day such as \`2026-07-14\``
      )
      expect(readdirSync(cwd)).toEqual([])
    }
  )

  test.each(['', '   ', '\n\t'])('main(new %j) is a usage error', async (title) => {
    const cwd = scratch()
    const {code, stderr} = await run(['new', title, '--date', '2026-07-14'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('Unexpected empty title')
    expect(readdirSync(cwd)).toEqual([])
  })

  test('main(new --template <unknown>) is a usage error naming the built-in templates', async () => {
    const cwd = scratch()
    const {code, stdout, stderr} = await run(['new', 'x', '--template', 'postmortem'], {cwd})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(
      'Unexpected template `postmortem`, expected one of `default`, `sre`, `light`, `security` or the path of a Markdown file'
    )
    expect(readdirSync(cwd)).toEqual([])
  })

  test('main(new --template <folder>) fails with exit 1', async () => {
    const cwd = scratch()
    mkdirSync(join(cwd, 'templates'))
    const {code, stderr} = await run(['new', 'x', '--template', 'templates'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toMatch(/^aftermath: cannot read template templates: /)
  })

  test('main(new --dir <file>) fails with exit 1', async () => {
    const cwd = scratch()
    writeFileSync(join(cwd, 'incidents'), 'not a folder')
    const {code, stdout, stderr} = await run(['new', 'x', '--date', '2026-07-14'], {cwd})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^aftermath: cannot write incidents\/2026-07-14-x\.md: /)
  })

  test.each([
    ['Сбой базы данных: 502', '2026-07-14-сбой-базы-данных-502.md'],
    ['数据库故障', '2026-07-14-数据库故障.md'],
    ['🔥🔥🔥', '2026-07-14-incident.md'],
    ['api/v2 502s from ../../gateway', '2026-07-14-api-v2-502s-from-gateway.md'],
    ['C:\\logs\\con', '2026-07-14-c-logs-con.md'],
    ['.env leaked', '2026-07-14-env-leaked.md'],
    [
      'Checkout latency after a cache flush caused by a scheduled job that ran twice in one night',
      '2026-07-14-checkout-latency-after-a-cache-flush-caused-by-a-scheduled.md'
    ]
  ])('main(new %j) writes %s into the folder, and the title back', async (title, name) => {
    const cwd = scratch()
    const {code, stdout, stderr} = await run(['new', title, '--date', '2026-07-14'], {cwd})
    expect({code, stdout, stderr}).toEqual({code: 0, stdout: `incidents/${name}\n`, stderr: ''})
    expect(readdirSync(cwd)).toEqual(['incidents'])
    expect(readdirSync(join(cwd, 'incidents'))).toEqual([name])
    expect(readReport(join(cwd, 'incidents', name)).incident.title).toBe(title)
  })

  test('main(new) reads the built-in templates wherever it runs', async () => {
    const cwd = scratch()
    expect(existsSync(join(cwd, 'templates'))).toBe(false)
    expect((await run(['new', 'x', '-t', 'light', '--date', '2026-07-14'], {cwd})).code).toBe(0)
    expect(readFileSync(join(cwd, 'incidents/2026-07-14-x.md'), 'utf8')).toContain(
      '## Cause and fix'
    )
  })

  test("runNew({templates}) takes NAME.md from the team's folder first, then the built-in ones", async () => {
    const cwd = scratch()
    mkdirSync(join(cwd, 'team-templates'))
    writeFileSync(join(cwd, 'team-templates/default.md'), ownTemplate)
    writeFileSync(join(cwd, 'team-templates/queue.md'), ownTemplate)
    const options = {date: '2026-07-14', dir: 'incidents', force: false, quiet: false}
    const team = {...options, templates: 'team-templates'}
    const first = await runDirect({...team, title: 'a', template: 'default'}, cwd)
    expect(first).toEqual({code: 0, stdout: 'incidents/2026-07-14-a.md\n', stderr: ''})
    expect(readFileSync(join(cwd, 'incidents/2026-07-14-a.md'), 'utf8')).toContain('Team template')
    expect((await runDirect({...team, title: 'b', template: 'queue'}, cwd)).code).toBe(0)
    expect((await runDirect({...team, title: 'c', template: 'sre'}, cwd)).code).toBe(0)
    expect(readFileSync(join(cwd, 'incidents/2026-07-14-c.md'), 'utf8')).toContain('## Trigger')
    const unknown = await runDirect({...team, title: 'd', template: 'nope'}, cwd)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      'expected one of `default`, `sre`, `light`, `security`, `queue` or the path'
    )
    // Without the folder, the built-in default.
    expect((await runDirect({...options, title: 'e', template: 'default'}, cwd)).code).toBe(0)
    expect(readFileSync(join(cwd, 'incidents/2026-07-14-e.md'), 'utf8')).toContain('## Cascade')
  })
})

async function runDirect(options: Parameters<typeof runNew>[0], cwd: string) {
  const {io, said} = captureIo({cwd})
  const code = await runNew(options, io)
  return {code, ...said()}
}
