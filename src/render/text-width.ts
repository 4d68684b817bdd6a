/**
 * How wide text is in the diagrams' font, so that labels can be placed
 * without overlapping, shortened, or wrapped. Widths come from the font
 * bundled for PNG rendering (Inter); characters it lacks count as wide.
 */
import {characters, regularWidths, semiboldWidths} from './font-metrics.js'

export type Weight = 'regular' | 'semibold'

const indexOf = new Map([...characters].map((char, index) => [char, index]))
/** Width of a character without a measured width (CJK, emoji): about a full em. */
const unknownWidth = 1000

/**
 * The advance width of `content` at `size` pixels, without kerning (which
 * only narrows Latin text, so the estimate errs on the wide side).
 *
 * @example
 *   textWidth('Detection', 12) // about 57
 */
export function textWidth(content: string, size: number, weight: Weight = 'regular'): number {
  const widths = weight === 'semibold' ? semiboldWidths : regularWidths
  let total = 0
  for (const char of content) {
    const index = indexOf.get(char)
    const width = index === undefined ? 0 : (widths[index] ?? 0)
    total += width > 0 ? width : unknownWidth
  }
  return (total * size) / 1000
}

/**
 * `content` shortened with an ellipsis to fit `maxWidth`; unchanged when it fits.
 *
 * @example
 *   truncate('S3 index subsystem', 60, 12) // 'S3 index…'
 */
export function truncate(
  content: string,
  maxWidth: number,
  size: number,
  weight: Weight = 'regular'
): string {
  if (textWidth(content, size, weight) <= maxWidth) return content
  const chars = [...content]
  let low = 0
  let high = chars.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}…`
    if (textWidth(candidate, size, weight) <= maxWidth) low = middle
    else high = middle - 1
  }
  return low === 0 ? '…' : `${chars.slice(0, low).join('').trimEnd()}…`
}

/**
 * Break `content` into at most `maxLines` lines of at most `maxWidth`,
 * at spaces (or inside a word that is too long on its own); the last line
 * ends with an ellipsis when text is left over.
 *
 * @example
 *   wrap('ELB control plane', 80, 12, 2) // ['ELB control', 'plane']
 */
export function wrap(
  content: string,
  maxWidth: number,
  size: number,
  maxLines: number,
  weight: Weight = 'regular'
): string[] {
  const words = content.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  let index = 0
  for (; index < words.length; index++) {
    const word = words[index] as string
    const candidate = current ? `${current} ${word}` : word
    if (textWidth(candidate, size, weight) <= maxWidth) {
      current = candidate
      continue
    }
    if (current) {
      lines.push(current)
      current = ''
      if (lines.length === maxLines) break
      index--
      continue
    }
    // One word wider than a line: cut it.
    lines.push(truncate(word, maxWidth, size, weight))
    if (lines.length === maxLines) {
      index++
      break
    }
  }
  if (current && lines.length < maxLines) {
    lines.push(current)
    index = words.length
  }
  if (index < words.length && lines.length > 0) {
    const rest = [lines.pop() as string, ...words.slice(index)].join(' ')
    lines.push(truncate(rest, maxWidth, size, weight))
  }
  return lines
}
