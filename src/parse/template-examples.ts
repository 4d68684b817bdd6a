/**
 * Text a report kept from the template it was started from: the template's
 * example lines (its example timeline, cascade, action items, authors) and
 * its `{{placeholders}}`. A report that still holds them is not finished:
 * its example timeline would be measured as a real outage.
 */
import type {PlacedProblem} from '../model.js'

/** Example lines by the list of templates they came from: a run reads every report against the same list. */
const known = new WeakMap<readonly string[], Set<string>>()

/** The lines of templates that are examples to replace, each as compared (trimmed, spaces folded, lower case). */
export function exampleLines(templates: readonly string[]): Set<string> {
  const remembered = known.get(templates)
  if (remembered) return remembered
  const examples = new Set<string>()
  known.set(templates, examples)
  for (const template of templates) {
    for (const line of template.split(/\r\n|\r|\n/)) {
      const key = keyOf(line)
      // Headings, comments, fences and blank lines are the frame a report keeps; list items,
      // table rows and front matter values with words are the examples.
      if (key === '' || /^(?:#|<!--|-->|```|---|\+\+\+|\|[\s|:-]*\|$)/.test(key)) continue
      if (/^(?:[-*+]|\d+[.)])\s+(?:\[[ x]\]\s*)?$/.test(key)) continue
      if (key.includes('{{')) continue
      // A front matter list is an example only where it names nobody (`authors: [Your Name]`):
      // `tags: [cache]` may well be a real report's.
      if (/^authors?\s*:/.test(key)) {
        if (/\byour name\b/.test(key)) examples.add(key)
        continue
      }
      if (!/^(?:[-*+]\s|\d+[.)]\s|\|)/.test(key)) continue
      // Word for word, and long enough not to be said by chance (`- [ ] Add alerting` could be).
      if (key.replace(/[^a-z]/g, '').length < 24) continue
      examples.add(key)
    }
  }
  return examples
}

/**
 * Where a report still holds a template's examples or placeholders: one
 * problem at the first such line, counting the others.
 *
 * @example
 *   templateProblems('- [ ] Page on API error rate above 2%, owner: @sre', exampleLines([template]))
 *   // [{ruleId: 'template-placeholder', line: 1, ...}]
 */
export function templateProblems(source: string, examples: ReadonlySet<string>): PlacedProblem[] {
  const found: Array<{line: number; text: string}> = []
  const lines = source.split(/\r\n|\r|\n/)
  for (const [index, line] of lines.entries()) {
    const placeholder = /\{\{\s*[\w.-]+\s*\}\}/.exec(line)
    if (placeholder || examples.has(keyOf(line)))
      found.push({line: index + 1, text: placeholder ? placeholder[0] : line.trim()})
  }
  const first = found[0]
  if (!first) return []
  const more = found.length - 1
  const shown = first.text.length > 80 ? `${first.text.slice(0, 79)}…` : first.text
  return [
    {
      ruleId: 'template-placeholder',
      severity: 'warning',
      reason: `Unexpected template text \`${shown}\`${more > 0 ? ` (and ${more} more line${more === 1 ? '' : 's'})` : ''}, expected what happened in this incident: replace the template's examples and placeholders`,
      place: {line: first.line, column: 1}
    }
  ]
}

function keyOf(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase()
}
