/**
 * Lint one report: what the parser found wrong (times, front matter,
 * cascades), and checks of its own (required sections, missing milestones,
 * summaries and durations the timeline contradicts, action items, a single
 * incident's duration called a mean). Pure: the "as of" day and the
 * configuration are parameters.
 */
import type {Html, Nodes, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkMessageControl from 'remark-message-control'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Config} from '../config/config.js'
import {type MeasuredIncident, measure} from '../metrics/measure.js'
import type {ActionItem, Incident, MeasureContext, SectionKind} from '../model.js'
import {type ParseOptions, type ParseResult, readReport} from '../parse-incidents.js'
import {nearest} from '../text/nearest.js'
import type {AddFinding, LintMessage} from './finding.js'
import {meanOfOne} from './mean-of-one.js'
import {sectionRanges, timelineChecks} from './milestone-checks.js'
import {proseSentences} from './prose-sentences.js'
import {defaultRequiredSections, lintRules} from './rules.js'
import {statedDurations} from './stated-durations.js'
import {summaryWindow} from './summary-window.js'

export type {LintMessage}

/** Options of `lintReport`. */
export interface LintOptions {
  path?: string
  /** `YYYY-MM-DD`: open action items due before it are overdue; a report that writes no year is read as of it. */
  asOf: string
  /**
   * The configuration; its `timezone` (the CLI puts `--timezone` there) is
   * the zone both the timeline and the front matter milestones are read in
   * when the report says none.
   */
  config?: Config
  /** The texts of the templates reports start from (`template-placeholder`). */
  templates?: readonly string[]
}

const defaults = new Map(lintRules.map((rule) => [rule.id, rule.severity]))

const sectionTitles: Record<string, string> = {
  summary: 'Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  detection: 'Detection',
  'root-cause': 'Root cause',
  'contributing-factors': 'Contributing factors',
  trigger: 'Trigger',
  resolution: 'Resolution',
  'action-items': 'Action items',
  'lessons-learned': 'Lessons learned',
  cascade: 'Cascade'
}

/**
 * The lint messages of a report, in the order of their places.
 *
 * @example
 *   lintReport(markdown, {path: 'incidents/x.md', asOf: '2026-11-21'})
 *   // [{ruleId: 'action-item-owner', severity: 'warning', reason: 'Unexpected ...', line: 40, column: 1}]
 */
export function lintReport(markdown: string, options: LintOptions): LintMessage[] {
  const config = options.config ?? {}
  const parseOptions: ParseOptions = {}
  const context: MeasureContext = {}
  if (options.path !== undefined) parseOptions.path = options.path
  if (config.timezone) {
    parseOptions.timezone = config.timezone
    context.timezone = config.timezone
  }
  // The team's own words for milestones count before `milestone-missing` says one is missing.
  if (config.milestonePhrases) parseOptions.milestonePhrases = config.milestonePhrases
  if (options.templates) parseOptions.templates = options.templates
  // (The day due dates are judged by is the day the report is read: a year from its weekdays.)
  parseOptions.today = options.asOf
  const read = readReport(markdown, parseOptions)
  const measured = read.incidents.map((incident) => measure(incident, context))
  return lintRead(markdown, read, measured, {
    config,
    asOf: options.asOf,
    ...(options.path === undefined ? {} : {path: options.path})
  })
}

/** What `lintRead` takes besides the report: `LintOptions` without the parser's. */
export interface LintReadOptions {
  path?: string
  /** Without it, open action items are not checked against a day (`action-item-overdue`). */
  asOf?: string
  /** Its `rules`, `requiredSections` and `severities`; the zone and phrases were the parse's. */
  config?: Config
}

/**
 * The lint messages of a report already read (`readReport`, with the same
 * zone, phrases and templates) and measured: `lintReport` without its parse.
 * The review takes them from the parse of each report, so a report served
 * from the cache is not parsed again; it has no "as of" day there, and
 * shows overdue action items on its own.
 *
 * @example
 *   const read = readReport(markdown, {path})
 *   lintRead(markdown, read, read.incidents.map((incident) => measure(incident)), {path})
 */
