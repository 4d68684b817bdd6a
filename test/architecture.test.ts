import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {expect, test} from 'vitest'
import {project} from './helpers/cli.js'

const root = join(project, 'src')

/**
 * Every relative import of every module under `src/`, as paths from `src/`:
 * static ones (`import ... from`, `export ... from`, `import '...'`, types
 * included: a type that goes round a circle ties its modules as much as a
 * value) and dynamic ones (`import('...')`). Comments are left out, so an
 * `@example` cannot count.
 */
function importGraph(): Map<string, string[]> {
  const modules = readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split('\\').join('/'))
    .sort()
  const graph = new Map<string, string[]>()
  for (const name of modules) {
    const code = readFileSync(join(root, name), 'utf8').replace(
      /\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/[^\n]*/g,
      '$1'
    )
    const specifiers = [
      ...code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*'(\.\.?\/[^']+)'/g),
      ...code.matchAll(/\bimport\s*'(\.\.?\/[^']+)'/g),
      ...code.matchAll(/\bimport\(\s*'(\.\.?\/[^']+)'\s*\)/g)
    ].map((match) => match[1] as string)
    const targets = specifiers.map((specifier) =>
      relative(root, resolve(root, dirname(name), specifier.replace(/\.js$/, '.ts')))
        .split('\\')
        .join('/')
    )
    graph.set(name, [...new Set(targets)].sort())
  }
  return graph
}

/**
 * Circles in `graph`, each as a path round it (first module last again):
 * one for every import that leads back to a module still being walked, in
 * a depth-first walk. None when the graph has no circle; at least one
 * through every group of modules that import one another.
 */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (name: string) => {
    state.set(name, 'open')
    path.push(name)
    for (const next of graph.get(name) ?? []) {
      if (!graph.has(next)) continue
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(name, 'done')
  }
  for (const name of graph.keys()) if (!state.has(name)) visit(name)
  return found
}

test('the modules of src/ import one another without a circle', () => {
  const graph = importGraph()
  // The reading itself is checked: a module with relative imports, a dynamic one, a type-only one.
  expect(graph.get('index.ts')).toContain('parse-incidents.ts')
  expect(graph.get('cli/report-tasks.ts')).toContain('parse-incidents.ts')
  expect(graph.get('cli/report-tasks.ts')).toContain('config/config.ts')
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']]
      ])
    )
  ).toEqual([['a', 'b', 'c', 'a']])

  const found = cycles(graph).map((cycle) => cycle.join(' → '))
  expect(found, `import cycles:\n${found.join('\n')}`).toEqual([])
})

test('nothing below the command line imports from src/cli/', () => {
  // The remark preset is an entry point like the CLI: it reads the configuration file.
  const below = [...importGraph()].filter(
    ([name]) => !name.startsWith('cli/') && !name.startsWith('remark/')
  )
  const upward = below.flatMap(([name, targets]) =>
    targets.filter((target) => target.startsWith('cli/')).map((target) => `${name} → ${target}`)
  )
  expect(upward).toEqual([])
})
