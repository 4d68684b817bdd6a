/**
 * Numbers written as words (`seven`, `forty-five`, `twenty one`): their
 * words and their values. Shared by the readers of amounts of time
 * (`forty-five minutes`) and of clocks told in words (`twenty to four`).
 */

/** `one` to `nineteen`, in order. */
export const smallNumbers = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen'
]

/** `twenty` to `ninety`, in order. */
export const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

const values = new Map<string, number>([
  ...smallNumbers.map((word, index): [string, number] => [word, index + 1]),
  ...tens.map((word, index): [string, number] => [word, (index + 2) * 10])
])

/**
 * A tens word, maybe with its ones (`forty-five`), as a pattern: the tens
 * given, or all of them.
 */
export function tensPattern(which: readonly string[] = tens): string {
  return String.raw`(?:${which.join('|')})(?:[\s-](?:${smallNumbers.slice(0, 9).join('|')}))?`
}

/**
 * The value of a number in words, its pieces added up (`forty-five` is 45);
 * undefined when a piece is no number word.
 *
 * @example
 *   numberValue('twenty-one') // 21
 *   numberValue('several') // undefined
 */
export function numberValue(words: string): number | undefined {
  let sum = 0
  for (const piece of words.toLowerCase().split(/[\s-]+/)) {
    const value = values.get(piece)
    if (value === undefined) return undefined
    sum += value
  }
  return sum
}
