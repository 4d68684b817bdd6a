/**
 * Every lint rule against its fixtures (`test/fixtures/lint/<rule-id>/bad.md`
 * and `good.md`), at exact places; the configuration of severities; and
 * docs/lint.md kept in step with the rules and the fixtures.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Config} from '../../src/config/config.js'
import {type LintMessage, lintReport} from '../../src/lint/lint-report.js'
import {lintRuleIds, lintRules} from '../../src/lint/rules.js'

const asOf = '2026-11-21'
const fixtures = new URL('../fixtures/lint/', import.meta.url)

function fixture(id: string, name: 'bad' | 'good'): string {
  return readFileSync(new URL(`${id}/${name}.md`, fixtures), 'utf8')
}

/** What a rule needs to run at all; the others run with the defaults (`required-sections` too). */
const configs: Partial<Record<string, Config>> = {
  'severity-unknown': {severities: ['SEV-1', 'SEV-2', 'SEV-3']}
}

/** The templates reports start from: the built-in ones, as the command line reads them. */
const templates = ['default', 'sre', 'light', 'security'].map((name) =>
  readFileSync(new URL(`../../templates/${name}.md`, import.meta.url), 'utf8')
)

function lint(id: string, name: 'bad' | 'good', config = configs[id]): LintMessage[] {
  return lintReport(fixture(id, name), {
    path: `test/fixtures/lint/${id}/${name}.md`,
    asOf,
    templates,
    ...(config ? {config} : {})
  })
}

/** `line:column`, or `line:column-endLine:endColumn` when the message has an end. */
function place(message: LintMessage): string {
  const start = `${message.line}:${message.column}`
  return message.endLine === undefined ? start : `${start}-${message.endLine}:${message.endColumn}`
}

/** Where each rule's messages are in its bad fixture. */
const places: Record<string, string[]> = {
  // The parser places front matter messages on the whole block, not on the key.
  'front-matter-invalid': ['2:8'],
  'front-matter-type': ['3:1'],
  'front-matter-timezone': ['4:1'],
  'severity-unknown': ['5:11-5:13'],
  'required-sections': ['1:1'],
  'timeline-empty': ['19:1'],
  'timeline-entry-untimed': ['23:1-23:35'],
  'time-unknown': ['23:1-23:41'],
  'time-impossible': ['23:1-23:41'],
  'time-date-unknown': ['20:1-20:94', '21:1-21:66', '22:1-22:41', '23:1-23:58'],
  'time-day-order': ['20:1-20:105'],
  'time-zone-unknown': ['20:1-20:94'],
  'time-zone-ambiguous': ['20:1-20:98'],
  'time-zone-season': ['20:1-20:98'],
  'time-zone-contradicted': ['20:1-20:18'],
  'time-nonexistent': ['23:1-23:41'],
  'time-repeated': ['23:1-23:41'],
  'time-disagree': ['21:1-21:110'],
  'timeline-order': ['23:1-23:66'],
  'timeline-misdated': ['21:1-21:105', '22:1-22:77'],
  'timeline-year': ['23:1-23:52'],
  'milestone-order': ['22:1'],
  'milestone-missing': ['19:1'],
  'summary-time-disagrees': ['15:1-15:30', '20:26-20:47'],
  'stated-duration-disagrees': ['15:3-15:31', '19:61-20:25'],
  'mean-of-one': ['15:3-15:7', '19:62-19:66'],
  'action-item-owner': ['33:1'],
  'action-item-overdue': ['33:76-33:86'],
  'cascade-edge-syntax': ['30:3'],
  'cascade-cycle': ['30:3'],
  'cascade-undeclared': ['30:3'],
  'cascade-window-order': ['31:1'],
  'report-empty': ['6:1'],
  'markdown-limit': ['19:1'],
  'template-placeholder': ['34:1'],
  'lint-comment': ['19:1-19:36']
}

/** Bad fixtures whose problem takes other findings with it (no date, no zone). */
const consequences: Partial<Record<string, string[]>> = {
  'front-matter-invalid': ['time-date-unknown'],
  'front-matter-type': ['time-date-unknown'],
  'front-matter-timezone': ['time-zone-unknown'],
  'report-empty': ['required-sections']
}

describe('lint rules', () => {
  it('has a fixture folder and expected places for every rule, and nothing else', () => {
    expect(Object.keys(places)).toEqual(lintRuleIds)
    expect(readdirSync(fixtures).sort()).toEqual([...lintRuleIds].sort())
    for (const id of lintRuleIds) {
      expect(existsSync(new URL(`${id}/bad.md`, fixtures)), id).toBe(true)
      expect(existsSync(new URL(`${id}/good.md`, fixtures)), id).toBe(true)
    }
  })

  for (const rule of lintRules) {
    describe(rule.id, () => {
      it(`lintReport(bad.md) reports ${rule.id} at its exact places, as ${rule.severity}`, () => {
        const found = lint(rule.id, 'bad')
        const own = found.filter((message) => message.ruleId === rule.id)
        expect(own.map(place)).toEqual(places[rule.id])
        for (const message of own) {
          expect(message.severity).toBe(rule.severity)
          expect(message.reason).toMatch(/^(?:Unexpected|Missing) /)
        }
        // Nothing else, except what the rule's problem brings with it.
        const others = new Set(found.map((message) => message.ruleId))
        others.delete(rule.id)
        expect([...others]).toEqual(consequences[rule.id] ?? [])
      })

      it('lintReport(good.md) reports nothing', () => {
        expect(lint(rule.id, 'good')).toEqual([])
      })
    })
  }
})

