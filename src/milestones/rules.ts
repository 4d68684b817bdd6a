/**
 * The wording rules that classify timeline entries into milestones. Each
 * rule has an id (shown as `evidence.rule`), a milestone, a tier (1 is the
 * strongest evidence) and the phrasings it accepts. Documented in
 * docs/milestones.md; a test keeps the two in step.
 */

import type {MilestoneName} from '../model.js'

export {type MilestoneName, milestoneNames} from '../model.js'

/** How an entry's words support a milestone. */
export interface WordingRule {
  id: string
  milestone: MilestoneName
  /** 1: the words say it outright; 2: a specific action or finding; 3: a weaker hint. */
  tier: 1 | 2 | 3
  pattern: RegExp
  /**
   * Lower-case fragments of which every match contains at least one: a cheap
   * test (`includes`) that lets most entries skip the pattern.
   */
  cues: readonly string[]
}

/** One case-insensitive pattern from alternatives written as regular-expression source. */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'i')
}

/** Words that say something is failing: `errors`, `timing out`, `503s`, `crash-looping`. */
const failing =
  'fail(?:s|ed|ing|ures?)?|errors?|erroring|tim(?:e|es|ing)\\s+out|time-?outs?|tak(?:e|es|ing)\\s+\\d|crash(?:es|ing)?|crash[- ]?loop\\w*|drop(?:s|ping)?|degrad\\w*|return(?:s|ing)?\\s+(?:\\d{3}|errors?|5xx)|5xx|5\\d\\ds?|4\\d\\ds?'
/** Subjects of a service-wide recovery: `service`, `traffic`, `requests`. */
const serviceWide =
  '(?:service|services|traffic|requests?|access|connectivity|availability|functionality|logins?|api)'

