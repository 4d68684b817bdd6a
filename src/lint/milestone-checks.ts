import type {IncidentMetrics} from '../metrics/measure.js'
import type {Incident, Section} from '../model.js'
import type {AddFinding} from './finding.js'

type Milestones = IncidentMetrics['milestones']

/** Sections in written order, each with the line where the next section at its depth or above begins. */
export function sectionRanges(incident: Incident): Array<{section: Section; end: number}> {
  const sorted = [...incident.sections].sort((a, b) => a.place.line - b.place.line)
  // From the last section back, a stack of the sections that may still end one: linear in sections.
  const ends: number[] = new Array(sorted.length)
  const open: Section[] = []
  for (let index = sorted.length - 1; index >= 0; index--) {
    const section = sorted[index] as Section
    while (open.length > 0 && (open.at(-1) as Section).depth > section.depth) open.pop()
    ends[index] = open.at(-1)?.place.line ?? Number.POSITIVE_INFINITY
    open.push(section)
  }
  return sorted.map((section, index) => ({section, end: ends[index] as number}))
}

export function timelineChecks(incident: Incident, milestones: Milestones, add: AddFinding): void {
  const ranges = sectionRanges(incident).filter(({section}) => section.kind === 'timeline')
  if (incident.timeline.length === 0) {
    const section = ranges[0]?.section
    if (section)
      add({
        ruleId: 'timeline-empty',
        reason: `Unexpected timeline \`${section.title}\` without a timed entry, expected entries such as \`- 10:02 Error rate rises [started]\``,
        line: section.place.line,
        column: section.place.column
      })
    return
  }
  // Without a single instant no milestone can be found: the time messages say why.
  if (incident.timeline.every((entry) => entry.at === null)) return
  // At the timeline section that holds the entries; for a timeline in prose, at its first entry.
  const first = incident.timeline[0]
  const holder = ranges.find(
    ({section, end}) => first && first.line >= section.place.line && first.line < end
  )
  const place = holder?.section.place ?? first?.place ?? incident.place
  for (const name of ['started', 'detected', 'resolved'] as const) {
    const found = milestones[name]
    // One placed only by a duration the prose states is still missing from the timeline.
    if (found && found.evidence.rule !== 'stated-duration') continue
    const placed = found
      ? ` (placed at ${found.at} only by \`${found.evidence.text.replace(/\s+/g, ' ')}\`)`
      : ''
    add({
      ruleId: 'milestone-missing',
      reason: `Missing milestone \`${name}\`${placed}, expected a timeline entry tagged \`[${name}]\` or worded as one (${examples[name]})`,
      line: place.line,
      column: place.column
    })
  }
}

const examples = {
  started: '`error rate rises`, `impact begins`',
  detected: '`alert fired`, `on-call paged`, `a customer reported`',
  resolved: '`all clear`, `operating normally`, `incident closed`'
} as const
