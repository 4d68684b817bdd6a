/**
 * What people expect of a command line, through the built one: versions,
 * help per command, lint formats and comments, unfinished reports, CSV
 * numbers, owners and names grouped as written.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {builtCli} from '../helpers/built-cli.js'
import {project, scratch} from '../helpers/cli.js'

const version = (
  JSON.parse((await import('node:fs')).readFileSync(join(project, 'package.json'), 'utf8')) as {
    version: string
  }
).version

describe('the built command line', () => {
  test.each([['-v'], ['-V'], ['--version']])('%s prints the version', async (flag) => {
    const {code, stdout} = await builtCli([flag], scratch())
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(version)
  })

  test('each command lists only its own options', async () => {
    const created = await builtCli(['new', '--help'], scratch())
    expect(created.stdout).not.toMatch(/--jobs|--cache|--ignore/)
    const linted = await builtCli(['lint', '--help'], scratch())
    expect(linted.stdout).toMatch(/--jobs/)
    expect(linted.stdout).not.toMatch(/\[required\] \[default/)
  })

  test('reports written by hand: owners whole, names grouped, CSV in whole seconds, lint formats and comments', async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'incidents'))
    const report = (name: string, service: string, extra = '') =>
      writeFileSync(
        join(dir, 'incidents', `${name}.md`),
        `---\ntitle: ${name}\ndate: 2026-07-0${name.length}\nservices: [${service}]\n---\n${extra}\n## Timeline\n\n- 10:00 UTC Errors start [started]\n- 10:07 UTC An alert fires [detected]\n- 10:${10 + name.length} UTC Errors stop [resolved]\n- 09:50 UTC A note written late\n\n## Action items\n\n- [ ] Split the lock, owner: Storage with the vendor\n`
      )
    report('one', 'Billing API')
    report('three', 'billing  api', '\n<!-- lint disable timeline-order -->\n')
    report('fourfive', 'Billing API')
    const json = await builtCli(['review', 'incidents', '--format', 'json', '--no-cache'], dir)
    const review = JSON.parse(json.stdout)
    expect(review.counts.byService).toEqual([{name: 'Billing API', count: 3, previous: null}])
    expect(review.actionItems.byOwner).toEqual([
      {owner: 'Storage with the vendor', open: 3, done: 0}
    ])
    const csv = await builtCli(['review', 'incidents', '--format', 'csv', '--no-cache'], dir)
    expect(csv.stdout.split(/[,\n]/).filter((cell) => /^\d+\.\d+$/.test(cell))).toEqual([])
    const sarif = JSON.parse(
      (await builtCli(['lint', 'incidents', '--format', 'sarif', '--no-cache'], dir)).stdout
    )
    const results = sarif.runs[0].results as Array<{ruleId: string; locations: unknown[]}>
    const missing = results.filter((result) => result.ruleId === 'timeline-order')
    // `three.md` turns timeline-order off with a comment; the other two do not.
    expect(JSON.stringify(missing)).not.toContain('three.md')
    expect(missing.length).toBeGreaterThan(0)
    const github = await builtCli(['lint', 'incidents', '--format', 'github', '--no-cache'], dir)
    expect(github.stdout).toMatch(/^::warning file=incidents\/one\.md,line=\d+,col=\d+/m)
  })

  test('a report started from a template and left as it is: warned of, and not counted', async () => {
    const dir = scratch()
    expect((await builtCli(['new', 'Cache flush', '--date', '2026-07-02'], dir)).code).toBe(0)
    const lint = await builtCli(['lint', 'incidents', '--frail', '--no-cache'], dir)
    expect(lint.stderr).toMatch(/template-placeholder/)
    expect(lint.code).toBe(1)
    const review = JSON.parse(
      (await builtCli(['review', 'incidents', '--format', 'json', '--no-cache'], dir)).stdout
    )
    expect(review.counts.total).toBe(0)
    expect(review.notes.map((note: {ruleId: string}) => note.ruleId)).toContain(
      'template-placeholder'
    )
  })

  test("the review's data quality is what lint says of each report, cold and from the cache", async () => {
    const dir = scratch()
    mkdirSync(join(dir, 'incidents'))
    writeFileSync(
      join(dir, 'incidents', 'sync.md'),
      [
        '---',
        'title: Sync stalls',
        'date: 2026-04-09',
        '---',
        '',
        '## Summary',
        '',
        'The outage lasted about 3 hours.',
        '',
        '## Timeline',
        '',
        '- 08:00 UTC Sync workers stop picking up jobs [started]',
        '- 08:20 UTC Alert fires for queue age [detected]',
        '- 09:00 UTC Workers restarted, the queue drains [mitigated]',
        '- 09:10 UTC Sync is back to normal [resolved]',
        '',
        '## Action items',
        '',
        '- Alert on the age of the oldest job',
        ''
      ].join('\n')
    )
    const lint = JSON.parse(
      (await builtCli(['lint', 'incidents', '--format', 'json', '--as-of', '2026-05-01'], dir))
        .stdout
    ) as Array<{file: string; messages: Array<{line: number; ruleId: string}>}>
    const said = lint
      .flatMap(({file, messages}) => messages.map((one) => `${file}:${one.line} ${one.ruleId}`))
      .sort()
    // The stated 3 hours against the timeline's 1 h 10 min, and the item without an owner.
    expect(said.some((one) => one.endsWith('stated-duration-disagrees'))).toBe(true)
    expect(said.some((one) => one.endsWith('action-item-owner'))).toBe(true)
    for (const pass of ['cold', 'warm']) {
      const review = JSON.parse(
        (await builtCli(['review', 'incidents', '--format', 'json', '--as-of', '2026-05-01'], dir))
          .stdout
      ) as {notes: Array<{file: string; line: number; ruleId: string}>}
      const notes = review.notes.map((note) => `${note.file}:${note.line} ${note.ruleId}`).sort()
      expect(notes, pass).toEqual(said)
    }
  })
})
