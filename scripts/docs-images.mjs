#!/usr/bin/env node
/**
 * `npm run docs:images`: draw the pictures shown in the README from the
 * reports in incidents/, with the built library (run `npm run build` first,
 * which the npm script does).
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {
  cascadeDiagram,
  compareDiagram,
  measure,
  parseIncidents,
  timelineDiagram
} from '../dist/index.js'
import {svgToPng} from '../dist/render/png.js'

const read = (path) =>
  parseIncidents(readFileSync(path, 'utf8'), {path}).incidents.map((incident) => measure(incident))
const [s3] = read('incidents/2017-02-28-aws-s3.md')
const library = readdirSync('incidents')
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => read(`incidents/${name}`))

const pictures = {
  's3-cascade': cascadeDiagram(s3),
  's3-timeline': timelineDiagram(s3, {zone: 'America/Los_Angeles'}),
  compare: compareDiagram(library),
  'compare-log': compareDiagram(library, {scale: 'log'})
}

mkdirSync('docs/images', {recursive: true})
for (const [name, svg] of Object.entries(pictures)) {
  writeFileSync(`docs/images/${name}.png`, svgToPng(svg, {scale: 1.5}))
  console.log(`wrote docs/images/${name}.png`)
}
