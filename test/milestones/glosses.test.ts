/** Reports told in another language: their words read as the English they mean. Invented sentences. */
import {expect, test} from 'vitest'
import type {ScoredMilestone} from '../../src/milestones/evidence.js'
import {scoreOf, weighEntry} from '../../src/milestones/evidence.js'
import {gloss, type Language, languageOf} from '../../src/milestones/glosses.js'

const scoreIn = (text: string, milestone: ScoredMilestone) =>
  scoreOf(weighEntry(text).features, milestone)

test('languageOf(text) tells a text by its function words, and English stays English', () => {
  expect(languageOf('Der Dienst wurde neu gestartet und läuft wieder.')).toBe('de')
  expect(languageOf('Se reinicia el servicio y los pagos vuelven a entrar.')).toBe('es')
  expect(languageOf("L'équipe redémarre le service et les paiements reprennent.")).toBe('fr')
  expect(languageOf('De storing is opgelost en de klanten kunnen weer betalen.')).toBe('nl')
  expect(languageOf('O serviço foi reiniciado e os pagamentos não falham mais.')).toBe('pt')
  expect(languageOf('The service was restarted and payments came back.')).toBeUndefined()
  // (English words and shorthand that other languages spell alike: `im`, `ES`, `do`, `um`.)
  expect(languageOf('im on it, ES cluster red, restarting')).toBeUndefined()
  expect(languageOf('um, do we roll back? no, met with Al, the van is fine')).toBeUndefined()
  // (A German word quoted in an English sentence leaves it English.)
  expect(languageOf('The on-call saw "Druckfehler" in the log and restarted the printer.')).toBe(
    undefined
  )
})

test('gloss(word, language) reads a false friend in its own language only', () => {
  expect(gloss('die', 'de')).toBe('the')
  expect(gloss('die', undefined)).toBeUndefined()
  expect(gloss('storing', 'nl')).toBe('outage')
  expect(gloss('storing', undefined)).toBeUndefined()
  expect(gloss('behoben', undefined)).toBe('fixed')
  expect(gloss("l'alerte", 'fr')).toBe('alert')
})

