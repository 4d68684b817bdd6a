/**
 * The rule `mean-of-one`: a mean (`MTTR`, `mean time to recovery`) given
 * as the duration of the one incident a report tells of, as a field (`MTTR:
 * 38 minutes`) or in a sentence (`The MTTR for this incident was 55
 * minutes`). A mean is a statistic over many incidents.
 */

import {durationAfter, readDurations} from '../time/read-durations.js'
import type {AddFinding, Finding} from './finding.js'
import {forEachProseLine} from './prose-lines.js'
import type {ProseSentence} from './prose-sentences.js'

/** A mean over incidents: `MTTR`, `mean time to recovery`. */
const meanWords =
  /\b(?:mtt([rdam])|mean\s+time\s+to\s+((?:recover|restor|resol|repair|detect|acknowledg|mitigat|diagnos)\w*))\b/gi
const firstMean = new RegExp(meanWords.source, 'i')
/** A sentence about a target: `our MTTR target is 30 minutes`, `keep MTTR under an hour`. */
const target =
  /\b(?:goals?|targets?|aims?|objectives?|SL[OA]s?|budgets?|should|must|want|reduce|improve|keep)\b/i
/**
 * Words between the mean and the amount that make it a statistic indeed:
 * over a period, a team, many incidents, or a change in it (`rose by 5
 * minutes`).
 */
const manyIncidents =
  /\b(?:across|over\s+(?:the|our)|quarter(?:ly)?|month(?:ly)?|year(?:ly)?|week(?:ly)?|Q[1-4]|annual|average|rolling|trend|historical|overall|incidents|outages|all|team|org(?:anization)?|company|by|rose|fell|dropped|improved|increased|decreased|went|every|each|per|last\s+\d+)\b/i

/** The single incident's duration to write instead of a mean. */
function durationInstead(word: string): string {
  const lower = word.toLowerCase()
  if (lower.startsWith('di')) return 'time to diagnose'
  if (lower.startsWith('d')) return 'time to detect'
  if (lower.startsWith('a')) return 'time to acknowledge'
  if (lower.startsWith('m')) return 'time to mitigate'
  return 'time to resolve'
}

function reasonOf(match: RegExpExecArray | RegExpMatchArray): string {
  return `Unexpected \`${match[0]}\` for one incident, expected \`${durationInstead(match[1] ?? match[2] ?? '')}\`: a mean is a statistic over many incidents`
}

/**
 * `MTTR: 45 minutes`, `The MTTR for this incident was 55 minutes` in a
 * report of one incident: a mean needs many incidents.
 *
 * @param lines the source's lines, for fields
 * @param sentences the report's prose, for means written in sentences
 */
export function meanOfOne(
  lines: string[],
  sentences: readonly ProseSentence[],
  add: AddFinding
): void {
  const fields: Finding[] = []
  forEachProseLine(lines, (text, line) => {
    const match = firstMean.exec(text)
    // Only a mean given as this incident's duration, not `our MTTR target` or `MTTR dashboards`.
    if (!match || !durationAfter(text, match.index + match[0].length)) return
    const finding: Finding = {
      ruleId: 'mean-of-one',
      reason: reasonOf(match),
      line,
      column: match.index + 1,
      endLine: line,
      endColumn: match.index + 1 + match[0].length
    }
    fields.push(finding)
    add(finding)
  })
  for (const sentence of sentences) {
    if (target.test(sentence.text)) continue
    for (const match of sentence.text.matchAll(meanWords)) {
      const end = (match.index ?? 0) + match[0].length
      if (!givenAsAmount(sentence.text, end)) continue
      const place = sentence.span(match.index ?? 0, end)
      if (
        !place ||
        fields.some((field) => field.line === place.line && field.column === place.column)
      )
        continue
      add({ruleId: 'mean-of-one', reason: reasonOf(match), ...place})
    }
  }
}

/**
 * What may follow a mean given as an amount: a field's colon, a preposition
 * (`for this incident`), a verb (`was`, `came to`). Not a noun: `MTTR
 * dashboards`, `the MTTR report` name something else.
 */
const meanLink =
  /^\s*(?:[:=(–—-]|(?:for|of|in|on|during|here|this|was|is|were|came|stood|totall?ed|amounted|reached)\b)/i

/** A mean, then a few words of this incident, then an amount: `MTTR for this outage was 55 minutes`. */
function givenAsAmount(text: string, from: number): boolean {
  const amount = readDurations(text.slice(from, from + 120))[0]
  if (!amount) return false
  const words = text.slice(from, from + amount.start)
  if (/[.;!?]/.test(words) || manyIncidents.test(words) || !meanLink.test(words)) return false
  return words.split(/\s+/).filter((word) => /\w/.test(word)).length <= 8
}
