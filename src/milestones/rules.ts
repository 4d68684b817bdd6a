/**
 * The wording rules that classify timeline entries into milestones. Each
 * rule has an id (shown as `evidence.rule`), a milestone, a tier (1 is the
 * strongest evidence) and a pattern. Documented in docs/milestones.md.
 */

/** The milestones, in the order an incident passes through them. */
export const milestoneNames = [
  'triggered',
  'started',
  'detected',
  'acknowledged',
  'diagnosed',
  'mitigated',
  'resolved'
] as const

export type MilestoneName = (typeof milestoneNames)[number]

/** How an entry's words support a milestone. */
export interface WordingRule {
  id: string
  milestone: MilestoneName
  /** 1: the words say it outright; 2: a specific action or finding; 3: a weaker hint. */
  tier: 1 | 2 | 3
  pattern: RegExp
}

const failing =
  'fail(?:s|ed|ing|ure)?|error(?:s|ing)?|tim(?:e|es|ing)\\s+out|time-?outs?|tak(?:e|es|ing)\\s+\\d|crash(?:es|ing)?|drop(?:s|ping)?|degrad\\w*|return(?:s|ing)?\\s+(?:\\d{3}|errors?|5xx)|5\\d\\d'

export const wordingRules: readonly WordingRule[] = [
  // started: impact began.
  {
    id: 'impact-begins',
    milestone: 'started',
    tier: 1,
    pattern:
      /\b(?:outage|incident|impact|disruption|degradation|downtime|unavailability)\s+(?:starts?|started|begins?|began|commences?)\b|\b(?:service|user|customer)[- ](?:facing\s+)?(?:impact|degradation)\s+(?:starts?|started|begins?|began)\b/i
  },
  {
    id: 'failures-begin',
    milestone: 'started',
    tier: 2,
    pattern: new RegExp(`\\b(?:begins?|began|start(?:s|ed)?)\\s+(?:to\\s+)?(?:${failing})`, 'i')
  },
  {
    id: 'goes-down',
    milestone: 'started',
    tier: 2,
    pattern:
      /\b(?:went|goes|go|gone)\s+(?:down|offline|dark)\b|\b(?:became|becomes|become)\s+(?:unavailable|unreachable|unresponsive|inaccessible)\b|\bstopped\s+(?:responding|serving|working|processing)\b/i
  },

  // detected: the first alert, or the first person in the organisation to notice or be told.
  {
    id: 'alert',
    milestone: 'detected',
    tier: 1,
    pattern:
      /\b(?:alerts?|alerted|alarms?|alarmed|paged|pages\s+(?:the\s+)?on-?call|automated\s+warning|monitoring\s+(?:detects?|detected|caught|fired|shows?)|pagerduty|opsgenie|health\s*checks?\s+fail\w*|uptime\s+check\s+\w*\s*fail\w*)\b/i
  },
  {
    id: 'reported',
    milestone: 'detected',
    tier: 1,
    pattern:
      /\b(?:reports?|reported|reporting)\b[^.;]{0,60}\b(?:issue|problem|outage|error|bug|fail\w*|broken|down|unresponsive|suspicious|affected|crate|user)|\b(?:users?|customers?|someone|researcher|support|community|team)\b[^.;]{0,30}\b(?:reports?|reported|emails?|emailed|contacts?|contacted|tells?|told|flags?|flagged|notices?|noticed|identifie[sd]|discovered|found)\b|\b(?:receives?|received|gets?|got)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:email|report|message|ticket|complaint|alert)s?\b|\b(?:an?\s+)?(?:email|report|ticket|message)\s+(?:is|was)\s+(?:sent|filed|opened)\b|\boutage\s+is\s+reported\b/i
  },
  {
    id: 'noticed',
    milestone: 'detected',
    tier: 1,
    pattern:
      /\b(?:notices?|noticed|becomes?\s+aware|became\s+aware|detects?|detected|discovers?|discovered|spots?|spotted|sees?\s+(?:the\s+)?(?:message|alert|report))\b/i
  },
  {
    id: 'incident-declared',
    milestone: 'detected',
    tier: 2,
    pattern:
      /\bincident\s+(?:is\s+|was\s+)?(?:declared|opened|created|reported)\b|\bdeclares?\s+(?:an?\s+)?incident\b|\binitiates?\s+(?:an?\s+)?incident\b/i
  },

  // acknowledged: a responder took it.
  {
    id: 'acknowledged',
    milestone: 'acknowledged',
    tier: 1,
    pattern:
      /\backnowledg(?:es|ed|ing)\b|\back(?:ed|'d)\b|\b(?:begins?|began|starts?|started)\s+(?:looking|investigat\w*|working\s+on)\b|\binvestigation\s+(?:begins|began|started)\b|\bincident\s+(?:is\s+|was\s+)?declared\b|\bdeclares?\s+(?:an?\s+)?incident\b|\btakes?\s+(?:a\s+look|the\s+incident|ownership)\b/i
  },

  // diagnosed: the cause is identified.
  {
    id: 'root-cause-found',
    milestone: 'diagnosed',
    tier: 1,
    pattern:
      /\broot[\s-]?causes?\b[^.;]{0,30}\b(?:identified|found|determined|confirmed|located|discovered|known|established)\b|\b(?:identif(?:y|ies|ied)|f(?:ind|inds|ound)|determin(?:e|es|ed)|discover(?:s|ed)?|pinpoint(?:s|ed)?|confirm(?:s|ed)?)\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+|likely\s+|probable\s+|root\s+)?causes?\b|\bcause\s+(?:was\s+|is\s+|has\s+been\s+)?(?:identified|found|determined|confirmed)\b/i
  },
  {
    id: 'issue-identified',
    milestone: 'diagnosed',
    tier: 2,
    pattern:
      /^(?:the\s+)?(?:issue|problem|bug|culprit|failure|fault)\b[^.;]{0,50}\b(?:identified|confirmed|verified|diagnosed|isolated|located)\b|\b(?:identif(?:y|ies|ied)|diagnos(?:e|es|ed)|isolat(?:e|es|ed)|confirm(?:s|ed)?|verif(?:y|ies|ied))\s+(?:the\s+)?(?:\w+\s+){0,2}(?:issue|problem|bug|culprit|failure|fault|regression|plugins?|commit|change|misconfiguration)s?\b|\btraced\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:back\s+)?to\b|\bnarrow(?:s|ed)\s+(?:it\s+|this\s+)?down\b/i
  },
  {
    id: 'cause-suspected',
    milestone: 'diagnosed',
    tier: 3,
    pattern:
      /\b(?:review|investigation|analysis|logs?|metrics|dashboards?)\s+(?:suggests?|indicates?|shows?|points?\s+to|reveals?)\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:issue|problem|bug|cause)\b|\bsuspect(?:s|ed)?\s+(?:that\s+)?(?:the\s+)?\w+/i
  },

  // mitigated: impact stopped or substantially reduced. Outcomes first, then completed actions.
  {
    id: 'mitigated',
    milestone: 'mitigated',
    tier: 1,
    pattern:
      /\bmitigat(?:ed|es)\b|\bmitigation\s+(?:is\s+|was\s+)?(?:complete|applied|in\s+place|effective)\b|\b(?:outage|impact|incident|disruption|downtime)\s+(?:ends?|ended|is\s+over|stops?|stopped)\b|\bback\s+(?:online|up|in\s+service)\b|\b(?:online|up|available)\s+again\b|\b(?:working|serving|resolving|propagat\w*|responding|running|flowing|succeeding|passing|loading)\s+(?:\w+\s+)?again\b|\bpartial(?:ly)?\s+recover\w*|\b(?:errors?|error\s+rates?|failures|latenc\w+|5xx\w*)\s+(?:mostly\s+|largely\s+)?(?:subsid\w+|drop(?:s|ped)?|fell|fall|decreas\w+|stop(?:s|ped)?|ceas\w+|disappear\w*|recover\w*|improv\w*)\b|\bdeclares?\s+[^.;]{0,40}\bonline\b|\b(?:service|traffic|requests?|access|connectivity|availability|functionality)\s+(?:is\s+|was\s+|are\s+|were\s+|has\s+been\s+)?(?:partially\s+)?(?:restored|recovered)\b/i
  },
  {
    id: 'fix-deployed',
    milestone: 'mitigated',
    tier: 2,
    pattern:
      /\b(?:fix|hotfix|patch|workaround)(?:es)?\s+(?:is\s+|was\s+|were\s+|has\s+been\s+)?(?:deployed|rolled\s+out|applied|released|shipped|live)\b|\b(?:deployed|applied|rolled\s+out|shipped)\s+(?:a\s+|the\s+)?(?:fix|hotfix|patch|workaround)\b|\brolled\s+back\b|\brollback\s+(?:is\s+|was\s+)?(?:complete|completed|done|finished|deployed)\b|\breverts?\s+(?:are\s+|were\s+)?deployed\b|\breverted\b|\bfail(?:ed)?\s+over\b|\bfailover\s+(?:complete|completed|done)\b/i
  },
  {
    id: 'remediation-action',
    milestone: 'mitigated',
    tier: 3,
    pattern:
      /\b(?:disabl(?:ed|es)|turned\s+off|switched\s+off|block(?:ed|s)|bann(?:ed)?|throttl(?:ed|es)|rate[- ]limited|scal(?:ed|es|ing)\s+(?:down|up|out|back)|restart(?:ed|s)|reboot(?:ed|s)|kill(?:ed|s)|drain(?:ed|s)|isolat(?:ed|es)|quarantin(?:ed|es)|revok(?:ed|es)|rotat(?:ed|es)|downgrad(?:ed|es|e)|manual(?:ly)?\s+attach\w*|free(?:d|s)?\s+up|successfully\s+(?:set|applied|deployed|disabled|removed|restored)|plac(?:ed|es)\s+[^.;]{0,50}(?:\b|client|server)(?:hold|suspension|suspended)|remov(?:ed|es)|delet(?:ed|es)|suspend(?:ed|s)|took\s+down|taken\s+down|takedown|halt(?:ed|s)|paus(?:ed|es)|redirect(?:ed|s)|purg(?:ed|es)|flush(?:ed|es))\b/i
  },

  // resolved: fully recovered.
  {
    id: 'resolved',
    milestone: 'resolved',
    tier: 1,
    pattern:
      /\bfully\s+(?:recovered|restored|resolved|operational|functional|mitigated)\b|\b(?:full|complete)\s+(?:service\s+)?(?:recovery|restoration)\b|\b(?:full|complete)\s+service\s+(?:is\s+|was\s+)?(?:restored|recovered)\b|\b(?:all\s+)?(?:services?|systems?|everything)\s+(?:\w+\s+){0,2}(?:is\s+|are\s+|was\s+|were\s+)?(?:fully\s+)?(?:restored|operational|recovered|healthy)\b|\boperating\s+normally\b|\boperational\s+again\b|\b(?:back|returned?|returns|returning)\s+to\s+(?:normal|baseline|pre-incident)\b|\bnormal\s+(?:levels|operations?|service)\s+(?:resumed|restored)\b|\ball[- ]clear\b|\bincident\s+(?:is\s+|was\s+|has\s+been\s+)?(?:resolved|closed|over|ended)\b|\b(?:close[sd]?|resolve[sd]?)\s+the\s+incident\b|\b(?:outage|issue|problem|incident)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:resolved|fixed)\b|\bresolution\s+(?:is\s+|was\s+)?(?:confirmed|complete)\b|\b(?:the\s+)?fix\s+works\b|\bno\s+(?:further|more)\s+(?:errors|impact|issues|failures)\b|^resolved\b/i
  }
]