test('weighEntry(text) reads milestones told in German, Spanish, French, Dutch and Portuguese', () => {
  // Diagnosed.
  expect(
    scoreIn('Ursache gefunden: das Zertifikat war abgelaufen.', 'diagnosed')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Se identificó la causa: un índice borrado.', 'diagnosed')).toBeGreaterThanOrEqual(
    2
  )
  // Acknowledged.
  expect(scoreIn('Petra übernimmt das Ticket.', 'acknowledged')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Luis reconoce la alerta en PagerDuty.', 'acknowledged')).toBeGreaterThanOrEqual(2)
  // Detected.
  expect(
    scoreIn("L'alerte s'est déclenchée sur le taux d'erreurs.", 'detected')
  ).toBeGreaterThanOrEqual(2)
  // Mitigated and resolved.
  expect(
    scoreIn('Se revirtió el despliegue de la versión 3.2.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('Storing opgelost, de klanten kunnen weer inloggen.', 'resolved')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Incidente encerrado pela equipe de plantão.', 'resolved')).toBeGreaterThanOrEqual(
    2
  )
})

test('weighEntry(text) keeps the denials of another language, and no one noticing is no detection', () => {
  expect(scoreIn('Zu diesem Zeitpunkt hat niemand etwas bemerkt.', 'detected')).toBe(0)
  expect(scoreIn('At that point nobody noticed anything.', 'detected')).toBe(0)
  expect(scoreIn('Sam noticed the errors on the dashboard.', 'detected')).toBeGreaterThanOrEqual(3)
  // (`die` is German's article here, no death.)
  expect(scoreIn('Packer drücken den Knopf, die Queue füllt sich weiter.', 'mitigated')).toBe(0)
})

test('weighEntry(text) reads the everyday words of a response in each language', () => {
  expect(scoreIn('Kees belt de servicedesk: het scannen werkt niet.', 'detected')).toBe(3)
  // (German and Dutch deny after the verb: no service working.)
  expect(scoreIn('Kees belt de servicedesk: het scannen werkt niet.', 'mitigated')).toBe(0)
  expect(scoreIn('Sophie rejoint le pont téléphonique.', 'acknowledged')).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('Der Dienst wurde deaktiviert, die Fehler sind weg.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('La supervisora llama al CAU: no entran los pedidos.', 'detected')
  ).toBeGreaterThanOrEqual(2)
})

test("weighEntry(text) reads an author's label in another language as a label", () => {
  const labelled = weighEntry('Mitigado. Rollback completo en todos los pods.', 'timeline', false, [
    'Mitigado.'
  ])
  expect(labelled.features.some((feature) => feature.name.endsWith('as a label'))).toBe(true)
})

test('weighEntry(text) reads a French alert set apart, an acknowledged call and a cause confirmed', () => {
  // `sans lien avec`: without connection with, outside the incident.
  expect(
    scoreIn("Alerte sans lien avec l'incident : le disque de sauvegarde est à 91 %.", 'detected')
  ).toBe(0)
  expect(
    scoreIn('Alerte : le disque de sauvegarde est à 91 %.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  // `accuser réception`: to acknowledge, in French only (`accuse` is an English word too).
  expect(scoreIn("Léa accuse réception de l'appel et ouvre les journaux.", 'acknowledged')).toBe(4)
  expect(scoreIn('The vendor may accuse us of breaking the contract.', 'acknowledged')).toBe(0)
  expect(scoreIn('Le pool de connexions est saturé. Cause confirmée.', 'diagnosed')).toBe(4)
})

test("weighEntry(text) reads a Portuguese timeline's words: an alert set apart, chats arriving, a rate falling", () => {
  expect(
    scoreIn('Alerta de disco em 85% no servidor de logs. Sem relação com o incidente.', 'detected')
  ).toBe(0)
  expect(
    scoreIn(
      'Coordenação do SAC: chegando vários chats de clientes dizendo que dá erro no pagamento.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Rafael ativa a feature flag de fallback; a taxa de erro cai para 2%.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) reads a German alert set apart and a cause made clear', () => {
  expect(
    scoreIn(
      'PRTG meldet einen Ausfall des Switches. Hat mit der Störung nichts zu tun.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn('Damit ist die Ursache klar: das Protokoll ist voll.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads a Spanish row set apart, a service that stops its work, and a responder who starts to check', () => {
  expect(
    scoreIn(
      'Aviso de Nagios por la copia nocturna del servidor de nóminas. No relacionada con esta incidencia.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn('Aviso de Nagios por la copia nocturna del servidor de nóminas.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Desde ese momento la pasarela deja de entregar los pedidos al almacén.', 'started')
  ).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('Marta (guardia) confirma recepción y empieza a revisar los registros.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
})

test('weighEntry(text) reads an alert no one reads, in Spanish, French, Portuguese, German and Dutch', () => {
  for (const unread of [
    'Icinga envía un aviso al buzón del equipo. No se ve.',
    'Icinga envoie une alerte au dossier partagé ; personne ne le lit.',
    'O Icinga manda um alerta para a caixa do time. Ninguém viu.',
    'Icinga schickt eine Warnung an das Sammelpostfach, nicht gesehen.',
    'Icinga stuurt een melding naar de gedeelde mailbox. Niemand leest die.'
  ])
    expect(scoreIn(unread, 'detected'), unread).toBe(0)
  expect(scoreIn('Icinga sends an alert to the shared mailbox; nobody reads it.', 'detected')).toBe(
    0
  )
  expect(
    scoreIn('Icinga envoie une alerte au dossier partagé.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads Italian: an alarm that appears, a responder who takes charge, a restart, the incident closed', () => {
  expect(
    scoreIn("Sul pannello della sala compare l'allarme di perdita comunicazione.", 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn("Rossi prende in carico l'incidente e si collega in VPN da casa.", 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(scoreIn('Riavvio del servizio sul nodo principale.', 'mitigated')).toBeGreaterThanOrEqual(
    2
  )
  expect(
    scoreIn("Dopo le verifiche con la sala, Rossi chiude l'incidente.", 'resolved')
  ).toBeGreaterThanOrEqual(2)
  // (`di`, of, is no `die`.)
  expect(scoreIn('Il responsabile di turno è in sala dalle 22:00.', 'started')).toBe(0)
})

test('weighEntry(text) reads Polish: an alert acknowledged, a cause found, a row set apart', () => {
  expect(
    scoreIn('Anna potwierdza alert w PagerDuty i zaczyna analizę, bo już są błędy.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(
    scoreIn(
      'Piotr znajduje przyczynę: pula połączeń jest wyczerpana przez nowe zapytanie.',
      'diagnosed'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'Alert o zapełnieniu dysku na serwerze kopii. Niezwiązany z incydentem, który opisujemy.',
      'detected'
    )
  ).toBe(0)
  // (`NIC` is a network card in English, no Polish `nothing`.)
  expect(
    scoreIn('The failing NIC is identified as the cause of the packet loss.', 'diagnosed')
  ).toBe(4)
})

test('weighEntry(text) takes an alarm found false for no detection, unless it was only taken for one', () => {
  expect(
    scoreIn('Intrusion alarm at the north pump station; camera checked: false alarm.', 'detected')
  ).toBe(0)
  expect(scoreIn('Fehlalarm der Brandmeldeanlage im Serverraum.', 'detected')).toBe(0)
  expect(
    scoreIn('Disk alert on the primary; the on-call dismissed it as a false positive.', 'detected')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads a question asked in a channel of the trouble as a report', () => {
  expect(
    scoreIn(
      'A user asked in #infra whether anyone else was getting 404s from the mirror.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Tobias asked on the forum if anyone else was seeing failed downloads.', 'detected')
  ).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) reads a `PD page` as a page, and `fine all along` as no recovery', () => {
  expect(
    scoreIn('PD page: orders-api p99 > 2s for 10m. phone buzzes on the nightstand.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('PD on scene at the depot gate.', 'detected')).toBe(0)
  expect(scoreIn('We re-deployed the release at 10:30; it was fine all along.', 'resolved')).toBe(0)
})

test("weighEntry(text) takes another party's word that its own side works for no recovery of this service", () => {
  for (const ruledOut of [
    'The card processor confirmed that its systems were operating normally for its other merchants.',
    'The SMS gateway vendor replied that their platform was healthy and other clients were not affected.',
    'El operador confirma que su red funciona con normalidad.'
  ]) {
    expect(scoreIn(ruledOut, 'mitigated'), ruledOut).toBe(0)
    expect(scoreIn(ruledOut, 'resolved'), ruledOut).toBe(0)
  }
  // (Its side brought back is a recovery still.)
  expect(
    scoreIn('The CDN confirmed its network was restored.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  expect(
    scoreIn('Card payments are operating normally again.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) takes a signal sent where no one would see it for no detection', () => {
  for (const unseen of [
    "Sentry logs the first crash. We didn't know: its alerts still went to the old info@ address.",
    'The disk alert fired, but it still pointed at the former DBA team mailbox.',
    'Settlement warning e-mail sent to the Treasury mailbox (unattended at weekends).',
    'The queue-depth alarm posts to #ops-lowprio, which nobody watches after hours.',
    'Nightly job fails; the failure mail goes to etl-alerts@, which bounces.',
    'First complaints on social media (identified retrospectively from the support export).',
    'The alert fired (later found in #alerts-archive).'
  ])
    expect(scoreIn(unseen, 'detected'), unseen).toBe(0)
  // (A page that reached the on-call, acked from an old phone, still did.)
  expect(
    scoreIn('PagerDuty pages the on-call; she acks from her old phone.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  // (A status post named `Identified`, sent minutes later, is no finding after the fact.)
  expect(
    scoreIn(
      'Dana confirmed the root cause from the cache metrics. The "Identified" post went out 13 minutes later.',
      'diagnosed'
    )
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) takes work on the report itself for no work on the service', () => {
  for (const edit of [
    'Last edited: by Ana after the review meeting (added action items).',
    'Started writing this at 3:05 pm after some sleep; cleaned up the next morning.',
    'v1.3, ajout des actions 4 et 5, correction de la chronologie.',
    'Fixed typos in the timeline and added the missing ticket numbers.'
  ])
    expect(scoreIn(edit, 'mitigated'), edit).toBe(0)
  expect(
    scoreIn('Added a retry to the export job; errors stop.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'El banco responde que su operación es normal y que los pagos salen sin retraso.',
      'mitigated'
    )
  ).toBe(0)
})

test("weighEntry(text) reads the author's word that the impact starts here, in English and other languages, and a Spanish passive denied", () => {
  for (const onset of [
    'First 502s on the cart page. Start of customer impact.',
    'Primeros pedidos que no se procesan. Es el inicio del impacto.',
    "Les premières commandes échouent. Début de l'impact.",
    'Erste Timeouts im Shop. Beginn der Störung.'
  ])
    expect(scoreIn(onset, 'started'), onset).toBeGreaterThanOrEqual(5)
  // (A value the author corrects is no onset told.)
  expect(
    scoreIn(
      'In the first draft I wrote 09:14 for the beginning of impact, the time of the deploy.',
      'started'
    )
  ).toBeLessThan(5)
  expect(scoreIn('Los primeros pagos que no se procesan.', 'started')).toBeGreaterThanOrEqual(2)
})

test('weighEntry(text) reads a tally over a span as no report, another incident as outside, and the report that reached the team as its detection', () => {
  for (const tally of [
    'Contact centre: 212 chats and 45 calls about the app between 09:05 and 10:30.',
    'The help desk received 1,904 calls between 8:00 a.m. and 10:00 a.m., against about 700 forecast.'
  ])
    expect(scoreIn(tally, 'detected'), tally).toBe(0)
  expect(
    scoreIn('The first calls reached the help desk at 09:05.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('The 13:40 fan alarm on the core switch is a separate issue (INC-88).', 'detected')
  ).toBe(0)
  expect(
    scoreIn(
      'The uptime bot posted an alert; nobody was watching the channel, which is a separate problem.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      '#88 opened by a user. First report that actually reached me (a GitHub notification).',
      'detected'
    )
  ).toBeGreaterThanOrEqual(4)
  for (const unseen of [
    'Someone mentioned it on the forum. I did not see this until the next morning.',
    'Our office opens at 8:30, and nobody had looked at the dashboard yet.'
  ])
    expect(scoreIn(unseen, 'detected'), unseen).toBe(0)
})

test('weighEntry(text) reads a mitigation declared as no end of the incident', () => {
  expect(scoreIn('Marcus called it mitigated in the channel.', 'resolved')).toBeLessThan(3)
  expect(scoreIn('Marcus called it mitigated in the channel.', 'mitigated')).toBeGreaterThanOrEqual(
    3
  )
  expect(scoreIn('Recovery declared in the channel.', 'resolved')).toBeGreaterThanOrEqual(4)
})

test('weighEntry(text) reads Swedish: a call to the service desk, a row set apart, an alarm nobody reads, the first error', () => {
  expect(
    scoreIn(
      'Gruppledaren i Väster ringer Servicedesken och berättar att ingen kan logga in.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'Larm från kylaggregatet i serverhallen. Det har inget med den här incidenten att göra.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn(
      'Övervakningen skickar ett larm till driftbrevlådan. Ingen läser brevlådan på natten.',
      'detected'
    )
  ).toBe(0)
  expect(
    scoreIn('Databasen loggar det första felet. Efter det misslyckas alla skrivningar.', 'started')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads Norwegian: a call to the help desk, the on-call taking the case, the cause established, traffic moved', () => {
  expect(
    scoreIn('Første henvendelse til brukerstøtte om at timebestillingen ikke virker.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn(
      'Vakthavende svarer i kanalen at han ser på saken og oppretter en hendelse.',
      'acknowledged'
    )
  ).toBeGreaterThanOrEqual(2.5)
  expect(
    scoreIn('Kari fastslår at nøkkelen på db-02 er utløpt.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Alle kall går nå via db-01 og lykkes igjen.', 'resolved')).toBeGreaterThanOrEqual(
    3
  )
  // (`at` is `that` only in a text written in Norwegian: `at 09:12` stays a time's word.)
  expect(languageOf('Kari fastslår at nøkkelen er utløpt og ikke fornyet.')).toBe('no')
  expect(languageOf('The key expired at 09:12 and was not renewed.')).toBeUndefined()
})

test('weighEntry(text) reads Québec French: a ticket taken in charge, what a user cannot do, the first successful logins', () => {
  expect(
    scoreIn('Luc prend le billet en charge et appelle le magasin.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2.5)
  expect(
    scoreIn("Premier appel au soutien : un client n'arrive pas à ouvrir son dossier.", 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Premières commandes réussies. Le taux d’échec tombe à zéro.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads Dutch: an alert confirmed in the pager, an investigation begun, the cause made clear', () => {
  expect(
    scoreIn(
      'Pieter bevestigt de melding en begint met het onderzoek naar de storing.',
      'acknowledged'
    )
  ).toBeGreaterThanOrEqual(2.5)
  expect(
    scoreIn(
      'Het team ziet dat de schijf van de database vol is en niet meer groeit. Daarmee is de oorzaak duidelijk.',
      'diagnosed'
    )
  ).toBeGreaterThanOrEqual(3)
})

test('weighEntry(text) reads Danish where it writes otherwise than Norwegian: the cause found, a rollback, a call to the helpdesk', () => {
  expect(
    scoreIn('Jens finder fejlen i loggen, og dermed er årsagen fundet.', 'diagnosed')
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Lederen ringer til servicedesken: ingen af medarbejderne kan logge på.', 'detected')
  ).toBeGreaterThanOrEqual(3)
  expect(scoreIn('Leverandøren melder tilbage, at deres system kører normalt.', 'mitigated')).toBe(
    0
  )
})

test('weighEntry(text) reads Finnish, Turkish and Czech: an alert taken, a cause found, a service back', () => {
  expect(
    scoreIn('Päivystäjä kuittaa hälytyksen ja alkaa selvittää vikaa.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Mikko löytää syyn: levy on täynnä.', 'diagnosed')).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Deniz sorunun kök nedenini buldu ve inceleme tamamlandı.', 'diagnosed')
  ).toBeGreaterThan(0)
  expect(scoreIn('Služba opět funguje, výpadek je vyřešeno.', 'resolved')).toBeGreaterThan(0)
  expect(languageOf('Päivystäjä kuittaa hälytyksen ja alkaa selvittää, että mikä on vialla.')).toBe(
    'fi'
  )
  expect(languageOf('Sorun bu sabah başladı ve müşteriler için çok ciddi oldu.')).toBe('tr')
  expect(languageOf('Zjistili jsme, že služba byla nedostupná kvůli chybě.')).toBe('cs')
})

test('weighEntry(text) reads Romanian, Hungarian and Indonesian: an alert taken, a cause found, a service back', () => {
  expect(
    scoreIn('Inginerul de gardă preia alarma și începe verificările.', 'acknowledged')
  ).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Echipa identifică cauza: discul este plin.', 'diagnosed')).toBeGreaterThanOrEqual(
    3
  )
  expect(scoreIn('Az ügyeletes nyugtázza a riasztást.', 'acknowledged')).toBeGreaterThanOrEqual(2)
  expect(scoreIn('Tim menemukan penyebab: sertifikat kedaluwarsa.', 'diagnosed')).toBeGreaterThan(0)
  expect(
    scoreIn('Layanan kembali berfungsi normal untuk semua pelanggan.', 'mitigated')
  ).toBeGreaterThan(0)
  expect(
    languageOf('Serviciul nu a fost disponibil pentru că discul era plin și fără spațiu.')
  ).toBe('ro')
  expect(languageOf('A rendszer nem volt elérhető, mert megtelt a lemez és már nem írt.')).toBe(
    'hu'
  )
  expect(
    languageOf('Layanan tidak bisa diakses karena disk sudah penuh dan belum dibersihkan.')
  ).toBe('id')
  // (An alert said to have no connection with the incident is outside it.)
  expect(scoreIn('Alarmă pe un link radio. Fără legătură cu acest incident.', 'detected')).toBe(0)
  expect(
    scoreIn('Peringatan disk di server lain. Tidak terkait dengan insiden ini.', 'detected')
  ).toBe(0)
})

test('weighEntry(text) reads nothing that happened in a bracketed relative clause', () => {
  expect(
    scoreIn(
      'Our synthetic probe (which resolves a sample of customer zones) fails and pages the on-call.',
      'resolved'
    )
  ).toBe(0)
  expect(
    scoreIn(
      'Our synthetic probe (which resolves a sample of customer zones) fails and pages the on-call.',
      'detected'
    )
  ).toBeGreaterThanOrEqual(3)
})

test("languageOf(text, otherwise): a text with no function words of any language is in the report's", () => {
  expect(languageOf('Reversão aplicada nos quatro nós', 'pt')).toBe('pt')
  expect(languageOf('Reversão aplicada nos quatro nós')).toBeUndefined()
  // (English words say English, whatever the report's language.)
  expect(languageOf('Rolled back to the previous build', 'pt')).toBeUndefined()
  // (A text that tells its own language keeps it.)
  expect(languageOf('Der Dienst wurde neu gestartet und ist wieder erreichbar', 'pt')).toBe('de')
})

test('weighEntry(text) reads Turkish deeds done: files deleted, the alarm cleared', () => {
  expect(
    scoreIn('Log dosyaları silindi ve disk alarmı kalktı.', 'mitigated')
  ).toBeGreaterThanOrEqual(2)
  // (Said in English too: `disk alarm cleared` is the trouble seen gone.)
  expect(scoreIn('Disk alarmı kalktı.', 'mitigated')).toBeGreaterThan(3)
})

const scoreInReport = (text: string, milestone: ScoredMilestone, language: Language) =>
  scoreOf(weighEntry(text, 'timeline', false, [], language).features, milestone)

test('a word two languages share leans to the language the report is written in', () => {
  const row = 'Mise en service du module Tarif (version api 2.1). Déploiement sans anomalie.'
  expect(languageOf(row, 'fr')).toBe('fr')
  expect(scoreInReport(row, 'started', 'fr')).toBe(0)
})

test('French reads an elided word, an unrelated alert, a fix waited for and an end announced', () => {
  expect(scoreInReport("Fin d'incident annoncée par Lucie.", 'resolved', 'fr')).toBe(2.5)
  expect(
    scoreInReport('Alerte sans rapport : disque de sauvegarde à 81 %.', 'detected', 'fr')
  ).toBe(0)
  expect(
    scoreInReport("Le taux d'erreurs repasse sous 2 %.", 'mitigated', 'fr')
  ).toBeGreaterThanOrEqual(3)
  // (`en attendant correction`: the fix waited for, not made.)
  expect(
    scoreInReport('Arrêt du traitement nocturne en attendant correction.', 'mitigated', 'fr')
  ).toBeLessThan(3)
})

test('Spanish reads its conjunctions, its help desk, a call returned and what remains pending', () => {
  const es = (text: string, milestone: ScoredMilestone) => scoreInReport(text, milestone, 'es')
  // (`queda`: remains, not Portuguese's fall.)
  expect(es('Se crea el usuario en el clúster. Queda pendiente de revisión.', 'started')).toBe(0)
  expect(
    es('El gerente llama a la Mesa de Ayuda y reporta que no sale ningún pedido.', 'detected')
  ).toBe(3)
  expect(es('La ingeniera devuelve la llamada y toma el incidente.', 'acknowledged')).toBe(2.5)
  expect(es('Primera factura rechazada por el proveedor: error 401.', 'started')).toBeGreaterThan(3)
  // (A state since an earlier change, told with the cause: no deed of the response.)
  expect(
    es(
      'Se identifica la causa: disco al 100 % y limpieza desactivado desde la actualización del 3/4.',
      'mitigated'
    )
  ).toBe(0)
})

test('Italian reads an alarm taken in charge, one not related, and payments processed normally again', () => {
  const it = (text: string, milestone: ScoredMilestone) => scoreInReport(text, milestone, 'it')
  expect(it("L'operatrice prende in carico l'allarme e apre l'incidente.", 'acknowledged')).toBe(
    2.5
  )
  expect(it('Allarme Nagios su un disco della filiale di Prato. Non correlato.', 'detected')).toBe(
    0
  )
  expect(it('Nessun allarme previsto sulla durata della procedura.', 'detected')).toBe(0)
  expect(
    it('I bonifici riprendono a essere eseguiti regolarmente.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})

test('Swedish reads an alarm acknowledged, a cause established, a failover done and systems up again', () => {
  expect(scoreIn('Jonas (IT-beredskap) kvitterar larmet och börjar felsöka.', 'acknowledged')).toBe(
    4
  )
  expect(
    scoreIn(
      'Leverantörens tekniker fastställer orsaken: nätaggregatet i nod 2 är trasigt.',
      'diagnosed'
    )
  ).toBeGreaterThanOrEqual(3)
  expect(
    scoreIn('Larm om full disk på testservern. Inte relaterat till incidenten.', 'detected')
  ).toBe(0)
  expect(
    scoreIn('Omkoppling genomförd. Samtliga tjänster är åter tillgängliga.', 'mitigated')
  ).toBeGreaterThanOrEqual(3)
})
