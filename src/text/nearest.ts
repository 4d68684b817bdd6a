/**
 * The name nearest to a misspelt one: `--fraill` → `frail`, `Europe/Londn` →
 * `Europe/London`, `Hellman cluster` → `Hellman Cluster`. Shared by the
 * command line's usage errors and the cascade reader's undeclared names.
 */

/**
 * The known names nearest to `name` by edit distance, ignoring case and
 * runs of spaces, when close enough to be a typo (at most a quarter of its
 * characters, and at least two, wrong), best first.
 *
 * @example
 *   nearest('fraill', ['frail', 'format']) // ['frail']
 *   nearest('Europe/Londn', zones, 3) // ['Europe/London']
 */
export function nearest(name: string, known: readonly string[], count = 1): string[] {
  const key = keyOf(name)
  const limit = Math.max(2, Math.floor(name.length / 4))
  return known
    .map((candidate) => ({candidate, distance: editDistance(key, keyOf(candidate))}))
    .filter(({distance}) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({candidate}) => candidate)
}

/**
 * The `count` known names closest to `name`, however far: those that hold
 * it or are held in it first (`dashboard` → `Cloudflare Dashboard and API`),
 * then by edit distance. For suggestions where any name helps.
 *
 * @example
 *   closestNames('dashbord', ['Billing', 'Dashboard and API'], 1) // ['Dashboard and API']
 */
export function closestNames(name: string, known: readonly string[], count: number): string[] {
  const key = keyOf(name)
  const score = (candidate: string) => {
    const other = keyOf(candidate)
    const holds = other.includes(key) || key.includes(other) ? 0 : 1
    return holds * 1000 + editDistance(key, other)
  }
  return known
    .map((candidate) => ({candidate, score: score(candidate)}))
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map(({candidate}) => candidate)
}

function keyOf(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ')
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      )
    }
    previous = current
  }
  return previous[b.length] as number
}
