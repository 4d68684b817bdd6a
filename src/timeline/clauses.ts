/**
 * The words a time stands in: the clause of a sentence that mentions it,
 * a label that heads it (`First detected 2024-05-03 14:12`), and the
 * sentence it belongs to. Pure functions over a block's text and the times
 * found in it.
 */
import {findMentions, type Mention} from './find-mentions.js'

/**
 * A short label before a time: `First detected`, `Incident declared:`,
 * `Resolved -`, `Date and time (in UTC):`. A clause is no label: `The team
 * locked deployments at` ends in a word that leads on to its time.
 */
export function labelBefore(text: string): boolean {
  const separated = /[:=|–—-]\s*["'“]?\s*$/.test(text)
  const trimmed = text.replace(/[\s:=|,(–—"'“-]+$/, '').trim()
  if (!trimmed || trimmed.length > 48 || /[.!?;,]/.test(trimmed)) return false
  if (!/^[\p{L}][\p{L}\s'’()/-]*$/u.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (separated) return words.length <= 6
  return words.length <= 3 && !leadsOn.test(words.at(-1) as string)
}

/** Words after which a time continues a sentence rather than follows a label. */
const leadsOn =
  /^(?:at|on|by|around|about|approximately|from|until|till|since|before|after|in|of|to|the|a|an|was|were|is|are|and|or|then|when|as|between|during)$/i

/** A line whose time a short label heads. */
export function labelledTime(text: string): boolean {
  const first = findMentions(text.slice(0, 120))[0]
  return first !== undefined && labelBefore(text.slice(0, first.start))
}

/**
 * The words of the clause a time stands in: its sentence, cut at the clause
 * boundary (`,`, `;`, `and then`) that falls between it and the times
 * before and after it; the time itself and its lead-in (`at`, `by`,
 * `around`) taken out.
 */
export function clauseOf(
  text: string,
  mentions: Mention[],
  index: number
): {text: string; leads: boolean} {
  const mention = mentions[index] as Mention
  const sentence = sentenceAround(text, mention.start, mention.end)
  let from = sentence.from
  let to = sentence.to
  const previous = mentions[index - 1]
  if (previous && previous.end > from) from = boundaryBetween(text, previous.end, mention.start)
  const next = mentions[index + 1]
  if (next && next.start < to) to = boundaryBetween(text, mention.end, next.start)
  const before = text.slice(from, mention.start)
  const after = text.slice(mention.end, to)
  // A clause of nothing but times (`..., 05:16 and 06:27 (both via Slack)`) shares its sentence's words.
  const words = (piece: string) => piece.replace(/[\s,;:()–—-]+|\b(?:and|or|then)\b/g, '')
  if (!words(before) && !words(after)) {
    if (from !== sentence.from || to !== sentence.to)
      return {text: tidy(text.slice(sentence.from, sentence.to)), leads: false}
    // A sentence of nothing but its time (a status update's `Jun 24, 14:10 UTC` under its text):
    // the time of the rest of its paragraph.
    const rest = `${text.slice(0, sentence.from)} ${text.slice(sentence.to)}`
    if (words(rest)) return {text: tidy(rest), leads: true}
  }
  // A time that leads its clause is taken out, as a timeline's leading time is, and so is one a
  // label heads (`Identified 2024-11-05T05:56Z The datacentre ...`); elsewhere the clause keeps
  // it, and reads as written (`We rolled back, which completed by 10:30.`).
  const rest = after.replace(/^[\s:,"'“”–—-]+/, '')
  if (before.replace(leadInBefore, '').trim() === '') return {text: tidy(rest), leads: true}
  if (from === sentence.from && labelBefore(before))
    return {text: tidy(withLabel(before, rest)), leads: true}
  return {text: tidy(text.slice(from, to)), leads: false}
}

/**
 * A sentence that is a field of the document's own dates (`Date:
 * 2021-11-02`, `Last modified: ...`): not an event.
 *
 * @example
 *   isDocumentDate('Date: 2021-11-02') // true
 */
export function isDocumentDate(sentence: string): boolean {
  return documentDate.test(sentence.trim())
}

const documentDate =
  /^(?:date|day|created(?:\s+(?:on|at))?|(?:last\s+)?(?:modified|updated|edited|reviewed)(?:\s+(?:on|at))?|published|posted|written)\s*:\s*\S+(?:\s+\S+){0,3}$/i

/** A label and the words after its time: `Identified: The datacentre ...`, or the label alone. */
export function withLabel(label: string, rest: string): string {
  const name = label.replace(/[\s:=|,(–—"'“-]+$/, '').trim()
  const words = rest.trim()
  return words ? `${name}: ${words}` : name
}

/** A clause as a text of its own: one space between words, no stray punctuation at its start. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s,;]+$/, '')
    .trim()
}

const leadInBefore =
  /(?:\b(?:and|then|but|while|at|on|by|around|about|approx(?:imately|\.)?|circa|roughly|update[ds]?|as\s+of)\b[\s:,]*|[\s(~≈"'“]+)+$/i

/** Where a sentence ends: a full stop before a capital, a blank line, or a line that starts a `Key: value` field. */
const sentenceEnd = /[.!?](?=\s+[A-Z_*[(~"“])|\n\n|\n(?=[ \t]*[\p{L}][\p{L}\d /()'’-]{0,30}:\s)/gu

/** The sentence around a span: from after the last sentence end before it to the next one after. */
export function sentenceAround(
  text: string,
  start: number,
  end: number
): {from: number; to: number} {
  let from = 0
  for (const match of text.matchAll(sentenceEnd)) {
    const index = match.index ?? 0
    if (index >= start) break
    from = index + match[0].length
  }
  const rest = new RegExp(`${sentenceEnd.source}|[.!?]\\s*$`, 'u').exec(text.slice(end))
  const to = rest ? end + rest.index + 1 : text.length
  return {from, to}
}

/** Where one clause ends and the next begins between two times: the last `,` `;` or `and` there, else the first. */
function boundaryBetween(text: string, from: number, to: number): number {
  const between = text.slice(from, to)
  let cut: number | undefined
  for (const match of between.matchAll(/[,;]|\s(?:and|then|while|before|after|until)\s/g)) {
    cut = (match.index ?? 0) + (match[0].startsWith(' ') ? 0 : 1)
  }
  return from + (cut ?? 0)
}

/** Two pieces of text as one, a space between, spaces collapsed in the second. */
export function joinText(a: string, b: string): string {
  const left = a.trim()
  const right = b.replace(/\s+/g, ' ').trim()
  if (!left) return right
  if (!right) return left
  return `${left} ${right}`
}