export function lintRead(
  markdown: string,
  {incidents, messages, tree}: ParseResult & {tree: Root},
  measured: readonly MeasuredIncident[],
  options: LintReadOptions
): LintMessage[] {
  const config = options.config ?? {}
  // Places are into the text the parser read: without a byte order mark.
  const source = markdown.replace(/^\uFEFF/, '')
  const lines = source.split(/\r\n|\r|\n/)
  const found: LintMessage[] = []
  const add: AddFinding = (message) => {
    const setting = config.rules?.[message.ruleId] ?? defaults.get(message.ruleId)
    if (setting === undefined || setting === 'off') return
    found.push({...message, severity: setting})
  }

  for (const message of messages) {
    if (!message.ruleId || message.fatal === undefined) continue // information, not a problem
    const place: Omit<LintMessage, 'severity' | 'ruleId' | 'reason'> = {
      line: message.line ?? 1,
      column: message.column ?? 1
    }
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    if (end) {
      place.endLine = end.line
      place.endColumn = end.column
    }
    add({ruleId: message.ruleId, reason: message.reason, ...place})
  }

  const intro = introSummary(tree)
  for (const [index, incident] of incidents.entries()) {
    const {metrics, problems} = measured[index] as MeasuredIncident
    for (const problem of problems)
      add({ruleId: problem.ruleId, reason: problem.reason, ...problem.place})
    requiredSections(incident, config, intro, add)
    timelineChecks(incident, metrics.milestones, add)
    summaryWindow(incident, metrics.milestones, lines, add)
    actionItems(incident, options.asOf, lines, add)
    severityScale(incident, config, lines, add)
    // Stated durations and means are about the one incident a report tells of.
    if (incidents.length === 1) {
      const sentences = proseSentences(tree, source)
      statedDurations(lines, sentences, metrics, add)
      meanOfOne(lines, sentences, add)
    }
  }
  return controlled(tree, found, {source, path: options.path, config}).sort(
    (a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId)
  )
}

/**
 * The messages the report's own comments leave on, as remark-lint reads
 * them (`<!-- lint disable milestone-missing -->`, `<!-- lint enable -->`,
 * `<!-- lint ignore action-item-owner -->` for the next node), through
 * remark-message-control. A comment that names a rule aftermath does not
 * have is itself a message.
 */
