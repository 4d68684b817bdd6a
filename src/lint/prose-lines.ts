/**
 * The lines of a report's prose, read line by line from its source: the
 * lines that fields (`**Time to detect:** 5 minutes`, `MTTR: 38 min`) are
 * written on.
 */

/**
 * Visit each line of prose: not front matter, code blocks, HTML comments or quotes.
 *
 * @example
 *   forEachProseLine(source.split('\n'), (text, line) => check(text, line))
 */
export function forEachProseLine(
  lines: string[],
  visit: (text: string, line: number) => void
): void {
  let fence: string | undefined
  let comment = false
  let start = 0
  if (/^(?:---|\+\+\+)\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex(
      (line, index) => index > 0 && line.trim() === (lines[0] as string).trim()
    )
    if (close > 0) start = close + 1
  }
  for (let index = start; index < lines.length; index++) {
    const text = lines[index] as string
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1]
    if (fence) {
      if (marker?.startsWith(fence)) fence = undefined
      continue
    }
    if (marker) {
      fence = marker
      continue
    }
    if (comment) {
      if (text.includes('-->')) comment = false
      continue
    }
    if (text.includes('<!--')) {
      comment = !text.slice(text.indexOf('<!--')).includes('-->')
      continue
    }
    if (/^\s*>/.test(text)) continue
    visit(text, index + 1)
  }
}
