/**
 * Limits on the Markdown handed to the parser. micromark's time and stack
 * grow much faster than the text on two shapes no report needs: containers
 * nested thousands deep (`- - - - …`, `>>>>…`: a stack overflow past a few
 * thousand levels, seconds before that) and thousands of emphasis,
 * strikethrough and link marks in one block (`*a *a … a* a*`: quadratic).
 * Past a limit, the marks that would nest or pair are swapped for
 * look-alike characters (`-` → `‐`, `*` → `∗`, `[` → `［`), one UTF-16 unit
 * each, so they read as text, every other place in the file stays where it
 * was, and a problem names the lines touched.
 */
import type {Place} from '../model.js'

/** The most block quotes and list items a line may stand in (markdown-it allows 100 too). */
export const maxNesting = 100

/**
 * The most emphasis, strikethrough and link marks (`*`, `_`, `~`, `[`, `]`)
 * in one block of lines without a blank line; a line of fenced code counts
 * a tenth. The busiest real postmortems have under 100.
 */
export const maxMarks = 1000

/**
 * The most characters a link's text may span (`[` to its `]`). micromark's
 * literal autolinks look back, at every word, for a `[` not yet closed: a
 * `[` left open over thousands of words makes that quadratic. Real link
 * texts are a few words long.
 */
export const maxLinkText = 4000

/** Lines changed to keep within a limit. */
export interface LimitProblem {
  reason: string
  place: Place
}

/** The text to parse (the same length as the input) and what was changed. */
export interface Limited {
  text: string
  problems: LimitProblem[]
}

const lookAlike: Record<string, string> = {
  '-': '\u2010',
  '*': '\u2217',
  '+': '\uff0b',
  '.': '\uff0e',
  ')': '\uff09',
  '>': '\u203a',
  _: '\uff3f',
  '~': '\uff5e',
  '[': '\uff3b',
  ']': '\uff3d'
}

/**
 * Keep `markdown` within `maxNesting` and `maxMarks`. The text comes back
 * unchanged (the same string) when it already is.
 *
 * @example
 *   limitMarkdown('- '.repeat(200) + 'x').problems[0].reason
 *   // 'Unexpected list items and block quotes nested 200 deep, expected at most 100: ...'
 */
export function limitMarkdown(markdown: string): Limited {
  const lines = splitLines(markdown)
  const swaps: number[] = []
  const problems: LimitProblem[] = []
  nesting(markdown, lines, swaps, problems)
  marks(markdown, lines, swaps, problems)
  linkTexts(markdown, lines, swaps, problems)
  if (swaps.length === 0) return {text: markdown, problems}
  swaps.sort((a, b) => a - b)
  const parts: string[] = []
  let from = 0
  for (const at of swaps) {
    if (at < from) continue
    parts.push(markdown.slice(from, at), lookAlike[markdown.charAt(at)] ?? markdown.charAt(at))
    from = at + 1
  }
  parts.push(markdown.slice(from))
  problems.sort((a, b) => a.place.line - b.place.line)
  return {text: parts.join(''), problems}
}

interface Line {
  start: number
  end: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const ending = /\r\n|\r|\n/g
  let start = 0
  for (let match = ending.exec(text); match; match = ending.exec(text)) {
    lines.push({start, end: match.index})
    start = match.index + match[0].length
  }
  lines.push({start, end: text.length})
  return lines
}

/** The container markers at the start of a line, the columns before the first, and where its content starts. */
interface Prefix {
  /** Index of each marker's character to swap: `>`, a bullet, or an ordered marker's `.`/`)`. */
  markers: number[]
  indent: number
  quotes: number
  content: number
}

