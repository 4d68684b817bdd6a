import {readFileSync} from 'node:fs'
import type {Heading, Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse as parseToml} from 'smol-toml'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {parseIncidents} from '../../src/index.js'
import {parseMarkdown} from '../../src/parse/markdown.js'
import * as newReport from '../../src/write/new-report.js'
import {cleanTitle, fillTemplate, reportFileName, slugify} from '../../src/write/new-report.js'

const defaultTemplate = readFileSync(new URL('../../templates/default.md', import.meta.url), 'utf8')

/** Titles that break naive quoting, escaping or file naming. */
const hostile = [
  'DNS: resolvers down',
  'Say "hello" to the pager',
  "It's broken, isn't it",
  '# not a comment',
  'Issue #42 again',
  'C# build fails',
  'Everything ends with #',
  'Trailing hashes ##',
  '- leading dash',
  '? question first',
  ': colon first',
  'a: b: c',
  '[bracketed] title',
  '{braced} title',
  '&anchor title',
  '*alias title',
  '!tag title',
  '|pipe title',
  '>folded title',
  '%percent title',
  '@at title',
  '`backtick` title',
  'yes',
  'No',
  'null',
  '~',
  'true',
  '123',
  '0x1F',
  '1e3',
  '2026-07-14',
  '.inf',
  'tab\there',
  'new\nline\r\nand more',
  '  spaced out  ',
  'back\\slash',
  'trailing backslash \\',
  '<script>alert(1)</script>',
  '&amp; an entity &#35;',
  '**bold** _em_ ~~strike~~',
  'costs $5 to $10',
  'snake_case_name failed',
  '_leading underscore',
  'Ünïcödé Çafé outage',
  'Сбой базы данных',
  '数据库故障',
  '🔥 fire 🔥',
  'RTL \u202Eevil',
  'zero\u200Bwidth',
  'x'.repeat(300),
  '---',
  '...',
  '1. numbered',
  '+ plus',
  '= equals',
  'nul\u0000byte',
  'lone \uD800 surrogate',
  '\u0085next line',
  'line\u2028separator',
  'bom\uFEFF inside',
  'Timeline of the outage',
  'Appendix: chat log',
  '10:02 outage',
  'Action items',
  '../../etc/passwd',
  'C:\\Windows\\System32',
  'https://example.com/status?x=1#frag',
  'a -> b: label (09:58-10:38)',
  '[detected] marker in title'
]

test('exposes the public API', () => {
  expect(Object.keys(newReport).sort()).toEqual([
    'cleanTitle',
    'fillTemplate',
    'reportFileName',
    'slugify'
  ])
})

describe('slugify', () => {
  test.each([
    ['Checkout latency after a cache flush', 'checkout-latency-after-a-cache-flush'],
    ['Élan: 50% of API calls fail / retry storm', 'elan-50-of-api-calls-fail-retry-storm'],
    ['Ærø Straße İstanbul Łódź', 'aero-strasse-istanbul-lodz'],
    ["Can't deploy: it’s locked", 'cant-deploy-its-locked'],
    ['ＡＰＩ ﬁx ②', 'api-fix-2'],
    ['Сбой базы данных', 'сбой-базы-данных'],
    ['Ёлка и йогурт', 'ёлка-и-йогурт'],
    ['数据库故障', '数据库故障'],
    ['データベース障害 ガ', 'データベース障害-ガ'],
    ['데이터베이스 장애', '데이터베이스-장애'],
    ['हिंदी परीक्षण', 'हिंदी-परीक्षण'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'incident'],
    ['.hidden', 'hidden'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['nul\u0000byte\nand\ttab', 'nul-byte-and-tab'],
    ['zero\u200Bwidth \u202Eevil', 'zero-width-evil'],
    ['🔥🔥🔥', 'incident'],
    ['', 'incident'],
    ['   ', 'incident'],
    ['\u0301accent first', 'accent-first'],
    ['con', 'con-incident'],
    ['NUL', 'nul-incident'],
    ['Aux', 'aux-incident'],
    ['com1', 'com1-incident'],
    ['LPT9', 'lpt9-incident'],
    ['con outage', 'con-outage']
  ])('slugify(%j) is %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  test('slugify(title) cuts a long title at a word boundary, at most 60 characters', () => {
    const slug = slugify(
      'Checkout latency after a cache flush caused by a scheduled job that ran twice in one night'
    )
    expect(slug).toBe('checkout-latency-after-a-cache-flush-caused-by-a-scheduled')
    expect(slug.length).toBeLessThanOrEqual(60)
  })

  test('slugify(title) cuts one long word at 60 characters, never between a letter and its marks', () => {
    expect(slugify('x'.repeat(300))).toBe('x'.repeat(60))
    const slug = slugify('हिं'.repeat(40))
    expect([...slug].length).toBeLessThanOrEqual(60)
    expect(slug.endsWith('हिं')).toBe(true)
  })

  test('slugify(title) is a safe file name for every hostile title', () => {
    for (const title of hostile) {
      const slug = slugify(title)
      expect(slug, title).toMatch(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u)
      expect([...slug].length, title).toBeLessThanOrEqual(60)
      expect(slug, title).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Lu}]|\.\.|^\./u)
      expect(slug, title).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)$/)
      expect(slug, title).toBe(slug.normalize('NFC'))
    }
  })
})

