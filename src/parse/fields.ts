import type {Paragraph, RootContent} from 'mdast'

const fieldLine =
  /^\s*(?:\*\*|__)?([A-Za-z][\w ()/'’?-]{0,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*?)\s*$/
const boldField = /^\s*(?:\*\*|__)([^*_\n]{1,40}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(.+?)\s*$/

/**
 * `Key: value` lines of a report's header (`Created By: ...`, `Date: ...`)
 * and bold `**Key:** value` lines anywhere, read from the Markdown source.
 *
 * @param header whether the blocks are the report's header, where plain `Key: value` lines count
 * @example
 *   readFields(blocks, source, true) // {'Created By': {value: 'Benjamin Elder', line: 3}}
 */
export function readFields(
  blocks: RootContent[],
  source: string,
  header: boolean
): Record<string, {value: string; line: number}> {
  const fields: Record<string, {value: string; line: number}> = {}
  for (const block of blocks) {
    // `- **Time to repair**: 1h 28m`: a list of bold fields, one an item (its first line only).
    if (block.type === 'list' && header) {
      for (const item of block.children) {
        const paragraph = item.children[0]
        if (paragraph?.type !== 'paragraph') continue
        const line = sourceLines(paragraph, source)[0] ?? ''
        const bold = boldField.exec(line)
        if (!bold) continue
        const key = (bold[1] as string).trim()
        const value = stripMarkup(bold[2] as string)
        if (!value || key.split(/\s+/).length > 4 || key in fields) continue
        fields[key] = {value, line: paragraph.position?.start.line ?? 1}
      }
      continue
    }
    if (block.type !== 'paragraph') continue
    const first = block.position?.start.line ?? 1
    for (const [offset, line] of sourceLines(block, source).entries()) {
      const bold = boldField.exec(line)
      const plain = header && !bold ? fieldLine.exec(line) : null
      const match = bold ?? plain
      if (!match) continue
      // `Impact lasted from 10:26 to 11:21 UTC.`: a clock's colon, not a key's.
      if (/\d$/.test(match[1] as string) && /^\d{2}/.test(match[2] as string)) continue
      const key = (match[1] as string).trim()
      const value = stripMarkup(match[2] as string)
      if (!value || key.split(/\s+/).length > 4 || key in fields) continue
      fields[key] = {value, line: first + offset}
    }
  }
  return fields
}

function sourceLines(paragraph: Paragraph, source: string): string[] {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return []
  return source.slice(start, end).split(/\r\n|\r|\n/)
}

function stripMarkup(value: string): string {
  return value
    .replace(/\\$/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .trim()
}
