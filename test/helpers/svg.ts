/**
 * Read an SVG string as XML for structural tests: it must be well-formed,
 * and elements can be listed by name with their attributes and text.
 */
import {XMLParser, XMLValidator} from 'fast-xml-parser'

export interface SvgElement {
  name: string
  attributes: Record<string, string>
  /** The text directly inside the element, entities decoded. */
  text: string
  children: SvgElement[]
}

/** Parse an SVG document; throws with line and column when it is not well-formed XML. */
export function parseSvg(svg: string): SvgElement {
  const valid = XMLValidator.validate(svg)
  if (valid !== true)
    throw new Error(`Not well-formed XML at ${valid.err.line}:${valid.err.col}: ${valid.err.msg}`)
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false
  })
  const tree = parser.parse(svg) as unknown[]
  const root = tree.map(toElement).find((node) => node?.name === 'svg')
  if (!root) throw new Error('No <svg> root element')
  return root
}

function toElement(node: unknown): SvgElement | undefined {
  const record = node as Record<string, unknown>
  const name = Object.keys(record).find((key) => key !== ':@' && key !== '#text')
  if (!name) return undefined
  const content = (record[name] ?? []) as unknown[]
  const attributes = Object.fromEntries(
    Object.entries((record[':@'] ?? {}) as Record<string, string>).map(([key, value]) => [
      key,
      decode(value)
    ])
  )
  const text = content
    .map((child) => (child as Record<string, unknown>)['#text'])
    .filter((value) => value !== undefined)
    .join('')
  const children = content
    .map(toElement)
    .filter((child): child is SvgElement => child !== undefined)
  return {name, attributes, text: decode(text), children}
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Every element below (and including) `root`, in document order. */
export function allElements(root: SvgElement): SvgElement[] {
  return [root, ...root.children.flatMap(allElements)]
}

/** Elements with the given name, optionally with a class. */
export function findAll(root: SvgElement, name: string, className?: string): SvgElement[] {
  return allElements(root).filter(
    (element) =>
      element.name === name &&
      (className === undefined || (element.attributes.class ?? '').split(/\s+/).includes(className))
  )
}

/** The text of an element and everything inside it. */
export function textOf(element: SvgElement): string {
  return element.text + element.children.map(textOf).join('')
}
