/**
 * Debian's Chromium for the browser tests, driven by playwright-core (which
 * downloads no browser). Tests skip without it, except on CI (CI=true),
 * where .ci/run installs it and a missing browser is a failure.
 */
import {existsSync} from 'node:fs'
import {type BrowserContext, chromium} from 'playwright-core'

export const executablePath = '/usr/bin/chromium'
export const installed = existsSync(executablePath)
export const skipBrowser = !installed && process.env.CI !== 'true'

/**
 * A headless Chromium with a fresh profile in `profile`, offline: without
 * the networking flags it tries to reach outside hosts at every start.
 */
export function launchChromium(
  profile: string,
  viewport?: {width: number; height: number}
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ],
    ...(viewport ? {viewport} : {})
  })
}
