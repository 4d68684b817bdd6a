/**
 * Weigh what one entry's words say for each milestone: the features its
 * clauses show (a failure beginning, an alert, a report from outside, the
 * cause found, an action done, service back), each with a weight, after the
 * words that change their meaning are applied (a negation, a plan, an
 * attempt, an action only begun, an announcement, a problem that persists,
 * work outside production, an alert being set up). The weights are the
 * documented table of docs/milestones.md; `pick-milestones.ts` chooses
 * among the entries with them.
 */
import {stemmer} from 'stemmer'
import {type EntryOrigin, type MilestoneName, milestoneNames} from '../model.js'
import type {Language} from './glosses.js'
import {systemParts, type WordClass} from './lexicon.js'
import {type Clause, is, type Joint, readClauses, unitOfTime, type Word} from './words.js'

/** The milestones that words can support; `triggered` is found otherwise. */
export type ScoredMilestone = Exclude<MilestoneName, 'triggered'>

export const scoredMilestones: readonly ScoredMilestone[] = milestoneNames.filter(
  (name): name is ScoredMilestone => name !== 'triggered'
)

/** Below this score a candidate is no evidence of a milestone. Documented in docs/milestones.md. */
export const threshold = 2

/** One reason an entry supports a milestone. */
export interface Feature {
  milestone: ScoredMilestone
  /** What the words show (`alert`, `cause found`, `working again`). */
  name: string
  weight: number
  /** The words that show it, as written. */
  words: string[]
}

/** What an entry's words say. */
export interface Weighed {
  features: Feature[]
  /** The words say the problem goes on: an action just before did not hold. */
  persists: boolean
  /** The words say the trouble came back (`500s are back`): no recovery before it held. */
  relapse?: boolean
  /**
   * The words open on the trouble going on (`Still failing. The rollback restored a revoked
   * cert.`): what they tell after it is why, and no remedy that held.
   */
  opensPersisting?: boolean
}

/**
 * The features of an entry's words, and where it stands. A milestone's
 * score is its strongest feature plus its bonuses (`scoreOf`).
 *
 * @example
 *   weighEntry('PagerDuty alert fired for checkout errors').features.map((feature) => feature.name)
 *   // ['failure reported', 'alert']
 */
export function weighEntry(
  written: string,
  origin: EntryOrigin = 'timeline',
  /** The entries open with who spoke (`maria.k: anyone else seeing 502s?`): a name, not a label. */
  spoken = false,
  /** Phrases of the text the author set in bold or italics (`Customer impact starts.`). */
  emphasis: readonly string[] = [],
  /** The language the report is written in, for a text too short to tell its own. */
  language?: Language
): Weighed {
  // (`Our validation probe (which resolves a sample of zones) pages the on-call`: a bracketed
  // relative clause says what a thing is or does, nothing that happened.)
  const part = weighedPart(written)
  const text = part.includes('(') ? part.replace(describedInBrackets, '') : part
  // (`First customer ticket *(added)*`: an editor's mark on the row, no words of what happened.)
  // (`identified only at 06:19 (38 MIN after ITDM ACK)`, `lodged at 10:40, 53 minutes after the
  // failure was identified`: the moment an amount of time is counted from, whose words are not this
  // one's.)
  const clauses = readClauses(text, language).filter(
    (clause) =>
      !clause.counted &&
      !clause.later &&
      !(clause.bracketed && clause.words.length === 1 && editorial.has(clause.words[0]?.text ?? ''))
  )
  // `Document status — Final — v1.1, issued`, `Version: 1.2 (final)`: a field of the report itself.
  if (documentField.test(text) || documentEdit.test(text)) return {features: [], persists: false}
  // (`If you lost items between 19:25 and 20:52, open a ticket or tell us`: what the reader is to do
  // if it concerns them, nothing that happened.)
  if (toTheReader.test(text)) return {features: [], persists: false}
  // `Status page: "Tracking updates are delayed and catching up"` (after a row's kind, `Note:`):
  // what the page said, quoted.
  const statusAt = clauses.findIndex(
    (clause, index) =>
      index <= 1 && clause.words.length <= 3 && clause.words.some((word) => word.text === 'status')
  )
  if (
    statusAt !== -1 &&
    clauses[statusAt + 1]?.joint === 'colon' &&
    clauses.slice(statusAt + 1).every((clause) => clause.words.every((word) => word.quoted))
  )
    return {features: [], persists: false}
  // The phrases set apart that name a milestone on their own, each weighed once.
  const naming = emphasis.filter(namesMilestone)
  if (naming.length > 0) markEmphasised(clauses, naming)
  const segments = segmentsOf(clauses)
  // `Scheduled migration completes. Unrelated; mentioned because people asked`: none of this incident.
  if (unrelated(segments)) return {features: [], persists: false}
  const features: Feature[] = []
  const label = !spoken && labelOf(text, segments, clauses, origin, emphasis, naming)
  // A label (`Resolved:`, `Identified:`, a key event `Repaired`) adds weight to the milestone it names,
  // not to all its line says: `Resolved` names resolution, though it also tells that the impact stopped.
  const labelled = label ? segmentsOf([clauses[0] as Clause])[0] : undefined
  // An entry that is all label must say a milestone on its own (`Dashboards reviewed` names none).
  const named = namedBy(labelled ? featuresOf(labelled) : [], clauses.length === 1 ? threshold : 0)
  const found = segments.map(featuresOf)
  acrossSegments(clauses, segments, found)
  // Where the entry first says someone knew: a failure it names after that was seen, not begun.
  const knowing = found.findIndex((list) => list.some((feature) => heardOf.has(feature.milestone)))
  // `Most hosts are back`, `S3 is operating normally; other services begin to recover`: from the first
  // words of a partial recovery on, no full one (what came before it stands).
  const firstPartial = segments.findIndex((segment) => segment.partial)
  // `relocation looks normal, not the cause`, `rolled back to rule out the release`: a suspect
  // cleared, not the trouble ending.
  const clears = segments.map((segment) => has(segment, 'ruledOut'))
  // `First theory: the processor. Its status page green, auth latency normal.`: under a theory's
  // label, what is found healthy is the suspect checked, not the trouble over (unless it is back).
  // (The same after `First guess is the PSP.`: a theory stated as a sentence of its own.)
  const opening = clauses[0]?.words ?? []
  const theory =
    (clauses[1]?.joint === 'colon' ||
      opening.slice(1, 3).some((word) => /^(?:is|was|are|were)$/.test(word.text))) &&
    opening.slice(0, 2).some((word) => theoryWords.test(word.text)) &&
    !segments.some((segment) => has(segment, 'again'))
  // (`Master radio looks normal, RSSI normal. DB thinks repeater radio or site power.`: someone
  // supposing where the fault is, after what was found healthy, says those were the suspects.)
  const supposing = segments.findIndex(
    (segment, index) =>
      index > 0 && segment.supposing === true && !outcomeClasses.some((name) => has(segment, name))
  )
  if ((theory || supposing !== -1) && !segments.some((segment) => has(segment, 'again')))
    clears.fill(true, 0, theory ? segments.length : supposing)
  // `Checking the app servers and DB. CPU/mem normal, DB normal.`: after a check in hand, what is
  // found healthy in a few words is the suspect looked at, not the trouble over.
  const checking = segments.findIndex((segment) => segment.checking)
  if (checking !== -1)
    for (let index = checking + 1; index < segments.length; index++) {
      const segment = segments[index] as Segment
      if (
        wordCount(segment) <= 4 &&
        (has(segment, 'healthy') || has(segment, 'usual')) &&
        !has(segment, 'again') &&
        !has(segment, 'close') &&
        !has(segment, 'fix') &&
        // (`Replication recovered`: a word of recovery, not of health, says it came back.)
        !(segment.words.get('recover') ?? []).some(
          (word) => !is(word, 'healthy') && !is(word, 'usual')
        )
      )
        clears[index] = true
    }
  // `Replica healthy, latency normal. Ruled out.`: a verdict alone clears all that came before it.
  const verdict = segments.findIndex(
    (segment, index) => clears[index] === true && wordCount(segment) <= 3
  )
  // `Time to detect: 28 minutes (first 429s at 10:14`: the name of a span the entry states, no deed.
  // (`| Time to detect | 12 min | 14:07 → 14:19 |`: a table's row, its cells joined by dashes.)
  const spanName =
    clauses[0]?.words[0]?.text === 'time' &&
    clauses[0]?.words[1]?.text === 'to' &&
    (clauses[1]?.joint === 'colon' || clauses[1]?.joint === 'dash')
  // `Storm activation level: Level 2 (declared 1705 MST)`, `Outage type: unplanned`: the key of a
  // field names a property of something, no event.
  const propertyKey =
    clauses[1]?.joint === 'colon' &&
    (clauses[0]?.words.length ?? 0) <= 3 &&
    propertyNouns.test(clauses[0]?.words.at(-1)?.text ?? '')
  /** The weight the words of the entry's notes give most, whichever clause of them gives it. */
  const noteTop = Math.max(
    0,
    ...segments.flatMap((segment, index) =>
      segment.note ? (found[index] ?? []).map((feature) => feature.weight) : []
    )
  )
  for (const [index, segment] of segments.entries()) {
    if (index === 0 && (spanName || propertyKey)) continue
    // (`no link with checkout, error rates on search normal`: the suspect's health, told after.)
    const cleared =
      clears[index] === true ||
      (clears[index + 1] === true && segments[index + 1]?.joint === 'comma') ||
      (clears[index - 1] === true && segment.joint === 'comma') ||
      (verdict !== -1 && index < verdict)
    const whole = (found[index] ?? []).filter(
      (feature) =>
        (firstPartial === -1 ||
          index < firstPartial ||
          feature.milestone !== 'resolved' ||
          feature.name.startsWith('closed')) &&
        !(
          (cleared || segment.lasting) &&
          (feature.milestone === 'mitigated' || feature.milestone === 'resolved')
        ) &&
        // (`errors drop for a few minutes`: what came back did not stay; the deed done still counts.)
        !(segment.brief && outcomes.has(feature.name)) &&
        !(
          segment.theorised &&
          (feature.milestone === 'started' || feature.milestone === 'diagnosed')
        )
    )
    const own = whole.map((feature) =>
      knowing === -1 || index < knowing || !seenNames.has(feature.name) || segment.observed
        ? feature
        : {
            ...feature,
            name: 'failure reported',
            weight: Math.min(feature.weight, 1.5)
          }
    )
    if (segment.note) {
      // The author's own note (`<START OF OUTAGE>`, `(resolved)`): the words say what the entry is.
      // (`<INCIDENT DECLARED>` notes a step of the team's process, which is none of the milestones.)
      // A note names the milestone its words weigh most (`**Top-up failures stop.**`, `(impact
      // end)`: the mitigation, not also the resolution); `(incident over)` names both, its words
      // weighing them near alike.
      // (Across the note's clauses: `**IT declares incident resolved, bridge closed.**` names the
      // resolution, its `bridge closed` no mitigation of its own.)
      const top = Math.max(...own.map((feature) => feature.weight), noteTop)
      for (const feature of own)
        features.push(
          processSteps.has(feature.name) || feature.weight < top - 0.5
            ? feature
            : {...feature, name: `${feature.name}, as a note`, weight: feature.weight + notes}
        )
    } else if (index === 0 && label && !has(segment, 'communicate')) {
      // (`Disruption msg issued: "..."`: a message's label names what it tells, not the moment.)
      for (const feature of own)
        features.push(
          named.has(feature.milestone) &&
            !bonusNames.has(feature.name) &&
            // (`Role assigned: Incident Lead`: a response labelled is the response, and tells the
            // detection only as much as a response unlabelled does.)
            !(feature.milestone === 'detected' && feature.name === 'responding')
            ? {...feature, name: `${feature.name}, as a label`, weight: feature.weight + labels}
            : feature
        )
    } else features.push(...own)
  }
  undoneBy(segments, features)
  // What the entry as a whole says it cannot tell:
  const unsaid = new Set<ScoredMilestone>()
  // `First OTP failure in the logs (we found this later during the RCA)`, `nothing alerted; we only
  // found this afterwards`: found after the fact, so at the entry's time nobody knew of it, or of
  // its cause.
  if (retrospective.test(text)) for (const name of retrospectiveUnsaid) unsaid.add(name)
  // `Warning W-17 shown and acknowledged; this warning occurs several times a week without
  // consequence`: a thing that happens routinely is the usual noise, not the trouble or news of it.
  if (routine.test(text)) for (const name of routineUnsaid) unsaid.add(name)
  // `carrier-connector rejects every message. No direct impact yet: ...`, `No effect on train
  // movements at this time`: the entry says the trouble it tells had not reached anyone yet.
  if (harmless.test(text)) unsaid.add('started')
  // (`This is where impact starts.`: the author says the harm begins here, as a marker does.)
  const onsetTold = onsetHere.test(text)
  // `BMS local alarm only`, `the alarm never reached the NOC`, `Nothing monitored this alarm`: an
  // alarm that reached no one tells no one knew (one delivered and left unread still does).
  // (`sent an alert. To a channel I muted back in April`: an alert posted to a muted channel still
  // went off, as one to `#ops-alerts is muted` does.)
  // (`The alert is emailed to the ops list only and is not routed to PagerDuty`: it went out, to
  // a list; only one not routed anywhere else reached no one.)
  if (
    (unheard.test(text) && !mutedChannel.test(text)) ||
    unheardElsewhere.test(text) ||
    misdirected.test(text) ||
    (unrouted.test(text) && !deliveredElsewhere.test(text))
  )
    unsaid.add('detected')
  // `No alert: our alerts are on 5xx only`: no alert went off, whatever else told of it (`First
  // support email. No alerts had fired.`); `Alert fired. No page went out to the secondary`: the
  // one before still went off.
  const none = noAlert.exec(text)
  const silent =
    none !== null && !/\b(?:fired|fires|triggered|went off)\b/i.test(text.slice(0, none.index))
  // `First player posts in #bug-reports. Nobody on staff saw these until later`: told to no one who
  // read it, no one was told (an alert that nobody saw still went off, and is the first alert).
  // (`So nobody noticed for a while. At 9:31 a user replied ...`: said of the time before, not of
  // what the entry tells after it.)
  const unseenAt = unseen.exec(text)?.index ?? -1
  // (`an email came in at about ten past eight, but nobody had opened it`: the same.)
  const unread =
    unseenAt > 0 &&
    (/[.!?]\s/.test(text.slice(0, unseenAt)) || /\bbut\s+$/i.test(text.slice(0, unseenAt)))
  const alerting = (feature: Feature) =>
    feature.milestone === 'detected' && alertNames.has(feature.name)
  if (unread && !features.some(alerting)) unsaid.add('detected')
  // `The dashboard shows the vessels going stale, but nobody is watching it`: what a screen shows
  // that no one watches tells no one (an alert that went off, `signal`, still went off).
  if (unwatched.test(text) && !segments.some((segment) => has(segment, 'signal')))
    unsaid.add('detected')
  // `Intrusion alarm at the pump station; camera checked: false alarm`: an alarm found false tells
  // of nothing (one first taken for false, `dismissed as a false positive`, still went off).
  if (falseAlarm.test(text) && !misjudged.test(text)) unsaid.add('detected')
  // `64 chats and 11 e-mails about the problem between 14:00 and 16:30`, `2,317 calls between 8:00
  // and 10:00`: a tally over a span, no report at its start.
  if (tally.test(text)) unsaid.add('detected')
  // `The acquirer confirmed that its systems were operating normally`, `El proveedor confirma que
  // su receptor funciona`: another party's word that its own side works rules it out; it tells
  // nothing of this service's recovery (one whose side is `restored`, `back`, still recovered).
  if (ownSideFine.test(text) && !changedBack.test(text.replace(answeredBack, '$1'))) {
    unsaid.add('mitigated')
    unsaid.add('resolved')
  }
  // `This is an automated response: your ticket was received`: a machine answering takes nothing up.
  if (automatedReply.test(text)) unsaid.add('acknowledged')
  // `The problem came back with the morning traffic` (`came back` is a service's recovery), `success
  // rate falls again`, `latency climbs again`: the trouble back is no recovery.
  const relapse = segments.some(
    (segment) =>
      segment.relapse ||
      (segment.reopened && has(segment, 'failure')) ||
      (has(segment, 'again') &&
        // (`v7 load tested again at 150% of peak`: a test run again, no measure worse again.)
        !testedAgain.test(text) &&
        ((has(segment, 'fall') && has(segment, 'goodMeasure')) ||
          (has(segment, 'rise') && has(segment, 'badMeasure'))))
  )
  // (`Still getting worse, error ratio at 31%. Dispatcher CPU normal`: a part healthy, the harm
  // growing: no recovery.)
  if (relapse || worse.test(text)) unsaid.add('mitigated').add('resolved')
  // `<nagbot> PROBLEM: proxy01/http is CRITICAL`, `datadog: p95 latency > 4s`: in a chat, a message
  // from a bot or a monitoring tool that tells of trouble is its alert.
  const speaker = spoken ? speakerOf(text) : undefined
  const bot = speaker !== undefined && botName.test(speaker) ? speaker : undefined
  // `CartSvc5xxRatio > 1% — Firing (value 3.4%)`, `[RESOLVED] queue_depth >= 5000`: an alerting
  // tool's line, a rule's condition and its state. Firing, the rule's alert went off; resolved, the
  // symptom it watches is gone, which is the harm stopping, not the incident closed. (In a chat,
  // after its sender: `grafana: [RESOLVED] heartbeat lag > 5m`.)
  const rule = ruleState(speaker === undefined ? text : text.replace(chatSpeaker, ''))
  const cleared = rule !== undefined && /^(?:resolved|recovered)$/.test(rule)
  if (
    bot &&
    !cleared &&
    !features.some(alerting) &&
    segments.some(
      (segment) =>
        has(segment, 'failure') ||
        has(segment, 'outage') ||
        has(segment, 'badMeasure') ||
        (has(segment, 'rise') && !has(segment, 'goodMeasure'))
    ) &&
    !segments.some((segment) => has(segment, 'recover') || has(segment, 'healthy'))
  )
    features.push({
      milestone: 'detected',
      name: 'alert',
      weight: 3,
      words: [bot]
    })
  if (rule && cleared) {
    const closing = (feature: Feature) =>
      (feature.milestone === 'resolved' || feature.milestone === 'mitigated') &&
      feature.name.startsWith('closed')
    features.splice(0, features.length, ...features.filter((feature) => !closing(feature)))
    features.push(
      {milestone: 'mitigated', name: 'alert resolved', weight: 3.5, words: [rule]},
      {milestone: 'resolved', name: 'alert resolved', weight: 2, words: [rule]}
    )
  } else if (rule && !features.some(alerting))
    features.push({milestone: 'detected', name: 'alert', weight: 3, words: [rule]})
  if (onsetTold && !unsaid.has('started'))
    features.push({milestone: 'started', name: 'onset told', weight: 5, words: ['starts']})
  // (`First report that actually reached me (GitHub notification email)`: the author says which
  // word of the trouble reached the team first.)
  if (reachedUs.test(text) && !unsaid.has('detected'))
    features.push({milestone: 'detected', name: 'reached us', weight: 4, words: ['reached']})
  const kept = features.filter(
    (feature) => !unsaid.has(feature.milestone) && !(silent && alerting(feature))
  )
  const weighed: Weighed = {
    features: [...kept, ...bonusesOf(kept, origin)],
    persists: segments.some((segment) => segment.persists)
  }
  if (relapse) weighed.relapse = true
  if (segments[0]?.persists) weighed.opensPersisting = true
  return weighed
}

/**
 * A quick look for the words `outsideIncident` reads, in English and as other languages write
 * them (`relacionada`, `sans lien`, `Sem relação`, `nichts zu tun`, `inget med`): most texts have
 * none, and are not split into clauses for it.
 */
export const mayBeOutside =
  /irrelevant|unconnected|related|connected|connection|nothing|separate|different|distinct|relacionad|relaci[oó]n|lien|rela[çc][ãa]o|nichts|nada|rien|niets|niente|\bnic\b|niezwiązan|inget|collegat|nesouvis|ilgisiz|liity|legătur|legatur|kapcsol|terkait/i

/**
 * Whether an entry says it is outside the incident: `Scheduled migration
 * completes. Unrelated; mentioned because people asked`, `not related to
 * this incident`.
 *
 * @example
 *   outsideIncident('Front deploy v4.18. Unrelated.') // true
 */
export function outsideIncident(text: string): boolean {
  if (!mayBeOutside.test(text)) return false
  return unrelated(segmentsOf(readClauses(text)))
}

function unrelated(segments: readonly Segment[]): boolean {
  return segments.some((segment) => has(segment, 'unrelated'))
}

/**
 * A milestone's score from an entry's features: its strongest feature, and
 * every bonus (a first report, the section it stands in); 0 without one.
 *
 * @example
 *   scoreOf(weighEntry('Incident resolved').features, 'resolved') // 4
 */
export function scoreOf(features: readonly Feature[], milestone: ScoredMilestone): number {
  return scoresOf(features)[milestone]
}

/**
 * Every milestone's score from an entry's features, in one pass.
 *
 * @example
 *   scoresOf(weighEntry('Incident resolved').features).resolved // 4
 */
export function scoresOf(features: readonly Feature[]): Record<ScoredMilestone, number> {
  const best = {started: 0, detected: 0, acknowledged: 0, diagnosed: 0, mitigated: 0, resolved: 0}
  const bonus = {started: 0, detected: 0, acknowledged: 0, diagnosed: 0, mitigated: 0, resolved: 0}
  for (const {milestone, name, weight} of features) {
    if (bonusNames.has(name)) bonus[milestone] += weight
    else if (weight > best[milestone]) best[milestone] = weight
  }
  for (const milestone of scoredMilestones)
    best[milestone] = best[milestone] > 0 ? best[milestone] + bonus[milestone] : 0
  return best
}

/** Milestones that say someone knew of the problem. */
export const heardOf: ReadonlySet<ScoredMilestone> = new Set<ScoredMilestone>([
  'detected',
  'acknowledged',
  'diagnosed'
])
/** The cause as such, by stem: `cause`, `culprit`, `reason`, `explanation`, `why`. */
const causeItself = /^(?:caus|culprit|reason|explan|why)/
/** Onset features that, in an entry about knowing, describe what was seen rather than its start. */
const seenNames = new Set(['failure', 'attack', 'worsening'])

/** The weight added to what an author's bracketed or capitalised note says. */
const notes = 2
/** The weight added to what a leading label says (`Identified: ...`, `Repaired`). */
const labels = 1.5

/** A run of clauses read together: a label and what follows its colon, a clause and its dash. */
interface Segment {
  /** Active words by class, after negation, plans and the rest are applied. */
  words: Map<WordClass, Word[]>
  joint: Joint
  /** The clause's first word. */
  opening: string
  /**
   * Goes on a sentence that opens on how things usually are (`Normally the filter catches them`,
   * then `when they join`), before any `but`.
   */
  usual?: boolean
  /** Opens with a check in hand: `Checking the app servers`, `Catalina checks the status page`. */
  checking: boolean
  /** A bracketed or capitalised note of the author's. */
  note: boolean
  /** Its clause stands in brackets. */
  bracketed?: boolean
  /** The note is set in bold or italics (`**Cause identified.**`). */
  emphasised: boolean
  /** Says the problem goes on, or the action before did not help. */
  persists: boolean
  /** Only part of the service, or a recovery only begun. */
  partial: boolean
  /** Says how long something took (`recovery took a further 97 minutes`), not that it is done. */
  lasting?: boolean
  /** Opens on one after the first (`Second alert: ...`, `another page fires`). */
  later?: boolean
  /** Whose act it is, when the words say. */
  actor?: 'team' | 'outsider' | 'attacker' | 'vendor'
  /** A clause that begins with its verb (`Killed the query`): the team's own act, written as a log. */
  verbFirst: boolean
  /** A negated failure (`no further errors`): a sign of health. */
  noFailure: boolean
  /** `... by`: the words before name a cause (`caused by`). */
  causedBy: boolean
  /** A negated recurrence (`has not recurred`): a sign it holds. */
  noRecurrence: boolean
  /** Work the words say could not be done (`unable to scale up`). */
  cannot: Word[]
  /** Closure announced (`status page updated to resolved`). */
  announcedClosed: Word[]
  /** An action or report written in the passive: done to the subject, by someone the words may not name. */
  passive: boolean
  /** Told to the team (`an email is sent to the team`). */
  toTeam: boolean
  /** A call made to tell, its addressee unnamed (`Jess rang to say ...`): the writer was told. */
  calledToTell?: boolean
  /** A level gone to nothing: `errors down to 0`, `lag → 0`. */
  toZero: boolean
  /** A level back where it was: `success rate back to 99.9%`. */
  backToLevel: boolean
  /** `back to full speed`, `restored to full capacity`: as much as it ever was. */
  backToFull?: boolean
  /** Said to last a short while: `errors drop for a few minutes`, `briefly recovers`. */
  brief: boolean
  /** Begin words that begin the team's work (`begins investigation`), not the failure. */
  activityBegins: number
  /** The team, as the subject of a passive telling (`on-call pinged`, `the SRE team was alerted`). */
  teamTold: boolean
  /** The one who writes, told (`Tony called me`, `texted my phone`). */
  writerTold?: boolean
  /** A verb of telling or knowing with `that` after it: what follows is what was told or known. */
  complement: boolean
  /** Planned or attempted, here or in the segment it continues (`Going to drain traffic and watch errors`). */
  planned: boolean
  /** Evidence showing something (`logs show ...`): what follows was seen, not done. */
  shown: boolean
  /** What the evidence shows is something done (`the migration took a lock`): a mechanism. */
  shownDeed: boolean
  /** A telling word with someone after it (`pings @alice`), not a noun (`API calls to the service`). */
  tellsSomeone: boolean
  /** A deed in the past perfect (`the migration had locked the table`): done before the entry's time, told to explain it. */
  earlier: boolean
  /** The deeds a past perfect told (`locked`): with knowing, what was found out. */
  explained: string[]
  /** `took down`, `brought down` with a change or a failure as the subject: the outage begins. */
  tookDown: Word[]
  /** A cause word followed by `was` or `is` (`the root cause was ...`): the cause, named. */
  causeNamed: boolean
  /** A problem said to be fixed (`the issue is fixed`): the problem's end. */
  problemFixed: boolean
  /** The clause's verb is one of receiving (`admin@ receives an email`): its subject is the one told. */
  receives: boolean
  /** A deed written in the progressive (`we are deploying a fix`, `is being rolled back`): under way, not done. */
  underWay: boolean
  /** Said to be in progress (`recovery in progress`): begun, neither done nor reached. */
  inProgress?: boolean
  /** A clause that opens on the investigation (`Investigating elevated errors`, `marco: looking`): taken up. */
  takenUp: boolean
  /** A question (`anyone else seeing stale results?`, `is checkout down?`): someone noticed. */
  asked: boolean
  /**
   * A service working as before (`pages began loading normally`, `95% of the network working
   * normally`): back, as `again` says.
   */
  asBefore?: boolean
  /** A view of how things stand (`concluded the gateway was healthy`): a state judged, not seen back. */
  judged?: boolean
  /** Someone supposing where the fault is (`DB thinks repeater radio`): a suspect named. */
  supposing?: boolean
  /** A theory stated (`First suspicion was the DNS`): the harm or cause it names is supposed. */
  theorised?: boolean
  /** Seen, by nobody named (`lag was observed growing`): a log of the symptom at its time. */
  observed: boolean
  /** What is told comes from outside (`reports blank invoices from several customers`). */
  fromOutside: boolean
  /** `First 504s at the edge`: the author dates the harm's first sign. */
  firstHarm: boolean
  /** `First customer impact:`: the first harm, named as the impact's. */
  firstImpact?: boolean
  /** `Recovery declared`, `declared the incident mitigated`: an outcome said to be reached. */
  declaredOutcome: boolean
  /** `500s are back`, `the problem came back`: the trouble returned after it had stopped. */
  relapse: boolean
  /** `could not connect`, `can't log in`: the service denied its work, the harm itself. */
  deniedService?: boolean
  /** `staff could not log in`: kept from the service, whoever they are. */
  shutOut?: boolean
  /** `takes incident command`: the command named with a word of taking it. */
  command?: boolean
  /** `I'm IC`, `Marta is IC`: who commands, said. */
  commanderNamed?: boolean
  /** Those the service serves notice it, named before the noticing (`Users in Leeds notice ...`). */
  noticedOutside?: boolean
  /** Someone sees or reads the alert (`I saw the "DOWN" alert`, `Dana reads the page`): taking it up. */
  alertSeen?: boolean
  /**
   * A monitor messaging someone (`our monitoring sent Markus a text message`, `the monitor texted
   * Jonas`): an alert reaching a person, in the words of what carried it.
   */
  monitorSent?: Word
  /** `@kwame reports it in #infra`, `Sam flagged this`: the trouble itself told, named by a pronoun. */
  reportedIt?: boolean
  /** `the first time any of us knew something was off`: someone learning that something is wrong. */
  knewWrong?: boolean
  /** `reopens #2291`: with the trouble named, what was closed was not over (`the stores reopen` is none). */
  reopened: boolean
}

/** Words that open a sentence about how things usually are. */
const habitual = new Set(['normally', 'usually', 'typically', 'ordinarily', 'generally'])

/** Words that open a clause of where, when or how, which adds no deed to what came before. */
const circumstance = new Set([
  'at',
  'in',
  'on',
  'from',
  'with',
  'for',
  'by',
  'back',
  'eta',
  'brb',
  'will'
])

/**
 * The clauses the author set whole in bold or italics: `**Customer impact starts.**`, `**Cause
 * identified.**`, when the phrase names a milestone on its own (a phrase of several clauses marks
 * each; part of one marks none; one that leads the entry is its label).
 */
function markEmphasised(clauses: Clause[], naming: readonly string[]): void {
  const phrases = new Set<string>()
  for (const phrase of naming)
    for (const clause of readClauses(phrase)) phrases.add(said(clause.words))
  // (A bold word leading the entry, `***Resolved*** We are happy ...`, is its label, read as one.)
  for (const [index, clause] of clauses.entries())
    if ((index > 0 || clauses.length === 1) && phrases.has(said(clause.words)))
      clause.emphasised = true
}

/**
 * Whether words set apart name a milestone on their own (`Cause identified.`), not any words set
 * apart (`not the deploy`, `that's the problem`).
 */
export function namesMilestone(phrase: string): boolean {
  return Math.max(...Object.values(scoresOf(weighEntry(phrase).features))) >= 3
}

/** What an entry found after the fact does not tell of its own time. */
const retrospectiveUnsaid: readonly ScoredMilestone[] = ['detected', 'acknowledged', 'diagnosed']
/** What an entry about the usual noise cannot tell. */
const routineUnsaid: readonly ScoredMilestone[] = ['started', 'detected', 'acknowledged']

/** A machine's answer to a message: `an automated response`, `auto-reply`. */
const automatedReply =
  /\b(?:automated|automatic)\s+(?:response|reply|acknowledge?ment|confirmation)|\bauto-?(?:reply|replies|responder|response)\b/i

/**
 * Words that say an alarm reached no one: sent nowhere watched, silenced (`suppressed by
 * maintenance mode`), or none sent (`grouped under an old issue, so no alert`, `the canary didn't
 * catch it`).
 */
/** Verbs of the team turning a setting up or down: `stepped back up`, `ramped`, `scaled`, `dialled`. */
const settingVerbs =
  /^(?:step|steps|stepped|ramp|ramps|ramped|scale|scales|scaled|dial|dialled|dialed|turn|turned|bring|brought)$/

