import type {SectionKind} from '../model.js'

/** Heading wordings of each kind of section, first match wins. */
const kinds: ReadonlyArray<[SectionKind, RegExp]> = [
  // (A chat's thread pasted whole is an appendix; `The thread` of e-mails a report is told in is not.)
  [
    'appendix',
    /(?<![\p{L}])(?:appendix|appendices|apendix|attachments|enclosures|annex(?:es)?|exhibits|chat\s*logs?|transcripts?|raw\s+logs?|references|(?:slack|chat|full|raw|complete)\s+thread|anhang|anexos?|annexes?|bijlagen|historique\s+du\s+document|(?:document|revision|version)\s+history)(?![\p{L}])/iu
  ],
  // `What happened, in short`: a summary of what the timeline tells.
  ['summary', /\b(?:in\s+short|in\s+brief|at\s+a\s+glance|in\s+a\s+nutshell)\b/i],
  [
    'timeline',
    // (With the words of French, Spanish, Portuguese, German, Dutch, Scandinavian, Finnish, Polish,
    // Italian, Czech, Turkish, Romanian, Hungarian and Indonesian reports: `Chronologie`, `Cronología`, `Zeitleiste`,
    // `Händelseförlopp`, `Przebieg`, `Průběh`, `Zaman Çizelgesi`, `Cronologie`, `Idővonal`, `Kronologi`.)
    // (`handover note (as written 0705 12 Jun)`, `On-call notes`: the night's log, pasted.)
    /(?<![\p{L}])(?:timeline|chronology|chronological\s+(?:sequence|order|account|overview|record|log)|sequence\s+of\s+events|key\s+(?:events|timestamps|times|moments)|events|what\s+happened|how\s+we\s+responded|who\s+responded|what\s+did\s+(?:we|they|the\s+team)\s+do|how\s+it\s+(?:unfolded|happened|played\s+out|went\s+down)|(?:incident|event|response|ops|operations|activity)\s+log|(?:on-?call|handover)\s+(?:log|notes?)|^log$|chronologie|déroulé|déroulement|cronología|cronologia|línea\s+de\s+tiempo|linha\s+do\s+tempo|zeitleiste|zeitverlauf|zeitlicher\s+ablauf|ablauf|tijdlijn|tidslinje|händelseförlopp|hendelsesforløp|hændelsesforløb|förlopp|forløb|forløp|aikajana|tapahtumien\s+kulku|przebieg(?:\s+zdarzeń|\s+incydentu)?|oś\s+czasu|chronologia|sequenza\s+degli\s+eventi|svolgimento|průběh(?:\s+událostí|\s+incidentu)?|časová\s+osa|zaman\s+(?:çizelgesi|akışı)|olay\s+akışı|olayların\s+(?:seyri|akışı)|kronoloji|cronologie|cronologia\s+evenimentelor|desfășurarea(?:\s+evenimentelor)?|idővonal|хронологія|хронология|перебіг\s+подій|χρονολόγιο|χρονολογία|χρονικό|diễn\s+biến(?:\s+sự\s+cố)?|dòng\s+thời\s+gian|trình\s+tự\s+sự\s+kiện|események\s+(?:sorrendje|időrendje)|időrend|kronologi|linimasa|urutan\s+kejadian)(?![\p{L}])/iu
  ],
  // (The other kinds in Portuguese, Spanish, French, German and Dutch, as a report in one of them
  // heads its sections: `Resumo`, `Impacto`, `Causa raiz`, `Ações`, `Maßnahmen`.)
  [
    'action-items',
    /(?<![\p{L}])(?:a[cç][õo]es|acciones|mesures\s+correctives|actions\s+correctives|plan\s+d['’]actions?|ma[ßs]nahmen|acties|verbeterpunten)(?![\p{L}])/iu
  ],
  [
    'lessons-learned',
    /(?<![\p{L}])(?:o\s+que\s+(?:n[ãa]o\s+)?funcionou|lo\s+que\s+(?:no\s+)?funcion[óo]|ce\s+qui\s+a\s+(?:bien\s+)?fonctionn[ée]|ce\s+qui\s+doit\s+[êe]tre\s+am[ée]lior[ée]|wat\s+ging\s+(?:goed|minder\s+goed|fout)|was\s+lief\s+(?:gut|schlecht)|li[çc][õo]es\s+aprendidas|lecciones\s+aprendidas|le[çc]ons\s+apprises|lessons\s+learned)(?![\p{L}])/iu
  ],
  [
    'root-cause',
    /(?<![\p{L}])(?:causa\s+ra[ií]z|causas?\s+ra[ií]z|cause\s+racine|causes?\s+profondes?|analyse\s+des\s+causes|ursachen?|grondoorzaak|oorzaak|oorzaken)(?![\p{L}])/iu
  ],
  ['impact', /(?<![\p{L}])(?:impacto|auswirkungen?|gevolgen)(?![\p{L}])/iu],
  [
    'summary',
    /(?<![\p{L}])(?:resumo|resumen|résumé|zusammenfassung|samenvatting|sum[aá]rio)(?![\p{L}])/iu
  ],
  [
    'action-items',
    /\b(?:action\s*items?|follow[\s-]*ups?|remediations?|next\s+steps|(?:corrective|preventive|preventative|remedial)(?:\s*(?:\/|and|&)\s*(?:corrective|preventive|preventative))?\s+(?:actions?|measures)|capa|future\s+measures|what\s+we(?:'|’)?re\s+doing|what\s+we(?:(?:'|’)re|\s+are)\s+going\s+to\s+do|what\s+we(?:(?:'|’)ll|\s+will)\s+do|what\s+we(?:(?:'|’)re|\s+are|\s+will)\s+chang(?:e|ing)|what(?:'|’)s\s+changing|todos?|to-dos?|improvements)\b/i
  ],
  [
    'lessons-learned',
    /\b(?:lessons?(?:\s+learn(?:ed|t))?|learnings|takeaways|what\s+went\s+(?:well|wrong|poorly)|what\s+didn(?:'|’)?t\s+go|where\s+we\s+got\s+lucky|retrospective|what\s+can\s+we\s+learn)\b/i
  ],
  [
    'cascade',
    /\b(?:cascade|impact\s+propagation|propagation|blast\s+radius|dependency\s+chain|failure\s+chain)\b/i
  ],
  [
    'contributing-factors',
    /\b(?:contributing\s+factors?|contributors|factors|why\s+it\s+(?:failed|wasn(?:'|’)?t\s+caught)|problems\s+encountered)\b/i
  ],
  [
    'impact',
    /\b(?:impact|customer\s+impact|user\s+impact|affected|what\s+was\s+impacted|blast)\b/i
  ],
  [
    'root-cause',
    /\b(?:root[\s-]*causes?|causes?|(?:five|5)[\s-]+whys?|why\s+(?:it|this)\s+happened|why\s+did\s+(?:it|this)\s+happen|technical\s+(?:problem|details)|why\s+the\s+event\s+happened|analysis)\b/i
  ],
  ['trigger', /\b(?:trigger(?:s|ed)?|what\s+triggered)\b/i],
  // (A report told as questions and answers: `How did we find out?`, `When was it fixed?`.)
  [
    'detection',
    /\b(?:detection|detected|how\s+(?:was\s+it|we)\s+(?:detected|noticed|found)|how\s+did\s+(?:we|you|they)\s+(?:find\s+out|notice|learn|know|hear)|how\s+was\s+it\s+(?:found|spotted|noticed|discovered))\b/i
  ],
  [
    'resolution',
    /\b(?:resolution|recovery|mitigation|remediation\s+steps|fix|action\s+taken|actions\s+taken|how\s+we\s+fixed|(?:when|how)\s+(?:was|did)\s+(?:it|this|we)\s+(?:get\s+)?(?:fixed|resolved|mitigated|restored|fix\s+it|resolve\s+it))\b/i
  ],
  [
    'summary',
    /\b(?:summary|overview|tl;?dr|abstract|background|context|description|incident\s+report|executive)\b/i
  ]
]

/**
 * What a section is about, from its heading's words.
 *
 * @example
 *   classifyHeading('Sequence of events (all times PST)') // 'timeline'
 *   classifyHeading('Where we got lucky') // 'lessons-learned'
 */
export function classifyHeading(title: string): SectionKind {
  // A chat's log named by its tool is an appendix, the first kind, unless the heading calls it the
  // timeline (`Timeline (Slack export)`).
  if (chatExport.test(title)) return /\btimeline\b/i.test(title) ? 'timeline' : 'appendix'
  for (const [kind, pattern] of kinds) if (pattern.test(title)) return kind
  return 'other'
}

/** A chat's log named by its tool: `Slack log`, `Channel export`, `Discord history`. */
const chatExport =
  /\b(?:slack|channel|irc|teams|discord|mattermost|zulip)\s+(?:logs?|exports?|history)\b/i