function prefixOf(text: string, line: Line): Prefix {
  const markers: number[] = []
  let index = line.start
  let column = 0
  let indent = 0
  let quotes = 0
  while (index < line.end) {
    while (index < line.end) {
      const code = text.charCodeAt(index)
      if (code === 32) column++
      else if (code === 9) column += 4 - (column % 4)
      else break
      index++
    }
    if (markers.length === 0) indent = column
    const code = text.charCodeAt(index)
    if (code === 62 /* > */) {
      markers.push(index)
      quotes++
      index++
      column++
      continue
    }
    if (
      (code === 45 || code === 42 || code === 43) /* - * + */ &&
      spaceOrEnd(text, index + 1, line)
    ) {
      markers.push(index)
      index++
      column++
      continue
    }
    let digits = index
    while (digits < line.end && digits - index < 9 && isDigit(text.charCodeAt(digits))) digits++
    const delimiter = text.charCodeAt(digits)
    if (
      digits > index &&
      (delimiter === 46 || delimiter === 41) /* . ) */ &&
      spaceOrEnd(text, digits + 1, line)
    ) {
      markers.push(digits)
      column += digits + 1 - index
      index = digits + 1
      continue
    }
    break
  }
  return {markers, indent, quotes, content: index}
}

function spaceOrEnd(text: string, index: number, line: Line): boolean {
  if (index >= line.end) return true
  const code = text.charCodeAt(index)
  return code === 32 || code === 9
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** `***`, `- - -`, `___` (after any `>`): a rule, not nested lists. */
const thematicBreak = /^(?:[ \t]*>)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/**
 * A line can stand in at most one container per marker it starts with and
 * one per two columns of indentation (a list item's content is indented at
 * least two columns): markers past `maxNesting` are swapped.
 */
function nesting(text: string, lines: Line[], swaps: number[], problems: LimitProblem[]): void {
  let run: {first: number; last: number; deepest: number} | undefined
  const flush = () => {
    if (!run) return
    const where = run.first === run.last ? `line ${run.first}` : `lines ${run.first}-${run.last}`
    problems.push({
      reason: `Unexpected list items and block quotes nested ${run.deepest} deep, expected at most ${maxNesting}: the markers past the ${maxNesting}th on ${where} are read as text`,
      place: {line: run.first, column: 1}
    })
    run = undefined
  }
  for (const [index, line] of lines.entries()) {
    // Most lines start with a letter: no container to count.
    const first = text.charCodeAt(line.start)
    if (line.end - line.start < maxNesting || (first > 62 && first !== 9)) {
      if (run) flush()
      continue
    }
    const prefix = prefixOf(text, line)
    const depth = Math.floor(prefix.indent / 2) + prefix.markers.length
    if (depth <= maxNesting || thematicBreak.test(text.slice(line.start, line.end))) {
      if (run) flush()
      continue
    }
    const keep = Math.max(0, maxNesting - Math.floor(prefix.indent / 2))
    swaps.push(...prefix.markers.slice(keep))
    const number = index + 1
    if (run && run.last === number - 1) {
      run.last = number
      run.deepest = Math.max(run.deepest, depth)
    } else {
      flush()
      run = {first: number, last: number, deepest: depth}
    }
  }
  flush()
}

/**
 * Emphasis and links pair within a paragraph, a heading or a table cell,
 * none of which runs past a blank line: count the marks of each block of
 * lines between blank lines, and swap them all in a block past `maxMarks`.
 */
function marks(text: string, lines: Line[], swaps: number[], problems: LimitProblem[]): void {
  let block: {first: number; count: number; from: number} | undefined
  let fence: {mark: number; length: number; quotes: number} | undefined
  const close = (last: number) => {
    if (block && block.count > maxMarks) {
      const found: number[] = []
      for (let index = block.from; index <= last; index++) {
        const line = lines[index] as Line
        const prefix = prefixOf(text, line)
        // Fences and rules keep their characters: `~~~` must still open and close code.
        if (fenceAt(text, prefix.content, line) || isRule(text, line)) continue
        for (let at = prefix.content; at < line.end; at++) {
          if (isMark(text.charCodeAt(at))) found.push(at)
        }
      }
      swaps.push(...found)
      problems.push({
        reason: `Unexpected ${found.length} emphasis, strikethrough and link marks (\`*\`, \`_\`, \`~\`, \`[\`, \`]\`) in one block, expected at most ${maxMarks}: they are read as text on lines ${block.first}-${last + 1}`,
        place: {line: block.first, column: 1}
      })
    }
    block = undefined
  }
  for (const [index, line] of lines.entries()) {
    const prefix = prefixOf(text, line)
    if (isBlank(text, line)) {
      close(index - 1)
      continue
    }
    const opened = fenceAt(text, prefix.content, line)
    let inCode = false
    if (fence && prefix.quotes < fence.quotes) fence = undefined
    if (fence) {
      inCode = true
      if (opened && opened.mark === fence.mark && opened.length >= fence.length && opened.closing)
        fence = undefined
    } else if (opened) {
      fence = {mark: opened.mark, length: opened.length, quotes: prefix.quotes}
      inCode = true
    }
    let count = 0
    for (let at = prefix.content; at < line.end; at++) {
      if (isMark(text.charCodeAt(at))) count++
    }
    if (count > 0 && isRule(text, line)) count = 0
    if (!block) block = {first: index + 1, count: 0, from: index}
    block.count += inCode ? count / 10 : count
  }
  close(lines.length - 1)
}

/**
 * A `[` whose `]` is further than `maxLinkText` characters on in its block
 * of lines (or that none closes) is swapped: it would open no link a reader
 * can see, and the parser would look back to it at every word after it.
 */
function linkTexts(text: string, lines: Line[], swaps: number[], problems: LimitProblem[]): void {
  let from = 0
  while (from < lines.length) {
    let to = from
    while (to < lines.length && !isBlank(text, lines[to] as Line)) to++
    if (to > from) {
      const start = (lines[from] as Line).start
      const end = (lines[to - 1] as Line).end
      // Most blocks are short: no `[` can be that far from the block's end.
      if (end - start > maxLinkText) {
        let next = -1
        const opened: number[] = []
        for (let at = end - 1; at >= start; at--) {
          const code = text.charCodeAt(at)
          if (code === 93 /* ] */) next = at
          else if (code === 91 /* [ */ && (next === -1 ? end : next) - at > maxLinkText)
            opened.push(at)
        }
        if (opened.length > 0) {
          swaps.push(...opened)
          problems.push({
            reason: `Unexpected \`[\` left open for more than ${maxLinkText} characters, expected a link's text to close with \`]\`: read as text on line ${lineOf(lines, opened.at(-1) as number)}`,
            place: {line: lineOf(lines, opened.at(-1) as number), column: 1}
          })
        }
      }
    }
    from = to + 1
  }
}

/** The 1-based line of an offset. */
function lineOf(lines: Line[], offset: number): number {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle] as Line).start <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

function isMark(code: number): boolean {
  // * _ ~ [ ]
  return code === 42 || code === 95 || code === 126 || code === 91 || code === 93
}

function isBlank(text: string, line: Line): boolean {
  for (let index = line.start; index < line.end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 62) return false
  }
  return true
}

function isRule(text: string, line: Line): boolean {
  return thematicBreak.test(text.slice(line.start, line.end))
}

/** A code fence at `from` (` ``` ` or `~~~`, at most three spaces in): its mark and length. */
function fenceAt(
  text: string,
  from: number,
  line: Line
): {mark: number; length: number; closing: boolean} | undefined {
  const mark = text.charCodeAt(from)
  if (mark !== 96 && mark !== 126) return undefined
  let end = from
  while (end < line.end && text.charCodeAt(end) === mark) end++
  const length = end - from
  if (length < 3) return undefined
  const rest = text.slice(end, line.end)
  // A backtick fence's info string has no backtick; a closing fence has nothing after it.
  if (mark === 96 && rest.includes('`')) return undefined
  return {mark, length, closing: rest.trim() === ''}
}
