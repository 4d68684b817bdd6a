/**
 * A report of one incident for the tests of the rules that read prose: the
 * timeline has started 10:02, detected 10:05, mitigated 10:21 and resolved
 * 10:40 (time to detect 3m, to mitigate 19m, to resolve 38m), and the
 * sections around it are the test's own. Invented for these tests.
 */
import {type LintMessage, lintReport} from '../../src/lint/lint-report.js'

export function proseReport(sections: string): string {
  return `---
date: 2026-03-09
timezone: UTC
---

# Checkout errors
${sections}
## Timeline

- 10:02 Checkout starts failing [started]
- 10:05 Alert fires [detected]
- 10:21 Config push reverted [mitigated]
- 10:40 All clear [resolved]
`
}

/** The messages of one rule for a report of `sections`, as `line:column-endLine:endColumn reason`. */
export function findings(ruleId: string, sections: string): string[] {
  return lintReport(proseReport(sections), {asOf: '2026-11-21', config: {requiredSections: []}})
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${place(message)} ${message.reason}`)
}

function place(message: LintMessage): string {
  const start = `${message.line}:${message.column}`
  return message.endLine === undefined ? start : `${start}-${message.endLine}:${message.endColumn}`
}
