/**
 * The Markdown aftermath reads is GitHub Flavored Markdown as remark-gfm reads it, less autolink
 * literals (`markdown.ts`): the same text and the same blocks, a bare address left as text.
 */
import {readdirSync, readFileSync} from 'node:fs'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {expect, test} from 'vitest'
import {parseMarkdown} from '../../src/parse/markdown.js'
import {parseIncidents} from '../../src/parse-incidents.js'

const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Every node's type and text, in order, a literal autolink's link node left out. */
function shape(tree: Root): string[] {
  const out: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'link' && toString(node) === literalText(node)) {
      out.push(`text-in-link:${toString(node)}`)
      return
    }
    out.push(node.type === 'text' ? 'text' : node.type)
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return out
}

/** The address a literal autolink was made from: its text as written. */
function literalText(node: Nodes): string | undefined {
  if (node.type !== 'link') return undefined
  const text = toString(node)
  return node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`
    ? text
    : undefined
}

test('tables, task lists, footnotes and strikethrough are read as remark-gfm reads them', () => {
  const markdown = [
    '---',
    'title: Invented',
    '---',
    '',
    '| Time | Event |',
    '|---|---|',
    '| 09:12 | ~~Deploy~~ Rollback[^1] |',
    '',
    '- [x] Add an alert',
    '- [ ] Write the runbook',
    '',
    '[^1]: Done by hand.'
  ].join('\n')
  const ours = parseMarkdown(markdown)
  const theirs = gfm.parse(markdown)
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs))
})

test('a bare address stays text, and the text is the same', () => {
  const markdown =
    'See https://status.example.com/incidents/42 or www.example.com, or mail ops@example.com.'
  const ours = parseMarkdown(markdown)
  expect(ours.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text'}]})
  expect(toString(ours)).toBe(toString(gfm.parse(markdown)))
})

test('the reports in incidents/ read to the same text and blocks as with remark-gfm', () => {
  const folder = new URL('../../incidents/', import.meta.url)
  const files = readdirSync(folder).filter((name) => name.endsWith('.md'))
  expect(files.length).toBeGreaterThan(10)
  for (const name of files) {
    const markdown = readFileSync(new URL(name, folder), 'utf8')
    const theirs = gfm.parse(markdown)
    const ours = parseMarkdown(markdown)
    expect(toString(ours), name).toBe(toString(theirs))
    expect(
      shape(ours).filter((type) => type !== 'text'),
      name
    ).toEqual(
      shape(theirs)
        .filter((type) => type !== 'text')
        .map((type) => (type.startsWith('text-in-link:') ? undefined : type))
        .filter((type) => type !== undefined)
    )
  }
})

test("a message's address written bare dates its entry as a link does", () => {
  const report = (context: string) =>
    parseIncidents(
      [
        '# Certificate mismatch on 2023-09-14',
        '',
        '- **Key events**',
        '  - First detected 2023-09-14 08:31',
        '  - Repaired 2023-09-14 09:02',
        `- **Context**: ${context}`
      ].join('\n'),
      {path: 'bare.md'}
    ).incidents[0]?.timeline.map((entry) => entry.at)
  const linked = report(
    'first reported in [#help](https://example.slack.com/archives/C01AB2CD3/p1694676672000100), fix confirmed in [#ops](https://example.slack.com/archives/C04EF5GH6/p1694678567000200).'
  )
  const bare = report(
    'first reported in #help (https://example.slack.com/archives/C01AB2CD3/p1694676672000100), fix confirmed in #ops: https://example.slack.com/archives/C04EF5GH6/p1694678567000200.'
  )
  expect(linked?.[0]).toBe('2023-09-14T07:31:00Z')
  expect(bare).toEqual(linked)
})