describe('lintReport(markdown, {config})', () => {
  const bad = (id: string) => fixture(id, 'bad')

  it('drops the messages of a rule set to off, of its own or from the parser', () => {
    for (const id of ['action-item-owner', 'time-unknown', 'cascade-cycle']) {
      expect(lintReport(bad(id), {asOf}).some((message) => message.ruleId === id)).toBe(true)
      const off = lintReport(bad(id), {asOf, config: {rules: {[id]: 'off'}}})
      expect(off.filter((message) => message.ruleId === id)).toEqual([])
    }
  })

  it('raises a rule to error, and lowers one to warning', () => {
    const raised = lintReport(bad('action-item-owner'), {
      asOf,
      config: {rules: {'action-item-owner': 'error'}}
    })
    expect(raised).toEqual([
      expect.objectContaining({ruleId: 'action-item-owner', severity: 'error'})
    ])
    const lowered = lintReport(bad('time-impossible'), {
      asOf,
      config: {rules: {'time-impossible': 'warning'}}
    })
    expect(lowered).toEqual([
      expect.objectContaining({ruleId: 'time-impossible', severity: 'warning'})
    ])
  })

  it('checks only the configured required sections', () => {
    const report = bad('required-sections')
    expect(lintReport(report, {asOf}).map((message) => message.reason)).toEqual([
      'Missing section `Root cause`, expected a `## Root cause` heading'
    ])
    expect(lintReport(report, {asOf, config: {requiredSections: ['summary', 'timeline']}})).toEqual(
      []
    )
    expect(
      lintReport(report, {asOf, config: {requiredSections: ['summary', 'lessons-learned']}}).map(
        (message) => message.reason
      )
    ).toEqual(['Missing section `Lessons learned`, expected a `## Lessons learned` heading'])
  })

  it('checks severities only against a configured scale', () => {
    expect(lintReport(bad('severity-unknown'), {asOf})).toEqual([])
    expect(
      lintReport(bad('severity-unknown'), {asOf, config: {severities: ['P1', 'P2', 'P3']}})
    ).toEqual([])
  })

  it('judges due dates by asOf', () => {
    expect(lintReport(bad('action-item-overdue'), {asOf: '2026-10-01'})).toEqual([])
    expect(lintReport(bad('action-item-overdue'), {asOf: '2026-10-02'})).toHaveLength(1)
  })
})

describe('lintReport(markdown) on the shapes of real reports', () => {
  const report = (sections: string) => `---
date: 2026-03-09
timezone: UTC
---

# Checkout errors
${sections}`
  const timeline = `
## Timeline

- 10:02 Checkout starts failing [started]
- 10:05 Alert fires [detected]
- 10:40 All clear [resolved]
`

  it('takes the paragraph under the title as the summary', () => {
    const intro = report(`
A config push removed the payment provider from the egress allow-list, and
checkout failed for 38 minutes until the push was reverted.
${timeline}`)
    const found = lintReport(intro, {asOf, config: {requiredSections: ['summary', 'timeline']}})
    expect(found).toEqual([])
  })

  it('takes contributing factors for the root cause', () => {
    const factors = report(`${timeline}
## Contributing factors

- The allow-list is generated from a registry without the new host.
`)
    const found = lintReport(factors, {asOf, config: {requiredSections: ['root-cause']}})
    expect(found).toEqual([])
  })

  it('asks no owner of action items done or tracked in an issue', () => {
    const items = report(`${timeline}
## Action items

- [x] Revert the config push
- We enabled branch protection on the config repository.
- Alerting on the egress proxy was added.
- Check the allow-list in CI ([#4512](https://github.com/example/infra/issues/4512))
- Page on checkout errors (OPS-1234)
- We should validate the allow-list against the registry.
`)
    const found = lintReport(items, {asOf, config: {requiredSections: []}})
    expect(found.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      '21 action-item-owner'
    ])
  })

  it("counts the team's milestonePhrases before saying a milestone is missing", () => {
    const phrases = report(`
## Timeline

- 10:02 Checkout starts failing [started]
- 10:05 Alert fires [detected]
- 10:40 Green across the board
`)
    const config: Config = {requiredSections: []}
    expect(lintReport(phrases, {asOf, config}).map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Missing milestone `resolved`/)
    ])
    const own = {...config, milestonePhrases: {resolved: ['green across the board']}}
    expect(lintReport(phrases, {asOf, config: own})).toEqual([])
  })

  it('reads a mean only when it is given as a duration', () => {
    const mean = (line: string) =>
      lintReport(report(`\n${line}\n${timeline}`), {asOf, config: {requiredSections: []}}).map(
        (message) => message.ruleId
      )
    expect(mean('MTTR was 38 minutes.')).toEqual(['mean-of-one'])
    expect(mean('Mean time to recovery: 38 min')).toEqual(['mean-of-one'])
    expect(mean('Our MTTR target is 30 minutes.')).toEqual([])
    expect(mean('This incident counts toward the quarterly MTTR.')).toEqual([])
  })

  it('leaves stated durations and means alone in a report of several incidents', () => {
    const several = `---
timezone: UTC
---

# Two outages

MTTR: 3 hours. Time to detect: 2 hours.

## March 9, 2026

### Timeline

- 10:02 Checkout starts failing [started]
- 10:05 Alert fires [detected]
- 10:40 All clear [resolved]

## March 12, 2026

### Timeline

- 08:00 Search starts failing [started]
- 08:01 Alert fires [detected]
- 08:30 All clear [resolved]
`
    const found = lintReport(several, {asOf, config: {requiredSections: []}})
    expect(found).toEqual([])
  })
})

