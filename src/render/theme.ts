/**
 * The look shared by every diagram: fonts, sizes and colours. Phase and
 * milestone colours come from the Okabe-Ito palette, which stays
 * distinguishable with the common forms of colour blindness; every colour
 * used for text has a contrast of at least 4.5:1 on white.
 */
import type {MilestoneName} from '../model.js'

/** Inter first (bundled for PNG); common sans-serif fonts after it in browsers. */
export const fontFamily = "Inter, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"

export const size = {title: 16, label: 12, small: 11} as const

export const colour = {
  text: '#1b1b1b',
  muted: '#555555',
  grid: '#e3e3e3',
  axis: '#8a8a8a',
  edge: '#4d4d4d',
  inferred: '#8a8a8a',
  nodeFill: '#f7f7f7',
  nodeStroke: '#9a9a9a',
  trigger: '#d55e00',
  customer: '#0072b2',
  impact: '#cc79a7',
  error: '#d55e00'
} as const

/** The back-to-back phases of an outage, each with a fill and a text colour. */
export const phaseColour = {
  detection: '#e69f00',
  diagnosis: '#56b4e9',
  recovery: '#009e73'
} as const

export type PhaseName = keyof typeof phaseColour

export const phaseLabel: Record<PhaseName, string> = {
  detection: 'Detection (started → detected)',
  diagnosis: 'Diagnosis (detected → diagnosed)',
  recovery: 'Recovery (diagnosed → resolved)'
}

/** Milestone markers: a distinct shape letter each, so colour is never the only cue. */
export const milestoneColour: Record<MilestoneName, string> = {
  triggered: '#d55e00',
  started: '#b8420a',
  detected: '#a06b00',
  acknowledged: '#6b6b6b',
  diagnosed: '#0072b2',
  mitigated: '#00704f',
  resolved: '#004d36'
}

/** The style sheet every diagram carries. */
export function styleSheet(extra = ''): string {
  return [
    `text{font-family:${fontFamily};fill:${colour.text};font-size:${size.label}px}`,
    `.title{font-size:${size.title}px;font-weight:600}`,
    `.small{font-size:${size.small}px}`,
    `.muted{fill:${colour.muted}}`,
    `.strong{font-weight:600}`,
    '.end{text-anchor:end}',
    '.middle{text-anchor:middle}',
    extra
  ]
    .filter(Boolean)
    .join('\n')
}
