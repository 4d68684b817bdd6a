/**
 * The exit codes of the command line, documented in the README. A module of
 * its own: every command returns one, and `main.ts` imports the commands,
 * so they cannot take it from there without a circle.
 */

/**
 * What a run ends with.
 *
 * @example
 *   return failed ? exitCodes.failed : exitCodes.ok
 */
export const exitCodes = {ok: 0, failed: 1, usage: 2, internal: 3} as const