/** A rule's condition, a measure against its threshold: `5xxRatio > 1%`, `queue_depth >= 5000`. */
const alertCondition = /[\w\])}]\s*(?:>=?|<=?|==|!=|≥|≤)\s*-?\d/
/** An alerting tool's state of a rule, before it: `[FIRING] ...`, `RESOLVED: ...`. */
const stateBefore = /^\W*(firing|alerting|triggered|resolved|recovered)\b/i
/** The same after the rule's condition, set apart: `... > 1% — Firing (value 3.4%)`. */
const stateAfter =
  /(?:>=?|<=?|==|!=|≥|≤)\s*-?\d[^—–|]{0,30}?\s+[—–|:-]\s*\(?(firing|alerting|triggered|resolved|recovered)\b/i

/** The state an alerting tool's line gives its rule, in lower case; undefined for other lines. */
function ruleState(text: string): string | undefined {
  if (!alertCondition.test(text)) return undefined
  return (stateBefore.exec(text) ?? stateAfter.exec(text))?.[1]?.toLowerCase()
}

/** A channel someone muted (`a channel I muted`, `the channel we had muted`): posts there still went out. */
const mutedChannel =
  /\bchannel\s+(?:(?:that|which)\s+)?(?:I|we|they|you|he|she|everyone)\s+(?:had\s+)?muted\b/i

/** A relative clause in brackets: `(which resolves a sample of zones)`, `(who owns the runbook)`. */
const describedInBrackets = /\s*\((?:which|who|that)\s[^()]{0,200}\)/gi

/** A report said to have reached the team: `the first report that actually reached me`. */
const reachedUs =
  /\b(?:report|message|e-?mail|notification|ticket|complaint|call|page|alert|word)s?\s+(?:that\s+|which\s+)?(?:actually\s+|finally\s+|first\s+|really\s+)?(?:reached|got\s+to|came\s+through\s+to|made\s+it\s+to)\s+(?:me|us|the\s+team|our\s+team|the\s+on-?call|anyone\s+on\s+the\s+team)\b/i

/** A count of reports over a span: `212 chats and 45 calls ... between 09:05 and 10:30`. */
const tally =
  /\b\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:tickets?|calls?|chats?|conversations?|e-?mails?|messages?|contacts?|complaints?|reports?|sessions?)\b[^.;]{0,80}?\b(?:between|from)\s+[^.;]{0,20}?(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s?[ap]\.?m\.?|\b\d{4}\b)(?:\s*[ap]\.?m\.?)?[^.;]{0,16}?\s(?:and|to|until|–|-)\s/i

/**
 * A signal sent where no one would see it: to an old or a departed person's address, an unattended
 * mailbox, a channel `which nobody watches`, a mail that bounced; or said outright, `we didn't know`.
 */
