/** A synthetic postmortem of the benchmark corpus. */
export interface SyntheticReport {
  name: string
  markdown: string
}

/** A reproducible corpus of postmortems shaped like real ones: same seed, same bytes. */
export function generateCorpus(options: {count: number; seed: number}): SyntheticReport[]
