/**
 * The sentences of a report's prose, read from its syntax tree: paragraphs
 * and headings, in lists too, but not code, HTML, tables or block quotes
 * (quoted chat and logs are not the report's own statements).
 */
import type {Nodes, Root} from 'mdast'
import type {Place} from '../model.js'
import {type BlockText, blockText, SourceLines, sourceOffset} from '../timeline/block-text.js'

/** One sentence as a reader sees it, with the way back to its place in the source. */
export interface ProseSentence {
  /** Its text: link text without the address, no emphasis marks. */
  text: string
  /** The source place of `text.slice(from, to)`, with its end when both ends are known. */
  span(from: number, to: number): Place | undefined
}

/**
 * Where a sentence ends: a full stop before a capital, a blank line (or a
 * hard break), or a line that starts a `Key: value` field. Not before a
 * figure: `approx. 3 hours` goes on.
 */
const sentenceEnd =
  /[.!?]["'”’)]*(?=\s+["'“(*_[]?[A-Z])|\n\n|\n(?=[ \t]*[\p{L}][\p{L}\d /()'’-]{0,30}:\s)/gu
const skipped = new Set(['blockquote', 'code', 'html', 'table', 'yaml', 'toml', 'definition'])

/**
 * The sentences of the prose in a tree, in written order.
 *
 * @example
 *   proseSentences(tree, source).map((sentence) => sentence.text)
 *   // ['The outage lasted 47 minutes.', 'Detection took 8 minutes.']
 */
export function proseSentences(tree: Root, source: string): ProseSentence[] {
  const lines = new SourceLines(source)
  const sentences: ProseSentence[] = []
  const visit = (node: Nodes) => {
    if (skipped.has(node.type)) return
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = blockText([node])
      for (const [from, to] of sentenceSpans(block.text))
        sentences.push(sentenceOf(block, from, to, lines))
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return sentences
}

function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  for (const match of text.matchAll(sentenceEnd)) {
    const to = (match.index ?? 0) + (match[0].startsWith('\n') ? 0 : match[0].length)
    spans.push([from, to])
    from = (match.index ?? 0) + match[0].length
  }
  spans.push([from, text.length])
  // Each from its first word.
  return spans
    .map(([start, end]): [number, number] => {
      const blank = /^\s*/.exec(text.slice(start, end))?.[0].length ?? 0
      return [start + blank, end]
    })
    .filter(([start, end]) => end > start)
}

function sentenceOf(block: BlockText, from: number, to: number, lines: SourceLines): ProseSentence {
  return {
    text: block.text.slice(from, to),
    span(start, end) {
      const first = sourceOffset(block, from + start)
      if (first === undefined) return undefined
      const place = lines.place(first)
      // The last character's place, then one past it: the end may be in another piece of the text.
      const last = end > start ? sourceOffset(block, from + end - 1) : undefined
      if (last === undefined || last < first) return place
      const after = lines.place(last)
      return {...place, endLine: after.line, endColumn: after.column + 1}
    }
  }
}
