/**
 * What a lint rule of aftermath's own finds, before the configuration
 * gives it a severity (or turns it off).
 */
import type {RuleSeverity} from './rules.js'

/** One finding, at its place. */
export interface Finding {
  ruleId: string
  /** `Unexpected X, expected Y`, the offending text in code spans. */
  reason: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/**
 * How a rule hands on what it finds.
 *
 * @example
 *   const add: AddFinding = (finding) => found.push(finding)
 */
export type AddFinding = (finding: Finding) => void

/** One finding, at its place, with its severity. */
export interface LintMessage extends Finding {
  severity: RuleSeverity
}
