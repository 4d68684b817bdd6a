import {execFileSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {run, scratch, seeds} from '../helpers/cli.js'

const asOf = ['--as-of', '2026-11-21']

describe('aftermath review', () => {
  test('writes the HTML review into a folder and says what it holds', async () => {
    const folder = join(scratch(), 'out/')
    const {code, stdout} = await run(['review', ...seeds, '-o', folder, ...asOf])
    expect(code).toBe(0)
    const html = readFileSync(join(folder, 'review.html'), 'utf8')
    expect(html).toContain('<h1')
    expect(html).toContain('AWS S3 service disruption in US-EAST-1')
    expect(stdout).toContain('wrote')
    expect(stdout).toMatch(/2 incidents in all reports; median time to resolve 13h 59m over 2/)
  })

  test('links from the review to the reports, relative to where it is written', async () => {
    const folder = scratch()
    const {code} = await run([
      'review',
      ...seeds,
      '-o',
      join(folder, 'deep', 'review.html'),
      ...asOf
    ])
    expect(code).toBe(0)
    const html = readFileSync(join(folder, 'deep', 'review.html'), 'utf8')
    const links = [...html.matchAll(/href="([^"#]+\.md)/g)].map((match) => match[1] as string)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(existsSync(join(folder, 'deep', link))).toBe(true)
  })

  test('reviews one quarter as JSON, against the quarter before', async () => {
    const {code, stdout} = await run([
      'review',
      ...seeds,
      '--quarter',
      '2017-Q1',
      '--format',
      'json',
      ...asOf
    ])
    expect(code).toBe(0)
    const review = JSON.parse(stdout)
    expect(review.period).toEqual({label: '2017-Q1', start: '2017-01-01', end: '2017-04-01'})
    expect(review.incidents.map((incident: {file: string}) => incident.file)).toEqual([
      'incidents/2017-02-28-aws-s3.md'
    ])
    expect(review.counts.previous).toBe(0)
    expect(review.asOf).toBe('2026-11-21')
  })

  test('filters by severity, service and tag (comma-separated or repeated)', async () => {
    const {stdout} = await run([
      'review',
      ...seeds,
      '--severity',
      'sev-1,SEV-3',
      '--format',
      'json',
      ...asOf
    ])
    expect(JSON.parse(stdout).counts.total).toBe(1)
    const tagged = await run([
      'review',
      ...seeds,
      '--tag',
      'human-error',
      '--tag',
      'other',
      '--format',
      'json',
      ...asOf
    ])
    expect(JSON.parse(tagged.stdout).counts.total).toBe(2)
  })

  test('prints the numbers as CSV and the review as Markdown', async () => {
    const csv = await run(['review', ...seeds, '--format', 'csv', ...asOf])
    const lines = csv.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^period,measure,n,missing,median_seconds/)
    expect(lines.find((line) => line.startsWith('all,timeToResolve,2,0,'))).toBeDefined()
    const md = await run(['review', ...seeds, '--format', 'md', ...asOf])
    expect(md.stdout).toMatch(/^# Reliability review/m)
    expect(md.stdout).toContain('| ')
  })

  test('explains a wrong period or date, and writes nothing', async () => {
    const folder = scratch()
    for (const args of [
      ['--quarter', '2026-Q5'],
      ['--since', '2026-07-01'],
      ['--quarter', '2026-Q3', '--since', '2026-07-01', '--until', '2026-07-02'],
      ['--as-of', 'tomorrow'],
      ['-o', join(folder, 'review.pdf')]
    ]) {
      const {code, stderr} = await run(['review', ...seeds, ...args])
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(/aftermath: (Unexpected|cannot tell)/)
    }
    expect(existsSync(join(folder, 'review.pdf'))).toBe(false)
  })

  test('never writes over a report read from a folder it was given, even through a linked folder', async () => {
    const folder = scratch()
    mkdirSync(join(folder, 'reports'))
    const report = join(folder, 'reports', 'report.md')
    writeFileSync(report, readFileSync('incidents/2017-02-28-aws-s3.md', 'utf8'))
    symlinkSync(join(folder, 'reports'), join(folder, 'linked'))
    const before = readFileSync(report, 'utf8')
    for (const output of ['reports/report.md', 'linked/report.md', 'reports/./report.md']) {
      const {code, stderr} = await run(['review', 'reports', '-o', output, ...asOf], {cwd: folder})
      expect(code, output).toBe(2)
      expect(stderr).toContain('refusing to write over')
      expect(readFileSync(report, 'utf8')).toBe(before)
    }
    expect(readdirSync(join(folder, 'reports'))).toEqual(['report.md'])
  })

  test('takes the format from --format when the name does not tell it, and writes into a device, not over it', async () => {
    const folder = scratch()
    const {code} = await run([
      'review',
      ...seeds,
      '--format',
      'md',
      '-o',
      join(folder, 'review.txt'),
      ...asOf
    ])
    expect(code).toBe(0)
    expect(readFileSync(join(folder, 'review.txt'), 'utf8')).toMatch(/^# /)
    // `-o /dev/stdout` or a named pipe, as scripts write: written into, not replaced by a file.
    const pipe = join(folder, 'pipe')
    execFileSync('mkfifo', [pipe])
    const reading = readFile(pipe, 'utf8')
    const written = await run(['review', ...seeds, '--format', 'json', '-o', pipe, ...asOf])
    expect(written.code).toBe(0)
    expect(JSON.parse(await reading).incidents).toHaveLength(2)
    expect(statSync(pipe).isFIFO()).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['pipe', 'review.txt'])
  })

  test('never writes over a report it reads', async () => {
    const folder = scratch()
    const report = join(folder, 'report.md')
    writeFileSync(report, readFileSync('incidents/2017-02-28-aws-s3.md', 'utf8'))
    const before = readFileSync(report, 'utf8')
    const {code, stderr} = await run(['review', report, '-o', report, ...asOf])
    expect(code).toBe(2)
    expect(stderr).toContain('refusing to write over')
    expect(readFileSync(report, 'utf8')).toBe(before)
  })
})

test('CSV durations are whole seconds, with no float noise, on the whole library', async () => {
  const csv = await run(['review', 'incidents', '--format', 'csv', '--as-of', '2026-12-01'])
  const cells = csv.stdout
    .trim()
    .split('\n')
    .slice(1)
    .flatMap((line) => line.split(','))
  expect(cells.filter((cell) => /^\d+\.\d+$/.test(cell))).toEqual([])
  const metrics = await run(['metrics', 'incidents', '--format', 'csv', '--no-cache'])
  // The `_seconds` columns come last; a title may hold a quoted comma, so they are counted from the end.
  const header = metrics.stdout.split('\n')[0]?.split(',') ?? []
  const count = header.filter((name) => name.endsWith('_seconds')).length
  expect(count).toBe(8)
  for (const line of metrics.stdout.trim().split('\n').slice(1))
    for (const cell of line.split(',').slice(-count)) expect(cell).toMatch(/^(?:\d+)?$/)
})

test('services and tags are counted regardless of case and spacing, in their most common spelling', async () => {
  const folder = scratch()
  const report = (name: string, service: string, tag: string) =>
    writeFileSync(
      join(folder, `${name}.md`),
      `---\ntitle: ${name}\ndate: 2026-07-0${name.length % 9}\nservices: [${service}]\ntags: [${tag}]\n---\n\n## Timeline\n\n- 10:00 UTC Errors start [started]\n- 10:30 UTC Errors stop [resolved]\n`
    )
  report('one', 'Billing API', 'Database')
  report('two', 'billing  api', 'database')
  report('three', 'Billing API', 'DATABASE')
  const {stdout} = await run(['review', folder, '--format', 'json', '--no-cache', ...asOf])
  const review = JSON.parse(stdout) as {
    counts: {
      byService: Array<{name: string; count: number}>
      byTag: Array<{name: string; count: number}>
    }
  }
  expect(review.counts.byService).toEqual([{name: 'Billing API', count: 3, previous: null}])
  expect(review.counts.byTag).toHaveLength(1)
  expect(review.counts.byTag[0]?.count).toBe(3)
})

test('an empty selection says what was read and the names nearest to the one asked for', async () => {
  const quarter = await run([
    'review',
    'incidents',
    '--quarter',
    '2030-Q1',
    '--format',
    'json',
    ...asOf
  ])
  expect(quarter.stderr).toMatch(
    /no incident selected in 2030-Q1: 16 incidents read, dated from 2012-12-24 to 2025-06-12/
  )
  const service = await run([
    'review',
    'incidents',
    '--service',
    'Cloudflare dashbord',
    '--format',
    'json',
    ...asOf
  ])
  expect(service.stderr).toMatch(
    /--service Cloudflare dashbord: no report names it; nearest: .*Cloudflare Dashboard and API/
  )
})

test('a folder without reports writes no review and exits 1', async () => {
  const folder = scratch()
  mkdirSync(join(folder, 'empty'))
  const {code, stderr} = await run(['review', 'empty', '-o', 'review.html', ...asOf], {cwd: folder})
  expect(code).toBe(1)
  expect(stderr).toMatch(/no Markdown reports found in empty/)
  expect(existsSync(join(folder, 'review.html'))).toBe(false)
})

test('the data-quality notes hold what lint and metrics say of the measures', async () => {
  const {stdout} = await run(['review', 'incidents', '--format', 'json', '--no-cache', ...asOf])
  const review = JSON.parse(stdout) as {notes: Array<{file: string; ruleId: string}>}
  const said = review.notes.map((note) => `${note.file.split('/').pop()} ${note.ruleId}`)
  expect(said).toContain('2018-10-21-github-network-partition.md milestone-order')
  expect(said).toContain('2021-10-04-facebook-bgp-dns.md milestone-missing')
})

test('the data-quality notes are what lint says of each report, but overdue items, cold and from the cache', async () => {
  const folder = scratch()
  const places = (messages: Array<{file: string; line: number; ruleId: string}>) =>
    messages.map((one) => `${one.file}:${one.line} ${one.ruleId}`).sort()
  const linted = await run(
    ['lint', join(process.cwd(), 'incidents'), '--format', 'json', ...asOf],
    {
      cwd: folder
    }
  )
  const said = (
    JSON.parse(linted.stdout) as Array<{
      file: string
      messages: Array<{line: number; ruleId: string}>
    }>
  ).flatMap(({file, messages}) => messages.map((message) => ({file, ...message})))
  const expected = places(said.filter((one) => one.ruleId !== 'action-item-overdue'))
  // Lint says more than the measures do: the prose checks are among them.
  expect(expected.some((one) => one.endsWith('summary-time-disagrees'))).toBe(true)
  expect(expected.some((one) => one.endsWith('stated-duration-disagrees'))).toBe(true)
  for (const pass of ['cold', 'warm']) {
    const {stdout} = await run(
      ['review', join(process.cwd(), 'incidents'), '--format', 'json', ...asOf],
      {cwd: folder}
    )
    const review = JSON.parse(stdout) as {
      notes: Array<{file: string; line: number; ruleId: string}>
    }
    expect(places(review.notes), pass).toEqual(expected)
  }
})

test("the data-quality notes follow the configuration and the reports' lint comments", async () => {
  const folder = scratch()
  mkdirSync(join(folder, 'incidents'))
  writeFileSync(
    join(folder, 'incidents', 'queue.md'),
    [
      '---',
      'title: Queue backlog',
      'date: 2026-05-04',
      '---',
      '',
      '## Timeline',
      '',
      '- 09:00 UTC Consumers stop acknowledging messages [started]',
      '- 09:40 UTC The backlog is drained [resolved]',
      '',
      '## Action items',
      '',
      '- Alert on the age of the oldest message',
      '',
      '<!-- lint ignore action-item-owner -->',
      '- Add a dashboard for consumer lag',
      ''
    ].join('\n')
  )
  const notes = async () => {
    const {stdout} = await run(['review', 'incidents', '--format', 'json', ...asOf], {cwd: folder})
    return (JSON.parse(stdout) as {notes: Array<{line: number; ruleId: string}>}).notes.map(
      (note) => `${note.line} ${note.ruleId}`
    )
  }
  const before = await notes()
  expect(before).toContain('13 action-item-owner')
  expect(before).not.toContain('16 action-item-owner')
  expect(before.some((note) => note.endsWith('required-sections'))).toBe(true)
  // A rule turned off is off in the review too, even with the reports' results in the cache.
  writeFileSync(join(folder, '.aftermathrc.json'), '{"rules": {"required-sections": "off"}}')
  const after = await notes()
  expect(after.some((note) => note.endsWith('required-sections'))).toBe(false)
  expect(after).toContain('13 action-item-owner')
})

test('a report still holding the template is listed under data quality and left out of the numbers', async () => {
  const folder = scratch()
  const made = await run(['new', 'Cache flush', '--date', '2026-07-02'], {cwd: folder})
  expect(made.code).toBe(0)
  writeFileSync(
    join(folder, 'incidents', 'real.md'),
    '---\ntitle: Real\ndate: 2026-07-03\n---\n\n## Timeline\n\n- 10:00 UTC Errors start [started]\n- 10:30 UTC Errors stop [resolved]\n'
  )
  const {stdout} = await run(['review', 'incidents', '--format', 'json', '--no-cache', ...asOf], {
    cwd: folder
  })
  const review = JSON.parse(stdout) as {
    counts: {total: number}
    notes: Array<{file: string; ruleId: string}>
  }
  expect(review.counts.total).toBe(1)
  expect(review.notes).toContainEqual(
    expect.objectContaining({
      file: join('incidents', '2026-07-02-cache-flush.md'),
      ruleId: 'template-placeholder'
    })
  )
  const lint = await run(['lint', 'incidents', '--frail', '--no-cache'], {cwd: folder})
  expect(lint.code).toBe(1)
  expect(lint.stderr).toContain('template-placeholder')
})
