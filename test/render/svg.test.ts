import {describe, expect, it} from 'vitest'
import {element, escapeAttribute, escapeText, num, svgDocument, text} from '../../src/render/svg.js'
import {textWidth, truncate, wrap} from '../../src/render/text-width.js'
import {linearTicks, logTicks, tickLabel} from '../../src/render/time-axis.js'
import {findAll, parseSvg, textOf} from '../helpers/svg.js'

describe('svg strings', () => {
  it('escapes text and attributes so hostile report text stays text', () => {
    const hostile = `</text><script>alert("x")</script> & 'q'`
    const svg = svgDocument({
      width: 100,
      height: 50,
      title: hostile,
      description: hostile,
      style: '',
      body: [text(hostile, {x: 1, y: 2, 'data-name': hostile})]
    })
    const root = parseSvg(svg)
    expect(findAll(root, 'script')).toEqual([])
    expect(textOf(findAll(root, 'text')[0] as never)).toBe(hostile)
    expect(findAll(root, 'text')[0]?.attributes['data-name']).toBe(hostile)
    expect(findAll(root, 'title')[0]?.text).toBe(hostile)
    expect(escapeText('a<b')).toBe('a&lt;b')
    expect(escapeAttribute('"')).toBe('&quot;')
  })

  it('escapeText(text) draws characters XML forbids as U+FFFD, so that the document parses', () => {
    const pasted = 'Error\u001b[31m rate\u0000 back\uFFFF, half \uD83D a pair'
    expect(escapeText(pasted)).toBe('Error\uFFFD[31m rate\uFFFD back\uFFFD, half \uFFFD a pair')
    // Whole pairs, tabs and line feeds stay.
    expect(escapeText('ok 😀\tand\n')).toBe('ok 😀\tand\n')
    const svg = svgDocument({
      width: 10,
      height: 10,
      title: pasted,
      description: '',
      style: '',
      body: [text(pasted, {x: 1, y: 2, 'data-text': pasted})]
    })
    expect(() => parseSvg(svg)).not.toThrow()
  })

  it('prints numbers the same way every time', () => {
    expect(num(1 / 3)).toBe('0.33')
    expect(num(-0.001)).toBe('0')
    expect(num(12)).toBe('12')
    expect(element('rect', {x: 0.125, y: undefined})).toBe('<rect x="0.13"/>')
  })
})

describe('text width', () => {
  it('measures wider text as wider and scales with size', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12))
    expect(textWidth('Detection', 24)).toBeCloseTo(2 * textWidth('Detection', 12), 5)
    expect(textWidth('Detection', 12, 'semibold')).toBeGreaterThan(textWidth('Detection', 12))
    expect(textWidth('中', 10)).toBe(10)
  })

  it('truncates to fit, with an ellipsis', () => {
    const short = truncate('S3 index subsystem', 60, 12)
    expect(short.endsWith('…')).toBe(true)
    expect(textWidth(short, 12)).toBeLessThanOrEqual(60)
    expect(truncate('ok', 60, 12)).toBe('ok')
  })

  it('wraps at spaces within the width and the line count', () => {
    const lines = wrap('running load balancers behind customer applications', 110, 12, 2)
    expect(lines.length).toBe(2)
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(110)
    expect(lines[1]?.endsWith('…')).toBe(true)
    expect(wrap('ELB control plane', 200, 12, 2)).toEqual(['ELB control plane'])
    expect(wrap('Supercalifragilisticexpialidocious', 60, 12, 2)[0]?.endsWith('…')).toBe(true)
  })
})

describe('time axis', () => {
  it('picks round linear ticks that cover the span', () => {
    expect(linearTicks(15_420, 6)).toEqual([0, 3600, 7200, 10_800, 14_400, 18_000])
    const ticks = linearTicks(85_260, 8)
    expect(ticks[0]).toBe(0)
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(85_260)
    expect(ticks.length).toBeLessThanOrEqual(9)
  })

  it('picks round log ticks around the range', () => {
    expect(logTicks(300, 90_000)).toEqual([300, 900, 3600, 14_400, 43_200, 86_400, 259_200])
  })

  it('labels ticks from T+0', () => {
    expect(tickLabel(0)).toBe('T+0')
    expect(tickLabel(7200)).toBe('+2h')
    expect(tickLabel(129_600)).toBe('+1d 12h')
  })
})
