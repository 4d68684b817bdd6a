/**
 * The Markdown processor: CommonMark with GFM (tables, task lists) and front
 * matter in YAML (`---`) or TOML (`+++`), within the limits of
 * `markdown-limits.ts`, and in pieces when the text is long.
 */
import type {List, Literal, Nodes, Root} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {combineExtensions} from 'micromark-util-combine-extensions'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'
import type {Point} from 'unist'
import './linear-edit-map.js'
import {type LimitProblem, limitMarkdown} from './markdown-limits.js'

declare module 'mdast' {
  /** TOML front matter (`+++`), which mdast's types do not declare. */
  interface Toml extends Literal {
    type: 'toml'
  }
  interface FrontmatterContentMap {
    toml: Toml
  }
  interface RootContentMap {
    toml: Toml
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfmRead)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze()

/**
 * GitHub Flavored Markdown as remark-gfm reads it (tables, task lists, footnotes, strikethrough),
 * less its autolink literals: those wrap a bare `https://…`, `www.…` or e-mail address in a link
 * node, whose text is the address as written, and cost 40% of the parse (a look at every letter,
 * then a search of every text node). aftermath reads text, so it reads the same report; the
 * addresses of messages it dates (`link-instants.ts`) are read from the text instead.
 */
function remarkGfmRead(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(
    combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()])
  )
  data.fromMarkdownExtensions.push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ])
}

/**
 * Characters of text below which a report is parsed in one piece. Pieces
 * cut where nothing can carry across hold less at once: 2 MB of real
 * reports parse in 1.4 s and 153 MiB instead of 1.8 s and 345 MiB (and,
 * before `linear-edit-map.ts`, in a tenth of the time).
 */
export const pieceSize = 8192

/** Pieces joined to one that ended open before the rest of the text is parsed at once. */
const maxHeld = 2

/**
 * Parse Markdown into an mdast tree with positions.
 *
 * @example
 *   parseMarkdown('# Title').children[0].type // 'heading'
 */
export function parseMarkdown(markdown: string): Root {
  return readMarkdown(markdown).tree
}

/**
 * Parse Markdown, and say which lines were changed to keep within the
 * parser's limits (nesting, emphasis marks).
 *
 * @example
 *   readMarkdown('> '.repeat(500) + 'x').problems.length // 1
 */
export function readMarkdown(markdown: string): {tree: Root; problems: LimitProblem[]} {
  const {text, problems} = limitMarkdown(markdown)
  return {tree: parseInPieces(text, pieceSize), problems}
}

/**
 * Parse `text` in pieces of at least `size` characters, cut before lines
 * that start a new top-level block whatever came before: an ATX heading
 * (`## …` at column 1), a line starting with a letter or `>` after a blank line,
 * or a bullet (`- x` at column 1) right after a line of text, whose list
 * is joined to the one before it when they are one list. A piece that ends
 * in fenced code or HTML, at any depth (a later line may still belong to
 * it, or say where it ends), takes the next piece with it. A text that may hold a definition (`[x]: url`,
 * `[^x]: note`) is parsed whole, since whether `[x]` anywhere is a link
 * depends on it. The tree is the one a single parse gives, positions
 * included.
 *
 * @example
 *   parseInPieces(text, 1).children.length === parseInPieces(text, Infinity).children.length // true
 */
export function parseInPieces(text: string, size: number): Root {
  if (text.length <= size || mayDefine(text)) return processor.parse(text)
  const cuts = cutsOf(text, size)
  if (cuts.length === 0) return processor.parse(text)
  const tree: Root = {type: 'root', children: []}
  // micromark drops a byte order mark, and counts offsets after it.
  const mark = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let start = 0
  let startsItem = false
  let line = 1
  const ends = [...cuts, {at: text.length, item: false}]
  // Pieces taken together because one ended open; past `maxHeld`, the rest is parsed at once, so that a fence never closed does not parse the text again for each cut.
  let held = 0
  for (let index = 0; index < ends.length; index++) {
    let cut = ends[index] as {at: number; item: boolean}
    if (cut.at <= start) continue
    if (held > maxHeld) {
      index = ends.length - 1
      cut = ends[index] as {at: number; item: boolean}
    }
    const end = cut.at
    const piece = processor.parse(text.slice(start, end))
    // Something a later line may still belong to, or that ends where the next line says: take the next piece too.
    if (index < cuts.length && endsOpen(piece)) {
      held++
      continue
    }
    held = 0
    shift(piece, line - 1, start === 0 ? 0 : start - mark)
    const before = tree.children.at(-1)
    const first = piece.children[0]
    if (
      startsItem &&
      before?.type === 'list' &&
      first?.type === 'list' &&
      sameList(before, first)
    ) {
      // The first item of this piece goes on the list the last piece ended with.
      before.children.push(...first.children)
      before.spread ||= first.spread
      if (before.position && first.position) before.position.end = first.position.end
      piece.children.shift()
    }
    tree.children.push(...piece.children)
    if (piece.position) {
      tree.position ??= {start: {...piece.position.start}, end: piece.position.end}
      tree.position.end = piece.position.end
    }
    line += countLines(text, start, end)
    start = end
    startsItem = cut.item
  }
  return tree

  /** Two bullet lists with the same bullet, one right after the other, are one list. */
  function sameList(a: List, b: List): boolean {
    if (a.ordered || b.ordered) return false
    return bulletOf(a) !== undefined && bulletOf(a) === bulletOf(b)
  }

  function bulletOf(list: List): string | undefined {
    const offset = list.children[0]?.position?.start.offset
    if (offset === undefined) return undefined
    const bullet = /^[ \t]*([-*+])/.exec(text.slice(offset + mark, offset + mark + 8))
    return bullet?.[1]
  }
}

