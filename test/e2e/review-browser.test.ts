/**
 * The HTML review in a real browser: opened from disk, it loads nothing
 * else, logs no errors, shows its charts, holds the review's numbers, fits
 * the window and the printed page. Needs Chromium at /usr/bin/chromium;
 * skipped without it, except on CI (CI=true), which installs it.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatDuration} from '../../src/metrics/format-duration.js'
import {buildReview} from '../../src/review/build-review.js'
import {renderReviewHtml} from '../../src/review/render-html.js'
import {intervalText} from '../../src/review/review-text.js'
import {executablePath, installed, launchChromium} from '../helpers/chromium.js'
import {readReports, seedReports, specReports, twoQuarters} from '../helpers/review-reports.js'

const onCi = process.env.CI === 'true'
const skip = !installed && !onCi
const timeout = 60_000

if (skip)
  console.warn(
    `Skipping the browser test of the HTML review: no Chromium at ${executablePath} (install it with \`apt-get install chromium\`; on CI, CI=true makes this a failure).`
  )

const root = fileURLToPath(new URL('../..', import.meta.url))
const {measured, notes} = readReports([...seedReports(root), ...specReports(twoQuarters)])
const review = buildReview(measured, notes, {asOf: '2026-10-01'})

describe.skipIf(skip)('the HTML review in Chromium', () => {
  let folder: string
  let context: BrowserContext
  let page: Page
  let url: string
  const requests: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    expect(installed, `CI must install Chromium at ${executablePath}`).toBe(true)
    folder = mkdtempSync(join(tmpdir(), 'aftermath-review-'))
    const file = join(folder, 'review.html')
    writeFileSync(file, renderReviewHtml(review, measured, {linkBase: `${root}/`}))
    url = pathToFileURL(file).href
    context = await launchChromium(join(folder, 'profile'), {width: 1100, height: 900})
    page = context.pages()[0] ?? (await context.newPage())
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url, {waitUntil: 'load'})
  }, timeout)

  afterAll(async () => {
    await context?.close()
    // Keep the folder when it holds the screenshot; remove only the browser profile.
    if (folder) rmSync(join(folder, 'profile'), {recursive: true, force: true})
  })

  it('loads nothing but the file itself, without errors', () => {
    expect(errors).toEqual([])
    expect(requests).toEqual([url])
  })

  it(
    'shows every chart and diagram',
    async () => {
      const ids = await page.locator('figure').evaluateAll((figures) => figures.map((f) => f.id))
      expect(ids).toEqual(
        expect.arrayContaining([
          'chart-counts',
          'chart-distribution',
          'chart-time-shares',
          'chart-trend',
          'outage-1-timeline'
        ])
      )
      for (const id of ids) {
        const svg = page.locator(`#${id} > svg`)
        expect(await svg.isVisible(), id).toBe(true)
        const box = await svg.boundingBox()
        expect(box?.width, id).toBeGreaterThan(100)
        expect(box?.height, id).toBeGreaterThan(30)
      }
      // A dot carries its incident for the tooltip.
      const dot = page.locator('#chart-distribution circle.dot title').first()
      expect(await dot.textContent()).toMatch(/: \d/)
    },
    timeout
  )

  it(
    'holds the numbers of the review in its tables',
    async () => {
      const rows = await page
        .locator('#durations-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
        )
      expect(rows.map((row) => row.slice(0, 7))).toEqual(
        review.durations.map((summary) => [
          String(summary.n),
          String(summary.missing),
          formatDuration(summary.median),
          intervalText(summary.interval),
          formatDuration(summary.p75),
          formatDuration(summary.p90),
          formatDuration(summary.max)
        ])
      )
      const incidentsShown = await page.locator('#incidents-table tbody tr').count()
      expect(incidentsShown).toBe(review.incidents.length)
      const lead = await page.locator('.lead').textContent()
      expect(lead).toContain(`${review.counts.total} incidents in the reports read.`)
    },
    timeout
  )

  it(
    'has contents whose links lead to the sections',
    async () => {
      const targets = await page
        .locator('nav a')
        .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)))
      expect(targets.length).toBeGreaterThan(10)
      for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1)
    },
    timeout
  )

  it(
    'fits the window and the printed page, and takes a screenshot',
    async () => {
      // How far the page reaches past the right edge of the window.
      const overflow = () =>
        page.evaluate(() => {
          const view = globalThis as unknown as {
            innerWidth: number
            document: {documentElement: {scrollWidth: number}}
          }
          return view.document.documentElement.scrollWidth - view.innerWidth
        })
      expect(await overflow()).toBeLessThanOrEqual(0)
      const screenshot = join(folder, 'review.png')
      await page.screenshot({path: screenshot, fullPage: true})
      console.log(`Screenshot of the HTML review: ${screenshot}`)

      // A4 at 96 dpi less the page margins is about 700 px wide.
      await page.setViewportSize({width: 700, height: 1000})
      await page.emulateMedia({media: 'print'})
      expect(await overflow()).toBeLessThanOrEqual(0)
      const widest = await page
        .locator('figure svg')
        .evaluateAll((svgs) => Math.max(...svgs.map((svg) => svg.getBoundingClientRect().right)))
      expect(widest).toBeLessThanOrEqual(700)
      const pdf = await page.pdf({format: 'A4'})
      expect(pdf.byteLength).toBeGreaterThan(10_000)
      await page.emulateMedia({media: 'screen'})
    },
    timeout
  )
})
