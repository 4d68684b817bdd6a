/**
 * The words of other languages a report may be told in, each read as the English word it means, so
 * that the lexicon's classes and the rules of `evidence.ts` read `Ursache gefunden`, `se reinicia el
 * servicio` or `storing opgelost` as they read `cause found`, `the service is restarted` and `outage
 * resolved`. A gloss keeps an English form's tense (`erkannt` is `identified`, `übernimmt` is
 * `takes`), because the rules read tense: a deed done, one under way, one planned.
 *
 * Two kinds of word:
 * - `glossary`: forms no English text holds (`behoben`, `reinició`, `rétabli`, `opgelost`), read so
 *   wherever they stand, as a timeline row of two words (`Policy angepasst.`) names no language;
 * - `falseFriends`: forms that are English words too (`die`, `war`, `red`, `storing`), read in the
 *   other language only in a text written in it (`languageOf`).
 *
 * Languages: German, Spanish, French, Dutch and Portuguese, the languages the invented reports were
 * written in beside English. Word order is the language's own; the rules that weigh a clause by its
 * classes read it as they read English notes (`Zusammenhang mit dem Change erkannt`: connection with
 * the change identified).
 */

/** A language a report's words are read in, besides English. */
export type Language = 'de' | 'es' | 'fr' | 'nl' | 'pt'

/** Words that tell a text's language, none of them an English word. */
const functionWords: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(
    'der das und nicht auf ist wird wurde wurden werden ein eine einen einem dem den des zu von für bei nach auch noch seit wieder kein keine keinen sich dass oder aber durch über zwischen nur sind haben hatte ohne beim vom zum zur unter uhr danach erst bereits sowie weil'.split(
      ' '
    )
  ),
  es: new Set(
    'el los las del que con por para una está están fue como pero más sin sobre entre desde hasta sus muy cuando también hora horas tras'.split(
      ' '
    )
  ),
  fr: new Set(
    'le les et des une sur dans avec pas aux ce cette qui sont été ont ne mais nous il elle heure après depuis vers lors'.split(
      ' '
    )
  ),
  nl: new Set(
    'het een en te niet voor naar wordt werd zijn ook nog bij uit om dat deze dit wij uur tot weer geen'.split(
      ' '
    )
  ),
  pt: new Set('uma não para das que foi está são pelo pela mas também ao à após até'.split(' '))
}

/** Words of English that tell a text is English, whatever else it quotes. */
const englishWords = new Set(
  'the and of to is was in on with for by it we our at from that this were be has had'.split(' ')
)

