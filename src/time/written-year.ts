/**
 * Whether a text writes no number that could be a year (`2025`, `1999`): only such a report is
 * read against the day it is read on, its year named by its weekdays (timeline/weekday-year.ts),
 * so only its cache key holds that day. A tiny module: the CLI checks it for every report before
 * it loads the parser.
 *
 * @example
 *   writesNoYear('Saturday 21 June, 18:37 UTC') // true
 *   writesNoYear('Saturday 21 June 2025') // false
 */
export function writesNoYear(text: string): boolean {
  // (A year stands as a word of its own: the `2025` of `evt_lunar_tide_2025` or `build2019` names
  // a thing.)
  return !/(?<![\p{L}\d_])(?:19|20)\d{2}(?![\p{L}\d_])/u.test(text)
}
