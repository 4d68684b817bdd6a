/**
 * A compact JSON form of data with many objects of the same keys (the
 * entries of a timeline): each list of objects is kept as columns, one per
 * key, with the lists of keys written once, and the objects inside a column
 * in columns again. `unpack(pack(value))` is equal to `value` as JSON is:
 * the same keys in the same order, the same values (an `undefined`
 * property left out, as `JSON.stringify` does).
 *
 * In the packed form every list is tagged: `['a', ...items]` for a list as
 * it was, `['t', shapes, rows, keys, columns]` for a list of objects (the
 * key lists, which one each object has, every key once, and each key's
 * values in order of the objects that have it). Objects and plain values
 * are themselves, their values packed. A timeline's JSON is about half as
 * long packed.
 */

/**
 * The packed form of a JSON value.
 *
 * @example
 *   pack([{at: 1, text: 'a'}, {at: 2, text: 'b'}])
 *   // ['t', [['at', 'text']], [0, 0], ['at', 'text'], [['a', 1, 2], ['a', 'a', 'b']]]
 */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length >= 2 && value.every(isRecord)) return packRecords(value)
    const packed: unknown[] = ['a']
    for (const item of value)
      packed.push(typeof item === 'object' && item !== null ? pack(item) : item)
    return packed
  }
  if (isRecord(value)) {
    const packed: Record<string, unknown> = {}
    for (const key of Object.keys(value))
      if (value[key] !== undefined) setOwn(packed, key, pack(value[key]))
    return packed
  }
  return value
}

/**
 * The value of a packed form (`pack`). Throws on what `pack` cannot have
 * written.
 *
 * @example
 *   unpack(pack(timeline)) // equal to timeline
 */
export function unpack(packed: unknown): unknown {
  if (Array.isArray(packed)) {
    if (packed[0] === 'a') return packed.slice(1).map(unpack)
    if (packed[0] === 't' && packed.length === 5) return unpackRecords(packed)
    throw new Error('not a packed list')
  }
  if (isRecord(packed)) {
    const value: Record<string, unknown> = {}
    for (const key of Object.keys(packed)) setOwn(value, key, unpack(packed[key]))
    return value
  }
  return packed
}

function packRecords(records: Array<Record<string, unknown>>): unknown[] {
  const shapes: string[][] = []
  const shapeOf = new Map<string, number>()
  const rows: number[] = []
  const keys: string[] = []
  const columnOf = new Map<string, unknown[]>()
  let last: string[] = []
  let lastAt = -1
  for (const record of records) {
    const shape = Object.keys(record).filter((key) => record[key] !== undefined)
    // Most objects have the keys of the one before: compared, not looked up.
    let at = lastAt
    if (
      at === -1 ||
      shape.length !== last.length ||
      shape.some((key, index) => key !== last[index])
    ) {
      const id = JSON.stringify(shape)
      at = shapeOf.get(id) ?? -1
      if (at === -1) {
        at = shapes.length
        shapes.push(shape)
        shapeOf.set(id, at)
      }
      last = shape
      lastAt = at
    }
    rows.push(at)
    for (const key of shape) {
      let column = columnOf.get(key)
      if (!column) {
        column = []
        columnOf.set(key, column)
        keys.push(key)
      }
      column.push(record[key])
    }
  }
  return ['t', shapes, rows, keys, keys.map((key) => pack(columnOf.get(key)))]
}

function unpackRecords([, shapes, rows, keys, columns]: unknown[]): unknown[] {
  if (
    !Array.isArray(shapes) ||
    !Array.isArray(rows) ||
    !Array.isArray(keys) ||
    !Array.isArray(columns)
  )
    throw new Error('not a packed list of objects')
  const values = new Map<unknown, {items: unknown[]; next: number}>()
  keys.forEach((key, at) => {
    const items = unpack(columns[at])
    if (!Array.isArray(items)) throw new Error('not a packed column')
    values.set(key, {items, next: 0})
  })
  return rows.map((row) => {
    const shape = shapes[row as number]
    if (!Array.isArray(shape)) throw new Error('not a packed row')
    const record: Record<string, unknown> = {}
    for (const key of shape) {
      const column = values.get(key)
      if (!column || column.next >= column.items.length) throw new Error('not a packed row')
      setOwn(record, key as string, column.items[column.next++])
    }
    return record
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `target[key] = value` as an own property, even for `__proto__` (as `JSON.parse` makes it). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    })
  else target[key] = value
}
