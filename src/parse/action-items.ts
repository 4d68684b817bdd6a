import type {List} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {ActionItem} from '../model.js'

const ownerPatterns = [
  // The whole name after `owner:` (`Roblox with HashiCorp`), up to a comma, bracket, sentence end or due date.
  /\b(?:owner|assignee|assigned\s+to|dri)\s*[:=]\s*([^,;()[\]|\n]{1,60}?)(?=\s*(?:[,;()[\]|]|\.(?:\s|$)|\s(?:due|by|deadline)\b|$))/i,
  /(?:^|[\s(])(@[A-Za-z0-9][\w.-]*)/
]
const duePattern = /\b(?:due(?:\s+(?:date|by|on))?|by|deadline)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b/i

/**
 * The action items of a list: GFM task items (`- [ ] ...`, `- [x] ...`) or
 * plain items, with an owner (`@name`, `owner: name`) and a due date
 * (`due 2026-01-31`, `by 2026-01-31`) where written.
 *
 * @example
 *   readActionItems(list)[0] // {text: 'Add alerting', done: false, owner: '@sre', due: '2026-01-31', line: 40, column: 1}
 */
export function readActionItems(list: List): ActionItem[] {
  const items: ActionItem[] = []
  for (const item of list.children) {
    const text = item.children
      .filter((child) => child.type === 'paragraph')
      .map((child) => toString(child))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
    if (!text) continue
    const action: ActionItem = {
      text,
      done: typeof item.checked === 'boolean' ? item.checked : null,
      line: item.position?.start.line ?? 1,
      column: item.position?.start.column ?? 1
    }
    for (const pattern of ownerPatterns) {
      const owner = pattern.exec(text)?.[1]
      if (owner) {
        action.owner = owner
        break
      }
    }
    const due = duePattern.exec(text)?.[1]
    if (due) action.due = due
    items.push(action)
    for (const child of item.children)
      if (child.type === 'list') items.push(...readActionItems(child))
  }
  return items
}