export const wordingRules: readonly WordingRule[] = [
  // started: impact began.
  {
    id: 'impact-begins',
    milestone: 'started',
    tier: 1,
    cues: ['start', 'began', 'begin', 'commenc'],
    pattern: anyOf(
      '\\b(?:outage|incident|impact|disruption|degradation|downtime|unavailability)\\s+(?:starts?|started|begins?|began|commences?)\\b',
      '\\b(?:service|user|customer)[- ](?:facing\\s+)?(?:impact|degradation)\\s+(?:starts?|started|begins?|began)\\b'
    )
  },
  {
    id: 'failures-begin',
    milestone: 'started',
    tier: 2,
    cues: ['begin', 'began', 'start', 'spike', 'caus'],
    pattern: anyOf(
      `\\b(?:begins?|began|start(?:s|ed)?)\\s+(?:to\\s+)?(?:${failing})`,
      `\\b(?:begins?|began|start(?:s|ed)?)\\s+(?:to\\s+)?(?:see|seeing|receiv\\w*|get(?:ting)?|experienc\\w*|hit(?:ting)?|throw(?:ing)?)\\b[^.;]{0,50}(?:${failing}|wrong|timeouts?)`,
      `\\b(?:elevated|high|increased)?\\s*(?:${failing})\\s+(?:rates?\\s+)?(?:begin|begins|began|start|starts|started|spike)\\b(?!\\s+to\\s+(?:fall|drop|decreas|subsid|recover|improv|normali))`,
      `\\bcaus(?:es|ed|ing)\\s+(?:\\w+\\s+){0,3}(?:${failing}|outage|downtime|degradation)`
    )
  },
  {
    id: 'goes-down',
    milestone: 'started',
    tier: 2,
    cues: [
      'down',
      'offline',
      'dark',
      'unavailab',
      'unreachab',
      'unrespons',
      'inaccessib',
      'stop',
      'crash'
    ],
    pattern: anyOf(
      '\\b(?:went|goes|go|gone)\\s+(?:down|offline|dark)\\b',
      '\\b(?:became|becomes|become)\\s+(?:unavailable|unreachable|unresponsive|inaccessible)\\b',
      '\\bstop(?:s|ped)?\\s+(?:responding|serving|working|processing|being\\s+processed)\\b',
      '\\bcrash[- ]?loop\\w*'
    )
  },

  // detected: the first alert, or the first person in the organisation to notice or be told.
  {
    id: 'alert',
    milestone: 'detected',
    tier: 1,
    cues: [
      'alert',
      'alarm',
      'paged',
      'pagerduty',
      'opsgenie',
      'warning',
      'pages',
      'monitor',
      'check',
      'probe'
    ],
    pattern: anyOf(
      '\\b(?:alerts?|alerted|alarms?|alarmed|paged|pagerduty|opsgenie|automated\\s+warning)\\b',
      '\\bpages\\s+(?:the\\s+)?on-?call\\b',
      '\\b(?:monitor(?:ing|s)?|checks?|probes?)\\s+(?:\\w+\\s+){0,2}(?:detects?|detected|caught|fired|triggered|tripped|went\\s+off|shows?)\\b',
      '\\b(?:health|uptime|synthetic)\\s*checks?\\s+(?:\\w+\\s+){0,2}fail\\w*'
    )
  },
  {
    id: 'reported',
    milestone: 'detected',
    tier: 1,
    cues: [
      'report',
      'user',
      'customer',
      'someone',
      'researcher',
      'support',
      'community',
      'team',
      'sales',
      'prospect',
      'email',
      'ticket',
      'message',
      'complaint',
      'alert'
    ],
    pattern: anyOf(
      '\\b(?:reports?|reported|reporting)\\b[^.;]{0,60}\\b(?:issue|problem|outage|error|bug|fail\\w*|broken|down|unresponsive|suspicious|affected|crate|users?|customers?)',
      '\\breported\\s+(?:\\w+\\s+){0,3}by\\b',
      '\\b(?:outage|issue|problem|incident|error|bug|failure)s?\\s+(?:is\\s+|was\\s+|were\\s+|are\\s+|has\\s+been\\s+)?(?:first\\s+)?reported\\b',
      '\\b(?:users?|customers?|someone|researcher|support|community|team|sales|a\\s+prospect)\\b[^.;]{0,30}\\b(?:reports?|reported|emails?|emailed|contacts?|contacted|tells?|told|flags?|flagged|notices?|noticed|identifie[sd]|discovered|found|escalat(?:es|ed))\\b',
      '\\b(?:receives?|received|gets?|got)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}(?:email|report|message|ticket|complaint|alert)s?\\b',
      '\\b(?:email|report|ticket|message|complaint)s?\\s+(?:is\\s+|was\\s+)?(?:sent|filed|opened|received|raised|submitted)\\b',
      '\\bmessage\\s+from\\b'
    )
  },
  {
    id: 'noticed',
    milestone: 'detected',
    tier: 1,
    cues: ['notic', 'aware', 'detect', 'discover', 'spot', 'sees'],
    pattern:
      /\b(?:notices?|noticed|becomes?\s+aware|became\s+aware|(?<!\bto\s)detects?|detected|discovers?|discovered|spots?|spotted|sees?\s+(?:the\s+)?(?:message|alert|report))\b/i
  },
  {
    id: 'incident-declared',
    milestone: 'detected',
    tier: 2,
    cues: ['incident'],
    pattern: anyOf(
      '\\bincident\\s+(?:is\\s+|was\\s+)?(?:declared|opened|created|reported)\\b(?!\\s+(?:\\w+\\s+)?(?:resolved|closed|over|mitigated))',
      '\\b(?:declares?|declared|initiates?|initiated|opens?|opened)\\s+(?:an?\\s+)?incident\\b'
    )
  },

  // acknowledged: a responder took it.
  {
    id: 'acknowledged',
    milestone: 'acknowledged',
    tier: 1,
    cues: [
      'ack',
      'begin',
      'began',
      'start',
      'investigat',
      'triag',
      'declar',
      'tak',
      'join',
      'engag',
      'looking',
      'ic',
      'commander',
      'lead',
      'on it'
    ],
    pattern: anyOf(
      '\\backnowledg(?:es|ed|ing)\\b',
      "\\backs?\\b|\\back(?:ed|'d)\\b",
      '\\b(?:begins?|began|starts?|started)\\s+(?:looking|investigat\\w*|working\\s+on|triag\\w*)\\b',
      '\\b(?:investigation|triage)\\s+(?:begins|began|started)\\b',
      '\\bincident\\s+(?:is\\s+|was\\s+)?declared\\b(?!\\s+(?:\\w+\\s+)?(?:resolved|closed|over|mitigated))|\\b(?:declares?|declared)\\s+(?:an?\\s+)?incident\\b(?!\\s+(?:\\w+\\s+)?(?:resolved|closed|over|mitigated))',
      '\\btak(?:es|ing|en|e)\\s+(?:a\\s+look|the\\s+incident|ownership|ic\\b|incident\\s+command|command|the\\s+lead|point)',
      '\\bjoin(?:s|ed)\\s+(?:the\\s+)?(?:bridge|call|war\\s*room|incident\\s+channel|channel|huddle|zoom|meet)',
      '\\bengag(?:ed|es)\\b|\\blooking\\s+into\\b',
      '\\b(?:ic|incident\\s+commander|incident\\s+lead)\\s+(?:is\\s+)?(?:assigned|appointed)\\b|\\b(?:ic|incident\\s+commander)\\s*:\\s*@',
      "\\b(?:i'?m|i\\s+am|we'?re|we\\s+are)\\s+on\\s+it\\b"
    )
  },

  // diagnosed: the cause is identified.
  {
    id: 'root-cause-found',
    milestone: 'diagnosed',
    tier: 1,
    cues: ['cause'],
    pattern: anyOf(
      '\\broot[\\s-]?causes?\\b[^.;]{0,30}\\b(?:identified|found|determined|confirmed|located|discovered|known|established)\\b',
      '\\b(?:identif(?:y|ies|ied)|f(?:ind|inds|ound)|determin(?:e|es|ed)|discover(?:s|ed)?|pinpoint(?:s|ed)?|confirm(?:s|ed)?)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:possible\\s+|likely\\s+|probable\\s+|root\\s+)?causes?\\b',
      '\\bcause\\s+(?:was\\s+|is\\s+|has\\s+been\\s+)?(?:identified|found|determined|confirmed)\\b',
      '\\b(?:confirmed|identified|determined|established)\\s+as\\s+(?:the\\s+)?(?:root\\s+)?cause\\b'
    )
  },
  {
    id: 'issue-identified',
    milestone: 'diagnosed',
    tier: 2,
    cues: [
      'issue',
      'problem',
      'bug',
      'culprit',
      'failure',
      'fault',
      'identif',
      'diagnos',
      'isolat',
      'confirm',
      'verif',
      'found',
      'finds',
      'discover',
      'traced',
      'narrow',
      'determin',
      'turn'
    ],
    pattern: anyOf(
      '^(?:the\\s+)?(?:issue|problem|bug|culprit|failure|fault)\\b[^.;]{0,50}\\b(?:identified|confirmed|verified|diagnosed|isolated|located)\\b',
      '\\b(?:identif(?:y|ies|ied)|diagnos(?:e|es|ed)|isolat(?:e|es|ed)|confirm(?:s|ed)?|verif(?:y|ies|ied)|f(?:ound|inds)|discover(?:s|ed))\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:issue|problem|bug|culprit|failure|fault|regression|plugins?|commit|change|misconfiguration|config\\w*|query|leak)s?\\b',
      '\\bidentif(?:y|ies|ied)\\s+(?:the\\s+)?(?:misconfigured|broken|bad|faulty|failing|leaking|expired)\\s+\\w+',
      '\\btraced\\s+(?:it\\s+|this\\s+|the\\s+\\w+\\s+)?(?:back\\s+)?to\\b',
      '\\bnarrow(?:s|ed)\\s+(?:it\\s+|this\\s+)?down\\b',
      '\\bdetermin(?:ed|es)\\s+that\\b',
      '\\bturn(?:s|ed)?\\s+out\\b'
    )
  },
  {
    id: 'cause-suspected',
    milestone: 'diagnosed',
    tier: 3,
    cues: [
      'review',
      'investigation',
      'analysis',
      'log',
      'metric',
      'dashboard',
      'trace',
      'profile',
      'suspect'
    ],
    pattern: anyOf(
      '\\b(?:review|investigation|analysis|logs?|metrics|dashboards?|traces?|profiles?)\\s+(?:suggests?|suggested|indicates?|indicated|shows?|showed|points?\\s+to|pointed\\s+to|reveals?|revealed)\\b',
      '\\bsuspect(?:s|ed)?\\s+(?:that\\s+)?(?:the\\s+)?\\w+'
    )
  },

  // mitigated: impact stopped or substantially reduced. Outcomes first, then completed actions.
  {
    id: 'mitigated',
    milestone: 'mitigated',
    tier: 1,
    cues: [
      'mitigat',
      'outage',
      'impact',
      'incident',
      'disruption',
      'downtime',
      'back',
      'again',
      'partial',
      'error',
      'failure',
      'latenc',
      '5xx',
      'online',
      'restor',
      'recover'
    ],
    pattern: anyOf(
      '\\bmitigat(?:ed|es)\\b',
      '\\bmitigation\\s+(?:is\\s+|was\\s+)?(?:complete|applied|in\\s+place|effective)\\b',
      '\\b(?:outage|impact|incident|disruption|downtime)\\s+(?:ends?|ended|is\\s+over|stops?|stopped)\\b',
      '\\bback\\s+(?:online|up|in\\s+service)\\b|\\b(?<!\\bpicks?\\s|picked\\s|picking\\s)(?:online|up|available)\\s+again\\b',
      '\\b(?:working|serving|resolving|propagat\\w*|responding|running|flowing|succeeding|passing|loading)\\s+(?:\\w+\\s+)?again\\b',
      '\\bpartial(?:ly)?\\s+recover\\w*',
      '\\b(?:errors?|error\\s+rates?|failures|latenc\\w+|5xx\\w*)\\s+(?:mostly\\s+|largely\\s+)?(?:(?:began|begin|start(?:ed)?)\\s+to\\s+)?(?:subsid\\w+|drop(?:s|ped)?|fell|fall|decreas\\w+|stop(?:s|ped)?|ceas\\w+|disappear\\w*|recover\\w*|improv\\w*)\\b',
      '\\bdeclares?\\s+[^.;]{0,40}\\bonline\\b',
      `\\b${serviceWide}\\s+(?:is\\s+|was\\s+|are\\s+|were\\s+|has\\s+been\\s+)?(?:partially\\s+)?(?:restored|recovered|recovering)\\b`
    )
  },
  {
    id: 'fix-deployed',
    milestone: 'mitigated',
    tier: 2,
    cues: [
      'fix',
      'patch',
      'workaround',
      'deploy',
      'appl',
      'roll',
      'revert',
      'fail',
      'traffic',
      'ship'
    ],
    pattern: anyOf(
      '\\b(?:fix|hotfix|patch|workaround)(?:es)?\\s+(?:is\\s+|was\\s+|were\\s+|has\\s+been\\s+)?(?:deployed|rolled\\s+out|applied|released|shipped|live)\\b',
      '\\b(?:deployed|applied|rolled\\s+out|shipped)\\s+(?:a\\s+|the\\s+)?(?:fix|hotfix|patch|workaround)\\b',
      '\\brolled\\s+back\\b|\\brollback\\s+(?:is\\s+|was\\s+)?(?:complete|completed|done|finished|deployed)\\b',
      '\\breverts?\\s+(?:are\\s+|were\\s+)?deployed\\b|\\breverted\\b',
      '\\bfailed\\s+over\\b|\\bfailover\\s+(?:is\\s+|was\\s+)?(?:complete|completed|done)\\b',
      '\\b(?:shift|mov|rout|steer|divert|redirect|drain)(?:ed|s)?\\s+(?:\\w+\\s+)?traffic\\s+(?:away|off|out|to|from)\\b'
    )
  },
  {
    id: 'remediation-action',
    milestone: 'mitigated',
    tier: 3,
    cues: [
      'disabl',
      'turned',
      'switched',
      'block',
      'bann',
      'throttl',
      'rate',
      'scal',
      'restart',
      'reboot',
      'kill',
      'drain',
      'cordon',
      'isolat',
      'quarantin',
      'revok',
      'rotat',
      'downgrad',
      'withdr',
      'purg',
      'flush',
      'paus',
      'halt',
      'suspend',
      'remov',
      'delet',
      'depool',
      'manual',
      'free',
      'successfully',
      'plac',
      'took',
      'taken',
      'takedown'
    ],
    pattern: anyOf(
      '\\b(?:disabl(?:ed|es)|turned\\s+off|switched\\s+off|block(?:ed|s)|bann(?:ed)?|throttl(?:ed|es)|rate[- ]limited)\\b',
      '\\b(?:scal(?:ed|es|ing)\\s+(?:down|up|out|back)|restart(?:ed|s)|reboot(?:ed|s)|kill(?:ed|s)|drain(?:ed|s)|cordon(?:ed|s)|isolat(?:ed|es)|quarantin(?:ed|es))\\b',
      '\\b(?:revok(?:ed|es)|rotat(?:ed|es)|downgrad(?:ed|es|e)|withdr(?:ew|awn)|purg(?:ed|es)|flush(?:ed|es)|paus(?:ed|es)|halt(?:ed|s)|suspend(?:ed|s))\\b',
      '\\b(?:remov(?:ed|es)|delet(?:ed|es))\\b|\\bout\\s+of\\s+rotation\\b|\\bdepool(?:ed|s)?\\b',
      '\\bmanual(?:ly)?\\s+attach\\w*|\\bfree(?:d|s)?\\s+up\\b',
      '\\bsuccessfully\\s+(?:set|applied|deployed|disabled|removed|restored)\\b',
      '\\bplac(?:ed|es)\\s+[^.;]{0,50}(?:\\b|client|server)(?:hold|suspension|suspended)\\b',
      '\\b(?:took|taken)\\s+down\\b|\\btakedown\\b'
    )
  },

  // resolved: fully recovered.
  {
    id: 'resolved',
    milestone: 'resolved',
    tier: 1,
    cues: [
      'fully',
      'full',
      'complete',
      'service',
      'system',
      'everything',
      'operat',
      'back',
      'return',
      'normal',
      'clear',
      'incident',
      'close',
      'resolv',
      'marked',
      'declared',
      'set',
      'outage',
      'issue',
      'problem',
      'resolution',
      'fix',
      'no further',
      'no more'
    ],
    pattern: anyOf(
      '\\bfully\\s+(?:recovered|restored|resolved|operational|functional|mitigated|processed|delivered|caught\\s+up|drained)\\b',
      '\\b(?:full|complete)\\s+(?:service\\s+)?(?:recovery|restoration)\\b',
      '\\b(?:full|complete)\\s+service\\s+(?:is\\s+|was\\s+)?(?:restored|recovered)\\b',
      '\\b(?:all\\s+)?(?:services?|systems?|everything)\\s+(?:(?!partial)\\w+\\s+){0,2}(?:fully\\s+)?(?:restored|operational|recovered|healthy)\\b',
      '\\boperating\\s+normally\\b|\\boperational\\s+again\\b',
      '\\b(?:back|returned?|returns|returning)\\s+to\\s+(?:normal|baseline|pre-incident)\\b',
      '\\bnormal\\s+(?:levels|operations?|service)\\s+(?:resumed|restored)\\b',
      '\\ball[- ]clear\\b',
      '\\bincident\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:resolved|closed|over|ended)\\b',
      '\\b(?:close[sd]?|resolve[sd]?)\\s+the\\s+incident\\b',
      '\\b(?:marked|declared|set)\\s+(?:as\\s+)?(?:resolved|closed)\\b',
      '\\b(?:outage|issue|problem|incident)\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:resolved|fixed)\\b',
      '\\bresolution\\s+(?:is\\s+|was\\s+)?(?:confirmed|complete)\\b',
      '\\b(?:the\\s+)?fix\\s+works\\b',
      '\\bno\\s+(?:further|more)\\s+(?:errors|impact|issues|failures)\\b',
      '^resolved\\b'
    )
  }
]

