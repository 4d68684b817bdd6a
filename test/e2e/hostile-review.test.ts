/**
 * A review built from hostile reports, in a real browser: report text full
 * of script, markup and CSS payloads stays text; no script runs, no dialog
 * opens, no request leaves the page, and the Content-Security-Policy would
 * stop one if it did. Needs Chromium at /usr/bin/chromium (see
 * review-browser.test.ts for when it skips).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {buildReview} from '../../src/review/build-review.js'
import {contentSecurityPolicy, renderReviewHtml} from '../../src/review/render-html.js'
import {launchChromium, skipBrowser} from '../helpers/chromium.js'

const payloads = [
  '<script>window.pwned = "script"</script>',
  '</svg><script>window.pwned = "svg"</script>',
  '" onload="window.pwned = \'attribute\'" x="',
  "'><img src=x onerror=\"window.pwned='img'\">",
  '</style><style>body{background:url(https://example.com/leak)}</style>',
  '<a href="javascript:window.pwned=1">link</a> [link](javascript:window.pwned=2)',
  '<iframe src="https://example.com"></iframe>'
]

function hostileReport(index: number): string {
  const payload = payloads[index % payloads.length] as string
  return `---
title: '${payload.replaceAll("'", "''")} outage ${index}'
date: 2026-0${(index % 3) + 7}-1${index % 9}
timezone: UTC
severity: '${payload.replaceAll("'", "''")}'
services: ['${payload.replaceAll("'", "''")}', api]
tags: ['${payload.replaceAll("'", "''")}']
---

# ${payload} outage ${index}

## Timeline

- 10:00 ${payload} starts failing [started]
- 10:05 Alert ${payload} fires [detected]
- 10:20 Cause ${payload} found [diagnosed]
- 10:40 All clear ${payload} [resolved]

## Cascade

- ${payload.replaceAll('->', '')} -> API: ${payload}

## Contributing factors

- **${payload}** a deploy went out

## Action items

- [ ] ${payload}, owner: @${index}, due 2026-01-01
`
}

describe.skipIf(skipBrowser)('a review of hostile reports in Chromium', () => {
  it('runs no script, opens no dialog and makes no request', async () => {
    const measured = Array.from({length: 14}, (_, index) => {
      const path = `incidents/hostile-${index}.md`
      return parseIncidents(hostileReport(index), {path}).incidents.map((incident) =>
        measure(incident)
      )
    }).flat()
    expect(measured).toHaveLength(14)
    const review = buildReview(measured, [], {asOf: '2026-10-01'})
    const html = renderReviewHtml(review, measured, {linkBase: ''})
    expect(html).toContain(contentSecurityPolicy)

    const folder = mkdtempSync(join(tmpdir(), 'aftermath-hostile-'))
    const file = join(folder, 'review.html')
    writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const context = await launchChromium(join(folder, 'profile'))
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const requests: string[] = []
      const dialogs: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message())
        await dialog.dismiss()
      })
      await page.goto(url, {waitUntil: 'load'})
      // Run in the page, as a string: the tests are type-checked without the DOM's types.
      const found = (await page.evaluate(`({
        pwned: window.pwned ?? null,
        scripts: document.querySelectorAll('script').length,
        iframes: document.querySelectorAll('iframe').length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => /^on/i.test(attribute.name))
        ).length,
        javascriptLinks: [...document.querySelectorAll('a')].filter((link) =>
          (link.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')
        ).length,
        text: document.body.innerText
      })`)) as {
        pwned: unknown
        scripts: number
        iframes: number
        images: number
        handlers: number
        javascriptLinks: number
        text: string
      }
      expect(found.pwned).toBeNull()
      expect({
        scripts: found.scripts,
        iframes: found.iframes,
        images: found.images,
        handlers: found.handlers,
        javascriptLinks: found.javascriptLinks
      }).toEqual({scripts: 0, iframes: 0, images: 0, handlers: 0, javascriptLinks: 0})
      // The payloads are there, as text.
      expect(found.text).toContain('<script>window.pwned = "script"</script>')
      expect(dialogs).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await context.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }, 60_000)
})