/** Words that cancel a match just before it: `not yet resolved`, `unable to roll back`. */
export const negation =
  /\b(?:not|no|never|n't|yet\s+to|without|unable\s+to|failed\s+to|fails\s+to|attempt(?:s|ed)?\s+to|tr(?:y|ies|ied|ying)\s+to|before|until|instead\s+of|if|whether)\s+(?:\w+\s+){0,2}$/i

/** An entry that only intends or begins an action: `Decision to disable`, `begin reverting`. */
export const intent =
  /^(?:decision|decided|decide|deciding|plan(?:s|ned)?|will|going\s+to|propos\w+|consider\w*|discuss\w*|agree[sd]?)\b|\b(?:begins?|began|beginning|starts?|started|starting|initiat(?:e|es|ed|ing))\s+(?:to\s+)?\w+(?:ing)?\b(?![^.;]*\b(?:complete|completed|done|finished)\b)/i

/** An entry that says the problem persists, cancelling the remediation just before it. */
export const persistence =
  /\b(?:still|remain(?:s|ed|ing)?\s+(?:elevated|high|down|broken|unavailable|degraded)|persist(?:s|ed|ing)?|despite|continu(?:e|es|ed)\s+to\s+(?:fail|error|be)|did(?:n't|\s+not)\s+(?:help|work|fix)|does(?:n't|\s+not)\s+(?:help|work|fix)|no\s+(?:effect|improvement)|insufficient|unsuccessful|reports?\s+`?\w*(?:Error|Exception)\b)/

/** Communication about a recovery, not the recovery: `updates their status page to say the problem is fixed`. */
export const communication = /\bstatus\s*page\b|\bstatus\.\w+/i

/** Work in a place that is not production: `Fix deployed in K8s sandbox`. */
export const notProduction =
  /\b(?:sandbox|staging|test(?:ing)?\s+(?:env\w*|cluster|server)|dev(?:elopment)?\s+(?:env\w*|cluster)|locally|local\s+machine)\b/i

/** A change that may have set the incident off: `Deployed`, `Terraform changes applied`, `updated plugins`. */
export const change =
  /\b(?:deploy(?:s|ed)?|applied|merged|updated|upgraded|rolled\s+out|released|pushed|migrated|changed|introduced|uploaded|ran|executed|removed|deleted|enabled|disabled|modified|reconfigured|published|installed)\b/i