/** Forms no English text holds, and the English they mean. */
const glossary: Readonly<Record<string, string>> = {
  // German.
  alarme: 'alarms',
  alarmiert: 'alerted',
  alarmieren: 'alert',
  warnung: 'warning',
  ausgelöst: 'triggered',
  meldet: 'reports',
  meldete: 'reported',
  gemeldet: 'reported',
  meldung: 'report',
  ruft: 'calls',
  rief: 'called',
  angerufen: 'called',
  anruf: 'call',
  anrufe: 'calls',
  bemerkt: 'noticed',
  bemerkte: 'noticed',
  festgestellt: 'noticed',
  entdeckt: 'discovered',
  erkannt: 'identified',
  erkennt: 'identifies',
  identifiziert: 'identified',
  gefunden: 'found',
  findet: 'finds',
  ursache: 'cause',
  grundursache: 'cause',
  fehler: 'error',
  fehlern: 'errors',
  fehlermeldung: 'error',
  fehlermeldungen: 'errors',
  störung: 'outage',
  störungen: 'outages',
  ausfall: 'outage',
  ausgefallen: 'failed',
  gestört: 'disrupted',
  übernimmt: 'takes',
  übernommen: 'taken',
  bestätigt: 'confirmed',
  bestätigte: 'confirmed',
  untersucht: 'investigates',
  untersuchung: 'investigation',
  prüft: 'checks',
  geprüft: 'checked',
  analysiert: 'analyzed',
  neustart: 'restart',
  neugestartet: 'restarted',
  zurückgerollt: 'reverted',
  zurückgesetzt: 'reverted',
  rückgängig: 'reverted',
  behoben: 'fixed',
  gelöst: 'resolved',
  wiederhergestellt: 'restored',
  läuft: 'runs',
  laufen: 'run',
  funktioniert: 'works',
  funktionieren: 'work',
  geschlossen: 'closed',
  beendet: 'ended',
  abgeschlossen: 'completed',
  kunde: 'customer',
  kunden: 'customers',
  nutzer: 'users',
  benutzer: 'users',
  nicht: 'not',
  ohne: 'without',
  niemand: 'nobody',
  nichts: 'nothing',
  etwas: 'something',
  nachträglich: 'afterwards',
  ermittelt: 'determined',
  kein: 'no',
  keine: 'no',
  keinen: 'no',
  keiner: 'no',
  angepasst: 'adjusted',
  geändert: 'changed',
  umgesetzt: 'implemented',
  eingespielt: 'deployed',
  ausgerollt: 'deployed',
  eskalation: 'escalation',
  eskaliert: 'escalated',
  informiert: 'informed',
  benachrichtigt: 'notified',
  wieder: 'again',
  erneut: 'again',
  abgearbeitet: 'processed',
  verarbeitet: 'processed',
  gelöscht: 'deleted',
  entscheidung: 'decision',
  beginnt: 'starts',
  begann: 'started',
  beginn: 'start',
  ende: 'end',
  auswirkung: 'impact',
  auswirkungen: 'impact',
  steigt: 'rises',
  stieg: 'rose',
  fällt: 'falls',
  normalwert: 'normal',
  // Spanish.
  alertas: 'alerts',
  dispara: 'fires',
  disparó: 'fired',
  salta: 'fires',
  saltó: 'fired',
  reconoce: 'acknowledges',
  reconoció: 'acknowledged',
  reconocida: 'acknowledged',
  reconocido: 'acknowledged',
  asume: 'takes',
  asumió: 'took',
  detecta: 'detects',
  detectó: 'detected',
  detectado: 'detected',
  detectada: 'detected',
  reporta: 'reports',
  reportan: 'report',
  reportó: 'reported',
  reportaron: 'reported',
  informa: 'reports',
  avisa: 'notifies',
  avisó: 'notified',
  investiga: 'investigates',
  revisa: 'checks',
  revisó: 'checked',
  analiza: 'analyzes',
  identifica: 'identifies',
  identificó: 'identified',
  identificada: 'identified',
  identificado: 'identified',
  encuentra: 'finds',
  encontró: 'found',
  confirma: 'confirms',
  confirmó: 'confirmed',
  revierte: 'reverts',
  revirtió: 'reverted',
  revertido: 'reverted',
  reinicia: 'restarts',
  reinició: 'restarted',
  reinicio: 'restart',
  reiniciado: 'restarted',
  reiniciados: 'restarted',
  aplica: 'applies',
  aplicó: 'applied',
  despliega: 'deploys',
  desplegado: 'deployed',
  corrige: 'fixes',
  corregido: 'fixed',
  mitigado: 'mitigated',
  mitiga: 'mitigates',
  restablecido: 'restored',
  restablece: 'restores',
  restableció: 'restored',
  recupera: 'recovers',
  recuperado: 'recovered',
  normalidad: 'normal',
  estable: 'stable',
  resuelto: 'resolved',
  resuelta: 'resolved',
  cerrado: 'closed',
  cierra: 'closes',
  cerró: 'closed',
  caída: 'outage',
  falla: 'failure',
  fallas: 'failures',
  fallo: 'failure',
  fallos: 'failures',
  fallan: 'fail',
  errores: 'errors',
  incidente: 'incident',
  usuarios: 'users',
  nunca: 'never',
  empieza: 'starts',
  empiezan: 'start',
  empezó: 'started',
  comienza: 'starts',
  comienzan: 'start',
  comenzó: 'started',
  dejan: 'stop',
  dejó: 'stopped',
  fallar: 'fail',
  fallando: 'failing',
  crecer: 'grow',
  termina: 'finishes',
  terminó: 'finished',
  impacto: 'impact',
  causa: 'cause',
  raíz: 'root',
  vuelve: 'returns',
  vuelven: 'return',
  normales: 'normal',
  confirmada: 'confirmed',
  confirmado: 'confirmed',
  hipótesis: 'theory',
  cierre: 'closure',
  nadie: 'nobody',
  nada: 'nothing',
  // French.
  alerte: 'alert',
  alertes: 'alerts',
  déclenchée: 'triggered',
  déclenché: 'triggered',
  panne: 'outage',
  erreur: 'error',
  erreurs: 'errors',
  acquitte: 'acknowledges',
  acquittée: 'acknowledged',
  acquitté: 'acknowledged',
  détecté: 'detected',
  détectée: 'detected',
  signalé: 'reported',
  signale: 'reports',
  identifiée: 'identified',
  identifié: 'identified',
  trouvé: 'found',
  trouvée: 'found',
  redémarrage: 'restart',
  redémarré: 'restarted',
  redémarre: 'restarts',
  annulé: 'reverted',
  corrigé: 'fixed',
  correctif: 'fix',
  déployé: 'deployed',
  appliqué: 'applied',
  rétabli: 'restored',
  rétablie: 'restored',
  rétablissement: 'restoration',
  résolu: 'resolved',
  résolue: 'resolved',
  clôturé: 'closed',
  clôturée: 'closed',
  fermé: 'closed',
  utilisateurs: 'users',
  rien: 'nothing',
  commence: 'starts',
  commencé: 'started',
  redevient: 'becomes',
  hypothèse: 'theory',
  jamais: 'never',
  // Dutch.
  meldingen: 'alerts',
  opgepakt: 'taken',
  bevestigd: 'confirmed',
  ontdekt: 'discovered',
  opgemerkt: 'noticed',
  gemeld: 'reported',
  meldt: 'reports',
  oorzaak: 'cause',
  gevonden: 'found',
  geïdentificeerd: 'identified',
  herstart: 'restarted',
  teruggedraaid: 'reverted',
  hersteld: 'restored',
  opgelost: 'resolved',
  gesloten: 'closed',
  afgesloten: 'closed',
  normaal: 'normal',
  stabiel: 'stable',
  klanten: 'customers',
  gebruikers: 'users',
  storingen: 'outages',
  niets: 'nothing',
  begint: 'starts',
  begon: 'started',
  nooit: 'never',
  // Portuguese.
  disparou: 'fired',
  queda: 'outage',
  falha: 'failure',
  falhas: 'failures',
  erro: 'error',
  erros: 'errors',
  reconheceu: 'acknowledged',
  assumiu: 'took',
  identificou: 'identified',
  encontrada: 'found',
  reiniciada: 'restarted',
  revertida: 'reverted',
  corrigida: 'fixed',
  restabelecido: 'restored',
  restabelecida: 'restored',
  normalizado: 'normalized',
  normalizada: 'normalized',
  resolvido: 'resolved',
  resolvida: 'resolved',
  encerrado: 'closed',
  encerrada: 'closed',
  usuários: 'users',
  não: 'not',
  ninguém: 'nobody',
  começa: 'starts',
  começou: 'started',
  hipótese: 'theory'
}

