/**
 * Checking a zone named on the command line (`--timezone`, `--zone`) or in
 * the configuration, as reports' zones are read (an IANA name, an
 * abbreviation, an offset), or a message that names the nearest IANA names
 * (`Europe/Londn` → `Europe/London`).
 */
import {IANAZone} from 'luxon'
import {nearest} from '../text/nearest.js'
import {parseZoneName} from '../time/zones.js'

/**
 * Why `zone` cannot be used, or undefined when it can.
 *
 * @example
 *   zoneProblem('Europe/Londn', '--timezone')
 *   // 'Unexpected --timezone `Europe/Londn`, expected an IANA zone such as Europe/Paris; did you mean Europe/London?'
 */
export function zoneProblem(
  zone: string,
  option: string,
  accepts: 'any' | 'iana' = 'any'
): string | undefined {
  if (IANAZone.isValidZone(zone) || (accepts === 'any' && parseZoneName(zone))) return undefined
  const near = nearest(zone, zoneNames(), 3)
  const meant = near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''
  const expected =
    accepts === 'any'
      ? 'an IANA zone such as Europe/Paris, an abbreviation such as PDT, or an offset such as UTC+2'
      : 'an IANA zone such as Europe/Paris'
  return `Unexpected ${option} \`${zone}\`, expected ${expected}${meant}`
}

function zoneNames(): string[] {
  return [...Intl.supportedValuesOf('timeZone'), 'UTC']
}