describe('reportFileName', () => {
  test('reportFileName(date, title) is `<date>-<slug>.md`', () => {
    expect(reportFileName('2026-07-14', 'DNS: resolvers down')).toBe(
      '2026-07-14-dns-resolvers-down.md'
    )
    expect(reportFileName('2024-02-29', '🔥')).toBe('2024-02-29-incident.md')
    expect(reportFileName('2000-02-29', 'con')).toBe('2000-02-29-con-incident.md')
  })

  test.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-07-00',
    '2026-7-14',
    '14/07/2026',
    '2026-07-14T10:00',
    '../2026-07-14',
    '2026-07-14/..',
    ''
  ])('reportFileName(%j, title) throws a RangeError', (date) => {
    expect(() => reportFileName(date, 'x')).toThrow(RangeError)
  })
})

describe('cleanTitle', () => {
  test('cleanTitle(title) puts a title on one line, trimmed', () => {
    expect(cleanTitle('  DNS\noutage\t ')).toBe('DNS outage')
    expect(cleanTitle('a\u0000b\u0085c\u2028d\r\ne')).toBe('a b c d e')
    expect(cleanTitle('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate')
    expect(cleanTitle('pair 🔥 kept')).toBe('pair 🔥 kept')
    expect(cleanTitle(' \n\t ')).toBe('')
  })
})

describe('fillTemplate', () => {
  test('fillTemplate(template, values) fills the front matter and the heading', () => {
    const filled = fillTemplate(defaultTemplate, {
      title: 'Checkout latency after a cache flush',
      date: '2026-07-14',
      severity: 'SEV-2'
    })
    expect(filled).not.toMatch(/\{\{/)
    expect(filled).toContain('\ntitle: Checkout latency after a cache flush\n')
    expect(filled).toContain('\ndate: 2026-07-14 # ')
    expect(filled).toContain('\nseverity: SEV-2 # ')
    expect(filled).toContain('\n# Checkout latency after a cache flush\n')
  })

  test('fillTemplate(template, values) round-trips every hostile title through parseIncidents', () => {
    for (const title of hostile) {
      const filled = fillTemplate(defaultTemplate, {title, date: '2026-07-14', severity: 'SEV-1'})
      const {incidents, messages} = parseIncidents(filled, {path: 'x.md'})
      expect(
        messages.map((message) => message.reason),
        title
      ).toEqual([])
      expect(incidents.map((incident) => incident.title)).toEqual([cleanTitle(title)])
      expect(incidents[0]?.timeline.length, title).toBe(7)
      expect(headingOf(filled), title).toBe(cleanTitle(title))
    }
  })

  test('fillTemplate(template, values) writes YAML that a YAML 1.1 reader reads the same', () => {
    for (const title of hostile) {
      const filled = fillTemplate(defaultTemplate, {title, date: '2026-07-14'})
      const yaml = frontMatter(filled)
      for (const version of ['1.1', '1.2'] as const) {
        expect(parseYaml(yaml, {version}).title, `${title} (YAML ${version})`).toBe(
          cleanTitle(title)
        )
      }
    }
  })

  test('fillTemplate(template, values) leaves an empty severity when none is given', () => {
    const filled = fillTemplate(defaultTemplate, {title: 'x', date: '2026-07-14'})
    expect(filled).toContain('\nseverity: "" # ')
    const {incidents, messages} = parseIncidents(filled)
    expect(messages).toEqual([])
    expect(incidents[0]?.severity).toBeUndefined()
  })

  test('fillTemplate(template, values) quotes a severity that YAML would read otherwise', () => {
    for (const severity of ['SEV-1: critical', '1', 'high # really', "P0 'now'"]) {
      const filled = fillTemplate(defaultTemplate, {title: 'x', date: '2026-07-14', severity})
      const {incidents, messages} = parseIncidents(filled)
      expect(messages, severity).toEqual([])
      expect(incidents[0]?.severity, severity).toBe(severity)
    }
  })

  test('fillTemplate(template, values) fills tokens bare, quoted, or inside other text', () => {
    const template = [
      '---',
      'title: {{title}}',
      'quoted: "{{ title }}"',
      "single: '{{title}}'",
      'plain: Postmortem of {{title}} # a comment',
      'inDouble: "Postmortem of {{title}}, {{date}}" # a comment',
      "inSingle: 'It''s {{title}}'",
      'list:',
      '  - {{title}}',
      'flow: [{{title}}, {{severity}}]',
      'date: {{date}}',
      "other: '{{owner}}'",
      '---',
      ''
    ].join('\n')
    const title = 'A "b": c # d \\ e'
    const data = parseYaml(
      frontMatter(fillTemplate(template, {title, date: '2026-07-14', severity: 'SEV-3'}))
    )
    expect(data).toEqual({
      title,
      quoted: title,
      single: title,
      plain: `Postmortem of ${title}`,
      inDouble: `Postmortem of ${title}, 2026-07-14`,
      inSingle: `It's ${title}`,
      list: [title],
      flow: [title, 'SEV-3'],
      date: '2026-07-14',
      other: '{{owner}}'
    })
  })

  test('fillTemplate(template, values) fills TOML front matter', () => {
    const template = [
      '+++',
      "title = '{{title}}'",
      'subtitle = "About {{title}}"',
      'date = {{date}}',
      'severity = "{{severity}}" # comment',
      '+++',
      '',
      '# {{title}}',
      ''
    ].join('\n')
    const title = "It's \"quoted\" \\ and 'single' = ok"
    const filled = fillTemplate(template, {title, date: '2026-07-14', severity: 'SEV-2'})
    const toml = filled.split('+++')[1] as string
    expect(parseToml(toml)).toMatchObject({title, subtitle: `About ${title}`, severity: 'SEV-2'})
    const {incidents, messages} = parseIncidents(filled)
    expect(messages).toEqual([])
    expect(incidents[0]).toMatchObject({title, date: '2026-07-14', severity: 'SEV-2'})
  })

  test('fillTemplate(template, values) keeps the line endings of the template', () => {
    const filled = fillTemplate(defaultTemplate.replace(/\n/g, '\r\n'), {
      title: 'x: y',
      date: '2026-07-14'
    })
    expect(filled.split('\r\n').length).toBe(defaultTemplate.split('\n').length)
    expect(filled).not.toMatch(/[^\r]\n/)
    expect(parseIncidents(filled).incidents[0]?.title).toBe('x: y')
  })

  test('fillTemplate(template, values) escapes a title that starts a line of Markdown', () => {
    for (const title of [
      '1. numbered',
      '2) closed',
      '- dash',
      '+ plus',
      '> quote',
      '# hash',
      '---'
    ]) {
      const filled = fillTemplate('Intro.\n\n{{title}}\n', {title, date: '2026-07-14'})
      const [, paragraph] = parseMarkdown(filled).children as [Paragraph, Paragraph]
      expect(paragraph.type, title).toBe('paragraph')
      expect(toString(paragraph), title).toBe(title)
    }
  })

  test('fillTemplate(template, values) reads a first `---` without a closing fence as Markdown', () => {
    expect(fillTemplate('---\n\n# {{title}}: *x*\n', {title: 'a: b', date: '2026-07-14'})).toBe(
      '---\n\n# a: b: *x*\n'
    )
  })
})

function headingOf(markdown: string): string | undefined {
  const heading = parseMarkdown(markdown).children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1
  )
  return heading ? toString(heading) : undefined
}

function frontMatter(markdown: string): string {
  return markdown.split(/^---$/m)[1] as string
}