describe('docs/lint.md', () => {
  const doc = readFileSync(new URL('../../docs/lint.md', import.meta.url), 'utf8')
  const sections = doc.split(/^(?=### )/m).slice(1)

  it('lists every rule in its table, with its default and what it checks', () => {
    const rows = [...doc.matchAll(/^\| \[`([\w-]+)`\]\(#([\w-]+)\) \| `(\w+)` \| (.*) \|$/gm)]
    expect(rows.map((row) => row.slice(1))).toEqual(
      lintRules.map((rule) => [rule.id, rule.id, rule.severity, rule.summary])
    )
  })

  it('has one `### `id`` section per rule, in the order of lintRules', () => {
    const ids = sections.map((section) => /^### `([\w-]+)`\n/.exec(section)?.[1])
    expect(ids).toEqual(lintRuleIds)
  })

  for (const rule of lintRules) {
    it(`documents ${rule.id}: its default, a Bad and a Good example from the fixtures, and the message`, () => {
      const section = sections.find((candidate) => candidate.startsWith(`### \`${rule.id}\`\n`))
      expect(section).toBeDefined()
      const text = section as string
      expect(text).toContain(`Default: \`${rule.severity}\``)
      const [, bad = '', good = ''] = text.split(/^\*\*(?:Bad|Good)\*\*/m)
      const bads = blocks(bad, 'markdown')
      const goods = blocks(good, 'markdown')
      expect(bads.length, 'a Bad example').toBeGreaterThan(0)
      expect(goods.length, 'a Good example').toBeGreaterThan(0)
      for (const example of bads) expect(fixture(rule.id, 'bad')).toContain(example)
      for (const example of goods) expect(fixture(rule.id, 'good')).toContain(example)
      // The messages shown are those the bad fixture gives, exactly.
      const shown = blocks(bad, 'text').flatMap((block) => block.split('\n').filter(Boolean))
      const given = lint(rule.id, 'bad')
        .filter((message) => message.ruleId === rule.id)
        .map((message) => `${place(message)}  ${message.severity}  ${message.reason}  ${rule.id}`)
      expect(shown).toEqual(given)
    })
  }
})

/** The contents of the fenced blocks of a language. */
function blocks(markdown: string, language: string): string[] {
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm')
  return [...markdown.matchAll(fence)].map((match) => match[1] as string)
}

describe('template-placeholder', () => {
  const templates = ['default', 'sre', 'light', 'security'].map((name) =>
    readFileSync(new URL(`../../templates/${name}.md`, import.meta.url), 'utf8')
  )
  const placeholders = (markdown: string) =>
    lintReport(markdown, {asOf, templates}).filter(
      (message) => message.ruleId === 'template-placeholder'
    )

  it('says nothing of a real report whose front matter or short items a template happens to share', () => {
    const real = `---\ntitle: CDN cache purge\ndate: 2026-03-09\ntags: [cache]\nservices: [api, web-app]\n---\n\n# CDN cache purge\n\n## Timeline\n\n- 10:00 UTC Purge starts [started]\n- 10:30 UTC Purge done [resolved]\n\n## Action items\n\n- [ ] Add alerting, owner: @sre\n`
    expect(placeholders(real)).toEqual([])
  })

  it('finds a report made from each built-in template and left as it is', () => {
    for (const template of templates) {
      const made = template.replaceAll('{{title}}', 'X').replaceAll('{{date}}', '2026-03-09')
      expect(placeholders(made).length, made.slice(0, 60)).toBe(1)
    }
  })
})
