/**
 * aftermath's version, from its package.json. This module is
 * src/cli/package-version.ts or dist/cli/package-version.js: the package is
 * two folders up. Read once, synchronously (one small file).
 */
import {readFileSync} from 'node:fs'

let version: string | undefined

/** The `version` of aftermath's package.json. */
export function packageVersion(): string {
  if (version === undefined) {
    const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    version = String((JSON.parse(manifest) as {version?: unknown}).version ?? '')
  }
  return version
}
