/**
 * A duration in seconds as people write it: the two largest units.
 *
 * @example
 *   formatDuration(15_420) // '4h 17m'
 *   formatDuration(85_260) // '23h 41m'
 *   formatDuration(266_400) // '3d 2h'
 *   formatDuration(45) // '45s'
 *   formatDuration(null) // '—'
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—'
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.round(Math.abs(seconds))
  const days = Math.floor(rest / 86_400)
  rest -= days * 86_400
  const hours = Math.floor(rest / 3600)
  rest -= hours * 3600
  const minutes = Math.floor(rest / 60)
  const secs = rest - minutes * 60
  const parts: Array<[number, string]> = [
    [days, 'd'],
    [hours, 'h'],
    [minutes, 'm'],
    [secs, 's']
  ]
  const first = parts.findIndex(([value]) => value > 0)
  if (first === -1) return '0s'
  const shown = parts.slice(first, first + 2).filter(([value], index) => index === 0 || value > 0)
  return sign + shown.map(([value, unit]) => `${value}${unit}`).join(' ')
}
