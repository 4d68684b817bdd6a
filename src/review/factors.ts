/**
 * Contributing factors tallied across reports. Free-text factors rarely
 * repeat word for word, so each report's contributing-factors and
 * root-cause sections are matched against a few documented categories;
 * a report counts once per category, and the review lists the reports.
 */
import type {Incident} from '../model.js'

/** The categories, each with the words that put a report in it. */
export const factorRules: ReadonlyArray<{name: string; pattern: RegExp}> = [
  {
    name: 'change or deploy',
    pattern:
      /\b(?:deploy\w*|release[sd]?|roll(?:ed)?\s?out|config(?:uration)?\s+change|migration|upgrade[sd]?|refactor\w*|merged?)\b/i
  },
  {
    name: 'manual operation or human error',
    pattern:
      /\b(?:mistyped|typo|by\s+mistake|human\s+error|manual(?:ly)?|wrong\s+(?:input|command|environment|cluster|context)|ran\s+against\s+production)\b/i
  },
  {
    name: 'capacity or load',
    pattern:
      /\b(?:capacity|overload\w*|load\s+spike|traffic\s+spike|exhaust\w*|saturat\w*|starvation|out\s+of\s+(?:memory|disk|space))\b/i
  },
  {
    name: 'monitoring or alerting gap',
    pattern:
      /\b(?:no\s+(?:alert|alerting|monitoring)|alert\w*\s+(?:did\s+not|didn'?t|failed\s+to)|monitoring\s+gap|not\s+(?:monitored|alerted)|went\s+unnoticed|no\s+visibility)\b/i
  },
  {
    name: 'dependency or third party',
    pattern:
      /\b(?:third[- ]party|upstream|vendor|provider|external\s+(?:service|dependency)|depend(?:s|ed|ency|encies)\s+on)\b/i
  },
  {name: 'certificates or expiry', pattern: /\b(?:certificate|cert|tls|ssl|expir\w*)\b/i},
  {name: 'DNS', pattern: /\bdns\b/i},
  {
    name: 'access or credentials',
    pattern:
      /\b(?:access\s+(?:control|rights?)|permissions?|credentials?|tokens?|2fa|mfa|phishing|account\s+takeover)\b/i
  },
  {
    name: 'testing or validation gap',
    pattern:
      /\b(?:untested|not\s+tested|no\s+tests?|test\s+coverage|validation|staging|canary|safeguard|safety\s+check)\b/i
  },
  {
    name: 'recovery slower than expected',
    pattern:
      /\b(?:slow\s+(?:restore|recovery)|took\s+longer\s+than\s+expected|restore\w*\s+(?:failed|took)|backups?\s+(?:failed|missing|not\s+working))\b/i
  }
]

/**
 * The categories of contributing factors across incidents, most reports first.
 *
 * @example
 *   factorCategories(incidents)[0] // {name: 'change or deploy', count: 7, files: [...]}
 */
export function factorCategories(
  incidents: Incident[]
): Array<{name: string; count: number; files: string[]}> {
  const found = factorRules.map((rule) => ({name: rule.name, files: [] as string[]}))
  for (const incident of incidents) {
    const text = incident.sections
      .filter((section) => section.kind === 'contributing-factors' || section.kind === 'root-cause')
      .map((section) => section.text)
      .join('\n')
    if (!text) continue
    factorRules.forEach((rule, index) => {
      if (rule.pattern.test(text))
        (found[index] as {files: string[]}).files.push(incident.file ?? incident.title)
    })
  }
  return found
    .filter((category) => category.files.length > 0)
    .map((category) => ({name: category.name, count: category.files.length, files: category.files}))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
}