/** Forms that are English words too, read in the other language only in a text written in it. */
const falseFriends: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  de: {
    die: 'the',
    das: 'the',
    war: 'was',
    was: 'what',
    hat: 'has',
    also: 'so',
    man: 'one',
    fast: 'almost',
    bald: 'soon',
    will: 'wants',
    am: 'at',
    an: 'at',
    um: 'at',
    bis: 'until',
    rot: 'red',
    alarm: 'alarm',
    neu: 'new'
  },
  es: {
    red: 'network',
    con: 'with',
    fin: 'end',
    once: 'eleven',
    sale: 'leaves',
    dice: 'says',
    deja: 'stops'
  },
  fr: {pour: 'for', son: 'its', fin: 'end', par: 'by', est: 'is', sur: 'on', plus: 'more'},
  nl: {
    die: 'that',
    door: 'by',
    op: 'on',
    al: 'already',
    want: 'because',
    storing: 'outage',
    melding: 'alert',
    is: 'is'
  },
  pt: {sem: 'without'}
}

/** Any function word of a language other than English: most texts have none, and are English. */
const anyForeign = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set(Object.values(functionWords).flatMap((words) => [...words]))].join('|')})(?![\\p{L}])`,
  'iu'
)

/**
 * The language a text is written in, when it is not English: the one whose function words it holds
 * most, more than it holds English ones.
 *
 * @example
 *   languageOf('Ursache gefunden, die Policy wird angepasst') // 'de'
 *   languageOf('Root cause found, the policy is adjusted') // undefined
 */
export function languageOf(text: string): Language | undefined {
  if (!anyForeign.test(text)) return undefined
  const counts = new Map<Language | 'en', number>()
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0]
    if (englishWords.has(word)) counts.set('en', (counts.get('en') ?? 0) + 1)
    for (const [language, words] of Object.entries(functionWords) as Array<
      [Language, ReadonlySet<string>]
    >)
      if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const english = counts.get('en') ?? 0
  let best: Language | undefined
  let most = english
  for (const [language, count] of counts)
    if (language !== 'en' && count > most) {
      best = language
      most = count
    }
  return best
}

/** The English a word of another language means, or nothing when it is English or unknown. */
export function gloss(word: string, language: Language | undefined): string | undefined {
  // (`l'alerte`, `d'erreurs`: French elides its articles onto the word.)
  const bare = language === 'fr' ? word.replace(/^(?:l|d|qu|n|s|j|c)['’]/, '') : word
  return glossary[bare] ?? (language ? falseFriends[language][bare] : undefined)
}
