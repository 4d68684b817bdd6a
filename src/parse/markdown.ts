/**
 * The Markdown processor: CommonMark with GFM (tables, task lists) and front
 * matter in YAML (`---`) or TOML (`+++`).
 */
import type {Literal, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

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
 * Parse Markdown into an mdast tree with positions.
 *
 * @example
 *   parseMarkdown('# Title').children[0].type // 'heading'
 */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}
