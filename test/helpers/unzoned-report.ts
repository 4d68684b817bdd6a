/**
 * A report whose front matter `milestones:` and timeline both write times
 * without a zone: read in the caller's zone (`--timezone`), they keep their
 * order. Shared by the milestone, measure and CLI tests of that zone.
 */
export const unzonedReport = `---
title: Queue stalls
date: 2026-03-10
milestones:
  started: "14:00"
  resolved: "15:30"
---

# Queue stalls

## Timeline

- 14:05 Alert fired for queue depth
- 15:20 Rolled back the consumer
`
