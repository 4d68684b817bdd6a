/**
 * The outline of a report: its sections as a tree, from headings and from
 * bold label paragraphs (`**Timeline:**` on a line of its own).
 */
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Place, SectionKind} from '../model.js'
import {classifyHeading} from './classify-heading.js'

/** A section of the outline; the root has depth 0 and no heading. */
export interface OutlineSection {
  title: string
  depth: number
  kind: SectionKind
  /** The heading, or the label paragraph, that opens the section. */
  opener?: Heading | Paragraph
  /** Content before the first subsection. */
  blocks: RootContent[]
  children: OutlineSection[]
  parent?: OutlineSection
  place: Place
}

const timelineLabel =
  /^(?:incident\s+)?(?:timeline|chronology|sequence\s+of\s+events|key\s+events)\b/i

/**
 * Build the outline of a tree.
 *
 * @example
 *   outline(parseMarkdown('# T\n## Timeline\n- 10:00 x')).children[0].children[0].kind // 'timeline'
 */
export function outline(tree: Root): OutlineSection {
  const root: OutlineSection = {
    title: '',
    depth: 0,
    kind: 'other',
    blocks: [],
    children: [],
    place: {line: 1, column: 1}
  }
  const stack: OutlineSection[] = [root]
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'toml') continue
    if (node.type === 'heading') {
      while ((stack.at(-1) as OutlineSection).depth >= node.depth) stack.pop()
      const parent = stack.at(-1) as OutlineSection
      const title = toString(node).trim()
      // The report's title names the incident, not a kind of section.
      const isTitle = node.depth === 1 && root.children.length === 0 && stack.length === 1
      const section: OutlineSection = {
        title,
        depth: node.depth,
        kind: isTitle ? 'other' : classifyHeading(title),
        opener: node,
        blocks: [],
        children: [],
        parent,
        place: placeOf(node)
      }
      parent.children.push(section)
      stack.push(section)
      continue
    }
    const current = stack.at(-1) as OutlineSection
    current.blocks.push(node)
    extend(current, node)
  }
  splitLabels(root)
  readAnnexWithTimeline(root)
  return root
}

/**
 * A report whose only timeline stands in an annex (a press statement, then `## Technical Annex` with
 * its `### Sequence of events`): the annex is the report's body, no appendix beside it.
 */
function readAnnexWithTimeline(root: OutlineSection): void {
  const appendices = allSections(root).filter((section) => section.kind === 'appendix')
  if (appendices.length === 0) return
  const inAppendix = new Set(appendices.flatMap((section) => allSections(section)))
  if (allSections(root).some((section) => section.kind === 'timeline' && !inAppendix.has(section)))
    return
  for (const appendix of appendices) {
    if (
      allSections(appendix).some(
        (section) => section.kind === 'timeline' || section.blocks.some(namesTimeline)
      )
    )
      appendix.kind = 'other'
  }
}

/**
 * A bold line alone that opens a timeline, its days with it: `**Timeline, Tuesday Oct 21 –
 * Wednesday Oct 22**` (which `labelOf` leaves to date the rows below it).
 */
function namesTimeline(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false
  const [first, ...rest] = block.children
  if (first?.type !== 'strong' || rest.some((child) => !/^[\s:]*$/.test(toString(child))))
    return false
  return /^(?:detailed\s+)?(?:timeline|chronology|sequence\s+of\s+events)\b/i.test(
    toString(first).trim()
  )
}

/** Turn `**Timeline:**` paragraphs into subsections of the section they stand in. */
function splitLabels(section: OutlineSection): void {
  for (const child of section.children) splitLabels(child)
  const index = section.blocks.findIndex((block) => labelOf(block) !== undefined)
  if (index === -1) return
  const kept = section.blocks.slice(0, index)
  const labelled: OutlineSection[] = []
  let current: OutlineSection | undefined
  for (const block of section.blocks.slice(index)) {
    const label = labelOf(block) ?? (current ? closingLabel(block) : undefined)
    const opener = block.type === 'list' ? numberedTitle(block) : block
    if (label !== undefined && opener?.type === 'paragraph') {
      current = {
        title: label,
        depth: section.depth + 1,
        kind: timelineLabel.test(label) ? 'timeline' : classifyHeading(label),
        opener,
        blocks: [],
        children: [],
        parent: section,
        place: placeOf(block)
      }
      labelled.push(current)
    } else if (current) {
      current.blocks.push(block)
      extend(current, block)
    }
  }
  // Label sections come before the heading subsections: they were written first.
  section.blocks = kept
  section.children = [...labelled, ...section.children]
}