const misdirected =
  /\b(?:old|former|wrong|stale|dead|retired|defunct|departed|ex-employee's|unattended|unmonitored)\s+(?:[\w@.'’-]+\s+){0,3}?(?:address|mailbox|inbox|alias|e-?mail|pager|number|distribution\s+list)\b|\bunattended\b|,?\s*which\s+(?:nobody|no\s+one|no-one)\s+(?:reads|watches|monitors|checks|looks\s+at)\b|\b(?:which|that|and)\s+bounce[sd]?\b|\bundeliverable\b|\b(?:we|nobody|no\s+one)\s+(?:didn't|did\s+not|wouldn't)\s+know\b|\b(?:I|we)\s+(?:didn't|did\s+not)\s+(?:see|notice|read)\s+(?:this|it|that|them)\s+until\b|\b(?:nobody|no\s+one)\s+had\s+(?:yet\s+)?(?:looked\s+at|seen|read|opened)\b/i

/**
 * Another party saying its own side works: a word of saying (`reports back`), then `its`, `their`
 * (or as Spanish, French, Portuguese, German, Danish and Norwegian write them) and what is theirs;
 * or that its other customers are fine.
 */
const ownSideFine =
  /\b(?:confirm\w*|report\w*|says?|said|stat(?:es|ed)|assur\w*|repl(?:y|ies|ied)|respond\w*|verif\w*|indicat\w*|advis\w*|bestätig\w*|meld\w*)(?:\s+(?:back|tilbage|tilbake))?,?\s+(?:that\s+|que\s+|qu['’]|dass\s+|at\s+)?(?:its|their|su|sus|son|sa|ses|leurs?|seus?|suas?|sein(?:e|en)?|ihre?n?|deres|sin|sitt|sine)\s+(?:own\s+)?\S+(?:\s+\S+)?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|es|está|están|son|era|est|sont|était|é|estão|ist|sind|war|er|var)\s+)?(?:operating|running|runs|working|works|functioning|healthy|fine|normal|up\b|ok\b|funciona|fonctionne|läuft|arbeitet|kører|kjører|virker|fungerer)|\bfor\s+(?:its|their|all)\s+other\s+(?:customers|clients|tenants|users|merchants)\b|\bother\s+(?:customers|clients|tenants|merchants)\s+(?:were|are|had\s+been)\s+(?:not|un)\s*affected\b/i

/** A word said back, no side brought back: `reports back that`, `melder tilbage`. */
const answeredBack =
  /\b(report\w*|writ\w*|call\w*|repl\w*|melder|svarer)\s+(?:back|tilbage|tilbake)\b/gi

/** Words of a side brought back, not found working: `restored`, `recovered`, `back`, `again`. */
const changedBack = /\b(?:restor\w*|recover\w*|back|again|fixed|resolv\w*|repaired)\b/i

/** An alarm found false: `false alarm`, `a false positive`, `falso allarme`, `fausse alerte`. */
const falseAlarm =
  /\b(?:false\s+(?:alarms?|alerts?|positives?)|falso\s+allarme|fals[oa]\s+alarma|fausse\s+alerte|fausse\s+alarme|fehlalarm|vals\s+alarm|falso\s+alarme|fałszywy\s+alarm)/i

/** An alarm taken for false at first, which it was not: `dismissed as`, `thought to be`, `assumed`. */
const misjudged =
  /\b(?:dismiss\w*|thought|assum\w*|took\s+(?:it\s+)?(?:for|as)|treat\w*\s+(?:it\s+)?as|mistak\w*|believ\w*|consider\w*|look\w*\s+like|wrongly|written\s+off)\b/i

/**
 * The same, as other languages write it: `No se ve.`, `Tampoco se ve`, `personne ne le lit`, `que
 * personne ne consulte`, `ninguém viu`, `niemand liest das Postfach`, `nicht gesehen`, `niet gezien`,
 * `Ingen läser brevlådan`.
 */
const unheardElsewhere =
  /(?:^|[\s.;:(])(?:(?:no|tampoco)\s+se\s+(?:ve|vio|vieron|lee|leyó)|nadie\s+(?:l[oa]s?\s+)?(?:ve|vio|lee|leyó|revisa|revisó|mira|miró)|personne\s+ne\s+(?:(?:le|la|les)\s+|l['’])?(?:lit|voit|consulte|regarde|surveille)|ningu[ée]m\s+(?:[oa]s?\s+)?(?:viu|vê|lê|leu|olha)|n[ãa]o\s+(?:foi\s+)?(?:vist|lid)[oa]s?|niemand\s+(?:liest|las|sieht|sah|schaut)|nicht\s+gesehen|ungelesen|niemand\s+(?:leest|las|ziet|zag)|niet\s+gezien|ingen\s+(?:läser|läste|såg|ser|leser|leste|så|læser|læste))(?![\p{L}])/iu

const unheard =
  /\b(?:no\s+(?:notifications?|e-?mails?|sms)\s+(?:was\s+|were\s+)?(?:sent|delivered)(?!\s+to\s+the\s+(?:secondary|backup))|notifications?\s+(?:were\s+|was\s+|are\s+|is\s+)?disabled|(?:to|into|in)\s+(?:an?\s+|the\s+)?(?:unmonitored|unwatched|unread)\b|suppressed|silenced|inhibited|suppression\s+rule|(?:alert|alarm|monitor|page|paging)\s+suppression|(?:(?:does|did|do)\s+(?:\*\*)?not(?:\*\*)?\s+(?:appear|show)|not\s+displayed)\s+(?:up\s+)?on\s+the\s+(?:\w+\s+)?(?:console|dashboard|screen)|(?<!#[\w-]+\s+(?:is|was|are|were)\s+)muted|snooze[sd]|snoozing|shelve[sd]|shelving|(?:in|into)\s+maintenance\s+mode|local\s+alarm\s+only|(?:alarm(?:ed|s)?|alerted|sounded|went\s+off|fired)\s+(?:only\s+)?locally|never\s+reached\s+(?:the|any|anyone|us)|(?:is|was|are|were)\s+not\s+(?:monitored|seen|read|noticed)\b|(?:^|[.;:]\s*)(?:not|never)\s+(?:seen|read|noticed|opened)(?=\s*(?:[.;(]|until\b|$))|(?:mailbox|inbox|channel|list|queue)\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:reads|read|watches|watched|monitors|monitored|checks|checked)\b|(?:nobody|no\s+one|no-one)\s+(?:reads|watches|monitors|checks)\s+(?:it|them|that|those)\b|nothing\s+monitored|no\s+one\s+was\s+(?:paged|notified|alerted)|(?:was|were|and|but)\s+not\s+paged|(?:alarms?|alerts?|pages?|notifications?)\s+(?:was\s+|were\s+)?(?:not|never)\s+(?:received|delivered|sent|raised)|nobody\s+was\s+(?:paged|notified|alerted)|(?:so|hence|thus|with)\s+no\s+(?:alerts?|pages?|paging|notifications?|alarms?)|logged(?:\s+only)?\s*[,;:–—-]\s*no\s+(?:alerts?|pages?|alarms?|notifications?)|\b(?:canary|canaries|monitor(?:ing|s)?|checks?|probes?|alerting)\s+(?:didn't|did\s+not|never|failed\s+to|could\s+not|couldn't)\s+(?:catch|detect|notice|flag|see|spot)\b)\b/i

/** An alert kept from where it would be seen: `not routed to PagerDuty`, `was not forwarded to the NOC`. */
const unrouted = /\bnot\s+(?:forwarded|routed)\s+to\b/i
/** An alert that went out somewhere all the same: `is emailed to the team list`, `sent only to #alerts`. */
const deliveredElsewhere = /\b(?:(?:e-?)?mailed|sent|posted|delivered)\s+(?:only\s+)?(?:to|into)\b/i

/**
 * A field about the report, not the incident (`Document status`, `Version`, `Reviewed by`, an
 * editor's `Edit (Sep 21, 14:10 UTC):`): the label, then a colon, a dash or a table's cell.
 */
const documentField =
  /^\W*(?:edit(?:ed)?\s*(?:\([^)]{0,40}\))?|last\s+(?:edited|updated|modified|revised)|document\s+(?:status|version|control|history|owner|id)|doc\s+status|version|revision|rev\.|(?:prepared|reviewed|approved|authored)\s+by|distribution(?:\s+list)?|classification)\s*(?:\*\*)?\s*(?::|—|–|\s-\s|\|)/i

/**
 * Work on the report itself, not the service: `Started writing this at 2:15 pm; cleaned up Thursday`,
 * `v1.2, added actions 6 and 7`, `correction de la chronologie`, `fixed typos in the timeline`.
 */
const documentEdit =
  /^\W*v\d+(?:\.\d+)+\s*[,:—–-]|\b(?:started|began)\s+writing\s+(?:this|it|the\s+(?:report|write-?up|postmortem))\b|\b(?:add(?:ed|s)?|clean(?:ed|s)?\s+up|tid(?:ied|ies)\s+up|correct(?:ed|s)?|fix(?:ed|es)?|edit(?:ed|s)?|rewr(?:ote|ites)|amend(?:ed|s)?|ajout|correction|ergänz\w*|korrigiert)\s+(?:of\s+|de\s+la\s+|des\s+|du\s+|the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:action\s+items?|actions|chronolog\w*|write-?up|typos?|wording|post-?mortem|minutes)\b(?!\s+(?:service|api|app|job|worker|queue|server))/i

/** The classes that tell the service well: what a state held `until` a moment no longer says. */
const healthClasses = ['usual', 'healthy', 'recover', 'working'] as const

/** The words of a bare denial, its verb left out: `couldn't`, `could not`, `did not`, `won't`. */
const elidedNo = /^(?:could|can|would|will|did|does|do|was|were|is|n't|not|cannot|never)$/

/** What holds a service back on purpose: `kill-switch`, `block`, `rate limit`, `freeze`. */
const restrictions =
  /^(?:kill-?switch(?:es)?|killswitch(?:es)?|blocks?|blocklists?|blacklists?|bans?|throttles?|throttling|freezes?|holds?|suspensions?|restrictions?|embargo(?:es)?)$/

/** `duty manager`, `incident manager`, `shift lead`: a role on the team's side of an incident. */
function dutyRole(words: readonly Word[], index: number): boolean {
  return (
    /^(?:managers?|leads?|officers?|supervisors?|controllers?)$/.test(words[index]?.text ?? '') &&
    /^(?:duty|incident|shift|on-call|oncall|operations|ops|control)$/.test(
      words[index - 1]?.text ?? ''
    )
  )
}

/** People named by their role, who stay or go: `technician`, `supervisor`, `crew`. */
const roles =
  /^(?:technicians?|operators?|engineers?|staff|crew|supervisors?|managers?|leads?|analysts?|officers?|dispatchers?|contractors?|fitters?|electricians?|nurses?|clerks?|agents?)$/

/** A person: of the team, outside it, or named by a role (`the fitter`, `an engineer`). */
function person(word: Word): boolean {
  return is(word, 'team') || is(word, 'outsider') || roles.test(word.text)
}

/** A count of things: `several`, `14`, `dozens of`'s `dozens`. */
const counted = /^(?:\d[\d,]*|several|many|multiple|numerous|dozens|hundreds|some|few|more)$/

/** Words that put a deed at some later time: `eventually determined`, `later found`. */
const afterwards = new Set(['eventually', 'later', 'ultimately', 'subsequently', 'afterwards'])

/** What a deed named before `to` is to do: `Recovery to proceed`, `Rollback to follow`. */
const toProceed = /^(?:proceed|begin|start|follow|continue|commence|resume|run|happen|occur)$/

/** What a responder takes up, owns or works: `takes the ticket`, `owns the incident`, `works the page`. */
const workItem = /^(?:ticket|case|issue|problem|incident|page|outage|alert|call)s?$/

/** Words that say the harm grows: `still getting worse`, `worsening`. */
const worse = /\b(?:getting|got|gets|grew|grows|growing)\s+worse\b|\bworsening\b/i

/** What an alert going off says of detection. */
const alertNames = new Set(['alert', 'something fires'])

/** A sentence that opens saying none went off: `No alert: our alerts are on 5xx only`, `No page.` */
const noAlert = /(?:^|[.;!?]\s+)no\s+(?:alerts?|pages?|paging|alarms?)\b(?!\s+(?:fatigue|noise))/i

/** Words that say no one watched a screen: `nobody is watching it`, `no one was looking at the graphs`. */
const unwatched =
  /\b(?:nobody|no one|no-one)\s+(?:is|was|were)\s+(?:watching|looking\s+at|monitoring|checking)\b/i

/** Words that say no one read what was posted: `Nobody on staff saw these until later`. */
const unseen =
  /\b(?:nobody|no one|no-one|none of us|no\s+(?:maintainer|engineer|responder|admin|moderator|operator|staff|one\s+on\s+(?:staff|the\s+team)))\b(?:\s+[\w-]+){0,3}?\s+(?:saw|sees|noticed|notices|read|reads|spotted|spots|opened|opens)\b/i

/**
 * Words that say a thing was found after the fact: `(found in the logs afterwards)`, `we found this
 * later during the RCA`, `users told us later they saw it hang`.
 */
const retrospective =
  /\b(?:told|informed)\s+us\s+(?:only\s+)?(?:later|afterwards|the\s+next\s+day)\b|\b(?:found|seen|noticed|discovered|spotted|learned|learnt|only\s+knew)\b[^.;()]{0,40}?\b(?:afterwards|afterward|after\s+the\s+fact|in\s+hindsight|retrospectively|in\s+retrospect|(?:later\s+)?during\s+the\s+(?:rca|review|postmortem|post-mortem|investigation)|(?:much\s+|only\s+)?later)\b|\breconstructed\s+(?:from|afterwards|later|after)\b|\((?:only\s+)?later\s+(?:found|seen|spotted|noticed|discovered)\b|\bidentified\s+(?:only\s+)?(?:retrospectively|in\s+retrospect|in\s+hindsight|afterwards|after\s+the\s+fact)\b/i

/** Words that say what the entry tells happens routinely, or is harmless: `this alarm fires most nights`. */
const routine =
  /\b(?:occurs?|occurred|happens?|happened|fires?|fired|appears?|appeared|triggers?|triggered|(?:shows?|pops?|comes?)\s+up|flaps?)\b[^.;]{0,40}?\b(?:(?:several|a\s+few|many|multiple|a\s+couple\s+of|\d+)\s+times\s+(?:a|per|each|every)\s+(?:day|week|month|shift|night)|daily|weekly|nightly|every\s+(?:day|week|night|shift|few\s+(?:days|hours|weeks))|regularly|routinely|frequently|most\s+(?:days|nights|weeks))\b|\bwithout\s+(?:any\s+)?consequences?\b|\b(?:harmless|benign|routine)\s+(?:warnings?|alerts?|alarms?|messages?|errors?|events?)\b/i

/** Verbs of answering, after which a word is what was said (`reply "looking"`). */
const replyWords =
  /^(?:reply|replies|replied|answers?|answered|says|said|writes|wrote|posts|posted)$/

/** Words that tell of trouble coming back, after the trouble named. */
const relapseWords =
  /^(?:back|again|returns?|returned|recur(?:s|red)?|relapsed?|reappear(?:s|ed)?|resurface[sd]?)$/

/** The words after `first` name the harm before any word of telling or seeing it. */
function firstOfHarm(after: Word[]): boolean {
  for (const word of after) {
    // (`page` has no class of its own, as a web page is none; after `first` it is the on-call's.)
    if (tellingWords.some((name) => is(word, name)) || /^pages?$/.test(word.text)) return false
    if (is(word, 'failure') || /^[45]\d\ds$/.test(word.text)) return true
  }
  return false
}

/** `The first sign anything was wrong reached us at 5:14`: the first news of the trouble, known then. */
function firstNews(words: readonly Word[], first: number): boolean {
  return (
    /^(?:sign|signs|indication|hint|inkling|clue|word|news)$/.test(words[first + 1]?.text ?? '') &&
    words
      .slice(first + 2, first + 9)
      .some((other) => /^(?:reached|reaches|came|comes|arrived|arrives|got)$/.test(other.text))
  )
}

/** Words of telling, seeing or looking: `first` before them counts the first report or look, not the first harm. */
const tellingWords = [
  'report',
  'notify',
  'outsider',
  'signal',
  'watch',
  'aware',
  'receive',
  // (`Initial review suggests an issue`: the first look at it, not the first of it.)
  'investigate',
  'evidence',
  'show',
  'find',
  'learn'
] as const

/** Whether a clause tells of a status page or an announcement. */
function tellsStatus(clause: Clause): boolean {
  return clause.words.some((word) => is(word, 'status') || is(word, 'communicate'))
}

/** Clauses joined by a colon or a dash are read as one; a note stands alone. */
function segmentsOf(clauses: Clause[]): Segment[] {
  const segments: Segment[] = []
  let previous: Segment | undefined
  // A bracket that opens or closes the entry is the author's note; one inside a sentence explains a word (`(DDoS)`).
  const lastBracketStart = clauses.findLastIndex(
    (clause, index) => clause.bracketed && !clauses[index - 1]?.bracketed
  )
  // (Where the clauses stop being bracketed from the start, and where the brackets run to the end.)
  const firstUnbracketed = clauses.findIndex((clause) => !clause.bracketed)
  const lastUnbracketed = clauses.findLastIndex((clause) => !clause.bracketed)
  const atEdge = (index: number) =>
    firstUnbracketed === -1 ||
    index < firstUnbracketed ||
    (index >= lastBracketStart && index > lastUnbracketed)
  // Where the sentence of the clause read began: its first segment, and its first word.
  let sentenceStart = 0
  let sentenceFirst = ''
  /** Whether a clause read so far tells of a status page or an announcement. */
  let statusSeen = false
  for (const [index, clause] of clauses.entries()) {
    if (index === 0 || clause.joint === 'stop') {
      sentenceStart = segments.length
      sentenceFirst = clause.words[0]?.text ?? ''
    } else if (clause.joint === 'but' || clause.joint === 'semicolon') sentenceFirst = ''
    const together =
      previous !== undefined &&
      !clause.bracketed &&
      !previous.note &&
      (clause.joint === 'colon' ||
        clause.joint === 'dash' ||
        // `reports that Travis is upset and all PRs are failing`: what is reported runs on.
        (previous.complement && (clause.joint === 'and' || clause.joint === 'comma')) ||
        // `sends an e-mail, incorrectly reporting the site is down`: a participle goes on with its sentence.
        (clause.joint === 'comma' && startsWithParticiple(clause)) ||
        // `Automated warning from AWS, that the load balancer ...`: what the warning said.
        (clause.joint === 'comma' && clause.words[0]?.text === 'that') ||
        // `From that point on, every write failed`: the time from which what follows holds.
        (clause.joint === 'comma' && fromThen(clauses[index - 1] as Clause)))
    // `**Cause identified.**`: a short clause the author set whole in bold or italics.
    const emphasised = clause.emphasised === true && clause.words.length <= 8
    const segment: Segment =
      together && previous
        ? previous
        : {
            words: new Map(),
            joint: clause.joint,
            opening: clause.words[0]?.text ?? '',
            usual: habitual.has(sentenceFirst),
            // (`Checking the app servers`, `Catalina checks the status page`: a check in hand.)
            checking:
              checkVerb.test(clause.words[0]?.text ?? '') ||
              // (`Catalina checks ...`; not `Backlog checked and reconciled`, a check done.)
              (checkVerb.test(clause.words[1]?.text ?? '') &&
                !clause.words[1]?.text.endsWith('ed') &&
                !checkKinds.test(clause.words[0]?.text ?? '')),
            // A short note of the author's (`(problem started)`, `<END OF OUTAGE>`), not a reference
            // (`(report #2)`), nor the state of a status update it follows (`status page post
            // (Investigating)`: what the page said).
            emphasised,
            bracketed: clause.bracketed === true,
            // (`Status page incident opened: "Some payments fail" *(Investigating)*`: the same,
            // after what the page said, in brackets however it is set.)
            // (`We treat this as the start of impact.`: the author saying what the entry is, as a
            // note does.)
            note:
              designation(clause) ||
              (!(clause.bracketed && statusSeen) &&
                // (`loadsheets for VB 211 and VB 305 TX FAIL`: capitals joined to the clause before
                // by `and` are a code the sentence goes on with, no note of the author's.)
                ((clause.shouted && clause.joint !== 'and') ||
                  emphasised ||
                  (clause.bracketed &&
                    !clause.numbered &&
                    clause.bracketSize <= 4 &&
                    atEdge(index) &&
                    // (`("Webhook delivery delayed, investigating")`: words quoted, not the author's.)
                    !clause.words.every((word) => word.quoted) &&
                    // (`(late ack — see Detection)`: a pointer to a section, no note of what happened.)
                    !clause.words.some((word) => word.text === 'see') &&
                    // (`Backups fail again (same error)`, `(as above)`: the entry is one more of
                    // what was told before, no note of a milestone.)
                    !clause.words.some((word) =>
                      /^(?:same|again|above|repeat|repeated)$/.test(word.text)
                    ) &&
                    // (`(suspected network fault)`, `(possibly DNS)`: a guess beside the entry, no
                    // note of which milestone it is.)
                    !clause.words.some(
                      (word) =>
                        is(word, 'hedge') || /^(?:suspect|possibl|probabl|likel)/.test(word.stem)
                    ) &&
                    // (`booster off on level (normal)`, `p95 310 ms (ok)`: one word of how a reading
                    // stands, said of what it follows, not of the entry.)
                    !(
                      index > 0 &&
                      clause.words.length === 1 &&
                      readingState.test(clause.words[0]?.text ?? '')
                    )))),
            persists: false,
            partial: false,
            verbFirst: false,
            noFailure: false,
            causedBy: false,
            noRecurrence: false,
            planned: false,
            cannot: [],
            announcedClosed: [],
            passive: false,
            toTeam: false,
            toZero: false,
            backToLevel: false,
            brief: false,
            activityBegins: 0,
            teamTold: false,
            complement: false,
            tellsSomeone: false,
            underWay: false,
            takenUp: false,
            asked: false,
            observed: false,
            fromOutside: false,
            firstHarm: false,
            declaredOutcome: false,
            relapse: false,
            reopened: false,
            receives: false,
            problemFixed: false,
            causeNamed: false,
            tookDown: [],
            earlier: false,
            explained: [],
            shown: false,
            shownDeed: false
          }
    read(clause, segment)
    // (`HV01 is up and responding`: a host answering, healthy, no one taking the work.)
    const answering = segment.words.get('respond')
    if (
      answering &&
      clause.joint === 'and' &&
      /^respond(?:s|ing)?$/.test(clause.words[0]?.text ?? '') &&
      /^(?:up|online|running|reachable|pingable)$/.test(
        clauses[index - 1]?.words.at(-1)?.text ?? ''
      )
    ) {
      segment.words.delete('respond')
      segment.words.set('healthy', [...(segment.words.get('healthy') ?? []), ...answering])
    }
    // `night shift normal until 05:56`, `healthy until the deploy`: the health told held up to the
    // moment after `until`, which ended it, no recovery.
    const held = [
      clause.until && previous !== segment ? previous : undefined,
      clause.heldUntil ? segment : undefined
    ]
    for (const state of held) for (const name of healthClasses) state?.words.delete(name)
    // `PostgreSQL tried to create a new segment and couldn't`: what was tried could not be done,
    // the clause after `and` saying only so.
    const tried = previous?.words.get('attempt')
    if (
      tried &&
      previous !== segment &&
      (clause.joint === 'and' || clause.joint === 'but') &&
      clause.words.length > 0 &&
      clause.words.every((word) => elidedNo.test(word.text)) &&
      clause.words.some((word) => is(word, 'negation'))
    )
      segment.cannot.push(...tried)
    // (`Why did the deploy fail?`, `How was it missed?`: the analysis asks, as in the five whys.)
    if (clause.asked && !/^(?:why|how)$/.test(sentenceFirst)) {
      // The whole sentence the question mark ends: `wiki is giving me a 502, is it just me?`
      segment.asked = true
      for (const earlier of segments.slice(sentenceStart)) earlier.asked = true
    }
    if (!segment.actor && previous?.actor && carriesActor.has(clause.joint)) {
      segment.actor = previous.actor
      // (`Users in Leeds and York notice ...`: those who notice named in the clause before.)
      if (previous.actor === 'outsider' && has(segment, 'aware')) segment.noticedOutside = true
    }
    // `certificate has expired (first occurrence)`: the author's note that this is the harm's first.
    if (
      segment.note &&
      previous &&
      /^first\s+(?:occurrences?|instances?|seen|sighting|hit)$/.test(said(clause.words))
    )
      previous.firstHarm = true
    if (segment !== previous) segments.push(segment)
    previous = segment
    statusSeen ||= tellsStatus(clause)
  }
  for (const [index, segment] of segments.entries()) {
    const before = segments[index - 1]
    // `Suspecting leftover files, an engineer clears ...`: a participle before its sentence, no headline.
    // (`looking into it, at a laptop in 10 min`: what follows the comma only says where or when.)
    const next = segments[index + 1]
    // (`looking, I'm on call`: a reply of a word, then the one who speaks goes on about
    // themselves; the work is taken.)
    const reply =
      index === 0 &&
      [...segment.words.values()].flat().length <= 2 &&
      /^(?:i|i'm|im|we|we're)$/.test(next?.opening ?? '')
    if (segment.takenUp && next?.joint === 'comma' && !circumstance.has(next.opening) && !reply)
      segment.takenUp = false
    // (`IC decision: use the kill switch to disable claims (stops the bad query)`: what the plan is
    // for, in brackets, is planned too.)
    if (before?.planned && (segment.joint === 'and' || segment.bracketed)) segment.planned = true
    // `Alert ... fires and pages the on-call`: the alert that fired pages, no one responding.
    const paging = segment.words.get('respond')
    if (
      before &&
      segment.joint === 'and' &&
      paging?.every((word) => /^pag/.test(word.text)) &&
      // (`Our monitoring caught a rise in errors and paged our on-call`: the monitor pages too.)
      (has(before, 'signal') ||
        has(before, 'fire') ||
        (before.words.get('watch') ?? []).some((word) =>
          /^(?:monitor(?:ing|s)?|alerting)$/.test(word.text)
        ))
    )
      segment.words.delete('respond')
    // (`agree to work trains by hand, once the points are secured in normal`: what the plan waits on.)
    if (before?.planned && segment.joint === 'comma' && conditionOpening.test(segment.opening))
      segment.planned = true
    // `Mac hosts were spared, and so were hosts that stayed offline`: the sentence goes on about who was spared.
    const spared = before?.words.get('spared')
    if (spared && (segment.joint === 'and' || segment.joint === 'comma'))
      segment.words.set('spared', spared)
    // `Attempted to fail over, but the promotion failed`: the attempt failed, and the trouble goes on.
    if (before?.planned && segment.joint === 'but' && has(segment, 'failure')) {
      drop(segment, 'failure')
      segment.persists = true
    }
    cancel(segment)
  }
  return segments
}

const carriesActor = new Set<Joint>(['and', 'comma', 'colon', 'dash'])

/** Verbs whose `that` opens what was told, seen or found. */
const complementVerbs: readonly WordClass[] = [
  'report',
  'notify',
  'aware',
  'find',
  'learn',
  'show',
  'verify',
  'signal',
  'watch'
]

/** A clause that goes on with a participle (`, reporting ...`), an adverb aside. */
function startsWithParticiple(clause: Clause): boolean {
  const first = clause.words.find((word) => !word.text.endsWith('ly'))
  return first !== undefined && first.text.length > 4 && first.text.endsWith('ing')
}

/** Auxiliaries whose negation (`did not`, `wasn't`) denies the words before them. */
const auxiliaries = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'can',
  'could',
  'would',
  'will',
  'should',
  'be',
  'been'
])

/** Words after `over` that leave it the end (`declared over at 18:18`), not a preposition (`over the weekend`). */
const afterOver = new Set(['at', 'by', 'on', 'and', 'or', 'as', 'since', 'after', 'now'])

/** Words after a telling word that show it is a noun: nobody follows to be told. */
/** What a call is made to do when it tells (`rang to say`, `called to report`, `emailed to ask`). */
const calledToTell = /^(?:say|tell|report|ask|let|complain|warn|flag|confirm)$/

const notTold = new Set([
  'to',
  'for',
  'from',
  'of',
  'per',
  'in',
  'on',
  'at',
  'with',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'fail',
  'failed',
  'start',
  'started'
])

/** Verbs that say how long something took: `recovery took 97 minutes`. */
const lastingVerbs = new Set([
  'took',
  'takes',
  'take',
  'taken',
  'lasted',
  'lasts',
  'needed',
  'required'
])

/** What a theory's label says (`First theory:`, `Hypothesis 2:`). */
/** Words that say what follows was mistakenly held: `wrongly concluded`, `prematurely marked`. */
const mistakenWords = /^(?:wrongly|mistakenly|incorrectly|falsely|erroneously|prematurely)$/

/** A verb of checking in hand (not `check` alone, which may bid it). */
const checkVerb = /^(?:check(?:s|ed|ing)|inspect(?:s|ed|ing)|examin(?:es|ed|ing)|look(?:s|ed|ing))$/

/** Kinds of check, before `checks` as a noun: `Health checks fail`. */
const checkKinds =
  /^(?:health|status|smoke|synthetic|liveness|readiness|sanity|canary|dns|http|https|tcp|spot|security|background|nightly|automated)$/

/** `We treat this as ...`, `I count that as ...`: the author naming what an entry is. */
function designation(clause: Clause): boolean {
  const [who, verb, what, as] = clause.words.map((word) => word.text)
  return (
    (who === 'we' || who === 'i') &&
    /^(?:treat|count|take|consider|regard|mark|use)$/.test(verb ?? '') &&
    /^(?:this|that|it)$/.test(what ?? '') &&
    as === 'as'
  )
}

const theoryWords = /^(?:theory|theories|hypothesis|hypotheses|suspicion|hunch|guess)$/

/**
 * The longest entry weighed whole, in characters. The longest a person wrote in the reports read so
 * far is about 1,700; an entry of 100 KB is a pasted log, whose milestone (if any) its opening
 * words tell. Weighing only the opening keeps the cost of an entry bounded whatever is pasted.
 */
export const weighedLength = 5000

/** The part of an entry that is weighed: all of it, or its opening up to a word's end. */
function weighedPart(text: string): string {
  if (text.length <= weighedLength) return text
  const cut = text.lastIndexOf(' ', weighedLength)
  return text.slice(0, cut > 0 ? cut : weighedLength)
}

/** The work a service or a plant does, whose stopping is the harm: `line`, `production`, `payments`. */
/**
 * Whether the word at `index` tells the work the service does stopping, which is the harm, as
 * `stopped working` is (`errors stopped` is its end): `Line 3 stopped`, `Production stopped`,
 * `Payments halted`, `Deliveries essentially stopped` (an adverb between).
 */
export function workStops(words: readonly Word[], index: number): boolean {
  const word = words[index]
  if (!word || !/^(?:stop|stops|stopped|halt|halts|halted)$/.test(word.text)) return false
  const before = words[index - 1]
  const doerAt = before && /^\w{3,}ly$/.test(before.text) ? index - 2 : index - 1
  const doer = words[doerAt]
  const after = words[index + 1]
  // (`Displays stopped showing live times`, `the printers stopped printing`: a thing's work, its
  // gerund after the stop.)
  // (Not the trouble's: `Errors stopped showing in the logs` is the harm ending.)
  if (
    after?.text.endsWith('ing') &&
    (is(after, 'serve') || shownWork.test(after.text)) &&
    !(doer !== undefined && troubleOrSignal.some((name) => is(doer, name)))
  )
    return true
  return (
    doer !== undefined &&
    // (`Line 2 stopped`, `line L3 stopped`: the noun before its number.)
    (workNouns.test(doer.text) ||
      (/\d/.test(doer.text) && workNouns.test(words[doerAt - 1]?.text ?? ''))) &&
    !(after !== undefined && (is(after, 'failure') || is(after, 'outage')))
  )
}

/** What ends when it stops showing: the trouble, or a signal of it (`Warnings stopped showing`). */
const troubleOrSignal: readonly WordClass[] = ['failure', 'outage', 'signal', 'watch']

/** The work of a display or a printer: `showing`, `printing`, `updating`, `refreshing`. */
const shownWork =
  /^(?:showing|displaying|printing|updating|refreshing|populating|rendering|scanning|syncing|loading)$/

const workNouns =
  /^(?:line|lines|production|plant|conveyor|press|assembly|packing|picking|payments|orders|transactions|traffic|deliveries|shipments|trains|flights|boarding|dispatch|checkout|sales|logins|uploads|builds|deploys|printing|scanning|processing|settlement|clearing|trading|withdrawals|deposits|transfers)$/

/** Verbs of supposing where a fault is: `DB thinks repeater radio`, `Ana suspects the PSU`. */
const supposeVerbs =
  /^(?:thinks?|thought|suspects?|suspected|guess(?:es)?|guessed|reckons?|reckoned)$/

/** Verbs of judging how things stand: `the team concluded the gateway was healthy`, a view held. */
const judgeVerbs =
  /^(?:conclud(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|assum(?:e|es|ed|ing)|deem(?:s|ed)?|thinks?|thought)$/

/** Classes of an outcome: a supposition told with one is about the recovery, not a suspect. */
const outcomeClasses: readonly WordClass[] = [
  'recover',
  'close',
  'fix',
  'healthy',
  'usual',
  'end',
  'working'
]

/** Negations that deny the words before them (`root cause unknown`). */
const after = new Set(['unknown', 'unclear'])

/** Words that qualify a noun after `no` (`no new errors`, `no further 5xx`). */
const nounQualifiers = new Set(['new', 'other', 'more', 'further', 'additional', 'fresh'])

/** A test run once more: `load tested again`, `we ran it again`, `checked again`. */
const testedAgain =
  /\b(?:tested|test|tests|retested|tried|ran|re-?ran|run|runs|checked|verified|repeated)\s+(?:\w+\s+)?again\b/i

/** What `correct` as a verb puts right: `correct the DNS entry`, `correct it`. */
const correctObject = /^(?:the|a|an|our|their|its|this|that|these|those|it|them|all|each|any)$/
/**
 * Verbs that say how something was found (`returned correct`, `looked correct`), as `is` does; and
 * `and`, joining `correct` to another finding (`different and correct`).
 */
const linkingVerb =
  /^(?:and|returns?|returned|looks?|looked|seems?|seemed|appears?|appeared|shows?|showed|stays?|stayed|remains?|remained|gives?|gave)$/
/** Who or what makes `correct` a verb before it: `we correct`, `to correct`, `will correct`. */
const correctSubject = /^(?:we|they|i|you|he|she|to|will|would|must|should|can|could|please|then)$/

/** Who speaks a chat line: `maria.k: anyone seeing 502s?`, `<kbrennan> ack, looking` (IRC). */
export function speakerOf(text: string): string | undefined {
  const message = chatSpeaker.exec(text)
  return message?.[1] ?? message?.[2]
}

const chatSpeaker = /^(?:<[@+]?([^>\s]{1,24})>|([\p{L}\d][\p{L}\d._@-]{0,23}):)\s/u

/** A chat sender that is a bot or a monitoring tool: `nagbot`, `alert-bot`, `datadog`, `Grafana`. */
const botName =
  /bot$|datadog|grafana|prometheus|alertmanager|sentry|pagerduty|opsgenie|nagios|icinga|zabbix|pingdom|uptimerobot|cloudwatch|newrelic/i

/** What `normal` says is usual when it comes before it: a process, a time, a load. */
const usualNouns = new Set([
  'review',
  'process',
  'procedure',
  'procedures',
  'practice',
  'course',
  'schedule',
  'hours',
  'business',
  'load',
  'workload',
  'maintenance',
  'change',
  'deploy',
  'deployment',
  'rollout',
  'release',
  'config',
  'configuration',
  'evening',
  'morning',
  'night',
  'day',
  'week',
  'weekend',
  'weeknight',
  'weekday',
  'season',
  'cadence',
  'cycle',
  'shift',
  'working',
  // (`14 reserve crews available (normal complement)`: the usual number of staff on hand.)
  'complement',
  'staffing',
  'roster',
  'headcount'
])

/** What fires without alerting: a charge, a gun, a flame. */
const literalFire =
  /^(?:blast|blasts|shot|shots|charge|charges|explosives?|gun|guns|cannon|rocket|engine|engines|burner|burners|kiln|furnace|boiler)$/

/** Words before `detection` that make it someone's or something's noticing: `first detection`. */
const detectionBefore =
  /^(?:the|a|an|our|its|their|his|her|my|your|of|on|upon|after|before|at|and|or|first|initial|early|earliest|late|later|delayed|slow|fast|automated|automatic|manual|human|customer|user|time|until|for|to|by|no|with|without)$/

/** Words of a job reported done well: `successful`, `complete`, `passed`. */
const goodNewsWords = /^(?:successful|successfully|succeeded|succeeds|complete|completed|passed)$/

/** The `count` words after `index`, as said: `in progress`, `then on`. */
function nextWords(words: readonly Word[], index: number, count: number): string {
  return said(words.slice(index + 1, index + 1 + count))
}

/** A word that names harm done: a failure, an outage, `damage`, `the bleeding`. */
function harmNoun(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    (is(word, 'failure') ||
      is(word, 'outage') ||
      /^(?:damage|harm|bleeding|losses|loss)$/.test(word.text))
  )
}

/** What measures against the usual before `normal`: `~14x normal`, `twice normal`, `above normal`. */
const againstUsual = /^(?:\d+(?:\.\d+)?x|times|twice|thrice|above|below|than|over|under)$/

/** What a team puts right when it corrects something: a setting, a file, a value. */
const settingNouns = new Set([
  'setting',
  'settings',
  'config',
  'configuration',
  'file',
  'files',
  'value',
  'values',
  'password',
  'parameter',
  'parameters',
  'entry',
  'entries',
  'record',
  'records',
  'data'
])

/** Nouns a field's key ends on when it names a property: `Severity level`, `Outage type`. */
const propertyNouns =
  /^(?:level|levels|status|severity|priority|type|category|class|classification|owner|id|number|name|version|code|tier|rating|grade)$/

/** Words for the trouble at large, not for what went wrong in it: `issue`, `degradation`. */
const troubleAtLarge =
  /^(?:issues?|problems?|incidents?|degradation|disruption|slowness|symptoms?|trouble|behaviou?r|reports?)$/

/** Work the team goes on with after the trouble: `outreach`, `cleanup`, `backfill`. */
const followUpWork =
  /^(?:outreach|cleanup|clean-up|backfill|backfilling|reconciliation|follow-ups?|followups?|work|effort|efforts)$/

/** A clause of what something waits on: `once ...`, `when ...`, `if ...`, `until ...`. */
const conditionOpening = /^(?:once|when|whenever|if|unless|until|till|after)$/

/** One word of how a reading stands: the `(normal)` of `booster off on level (normal)`. */
const readingState = /^(?:normal|ok|okay|fine|good|green|nominal|healthy|expected|usual|stable)$/

/**
 * Whether a word denied tells of what reaches the users, as a service's work does: `showing in`
 * the chart, `going through` the terminal, printing, displaying (`results not showing in Epic`,
 * `cards not going through`, `labels not printing`); not the evidence a log shows. (Not in the
 * lexicon's `serve`: `asked to watch HU printing` is no service at work.)
 */
function reachesUsers(words: readonly Word[], index: number): boolean {
  const text = words[index]?.text ?? ''
  const after = words[index + 1]?.text ?? ''
  return (
    (/^(?:show|shows|showing|shown)$/.test(text) && /^(?:in|on|up)$/.test(after)) ||
    (/^(?:go|goes|going|went|gone|come|comes|coming|came)$/.test(text) && after === 'through') ||
    /^(?:print|prints|printing|printed|display|displays|displaying|populate|populates|populating|populated|transmit|transmits|transmitting|transmitted)$/.test(
      text
    )
  )
}

/**
 * Whether the word follows an issue, a bug or a ticket by its number, as a tracker names it
 * (`Issue #433 opened`, `ticket 5120 closed`), or a number alone opening the clause (`#412
 * opened by @user`, `#412 closed`).
 */
function numberedIssue(words: Word[], index: number): boolean {
  return (
    /^\d+$/.test(words[index - 1]?.text ?? '') &&
    (index === 1 || /^(?:issue|bug|ticket|case)$/.test(words[index - 2]?.text ?? ''))
  )
}

/** What a monitor sends someone: `a text message`, `an SMS`, `an e-mail`, `a push notification`. */
const sentNotice =
  /^(?:messages?|sms|texts?|e-?mails?|mails?|notifications?|pages?|alerts?|alarms?|pushes)$/

/** Words between a trouble and its count: the `rate` of `crash rate 0`, the `at` of `errors at 0`. */
const countedTrouble = new Set(['rate', 'rates', 'count', 'counts', 'at', 'now'])

/** The parts of a machine that engage: `pins`, `brake`, `clutch`, `interlock`. */
const machineParts =
  /^(?:pins?|brakes?|clutch(?:es)?|locks?|interlocks?|latch(?:es)?|gears?|breakers?|relays?|dampers?|valves?|bolts?|catch(?:es)?|pawls?|actuators?)$/

/** Add a clause's words to a segment, without those a negation denies. */
function read(clause: Clause, segment: Segment): void {
  const words = clause.words.filter((word) => !word.absorbed)
  // (`takes incident command`: the phrase's second word, absorbed, still says whose command.)
  for (const [index, word] of clause.words.entries()) {
    // (Not a place: `pages the on-call through the Command Centre`.)
    if (
      word.text === 'command' &&
      !/^(?:centre|center|room|post|line|centres|centers)$/.test(
        clause.words[index + 1]?.text ?? ''
      )
    )
      segment.command = true
    // `I'm IC`, `Marta is IC`: the incident's commander named.
    if (word.text === 'ic' && /^(?:m|'m|am|is|was)$/.test(clause.words[index - 1]?.text ?? ''))
      segment.commanderNamed = true
    // (`I wake up to 212 Sentry emails`: woken by the alerts, as good as seeing them.)
    if (
      word.base === 'wake' &&
      clause.words
        .slice(index + 1, index + 3)
        .some(
          (other, at) =>
            other.text === 'to' &&
            clause.words
              .slice(index + 2 + at, index + 6 + at)
              .some((alert) => is(alert, 'signal') || is(alert, 'watch'))
        )
    )
      segment.alertSeen = true
    if (
      /^(?:see|read)$/.test(word.stem) &&
      !/ing$/.test(word.text) &&
      // (`saw the Telegram notification`: the alert's message, seen.)
      clause.words
        .slice(index + 1, index + 5)
        .some((other) => is(other, 'signal') || /^notifications?$/.test(other.text)) &&
      !clause.words
        .slice(0, index)
        .some((other) => is(other, 'negation') || /^(?:nobody|noone|never)$/.test(other.text))
    )
      segment.alertSeen = true
    // (`our monitoring sent Markus a text message`, `the monitor texted Jonas`: the watch messaging
    // someone; not `sent no message`, nor a notice named, `Monitoring warning email`.)
    if (
      is(word, 'watch') &&
      !clause.words.some(
        (other) => is(other, 'negation') || /^(?:nobody|noone|never)$/.test(other.text)
      ) &&
      clause.words
        .slice(index + 1, index + 3)
        .some(
          (verb, at) =>
            (is(verb, 'notify') && /(?:ed|s)$/.test(verb.text)) ||
            (/^(?:sent|sends|send)$/.test(verb.text) &&
              clause.words
                .slice(index + 2 + at, index + 7 + at)
                .some((what) => sentNotice.test(what.text)))
        )
    )
      segment.monitorSent = word
    // (`DB thinks repeater radio or site power`: someone supposing where the fault is.)
    if (index < 3 && supposeVerbs.test(word.text)) segment.supposing = true
    // (`Initial suspicion was a slow downstream dependency`: a theory stated, what it names
    // supposed, not seen.)
    if (
      index < 3 &&
      theoryWords.test(word.text) &&
      /^(?:is|was|were|are)$/.test(clause.words[index + 1]?.text ?? '')
    )
      segment.theorised = true
    // (`Timing correlation raised as possible cause`, `a likely cause`: a cause supposed; one
    // found, `Sean finds a possible cause`, is still found.)
    if (
      /^(?:cause|causes|culprit)$/.test(word.text) &&
      /^(?:possible|potential|likely|probable|suspected|candidate)$/.test(
        clause.words[index - 1]?.text ?? ''
      ) &&
      !clause.words
        .slice(0, index)
        .some((other) => /^(?:find|found|finds|finding|identif|discover|spot)/.test(other.text))
    )
      segment.theorised = true
    // (`@kwame reports it in #infra`: what is reported is the trouble the report is about.)
    if (
      is(word, 'report') &&
      /^(?:reports|reported|flags|flagged|raises|raised|mentions|mentioned)$/.test(word.text) &&
      /^(?:it|this)$/.test(clause.words[index + 1]?.text ?? '')
    )
      segment.reportedIt = true
    // (`any of us knew something was off`, `realised something was wrong`.)
    if (
      /^(?:knew|realised|realized|sensed|suspected)$/.test(word.text) &&
      /^(?:something|anything)$/.test(clause.words[index + 1]?.text ?? '') &&
      /^(?:was|is|had|were)$/.test(clause.words[index + 2]?.text ?? '') &&
      /^(?:off|wrong|amiss|broken|up)$/.test(clause.words[index + 3]?.text ?? '')
    )
      segment.knewWrong = true
    if (judgeVerbs.test(word.text)) segment.judged = true
    // (`95% of the network working normally`, `orders flowing normally`: a service's work as before.)
    const before = clause.words[index - 1]
    if (word.text === 'normally' && before && (is(before, 'serve') || is(before, 'working')))
      segment.asBefore = true
  }
  // `According to the vendor's analysis, ...`: where the account comes from, not what happened.
  if (words[0]?.text === 'according' && words[1]?.text === 'to') return
  // `(see Detection)`, `(see the timeline below)`: a pointer to another part of the report.
  if (clause.bracketed && words[0]?.text === 'see') return
  if (
    laterOne.test(words[0]?.text ?? '') ||
    (/^(?:a|the)$/.test(words[0]?.text ?? '') && laterOne.test(words[1]?.text ?? ''))
  )
    segment.later = true
  // `recovery took a further 97 minutes`, `the restore lasted about an hour`: how long, not done now.
  if (
    words.some(
      (word, index) =>
        lastingVerbs.has(word.text) &&
        words.slice(index + 1, index + 5).some((other) => unitOfTime.test(other.text))
    )
  )
    segment.lasting = true
  // `The ordering bug is found: it deletes before it swaps`: after a finding's colon, what was found.
  const found =
    clause.joint === 'colon' &&
    (has(segment, 'find') || has(segment, 'cause') || segment.causeNamed)
  const denied = new Set<number>()
  // `not the cause`, `not the culprit`, `no link with checkout`: a suspect cleared (weighed in `weighEntry`).
  const clearing = words.findIndex(
    (word, index) =>
      is(word, 'negation') &&
      words
        .slice(index + 1, index + 4)
        .some((other) => is(other, 'cause') || /^(?:link|links|linked)$/.test(other.text))
  )
  if (clearing !== -1) segment.words.set('ruledOut', [words[clearing] as Word])
  // `not related to this incident`, `had no connection to what followed`: outside it. So is a
  // clause that says no more than that (`Not related.`, `(not connected)`): related to the incident;
  // not what a screen shows, `Server not connected.`
  const apart = words.findIndex(
    (word, index) =>
      (is(word, 'negation') &&
        (words
          .slice(index + 1, index + 3)
          .some(
            (other, at) =>
              /^(?:related|connected|connection)$/.test(other.text) &&
              /^(?:to|with)$/.test(words[index + 2 + at]?.text ?? '')
          ) ||
          (index === 0 &&
            words.length === 2 &&
            /^(?:related|connected)$/.test(words[1]?.text ?? '')))) ||
      // (`Alert without connection: a certificate expiring`, French `Alerte sans rapport`.)
      (word.text === 'without' &&
        /^(?:alerts?|alarms?|warnings?|events?|notices?|changes?|issues?|tickets?|incidents?)$/.test(
          words[index - 1]?.text ?? ''
        ) &&
        /^(?:connection|relation|link|bearing|rapport)$/.test(words[index + 1]?.text ?? '') &&
        /^(?:to|with|avec)?$/.test(words[index + 2]?.text ?? ''))
  )
  if (apart !== -1) segment.words.set('unrelated', [words[apart] as Word])
  // `the 13:40 fan alarm is a separate issue`, `a different incident (INC-42)`: another incident.
  const separate = words.findIndex(
    (word, index) =>
      /^(?:separate|different|unrelated|distinct)$/.test(word.text) &&
      /^(?:issue|incident|problem|event|matter|ticket)$/.test(words[index + 1]?.text ?? '') &&
      /^(?:a|an|is|was|another)$/.test(words[index - 1]?.text ?? '') &&
      // (`nobody was watching, which is a separate problem`: the fact told before, not the entry;
      // its clause opens on its verb.)
      !/^(?:is|was|which)$/.test(words[0]?.text ?? '')
  )
  if (separate !== -1) segment.words.set('unrelated', [words[separate] as Word])
  // `has nothing to do with the outage`, German's `hat mit der Störung nichts zu tun`, Swedish's
  // `har inget med incidenten att göra`: outside it.
  const nothingToDo = words.findIndex(
    (word, index) =>
      word.text === 'nothing' &&
      ((words[index + 1]?.text === 'to' &&
        words[index + 2]?.text === 'do' &&
        (words[index + 3]?.text === 'with' ||
          words.slice(Math.max(0, index - 5), index).some((other) => other.text === 'with'))) ||
        (words[index + 1]?.text === 'with' &&
          words
            .slice(index + 2, index + 8)
            .some((other, at) => other.text === 'to' && words[index + 3 + at]?.text === 'do')))
  )
  if (nothingToDo !== -1) segment.words.set('unrelated', [words[nothingToDo] as Word])
  for (const [index, word] of words.entries()) {
    if (!is(word, 'negation')) continue
    if (word.text === 'yet' && words[index + 1]?.text !== 'to') continue
    if (after.has(word.text)) {
      for (let at = Math.max(0, index - 3); at < index; at++) denied.add(at)
      continue
    }
    // `no` and `none` deny the noun after them (`no ingress traffic detected`), the others a verb phrase;
    // a denied subject denies its predicate too (`no other customers were affected`, `no data was lost`).
    const subject = word.text === 'no' || word.text === 'none'
    const verb = subject
      ? words
          // (`None of the student laptops on the library carts will connect`: `none of` names a
          // group, which may take more words before its verb.)
          .slice(index + 1, index + (words[index + 1]?.text === 'of' ? 11 : 5))
          .findIndex(
            (other) =>
              beForms.has(other.text) ||
              haveForms.has(other.text) ||
              modals.has(other.text) ||
              other.text === 'can' ||
              other.text === 'could'
          )
      : -1
    // (`no new 3.17 crash cluster`, `no eligible data breach`: a noun after qualifiers, numbers and
    // words of no class is still the one denied.)
    let qualifiers = 0
    for (const other of words.slice(index + 1, index + 3)) {
      if (
        !/^\d/.test(other.text) &&
        !nounQualifiers.has(other.text) &&
        // (`no notifiable breach`: an adjective made of a verb qualifies still.)
        !/[ai]ble$/.test(other.text) &&
        (other.classes.length > 0 || other.text === 'or' || other.text === 'and')
      )
        break
      qualifiers++
    }
    const reach = !subject
      ? 4
      : verb === -1
        ? 2 + qualifiers
        : verb + 1 + (/^(?:been|be)$/.test(words[index + 2 + verb]?.text ?? '') ? 2 : 1)
    for (let at = index + 1; at <= Math.min(words.length - 1, index + reach); at++) denied.add(at)
    // `Alerts did not fire`: the auxiliary's subject is denied too; not a subject that is said not
    // to be enough or to be a thing (`the pool of connections is not enough`, `was not the cause`).
    const copula =
      beForms.has(words[index - 1]?.text ?? '') &&
      /^(?:enough|sufficient|adequate|big|large|high|fast|the|a|an)$/.test(
        words[index + 1]?.text ?? ''
      )
    if (auxiliaries.has(words[index - 1]?.text ?? '') && !copula) {
      for (let at = Math.max(0, index - 4); at < index - 1; at++) denied.add(at)
    }
  }
  // `failed to restore service`, `the points fail to detect`: what failed to happen did not, as
  // after `unable to`.
  // (The failure is the verb's own: `fails to come back` tells it begin, not a remedy that did not
  // hold.)
  // (Read on all the clause's words: `to` may be a phrase's, absorbed, as in `points to`.)
  const failedOnly = new Set<number>()
  /** The place among the words read (the absorbed left out) of the next word read. */
  let kept = 0
  for (const [index, word] of clause.words.entries()) {
    if (!word.absorbed) kept++
    if (!failedTo(clause.words, index)) continue
    const from = kept + (clause.words[index + 1]?.absorbed ? 0 : 1)
    // The verb and the word after it (`restore service`, `come up healthy`), up to an article:
    // (`failed to start the next event`: a failure beginning, as it was read before.)
    for (let at = from; at <= Math.min(words.length - 1, from + 1); at++) {
      if (determiners.has(words[at]?.text ?? '')) break
      if (is(words[at] as Word, 'begin')) continue
      if (!denied.has(at)) failedOnly.add(at)
      denied.add(at)
    }
  }
  // `nothing could be saved`, `nobody can log in`: what no one could do is the service failing.
  for (const [index, word] of words.entries()) {
    const next = words[index + 1]
    if (
      !/^(?:nothing|nobody|noone)$/.test(word.text) ||
      !next ||
      !/^(?:could|can)$/.test(next.text)
    )
      continue
    const deed = words.slice(index + 2, index + 5).find((other) => !beForms.has(other.text))
    if (deed) segment.cannot.push(deed)
    // (`nobody could create or join a lobby`: what no one could do is no one's deed, nor a response.)
    for (let at = index + 2; at < Math.min(words.length, index + 6); at++) denied.add(at)
  }
  const first = words.find((word) => !stopWords.has(word.text))
  if (segment.words.size === 0 && first && isVerbLike(first)) segment.verbFirst = true
  const actor = actorIn(words)
  if (actor && !segment.actor) segment.actor = actor
  const verb = words.find((word) => predicates.some((name) => is(word, name)))
  if (verb && is(verb, 'receive') && segment.words.size === 0) segment.receives = true
  /** Each word's place among all the clause's words, found when first asked. */
  let rawPlaces: Map<Word, number> | undefined
  // (`the interlocking itself is working normally`: the part that was spared, not a recovery.)
  const spared = words.some(
    (word, index) =>
      /^(?:itself|themselves)$/.test(word.text) &&
      words.slice(index + 1, index + 5).some((other) => beForms.has(other.text)) &&
      !words.some((other) => is(other, 'again') || other.text === 'back')
  )
  // (`the team wrongly concluded CRLB was healthy`: what was mistakenly held, not so; the words up
  // to six after it.)
  const mistaken = words.findIndex((word) => mistakenWords.test(word.text))
  for (const [index, word] of words.entries()) {
    if (denied.has(index)) {
      // `not resolved yet`: not yet closed, which says nothing of whether the service works.
      if (is(word, 'close')) continue
      const serves = is(word, 'serve') || reachesUsers(words, index)
      if (is(word, 'failure')) segment.noFailure = true
      // `no other crate was affected`: `other` qualifies what is denied, and still says `no more`.
      if (is(word, 'further'))
        segment.words.set('further', [...(segment.words.get('further') ?? []), word])
      // `unable to scale up`, `could not connect`: the service failing to do its work.
      // (`the pods won't start`: a service that does not start fails too.)
      if (serves || is(word, 'act') || is(word, 'ship') || is(word, 'begin'))
        segment.cannot.push(word)
      if (is(word, 'persist')) {
        segment.noFailure = true
        segment.noRecurrence = true
      }
      // `did not help`, `no improvement`, `No success`, `to no avail`, `No change.`: what came before
      // did not hold.
      if (
        !failedOnly.has(index) &&
        (is(word, 'recover') ||
          serves ||
          is(word, 'help') ||
          /^(?:success|effect|avail|luck|difference)$/.test(word.text) ||
          // (`Switched to the spare converter. No change.`, `no change in the error rate`.)
          (/^changes?$/.test(word.text) &&
            /^(?:|in|to|observed|seen)$/.test(words[index + 1]?.text ?? '')))
      )
        segment.persists = true
      // (`students could not log in`: the harm itself, which may be its onset.)
      // (Not in a reason given: `no use because the players can't reach the menu`.)
      // (A verb denied, `could not log in`, `unable to connect`; not a noun, `no use`.)
      // (`nobody could connect`, `none of the laptops will connect`: what no one could do.)
      const verbDenied =
        /^(?:not|n't|cannot|never)$/.test(words[index - 1]?.text ?? '') ||
        (/^(?:could|can|will|would)$/.test(words[index - 1]?.text ?? '') &&
          words
            .slice(Math.max(0, index - 11), index - 1)
            .some((other) => /^(?:nobody|noone|nothing|none|no)$/.test(other.text))) ||
        (words[index - 1]?.text === 'to' && words[index - 2]?.text === 'unable') ||
        (failedTo(words, index - 2) && failedOnly.has(index))
      if (serves && !is(word, 'recover') && !is(word, 'help') && !clause.reason && verbDenied) {
        segment.deniedService = true
        // (`could not`, `can't`, `unable to`: what they were kept from; `didn't use it`: a choice.)
        if (
          /^(?:could|can|cannot)$/.test(words[index - 2]?.text ?? '') ||
          /^(?:could|can|cannot)$/.test(words[index - 1]?.text ?? '') ||
          words[index - 2]?.text === 'unable'
        )
          segment.shutOut = true
      }
      continue
    }
    let classes: WordClass[] = [...word.classes]
    if (spared) classes = classes.filter((name) => !sparedClasses.has(name))
    const after = words[index + 1]
    // (`Line 3 was scanning again`, `labels printing again`: the work a thing does, going on again;
    // a word of no class of its own, so that `crashing again` stays the trouble back.)
    if (
      classes.length === 0 &&
      word.text.length > 5 &&
      word.text.endsWith('ing') &&
      after?.text === 'again' &&
      !words.slice(0, index).some((other) => is(other, 'negation'))
    )
      classes = ['serve']
    // `214 points failed to detect`, `the points`: railway points, or a score; `point to` and
    // `point at` are the verb.
    if (word.stem === 'point') {
      rawPlaces ??= new Map(clause.words.map((raw, at) => [raw, at]))
      const next = clause.words[(rawPlaces.get(word) ?? -2) + 1]
      if (!/^(?:to|at|toward|towards|out)$/.test(next?.text ?? '')) classes = []
    }
    // (`The safety officer reviewed all event reports filed that morning`: reports gone over as
    // papers afterwards, no one telling of trouble.)
    if (
      classes.includes('report') &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) =>
          /^(?:reviewed|reviews|reviewing|audited|audits|auditing|analysed|analyzed|compiled|summarised|summarized|tallied)$/.test(
            other.text
          )
        )
    )
      classes = classes.filter((name) => name !== 'report')
    // (`checked and found no plugin updates`, `finds nothing wrong`: a search that came up empty,
    // no cause found.)
    if (
      classes.includes('find') &&
      /^(?:no|nothing|none|neither|nobody|zero)$/.test(after?.text ?? '')
    )
      classes = ['investigate']
    // `won't start`, `will not sync`: a refusal now, no plan.
    if (modals.has(word.text) && after !== undefined && is(after, 'negation'))
      classes = classes.filter((name) => name !== 'plan')
    // (`Corrected to 14h11`, `corrected it to 09:40 in v2`: a figure of the document set right, no
    // fix of the service.)
    if (
      /^(?:corrected|amended)$/.test(word.text) &&
      after?.text === 'to' &&
      (/^\d{1,2}[:h.]\d{2}$/.test(words[index + 2]?.text ?? '') ||
        (/^\d{1,2}$/.test(words[index + 2]?.text ?? '') &&
          /^\d{2}$/.test(words[index + 3]?.text ?? '')))
    )
      classes = []
    // (`~190 sessions in Lock wait, all blocked by one PID`, `writes blocked behind the migration`:
    // work stuck, not something the team blocked.)
    if (
      /^(?:blocked|stuck)$/.test(word.text) &&
      (/^(?:sessions|queries|writes|reads|transactions|threads|connections|jobs|inserts|updates|builds|deploys|requests|all)$/.test(
        words[index - 1]?.text ?? ''
      ) ||
        (/^(?:by|behind)$/.test(after?.text ?? '') &&
          /^(?:one|a|an|the|lock|locks|pid|transaction|query|migration|process|index)$/.test(
            words[index + 2]?.text ?? ''
          )))
    )
      classes = ['failure']
    // (`every upstream call`, `API calls time out`: a request one system makes of another, no one
    // calling to tell.)
    if (
      /^calls?$/.test(word.text) &&
      /^(?:upstream|downstream|api|http|https|rpc|grpc|rest|function|method|database|db|sql|network|remote|outbound|inbound|external|backend|service|every|each)$/.test(
        words[index - 1]?.text ?? ''
      )
    )
      classes = classes.filter(
        (name) => name !== 'report' && name !== 'notify' && name !== 'receive'
      )
    // (`Fire Department clears the scene`, `the fire crew`: a service named for fires, no alert.)
    if (
      word.text === 'fire' &&
      /^(?:department|dept|brigade|crew|crews|service|services|station|marshal|fighters|truck|trucks|engine|engines|rescue)$/.test(
        after?.text ?? ''
      )
    )
      classes = classes.filter((name) => name !== 'fire')
    // (`clears the scene`, `cleared the site`: a crew leaving a place, nothing cleared of trouble.)
    if (
      /^clear(?:s|ed|ing)?$/.test(word.text) &&
      /^(?:the|a)$/.test(after?.text ?? '') &&
      /^(?:scene|site|area|building|premises|road|street)$/.test(words[index + 2]?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'recover')
    // (`All customers affected by the event restored`: who was hurt, named by what they get back,
    // no harm going on.)
    if (
      /^(?:affected|impacted)$/.test(word.text) &&
      /^(?:customers|users|clients|members|subscribers|accounts|sites|stores|people|services|systems|homes|premises|meters)$/.test(
        words[index - 1]?.text ?? ''
      ) &&
      words.slice(index + 1).some((other) => is(other, 'recover'))
    )
      classes = classes.filter((name) => name !== 'failure')
    // (`ALARM: audio silence > 60s`, `a dead silence on the feed`: silence heard, a noun, nothing
    // silenced.)
    if (
      /^silences?$/.test(word.text) &&
      /^(?:audio|sound|radio|carrier|dead|programme|program|line|the|a|an)$/.test(
        words[index - 1]?.text ?? ''
      )
    )
      classes = classes.filter((name) => name !== 'setup')
    // (`Cause found, going to B`, `going to the backup site`: a place gone to, no plan; `going to
    // restart it` is one.)
    if (
      word.text === 'going' &&
      after?.text === 'to' &&
      /^(?:the|a|an|our|their|[a-z]|\w*\d\w*)?$/.test(words[index + 2]?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'plan')
    if (found) classes = classes.filter((name) => !deeds.has(name) && name !== 'change')
    const before = words[index - 1]
    // (`So outage from 22.41.`, `errors from 14:02 on`: the harm dated from its first moment;
    // `positions freeze from this time`, `From this moment every request fails`: from the
    // entry's own.)
    if (word.text === 'from' && fromThisMoment(words, index)) classes = [...classes, 'begin']
    // (`Original notice — 9:31 a.m.`, `this notice`: the paper that tells, not noticing; `we
    // notice`, `to notice` are the verb.)
    if (
      word.text === 'notice' &&
      (noticeQualifiers.has(before?.text ?? '') || (index === 0 && after === undefined))
    )
      classes = classes.filter((name) => name !== 'aware')
    // (`Correction to our 10:15 update: ...`: a paper put right, no fix.)
    if (
      /^corrections?$/.test(word.text) &&
      /^(?:to|of)$/.test(after?.text ?? '') &&
      (words
        .slice(index + 2, index + 8)
        // (`Correction to our 10:15 update`: the paper's time aside.)
        .filter((other) => !/^\d/.test(other.text))
        .slice(0, 3)
        .some((other) => paperNouns.has(other.text)) ||
        // (`Correction to our: update:`, the time taken out: the paper is named past the colon.)
        (index + 3 === words.length && determiners.has(words[index + 2]?.text ?? '')))
    )
      classes = []
    // `This issue has been corrected`: the trouble ended; `Connection setting corrected`, `corrected
    // file loaded`: something put right, a fix, no outcome yet.
    if (
      /^correct/.test(word.text) &&
      words.some((other) => settingNouns.has(other.text)) &&
      // (`Timeout setting corrected`: a trouble's word naming the setting is no trouble.)
      !words.some(
        (other, at) =>
          (is(other, 'failure') || is(other, 'outage')) &&
          !settingNouns.has(words[at + 1]?.text ?? '')
      )
    )
      classes = classes.filter((name) => name !== 'recover')
    // `it clicked: Redis was full`: the moment the cause dawned on someone.
    if (/^click(?:s|ed)$/.test(word.text) && before?.text === 'it') classes = ['find']
    // (`begins climbing per the Auth Health dashboard`: where the account comes from, as after
    // `according to`, no alert seen then; `per second`, `per pod` measure.)
    if (
      (is(word, 'signal') || is(word, 'watch')) &&
      words
        .slice(Math.max(0, index - 4), index)
        .some(
          (other, at, near) => other.text === 'per' && determiners.has(near[at + 1]?.text ?? '')
        )
    )
      classes = classes.filter((name) => name !== 'signal' && name !== 'watch')
    if (
      is(word, 'aware') &&
      words.slice(0, index).some((other) => is(other, 'outsider')) &&
      !words.slice(0, index).some((other) => is(other, 'team') || roles.test(other.text))
    )
      segment.noticedOutside = true
    // (`I'm confident about the cause`, `now sure of the root cause`: the cause known; `not sure
    // about the cause` is denied with it.)
    if (
      /^(?:confident|sure|certain)$/.test(word.text) &&
      /^(?:about|of|on)$/.test(after?.text ?? '') &&
      words.slice(index + 2, index + 5).some((other) => is(other, 'cause'))
    )
      classes = ['find']
    // (`File system extended. Archiver continues immediately.`, `the import continued normally`: a
    // part going on with its work, no trouble going on; `errors continue`, `continues to fail` do.)
    if (
      /^continu(?:e|es|ed)$/.test(word.text) &&
      /^(?:immediately|again|normally|right)$/.test(after?.text ?? '') &&
      !words.some(
        (other) =>
          is(other, 'failure') ||
          is(other, 'outage') ||
          is(other, 'badMeasure') ||
          is(other, 'rise')
      )
    )
      classes = ['serve', 'again']
    // (`Incident resolved. Outreach continues through Wednesday`, `root cause analysis continues`:
    // the team's work going on, not the trouble.)
    if (
      /^continu(?:e|es|ed|ing)$/.test(word.text) &&
      before !== undefined &&
      (followUpWork.test(before.text) ||
        is(before, 'communicate') ||
        is(before, 'investigate') ||
        (is(before, 'watch') && !is(before, 'signal')))
    )
      classes = classes.filter((name) => name !== 'persist')
    if (mistaken !== -1 && index > mistaken && index - mistaken <= 6)
      classes = classes.filter(
        (name) =>
          name !== 'healthy' &&
          name !== 'usual' &&
          name !== 'recover' &&
          name !== 'verify' &&
          name !== 'close' &&
          name !== 'working'
      )
    // (`Concludes the problem is on the consumer side`: a reasoning come to its end, no incident
    // closed.)
    if (
      /^conclud(?:e|es|ed|ing)$/.test(word.text) &&
      (after?.text === 'that' ||
        words
          .slice(index + 2, index + 6)
          .some((other) => /^(?:is|was|are|were|lies|lay|sits|had|has)$/.test(other.text)))
    )
      classes = classes.filter((name) => name !== 'close')
    // (`together with the TV spot`, `a radio spot`: an advertisement, a noun after its article, no
    // one spotting anything.)
    // (`Spot check: 5 results match`, `spot-checked ten orders`: a check by sample, no one spotting
    // anything.)
    if (
      /^spots?$/.test(word.text) &&
      (words
        .slice(Math.max(0, index - 2), index)
        .some((other) =>
          /^(?:the|a|an|this|that|our|their|its|tv|radio|ad|advert)$/.test(other.text)
        ) ||
        /^(?:check|checks|checked|checking)$/.test(after?.text ?? ''))
    )
      classes = classes.filter((name) => name !== 'aware')
    // (`Stores start taking cards again`, `took orders normally`: a shop taking what it is paid or
    // asked with, its service done; not `took a backup`.)
    if (
      /^(?:take|takes|took|taking)$/.test(word.text) &&
      /^(?:cards|payments|orders|calls|bookings|reservations|deposits|transactions|requests)$/.test(
        after?.text ?? ''
      )
    )
      classes = ['serve']
    // (`Cause agreed on the bridge`, `the team agrees on the root cause`: the cause settled, as
    // one confirmed is.)
    if (
      /^(?:agree|agrees|agreed)$/.test(word.text) &&
      words.slice(Math.max(0, index - 2), index + 5).some((other) => is(other, 'cause'))
    )
      classes = ['learn']
    // `it was clear that the pattern was not ...`, `it is now clear the cache ...`: plain to see,
    // as `became clear` is, nothing cleared (`the queue is clear`, `alarm clear`, `it's clear now`
    // are).
    if (
      word.text === 'clear' &&
      (after?.text === 'that' ||
        (words.length - index > 3 &&
          words
            .slice(Math.max(0, index - 3), index)
            .some(
              (other, at, near) =>
                /^(?:it|this)$/.test(other.text) && beForms.has(near[at + 1]?.text ?? '')
            )) ||
        // (`So the reason for the failed backups is also clear`: the cause known, nothing cleared.)
        ((beForms.has(before?.text ?? '') || beForms.has(words[index - 2]?.text ?? '')) &&
          words.slice(Math.max(0, index - 8), index).some((other) => is(other, 'cause'))))
    )
      classes = ['learn']
    // `(alert pending)`, `a pending alarm`: an alert's rule still waiting out its window, not fired.
    // (`The alert had been pending since ~14:11`: still waiting then.)
    if (
      is(word, 'signal') &&
      (before?.text === 'pending' ||
        words.slice(index + 1, index + 4).some((other) => other.text === 'pending'))
    )
      classes = classes.filter((name) => name !== 'signal')
    // `Blast Pit 2 Bench 412-07 fired`, `the burner fires`: a charge or a flame, no alert.
    if (
      is(word, 'fire') &&
      words.slice(Math.max(0, index - 6), index).some((other) => literalFire.test(other.text))
    )
      classes = classes.filter((name) => name !== 'fire')
    // `obstacle detection (rock on road)`, `fraud detection`: a system's function by name, nobody
    // noticing (`first detection`, `automated detection` are).
    if (
      word.text === 'detection' &&
      before !== undefined &&
      /^[a-z]+$/.test(before.text) &&
      before.classes.length === 0 &&
      !detectionBefore.test(before.text)
    )
      classes = classes.filter((name) => name !== 'aware')
    // (`SQL01 stops responding to health checks`: the checks a machine failed to answer, no one
    // checking and no alert.)
    if (/^(?:checks?|probes?|pings?|heartbeats?)$/.test(word.text)) {
      // (The phrase's verb, `stops responding`, is absorbed: read the clause's own words.)
      const at = clause.words.indexOf(word)
      const health = clause.words[at - 1]?.text === 'health' ? 1 : 0
      if (
        clause.words[at - 1 - health]?.text === 'to' &&
        /^(?:respond|answer|repl)/.test(clause.words[at - 2 - health]?.text ?? '')
      )
        classes = []
    }
    // (`Law and Fire units`, `the fire department`: fire fighters, no alert firing.)
    if (
      word.text === 'fire' &&
      /^(?:units?|department|dept|crews?|stations?|engines?|trucks?|brigade|service|services|fighters|marshal|chief|district|rescue|ems)$/.test(
        words[index + 1]?.text ?? ''
      )
    )
      classes = []
    // (`we know of no other customers affected`: what is known, nothing learnt of.)
    if (
      word.base === 'know' &&
      words
        .slice(index + 1, index + 3)
        .some((other) => /^(?:no|none|nothing|any|anything)$/.test(other.text))
    )
      classes = classes.filter((name) => name !== 'aware')
    // `Clocks are correct.`, `returned correct, different forecasts`, `different and correct`: a
    // check's finding that something was right all along, nothing put right (`is correct again`
    // is, and so is a note's `new loads correct`, the state the fix left). As a verb, `correct`
    // comes before its object (`correct the entry`), after its subject (`we correct`).
    const following = words[index + 1]?.text
    if (
      word.text === 'correct' &&
      (before === undefined ||
        beForms.has(before.text) ||
        linkingVerb.test(before.text) ||
        (following !== undefined && !correctObject.test(following))) &&
      !correctSubject.test(before?.text ?? '') &&
      !words.slice(index + 1).some((other) => is(other, 'again'))
    )
      classes = []
    // `The push passes canary and reaches the fleet`: a stage passed, no watch that saw trouble.
    // (`Canary gate passes on 5xx rate only`: the check passing, its verb after it.)
    const passing = /^(?:pass|passes|passed|passing|clears|cleared)$/
    if (
      is(word, 'watch') &&
      (passing.test(before?.text ?? '') ||
        words.slice(index + 1, index + 3).some((other) => passing.test(other.text)))
    )
      classes = classes.filter((name) => name !== 'watch')
    // `the normal config review`, `normal evening load`: what is usual for a process or a time;
    // `~14x normal`, `above normal`: a measure against the usual. No state reached (`latency is
    // normal`, `back to normal`, `normal levels` are).
    // (`four times a normal weeknight`: the measure before its article.)
    const measured =
      againstUsual.test(before?.text ?? '') ||
      (/^(?:a|an|the)$/.test(before?.text ?? '') && againstUsual.test(words[index - 2]?.text ?? ''))
    if (word.text === 'normal' && (usualNouns.has(after?.text ?? '') || measured))
      classes = classes.filter((name) => name !== 'recover' && name !== 'healthy')
    // `crash recovery running`, `finished crash recovery`: a database's procedure after a crash, by
    // name, no service recovered.
    if (/^recover/.test(word.text) && /^(?:crash|wal|redo|instance)$/.test(before?.text ?? ''))
      classes = classes.filter((name) => name !== 'recover')
    // `Severity P1 (raised from P2)`, `priority bumped to P1`: the incident's rank changed, no remedy.
    if (
      (is(word, 'act') || is(word, 'report')) &&
      /^(?:raise|rais|bump|upgrad|downgrad|lower|escal)/.test(word.text) &&
      words.some((other) => /^(?:severity|priority|sev-?\d|p[0-5])$/.test(other.text))
    )
      classes = classes.filter((name) => name !== 'act' && name !== 'report')
    // `freezing drizzle`, `freezing temperatures`: the weather, no service hung.
    if (
      /^(?:freezing|frozen)$/.test(word.text) &&
      /^(?:drizzle|rain|fog|temperatures?|weather|conditions|precipitation)$/.test(
        after?.text ?? ''
      )
    )
      classes = []
    // `forwarded on the next available flight`: the earliest one free, no service available again.
    if (word.text === 'available' && /^(?:next|first|earliest)$/.test(before?.text ?? ''))
      classes = []
    // `HTTP/1.1 302 Found`, `301 Moved Permanently`: a status code's words, no finding.
    if (word.text === 'found' && /^30\d$/.test(before?.text ?? '')) classes = []
    // `WARN gw-fra-1 route=/v4 status=503`: a log line's level, no warning sent to anyone.
    if (word.text === 'warn' || word.text === 'info' || word.text === 'debug') classes = []
    // (`freeze exception`: leave to change during a freeze, no error.)
    if (/^exceptions?$/.test(word.text) && /^(?:freeze|policy|change)$/.test(before?.text ?? ''))
      classes = []
    // `the change freeze begins`, `under freeze exception FE-7`: a policy of no changes, not a hang.
    if (
      /^(?:freeze|freezes|frozen)$/.test(word.text) &&
      (/^(?:change|code|deploy|deployment|release|merge|feature)s?$/.test(before?.text ?? '') ||
        /^(?:exception|exceptions|window|period|policy|begins|starts|ends|lifted)$/.test(
          after?.text ?? ''
        ))
    )
      classes = []
    // `2.1 million, against ~6,000 normally`, `40 s, versus 2 s usually`: the baseline compared
    // with, no recovery.
    if (
      /^(?:normally|usually|typically|ordinarily)$/.test(word.text) &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) => /^(?:against|vs|versus|compared|than|from)$/.test(other.text))
    )
      classes = []
    // `the rollout times out waiting for the Deployment`, `jobs stuck waiting on a lock`: how it
    // failed, no plan to wait; nor what a cause found was doing (`the cause was identified as the
    // cut-over waiting for a batch`).
    if (
      word.text === 'waiting' &&
      words
        .slice(Math.max(0, index - 6), index)
        .some((other) => is(other, 'failure') || is(other, 'cause') || is(other, 'find'))
    )
      classes = classes.filter((name) => name !== 'plan')
    // `..., which is suspicious`, `that looks odd`: the teller judging a clue told before, no
    // failure of its own (`suspicious logins` are one).
    if (
      judgedClue.has(word.text) &&
      before !== undefined &&
      (beForms.has(before.text) || /^(?:looks?|seems?)$/.test(before.text)) &&
      /^(?:which|that|this|it|that's|this's|it's)?$/.test(words[index - 2]?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'failure')
    // `over a time period`: a preposition, not `the outage is over`.
    // `declared over at 18:18`: the end, followed by when.
    if (
      word.text === 'over' &&
      index < words.length - 1 &&
      !afterOver.has(words[index + 1]?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'end')
    // `to help find the issue`, `in order to roll back`: a purpose, not a deed.
    // (`updated to resolved`: a participle after `to` is a state reached.)
    if (
      (before?.text === 'to' || before?.text === 'help') &&
      !(before?.text === 'to' && word.text.endsWith('ed')) &&
      !able.has(words[index - 2]?.text ?? '')
    )
      // (`paused the upgrade to stop further evictions`: nor is an end aimed at.)
      classes = classes.filter((name) => !deeds.has(name) && name !== 'end')
    // `Communication was restored to 17 sites`, `lost communication with all sites`: the link,
    // not an announcement.
    if (
      /^communications?$/.test(word.text) &&
      [...words.slice(Math.max(0, index - 2), index), ...words.slice(index + 1, index + 4)].some(
        (other) => is(other, 'recover') || is(other, 'failure')
      )
    )
      classes = []
    // `took responsibility for restoring the system`, `in charge of rolling back`, `tasked with
    // failing over`: the task taken on, not the deed done.
    if (
      word.text.endsWith('ing') &&
      /^(?:for|of|with)$/.test(before?.text ?? '') &&
      /^(?:responsibility|responsible|charge|tasked|task|assigned|job|ownership|plan|owner)$/.test(
        words[index - 2]?.text ?? ''
      )
    )
      classes = classes.filter((name) => !deeds.has(name))
    // `unavailable from the deletion`, `errors since the deploy`: a deed named as a point in time or a cause.
    if (determiners.has(before?.text ?? '') && timePrepositions.has(words[index - 2]?.text ?? ''))
      classes = classes.filter((name) => !deeds.has(name) && name !== 'change')
    // `The issue is fixed`, `the bug was fixed`: the problem, fixed (as against `fixed the config`, an action).
    if (
      is(word, 'fix') &&
      word.text === 'fixed' &&
      isPassive(words, index) &&
      namedBefore(words, index, 'failure')
    )
      segment.problemFixed = true
    // `the disk hit 100%`, `volume at 100%`: a store with no room left, as `full` says it.
    if (
      word.text === '100' &&
      /^(?:hit|hits|hitting|reached|reaches|reaching|at)$/.test(before?.text ?? '') &&
      words.slice(Math.max(0, index - 4), index - 1).some((other) => diskWords.test(other.text))
    )
      classes = ['failure']
    // `the disk is full`, `the volume filled`: full is a store with no room left, not a whole recovery.
    // (`the database volume was completely full`, `Disk full on db-2`: the same.)
    if (word.text === 'full' && storeFull(words, index)) classes = ['failure']
    // `left running with a full tank`, `a full disk`: how much a store holds, nothing whole again.
    if (
      word.text === 'full' &&
      (storeWords.has(after?.text ?? '') || filledWords.test(after?.text ?? ''))
    )
      classes = classes.filter((name) => name !== 'full')
    // `all affected customers were credited`, `sent to affected teams`: those the harm reached, named;
    // the harm is told elsewhere.
    const opens = before?.text ?? ''
    if (
      (word.text === 'affected' || word.text === 'impacted') &&
      (index === 0 ||
        determiners.has(opens) ||
        quantifiers.has(opens) ||
        /^(?:to|for|with|of|from)$/.test(opens)) &&
      nounAfter(words, index)
    )
      classes = classes.filter((name) => name !== 'failure')
    // (`All delayed webhooks delivered`, `the last delayed truck departs`, `remaining failed jobs
    // rerun`: the items the harm held back, named by it, as `affected` names them.)
    if (
      itemsHeldBack.test(word.text) &&
      (determiners.has(opens) || quantifiers.has(opens) || countedItems.has(opens)) &&
      nounAfter(words, index)
    )
      classes = classes.filter((name) => name !== 'failure')
    // (`Miriam Vogt added a comment`, `added a note to the ticket`: something written on a record,
    // no deed done to the service.)
    const added = /^add(?:s|ed|ing)?$/.test(word.text)
      ? words.slice(index + 1).find((other) => other.text !== 'a' && other.text !== 'an')
      : undefined
    if (added && recordNotes.test(added.text)) classes = classes.filter((name) => name !== 'act')
    // `the reindex job`, `the rollback script`: a deed naming the thing that does it.
    if (
      determiners.has(opens) &&
      after !== undefined &&
      (is(after, 'automation') || componentNouns.has(after.text) || toolNouns.has(after.text))
    )
      classes = classes.filter((name) => !deeds.has(name) && name !== 'change')
    // `a corrected value`, `the restored backup`: a participle before its noun names a thing, not a deed done.
    // (`the upgraded primary fails`: nor a change made now.)
    // (`a free uptime checker`, `a clean shutdown`: nor is an adjective a verb may be written as.)
    if (
      (word.text.endsWith('ed') || verbAdjectives.has(word.text)) &&
      determiners.has(opens) &&
      nounAfter(words, index)
    )
      classes = classes.filter((name) => !deeds.has(name) && name !== 'change')
    // `bulk retry of failed pipelines`, `re-ran the failed jobs`: what had failed, named as what a
    // remedy works on, is no failure now.
    if (
      /^(?:failed|failing|errored|broken|stuck|timed-out)$/.test(word.text) &&
      nounAfter(words, index) &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) =>
          /^(?:retr|rerun|re-run|re-ran|reran|replay|requeu|resubmit|reprocess|redeliver)/.test(
            other.text
          )
        )
    )
      classes = []
    // `A bad config push took down the login service`: a change that takes a service down is the outage.
    if (
      takers.get(word.stem) !== undefined &&
      classes.includes('act') &&
      clause.words
        .slice(clause.words.indexOf(word) + 1, clause.words.indexOf(word) + 4)
        .some((other) => other.absorbed && other.text === takers.get(word.stem)) &&
      word.text !== 'taken' &&
      !isPassive(words, index) &&
      namedBefore(words, index, 'change', 'failure') &&
      !namedBefore(words, index, 'team')
    ) {
      classes = ['failure']
      segment.tookDown.push(word)
    }
    // `kill-switch removed`, `lifted the block on M-41`, `removed the rate limit`: a restriction
    // taken away is the service put back, nothing destroyed.
    if (
      (is(word, 'destroy') || /^(?:lift|lifts|lifted|lifting)$/.test(word.text)) &&
      words.slice(Math.max(0, index - 2), index + 4).some((other) => restrictions.test(other.text))
    )
      classes = ['putBack']
    // `The migration dropped the orders table`, `a cron job began deleting avatars`: destroyed by a change or by automation, not by the team.
    if (
      classes.includes('destroy') &&
      !pastPerfect(words, index) &&
      destroyedByMachine(words, index)
    ) {
      classes = ['failure']
      segment.tookDown.push(word)
    }
    // `DNS resolution failed`, `could not resolve internal hostnames`: resolving names, not closing
    // the incident; nor is what a name or a version range resolves to (`installs resolved to 5.3.2
    // again`, `the record resolves to the old address`).
    if (
      is(word, 'close') &&
      (nameWords.has(words[index - 1]?.text ?? '') ||
        words.slice(index + 1, index + 4).some((other) => nameWords.has(other.text)) ||
        (/^resolv/.test(word.text) &&
          after?.text === 'to' &&
          !/ed$/.test(words[index + 2]?.text ?? '')))
    )
      classes = classes.filter((name) => name !== 'close' && name !== 'serve')
    // `pages the platform team`: a verb when the team follows.
    if (
      word.text === 'pages' &&
      after !== undefined &&
      (index === 0 || determiners.has(after.text) || is(after, 'team')) &&
      // (Not `pages that did load took a long time`, `Pages were very slow at first`: web pages,
      // and what they did or were.)
      !(after.text === 'that' && auxiliaries.has(words[index + 2]?.text ?? '')) &&
      !(index === 0 && auxiliaries.has(after.text))
    )
      classes = ['signal']
    // `IC paged the database team`, `support escalated it to the on-call engineer`, `social media
    // forwards the tweet to the on-call`: the team calling in more of itself is the response.
    if (
      ((classes.includes('signal') && /^pag/.test(word.text)) ||
        /^(?:escalat|forward)/.test(word.text)) &&
      // (Verb first, the team's own log: `Paged the database on-call`; not an alert's headline.)
      ((index === 0 && !words.some((other) => is(other, 'failure'))) ||
        namedBefore(words, index, 'team', 'respond')) &&
      // (Not `Our monitoring pages the on-call admin`: what pages is a machine watching, whoever's.)
      !(
        index > 0 &&
        (is(words[index - 1] as Word, 'watch') || is(words[index - 1] as Word, 'signal'))
      ) &&
      words.slice(index + 1).some((other) => is(other, 'team'))
    ) {
      classes = ['respond']
    }
    // `Every night at 02:00 the job runs`, `corrected to every 15 minutes`: how often, not all of it.
    if (
      (word.text === 'every' || word.text === 'each') &&
      /^(?:\d+|two|three|four|five|ten|fifteen|twenty|thirty|sixty|other|few|night|nights|day|days|morning|evening|hour|hours|minute|minutes|week|weeks|month|months|year|time|run|cycle|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekday|weekend)$/.test(
        after?.text ?? ''
      )
    )
      classes = classes.filter((name) => name !== 'full')
    // `the shift leader`, `the BDE terminals`: people and devices, not a shift of traffic or a
    // process terminated.
    if (
      (word.text === 'shift' &&
        /^(?:leader|lead|manager|supervisor|handover|engineer|engineers|worker|workers|team|log|report|pattern|plan|change)$/.test(
          after?.text ?? ''
        )) ||
      word.text === 'terminal' ||
      word.text === 'terminals'
    )
      classes = []
    // `A top-of-rack switch failed`: after a determiner or a qualifier, `switch` is the device.
    if (word.text === 'switch' || word.text === 'switches') {
      const before = words[index - 1]?.text ?? ''
      if (
        determiners.has(before) ||
        /^(?:network|core|tor|top-of-rack|edge|access|spine|leaf)$/.test(before)
      )
        classes = []
    }
    // `waits forever for an ack that never arrives`, `no ack from the replica`: a protocol's
    // message awaited, not a responder taking the page (`Ack by Sam`, `Sam sends an ack`).
    if (
      is(word, 'acknowledge') &&
      /^acks?$/.test(word.text) &&
      /^(?:an|each|every|no|any)$/.test(words[index - 1]?.text ?? '') &&
      (/^(?:for|no|without|await\w*|wait\w*)$/.test(words[index - 2]?.text ?? '') ||
        /^(?:that|which|from)$/.test(words[index + 1]?.text ?? ''))
    )
      classes = []
    // `the bank's acknowledgment arrived`, `the acknowledgement file was received`: a message that
    // comes in, no responder taking the page.
    if (
      is(word, 'acknowledge') &&
      /^(?:acknowledge?ments?|acks?)$/.test(word.text) &&
      words
        .slice(index + 1, index + 4)
        .some((other) =>
          /^(?:arrive[ds]?|arriving|came|comes|received|returned|file|files|message|messages|parser|code|codes)$/.test(
            other.text
          )
        )
    )
      classes = []
    // `Break C3 (commercials)`, `the ad break`: a slot in a schedule, nothing broken.
    if (
      (word.text === 'break' || word.text === 'breaks') &&
      (/^[a-z]?\d+[a-z]?$/.test(after?.text ?? '') ||
        /^(?:ad|advert|advertising|commercial|coffee|lunch|tea)$/.test(
          words[index - 1]?.text ?? ''
        ))
    )
      classes = []
    // `fail over to the disaster recovery site`, `the DR plan`: a place or a plan, no recovery.
    if (words[index - 1]?.text === 'disaster' && word.text.startsWith('recover')) classes = []
    // `assembled the file`, `assembles the release notes`: a thing put together, not responders
    // assembling (`the team assembled`, `assembled the bridge team`).
    if (
      word.text.startsWith('assembl') &&
      determiners.has(after?.text ?? '') &&
      !words.slice(index + 2, index + 5).some((other) => is(other, 'team') || is(other, 'respond'))
    )
      classes = classes.filter((name) => name !== 'respond')
    // (`Pruner desactivado desde la actualización`, read `disabled since the update`: a state that
    // held from before, no deed. English's own `since` opens a clause of its own.)
    if (classes.includes('act') && word.text.endsWith('ed') && after?.text === 'since')
      classes = classes.filter((name) => name !== 'act')
    // (`Disabled the task pending correction`, `awaiting the fix`: what is waited for, not done.)
    if (
      /^(?:pending|awaiting)$/.test(words[index - 1]?.text ?? '') ||
      (/^(?:pending|awaiting)$/.test(words[index - 2]?.text ?? '') &&
        determiners.has(words[index - 1]?.text ?? ''))
    )
      classes = []
    // (`a debrief at 4:30pm after close`, `open until close`: the close of the day's business, no
    // incident closed.)
    if (
      word.text === 'close' &&
      /^(?:after|before|at|until|till|by|from)$/.test(words[index - 1]?.text ?? '') &&
      (after === undefined || !determiners.has(after.text))
    )
      classes = []
    // `stow pins engaged`, `the parking brake engages`: a part of a machine holding, no responder
    // engaging (`DBA engaged`, `engaged the vendor`).
    if (
      word.text.startsWith('engag') &&
      machineParts.test(words[index - 1]?.text ?? '') &&
      !words.some((other) => is(other, 'team'))
    )
      classes = classes.filter((name) => name !== 'respond')
    // `The first-window job fired at 10:50`, `the cron fires`: a job starting, no alert going off.
    if (
      is(word, 'fire') &&
      /^fire[sd]?$/.test(word.text) &&
      /^(?:job|jobs|cron|crons|task|tasks|batch|script|workflow|schedule|scheduler|timer|lambda|function)$/.test(
        words[index - 1]?.text ?? ''
      )
    )
      classes = []
    // `Error ratio flat`, `5xx flat since 12:00`: a measure of trouble holding level is no trouble
    // (traffic gone flat is another matter: only after a measure of trouble).
    if (
      word.text === 'flat' &&
      words
        .slice(Math.max(0, index - 3), index)
        .some((other) => is(other, 'failure') || is(other, 'badMeasure'))
    )
      classes = ['healthy']
    // (`mail ballots received through Monday`, `call volumes doubled`: a word of telling before
    // the things it names, no telling.)
    if (
      (classes.includes('notify') || classes.includes('report')) &&
      /^(?:mail|e-?mail|call|phone|message|ticket|chat|sms|text|voice|fax)$/.test(word.text) &&
      after !== undefined &&
      /^\p{L}{3,}s$/u.test(after.text) &&
      after.classes.length === 0
    )
      classes = classes.filter((name) => name !== 'notify' && name !== 'report')
    // (`a stricter DDoS mitigation profile was applied`, `switched to recovery mode`: an outcome's
    // noun naming a thing, no outcome.)
    if (
      (is(word, 'recover') || is(word, 'close')) &&
      /(?:ion|ery|ure)$/.test(word.text) &&
      outcomeThings.test(after?.text ?? '')
    )
      classes = []
    // (`Update to NPCI on restoration`, `Notice of restoration sent to partners`, `an e-mail about
    // the recovery`: the recovery is what the message tells of, no recovery seen then.)
    const topicAt = /^(?:of|on|about|regarding)$/.test(before?.text ?? '')
      ? index - 1
      : determiners.has(before?.text ?? '') &&
          /^(?:of|on|about|regarding)$/.test(words[index - 2]?.text ?? '')
        ? index - 2
        : -1
    if (
      topicAt > 0 &&
      (is(word, 'recover') || is(word, 'close')) &&
      !/(?:ed|ing)$/.test(word.text) &&
      words.slice(Math.max(0, topicAt - 5), topicAt).some((other) => messageNouns.test(other.text))
    )
      classes = []
    if (
      /^notices?$/.test(word.text) &&
      /^(?:of|on|about|to)$/.test(after?.text ?? '') &&
      !/^(?:we|i|they|he|she|you|nobody|someone|anyone)$/.test(before?.text ?? '')
    )
      classes = ['communicate']
    // `5xx ratio back under 1%`, `latency back below 300 ms`, `back to under 5 ms`: a measure of
    // trouble gone down to its level.
    if (
      /^(?:under|below)$/.test(word.text) &&
      (before?.text === 'back' || (before?.text === 'to' && words[index - 2]?.text === 'back')) &&
      namedBefore(words, index, 'failure', 'badMeasure')
    )
      classes = ['fall']
    // `All 41 remaining circuits confirmed up`, `the remaining hosts`: the rest of them, not the
    // trouble remaining.
    if (
      word.text === 'remaining' &&
      /^(?:\d[\d,]*|the|all|any|few|last|our|its|their)$/.test(before?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'persist')
    // `finds the token_expired warnings in the autoscaler logs`: lines of a log, read when someone
    // looks, not a warning sent to anyone.
    if (
      /^warnings?$/.test(word.text) &&
      words.slice(index + 1, index + 5).some((other) => is(other, 'evidence'))
    )
      classes = ['evidence']
    // `accepted the callout`, `accepts the page`: a responder taking the page, not a service
    // accepting requests.
    if (
      word.stem === 'accept' &&
      words.slice(index + 1, index + 3).some((other) => is(other, 'signal'))
    )
      classes = ['acknowledge']
    // `the error alert is green`, `alarms stayed quiet`: a signal in its good state fired nothing.
    if (
      is(word, 'signal') &&
      /^(?:is|was|are|were|stayed|stays|remained|remains)$/.test(after?.text ?? '') &&
      /^(?:green|quiet|silent|ok|okay|clear|fine)$/.test(words[index + 2]?.text ?? '')
    )
      classes = []
    // `an earlier change ticket`, `the change request`: the paperwork of a change, no report of trouble.
    if (is(word, 'report') && before !== undefined && is(before, 'change'))
      classes = classes.filter((name) => name !== 'report')
    // `new reports stopped`, `the complaints ceased`: the trouble they told of is no longer seen,
    // not a report received.
    if (
      is(word, 'report') &&
      /s$/.test(word.text) &&
      words
        .slice(index + 1, index + 3)
        .some(
          (other) => is(other, 'end') && /^(?:stop|cease|end)(?:s|p?ed)$|^stop$/.test(other.text)
        )
    )
      classes = ['failure']
    // `We consider the incident resolved`, `I consider the incident over`: an outcome judged, not a plan.
    if (
      is(word, 'plan') &&
      word.stem === 'consid' &&
      words
        .slice(index + 1)
        .some(
          (other) => is(other, 'close') || (is(other, 'end') && /^(?:over|ended)$/.test(other.text))
        )
    )
      classes = classes.filter((name) => name !== 'plan')
    // `errors going down`, `timeouts are down to normal`: a measure of trouble falling, not a service failing.
    if (
      (word.stem === 'go' || word.text === 'down') &&
      classes.includes('failure') &&
      words.slice(Math.max(0, index - 3), index).some((other) => is(other, 'badMeasure'))
    )
      classes = ['fall']
    // `the queue is empty`, `backlog emptied`: a measure of trouble gone to nothing is an improvement.
    if (word.stem === 'empti' && words.some((other) => is(other, 'badMeasure')))
      classes = classes.filter((name) => name !== 'failure').concat('fall')
    // `successfully set`: whatever follows `successfully` was done.
    if (before?.text === 'successfully' && !classes.includes('act')) classes.push('act')
    // `begin to take 10+ seconds`: taking a number of seconds is slowness.
    if (word.stem === 'take' && /^\d/.test(words[index + 1]?.text ?? '')) classes.push('failure')
    // `The user's IP address is blocked`, `An email is sent to the team`: passive, done to the subject.
    if (
      classes.some((name) => name === 'act' || name === 'report' || name === 'notify') &&
      isPassive(words, index)
    )
      segment.passive = true
    // `pings @alice`: someone is told; `API calls to the service`, `calls per second`: a noun.
    const next = words[index + 1]?.text
    // (`sends Greg an email`, `sent Ana a DM`: the message sent tells the one it is sent to.)
    if (
      is(word, 'notify') &&
      (next
        ? !notTold.has(next)
        : word.text.endsWith('ed') ||
          words
            .slice(Math.max(0, index - 4), index)
            .some((other) => /^(?:sends|send|sent|sending)$/.test(other.text)))
    )
      segment.tellsSomeone = true
    // `Jess rang to say ...`, `a customer called to report ...`: a call made to tell the one who
    // writes, who is not named.
    if (is(word, 'notify') && next === 'to' && calledToTell.test(words[index + 2]?.text ?? ''))
      segment.calledToTell = true
    // `On-call pinged`, `the team was alerted`: the team, told.
    if (
      is(word, 'notify') &&
      namedBefore(words, index, 'team') &&
      (isPassive(words, index) || index === words.length - 1 || word.text.endsWith('ed'))
    )
      segment.teamTold = true
    // `The shift leader calls the IT on-call`, `phones the service desk`, `called the office`,
    // `first call into the POS help desk`: the team, told (its name may take a word or two).
    if (
      is(word, 'notify') &&
      !word.absorbed &&
      words
        .slice(index + 1, index + 6)
        .some(
          (other, at) =>
            (is(other, 'team') && (at < 3 || !/^(?:our|we|us)$/.test(other.text))) ||
            other.text === 'office'
        )
    )
      segment.teamTold = true
    // (`Tony called me at 10:47`, `texted my phone`: the one who writes, told; who may be the
    // responder, or a manager told after the responder took it on.)
    if (is(word, 'notify') && !word.absorbed && /^(?:me|my)$/.test(next ?? ''))
      segment.writerTold = true
    // `we realised the migration had locked the table`: a deed before the time told, which explains it.
    if (
      deedWords.some((name) => is(word, name)) &&
      pastPerfect(words, index) &&
      namedBefore(words, index, ...knowing)
    )
      segment.earlier = true
    // `We are deploying a fix`, `the change is being rolled back`: a deed under way, as status updates tell it.
    // `Alice: rolling back to 2.13`: after a speaker's name, a gerund is what they are doing now.
    const spoken =
      index === 0 &&
      clause.joint === 'colon' &&
      segment.words.size === 0 &&
      word.text.endsWith('ing')
    if (deedWords.some((name) => is(word, name)) && (progressive(words, index) || spoken))
      segment.underWay = true
    // `recovery in progress`, `fix underway`: begun, not done.
    if (
      (deedWords.some((name) => is(word, name)) || is(word, 'recover')) &&
      /^(?:in progress|underway|under way|ongoing)\b/.test(nextWords(words, index, 2))
    ) {
      segment.underWay = true
      segment.inProgress = true
    }
    // `begins investigation of the attack`: what begins is the investigation, not the attack.
    if (is(word, 'begin')) {
      const next = words.slice(index + 1, index + 3).find((other) => other.text !== 'to')
      if (next && activities.some((name) => is(next, name))) segment.activityBegins++
      // `began recovering`, `starts to recover`: a recovery under way is a partial one.
      if (next && is(next, 'recover')) segment.partial = true
      // (`course sites began loading normally right away`, `started working again`: working as
      // before from that moment, a recovery whole, not one begun.)
      else if (
        next &&
        (is(next, 'serve') || is(next, 'working')) &&
        words.slice(index + 2, index + 6).some((other) => /^(?:normally|again)$/.test(other.text))
      ) {
        classes = classes.filter((name) => name !== 'partial')
        segment.asBefore = true
      }
      // `R. Jansen starts on the incident`, `started on the ticket`: someone taking it up.
      const on = words[index + 1]?.text === 'on' ? words[index + 2] : undefined
      const taken = on && determiners.has(on.text) ? words[index + 3] : on
      if (taken && (is(taken, 'outage') || /^(?:ticket|case|issue|problem|it)$/.test(taken.text))) {
        segment.activityBegins++
        classes = ['respond']
      }
    }
    // `the nightly billing run stalls`, `the job runs`: a job's run, no change made (`we ran the script` is one).
    if (
      (word.text === 'run' || word.text === 'runs') &&
      before !== undefined &&
      !is(before, 'team') &&
      !runners.has(before.text)
    )
      classes = classes.filter((name) => name !== 'change')
    // `the cron schedule`: a timetable named, no plan (`fix scheduled for Monday` is one).
    if (
      word.text === 'schedule' &&
      (determiners.has(opens) || (before !== undefined && is(before, 'automation')))
    )
      classes = classes.filter((name) => name !== 'plan')
    // (`One arrest call occurred during the outage`: the outage as the time of something else,
    // not its onset nor its end.)
    if (
      (is(word, 'outage') || is(word, 'failure')) &&
      /^(?:during|throughout|amid|amidst)$/.test(
        (determiners.has(before?.text ?? '') ? words[index - 2] : before)?.text ?? ''
      )
    )
      classes = []
    // (`the paging service failed`, `the alerting server is down`: a system named for the alerts
    // it sends, in trouble itself, no alert sent; as `the message broker` names one for its
    // messages.)
    if (
      after &&
      is(word, 'signal') &&
      /ing$/.test(word.text) &&
      (componentNouns.has(after.text) || /^(?:software|platform|console)$/.test(after.text)) &&
      // (Its own trouble told: `the alerting system sends a page` is an alert still.)
      words.some((other) => is(other, 'failure') || is(other, 'outage'))
    )
      classes = classes.filter((name) => name !== 'signal' && name !== 'notify')
    // `the message broker`, `the email provider`: a report's noun naming a component, nobody reporting.
    // (`calls Service Desk`, `emails service owners`: the noun names whom it tells.)
    if (
      after &&
      (componentNouns.has(after.text) || is(after, 'vendor')) &&
      !(words[index + 2] !== undefined && is(words[index + 2] as Word, 'team'))
    )
      classes = classes.filter((name) => name !== 'report' && name !== 'notify')
    // `a 502`, `giving 503s`, `500 errors`: an HTTP server error is a failure; so are
    // client errors many times over (`404s`, `429 errors`), though `a 404 page` is a page.
    if (
      (word.text[0] === '5' || word.text[0] === '4') &&
      /^[45]\d\ds?$|^[45]xx$/.test(word.text) &&
      (word.text.endsWith('s') ||
        word.text.endsWith('xx') ||
        (word.text[0] === '5' && determiners.has(opens)) ||
        errorNouns.has(after?.text ?? ''))
    )
      classes = ['failure']
    // `returning 200 again`, `serving 2xx`, `200s again`: a success status given again is health.
    if (
      word.text[0] === '2' &&
      /^2(?:\d\d|xx)s?$/.test(word.text) &&
      (word.text.endsWith('s') ||
        word.text.endsWith('xx') ||
        after?.text === 'again' ||
        (before !== undefined && (before.stem === 'return' || is(before, 'serve'))))
    )
      classes = ['healthy']
    // `the lost window as 17:20 to 00:00`, `the data-loss window`: a span named by what was lost in it.
    if (/^(?:lost|loss|data-loss)$/.test(word.text) && after?.text === 'window') classes = []
    // `in its data-loss section`, `the Impact chapter`: a part of a document, named.
    if (/^(?:section|chapter|heading|paragraph)s?$/.test(after?.text ?? '')) classes = []
    // `Customer message updated: "Card payments are recovering"`, `customer notice posted`: what is
    // said to customers, published (`a customer message came in` is one from them).
    if (
      before !== undefined &&
      is(before, 'outsider') &&
      /^(?:message|messages|notice|notices|notification|notifications|comms|update|updates|banner)$/.test(
        word.text
      ) &&
      words
        .slice(index + 1)
        .some((other) => /^(?:updated|posted|sent|published|issued|drafted)$/.test(other.text))
    ) {
      classes = ['communicate']
      if (segment.actor === 'outsider') delete segment.actor
    }
    // `reaching 40% by 06:41`: a measure reaching a level, nothing reachable again.
    if (word.stem === 'reach' && /^\d/.test(after?.text ?? '')) classes = []
    // `tied the errors to the pooler change`, `matched the throttling with the config change`: a
    // symptom linked to what caused it is the cause found (`connected to the VPN` links nothing).
    if (
      linking.test(word.text) &&
      words
        .slice(index + 1, index + 9)
        .some((other) => other.text === 'to' || other.text === 'with') &&
      words.slice(index + 1).some((other) => is(other, 'failure') || is(other, 'change'))
    )
      classes = [...classes.filter((name) => name !== 'act'), 'find']
    // `throttling responses`, `requests were throttled`, `customers got rate-limited`: a limit the
    // service put on those it serves, many of them, is the harm they meet, not a remedy (`we throttled
    // the importer`, `the user's IP address is blocked`: one abuser stopped).
    if (
      restricting.test(word.stem) &&
      (errorNouns.has(after?.text ?? '') ||
        ((isPassive(words, index) || /^(?:get|gets|got|getting)$/.test(before?.text ?? '')) &&
          words
            .slice(0, index)
            .some(
              (other) =>
                (is(other, 'outsider') || servedThings.has(other.text)) && other.text.endsWith('s')
            )))
    )
      classes = ['failure']
    // `Replication lag was observed growing`, `errors were seen`: the symptom logged when it showed.
    if (
      is(word, 'aware') &&
      isPassive(words, index) &&
      !words.slice(index + 1).some((other) => other.text === 'by')
    )
      segment.observed = true
    // `returning write errors`, `login failures`: what is returned is the errors, the service names their kind.
    // (`returning 500 errors`: the kind may stand between; `returning to normal` is a return.)
    const errorsAfter =
      after !== undefined &&
      (is(after, 'failure') || (!is(after, 'usual') && is(words[index + 2] ?? word, 'failure')))
    if (after && is(after, 'failure') && is(word, 'serve'))
      classes = classes.filter((name) => name !== 'serve')
    if (word.stem === 'return' && errorsAfter) classes = classes.filter((name) => name !== 'again')
    // `reports blank invoices from several customers`: passed on from outside.
    if (
      word.text === 'from' &&
      words.slice(index + 1, index + 4).some((other) => is(other, 'outsider'))
    )
      segment.fromOutside = true
    // `On the graph the handshake errors start at 09:31`: a chart read to date the harm, not a
    // monitor that told anyone (`saw spikes on the dashboard` is someone noticing).
    if (
      /^(?:graphs?|dashboards?|charts?)$/.test(word.text) &&
      /^(?:on|in)$/.test(words[index - 2]?.text ?? '') &&
      !words.some(
        (other) => /^(?:saw|see|sees|seeing|seen)$/.test(other.text) || is(other, 'aware')
      )
    )
      classes = ['evidence']
    // `a large share of payments`: a part of them, not a post shared.
    if (/^shares?$/.test(word.text) && after?.text === 'of') classes = []
    // `The first we heard of it`, `we heard about it from a patron`: learning of it.
    if (
      /^(?:hear|hears|heard|hearing)$/.test(word.text) &&
      /^(?:of|about)$/.test(after?.text ?? '')
    )
      classes = ['aware']
    // `attack mitigation`, `outage response`, `failure handling`: the trouble named as what the
    // work is on, no onset.
    if (
      after !== undefined &&
      /(?:ion|ment|ery|ing|onse)$/.test(after.text) &&
      (is(after, 'recover') || is(after, 'fix') || is(after, 'respond') || is(after, 'investigate'))
    ) {
      classes = classes.filter((name) => !troubleNames.has(name))
      if (segment.actor === 'attacker' && is(word, 'attacker')) delete segment.actor
    }
    // `issued`, `issuing`: the verb, put out (`refund issued`, `issuing the notice`), not an issue.
    if (/^(?:issued|issuing)$/.test(word.text))
      classes = classes.filter((name) => name !== 'failure')
    // `Disruption msg issued: "..."`, `Advisory published`: a message put out to the public, not
    // one come in.
    if (
      /^(?:msgs?|messages?|notices?|notifications?|advisory|advisories|bulletins?|banners?)$/.test(
        word.text
      ) &&
      /^(?:issued|published|posted|re-?issued|updated)$/.test(after?.text ?? '')
    ) {
      classes = ['communicate']
      if (segment.actor === 'outsider') delete segment.actor
    }
    // `please acknowledge in PagerDuty`, `pls restart it`: what is asked for, not done.
    if (/^(?:please|pls|plz)$/.test(before?.text ?? '')) classes = []
    // `Service back to plan`, `running to schedule again`: the service as planned, no intent.
    if (
      /^(?:plan|schedule)$/.test(word.text) &&
      /^(?:to|on)$/.test(before?.text ?? '') &&
      /^(?:back|running|runs|run|again)$/.test(words[index - 2]?.text ?? '')
    )
      classes = ['usual']
    // `Outage notices were published`, `the maintenance notice`, `Notice posted: "..."`: a notice to
    // customers, not someone noticing.
    if (
      /^notices?$/.test(word.text) &&
      (determiners.has(before?.text ?? '') ||
        /^(?:posted|published|sent|issued|drafted|updated|went|goes)$/.test(after?.text ?? '') ||
        /^(?:outage|maintenance|service|customer|public|status|incident|disruption|initial|first|formal|official|written)$/.test(
          before?.text ?? ''
        ))
    )
      classes = ['communicate']
    // `call set-up failures`, `call volumes`, `dropped calls`: calls as the traffic a network
    // carries, not someone calling the team.
    if (
      /^calls?$/.test(word.text) &&
      (/^(?:set-?up|setup|quality|volumes?|drops?|routing|completion|attempts?|rates?|success|failures?)$/.test(
        after?.text ?? ''
      ) ||
        /^(?:dropped|failed|voice|emergency)$/.test(before?.text ?? ''))
    )
      classes = classes.filter((name) => name !== 'notify')
    // `First support email from a podcaster`, `a call from the hospital`: a message that came in.
    // (`First call was from a clinic`, `the first customer call`: the same, told so.)
    const fromAt =
      after?.text === 'from'
        ? index + 1
        : /^(?:was|were|came)$/.test(after?.text ?? '') && words[index + 2]?.text === 'from'
          ? index + 2
          : -1
    if (
      is(word, 'notify') &&
      !/(?:ed|ing)$/.test(word.text) &&
      ((fromAt !== -1 &&
        !is(words[fromAt + 1] ?? word, 'team') &&
        !/^(?:our|us|me|the)$/.test(words[fromAt + 1]?.text ?? '')) ||
        (before !== undefined && is(before, 'outsider') && !is(after ?? word, 'outsider')))
    ) {
      classes = [...classes, 'report']
      segment.fromOutside = true
    }
    // (`The ward's team lead calls the helpdesk`, `rings the service desk`: whoever calls the front
    // door of IT reports to it, whichever team they lead.)
    if (
      /^(?:calls|called|rings|rang|phones|phoned|emails|emailed|contacts|contacted)$/.test(
        word.text
      ) &&
      words
        .slice(index + 1, index + 4)
        .some(
          (other, at, near) =>
            /^(?:helpdesk|servicedesk|servicedesken)$/.test(other.text) ||
            (/^desk$/.test(other.text) &&
              /^(?:help|service|support)$/.test(near[at - 1]?.text ?? ''))
        )
    ) {
      classes = [...new Set<WordClass>([...classes, 'notify', 'report'])]
      segment.fromOutside = true
    }
    // `First ticket, from Maria: "ls hangs"`, `the first support ticket`: the first ticket comes
    // from those the service serves, a report; and so do tickets and chats counted (`several chats
    // in the last couple mins`, `14 tickets about failed logins`).
    if (
      (/^tickets?$/.test(word.text) &&
        words.slice(Math.max(0, index - 2), index).some((other) => is(other, 'first'))) ||
      (/^(?:tickets|chats)$/.test(word.text) && counted.test(before?.text ?? ''))
    ) {
      classes = [...classes, 'report']
      segment.fromOutside = true
    }
    // `Shira reports a customer complaint`, `forwards a complaint`: a complaint passed on comes from
    // those the service serves.
    if (
      is(word, 'report') &&
      word.stem.startsWith('complain') &&
      namedBefore(words, index, 'report')
    )
      segment.fromOutside = true
    // `the engineer is already on the call`, `joined on the bridge`: in the response's meeting.
    // (`on ... call` is read as one phrase, the on-call team: with `the` between, it is the meeting.)
    if (
      word.text === 'on' &&
      after?.text === 'the' &&
      (is(word, 'team') || meetings.has(words[index + 2]?.text ?? ''))
    )
      classes = ['respond']
    // `waiting on it`, `depends on it`: not the team being on it.
    if (word.text === 'on' && is(word, 'respond') && onItNot.has(before?.stem ?? ''))
      classes = classes.filter((name) => name !== 'respond')
    // `Incident owned.`, `Priya owns the incident`, `takes ownership of it`: someone taking the
    // incident (`a service we own` is no such thing).
    if (
      /^(?:own|owns|owned|ownership)$/.test(word.text) &&
      words
        .slice(Math.max(0, index - 2), index + 3)
        .some((other) => workItem.test(other.text) || /^(?:it|this)$/.test(other.text))
    )
      classes = ['respond']
    // `Final update sent to families`, `the final report`: the last of a series of messages, no
    // recovery in full.
    if (
      word.text === 'final' &&
      /^(?:update|updates|notice|message|email|e-mail|report|post|statement|communication|review|summary|version|draft)$/.test(
        after?.text ?? ''
      )
    )
      classes = []
    // `it was fine all along`: fine the whole time, no recovery in full.
    if (word.text === 'all' && after?.text === 'along') classes = []
    // `A customer asked whether checkout was broken`: the question someone asks of the trouble,
    // no plan or condition of the team's; also where they asked it (`asked in #infra whether`).
    if (
      /^(?:if|whether)$/.test(word.text) &&
      words.slice(Math.max(0, index - 5), index).some((other) => is(other, 'report'))
    )
      classes = []
    // `What is eventually determined to be an exploit is mitigated at 21:56`, `later found to be`:
    // found at some later time the sentence does not give, not at the time it gives.
    if (
      is(word, 'find') &&
      words.slice(Math.max(0, index - 2), index).some((other) => afterwards.has(other.text))
    )
      classes = []
    // `once the lunchtime peak started building`: `once` opening a clause is `when`, not `again`
    // (`working once more`, `once again`).
    // (Nor is `backed up`, `backing up`: a queue congested, or data copied.)
    if (
      (word.text === 'once' && after?.text !== 'more' && after?.text !== 'again') ||
      word.text === 'backed' ||
      word.text === 'backing'
    )
      classes = classes.filter((name) => name !== 'again')
    // (`Queue release stepped back up: 800 → 1,200/min`, `scaled back up`: a setting the team turns
    // up again once it holds, no service back.)
    if (
      (word.text === 'back' && settingVerbs.test(before?.text ?? '')) ||
      (word.text === 'up' &&
        before?.text === 'back' &&
        settingVerbs.test(words[index - 2]?.text ?? ''))
    )
      classes = []
    // (`holds fall back to a fixed 10 min`, `reads fell back to the replica`: a fallback, no measure
    // falling; `to a fixed 10 min`, `at fixed 5% sampling`: a set amount, nothing repaired.)
    // (`latency falls back to 80 ms`, `back to baseline` is a measure back at its level.)
    if (
      is(word, 'fall') &&
      after?.text === 'back' &&
      !/^(?:\d|~|normal|baseline|usual|pre-incident)/.test(
        words[index + 2]?.text === 'to' ? (words[index + 3]?.text ?? '') : ''
      )
    )
      classes = classes.filter((name) => name !== 'fall')
    if (
      word.text === 'fixed' &&
      /^(?:a|an|the|to|at|with)$/.test(before?.text ?? '') &&
      /^\d/.test(after?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'fix')
    // (`Checked with Tom that ...`: someone asked, no check that watches.)
    if (/^(?:check|checks|checked|checking)$/.test(word.text) && after?.text === 'with')
      classes = classes.filter((name) => name !== 'watch')
    // (`Errors drop only slightly`, `latency dipped marginally`: too little to be the harm stopped.)
    if (
      is(word, 'fall') &&
      [before?.text, after?.text, words[index + 2]?.text].some((other) =>
        /^(?:slightly|marginally|barely)$/.test(other ?? '')
      )
    )
      classes = classes.filter((name) => name !== 'fall')
    // `Everything is back.`, `this is when things were back`: the service back, as `back up` says.
    // (`500s are back` is the trouble back: read as a relapse below.)
    if (
      word.text === 'back' &&
      beForms.has(before?.text ?? '') &&
      // (`we're back`: the team back, wherever it was.)
      !is(words[index - 2] ?? word, 'team') &&
      !is(words[index - 2] ?? word, 'failure') &&
      (after === undefined || /^(?:now|again|too|by|at|for|from|after|with)$/.test(after.text))
    )
      classes = [...classes, 'serve']
    // `we called it done`, `called it resolved`: the team declaring the incident over.
    if (
      word.stem === 'call' &&
      after?.text === 'it' &&
      /^(?:done|resolved|over|closed|fixed)$/.test(words[index + 2]?.text ?? '')
    )
      classes = ['close']
    // `e2fsck finished: 3,412 inodes with problems`, `the migration ended`: a job that finished,
    // the noun before the verb its subject, not the trouble ending (`errors stopped`, `the outage
    // ended`, `it ended`).
    if (
      is(word, 'end') &&
      /(?:ed|es)$/.test(word.text) &&
      before !== undefined &&
      !is(before, 'failure') &&
      !is(before, 'outage') &&
      !is(before, 'attack') &&
      !is(before, 'badMeasure') &&
      !is(before, 'rise') &&
      // (`New complaints stopped`, `the damage stopped`: the harm told by its signs.)
      !is(before, 'report') &&
      !/^(?:damage|harm|bleeding|losses|loss|churn|spam|flood|storm)$/.test(before.text) &&
      !/ly$/.test(before.text) &&
      !beForms.has(before.text) &&
      !haveForms.has(before.text) &&
      !determiners.has(before.text) &&
      // (`marks the incident as ended`, `declared ended`: the trouble said to have ended.)
      !/^(?:it|this|that|which|they|all|finally|then|now|eventually|as|declared|marked)$/.test(
        before.text
      ) &&
      // (`writes stopped failing`: the failing ended.)
      !(after !== undefined && (is(after, 'failure') || is(after, 'outage'))) &&
      // (`we stopped the errors`, `that stopped the damage`: a harm ended, its object.)
      !(after !== undefined && determiners.has(after.text) && harmNoun(words[index + 2]))
    )
      classes = classes.filter((name) => name !== 'end')
    if (workStops(words, index)) classes = ['failure']
    // (`Automated weekly restart of the gateway starts`, `the automated backup job`: a deed the
    // system does on its own, no monitor watching.)
    if (
      word.text === 'automated' &&
      words
        .slice(index + 1, index + 3)
        .some(
          (other) =>
            is(other, 'act') ||
            is(other, 'change') ||
            is(other, 'ship') ||
            /^(?:restarts?|jobs?|backups?|tasks?|runs?|scripts?|process(?:es)?)$/.test(other.text)
        )
    )
      classes = []
    // `The final analysis is expected by 15 October`, `completion expected within two weeks`: a
    // date looked for, not a state (`working as expected`).
    if (
      /^(?:expected|expects|expecting)$/.test(word.text) &&
      /^(?:by|to|on|in|within|before|around|next|later)$/.test(after?.text ?? '')
    )
      classes = ['plan']
    // `Technician remains on site`, `the engineer stays on the bridge`: a person staying, not the
    // trouble going on (`errors remain at 5%`).
    if (
      is(word, 'persist') &&
      /^(?:remains?|remained|remaining|stays?|stayed|staying)$/.test(word.text) &&
      before !== undefined &&
      person(before)
    )
      classes = classes.filter((name) => name !== 'persist')
    // `fell to 6% against a normal rate of 98%`, `than usual`: the normal named as what the
    // harm is measured against, no recovery.
    if (
      (is(word, 'usual') || is(word, 'healthy')) &&
      words
        .slice(Math.max(0, index - 2), index)
        .some((other) => /^(?:against|versus|vs|than|compared|relative)$/.test(other.text))
    )
      classes = classes.filter(
        (name) => name !== 'usual' && name !== 'healthy' && name !== 'recover'
      )
    // `the night shift`, `early shift lead`: a work period, no traffic shifted.
    if (
      /^shifts?$/.test(word.text) &&
      /^(?:night|day|early|late|morning|evening|afternoon|weekend|next|previous|the)$/.test(
        before?.text ?? ''
      )
    )
      classes = []
    // `First card decline`, `payments declined`: a payment refused is a failure, not a measure falling
    // (`sales decline 20%`).
    if (
      /^declin/.test(word.text) &&
      (words.slice(Math.max(0, index - 2), index).some((other) => paymentWords.test(other.text)) ||
        before?.text === 'first')
    )
      classes = ['failure']
    // `came back with "something went wrong"`: an answer given, no service back.
    if (
      word.base === 'come' &&
      (after?.text === 'with' || (after?.text === 'back' && words[index + 2]?.text === 'with'))
    )
      classes = classes.filter((name) => name !== 'recover')
    // `running the reconciliation script`, `ran a backfill`: the team running something, not a
    // service running.
    if (/^(?:run|runs|ran|running)$/.test(word.text) && determiners.has(after?.text ?? ''))
      classes = classes.filter((name) => name !== 'serve')
    // `Continuous Load`, `continuously deployed`: a kind of thing or how often, nothing going on
    // still (the stem `continu` is `continue`'s).
    if (/^continuous(?:ly)?$/.test(word.text))
      classes = classes.filter((name) => name !== 'persist')
    // `stays under alert threshold`, `alert rules`: an alert named as a setting, none going off;
    // `Alert log checked`: a database's log of that name.
    if (is(word, 'signal') && alertSetting.test(after?.text ?? '')) classes = []
    // `Loss of remote monitoring`, `we lost alerting`, `without monitoring`: the watch itself gone,
    // part of the harm, no alert.
    if (
      (is(word, 'signal') || is(word, 'watch')) &&
      words
        .slice(Math.max(0, index - 3), index)
        .some((other) => /^(?:loss|lost|losing|without)$/.test(other.text))
    )
      classes = []
    // `great work all`, `thanks for the hard work`: praise, no service working.
    if (/^(?:work|job)$/.test(word.text) && praise.test(before?.text ?? '')) classes = []
    // `what was going on`, `going wrong`: only `going to` is a plan.
    if (word.text === 'going' && after?.text !== 'to')
      classes = classes.filter((name) => name !== 'plan')
    // `We knew what had happened`: knowing what went wrong is finding it.
    // (`I knew exactly what was going on`, `we finally knew why`: an adverb between, or why.)
    // (Not after `until`: `hold off until we know what's going on` is knowing to come.)
    if (!clause.until) {
      if (knownWhat(words, index) !== -1) classes = ['find']
      if (knownWhat(words, index - 1) === index || knownWhat(words, index - 2) === index)
        classes = ['cause']
    }
    // `everywhere except the gpu nodes`: `except` leaves some out, no exception thrown.
    if (word.text === 'except') classes = []
    // `Recovery to proceed from backups`, `Rollback to follow`, `Restore to begin at 09:00`: a deed
    // named, then what it is to do, as a decision's minutes write a plan.
    if (
      word.text === 'to' &&
      before !== undefined &&
      before.classes.length > 0 &&
      toProceed.test(after?.text ?? '') &&
      words.slice(0, index - 1).every((other) => determiners.has(other.text))
    )
      classes = ['plan']
    // `Teachers have been asked to check their gradebooks`: asked to do something, an instruction,
    // no one telling of the trouble.
    // (`cashiers ask for another card`: something asked for, no trouble told of; `customers asked
    // about failed payments` tell it.)
    if (/^ask(?:ed|s|ing)?$/.test(word.text) && (after?.text === 'to' || after?.text === 'for'))
      classes = []
    // (`Sanne confirms the alert in Opsgenie`, `bevestigt de melding`: a responder confirming the
    // page takes it, as acknowledging it does; not `the alert is confirmed as a false positive`.)
    // (`confirms receipt of the alert`, `confirma a receção do alerta`: the same.)
    if (/^confirm(?:s|ed)?$/.test(word.text)) {
      const rest = words.slice(index + 1, index + 6)
      const named = rest.findIndex(
        (other) => !determiners.has(other.text) && other.text !== 'receipt' && other.text !== 'of'
      )
      if (
        named > 0 &&
        /^(?:alert|alarm|page|notification)$/.test(rest[named]?.text ?? '') &&
        !beForms.has(rest[named + 1]?.text ?? '')
      )
        classes = ['acknowledge']
    }
    // (`Deadlock confirmed; CNI theory dropped.`, `Memory leak confirmed`: what went wrong named,
    // then confirmed, is the cause found, as `deadlock found` is; not the trouble itself seen to be
    // real, `outage confirmed`, `issue confirmed`, `errors confirmed`.)
    if (
      /^confirm(?:s|ed)$/.test(word.text) &&
      before !== undefined &&
      is(before, 'failure') &&
      !is(before, 'outage') &&
      !is(before, 'badMeasure') &&
      !troubleAtLarge.test(before.text)
    )
      classes = ['find']
    // (`logins fail with a message "invalid signature"`, `échouent avec un message`: what the
    // failure shows its users, no one telling the team.)
    if (/^messages?$/.test(word.text)) {
      const withAt = words.findLastIndex((other, at) => at < index && other.text === 'with')
      if (
        withAt !== -1 &&
        index - withAt <= 3 &&
        words.slice(Math.max(0, withAt - 3), withAt).some((failing) => is(failing, 'failure'))
      )
        classes = classes.filter((name) => name !== 'report' && name !== 'notify')
    }
    // (`Ticket created.`, `Ticket opened by a store manager`, a tracker's `Issue #433 opened by
    // @user`: a ticket or a numbered issue that came in, a report; not one the team opened with
    // someone, `ticket opened with the vendor`, nor one a note in brackets tells of, `calls the
    // vendor's support (ticket opened 9:31)`, nor trouble at large, `an issue opened up`.)
    if (
      /^(?:created|opened|submitted|filed|logged)$/.test(word.text) &&
      !clause.bracketed &&
      (words.slice(Math.max(0, index - 2), index).some((other) => /^tickets?$/.test(other.text)) ||
        numberedIssue(words, index)) &&
      !words.slice(index + 1).some((other) => /^(?:with|to|for)$/.test(other.text))
    ) {
      classes = ['report']
      // (A participle after its noun, a passive cut short: done to the ticket, by whoever sent it.)
      segment.passive = true
    }
    // `The administrator takes the ticket`, `takes the page`, a log's `took ticket`: someone taking
    // up the work.
    // (`takes in charge the alarm`, as Italian's `prende in carico` and French's `prend en charge`
    // say it: the work taken up.)
    if (
      /^(?:take|takes|took|taking)$/.test(word.text) &&
      ((determiners.has(after?.text ?? '') && workItem.test(words[index + 2]?.text ?? '')) ||
        /^(?:ticket|case|page|incident)$/.test(after?.text ?? '') ||
        (after?.text === 'in' && words[index + 2]?.text === 'charge'))
    )
      classes = ['respond']
    // (`accepts INC0193307`, `accepted the ticket`: a responder taking the work a desk assigns.)
    if (
      /^(?:accept|accepts|accepted|accepting)$/.test(word.text) &&
      (/^(?:ticket|case|page|incident|alert|assignment)$/.test(
        (determiners.has(after?.text ?? '') ? words[index + 2] : after)?.text ?? ''
      ) ||
        /^(?:inc|chg|req|sr|tkt)-?\d{3,}$/.test(after?.text ?? ''))
    )
      classes = ['respond']
    // (`The desk took its first call about the portal`, `took a call from a nurse`: a call taken
    // from someone, or about the trouble, is one that came in, as one received is.)
    const call = words
      .slice(index + 1, index + 4)
      .findIndex((other) => /^(?:calls?|phonecalls?)$/.test(other.text))
    if (
      word.stem === 'take' &&
      call >= 0 &&
      (words[index + call]?.text === 'first' ||
        /^(?:from|about)$/.test(words[index + call + 2]?.text ?? ''))
    )
      classes = ['receive']
    // `Anyone who tried to host or join a lobby`, `players could not join games`: users joining
    // what the service offers, no responder joining the response.
    if (
      /^join(?:s|ed|ing)?$/.test(word.text) &&
      words
        .slice(Math.max(0, index - 6), index)
        .some(
          (other) =>
            is(other, 'outsider') ||
            /^(?:anyone|anybody|everyone|nobody|someone|people)$/.test(other.text)
        )
    )
      classes = classes.filter((name) => name !== 'respond')
    // `The server hit its file handle limit`, `the queue reached the limit of 20,000`: a resource
    // run out, a failure (`raised the limit` is an action; `reached 80% of its limit`, a level).
    if (/^(?:limit|limits|cap|ceiling|maximum|max)$/.test(word.text)) {
      const lead = words.slice(Math.max(0, index - 5), index)
      const reached = lead.findLastIndex((other) =>
        /^(?:hit|hits|hitting|reach|reached|reaches|reaching)$/.test(other.text)
      )
      if (reached !== -1 && !lead.slice(reached).some((other) => /^\d/.test(other.text)))
        classes = ['failure']
    }
    // `Thanks for the very clear report`, `a clear sign of load`: clear as plain to see, nothing
    // cleared (`the queue is clear`, `clear the cache` are).
    if (
      word.text === 'clear' &&
      (/^(?:very|so|quite|really|pretty|super|crystal|fairly|perfectly)$/.test(
        before?.text ?? ''
      ) ||
        (/^(?:a|an|the)$/.test(before?.text ?? '') &&
          after !== undefined &&
          !stopWords.has(after.text) &&
          after.classes.length === 0))
    )
      classes = []
    // `card payments were declined`, `the declines began`: payments refused, a failure (`traffic
    // declined`, `a decline in sign-ups` is a measure falling).
    if (
      /^declin(?:ed|es)$/.test(word.text) &&
      ((word.text === 'declined' && beForms.has(before?.text ?? '')) ||
        (word.text === 'declines' &&
          (determiners.has(before?.text ?? '') || before === undefined) &&
          !/^(?:in|of)$/.test(after?.text ?? '')))
    )
      classes = ['failure']
    // `An engineer working from home`, `staff working late`: a person at work, not the service
    // working.
    if (word.text === 'working' && before !== undefined && person(before)) classes = []
    // `Ack'd the page and started working it`, `Priya works the ticket`: someone working the
    // problem, not the service working.
    if (
      is(word, 'working') &&
      (after?.text === 'it' ||
        (after !== undefined &&
          determiners.has(after.text) &&
          workItem.test(words[index + 2]?.text ?? '')))
    )
      classes = ['respond']
    // (`IT on-call calls back, accepts job`, `accepted the page`: the work taken on; not a
    // scheduler `accepting jobs again`, serving.)
    if (
      /^accept(?:s|ed|ing)?$/.test(word.text) &&
      words
        .slice(index + 1, index + 3)
        .some((other) => /^(?:job|tickets?|cases?|incidents?|pages?|alerts?)$/.test(other.text))
    )
      classes = ['respond']
    // (`He called me back at 08:31`, `rang back`: a call returned, nothing back as it was.)
    if (
      word.text === 'back' &&
      (/^(?:call|ring|rang|phon|text)/.test(before?.stem ?? '') ||
        (/^(?:me|him|her|us|them|you)$/.test(before?.text ?? '') &&
          /^(?:call|ring|rang|phon|text)/.test(words[index - 2]?.stem ?? '')))
    )
      classes = classes.filter((name) => name !== 'again')
    // (`M2 went to black and silence`, `output cut to black`, `a black screen`: a picture lost, as a
    // blank one is; not `Black Friday`.)
    if (
      word.text === 'black' &&
      (before?.text === 'to' || /^(?:screens?|frames?|picture)$/.test(after?.text ?? ''))
    )
      classes = ['failure']
    // (`Taking this.`, `I'll take it`, `took it on`, `Taking this one.`: someone taking the work;
    // not `took it offline`, `take this one offline`.)
    if (
      word.stem === 'take' &&
      /^(?:it|this)$/.test(after?.text ?? '') &&
      (words[index + 2] === undefined ||
        /^(?:on|over)$/.test(words[index + 2]?.text ?? '') ||
        (after?.text === 'this' &&
          words[index + 2]?.text === 'one' &&
          clause.words.at(-1) === words[index + 2]))
    )
      classes = ['respond']
    // `We learn of the issue from a comment`: hearing of it, not understanding it.
    if (is(word, 'learn') && (after?.text === 'of' || after?.text === 'about')) classes = ['aware']
    // `The platform on-call picks it up`: taking the work (`traffic picks up` is a rise).
    if (
      word.stem === 'pick' &&
      pickedUp.has(after?.text ?? '') &&
      words.slice(index + 2, index + 4).some((other) => other.text === 'up')
    )
      classes = ['respond']
    // `An attacker takes over the admin account`: taken by an attacker, the attack.
    if (
      word.stem === 'take' &&
      classes.includes('respond') &&
      words.some((other) => is(other, 'attacker'))
    )
      classes = ['attack']
    // `Customers write to support`, `wrote to us`: writing to the team is reporting.
    if (
      word.stem === 'write' &&
      after?.text === 'to' &&
      words
        .slice(index + 2, index + 4)
        .some((other) => is(other, 'team') || other.text === 'support' || other.text === 'security')
    )
      classes = ['report']
    // `our messages`: what the team sends, nobody reporting to it.
    if (opens === 'our') classes = classes.filter((name) => name !== 'report')
    // `10k messages`, `3 tickets`: things counted, nobody reporting.
    if (/^\d/.test(before?.text ?? '') && !numberedIssue(words, index))
      classes = classes.filter((name) => name !== 'report')
    // `Added an alert for queue depth above 10k`: after an alert or a check, a level is its threshold.
    if (
      thresholdWords.has(word.stem) &&
      words
        .slice(0, index)
        .some((other) => is(other, 'signal') || is(other, 'watch') || is(other, 'setup'))
    )
      classes = classes.filter((name) => name !== 'rise')
    // `Investigating elevated errors`, `marco: looking`: a headline or a chat line that opens on the work;
    // `I reply "looking"`: the words said, the same.
    // `she is looking into it`, `we are investigating`: someone at it now, as a status update says it.
    if (
      (index === 0 ||
        replyWords.test(before?.text ?? '') ||
        (progressive(words, index) && !namedBefore(words, index, 'vendor', 'outsider'))) &&
      is(word, 'investigate') &&
      word.text.endsWith('ing')
    )
      segment.takenUp = true
    // (`"mossbot's dead, i'll look"`, `I will look into it`, `will check`: a responder's own word
    // that they look into it takes the work, as `I'll take a look` does.)
    if (is(word, 'investigate') && promised(words, index)) segment.takenUp = true
    // `We call the incident over`, `called it resolved`: declaring an end, not a phone call.
    // (`I called it fully fixed`: the author declaring the fix whole, as `declared` does.)
    if (
      word.stem === 'call' &&
      words.slice(index + 1, index + 5).some((other) => is(other, 'end') || is(other, 'close'))
    )
      classes = []
    if (
      word.stem === 'call' &&
      after?.text === 'it' &&
      words.slice(index + 2, index + 4).some((other) => is(other, 'fix') || is(other, 'recover'))
    ) {
      classes = []
      segment.declaredOutcome = true
    }
    // `The status page loads again`, `our status page was unreachable`: the page is the service.
    if (classes.includes('communicate') && word.text === 'status') {
      const verb = words
        .slice(index + 1, index + 5)
        .find((other) => !other.absorbed && !beForms.has(other.text) && !stopWords.has(other.text))
      if (
        verb &&
        !is(verb, 'close') &&
        (['serve', 'failure', 'recover', 'healthy'] as const).some((name) => is(verb, name))
      )
        classes = []
    }
    // `every dashboard query`, `the monitoring budget`: a watch word naming the kind of a thing.
    if (
      is(word, 'watch') &&
      (determiners.has(opens) || quantifiers.has(opens)) &&
      after !== undefined &&
      after.classes.length === 0 &&
      !stopWords.has(after.text) &&
      !notNames.has(after.text) &&
      !/^\d/.test(after.text)
    )
      classes = classes.filter((name) => name !== 'watch')
    // `Canary increased to 100% of traffic`, `released to production as a canary`: a canary release,
    // a stage of a rollout, not a check watching the service (`the canary check fails` is one).
    if (
      /^canar(?:y|ies)$/.test(word.text) &&
      words
        .slice(Math.max(0, index - 4), index + 7)
        .some((other) => other.text === 'traffic' || is(other, 'ship'))
    )
      classes = classes.filter((name) => name !== 'watch')
    // `the signature check rejects`, `a permission check`: a check in code, not a monitor (`health check` is one).
    if (
      (word.text === 'check' || word.text === 'checks') &&
      before !== undefined &&
      before.classes.length === 0 &&
      !stopWords.has(opens) &&
      !determiners.has(opens) &&
      !quantifiers.has(opens) &&
      !notNames.has(opens) &&
      !/^\d/.test(opens) &&
      !monitorWords.has(opens)
    )
      classes = []
    // `SRE checks ledger-pg`, `Ana checks the replica`: a team or a person checking, a verb, no monitor.
    if (
      word.text === 'checks' &&
      before !== undefined &&
      (is(before, 'team') || person(before)) &&
      !monitorWords.has(opens)
    )
      classes = classes.filter((name) => name !== 'watch')
    // `dashboard largely unavailable`, `the dashboards fail to load`: the product's dashboard failing,
    // no monitor speaking.
    if (
      /^dashboards?$/.test(word.text) &&
      words.slice(index + 1, index + 4).some((other) => is(other, 'failure')) &&
      !words.some((other) => is(other, 'fire') || is(other, 'signal'))
    )
      classes = classes.filter((name) => name !== 'watch')
    // `Patroni fails its health checks`, `the node failed the readiness check`: the checks are what
    // the subject failed, the failure of a part (`the health check fails` is a monitor speaking).
    if (
      (word.text === 'check' || word.text === 'checks' || word.text === 'probes') &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) => /^(?:fails|failed|failing|fail)$/.test(other.text))
    )
      classes = classes.filter((name) => name !== 'watch')
    // `Page: API latency SLO burn`: a page, alone before what it says, is no web page.
    if (words.length === 1 && /^pages?$/.test(word.text)) classes = ['signal']
    // `updated this blog to say so`, `publish a statement`: what the team changed is what it says to
    // others, not the system.
    if (
      (classes.includes('ship') || classes.includes('change')) &&
      words.slice(index + 1, index + 4).some((other) => is(other, 'communicate'))
    )
      classes = classes.filter((name) => name !== 'ship' && name !== 'change')
    // (`advises Supervisor Whitfield that CAD has stopped`, `calls out to the supervisor`: the
    // floor's supervisor on duty told, as a duty manager is; not a regulator's `Responsible
    // Supervisor` a notification went to.)
    if (
      /^supervisors?$/.test(word.text) &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) => is(other, 'notify') && /(?:s|ed)$/.test(other.text)) &&
      !words.slice(Math.max(0, index - 2), index).some((other) => other.text === 'responsible')
    )
      segment.toTeam = true
    // `... sent to the moderation team`, `phones the OCC duty manager`: the team was told.
    if (
      (is(word, 'team') || dutyRole(words, index)) &&
      // (`delivered to our tenant`: `our` before a noun of no team is whose it is, not who was told.)
      !(possessives.has(word.text) && after !== undefined && !is(after, 'team')) &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((other) => other.text === 'to' || is(other, 'notify'))
    )
      segment.toTeam = true
    if (word.text === 'to' && /^(?:0|zero|none|nil)$/.test(words[index + 1]?.text ?? ''))
      segment.toZero = true
    // `success rate back to 99.9%`: a level back where it was.
    if (word.text === 'back' && after?.text === 'to' && /^\d/.test(words[index + 2]?.text ?? ''))
      segment.backToLevel = true
    // `Crane 5 back to full speed`, `throughput back to full`: as much as it ever was, its usual.
    if (
      /^(?:back|returned|restored)$/.test(word.text) &&
      after?.text === 'to' &&
      words[index + 2]?.text === 'full'
    )
      segment.backToFull = true
    // `the event is gated to start at 00:00`, `was set to begin at noon`: a start intended for a time,
    // not a start.
    if (
      is(word, 'begin') &&
      words[index - 1]?.text === 'to' &&
      /^(?:\w+ed|set|meant|due)$/.test(words[index - 2]?.text ?? '') &&
      /^(?:is|was|are|were|be|been|being)$/.test(words[index - 3]?.text ?? '')
    )
      classes = classes.filter((name) => name !== 'begin')
    // `Round 4 closes under the extended deadline`, `the ticket window closes at 17:00`: a thing
    // that closes of itself, no object after, is no incident closed (`Sam closes the incident`,
    // `Incident closed at 09:00`, `ticket closed` are; a record of the incident counts as it).
    if (
      is(word, 'close') &&
      /^clos(?:es|ed|ing)$/.test(word.text) &&
      index > 0 &&
      !words.some((other) => is(other, 'outage') || is(other, 'team')) &&
      !incidentRecords.test(words[index - 1]?.text ?? '') &&
      !numberedIssue(words, index) &&
      !/^(?:we|i|they|he|she|it|you)$/.test(words[index - 1]?.text ?? '') &&
      (after === undefined || closingPlaces.has(after.text))
    )
      classes = classes.filter((name) => name !== 'close')
    // (`All 18,442 pending transactions were resolved by the next evening`: items the outage left
    // hanging, settled one by one, not the incident resolved.)
    if (
      is(word, 'close') &&
      /^resolv/.test(word.text) &&
      words
        .slice(Math.max(0, index - 5), index)
        .some(
          (other, at, near) =>
            settledItems.test(other.text) &&
            near.slice(0, at).some((count) => /^(?:\d[\d,]*|all)$/.test(count.text))
        )
    )
      classes = classes.filter((name) => name !== 'close' && name !== 'serve')
    // `a near miss`, `two near misses were reported`: harm that did not happen.
    if (/^miss(?:es)?$/.test(word.text) && before?.text === 'near') classes = []
    // `the queue starts draining`, `backlog drains`: a measure of trouble going down (`drain the
    // node` is a deed; `backlog drained`, done, is read as before).
    if (
      /^drain(?:s|ing)$/.test(word.text) &&
      words.slice(Math.max(0, index - 3), index).some((other) => is(other, 'badMeasure'))
    )
      classes = ['fall']
    // `the card approval rate`, `approvals per minute`: a measure of what succeeds, no plan approved.
    if (
      /^approvals?$/.test(word.text) &&
      /^(?:rate|ratio|rates|per|%|percentage|volume|volumes)$/.test(after?.text ?? '')
    )
      classes = ['goodMeasure']
    // `crash-free sessions`, `error-free runs`: free of the trouble, a measure where more is better.
    if (/^[a-z0-9]+-free$/.test(word.text)) classes = ['goodMeasure']
    // `order-api 5xx 0%`, `callback errors 0`, `crash rate 0 for 3 min`, `errors at 0`: a count of
    // trouble read as none, as a terse log says it.
    const troubleCounted = countedTrouble.has(before?.text ?? '') ? words[index - 2] : before
    if (
      /^(?:0|zero|none|nil)$/.test(word.text) &&
      troubleCounted !== undefined &&
      (is(troubleCounted, 'failure') ||
        is(troubleCounted, 'badMeasure') ||
        /^[45](?:\d\d|xx)s?$/.test(troubleCounted.text)) &&
      !/^(?:\d|\.|,|x$|ms$|s$|sec|seconds$|minutes$|min$)/.test(after?.text ?? '')
    ) {
      classes = ['fall']
      segment.toZero = true
    }
    // `Relapse.`, `Recurrence:`: the author names what happens as the trouble back.
    if (words.length === 1 && /^(?:relapsed?|recurrence|recurred)$/.test(word.text))
      segment.relapse = true
    // `@jo reopens #2291: installs still fail`: what was closed was not over.
    if (/^re-?open(?:s|ed)?$/.test(word.text) && !segment.planned) segment.reopened = true
    // `500s are back`, `the problem came back`, `errors return`, `the timeouts recur`, `504s once more`,
    // `the error rate was back up`: the trouble back after it had stopped (not `back to normal`, `back
    // online`, nor `returning 500 errors`).
    if (
      (relapseWords.test(word.text) ||
        (word.base === 'come' && is(word, 'recover')) ||
        (word.text === 'more' && words[index - 1]?.text === 'once')) &&
      // (`back up`: a measure of trouble back up, as `the failed node is back up` is a node back.)
      (words[index + 1]?.text === 'up'
        ? (segment.words.get('badMeasure')?.length ?? 0) > 0
        : (segment.words.get('failure')?.length ?? 0) > 0 ||
          // (`the poll alarm came right back`: the alarm, so the trouble it tells, back.)
          (word.base === 'come' && words.slice(0, index).some((other) => is(other, 'signal')))) &&
      !/^(?:to|in|on|online|under|below|within)$/.test(words[index + 1]?.text ?? '') &&
      // (`the error rate is back at zero`, `back at 0.2%`: a measure at its level again.)
      !(
        words[index + 1]?.text === 'at' &&
        /^(?:\d[\d.,]*%?|zero|none|baseline|normal|usual|its|their)$/.test(
          words[index + 2]?.text ?? ''
        )
      ) &&
      // (`failed requests got 5xx back`: what they received; `failing back to the old primary`,
      // `fell back to the cache`: a failback, a fallback; a plan, `suggests failing back`.)
      !words.slice(0, index).some((other) => /^(?:got|get|gets|getting)$/.test(other.text)) &&
      !/^(?:fail|fails|failed|failing|fell|fall|falls|falling)$/.test(before?.text ?? '') &&
      // (`Queue release stepped back up: 800 → 1,200/min`: a setting turned up again, no trouble back.)
      !(words[index + 1]?.text === 'up' && settingVerbs.test(before?.text ?? '')) &&
      // (`players asked if the outage was back`, `we wondered whether it had come back`: a question
      // someone asked, not the trouble back.)
      !words
        .slice(0, index)
        .some(
          (other, at) =>
            /^(?:if|whether)$/.test(other.text) &&
            (is(words[at - 1] as Word, 'report') || /^wonder/.test(words[at - 1]?.text ?? ''))
        ) &&
      !segment.planned &&
      !words.some(
        (other, at) =>
          (is(other, 'usual') && !(at === index + 1 && other.text === 'up')) ||
          is(other, 'healthy') ||
          is(other, 'negation')
      )
    )
      segment.relapse = true
    // `Anyone installing it from then on got the empty package`, `from that point on, every write
    // failed`: the harm dated from the moment told, as `first` dates it.
    if (word.text === 'from' && sinceWhen.test(nextWords(words, index, 2))) {
      segment.firstHarm = true
      // (Whoever's deed it was seen in: `anyone installing it from then on`.)
      segment.firstImpact = true
    }
    // `First 504s`, `the first failed handshake`, `first OTP send failure`: the first of the harm itself
    // (`the first calls about failed logins` are the first reports of it).
    // (`The first sign anything was wrong reached us at 5:14`: the first news of it, known then.)
    if (
      is(word, 'first') &&
      !firstNews(words, index) &&
      firstOfHarm(words.slice(index + 1, index + 5))
    ) {
      segment.firstHarm = true
      // `First tenant-visible impact: a rollout times out`: the author names the impact's first sign,
      // whatever deed it was seen in.
      if (
        words
          .slice(index + 1, index + 4)
          .some((other) => /^(?:impact|outage|downtime|disruption)$/.test(other.text))
      )
        segment.firstImpact = true
    }
    // (`siege_event_enabled=false pushed to EU`, `set checkout.v2 off`: a setting switched off and
    // the change made, as a feature toggled off is.)
    if (
      (is(word, 'ship') || is(word, 'change')) &&
      words.some(
        (other, at) =>
          /^(?:false|off|disabled|0)$/.test(other.text) &&
          /[_.]/.test(words[at - 1]?.text ?? '') &&
          /[a-z]/.test(words[at - 1]?.text ?? '')
      )
    )
      classes = [...classes, 'act']
    // `for a few minutes`, `for two minutes`, `briefly`: an improvement that did not hold. (Not
    // `crash rate 0 for 3 min`: a count of trouble none for as long as it was watched.)
    if (
      /^(?:briefly|momentarily)$/.test(word.text) ||
      (word.text === 'for' &&
        !/^(?:0|zero|none|nil)$/.test(before?.text ?? '') &&
        /^(?:secs?|seconds?|mins?|minutes?|moment|bit|while)$/.test(
          words
            .slice(index + 1, index + 5)
            .find((other) => !/^(?:a|few|couple|of|\d+|two|three|five)$/.test(other.text))?.text ??
            ''
        ))
    )
      segment.brief = true
    for (const name of classes) {
      const list = segment.words.get(name) ?? []
      list.push(word)
      segment.words.set(name, list)
    }
    if (
      causeNouns.has(word.stem) &&
      (words[index + 1]?.text === 'was' || words[index + 1]?.text === 'is')
    )
      segment.causeNamed = true
    // `that is the cause`, `a stale lock was the culprit`: a cause named after `is the`.
    if (
      (causeNouns.has(word.stem) || is(word, 'cause')) &&
      determiners.has(opens) &&
      beForms.has(words[index - 2]?.text ?? '')
    )
      segment.causeNamed = true
    // (`That was the actual problem.`, `that's the issue`: what was just found, named the trouble.)
    if (
      /^(?:problem|issue|fault)$/.test(word.text) &&
      /^(?:that|this)$/.test(words[0]?.text ?? '') &&
      beForms.has(words[1]?.text ?? '') &&
      determiners.has(words[2]?.text ?? '') &&
      (index === 3 ||
        (index === 4 && /^(?:actual|real|whole|root|main)$/.test(words[3]?.text ?? ''))) &&
      // (Not a judgement of something else: `that's the problem with the runbook`.)
      index === words.length - 1
    )
      segment.causeNamed = true
    // `Culprit: the 4.12 build`: a cause, alone before what it says, names it.
    if (words.length === 1 && causeNouns.has(word.stem)) segment.causeNamed = true
    // `it's the new synonym file`, `it was a bad config push`: the trouble named, at the start of a clause.
    if (index === 0 && word.text === 'it' && namesThing(words.slice(1))) segment.causeNamed = true
    // `this is an issue affecting the physical host`, `the problem is with the load balancer`: where the fault lies.
    if (index === 0 && faultPlaced(words)) segment.causeNamed = true
    // `that's it`, `there it is`: a finding, said as one says it.
    if (
      index === 0 &&
      words.length === 3 &&
      foundIt.has(words.map((other) => other.text).join(' '))
    )
      segment.causeNamed = true
    // `Found it.`, `we found it`, `we figured it out`: said of the trouble, in so many words, the
    // cause found.
    if (
      word.text === 'it' &&
      (index === words.length - 1 ||
        (index === words.length - 2 && words[index + 1]?.text === 'out')) &&
      is(words[index - 1] ?? word, 'find')
    )
      segment.causeNamed = true
    if (word.text === 'by' && index > 0 && words[index - 1]?.base.startsWith('caus'))
      segment.causedBy = true
    if (
      word.text === 'that' &&
      words
        .slice(Math.max(0, index - 3), index)
        .some((other) => complementVerbs.some((name) => is(other, name)))
    )
      segment.complement = true
  }
  // (`Anything still breaking after this was a stale lockfile`: whatever went on, said of no thing
  // in particular, is told to account for it, not that the trouble goes on.)
  // (`latency remained within normal parameters`: the service's health held, no trouble going on.)
  const healthHeld =
    (has(segment, 'usual') || has(segment, 'healthy')) &&
    !has(segment, 'failure') &&
    !has(segment, 'badMeasure') &&
    !has(segment, 'outage')
  if (has(segment, 'persist') && !indefinite.has(words[0]?.text ?? '') && !healthHeld)
    segment.persists = true
  if (has(segment, 'partial')) segment.partial = true
}

/** The words after `from` that name the moment told (`from then on`, `from that point`). */
const sinceWhenWords = '(?:then|here|(?:that|this) (?:point|moment))'
const sinceWhen = new RegExp(`^${sinceWhenWords}\\b`)
/** A clause that is only a time from which: `From that point on`, `from then onwards`. */
const fromThenClause = new RegExp(`^from ${sinceWhenWords}(?: on| onwards?)?$`)

function fromThen(clause: Clause): boolean {
  return fromThenClause.test(said(clause.words))
}

/** An editor's mark in brackets on a line: `(added)`, `(edited)`, `(corrected)`. */
const editorial = new Set(['added', 'edited', 'updated', 'corrected', 'amended', 'revised', 'new'])

/** Words of a part that is most of the whole. */
const mostWords = new Set(['most', 'majority', 'mostly', 'nearly', 'almost'])

/** Subjects that name no thing in particular: `anything still failing`, `whoever still sees it`. */
const indefinite = new Set(['anything', 'anyone', 'anybody', 'whatever', 'whoever', 'any'])

/** The classes of a deed that is done once, and so can be told as under way. */
const deedWords: readonly WordClass[] = ['act', 'ship', 'fix']
/** Forms of `be` that make a progressive with a verb in `-ing` after them. */
const progressiveBe = new Set(['is', 'are', 'am', 'was', 'were', "'re", "'s"])
/** Words that may stand between `be` and the verb of a progressive (`are now deploying`). */
const betweenBeAndVerb = new Set(['now', 'currently', 'still', 'actively', 'also', 'already'])

/**
 * Whether the word at `index` is the verb of a progressive: `are deploying`,
 * `is now rolling back`, `is being deployed`. A gerund alone (`Rolling back
 * the deploy`) is a headline of the deed, as a log writes it, not a progressive.
 */
function progressive(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word
  const active = word.text.endsWith('ing') && word.text.length > 5
  // `is being deployed`: a passive progressive, `being` between.
  if (!active && words[index - 1]?.text !== 'being') return false
  let at = active ? index - 1 : index - 2
  while (at >= 0 && betweenBeAndVerb.has((words[at] as Word).text)) at--
  return at >= 0 && progressiveBe.has((words[at] as Word).text)
}

/**
 * After `it`, what names a thing: `'s the new file`, `was a bad push`, `'s cluster B's config`,
 * not a state (`it's down`, `it's still slow`) nor another verb (`it says`).
 */
function namesThing(rest: readonly Word[]): boolean {
  if (rest[0]?.text !== 'is' && rest[0]?.text !== 'was') return false
  const next = rest[1]
  if (!next) return false
  // (`It was nine o'clock when the queue was empty`, `it was late when ...`: when, not what.)
  if (rest.slice(2, 5).some((word) => word.text === 'when' || /^o['’]?clock$|^o$/.test(word.text)))
    return false
  // (`it's a few hours at most`, `it was a bit slow`: an amount, not a thing; `it's the same
  // code as before`: a likeness.)
  // (`it's a 15 min window`, `it was a 5-minute delay`: a span of time, no thing at fault.)
  if (determiners.has(next.text) && next.text !== 'that')
    return (
      !amountWords.has(rest[2]?.text ?? '') &&
      rest[2]?.text !== 'same' &&
      !(/^\d/.test(rest[2]?.text ?? '') && unitOfTime.test(rest[3]?.text ?? ''))
    )
  return (
    next.classes.length === 0 &&
    !/(?:ly|ed|ing)$/.test(next.text) &&
    // (`It was power cycled at 03:52`: a deed done to it, told in the passive, no thing named.)
    !/ed$/.test(rest[2]?.text ?? '') &&
    !notNames.has(next.text) &&
    // (`it's storage-client-tls`: a name alone, when it is written as one.)
    (rest.length > 2 || /[a-z][-_.\d]|\d[a-z]/.test(next.text))
  )
}

/** A sentence that opens on what the reader may have met: `If you lost items ...`, `If your order failed ...`. */
const toTheReader = /^\W*if\s+(?:you|your|any\s+of\s+you)\b/i

/** Words after which `run` is a deed done: `to run`, `will run`, `then run`. */
const runners = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'then',
  'also',
  'manually',
  'again',
  'just'
])

/** Nouns after which a word names a component (`message broker`, `ticket queue`). */
const componentNouns = new Set([
  'broker',
  'brokers',
  'queue',
  'queues',
  'bus',
  'server',
  'servers',
  'service',
  'system',
  'store',
  'database',
  'worker',
  'workers',
  'pipeline'
])

/** Words before `check` that make it a monitor: `health check`, `uptime check`, `synthetic checks`. */
const monitorWords = new Set([
  'health',
  'uptime',
  'synthetic',
  'liveness',
  'readiness',
  'canary',
  'external',
  'blackbox',
  'ping',
  'http',
  'https',
  'dns',
  'smoke',
  'heartbeat',
  'status',
  'availability',
  'freshness',
  'lb',
  'elb',
  'alb'
])

/** Where a response meets: `on the call`, `on the bridge`. */
const meetings = new Set(['call', 'bridge', 'zoom', 'hangout'])

/** What is picked up when the work is taken: `picks it up`, `picked the page up`. */
const pickedUp = new Set(['it', 'this', 'that', 'the'])

/** Whether `full` at `index` says a store has no room left: `the volume was (completely) full`, `Disk full`. */
function storeFull(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]
  if (storeWords.has(before?.text ?? '')) return true
  const degree = /^(?:completely|totally|entirely|nearly|almost|now|already)$/.test(
    before?.text ?? ''
  )
  const be = degree ? index - 2 : index - 1
  return (
    beForms.has(words[be]?.text ?? '') &&
    words.slice(Math.max(0, be - 3), be).some((other) => storeWords.has(other.text))
  )
}

/**
 * Whether the word follows the speaker's own `will` (`I'll look`, `"we'll check"`, a chat's bare
 * `will look`), saying what they take on now.
 */
function promised(words: readonly Word[], index: number): boolean {
  const will = words[index - 1]
  if (will?.text !== 'will' && will?.text !== 'll') return false
  const who = words[index - 2]
  // (`I will review the runbook next week`: a plan for later, no work taken now; looked for in the
  // words just after, not the whole clause, which may be a pasted log of any length.)
  if (words.slice(index + 1, index + 8).some((word) => laterOn.has(word.text))) return false
  // (`We will check the backups`: a team's plan, unless said in the moment, in quotes.)
  return index === 1 || who?.text === 'i' || (who?.text === 'we' && who.quoted === true)
}

/** Words of a time still to come: `next week`, `tomorrow`. */
const laterOn = new Set(['next', 'tomorrow', 'later', 'eventually', 'soon'])

/** Modal verbs that, denied, tell what a thing does not do (`won't start`, `no scanner will sync`). */
const modals = new Set(['will', 'would'])

/** Nouns of tools a deed may name (`the rollback script`). */
const toolNouns = new Set([
  'script',
  'scripts',
  'tool',
  'tooling',
  'command',
  'procedure',
  'runbook',
  'playbook'
])

/** Verbs that link one thing to another, as a symptom to its cause. */
const linking =
  /^(?:tied|ties|tie|tying|matched|matches|linked|links|attributed|attributes|correlated)$/

/** Stems of limits put on callers: `throttled`, `rate-limited`, `blocked`, `rejected`, `denied`. */
const restricting = /^(?:throttl|rate-limit|ratelimit|block|reject|deni|lock)/

/** What a service serves, besides the people: requests, calls, logins. */
const servedThings = new Set([
  'requests',
  'calls',
  'callers',
  'logins',
  'checkouts',
  'orders',
  'payments',
  'uploads'
])

/** Nouns after an HTTP status that make it an error (`500 errors`, `503 responses`). */
const errorNouns = new Set(['error', 'errors', 'response', 'responses', 'status', 'code', 'codes'])

/** Words that put a measure past a level (`latency above 2s`, `depth exceeds 10k`). */
const thresholdWords = new Set(['abov', 'exce', 'breach'])

/** Words that place a fault in a part: `an issue with`, `a fault in`, `a problem affecting`. */
const participles = new Set(['affecting', 'impacting'])
const placing = new Set(['with', 'in', 'on', 'within', 'inside', 'at', ...participles])
/** Words before the part that do not name it: `the`, `our`, `all`. */
const beforePart = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'our',
  'your',
  'my',
  'some',
  'all',
  'every',
  'one'
])

/**
 * A clause that says where the trouble lies, at its start: `this is an issue
 * affecting the physical host`, `it is a fault in our upstream provider`,
 * `the problem is with the load balancer`, `the fault lies in the gateway
 * config`. Not whom it affects (`this is an issue affecting all customers`),
 * nor the trouble alone (`this is a major outage`).
 */
function faultPlaced(words: readonly Word[]): boolean {
  const first = words[0]
  if (!first) return false
  let at = 1
  const deictic = first.text === 'this' || first.text === 'it'
  if (!deictic) {
    // `the problem is ...`, `the fault lies ...` (`an issue was impacting ...` tells it began).
    if (first.text === 'a' || first.text === 'an') return false
    if (determiners.has(first.text)) at = 2
    if (!troubleAt(words, at - 1)) return false
  }
  const verb = words[at]
  if (!verb || !(beForms.has(verb.text) || verb.base === 'lie' || verb.text === 'lies'))
    return false
  at++
  // `an issue`, `a hardware fault`: the trouble named before where it lies (after `this is`, it must be).
  if (words[at] && determiners.has((words[at] as Word).text)) {
    const noun = words.slice(at + 1, at + 4).findIndex((word) => is(word, 'failure'))
    if (noun === -1) return false
    at += noun + 2
  } else if (at === 2) return false
  const place = words[at]?.text ?? ''
  // `the issue was impacting X` is a progressive: whom it hit, not where it lies.
  if (!placing.has(place) || (!deictic && participles.has(place))) return false
  let part = at + 1
  while (words[part] && beforePart.has((words[part] as Word).text)) part++
  const named = words[part]
  if (named === undefined || is(named, 'outsider') || is(named, 'failure')) return false
  // A part of the system within the next few words: `the physical host`, `our upstream DNS provider`.
  return words.slice(part, part + 4).some((word) => partStems.has(word.stem))
}

const partStems = new Set(systemParts.map((part) => stemmer(part)))

/** A noun of trouble: `problem`, `issue`, `fault`. */
function troubleAt(words: readonly Word[], index: number): boolean {
  const word = words[index]
  return word !== undefined && is(word, 'failure') && !word.text.endsWith('ing')
}

/** How many words with a class a segment holds. */
function wordCount(segment: Segment): number {
  let count = 0
  for (const list of segment.words.values()) count += list.length
  return count
}

/**
 * Where the `what` or `why` that a `know` or `understand` at `index` takes stands (`knew what`,
 * `knew exactly why`); -1 if none.
 */
function knownWhat(words: readonly Word[], index: number): number {
  // (`we understood what was going on`: understanding it is knowing it.)
  if (!/^(?:know|understand)$/.test(words[index]?.base ?? '')) return -1
  // (`once we know why`, `before we knew what`: knowing to come, or not yet.)
  if ([words[index - 1], words[index - 2]].some((word) => knowingToCome.test(word?.text ?? '')))
    return -1
  const at = knowAdverb.test(words[index + 1]?.text ?? '') ? index + 2 : index + 1
  return /^(?:what|why)$/.test(words[at]?.text ?? '') ? at : -1
}

/** What a payment network refuses: `card declines`, `transactions declined`. */
const paymentWords =
  /^(?:cards?|payments?|transactions?|auths?|authori[sz]ations?|charges?|purchases?|orders?)$/

/**
 * What an alert names when it is a setting or a record, not one going off: `alert threshold`,
 * `alert rules`, `alert log`, `from the alarm history`, `in the alarm summary`.
 */
const alertSetting =
  /^(?:thresholds?|rules?|polic(?:y|ies)|config(?:uration)?s?|fatigue|noise|routing|definitions?|settings?|logs?|files?|histor(?:y|ies)|summar(?:y|ies)|archives?|records?)$/

/** Words of the team that only say whose a thing is: `our tenant`, `my phone`. */
const possessives = new Set(['our', 'my'])

/** Words that praise the work done: `great work`, `nice job`. */
const praise =
  /^(?:great|good|nice|excellent|awesome|amazing|fantastic|brilliant|solid|hard|stellar|superb)$/

const knowingToCome = /^(?:until|till|before|once|when|if|unless|whether)$/

const knowAdverb = /^(?:exactly|precisely|finally|now|then|already|quickly)$/

/**
 * What an entry says across its sentences, each read alone: a closing with the harm said over, a
 * `Got it.` then what was wrong and why, a confirmation then the cause named. Added to `found`.
 */
function acrossSegments(
  clauses: readonly Clause[],
  segments: readonly Segment[],
  found: Feature[][]
): void {
  // `closing the incident. customer impact over, all events replayed`: the record closed with the
  // harm said to be over closes the incident as `resolved` does.
  const closedRecord = found.findIndex((list) =>
    list.some((feature) => feature.milestone === 'resolved' && feature.name === 'closed')
  )
  const harmOver = found.find(
    (list, index) =>
      index !== closedRecord &&
      list.some((feature) => feature.milestone === 'mitigated' && feature.name === 'impact ended')
  )
  if (closedRecord !== -1 && harmOver)
    found[closedRecord]?.push({
      milestone: 'resolved',
      name: 'closed, the harm over',
      weight: 4,
      words: harmOver.flatMap((feature) => (feature.name === 'impact ended' ? feature.words : []))
    })
  // `Got it. The new image ships SystemdCgroup = true, which is why the nodes never went Ready`: the
  // author's `got it`, alone, then what was wrong and why, is the cause found.
  if (
    answerAlone.exec(said(clauses[0]?.words ?? []))?.[1] === 'got' &&
    clauses[1]?.joint === 'stop' &&
    clauses
      .slice(1)
      .some((clause) => clause.words.some((word) => /^(?:why|because)$/.test(word.text)))
  )
    found[0]?.push({milestone: 'diagnosed', name: 'cause found', weight: 4, words: ['got', 'it']})
  // `Found it. There's a config push this morning that takes the pool from 200 to 20`, `marcus:
  // found it. ...`: `found it` alone, then the cause named, is the cause found.
  const lead = clauses[1]?.joint === 'colon' && (clauses[0]?.words.length ?? 0) <= 2 ? 1 : 0
  if (
    answerAlone.exec(said(clauses[lead]?.words ?? []))?.[1] === 'found' &&
    clauses[lead + 1]?.joint === 'stop' &&
    segments
      .slice(segments.findIndex((segment) => has(segment, 'find')) + 1)
      .some(
        (segment) =>
          segment.causeNamed ||
          has(segment, 'cause') ||
          has(segment, 'failure') ||
          has(segment, 'change') ||
          has(segment, 'ship')
      )
  )
    found[0]?.push({milestone: 'diagnosed', name: 'cause found', weight: 4, words: ['found', 'it']})
  // `confirmed. root cause is #4821`, `Verified: the culprit is the new parser`: a confirmation on
  // its own, then the cause named, is the cause found.
  for (const [index, segment] of segments.entries()) {
    const before = segments[index - 1]
    if (
      before !== undefined &&
      confirmationAlone(before) &&
      segment.causeNamed &&
      !has(segment, 'hedge') &&
      !segment.planned
    )
      found[index]?.push({
        milestone: 'diagnosed',
        name: 'cause confirmed',
        weight: 4,
        words: [...words(before, 'verify'), ...words(segment, 'cause')]
      })
  }
}

/** The words of a clause, as written. */
function said(words: readonly Word[]): string {
  return words.map((word) => word.text).join(' ')
}

/**
 * `Got it`, `Found it`, `I think we've got it`, `finally found it`: the answer found, said alone
 * (its verb captured).
 */
const answerAlone =
  /^(?:(?:i|we)\s+)?(?:think\s+(?:i|we)\s+)?(?:'ve\s+|have\s+)?(?:finally\s+|just\s+)?(got|found)\s+it$/

/** A segment that only confirms: `confirmed.`, `Verified:`, `yep, confirmed`. */
function confirmationAlone(segment: Segment): boolean {
  const confirms = segment.words.get('verify') ?? []
  return (
    confirms.length > 0 &&
    confirms.every((word) => /^(?:confirm|verifi)/.test(word.stem)) &&
    [...segment.words.values()].every((list) => list.every((word) => confirms.includes(word))) &&
    !segment.planned &&
    !segment.asked
  )
}

/** Adjectives written as verbs are: `a free checker`, `a clean shutdown`, `an empty queue`. */
const verbAdjectives = new Set(['free', 'clean', 'clear', 'open', 'empty', 'quiet', 'slow', 'dry'])

/** Features that tell the trouble ending, as against a deed done to end it. */
const outcomes = new Set([
  'recovery',
  'working again',
  'normal again',
  'impact ended',
  'improving',
  'down to none',
  'alert resolved',
  'back to normal',
  'full recovery'
])

/** Features of the team's own process: a note of them (`<INCIDENT DECLARED>`) names no milestone. */
const processSteps = new Set(['incident declared', 'responding'])

/** Verbs whose `on it` is what they bear on (`waiting on it`), not someone taking the work. */
const onItNot = new Set(
  [
    'wait',
    'depend',
    'rely',
    'build',
    'base',
    'sit',
    'hang',
    'comment',
    'report',
    'focus',
    'count',
    'act',
    'put',
    'keep',
    'spend',
    'land',
    'fall',
    'click',
    'run'
  ].map((verb) => stemmer(verb))
)

/** A clause that says, on its own, that the cause is found. */
const foundIt = new Set(['that is it', "that 's it", 'this is it', 'there it is', 'that was it'])

/** After `a`: an amount (`a few hours`, `a bit`), not a thing named. */
const amountWords = new Set(['few', 'bit', 'lot', 'little', 'couple', 'while', 'minute', 'second'])

/** Words after `it` that tell a state or a degree, not a thing named. */
const notNames = new Set([
  'still',
  'not',
  "n't",
  'now',
  'also',
  'just',
  'all',
  'only',
  'so',
  'very',
  'too',
  'been',
  'being',
  'be',
  'has',
  'had',
  'will',
  'would',
  'should',
  'could',
  'can',
  'may',
  'might',
  'seems',
  'looks',
  'appears',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'back',
  'up',
  'out',
  'off',
  'over',
  'again',
  'worse',
  'better',
  'hard',
  'unclear',
  'possible'
])

/** Nouns that name a cause as such (`the culprit was`, `root cause is`), not what may be one (`bug`). */
const causeNouns = new Set(['caus', 'culprit', 'reason', 'explan', 'origin', 'root', 'rca'])

/** Verbs whose particle makes them take a service down (`took down`, `brought down`, `knocked out`). */
const takers = new Map([
  ['take', 'down'],
  ['bring', 'down'],
  ['knock', 'out']
])

/**
 * Whether the destroying word at `index` is done by a change or by automation:
 * its subject (`the migration dropped`) or, in the passive, its agent (`were
 * deleted by the cron job`), with no person named as the one who did it.
 */
function destroyedByMachine(words: readonly Word[], index: number): boolean {
  // `hsm-02 is removed from the signing pool by config push`: a part taken out of service, a remedy.
  const from = [index + 1, index + 2].find((at) => words[at]?.text === 'from')
  if (
    from !== undefined &&
    words.slice(from + 1, from + 5).some((word) => servingSets.has(word.text))
  )
    return false
  // (Who is named before each word, and where the next `by` is, found once for the clause: a
  // clause of many such words costs no more per word than a short one.)
  const by = nextBys(words)[index + 1] ?? -1
  // (`Import job terminated, lock released`, `Job killed.`: a headline's passive, nothing after
  // the verb; the job named before it is what was ended, by whoever did it.)
  if (words[index]?.text.endsWith('ed') && by === -1 && words[index + 1] === undefined) return false
  if (isPassive(words, index) || (words[index]?.text.endsWith('ed') && by !== -1)) {
    const agent = by === -1 ? [] : words.slice(by + 1, by + 4)
    return agent.some(isMachine) && !agent.some(isPerson)
  }
  return (
    namedBefore(words, index, 'automation', 'change') &&
    !namedBefore(words, index, 'team', 'outsider', 'vendor')
  )
}

/**
 * Whether a word of one of the classes stands before `index` in a clause's words; where each
 * class is first named is found once per clause, so asking at every word costs nothing more.
 */
function namedBefore(words: readonly Word[], index: number, ...names: WordClass[]): boolean {
  let first = firstNamed.get(words)
  if (!first) {
    first = new Map()
    for (const [at, word] of words.entries())
      for (const name of word.classes) if (!first.has(name)) first.set(name, at)
    firstNamed.set(words, first)
  }
  for (const name of names) if ((first.get(name) ?? Number.POSITIVE_INFINITY) < index) return true
  return false
}

const firstNamed = new WeakMap<readonly Word[], Map<WordClass, number>>()

const isMachine = (word: Word) => is(word, 'automation') || is(word, 'change')
const isPerson = (word: Word) => is(word, 'team') || is(word, 'outsider') || is(word, 'vendor')

/** Per word of a clause, where the next `by` is from it on (-1 when none), found once per clause. */
function nextBys(words: readonly Word[]): number[] {
  const known = byPlaces.get(words)
  if (known) return known
  const found: number[] = []
  let next = -1
  for (let at = words.length; at >= 0; at--) {
    if (words[at]?.text === 'by') next = at
    found[at] = next
  }
  byPlaces.set(words, found)
  return found
}

const byPlaces = new WeakMap<readonly Word[], number[]>()

/** What serves traffic as a set: a part taken out of one is out of service, not destroyed. */
const servingSets = new Set([
  'pool',
  'rotation',
  'balancer',
  'lb',
  'cluster',
  'upstream',
  'upstreams',
  'serving',
  'traffic'
])

/** Words of naming on a network: `resolution` next to them is DNS's, not the incident's. */
const nameWords = new Set([
  'dns',
  'name',
  'names',
  'hostname',
  'hostnames',
  'domain',
  'domains',
  'address',
  'addresses',
  'host',
  'hosts'
])

/** What fills up: `full` after them is a failure (`the disk is full`). */
const storeWords = new Set([
  'disk',
  'disks',
  'volume',
  'volumes',
  'partition',
  'filesystem',
  'drive',
  'quota',
  'inbox',
  'buffer',
  'buffers',
  'pool',
  'table',
  'storage'
])

/** What else holds an amount: the `tank` of `a full tank`, the `battery` of `a full battery`. */
const filledWords = /^(?:tanks?|batter(?:y|ies)|queues?|buckets?|charge|cylinders?|cans?)$/

/** Stores that are full at 100% (`the disk hit 100%`; a quota at 100% may be its plan). */
const diskWords = /^(?:disks?|volumes?|partitions?|filesystems?|drives?|storage)$/

/** Whether a word (not a stop word) follows the one at `index`: what it qualifies. */
function nounAfter(words: readonly Word[], index: number): boolean {
  const after = words[index + 1]
  return after !== undefined && !stopWords.has(after.text)
}

/** What is added to a record, not to the service: `added a comment`, `adds a note`. */
const recordNotes =
  /^(?:comments?|notes?|repl(?:y|ies)|messages?|attachments?|screenshots?|labels?|watchers?|links?|reactions?)$/

/** Participles that name items by the harm done to them: `delayed webhooks`, `failed jobs`. */
const itemsHeldBack = /^(?:delayed|failed|stuck|rejected|dropped|queued|missed)$/

/** Words that pick out items of a lot: `the last delayed truck`, `remaining failed jobs`. */
const countedItems = new Set(['last', 'remaining', 'outstanding', 'pending', 'other'])

/** Words that count what follows them (`all affected customers`). */
const quantifiers = new Set(['all', 'any', 'some', 'every', 'each', 'most', 'many', 'few'])

/** Verbs of coming to know: a past perfect after them tells what was found out. */
const knowing: readonly WordClass[] = ['learn', 'aware', 'find']

/** Whether the word at `index` is the participle of a past perfect: `had locked`, `had been deleted`. */
function pastPerfect(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]?.text
  if (before === 'had') return true
  return before === 'been' && words[index - 2]?.text === 'had'
}

/** Deeds that `to` before them makes a purpose. */
const deeds = new Set<WordClass>(['find', 'act', 'fix', 'ship', 'recover', 'close'])
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our'])
/** Things an outcome's noun can name: a `mitigation profile`, a `recovery mode`, a `resolution runbook`. */
const outcomeThings =
  /^(?:profiles?|polic(?:y|ies)|rules?|settings?|modes?|plans?|procedures?|runbooks?|playbooks?|scripts?|tools?|tooling|templates?|keys?|partitions?|images?|environments?|options?|features?|codes?|steps?|drills?)$/

/** Messages, whose topic is what they tell of: `update on`, `notice of`, `e-mail about`. */
const messageNouns =
  /^(?:updates?|notices?|e-?mails?|messages?|notes?|notifications?|bulletins?|advisor(?:y|ies)|announcements?|letters?|posts?|sms|calls?|intimations?)$/

/** Items an outage leaves hanging, each settled on its own: transactions, payments, orders. */
const settledItems =
  /^(?:transactions|payments|orders|bookings|requests|transfers|messages|claims|refunds|jobs|items|disputes)$/

/** Records of an incident, whose closing is the incident's: `ticket closed`, `the bridge closed`. */
const incidentRecords =
  /^(?:tickets?|cases?|issues?|records?|bridges?|calls?|channels?|threads?|rooms?|inc-?\d*)$/
/** What follows a verb with no object: where or when (`closes at 17:00`, `closed under the deadline`). */
const closingPlaces = new Set([
  'at',
  'on',
  'in',
  'under',
  'for',
  'after',
  'with',
  'as',
  'by',
  'early',
  'late'
])
/** Words that say no one was harmed yet: `No direct impact yet`, `no effect on service`, `No customer impact;`. */
const harmless =
  /\b(?:no|without)\s+(?:(?:direct|customer|user|client|service|visible|immediate|external|real|noticeable)[\s-]+)?(?:impact|effect)(?:\s+yet|\s+on\s+(?:service|customers|users|train|traffic|operations|production|the\s+service)|\s+at\s+this\s+(?:time|point|stage)|(?=\s*[;:.]))\b|\bnot\s+yet\s+(?:impacting|affecting|visible\s+to)\b|\b(?:nobody|no\s+one|no-one)\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:yet\s+)?(?:harmed|affected|impacted|hurt)\b/i

/**
 * The author saying the harm begins at this entry: `This is where impact starts.`, `This is where
 * player impact starts`, `the start of merchant impact`; whose harm it is may be any one word but a
 * plan's (`the start of the planned outage`).
 */
const onsetHere =
  /\b(?:this|that|here)\s+is\s+(?:where|when)\s+(?:the\s+)?(?:(?!(?:planned|scheduled|maintenance)\b)[\p{L}-]+\s+)?(?:impact|outage|trouble|harm|incident)\s+(?:starts|started|begins|began)\b|(?:^|[.!:;*]\s*|\b(?:this\s+is|that\s+was|this\s+marks|marks)\s+)(?:the\s+)?(?:start|beginning|onset)\s+of\s+(?:the\s+)?(?:(?!(?:planned|scheduled|maintenance)\b)[\p{L}-]+\s+)?(?:impact|outage)\b(?!\s+window)|(?:^|[\s.(])(?:es\s+el\s+|marca\s+el\s+)?(?:inicio|comienzo)\s+del?\s+(?:la\s+)?(?:impacto|incidencia|incidente|caída|afectación)|(?:c'est\s+le\s+)?début\s+de\s+(?:l['’]\s*)?(?:impact|incident|panne)|(?:é\s+o\s+)?início\s+do\s+(?:impacto|incidente)|(?:è\s+l['’]\s*)?inizio\s+(?:dell['’]\s*)?(?:impatto|incidente|disservizio)|beginn\s+(?:der|des)\s+(?:störung|auswirkung(?:en)?|ausfalls|impacts)|początek\s+(?:awarii|incydentu)/iu

/** The classes of the trouble itself: what went wrong, and who did it. */
const troubleNames = new Set<WordClass>(['failure', 'outage', 'attack', 'attacker'])

/** `failed to`, `fails to`: a verb of failing, then what did not happen. */
function failedTo(words: readonly Word[], index: number): boolean {
  return (
    /^(?:fail|fails|failed|failing)$/.test(words[index]?.text ?? '') &&
    words[index + 1]?.text === 'to'
  )
}

/** Prepositions that make the deed after them a moment or a cause (`after the restart`). */
const timePrepositions = new Set([
  'from',
  'after',
  'since',
  'during',
  'before',
  'following',
  'until',
  'despite'
])
/** Words before `to` that make what follows it done (`managed to find`, `was able to restore`). */
const able = new Set([
  'able',
  'managed',
  'began',
  'begin',
  'begins',
  'started',
  'start',
  'starts',
  'continued'
])

/** Words that do not start a clause's meaning: articles, pronouns, adverbs of time. */
const stopWords = new Set([
  'the',
  'a',
  'an',
  'then',
  'also',
  'manually',
  'finally',
  'successfully',
  'immediately',
  'quickly',
  'eventually',
  'later'
])

/** A clause's first word names an action when it is a past tense or a known action verb. */
function isVerbLike(word: Word): boolean {
  return (
    word.text.endsWith('ed') ||
    word.base !== word.text ||
    is(word, 'act') ||
    is(word, 'ship') ||
    is(word, 'fix')
  )
}

/** The team's work, which a begin word can begin (`began investigating`, `start the rollback`). */
const activities: readonly WordClass[] = [
  'investigate',
  'act',
  'ship',
  'fix',
  'respond',
  'find',
  'verify',
  'acknowledge',
  'report',
  'notify'
]

/** Words that make what follows them a predicate: what the subject did or what happened to it. */
const predicates: readonly WordClass[] = [
  'act',
  'notify',
  'ship',
  'fix',
  'report',
  'aware',
  'signal',
  'recover',
  'close',
  'end',
  'find',
  'learn',
  'respond',
  'acknowledge',
  'investigate',
  'begin',
  'fire',
  'receive',
  'working',
  'serve',
  'verify'
]

const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets'])
/** Words of a clue judged (`which is suspicious`), not of a failure when said of a clue. */
const judgedClue = new Set([
  'suspicious',
  'anomalous',
  'unusual',
  'abnormal',
  'odd',
  'strange',
  'weird'
])
/**
 * Whether the `from` at `index` dates the harm told beside it from a moment: a time
 * (`outage from 22.41`) or the entry's own (`from this moment every request fails`).
 */
function fromThisMoment(words: readonly Word[], index: number): boolean {
  const next = words[index + 1]?.text ?? ''
  const moment =
    /^\d/.test(next) ||
    (/^(?:this|that|then)$/.test(next) &&
      (next === 'then' ||
        /^(?:time|moment|point|minute|instant)$/.test(words[index + 2]?.text ?? '')))
  if (!moment) return false
  // (`failed from 09:30 to 10:40`: a span, whose own reading weighs its start and end.)
  if (
    words
      .slice(index + 2, index + 5)
      .some(
        (word, at) =>
          /^(?:to|until|till)$/.test(word.text) && /^\d/.test(words[index + 3 + at]?.text ?? '')
      )
  )
    return false
  const before = words[index - 1]
  if (before !== undefined && (is(before, 'failure') || is(before, 'outage'))) return true
  // (The harm after the moment, when it opens the clause: `From this moment every request fails`.)
  // (Not a harm that ends then: `from that moment writes stopped failing`.)
  const told = words.slice(index + 3, index + 8)
  return (
    index === 0 &&
    /^\D/.test(next) &&
    told.some((word) => is(word, 'failure') || is(word, 'outage')) &&
    !told.some((word) => is(word, 'end') || is(word, 'recover'))
  )
}

/** Words before `notice` that make it the paper (`the notice`, `Original notice`), not the verb. */
const noticeQualifiers = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'your',
  'their',
  'its',
  'original',
  'public',
  'service',
  'disruption',
  'status',
  'maintenance',
  'outage',
  'incident',
  'written',
  'formal',
  'prior',
  'advance',
  'short',
  'further',
  'final',
  'initial',
  'earlier',
  'previous',
  'updated',
  'official',
  'customer'
])

/** Papers that tell of an incident, which a correction puts right: `Correction to our update`. */
const paperNouns = new Set([
  'update',
  'updates',
  'notice',
  'report',
  'statement',
  'post',
  'message',
  'email',
  'e-mail',
  'summary',
  'figure',
  'figures',
  'earlier',
  'previous',
  'timeline',
  'article'
])

/** What a part said to be fine in itself is, no recovery: `the database itself was healthy`. */
const sparedClasses = new Set<WordClass>(['healthy', 'working', 'usual', 'recover', 'serve'])

/** Forms of `have` that make a perfect with `been` (`none has been lost`). */
const haveForms = new Set(['has', 'have', 'had'])

/**
 * Who acts in a clause: the agent after `by` (`reported by a customer`),
 * else the first actor word before the first predicate (the subject), else
 * none (`The user's IP is blocked`: the user is acted on).
 */
function actorIn(words: readonly Word[]): Segment['actor'] {
  for (const [index, word] of words.entries()) {
    if (word.text !== 'by') continue
    for (const other of words.slice(index + 1, index + 4)) {
      const agent = actorOf(other)
      if (agent) return agent
    }
  }
  const predicate = words.findIndex((word) => predicates.some((name) => is(word, name)))
  const subject = predicate === -1 ? words : words.slice(0, predicate)
  if (predicate > 0 && isPassive(words, predicate)) return undefined
  for (const word of subject) {
    // Quoted words are someone else's: `"I think it is down" shared by Sam` is not the team speaking.
    // (A customer is one whoever quotes them: `posted: "customer on the phone says ..."`.)
    const actor = actorOf(word)
    if (actor && (!word.quoted || actor === 'outsider')) return actor
  }
  return undefined
}

/** A past participle after a form of `be`, an adverb aside (`was successfully set`, not `are investigating`). */
function isPassive(words: readonly Word[], index: number): boolean {
  const word = words[index]
  if (!word || word.text.endsWith('ing')) return false
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const before = words[at] as Word
    if (beForms.has(before.text)) return true
    if (!before.text.endsWith('ly') && !stopWords.has(before.text)) return false
  }
  return false
}

function actorOf(word: Word): Segment['actor'] {
  if (is(word, 'attacker')) return 'attacker'
  if (is(word, 'team')) return 'team'
  if (is(word, 'vendor')) return 'vendor'
  if (is(word, 'outsider')) return 'outsider'
  return undefined
}

function has(segment: Segment, name: WordClass): boolean {
  return segment.words.has(name)
}

function words(segment: Segment, ...names: WordClass[]): string[] {
  const shown: string[] = []
  for (const name of names) {
    for (const word of segment.words.get(name) ?? []) {
      if (!shown.includes(word.text)) shown.push(word.text)
    }
  }
  return shown
}

function drop(segment: Segment, ...names: WordClass[]): void {
  for (const name of names) segment.words.delete(name)
}

/** What the words that change meaning take away from a segment. */
function cancel(segment: Segment): void {
  const doing: WordClass[] = ['act', 'ship', 'fix', 'recover', 'close', 'end', 'find']
  // `What is it normally?`, `Can we revert just that push?`, `is checkout back?`: a question asks,
  // it tells no deed or outcome (what it asks about trouble may still tell it was noticed).
  if (segment.asked) drop(segment, ...doing, 'healthy', 'usual')
  if (has(segment, 'plan') || has(segment, 'attempt') || segment.planned) {
    segment.planned = true
    // (`a check would have caught the problem`: what was not noticed; `everyone kicked is trying
    // to log back in`: users trying to be served, not served.)
    drop(
      segment,
      ...doing,
      'healthy',
      'usual',
      'serve',
      'report',
      'signal',
      'watch',
      'failure',
      'attack',
      'aware'
    )
  }
  if (has(segment, 'elsewhere')) drop(segment, 'act', 'ship', 'fix', 'recover')
  // `Testing of a potential fix`: not yet the fix.
  if (has(segment, 'hedge')) drop(segment, 'fix', 'ship')
  // The team telling others (`users were notified`, `we informed customers`) is communication.
  if (has(segment, 'notify') && !has(segment, 'report') && !notifiedTeam(segment))
    segment.words.set('communicate', segment.words.get('notify') ?? [])
  // `Mac hosts were spared, and so were those that stayed offline`: who the failure missed.
  if (has(segment, 'spared')) drop(segment, 'failure', 'outage', 'attack')
  // `declared the incident mitigated`: declaring an outcome tells the outcome; declaring an incident opens the response.
  const declared = (segment.words.get('respond') ?? []).filter((word) =>
    word.stem.startsWith('declar')
  )
  const outcomeNamed = (['recover', 'close', 'end', 'healthy', 'working', 'usual'] as const).some(
    (name) => has(segment, name)
  )
  if (declared.length > 0 && outcomeNamed) {
    drop(segment, 'respond')
    segment.declaredOutcome = true
  }
  // `Logs show the migration took a lock`: what evidence shows was seen, not a deed of the team.
  if ((has(segment, 'evidence') || has(segment, 'investigate')) && has(segment, 'show')) {
    segment.shown = true
    segment.shownDeed = has(segment, 'act') || has(segment, 'badMeasure')
    drop(segment, 'act', 'ship', 'fix')
  }
  // `Google reported the issue resolved`: the team (or its vendor) saying it is closed announces it.
  if (
    has(segment, 'report') &&
    has(segment, 'close') &&
    segment.actor !== 'outsider' &&
    !has(segment, 'communicate')
  )
    segment.words.set('communicate', segment.words.get('report') ?? [])
  // `posts the status of each service`: telling the world how things stand.
  if (has(segment, 'report') && has(segment, 'status') && !has(segment, 'communicate'))
    segment.words.set('communicate', segment.words.get('report') ?? [])
  if (has(segment, 'communicate')) {
    // Saying it is resolved is not resolving it, but it is said once it is: weak evidence, kept apart.
    // `AWS announces that ELB is operating normally`: an announced outcome counts the same.
    // (`End of incident announced by Claire`: the end of the trouble itself, announced.)
    const ended = has(segment, 'outage') ? (segment.words.get('end') ?? []) : []
    const outcome = [
      ...(['close', 'usual', 'healthy', 'working'] as const).flatMap(
        (name) => segment.words.get(name) ?? []
      ),
      ...ended
    ]
    if (outcome.length > 0 && !has(segment, 'partial')) segment.announcedClosed = outcome
    drop(segment, 'recover', 'close', 'end', 'healthy', 'usual', 'serve', 'again', 'working', 'fix')
    // `Twitter reports start coming in`: reports others send, received on the channel.
    if (segment.actor !== 'outsider' && !has(segment, 'receive')) drop(segment, 'report')
  }
  if (segment.persists)
    drop(segment, 'recover', 'act', 'fix', 'ship', 'close', 'end', 'healthy', 'find', 'begin')
  // `Added a Prometheus alert`: setting monitoring up, which is neither detection nor a remediation.
  if (has(segment, 'setup') && (has(segment, 'signal') || has(segment, 'watch')))
    drop(segment, 'signal', 'watch', 'act')
  // `rebooted unexpectedly`, `accidentally deleted`: what happens without intent is the failure, not a remedy.
  if (has(segment, 'unplanned') && has(segment, 'act')) {
    segment.tookDown.push(...(segment.words.get('act') ?? []))
    segment.words.set('failure', [
      ...(segment.words.get('failure') ?? []),
      ...(segment.words.get('act') ?? [])
    ])
    drop(segment, 'act')
  }
  // A deed told in the past perfect was done before: it explains the entry's time, it is not done at it.
  if (segment.earlier) {
    segment.explained = words(segment, 'act', 'ship', 'fix')
    drop(segment, 'act', 'ship', 'fix')
  }
  // A deed under way (`we are deploying a fix`) is not yet done: its end is told later, or not at all.
  if (segment.underWay) drop(segment, 'act', 'ship', 'fix')
  if (segment.inProgress) drop(segment, 'recover')
  // An action only begun (`Began rollback`, `rollback initiated`) is not yet done; a recovery begun is partial.
  if (
    has(segment, 'begin') &&
    (has(segment, 'act') || has(segment, 'ship') || has(segment, 'fix')) &&
    !has(segment, 'failure')
  ) {
    const begun = (segment.words.get('begin') ?? []).filter((word) => !is(word, 'act'))
    if (begun.length > 0) drop(segment, 'act', 'ship', 'fix')
  }
}

/**
 * Whether a telling reached the team: told by someone outside, to the team
 * (`pings @alice`, `sent to the team`), or the team told (`on-call pinged`).
 */
function notifiedTeam(segment: Segment): boolean {
  if (segment.calledToTell && segment.actor !== 'team') return true
  // `The security inbox receives an email`: whoever receives was told; `customers receive an email` is the team telling them.
  if (segment.receives) return segment.actor !== 'outsider' && segment.actor !== 'attacker'
  if (!segment.tellsSomeone && !segment.passive && !segment.teamTold && !segment.toTeam)
    return false
  if (segment.actor === 'outsider' || segment.actor === 'vendor' || has(segment, 'receive'))
    return true
  if (segment.toTeam || segment.teamTold || segment.writerTold) return true
  // `@bob pings @alice`: one person telling another, no team named.
  return segment.actor === undefined && !segment.passive && segment.tellsSomeone
}

/**
 * A label: a leading one of one to three words before a colon, or an entry
 * of one or two words alone, as key events list them (`Repaired`, `First
 * detected`; `Incident mitigated.` is a sentence).
 */
function labelOf(
  text: string,
  segments: Segment[],
  clauses: Clause[],
  origin: EntryOrigin,
  emphasis: readonly string[] = [],
  /** Those of `emphasis` that name a milestone on their own (`namesMilestone`). */
  naming: readonly string[] = []
): boolean {
  const first = clauses[0]
  if (!first || segments.length === 0) return false
  const second = clauses[1]
  // Not a sentence (`Incident mitigated.`), nor a front matter key read as words (`resolved When`).
  if (second === undefined)
    return (
      (first.words.length <= 2 && origin !== 'front-matter' && !/[.!?]\s*$/.test(text)) ||
      boldLead(text, naming)
    )
  // (`Kayla escalates: 14 chats ...`, `Devin confirms: ...`: someone named, then what they say,
  // is a sentence, not a label; so is `Tobias spots cpu: 50m in the pod spec`, a key and its value
  // in what he saw.)
  const [who, verb] = first.words
  if (
    first.words.length >= 2 &&
    who?.classes.length === 0 &&
    /^[A-Z][a-z]/.test(text) &&
    verb !== undefined &&
    verb.classes.length > 0 &&
    /[^s]s$/.test(verb.text)
  )
    return false
  // (`MITIGATED. kubectl patch ... applied`: a word or two in capitals, a sentence of its own, as
  // an author marks a row.)
  // (`**Mitigated.** Rollback complete`: the same set in bold.)
  const opening = said(first.words)
  // (`**Mitigado.**`: a label of another language, read as its English.)
  const bold = emphasis.some(
    (phrase) =>
      phrase.replace(/[\s.!:]+$/, '').toLowerCase() === opening ||
      readClauses(phrase).map((clause) => said(clause.words))[0] === opening
  )
  if (first.words.length <= 2 && (shoutedFirst.test(text) || bold) && second.joint === 'stop')
    return true
  if (boldLead(text, naming)) return true
  // (`Found it: the clients hammered reconnects`: a sentence that says who or what, no label.)
  if (first.words.some((word) => /^(?:it|we|i|they|this|that)$/.test(word.text))) return false
  return first.words.length <= 3 && second.joint === 'colon'
}

/**
 * `**Crashlytics velocity alert** for Android issue ... posted`, `**First crash of the new issue**
 * in Crashlytics`: a few words the author set in bold to open the row, naming a milestone on their
 * own (`naming`: weighed once, by `weighEntry`), mark the row as that milestone's, as a label does (a name in bold, `**Alice** restarts the
 * pod`, names none; a word or two, `**Closed** · Issue created`, is a state or a label of its own).
 */
function boldLead(text: string, naming: readonly string[]): boolean {
  if (naming.length === 0) return false
  const opening = text.trimStart().toLowerCase()
  return naming.some((phrase) => {
    const lead = phrase.trim().toLowerCase()
    if (lead.length === 0 || lead.length >= opening.length - 1 || !opening.startsWith(lead))
      return false
    // (Three words or more: `**Closed** · Incident` is an issue's state, `**Alice**` a name.)
    const count = lead.split(/\s+/).length
    if (count < 3 || count > 6) return false
    // (A sentence in bold, `**MedChart is available to all users.**`, is emphasis, not a label.)
    return !/[.!?]$/.test(lead) && !/\b(?:is|are|was|were|has|have|had)\b/.test(lead)
  })
}

/** An entry that opens on a word or two in capitals, a sentence of their own: `MITIGATED. ...`. */
const shoutedFirst = /^[\s*_]*[A-Z]{4,}(?:[ -][A-Z]{2,})?[*_]*\.[*_]*\s/

/** The milestones a label names: those its words support most, if at least `least`. */
function namedBy(features: readonly Feature[], least: number): Set<ScoredMilestone> {
  const top = Math.max(0, ...features.map((feature) => feature.weight))
  if (top < least) return new Set()
  return new Set(
    features.filter((feature) => feature.weight === top).map((feature) => feature.milestone)
  )
}

/** The features of one segment. */
function featuresOf(segment: Segment): Feature[] {
  // `Normally this data is ready by 5:30 AM`: how things usually are, no event.
  // (`... when they join`, going on such a sentence: how things usually are too.)
  if (habitual.has(segment.opening) || segment.usual) return []
  const found: Feature[] = []
  const add = (milestone: ScoredMilestone, name: string, weight: number, shown: string[]) => {
    found.push({milestone, name, weight, words: shown})
  }
  // What the service could not do is a failure, unless it is the team that could not (`we could not find the cause`).
  // (`we could not roll back` is the team short of a deed; `staff could not log in` is harm,
  // whoever was shut out.)
  const failure =
    has(segment, 'failure') ||
    (segment.cannot.length > 0 &&
      (segment.actor !== 'team' ||
        (segment.shutOut === true && segment.cannot.every((word) => !is(word, 'act')))))
  const attack = has(segment, 'attack') || (segment.actor === 'attacker' && !has(segment, 'end'))
  const worsening =
    (has(segment, 'rise') && (has(segment, 'badMeasure') || failure)) ||
    (has(segment, 'fall') && has(segment, 'goodMeasure') && !has(segment, 'badMeasure'))
  const back = has(segment, 'again') || segment.asBefore === true
  // (`error rate back to 0%`: a measure of trouble back at none has fallen, as `drops to 0%` says.)
  const improving =
    (has(segment, 'fall') || (back && segment.toZero)) &&
    (has(segment, 'badMeasure') || failure) &&
    !has(segment, 'goodMeasure')
  const healthy = has(segment, 'healthy')
  const serving = has(segment, 'serve')
  const outcome =
    improving ||
    has(segment, 'working') ||
    has(segment, 'recover') ||
    healthy ||
    has(segment, 'close') ||
    has(segment, 'end') ||
    (back && (serving || has(segment, 'usual'))) ||
    // (`Outage marked resolved on the status page`: the trouble announced over is no onset.)
    segment.announcedClosed.length > 0
  const acting = (['act', 'fix', 'ship', 'find', 'investigate', 'respond'] as const).some((name) =>
    has(segment, name)
  )
  // (`customers saw dashboards load slowly`: what customers look at is the product, not a monitor.)
  const watched =
    // (`Alert clears.`, `the alarm resolved itself`: an alert ending, no trouble seen.)
    (has(segment, 'signal') && !has(segment, 'recover') && !has(segment, 'close')) ||
    (segment.monitorSent !== undefined && !segment.planned && !segment.asked) ||
    (has(segment, 'watch') &&
      segment.actor !== 'outsider' &&
      // (`The monitor auto-resolved while declines were still high`: a monitor clearing, no alert.)
      !has(segment, 'close') &&
      (failure ||
        has(segment, 'badMeasure') ||
        has(segment, 'fire') ||
        has(segment, 'rise') ||
        has(segment, 'receive')))
  const aware = has(segment, 'aware') || segment.knewWrong === true
  // `We received a report from a user`: the team on the receiving end was told.
  // (`told` below: `report` words tell of a problem; `notify` words count when the team is the one told.)
  const received = has(segment, 'receive') && (has(segment, 'report') || has(segment, 'notify'))
  const telling = has(segment, 'report') || (has(segment, 'notify') && notifiedTeam(segment))
  // (`The vendor confirms by e-mail that firmware will be pushed tonight`: notice of a plan, no
  // trouble told.)
  // (`Vendor reports change successful`, `reports the upgrade complete`: good news told, no trouble.)
  const goodNews =
    !failure &&
    !worsening &&
    !has(segment, 'outage') &&
    !has(segment, 'badMeasure') &&
    segment.cannot.length === 0 &&
    [...segment.words.values()].some((list) => list.some((word) => goodNewsWords.test(word.text)))
  const told =
    telling &&
    !goodNews &&
    !(segment.planned && !failure && !worsening) &&
    (segment.actor !== 'team' || received || segment.fromOutside) &&
    (segment.actor === 'outsider' ||
      received ||
      segment.fromOutside ||
      segment.actor === 'vendor' ||
      segment.toTeam ||
      segment.teamTold ||
      segment.writerTold ||
      segment.passive ||
      segment.reportedIt ||
      failure ||
      worsening)
  const heard = watched || aware || told

  // started
  // (`students could not log in`: going on, as harm is, and maybe its onset; `still` says it was
  // already going.)
  const ongoing = segment.persists && !(segment.deniedService && !has(segment, 'persist'))
  if (!ongoing && !outcome) {
    const onset = failure || has(segment, 'outage') || attack || worsening
    const begins = (segment.words.get('begin')?.length ?? 0) > segment.activityBegins
    if (begins && onset)
      add(
        'started',
        heard ? 'failure reported' : 'failure begins',
        heard ? 1.5 : 3,
        words(segment, 'begin', 'failure', 'outage', 'attack', 'rise', 'fall')
      )
    if (worsening && !acting)
      add(
        'started',
        'worsening',
        2.5,
        words(segment, 'rise', 'fall', 'badMeasure', 'goodMeasure', 'failure')
      )
    if (segment.tookDown.length > 0)
      add('started', 'taken down', 3, [
        ...segment.tookDown.map((word) => word.text),
        ...words(segment, 'change')
      ])
    if (attack && segment.actor !== 'team' && !acting)
      add('started', 'attack', 2.5, words(segment, 'attack', 'attacker'))
    // `First 504s at the edge`, `the first failed handshake in our logs`: the author dates the harm's first sign
    // (a change told before it, `the vendor's rollout began`, is what set it off).
    if (
      failure &&
      segment.firstHarm &&
      !aware &&
      !segment.planned &&
      (!acting || segment.firstImpact)
    )
      add('started', 'first harm', 3.5, words(segment, 'first', 'failure'))
    if (failure && !heard && !acting && !has(segment, 'change'))
      add('started', 'failure', 2, words(segment, 'failure'))
    else if (failure && heard) add('started', 'failure reported', 1.5, words(segment, 'failure'))
  }

  // detected
  if (watched) {
    const seen = words(segment, 'signal', 'watch')
    const sent = segment.monitorSent?.text
    add('detected', 'alert', 3, sent && !seen.includes(sent) ? [sent, ...seen] : seen)
  }
  // `render-queue-depth > 5000 fires`: what fires, unnamed, is an alert by its condition.
  else if (
    (segment.words.get('fire') ?? []).some((word) => /^fire[sd]?$/.test(word.text)) &&
    !segment.planned &&
    segment.actor !== 'team'
  )
    add('detected', 'something fires', 3, words(segment, 'fire'))
  // (`Users in Leeds notice hanging screens`: those the service serves noticing is the harm felt,
  // known to the team only when one of them tells it, as `customers see 502s` is.)
  if (aware && segment.noticedOutside)
    add('detected', 'noticed outside', 2, words(segment, 'aware'))
  else if (aware) add('detected', 'noticed', 3, words(segment, 'aware'))
  // `Ops sees 502s on every node`, `we saw the queue growing`: the team seeing the trouble notices it
  // (`customers see 502s` is the harm; `we're seeing` is what a status update says, told later).
  else if (
    segment.actor === 'team' &&
    (failure || worsening) &&
    !segment.planned &&
    (segment.words.get('learn') ?? []).some(
      (word) => word.stem === 'see' && !word.text.endsWith('ing')
    )
  )
    add('detected', 'noticed', 3, words(segment, 'learn'))
  // (Whoever sees the alert that went off takes it up; the alert itself is the detection.)
  if (segment.alertSeen && segment.actor !== 'outsider' && !segment.planned && !segment.asked)
    add('acknowledged', 'alert seen', 2, words(segment, 'learn', 'signal', 'watch'))
  // Someone outside telling is detection; a system's own report of an error (`the plugin reports NoSuchMethodError`) less so.
  const person =
    segment.actor === 'outsider' ||
    segment.actor === 'vendor' ||
    segment.toTeam ||
    segment.teamTold ||
    segment.passive ||
    segment.fromOutside ||
    received
  if (told)
    add(
      'detected',
      person || segment.writerTold ? 'reported' : 'failure reported',
      person ? 3 : segment.writerTold ? 2.5 : 2,
      words(segment, 'report', 'notify', 'outsider', 'vendor', 'failure')
    )
  else if (has(segment, 'report') && segment.actor !== 'team')
    add('detected', 'message', 1, words(segment, 'report'))
  if (
    has(segment, 'respond') &&
    segment.words.get('respond')?.some((word) => word.stem.startsWith('declar')) &&
    has(segment, 'outage')
  )
    add('detected', 'incident declared', 2.5, words(segment, 'respond', 'outage'))
  // `A security researcher identified a leaked token`: found by someone outside, the team learns of it from them.
  if (has(segment, 'find') && segment.actor === 'outsider' && !heard)
    add('detected', 'found by an outsider', 3, words(segment, 'find', 'outsider'))
  if (has(segment, 'first') && found.some((feature) => feature.milestone === 'detected'))
    add('detected', 'first', 1, words(segment, 'first'))
  // `Second alert: ...`, `another page fires`: one after the first, which was the detection.
  else if (segment.later && found.some((feature) => feature.milestone === 'detected'))
    add('detected', 'not the first', -1.5, ['later'])

  // `anyone else seeing stale results?`, `is checkout down for you?`: asking about trouble is having noticed it.
  if (segment.asked && (failure || worsening) && !segment.planned)
    add('detected', 'asked about', 3, words(segment, 'failure', 'rise', 'badMeasure'))
  // `Dana takes incident command`, `Sgt. Ramos assumes command`, `I'm IC`: taking the incident, the
  // acknowledgement as the definition names it.
  if (
    ((segment.command === true && has(segment, 'respond')) || segment.commanderNamed === true) &&
    !segment.planned
  )
    add('acknowledged', 'took command', 4, words(segment, 'respond'))
  // acknowledged; and whoever responds knew of it by then.
  if (has(segment, 'acknowledge'))
    add('acknowledged', 'acknowledged', 4, words(segment, 'acknowledge'))
  if (
    has(segment, 'acknowledge') ||
    has(segment, 'respond') ||
    (has(segment, 'investigate') && (has(segment, 'begin') || segment.actor === 'team'))
  )
    add('detected', 'responding', 2, words(segment, 'acknowledge', 'respond', 'investigate'))
  // (`assigns it to the Infra team`, `role assigned`: the work routed to someone, less than their
  // taking it; `IC assigned: @ivan` is someone given command. `escalates it to the engineer on call`:
  // handed on, more than routed, less than the on-call's `picks it up` after it.)
  const responses = segment.words.get('respond') ?? []
  const handed =
    !segment.command &&
    !(segment.words.get('team') ?? []).some((word) => /^(?:ic|commander)$/.test(word.text))
  const routed = handed && responses.every((word) => /^assign/.test(word.stem))
  const handedOn = handed && responses.every((word) => /^(?:escalat|forward)/.test(word.text))
  if (has(segment, 'respond'))
    add('acknowledged', 'responding', routed ? 2 : handedOn ? 2.25 : 2.5, words(segment, 'respond'))
  if (has(segment, 'investigate')) {
    // Taking up the work (`begins investigating`) is acknowledging it; working on it (`the team investigates`) only hints.
    if (has(segment, 'begin') || segment.takenUp)
      add('acknowledged', 'investigating', 2.5, words(segment, 'begin', 'investigate'))
    else if (segment.actor === 'team')
      add('acknowledged', 'investigating', 1.5, words(segment, 'investigate'))
    else add('acknowledged', 'investigation', 1, words(segment, 'investigate'))
  }

  // diagnosed
  // (`identifies a ransomware attack`: an attack found is the cause found, as a failure is.)
  const causeNamed = has(segment, 'cause') || failure || has(segment, 'attack')
  // `root cause identified` names the cause; `identifies that the hook is crash-looping` may be a symptom found.
  if (has(segment, 'find') && has(segment, 'cause'))
    add('diagnosed', 'cause found', 4, words(segment, 'find', 'cause', 'failure'))
  else if (has(segment, 'find') && causeNamed)
    add('diagnosed', 'failure found', 3.5, words(segment, 'find', 'failure', 'attack'))
  else if (has(segment, 'find')) add('diagnosed', 'found', 2, words(segment, 'find'))

  // (`Vendor support confirms the root cause`, `we established the cause`: as good as found.)
  if (has(segment, 'learn') && has(segment, 'cause'))
    add(
      'diagnosed',
      'cause understood',
      (segment.words.get('learn') ?? []).some(
        (word) => /^(?:confirm|establish)/.test(word.stem) || /^agree/.test(word.text)
      ) &&
        (segment.words.get('cause') ?? []).some((word) =>
          /^(?:root|caus|culprit|reason)/.test(word.text)
        )
        ? 4
        : 3,
      words(segment, 'learn', 'cause')
    )
  // `We have the cause`, `we now know why`: the team holding the cause as such (not `we have a
  // regression`, which is the trouble).
  else if (
    has(segment, 'possess') &&
    segment.actor === 'team' &&
    !segment.planned &&
    (segment.words.get('cause') ?? []).some((word) => causeItself.test(word.stem))
  )
    add('diagnosed', 'cause in hand', 3, words(segment, 'possess', 'cause'))
  // `the profiles showed the cause`, `logs show the migration took a lock`: a finding; `logs showed errors`: only what was seen.
  if (segment.shown)
    add(
      'diagnosed',
      'evidence shows',
      has(segment, 'cause') || (causeNamed && !segment.firstHarm)
        ? 3
        : has(segment, 'change') || segment.shownDeed
          ? 2.5
          : 1.5,
      words(segment, 'evidence', 'investigate', 'show', 'cause', 'failure')
    )
  if (segment.causedBy) add('diagnosed', 'caused by', 1.5, words(segment, 'cause'))
  // `They called Dave with the cause: ...`, `the vendor told us the cause`: the cause passed on.
  if (
    has(segment, 'cause') &&
    // (Not the words of a message quoted: `the usual cause of "contact support" errors`.)
    [...(segment.words.get('notify') ?? []), ...(segment.words.get('report') ?? [])].some(
      (word) => !word.quoted
    ) &&
    !segment.planned &&
    !has(segment, 'hedge') &&
    // (The cause as a noun: `This is why the post mentions ...` explains, it tells no cause.)
    (segment.words.get('cause') ?? []).some((word) => /^(?:caus|culprit|reason)/.test(word.stem))
  )
    add('diagnosed', 'cause told', 3.5, words(segment, 'notify', 'report', 'cause'))
  // `The provider confirms a fibre cut`: a vendor saying what failed on its side tells the cause.
  if (
    segment.actor === 'vendor' &&
    failure &&
    (has(segment, 'verify') || has(segment, 'show') || has(segment, 'find')) &&
    !segment.planned
  )
    add('diagnosed', 'confirmed by the vendor', 2.5, words(segment, 'verify', 'show', 'failure'))
  // `The culprit was a misconfigured health check`: the cause named, so known by then.
  if (segment.causeNamed && !has(segment, 'hedge') && !segment.planned)
    add('diagnosed', 'cause named', 3, words(segment, 'cause'))
  // `We realised the migration had locked the table`: knowing what had been done is finding the mechanism.
  if (
    segment.explained.length > 0 &&
    (has(segment, 'learn') || has(segment, 'aware') || has(segment, 'find'))
  )
    add('diagnosed', 'mechanism found', 3, [
      ...words(segment, 'learn', 'aware', 'find'),
      ...segment.explained
    ])

  // mitigated and resolved: outcomes first, then actions.
  // (`success rate back to 99.9%`, `crash-free sessions back to 99.5%`: a good measure back at its level.)
  const usual =
    has(segment, 'usual') ||
    // (`We went back to full scans`: the team going back to a way of working, no service whole.)
    (segment.backToFull === true && segment.actor !== 'team') ||
    (segment.backToLevel && has(segment, 'goodMeasure') && !failure && !has(segment, 'badMeasure'))
  const outageWords = has(segment, 'outage') || failure
  if (segment.actor === 'attacker' && has(segment, 'end'))
    add('mitigated', 'attack ended', 3.5, words(segment, 'end', 'attacker'))
  // (`restored to the majority of customers`, `most hosts back`: the harm substantially reduced,
  // which is the mitigation as much as a recovery is; `some`, `begins to` are not yet.)
  const most = (segment.words.get('partial') ?? []).some((word) => mostWords.has(word.text))
  // (`Recovery declared`: the team saying it is over, the resolution more than the harm stopped.)
  if (has(segment, 'recover'))
    add(
      'mitigated',
      segment.partial ? 'partial recovery' : 'recovery',
      (segment.partial && !most) || segment.declaredOutcome ? 3 : 3.5,
      words(segment, 'recover')
    )
  if ((healthy || serving) && back)
    add('mitigated', 'working again', 3.5, words(segment, 'healthy', 'serve', 'again'))
  else if (usual && back) add('mitigated', 'normal again', 3, words(segment, 'usual', 'again'))
  else if (healthy) add('mitigated', 'healthy', 2.5, words(segment, 'healthy'))
  // (`rejections down to 0`: not fewer, none: the impact stopped.)
  if (improving)
    add(
      'mitigated',
      segment.toZero ? 'down to none' : 'improving',
      segment.toZero ? 3.5 : 3,
      words(segment, 'fall', 'badMeasure', 'failure')
    )
  if (has(segment, 'end') && outageWords && !has(segment, 'begin')) {
    // (`impact ended`: the harm stopped, which is the mitigation; the incident or outage over is all of it.)
    const whole = (segment.words.get('outage') ?? []).some((word) => word.text !== 'impact')
    add('mitigated', 'impact ended', 3.5, words(segment, 'end', 'outage', 'failure'))
    add(
      'resolved',
      whole ? 'closed: outage over' : 'failures ended',
      whole ? 4 : 2.5,
      words(segment, 'end', 'outage', 'failure')
    )
  }
  const fixDone =
    (has(segment, 'fix') && has(segment, 'ship')) ||
    (segment.words.get('fix') ?? []).some((word) => word.text.endsWith('ed'))
  if (fixDone) add('mitigated', 'fix shipped', 2.5, words(segment, 'fix', 'ship'))
  // `We ship a config change that caps retries`: the team changing the system; after the problem is known, a remedy.
  else if (
    // (What is shipped is a change named of its own: `merge requests` is a noun.)
    (segment.words.get('change') ?? []).some((word) => !is(word, 'ship')) &&
    has(segment, 'ship') &&
    !failure &&
    (segment.actor === 'team' || segment.verbFirst) &&
    !segment.planned &&
    !segment.underWay
  )
    add('mitigated', 'change shipped', 2, words(segment, 'change', 'ship'))
  // `The fix has been verified in production`, `the issue is fixed`: the remedy shown to hold, the problem fixed.
  const verified = (segment.words.get('verify') ?? []).some((word) => word.text.endsWith('ed'))
  if (has(segment, 'fix') && verified && !segment.planned)
    add('resolved', 'fix verified', 3, words(segment, 'fix', 'verify'))
  // (Said on a status page or to others, it is an announcement: `communicate` took the fix words.)
  if (segment.problemFixed && !segment.planned && has(segment, 'fix'))
    add('resolved', 'problem fixed', 3, words(segment, 'failure', 'fix'))
  // (`Culprit: 4.12 disables the pool`: the deed of a cause named is the cause, not the team's act.)
  if (
    has(segment, 'act') &&
    segment.actor !== 'attacker' &&
    segment.actor !== 'outsider' &&
    !segment.causeNamed
  ) {
    // `halted`, `stopped`, `killed` happen to a service as often as a team does them: a team's act when the words say so.
    const acts = segment.words.get('act') ?? []
    const plain = acts.some((word) => !is(word, 'failure') && !is(word, 'end'))
    if (plain || segment.actor === 'team' || segment.actor === 'vendor' || segment.verbFirst)
      add('mitigated', 'action', 2, words(segment, 'act'))
  }
  // `Recovery declared`: the team saying it has recovered says the incident is over. (`called it
  // mitigated`: a mitigation declared, the incident not over.)
  const mitigationNamed = (segment.words.get('recover') ?? []).some((word) =>
    word.text.startsWith('mitigat')
  )
  if (
    segment.declaredOutcome &&
    (has(segment, 'recover') || has(segment, 'fix')) &&
    !segment.planned &&
    !mitigationNamed
  )
    add('resolved', 'recovery declared', 4, words(segment, 'recover', 'fix', 'respond'))
  // `alertmanager: RESOLVED SyncWriteErrorRate`, `the latency alert resolved`: a monitor sees the
  // symptom gone, which is the impact stopping, not the incident closed.
  const alertResolved = has(segment, 'close') && has(segment, 'signal') && !has(segment, 'outage')
  if (alertResolved) {
    add('mitigated', 'alert resolved', 3.5, words(segment, 'signal', 'close'))
    add('resolved', 'alert resolved', 2, words(segment, 'signal', 'close'))
  } else if (has(segment, 'close')) {
    // `Outage resolved` says the harm is over; `PyPI Admins close the incident` is the paperwork after.
    const harm = failure
    add(
      'mitigated',
      harm ? 'closed: harm over' : 'closed',
      harm ? 3 : 2,
      words(segment, 'close', 'failure')
    )
    // `The incident was closed at 09:00`, hours after the last fix: closing the record, weaker than `resolved`.
    const paperwork = (segment.words.get('close') ?? []).every((word) => /^clos/.test(word.stem))
    add('resolved', 'closed', paperwork ? 2.5 : 4, words(segment, 'close'))
  }
  if (segment.announcedClosed.length > 0)
    add(
      'resolved',
      'closed: announced',
      2.5,
      segment.announcedClosed.map((word) => word.text)
    )
  // `The first successful commit came at 07:31`, `First successful payment`: the service doing
  // its work again, the first time it did after the trouble.
  const succeeded = (segment.words.get('goodMeasure') ?? []).filter((word) =>
    /^success(?:ful)?$/.test(word.text)
  )
  if (
    succeeded.length > 0 &&
    has(segment, 'first') &&
    !failure &&
    !attack &&
    !segment.planned &&
    !segment.persists
  )
    add('mitigated', 'first success', 3.5, [
      ...words(segment, 'first'),
      ...succeeded.map((w) => w.text)
    ])
  if (has(segment, 'working') && !failure && !segment.persists) {
    add('mitigated', 'working', 2.5, words(segment, 'working'))
    add('resolved', 'working', 2.5, words(segment, 'working'))
  }
  const whole = has(segment, 'full')
  // `problems popping up all of a sudden`: failure named, no recovery.
  // (`The final release was published`, `the final fix deployed`: the last remedy out.)
  const finalFix =
    (segment.words.get('full') ?? []).some((word) => word.text === 'final') &&
    (has(segment, 'ship') || has(segment, 'fix')) &&
    // (`a final status page update`: the last message, no remedy.)
    !has(segment, 'communicate') &&
    !has(segment, 'status')
  // (`The push reaches the full fleet`: a change rolled out to all of it, no service whole again.)
  const servingAll =
    serving &&
    ![...(segment.words.get('change') ?? []), ...(segment.words.get('ship') ?? [])].some(
      (word) => !is(word, 'serve')
    )
  if (
    whole &&
    !failure &&
    !segment.planned &&
    (has(segment, 'recover') || healthy || servingAll || usual || finalFix)
  )
    add(
      'resolved',
      'full recovery',
      4,
      words(segment, 'full', 'recover', 'healthy', 'serve', 'usual', 'ship', 'fix')
    )
  // (A level back, `approval rate back to 97.8%`, is the harm stopped; `back to normal`, `back at
  // baseline`, the service whole again.)
  if (usual && back)
    add(
      'resolved',
      'back to normal',
      has(segment, 'usual') ? 4 : 2.5,
      words(segment, 'usual', 'again')
    )
  else if (healthy && back) add('resolved', 'back to normal', 3, words(segment, 'healthy', 'again'))
  if (has(segment, 'verify') && (healthy || usual || serving || segment.noFailure))
    add('resolved', 'verified', 3, words(segment, 'verify', 'healthy', 'usual', 'serve'))
  if (segment.noFailure && (has(segment, 'further') || segment.noRecurrence) && !failure)
    add('resolved', 'no further failures', 2.5, words(segment, 'further', 'verify'))
  const released = (segment.words.get('ship') ?? []).some((word) =>
    /^(?:releas|publish|land|merg|ship|includ|contain)/.test(word.stem)
  )
  if (has(segment, 'fix') && released)
    add('resolved', 'fix released', 3, words(segment, 'fix', 'ship'))
  // `Permanent fix deployed`, `the fix is rolled out to every region`: the remedy in full.
  // (`deployment completed` says the deed is done, not that the remedy is whole.)
  const inFull = (segment.words.get('full') ?? []).some((word) => !word.stem.startsWith('complet'))
  if (fixDone && inFull && !failure)
    add('resolved', 'fix in full', 3.5, words(segment, 'full', 'fix', 'ship'))
  if (has(segment, 'recover') && !segment.partial)
    add('resolved', 'recovery', 2, words(segment, 'recover'))
  // (`Queues drained, depth normal`: a healthy state, as weak a sign of the end as a recovery.)
  else if (healthy && !segment.partial && !segment.judged)
    add('resolved', 'healthy', 2, words(segment, 'healthy'))
  if (serving && back && !segment.partial)
    add('resolved', 'working again', 2.5, words(segment, 'serve', 'again'))
  // `The culprit was a cron job that deleted the cache`: the failure told is what was found, not begun now.
  if (segment.causeNamed)
    return found.map((feature) =>
      feature.milestone === 'started'
        ? {...feature, name: 'failure reported', weight: Math.min(feature.weight, 1.5)}
        : feature
    )
  return found
}

/**
 * An action that a later segment of the entry says did not hold (`Rolled
 * back, but errors continue`, `Restarted; no improvement`) is no mitigation.
 */
function undoneBy(segments: Segment[], features: Feature[]): void {
  const undoing = segments.filter(
    (segment, index) =>
      index > 0 &&
      segment.persists &&
      (segment.joint === 'but' || segment.joint === 'semicolon' || segment.joint === 'stop')
  )
  if (undoing.length === 0) return
  // `Write outage mitigated. Backlog still draining`: what goes on is the harm's remainder (a
  // backlog, lag, stale data), which a mitigation leaves and only the resolution clears.
  const remainder = undoing.every((segment) => residue(segment))
  for (let index = features.length - 1; index >= 0; index--) {
    const feature = features[index] as Feature
    if (feature.milestone === 'resolved' || (feature.milestone === 'mitigated' && !remainder))
      features.splice(index, 1)
  }
}

/** The stems of what an outage leaves behind once it has stopped: a backlog, lag, stale data. */
const residueStems = /^(?:backlog|lag|queue|stale|delay|catch|replay|reprocess|drain|resync)/

function residue(segment: Segment): boolean {
  for (const list of segment.words.values())
    if (list.some((word) => residueStems.test(word.stem))) return true
  return false
}

/** Bonus features: not a reason alone, but added to one. */
const bonusNames = new Set(['first', 'not the first', 'section', 'background'])

/** Words that say one came after the first: `second`, `another`. */
const laterOne = /^(?:second|third|fourth|fifth|another|subsequent)$/

/** A first report, and the section the entry stands in. */
function bonusesOf(features: Feature[], origin: EntryOrigin): Feature[] {
  const bonuses: Feature[] = []
  const supports = (milestone: ScoredMilestone) =>
    features.some((feature) => feature.milestone === milestone)
  const section = sectionMilestones[origin] ?? []
  for (const milestone of section) {
    // (An announcement tells only that it was said: `updated its status page to resolved`.)
    const told = features.some(
      (feature) => feature.milestone === milestone && !feature.name.startsWith('closed: announced')
    )
    if (told) bonuses.push({milestone, name: 'section', weight: 1, words: [origin]})
  }
  const penalty = backgroundPenalty[origin]
  if (penalty) {
    for (const milestone of scoredMilestones) {
      if (supports(milestone))
        bonuses.push({milestone, name: 'background', weight: -penalty, words: [origin]})
    }
  }
  return bonuses
}

/** The milestones a section's name speaks of. */
const sectionMilestones: Partial<Record<EntryOrigin, ScoredMilestone[]>> = {
  impact: ['started'],
  trigger: ['started'],
  detection: ['detected'],
  'root-cause': ['diagnosed'],
  resolution: ['mitigated', 'resolved']
}

/** A front matter key is metadata, not the incident's course. (Mentions in the background sections weigh less: `find-milestones.ts`.) */
const backgroundPenalty: Partial<Record<EntryOrigin, number>> = {
  'front-matter': 1
}
