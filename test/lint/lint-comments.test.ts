/** Lint comments in a report (`<!-- lint disable rule -->`), as people mistype them. Invented. */
import {expect, test} from 'vitest'
import {lintReport} from '../../src/lint/lint-report.js'

test('a lint comment with an unknown keyword is a message, not a crash, and the others still hold', () => {
  const report = [
    '# Broken uploads',
    '',
    '<!-- lint disabDe timeline-order -->',
    '<!-- lint disable time-date-unknown -->',
    '',
    '## Timeline',
    '',
    '- 10:00 UTC uploads fail'
  ].join('\n')
  const messages = lintReport(report, {asOf: '2026-11-21', config: {requiredSections: []}})
  expect(messages.filter((message) => message.ruleId === 'lint-comment')).toMatchObject([
    {line: 3, column: 1, reason: expect.stringContaining('`disabDe`')}
  ])
  // The comment after it still turns its rule off.
  expect(messages.map((message) => message.ruleId)).not.toContain('time-date-unknown')
})
