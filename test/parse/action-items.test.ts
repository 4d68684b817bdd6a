/** `readActionItems`: the owner and due date of each item, as teams write them (invented items). */
import type {List} from 'mdast'
import {expect, test} from 'vitest'
import {readActionItems} from '../../src/parse/action-items.js'

const list = (text: string): List => ({
  type: 'list',
  children: [
    {
      type: 'listItem',
      checked: false,
      children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]
    }
  ]
})

test.each([
  ['Move the lock to bbolt, owner: Storage with the vendor', 'Storage with the vendor', undefined],
  ['Page on disk usage (owner: SRE)', 'SRE', undefined],
  ['Add a queue alert owner: @sre, due 2026-01-31', '@sre', '2026-01-31'],
  ['Rotate the keys, owner: Jane Doe due 2026-03-01', 'Jane Doe', '2026-03-01'],
  ['Owner: Platform team. Needs a design first', 'Platform team', undefined],
  ['Runbook for failover, assignee=@bob', '@bob', undefined],
  ['@alice writes the runbook', '@alice', undefined],
  ['Capacity review, owner: Data Infra by 2026-02-01', 'Data Infra', '2026-02-01']
])('readActionItems(%j) has owner %j and due %j', (text, owner, due) => {
  const [item] = readActionItems(list(text))
  expect(item?.owner).toBe(owner)
  expect(item?.due).toBe(due)
})