/** The label of a paragraph that is only a bold label (`**Timeline:**`), else undefined. */
export function labelOf(node: RootContent): string | undefined {
  // `4. Timeline (all times IST, India)` on a line of its own, as a document pasted from an editor
  // numbers its sections: a list of one item, a short title that names a kind of section.
  if (node.type === 'list') {
    const title = numberedTitle(node)
    const text = title ? toString(title).trim() : ''
    return title && (timelineLabel.test(text) || classifyHeading(text) !== 'other')
      ? text
      : undefined
  }
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'strong') return undefined
  const label = toString(first).trim()
  const after = rest
    .map((child) => (child.type === 'break' ? '' : toString(child)))
    .join('')
    .trim()
  if (label.endsWith(':') && after === '') return label.slice(0, -1).trim()
  if (after === ':') return label.replace(/[?:]$/, '').trim()
  // `**Timeline (all times CET)**` alone: a timeline's title in bold, without its colon. (One with a
  // day or a clock, `**Timeline (Mon 3/10, ET)**`, is read as the line that dates what follows.)
  // (`**What happened: timeline**` too: a bold line alone that names a timeline in so many words;
  // `**What happened**` alone opens prose as often.)
  if (
    after === '' &&
    (timelineLabel.test(label) ||
      (label.split(/\s+/).length <= 5 && /\b(?:timeline|chronology)\b/i.test(label))) &&
    !/\d/.test(label)
  )
    return label
  return undefined
}

/** Kinds of section a bold title alone opens after a labelled timeline: none of them is told inside one. */
const closingKinds = new Set<SectionKind>([
  'root-cause',
  'contributing-factors',
  'action-items',
  'lessons-learned'
])

/**
 * After a labelled section (`**Timeline**` in a page exported from an editor), a bold title alone
 * that names a kind of section no timeline holds (`**Root cause**`, `**Action items**`,
 * `**What went well**`): the next section, not a line of the timeline.
 */
function closingLabel(node: RootContent): string | undefined {
  const title = boldTitle(node)
  return title && closingKinds.has(title.kind) ? title.label : undefined
}

/**
 * A paragraph that is only a short bold title, without figures (`**Root cause**`, `**What we are
 * changing.**`), and the kind of section it names; else undefined.
 */
export function boldTitle(node: RootContent): {label: string; kind: SectionKind} | undefined {
  if (node.type !== 'paragraph') return undefined
  const [first, ...rest] = node.children
  if (first?.type !== 'strong' || rest.some((child) => !/^[\s:.?]*$/.test(toString(child))))
    return undefined
  const label = toString(first)
    .trim()
    .replace(/[.:?]$/, '')
  if (label.split(/\s+/).length > 6 || /\d/.test(label)) return undefined
  return {label, kind: classifyHeading(label)}
}

/** The title of a numbered list of one short item without a full stop (`4. Timeline`), else undefined. */
function numberedTitle(node: RootContent): Paragraph | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined
  const [item] = node.children
  const [only, ...more] = item?.children ?? []
  if (more.length > 0 || only?.type !== 'paragraph') return undefined
  const text = toString(only).trim()
  if (text.split(/\s+/).length > 8 || /[.;,]$/.test(text) || !/^[A-Z]/.test(text)) return undefined
  return only
}

function extend(section: OutlineSection, node: RootContent): void {
  const end = node.position?.end
  if (end) {
    section.place.endLine = end.line
    section.place.endColumn = end.column
  }
}

/** The place of a node, start and end. */
export function placeOf(node: {
  position?:
    | {start: {line: number; column: number}; end: {line: number; column: number}}
    | undefined
}): Place {
  const position = node.position
  if (!position) return {line: 1, column: 1}
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column
  }
}

/** Every section below (and including) `section`, depth first, in written order. */
export function allSections(section: OutlineSection): OutlineSection[] {
  const sections: OutlineSection[] = []
  collect(section, sections)
  return sections
}

function collect(section: OutlineSection, sections: OutlineSection[]): void {
  sections.push(section)
  for (const child of section.children) collect(child, sections)
}

/** Whether the section or one of its ancestors is of `kind`. */
export function within(section: OutlineSection, kind: SectionKind): boolean {
  for (let current: OutlineSection | undefined = section; current; current = current.parent) {
    if (current.kind === kind) return true
  }
  return false
}
