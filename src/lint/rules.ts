/**
 * The lint rules: an id, a default severity and what each checks. Rules
 * that come from reading the report (times, front matter, cascades) keep
 * the id of the parser's message; the others are checks of their own.
 * docs/lint.md has a section per rule with a bad and a good example; a
 * test keeps the two in step.
 */

export type RuleSeverity = 'error' | 'warning'
export type RuleSetting = RuleSeverity | 'off'

export interface LintRule {
  id: string
  severity: RuleSeverity
  /** What the rule checks, in a line. */
  summary: string
}

export const lintRules: readonly LintRule[] = [
  {
    id: 'front-matter-invalid',
    severity: 'error',
    summary: 'front matter that is not valid YAML or TOML'
  },
  {id: 'front-matter-type', severity: 'warning', summary: 'a front matter key of the wrong type'},
  {
    id: 'front-matter-timezone',
    severity: 'warning',
    summary: 'a `timezone` that is not an IANA zone'
  },
  {id: 'severity-unknown', severity: 'warning', summary: 'a severity outside the configured scale'},
  {
    id: 'required-sections',
    severity: 'warning',
    summary:
      'a required section missing (by default summary, impact, timeline, root cause, action items)'
  },
  {
    id: 'timeline-empty',
    severity: 'warning',
    summary: 'a timeline section without a timed entry'
  },
  {
    id: 'timeline-entry-untimed',
    severity: 'warning',
    summary: 'an entry of a timed list without a time'
  },
  {id: 'time-unknown', severity: 'warning', summary: 'a time written as unknown (`--:--`)'},
  {
    id: 'time-impossible',
    severity: 'error',
    summary: 'a time that cannot be (`25:61`, `30 February`)'
  },
  {id: 'time-date-unknown', severity: 'warning', summary: 'a time whose day cannot be known'},
  {
    id: 'time-day-order',
    severity: 'warning',
    summary: 'dates of two numbers that nothing says are day or month first'
  },
  {id: 'time-zone-unknown', severity: 'warning', summary: 'a time whose zone is not said anywhere'},
  {
    id: 'time-zone-ambiguous',
    severity: 'warning',
    summary: 'an abbreviation with several meanings (`IST`, `CST`)'
  },
  {
    id: 'time-zone-season',
    severity: 'warning',
    summary: 'a summer-time zone in winter, or the reverse'
  },
  {
    id: 'time-zone-contradicted',
    severity: 'warning',
    summary: "a stated zone that the report's own timestamps contradict"
  },
  {id: 'time-nonexistent', severity: 'warning', summary: 'a local time skipped by a clock change'},
  {
    id: 'time-repeated',
    severity: 'warning',
    summary: 'a local time that happens twice at a clock change'
  },
  {id: 'time-disagree', severity: 'warning', summary: 'two writings of one time that disagree'},
  {
    id: 'timeline-order',
    severity: 'warning',
    summary: 'a timeline entry earlier than the one before it'
  },
  {
    id: 'timeline-misdated',
    severity: 'warning',
    summary: 'entries past midnight still dated the day before'
  },
  {
    id: 'timeline-year',
    severity: 'warning',
    summary: 'a date whose year the entries around it contradict'
  },
  {
    id: 'milestone-order',
    severity: 'warning',
    summary: 'milestones out of order (detected before started)'
  },
  {
    id: 'milestone-missing',
    severity: 'warning',
    summary: 'a timeline without a started, detected or resolved milestone'
  },
  {
    id: 'summary-time-disagrees',
    severity: 'warning',
    summary: 'an impact window, stated in a field or a sentence, that the timeline contradicts'
  },
  {
    id: 'stated-duration-disagrees',
    severity: 'warning',
    summary: 'a duration written in the text that the timeline contradicts'
  },
  {
    id: 'mean-of-one',
    severity: 'warning',
    summary: 'one incident’s duration called a mean (`MTTR: 38 minutes`)'
  },
  {
    id: 'action-item-owner',
    severity: 'warning',
    summary: 'an open action item without an owner or a tracking issue'
  },
  {
    id: 'action-item-overdue',
    severity: 'warning',
    summary: 'an open action item past its due date'
  },
  {id: 'cascade-edge-syntax', severity: 'warning', summary: 'a cascade item that is not `A -> B`'},
  {id: 'cascade-cycle', severity: 'error', summary: 'a cascade edge that closes a cycle'},
  {
    id: 'cascade-undeclared',
    severity: 'warning',
    summary: 'a cascade edge to an undeclared component'
  },
  {
    id: 'cascade-window-order',
    severity: 'warning',
    summary: 'an impact window that ends before it starts'
  },
  {id: 'report-empty', severity: 'warning', summary: 'a report with nothing but front matter'},
  {
    id: 'markdown-limit',
    severity: 'warning',
    summary: 'Markdown nested or marked up past the parser’s limits'
  },
  {
    id: 'template-placeholder',
    severity: 'warning',
    summary: 'a report that still holds a template’s example lines or `{{placeholders}}`'
  },
  {
    id: 'lint-comment',
    severity: 'warning',
    summary: 'a `<!-- lint disable … -->` comment that names no rule of aftermath'
  }
]

export const lintRuleIds = lintRules.map((rule) => rule.id)

/** The section kinds a report must have unless the configuration says otherwise. */
export const defaultRequiredSections = [
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'action-items'
] as const