/** Words that cancel a match just before it: `not yet resolved`, `haven't identified`, `unable to roll back`. */
export const negation =
  /(?:\b(?:not|no|never|yet\s+to|without|unable\s+to|failed\s+to|fails\s+to|attempt(?:s|ed)?\s+to|tr(?:y|ies|ied|ying)\s+to|before|instead\s+of|if|whether)|n't)\s+(?:\w+\s+){0,2}$/i

/** Words that cancel a match just after it: `Alerts did not fire`, `rollback didn't help`. */
export const negationAfter =
  /^\s*(?:(?:\w+\s+){0,2})(?:did|do|does|was|were|is|are|has|have|had|could|would)(?:\s+not|n't)\b|^\s*(?:\w+\s+)?never\b/i

/** Setting up detection is not detecting: `Added a Prometheus alert for queue depth`. */
export const alertSetup =
  /\b(?:add(?:ed|s|ing)?|creat(?:ed|es|ing)|configur(?:ed|es|ing)|set\s+up|tun(?:ed|es|ing)|adjust(?:ed|s|ing)|silenc(?:ed|es|ing)|mut(?:ed|es|ing)|new|missing|no)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$/i

/** An entry that only plans an action: `Decision to disable`, `Next step: fail over`, `Waiting for approval to`. */
export const plan =
  /^(?:decision|decided|decide|deciding|plan(?:s|ned)?|will|going\s+to|propos\w+|consider\w*|discuss\w*|agree[sd]?|next\s+steps?|todo|to\s+do|need(?:s|ed)?\s+to|should|must)\b|\bwaiting\s+(?:for|on)\s+(?:\w+\s+){0,2}(?:to|before)\b|\b(?:plan|decision|proposal)\s+(?:is\s+)?to\b/i

/** An action that is only begun, read up to the action: `Begin throttling`, `rollback initiated`. */
export const begun =
  /\b(?:begins?|began|beginning|starts?|started|starting|initiat(?:e|es|ed|ing))\s+(?:to\s+)?\w*$/i

/** An entry that says the problem persists, cancelling the remediation just before it. */
export const persistence =
  /\b(?:still|remain(?:s|ed|ing)?\s+(?:elevated|high|down|broken|unavailable|degraded)|persist(?:s|ed|ing)?|despite|continu(?:e|es|ed)\s+to\s+(?:fail|error|be)|did(?:n't|\s+not)\s+(?:help|work|fix)|does(?:n't|\s+not)\s+(?:help|work|fix)|no\s+(?:effect|improvement)|insufficient|unsuccessful|reports?\s+`?\w*(?:Error|Exception)\b)/

/** Communication about a recovery, not the recovery: a status page update, a tweet. */
export const communication =
  /\bstatus\s*(?:page|post)\b|\bstatus\.\w+|\btweet\w*\b|\btwitter\b|\bposted\s+(?:an?\s+)?(?:update|message|announcement|notice)\b|\bannounce\w*\s+(?:on|via|in)\s+(?:twitter|slack|the\s+blog|social)/i

/** Work in a place that is not production: `Fix deployed in K8s sandbox`. */
export const notProduction =
  /\b(?:sandbox|staging|test(?:ing)?\s+(?:env\w*|cluster|server)|dev(?:elopment)?\s+(?:env\w*|cluster)|locally|local\s+machine)\b/i

/** A change that may have set the incident off: `Deployed`, `Terraform changes applied`, `updated plugins`. */
export const change =
  /\b(?:deploy(?:s|ed)?|applied|merged|updated|upgraded|rolled\s+out|released|pushed|migrated|changed|introduced|uploaded|ran|executed|removed|deleted|enabled|disabled|modified|reconfigured|published|installed)\b/i
