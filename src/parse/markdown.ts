/**
 * The Markdown processor: CommonMark with GFM (tables, task lists) and front
 * matter in YAML (`---`) or TOML (`+++`), within the limits of
 * `markdown-limits.ts`, and in pieces when the text is long.
 */
import type {Literal, Nodes, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Point} from 'unist'
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
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze()

/**
 * Characters of text below which a report is parsed in one piece. micromark
 * rewrites its whole list of events each time a list or quote closes, so
 * its time grows with the square of a long text's size; pieces cut where
 * nothing can carry across keep it in proportion (a 10 MB report: 20 s
 * instead of 90 s).
 */
export const pieceSize = 8192

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
 * (`## …` at column 1), or a line starting with a letter after a blank
 * line. A piece that ends in fenced code or HTML (which a later line may
 * still belong to) takes the next piece with it. A text that may hold a
 * definition (`[x]: url`, `[^x]: note`) is parsed whole, since whether
 * `[x]` anywhere is a link depends on it. The tree is the one a single
 * parse gives, positions included.
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
  let line = 1
  for (const [index, cut] of [...cuts, text.length].entries()) {
    const end = cut
    if (end <= start) continue
    const piece = processor.parse(text.slice(start, end))
    const last = piece.children.at(-1)
    // Something a later line may still belong to: take the next piece too.
    if (index < cuts.length && last && (last.type === 'code' || last.type === 'html')) continue
    shift(piece, line - 1, start === 0 ? 0 : start - mark)
    tree.children.push(...piece.children)
    if (piece.position) {
      tree.position ??= {start: {...piece.position.start}, end: piece.position.end}
      tree.position.end = piece.position.end
    }
    line += countLines(text, start, end)
    start = end
  }
  return tree
}

/**
 * Offsets where a piece may start, at least `size` apart, so that what
 * ends a piece ends where it would in the whole text: at the first blank
 * line before a line that starts a block, or at the line ending before it
 * (an unclosed fence in a list item ends there).
 */
function cutsOf(text: string, size: number): number[] {
  const cuts: number[] = []
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
      if (cut - last >= size && startsBlock(content, blankFrom !== undefined)) {
        cuts.push(cut)
        last = cut
      }
    }
    if (!blank) contentEnd = lineEnd
    blankFrom = blank ? (blankFrom ?? lineStart) : undefined
    if (!match) break
    lineStart = match.index + match[0].length
  }
  return cuts
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
  return afterBlank && /^[A-Za-z]/.test(line)
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
