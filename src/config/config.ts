/**
 * The configuration a team keeps beside its reports (`.aftermathrc.json`,
 * `.aftermathrc.yaml`, or `aftermath` in package.json): checked with zod,
 * so an unknown key or a bad value is an error that names the key and the
 * values allowed.
 */
import {z} from 'zod'
import {lintRuleIds} from '../lint/rules.js'
import {type MilestoneName, milestoneNames, type SectionKind} from '../model.js'
import {parseZoneName} from '../time/zones.js'

export const sectionKinds = [
  'summary',
  'impact',
  'timeline',
  'detection',
  'root-cause',
  'contributing-factors',
  'trigger',
  'resolution',
  'action-items',
  'lessons-learned',
  'cascade'
] as const satisfies readonly SectionKind[]

const ruleSetting = z.enum(['off', 'warning', 'error'])

const schema = z.strictObject({
  timezone: z
    .string()
    .refine((value) => parseZoneName(value) !== undefined, {
      message: 'expected an IANA zone such as `Europe/Dublin`, an abbreviation or an offset'
    })
    .optional(),
  requiredSections: z.array(z.enum(sectionKinds)).optional(),
  severities: z.array(z.string().min(1)).min(1).optional(),
  rules: z.partialRecord(z.enum(lintRuleIds as [string, ...string[]]), ruleSetting).optional(),
  milestonePhrases: z.partialRecord(z.enum(milestoneNames), z.array(z.string().min(3))).optional(),
  templates: z.string().min(1).optional()
})

/** A checked configuration. */
export interface Config {
  /** Zone for times written without one (as `--timezone`). */
  timezone?: string
  /** Section kinds every report must have (the `required-sections` rule). */
  requiredSections?: Array<(typeof sectionKinds)[number]>
  /** The severity scale, such as `[SEV-1, SEV-2, SEV-3]` (the `severity-unknown` rule). */
  severities?: string[]
  /** A severity per lint rule id, or `off`. */
  rules?: Partial<Record<string, 'off' | 'warning' | 'error'>>
  /** Words of the team's own that mark a milestone in a timeline entry. */
  milestonePhrases?: Partial<Record<MilestoneName, string[]>>
  /** A folder of the team's templates, for `aftermath new --template NAME`. */
  templates?: string
}

/**
 * Check a configuration read from `source`. Returns the configuration, or
 * the problems, each naming the key and what was expected.
 *
 * @example
 *   checkConfig({rules: {'mean-of-one': 'loud'}}, '.aftermathrc.json').problems
 *   // ['.aftermathrc.json: Unexpected `rules.mean-of-one: "loud"`, expected one of off, warning, error']
 */
export function checkConfig(value: unknown, source: string): {config: Config; problems: string[]} {
  const result = schema.safeParse(value ?? {})
  if (result.success) return {config: result.data as Config, problems: []}
  const problems = result.error.issues.map((issue) => `${source}: ${describeIssue(issue, value)}`)
  return {config: {}, problems}
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const where = path ? `${path}.` : ''
    const allowed =
      path === '' ? Object.keys(schema.shape) : path === 'rules' ? lintRuleIds : [...milestoneNames]
    return `Unexpected key ${issue.keys.map((key) => `\`${where}${key}\``).join(', ')}, expected one of ${allowed.join(', ')}`
  }
  const found = JSON.stringify(valueAt(value, issue.path))
  if (path === '')
    return `Unexpected configuration ${found}, expected a map of keys such as {"timezone": "UTC"}`
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `Unexpected \`${path}: ${found}\`, expected one of ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_key' && path.startsWith('rules'))
    return `Unexpected rule \`${String(issue.path.at(-1))}\`, expected one of ${lintRuleIds.join(', ')}`
  return `Unexpected \`${path}: ${found}\`, ${issue.message.replace(/^Invalid input: /, '')}`
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