function controlled(
  tree: Root,
  found: LintMessage[],
  {source, path, config}: {source: string; path: string | undefined; config: Config}
): LintMessage[] {
  // The text, for the offsets of places; the path, for nothing but the file's name.
  const file = new VFile(path === undefined ? {value: source} : {path, value: source})
  const origin = new Map<VFileMessage, LintMessage>()
  for (const message of found) {
    const start = {line: message.line, column: message.column}
    const place =
      message.endLine !== undefined && message.endColumn !== undefined
        ? {start, end: {line: message.endLine, column: message.endColumn}}
        : start
    origin.set(
      file.message(message.reason, {place, ruleId: message.ruleId, source: 'aftermath'}),
      message
    )
  }
  // `<!-- lint disabDe timeline-order -->`: a keyword remark-message-control does not know makes it
  // throw; such a comment is set aside while it reads the others, and said as a message of its own.
  const setAside = unknownKeywords(tree)
  for (const {node} of setAside) node.value = '<!-- -->'
  try {
    remarkMessageControl({name: 'lint', source: 'aftermath', known: [...defaults.keys()]})(
      tree,
      file
    )
  } finally {
    for (const {node, value} of setAside) node.value = value
  }
  const keywordSetting = config.rules?.['lint-comment'] ?? defaults.get('lint-comment')
  const keywords: LintMessage[] =
    keywordSetting === undefined || keywordSetting === 'off'
      ? []
      : setAside.map(({node, keyword}) => ({
          ruleId: 'lint-comment',
          severity: keywordSetting,
          reason: `Unexpected \`${keyword}\` in a lint comment, expected \`enable\`, \`disable\` or \`ignore\``,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
          ...(node.position
            ? {endLine: node.position.end.line, endColumn: node.position.end.column}
            : {})
        }))
  return [
    ...keywords,
    ...file.messages.flatMap((message): LintMessage[] => {
      const own = origin.get(message)
      if (own) return [own]
      // `Cannot disable \`'timline-order'\`, it’s not known`: a comment naming a rule that does not exist.
      const setting = config.rules?.['lint-comment'] ?? defaults.get('lint-comment')
      if (setting === undefined || setting === 'off') return []
      const named = /`'?([^`']+)'?`/.exec(message.reason)?.[1] ?? message.reason
      const [near] = nearest(named, [...defaults.keys()])
      const place = message.place && 'start' in message.place ? message.place : undefined
      return [
        {
          ruleId: 'lint-comment',
          severity: setting,
          reason: `Unexpected rule \`${named}\` in a lint comment, expected one of aftermath's rules (docs/lint.md)${near ? `: did you mean \`${near}\`?` : ''}`,
          line: message.line ?? 1,
          column: message.column ?? 1,
          ...(place ? {endLine: place.end.line, endColumn: place.end.column} : {})
        }
      ]
    })
  ]
}

/** Lint comments whose keyword is none of `enable`, `disable` and `ignore`. */
function unknownKeywords(tree: Root): Array<{node: Html; value: string; keyword: string}> {
  const found: Array<{node: Html; value: string; keyword: string}> = []
  const walk = (node: Nodes) => {
    if (node.type === 'html') {
      const keyword = /^<!--\s*lint\s+([^\s>-]+)/i.exec(node.value)?.[1]
      if (keyword && !/^(?:enable|disable|ignore)$/.test(keyword))
        found.push({node, value: node.value, keyword})
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return found
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Words in a text: enough of them make a paragraph prose rather than a label or a field. */
const proseWords = 20

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length
}

/**
 * Whether the report opens with a summary before its first section: the
 * paragraph under the title of a blog-style report (`On 2020-02-20 at 21:28
 * UTC we received a report ...`).
 */
function introSummary(tree: Root): boolean {
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      if (node.depth === 1) continue
      return false
    }
    if (node.type === 'paragraph' && wordCount(toString(node)) >= proseWords) return true
  }
  return false
}

function requiredSections(
  incident: Incident,
  config: Config,
  intro: boolean,
  add: AddFinding
): void {
  const required: readonly SectionKind[] = config.requiredSections ?? defaultRequiredSections
  const present = new Set(incident.sections.map((section) => section.kind))
  // A report whose timeline is its prose still has a timeline.
  if (incident.timeline.length > 0) present.add('timeline')
  // Contributing factors are how many teams write the causes, on purpose: no single root cause.
  if (present.has('contributing-factors')) present.add('root-cause')
  // A blog-style report opens with its summary, under the title.
  if (intro) present.add('summary')
  // `## What happened?` reads as a timeline; when the timeline is elsewhere it is the summary.
  if (incident.timeline.length > 0) {
    for (const {section, end} of sectionRanges(incident)) {
      if (section.kind !== 'timeline' || wordCount(section.text) < proseWords) continue
      const holds = incident.timeline.some(
        (entry) => entry.line >= section.place.line && entry.line < end
      )
      if (!holds) present.add('summary')
    }
  }
  for (const kind of required) {
    if (present.has(kind)) continue
    const title = sectionTitles[kind] ?? kind
    add({
      ruleId: 'required-sections',
      reason: `Missing section \`${title}\`, expected a \`## ${title}\` heading`,
      line: incident.place.line,
      column: incident.place.column
    })
  }
}

/** A link to the issue or ticket that tracks the work, where its owner is kept. */
const tracked =
  /https?:\/\/\S+\/(?:issues?|pulls?|merge_requests|browse|tickets?|tasks?)\/[\w-]+|(?:^|[\s([])(?:[\w.-]+\/[\w.-]+)?#\d+\b|\b(?!CVE-)[A-Z]{2,}-\d{2,}\b/
/** `✅ Reverted ...`, `~~Add alerting~~`: written as done without a checkbox. */
const doneMark = /^\s*(?:[-*+]|\d+[.)])\s+(?:✅|✔️?|☑️?|~~)/
/**
 * Work told as done: `We enabled branch protection`, `Alerting was added`,
 * `(done)`. Reports often list what was already done among the follow-ups.
 */
const doneWords = [
  /^(?:we|i|they|the\s+[\w-]+\s+team)(?:'ve|’ve|\s+have|\s+had)?(?:\s+(?!(?:to|not|never|should|must|will|would|could|can|may|might|need|needs|want|plan)\b)[\w-]+){0,3}?\s+\w+ed\b/i,
  /^[^.,;:!?()]{1,60}?\s(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|already|now|successfully|immediately)\s+)?\w+ed\b/i,
  /^(?:done|completed|fixed)\b|\((?:done|completed|fixed)\)/i
]
/** Words of work still to do: they outweigh a past tense (`was removed, and should be ...`). */
const toDo = /\b(?:should|must|will|need|needs|to\s+be|todo|plan(?:s|ned)?\s+to)\b/i

function writtenAsDone(item: ActionItem, lines: string[]): boolean {
  if (item.done === true || doneMark.test(lines[item.line - 1] ?? '')) return true
  if (item.done === false) return false
  const sentence = item.text.replace(/^\W+/, '').split(/(?<=[.!?;])\s/)[0] ?? ''
  return !toDo.test(sentence) && doneWords.some((pattern) => pattern.test(sentence))
}

function actionItems(
  incident: Incident,
  asOf: string | undefined,
  lines: string[],
  add: AddFinding
): void {
  for (const item of incident.actionItems) {
    const source = itemSource(lines, item)
    const done = writtenAsDone(item, lines)
    if (item.owner === undefined && !done && !tracked.test(source))
      add({
        ruleId: 'action-item-owner',
        reason: `Unexpected action item without an owner (\`${clip(item.text)}\`), expected an owner such as \`owner: @team\` or \`(@someone)\`, or a link to the issue that tracks it`,
        line: item.line,
        column: item.column
      })
    if (!done && asOf !== undefined && item.due !== undefined && item.due < asOf)
      add({
        ruleId: 'action-item-overdue',
        reason: `Unexpected open action item (\`${clip(item.text)}\`) due ${item.due}, before ${asOf}, expected it done (\`- [x]\`) or given a new due date`,
        ...dueSpan(lines, item, item.due)
      })
  }
}

/** The Markdown of an item's first paragraph: its line and the lines that continue it. */
function itemSource(lines: string[], item: ActionItem): string {
  const own = [(lines[item.line - 1] ?? '').slice(item.column - 1)]
  for (let index = item.line; index < lines.length; index++) {
    const text = lines[index] as string
    const indent = text.length - text.trimStart().length
    if (text.trim() === '' || /^\s*#/.test(text)) break
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(text) && indent <= item.column + 1) break
    own.push(text)
  }
  return own.join('\n')
}

/** The place of the due date in the item, or the item when it cannot be found. */
function dueSpan(lines: string[], item: ActionItem, due: string) {
  for (let line = item.line; line < item.line + 20 && line <= lines.length; line++) {
    const text = lines[line - 1] as string
    const from = line === item.line ? item.column - 1 : 0
    const index = text.indexOf(due, from)
    if (index !== -1)
      return {line, column: index + 1, endLine: line, endColumn: index + 1 + due.length}
  }
  return {line: item.line, column: item.column}
}

/** An item's text for a message: without code spans' backticks, cut at a word near 50 characters. */
function clip(text: string): string {
  const plain = text.replace(/`/g, '')
  if (plain.length <= 50) return plain
  const cut = plain.slice(0, 50)
  const space = cut.lastIndexOf(' ')
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`
}

function severityScale(incident: Incident, config: Config, lines: string[], add: AddFinding): void {
  const severity = incident.severity
  if (!config.severities || severity === undefined || config.severities.includes(severity)) return
  const line =
    incident.fieldLines.severity ??
    incident.fieldLines.sev ??
    incident.fieldLines.Severity ??
    incident.place.line
  const text = lines[line - 1] ?? ''
  // The value after the key: `severity: SEV-5`, `**Severity:** SEV-5 (major)`.
  const index = text.indexOf(severity, Math.max(0, text.indexOf(':')))
  const place =
    index === -1
      ? {line, column: 1}
      : {line, column: index + 1, endLine: line, endColumn: index + 1 + severity.length}
  add({
    ruleId: 'severity-unknown',
    reason: `Unexpected severity \`${severity}\`, expected one of ${config.severities.map((name) => `\`${name}\``).join(', ')}`,
    ...place
  })
}
