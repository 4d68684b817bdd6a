/**
 * Starting a report from a template: the file name, and the template with
 * its `{{title}}`, `{{date}}` and `{{severity}}` tokens filled in.
 */

/** What fills a template's tokens. */
export interface TemplateValues {
  title: string
  /** `YYYY-MM-DD`. */
  date: string
  /** Such as `SEV-2`; an absent severity leaves an empty value. */
  severity?: string
}

const token = /\{\{\s*(title|date|severity)\s*\}\}/g
const hasToken = /\{\{\s*(?:title|date|severity)\s*\}\}/
const onlyToken = /^\{\{\s*(?:title|date|severity)\s*\}\}$/
const maxSlugLength = 60
/** Letters that Unicode does not decompose into a base letter and a mark. */
const letters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't'
}
/** Names Windows keeps for devices, whatever the extension. */
const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/

/**
 * `<date>-<slug>.md`: the file name of a new report. Throws a `RangeError`
 * when `date` is not a day, so no other text reaches a path.
 *
 * @example
 *   reportFileName('2026-07-14', 'DNS: resolvers down') // '2026-07-14-dns-resolvers-down.md'
 */
export function reportFileName(date: string, title: string): string {
  if (!isDay(date))
    throw new RangeError(`Unexpected date \`${date}\`, expected a day such as \`2026-07-14\``)
  return `${date}-${slugify(title)}.md`
}

/**
 * A file-name slug from any title: lower case words joined by hyphens. Latin
 * accents are dropped (`Café` → `cafe`); letters and digits of other scripts
 * are kept (`сбой-базы`); everything else (punctuation, slashes, dots,
 * emoji, control characters) separates words. At most 60 characters, cut at
 * a word boundary; `incident` when nothing is left; a name Windows reserves
 * (`con`, `nul`, `com1`) gets `-incident` after it.
 *
 * @example
 *   slugify('Élan: 50% of API calls fail / retry storm') // 'elan-50-of-api-calls-fail-retry-storm'
 *   slugify('🔥🔥🔥') // 'incident'
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[ßæœøđðþłıħŧ]/g, (letter) => letters[letter] ?? letter)
    // Accents on Latin letters go; the marks of other scripts are part of their letters.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    // A mark with no letter before it belongs to nothing.
    .map((word) => word.replace(/^\p{M}+/u, ''))
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (length(next) > maxSlugLength) {
      if (!slug) slug = cut(word, maxSlugLength)
      break
    }
    slug = next
  }
  if (!slug) return 'incident'
  return reserved.test(slug) ? `${slug}-incident` : slug
}

/**
 * A title on one line: control characters and line breaks become spaces,
 * runs of spaces one space, unpaired surrogates `�`; trimmed.
 *
 * @example
 *   cleanTitle('  DNS\noutage\t') // 'DNS outage'
 */
export function cleanTitle(title: string): string {
  return title
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A template with its tokens filled in: `{{title}}`, `{{date}}` and
 * `{{severity}}` (other text in braces is left alone). In the front matter
 * (YAML or TOML) a value holding a token is written again so that it reads
 * back as the text given: quoted when it has to be (`title: "DNS: down"`),
 * plain when that is safe (`date: 2026-07-14`). In the Markdown below, the
 * title and severity are escaped so they read as plain text (`# Retry
 * \*storm\*`). The title is cleaned first (see `cleanTitle`).
 *
 * @example
 *   fillTemplate("---\ntitle: '{{title}}'\n---\n\n# {{title}}\n", {title: 'DNS: down', date: '2026-07-14'})
 *   // '---\ntitle: "DNS: down"\n---\n\n# DNS: down\n'
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const filled: Record<string, string> = {
    title: cleanTitle(values.title),
    date: values.date,
    severity: cleanTitle(values.severity ?? '')
  }
  const lines = template.split(/(?<=\n)/)
  const language = frontMatterLanguage(lines[0])
  // Without its closing fence, the first line is not front matter but a thematic break.
  const close = language
    ? lines.findIndex((line, index) => index > 0 && isFence(line, language))
    : -1
  return lines
    .map((line, index) => {
      if (!hasToken.test(line)) return line
      if (language && index < close) return fillValueLine(line, filled, language)
      return line.replace(token, (_, name: string, offset: number) => {
        const text =
          name === 'date' ? (filled.date as string) : escapeMarkdown(filled[name] as string)
        return line.slice(0, offset).trim() === '' ? escapeBlockStart(text) : text
      })
    })
    .join('')
}

type Language = 'yaml' | 'toml'

function frontMatterLanguage(line: string | undefined): Language | undefined {
  const bare = line?.replace(/^\uFEFF/, '').trimEnd()
  return bare === '---' ? 'yaml' : bare === '+++' ? 'toml' : undefined
}

function isFence(line: string, language: Language): boolean {
  const bare = line.trimEnd()
  return language === 'toml' ? bare === '+++' : bare === '---' || bare === '...'
}

