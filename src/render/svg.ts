/**
 * SVG as strings: escaping, elements with attributes in a fixed order, and
 * numbers printed the same way every time, so that the same input gives
 * byte-identical output.
 */

export type Attributes = Record<string, string | number | undefined>

/** Escape text for an SVG text node. */
export function escapeText(text: string): string {
  return text
    .replace(notXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * Characters XML 1.0 does not allow, even escaped: controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A
 * report's text may hold them (`\u001b` pasted from a terminal); they are
 * drawn as U+FFFD, so that every SVG parses (resvg refuses the document).
 */
const notXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escape text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * A number with at most two decimals, no trailing zeros and no `-0`.
 *
 * @example
 *   num(1 / 3) // '0.33'
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

/**
 * One element. Attribute values are escaped; children are SVG strings that
 * are already escaped (use `escapeText` for text).
 *
 * @example
 *   element('rect', {x: 1, width: 2.005}) // '<rect x="1" width="2.01"/>'
 */
export function element(name: string, attributes: Attributes, ...children: string[]): string {
  let open = `<${name}`
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    open += ` ${key}="${typeof value === 'number' ? num(value) : escapeAttribute(value)}"`
  }
  const body = children.join('')
  return body === '' ? `${open}/>` : `${open}>${body}</${name}>`
}

/** A text element holding escaped text. */
export function text(content: string, attributes: Attributes): string {
  return element('text', attributes, escapeText(content))
}

/** A tooltip (shown by browsers on hover) holding the full text. */
export function tooltip(content: string): string {
  return element('title', {}, escapeText(content))
}

/** What every diagram document has. */
export interface DocumentParts {
  width: number
  height: number
  /** Short name of the picture (read by screen readers). */
  title: string
  /** What the picture shows, in a sentence or two. */
  description: string
  /** CSS rules for the document. */
  style: string
  body: string[]
}

/**
 * A standalone SVG document with `<title>` and `<desc>` for assistive
 * technology, a white background and the given style sheet.
 */
export function svgDocument(parts: DocumentParts): string {
  const width = Math.ceil(parts.width)
  const height = Math.ceil(parts.height)
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
    element('title', {id: 'title'}, escapeText(parts.title)),
    element('desc', {id: 'desc'}, escapeText(parts.description)),
    element('style', {}, escapeText(parts.style)),
    element('rect', {width, height, fill: '#ffffff'}),
    ...parts.body,
    '</svg>'
  ].join('\n')}\n`
}
