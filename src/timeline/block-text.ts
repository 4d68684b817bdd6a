/**
 * The text of a block as a reader sees it (link text without its address,
 * code spans without their backticks, no images, no HTML comments), with a
 * map back to the source for the place of anything found in it.
 *
 * Line breaks written as `<br>` or as a hard break end a line like a new
 * paragraph would (`\n\n`); soft line breaks stay `\n`. Template tags of
 * static site generators (`{{< track "2024-11-05T05:56:00Z" >}}`,
 * `{% raw %}`) are blanked to spaces, keeping every offset, so that the
 * timestamp they hold reads like the text around it.
 */
import type {Nodes} from 'mdast'
import type {Place} from '../model.js'

/** A block's text, and where each piece of it starts in the source. */
export interface BlockText {
  text: string
  /** Offsets into `text` where a piece starts, ascending. */
  starts: number[]
  /** The source offset of each piece's start (`undefined` where the tree has no position). */
  sources: Array<number | undefined>
  /** The addresses of its links, in order. */
  links: string[]
}

const templateTag = /\{\{[<%]?\s*[\w./-]*|[%>]?\}\}|\{%-?\s*[\w./-]*|-?%\}/g
const lineBreak = /^<br\s*\/?>$/i
/** An address written bare in the text: `https://acme.slack.com/archives/C1/p1694676672000100`. */
const bareAddress = /\bhttps?:\/\/[^\s<>"'`()[\]]+/g

/**
 * The text of some nodes (a paragraph, a heading, a table cell, the
 * paragraphs of a list item), one after another, blocks separated by a
 * blank line.
 *
 * @example
 *   blockText([paragraph]).text // 'At 14:05 UTC the database failed over.'
 */
export function blockText(nodes: readonly Nodes[]): BlockText {
  const built: BlockText = {text: '', starts: [], sources: [], links: []}
  for (const [index, node] of nodes.entries()) {
    if (index > 0) built.text += '\n\n'
    append(node, built)
  }
  return built
}

function append(node: Nodes, built: BlockText): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const offset = node.position?.start.offset
      built.starts.push(built.text.length)
      // A code span's text starts after its backtick(s); one is near enough for a place.
      built.sources.push(offset === undefined ? undefined : offset + (node.type === 'text' ? 0 : 1))
      built.text += node.value.includes('{') ? blankTemplates(node.value) : node.value
      // (A bare address is text, as the parser leaves it: `see https://acme.slack.com/archives/…`.)
      if (node.type === 'text' && node.value.includes('://'))
        for (const address of node.value.matchAll(bareAddress))
          built.links.push(address[0].replace(/[.,;:!?]+$/, ''))
      return
    }
    case 'break':
      built.text += '\n\n'
      return
    case 'html': {
      // `<br>` ends a line; a comment is not text; other inline HTML stays as written, so
      // that nothing the author wrote is lost (it is escaped wherever it is shown).
      const value = node.value.trim()
      if (lineBreak.test(value)) built.text += '\n\n'
      else if (!value.startsWith('<!--')) {
        built.starts.push(built.text.length)
        built.sources.push(node.position?.start.offset)
        built.text += node.value
      }
      return
    }
    case 'image':
    case 'imageReference':
    case 'code':
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
      return
    case 'link':
      built.links.push(node.url)
      for (const child of node.children) append(child, built)
      return
    default:
      if ('children' in node) for (const child of node.children) append(child as Nodes, built)
  }
}

function blankTemplates(text: string): string {
  return text.replace(templateTag, (tag) => ' '.repeat(tag.length))
}

/**
 * The source offset of an offset into a block's text.
 *
 * @example
 *   sourceOffset(blockText([paragraph]), 3) // paragraph's start offset + 3
 */
export function sourceOffset(block: BlockText, offset: number): number | undefined {
  let low = 0
  let high = block.starts.length - 1
  if (high < 0) return undefined
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((block.starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  const source = block.sources[low]
  return source === undefined ? undefined : source + offset - (block.starts[low] as number)
}

/** Line and column of source offsets, from the offset of each line's start, found once. */
export class SourceLines {
  readonly #starts: number[] = [0]

  constructor(source: string) {
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1))
      this.#starts.push(index + 1)
  }

  /**
   * The 1-based line and column of a source offset.
   *
   * @example
   *   new SourceLines('a\nbc').place(3) // {line: 2, column: 2}
   */
  place(offset: number): Place {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.#starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (this.#starts[low] as number) + 1}
  }

  /**
   * The source offset where a 1-based line starts (the source's end past its last line).
   *
   * @example
   *   new SourceLines('a\nbc').start(2) // 2
   */
  start(line: number): number {
    return this.#starts[line - 1] ?? this.#starts.at(-1) ?? 0
  }
}