/**
 * A front matter line with tokens: the value after `key:` (`key =` in TOML)
 * or a YAML list dash is read (plain, single or double quoted, then a
 * comment) and written again with the tokens filled. Tokens anywhere else
 * on the line (`[{{title}}]`) become double-quoted strings.
 */
function fillValueLine(line: string, values: Record<string, string>, language: Language): string {
  const eol = /\r?\n$/.exec(line)?.[0] ?? ''
  const body = line.slice(0, line.length - eol.length)
  const lead =
    language === 'yaml'
      ? /^(\s*(?:-[ \t]+)?(?:[\w.-]+[ \t]*:[ \t]+)|\s*-[ \t]+)(.*)$/.exec(body)
      : /^(\s*[\w.-]+[ \t]*=[ \t]*)(.*)$/.exec(body)
  const value = lead ? readValue(lead[2] as string, language) : undefined
  if (!lead || !value)
    return `${body.replace(token, (_, name: string) => quote(values[name] as string))}${eol}`
  const fill = (escape: (text: string) => string) =>
    value.text.replace(token, (_, name: string) => escape(values[name] as string))
  // A value that is only a token is quoted in the template to keep it valid YAML; it is
  // written as plain as it can be. Other quoted values keep their quotes.
  const only = onlyToken.test(value.text)
  let written: string
  if (value.quoted === 'double' && !only) written = `"${fill(escapeQuoted)}"`
  else {
    const text = fill((text) => text)
    // The day stays a day: a string in YAML 1.2, a local date in TOML.
    const day = /^\{\{\s*date\s*\}\}$/.test(value.text) && isDay(text)
    written =
      day || ((only || value.quoted === undefined) && isSafePlain(text, language))
        ? text
        : quote(text)
  }
  return `${lead[1]}${written}${value.rest}${eol}`
}

/** A scalar at the start of `text`: its content (unescaped for single quotes) and what follows. */
function readValue(
  text: string,
  language: Language
): {text: string; quoted?: 'single' | 'double'; rest: string} | undefined {
  if (text.startsWith('"')) {
    const end = /^"(?:[^"\\]|\\.)*"/.exec(text)?.[0]
    return end
      ? {text: end.slice(1, -1), quoted: 'double', rest: text.slice(end.length)}
      : undefined
  }
  if (text.startsWith("'")) {
    const end = (language === 'yaml' ? /^'(?:[^']|'')*'/ : /^'[^']*'/).exec(text)?.[0]
    if (!end) return undefined
    const inner = end.slice(1, -1)
    return {
      text: language === 'yaml' ? inner.replace(/''/g, "'") : inner,
      quoted: 'single',
      rest: text.slice(end.length)
    }
  }
  // A flow collection (`[{{title}}]`) is left to the caller, token by token.
  if (/^[[{]/.test(text)) return undefined
  const comment = /[ \t]+#/.exec(text)
  const plain = comment ? text.slice(0, comment.index) : text
  return {text: plain.trimEnd(), rest: text.slice(plain.trimEnd().length)}
}

/**
 * Whether a value reads back as the same string without quotes: in YAML,
 * words that start with a letter and that no YAML 1.1 or 1.2 reader takes
 * for a boolean or null. In TOML strings are always quoted.
 */
function isSafePlain(text: string, language: Language): boolean {
  if (language === 'toml') return false
  return (
    /^\p{L}[\p{L}\p{M}\p{N} ._/()+-]*$/u.test(text) &&
    !/ $/.test(text) &&
    !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(text)
  )
}

/** A double-quoted string that YAML and TOML both read back as `text`. */
function quote(text: string): string {
  return `"${escapeQuoted(text)}"`
}

function escapeQuoted(text: string): string {
  return text.replace(/[\\"\p{Cc}\u2028\u2029\uFEFF\uFFFE\uFFFF]/gu, (character) =>
    character === '\\' || character === '"'
      ? `\\${character}`
      : `\\u${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
  )
}

/**
 * Text that Markdown reads as itself: backslashes before the characters that
 * would start emphasis, code, links, HTML, entities, strikethrough or math,
 * `_` only where it could, and the `#` that would close a heading.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<~$]|&(?=#?\w+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/#$/, '\\#')
}

/** Text at the start of a line that would otherwise open a list, quote, heading, table or rule. */
function escapeBlockStart(text: string): string {
  return text.replace(/^[-+=>#|]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** A real day written `YYYY-MM-DD`. */
function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return days !== undefined && day >= 1 && day <= days
}

/** Length in characters as a person counts them (code points). */
function length(text: string): number {
  return [...text].length
}

/** The first `max` characters of a word, never splitting a letter from its marks. */
function cut(word: string, max: number): string {
  let result = ''
  for (const {segment} of new Intl.Segmenter('und', {granularity: 'grapheme'}).segment(word)) {
    if (length(result + segment) > max) break
    result += segment
  }
  return result
}