/** Whether the last block of a piece, or the last block inside it, is code or HTML. */
function endsOpen(tree: Root): boolean {
  let node: Nodes | undefined = tree.children.at(-1)
  while (node) {
    if (node.type === 'code' || node.type === 'html') return true
    node = 'children' in node ? (node.children.at(-1) as Nodes | undefined) : undefined
  }
  return false
}

/**
 * Where a piece may start, at least `size` apart, so that what ends a
 * piece ends where it would in the whole text: at the first blank line
 * before a line that starts a block, or at the line ending before it (an
 * unclosed fence in a list item ends there). `item` when the piece starts
 * with a bullet that may go on the list before it.
 */
function cutsOf(text: string, size: number): Array<{at: number; item: boolean}> {
  const cuts: Array<{at: number; item: boolean}> = []
  const ending = /\r\n|\r|\n/g
  let last = 0
  // Where the last line with content ends, and where the blank lines after it start.
  let contentEnd: number | undefined
  let blankFrom: number | undefined
  // Front matter is one block from the first line to its closing fence.
  const fence = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(text)?.[1]
  let inFrontMatter = fence !== undefined
  let lineStart = 0
  for (let match = ending.exec(text); ; match = ending.exec(text)) {
    const lineEnd = match ? match.index : text.length
    const content = text.slice(lineStart, lineEnd)
    const blank = content.trim() === ''
    if (inFrontMatter) {
      if (lineStart > 0 && content.trimEnd() === fence) inFrontMatter = false
    } else if (!blank && contentEnd !== undefined) {
      const cut = blankFrom ?? contentEnd
      if (cut - last >= size) {
        const item = blankFrom === undefined && startsItem(content)
        if (item || startsBlock(content, blankFrom !== undefined)) {
          cuts.push({at: cut, item})
          last = cut
        }
      }
    }
    if (!blank) contentEnd = lineEnd
    blankFrom = blank ? (blankFrom ?? lineStart) : undefined
    if (!match) break
    lineStart = match.index + match[0].length
  }
  return cuts
}

/** A bullet list item with text at column 1 (`- x`), not a rule (`- - -`). */
function startsItem(line: string): boolean {
  return /^[-*+][ \t]+\S/.test(line) && !/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)
}

/** A line whose text (after `>` and list markers) starts `[`, and either has `]:` or goes on past the line. */
const definitionStart = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*\[(.*)$/gm

function mayDefine(text: string): boolean {
  if (!text.includes(']:')) return false
  definitionStart.lastIndex = 0
  for (let match = definitionStart.exec(text); match; match = definitionStart.exec(text)) {
    const rest = (match[1] as string).replace(/\r$/, '')
    if (!rest.includes(']') || rest.includes(']:')) return true
  }
  return false
}

/** Whether a line at column 1 starts a top-level block that nothing before it can hold. */
function startsBlock(line: string, afterBlank: boolean): boolean {
  if (/^#{1,6}(?:[ \t]|$)/.test(line)) return true
  return afterBlank && /^[A-Za-z>]/.test(line)
}

function countLines(text: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) count++
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) count++
  }
  return count
}

/** Move the positions of a piece's nodes to where the piece stands in the whole text. */
function shift(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  const moved = new Set<Point>()
  const move = (point: Point) => {
    if (moved.has(point)) return
    moved.add(point)
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
}
