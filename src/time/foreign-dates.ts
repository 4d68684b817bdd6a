/**
 * A calendar day written in another language than English (`mardi 3 mars
 * 2026`, `3. März 2026`, `3 de marzo de 2026`), read by chrono-node's parsers
 * for French, German, Spanish, Italian, Portuguese and Dutch. Only for the
 * day a report gives itself (a `Date:` line, its title) when the English
 * reading finds none: timelines are read in English.
 */
import {createRequire} from 'node:module'
import type {WrittenDate} from './read-timestamp.js'

type Chrono = typeof import('chrono-node')

let chrono: Chrono | undefined

/**
 * The first whole day (with its year) a text names in one of those languages.
 *
 * @example
 *   foreignDay('mardi 3 mars 2026') // {year: 2026, month: 3, day: 3}
 */
export function foreignDay(text: string): WrittenDate | undefined {
  // Loaded on first use: most reports never need it, and the locales cost start-up time.
  chrono ??= createRequire(import.meta.url)('chrono-node') as Chrono
  for (const locale of [chrono.fr, chrono.de, chrono.es, chrono.it, chrono.pt, chrono.nl]) {
    for (const result of locale.strict.parse(text.slice(0, 200))) {
      const start = result.start
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue
      return {
        year: start.get('year') as number,
        month: start.get('month') as number,
        day: start.get('day') as number
      }
    }
  }
  return undefined
}
