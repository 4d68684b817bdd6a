import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/cli/config.js'
import {checkConfig} from '../../src/config/config.js'
import {measure} from '../../src/metrics/measure.js'
import {parseIncidents} from '../../src/parse-incidents.js'
import {run, scratch} from '../helpers/cli.js'

describe('checkConfig', () => {
  it('accepts every key with good values', () => {
    const value = {
      timezone: 'Europe/Dublin',
      requiredSections: ['summary', 'timeline'],
      severities: ['SEV-1', 'SEV-2', 'SEV-3'],
      rules: {'mean-of-one': 'off', 'action-item-owner': 'error'},
      milestonePhrases: {detected: ['pager went off']},
      templates: 'postmortem-templates'
    }
    expect(checkConfig(value, '.aftermathrc.json')).toEqual({config: value, problems: []})
  })

  it('names the key and the values allowed', () => {
    const problems = (value: unknown) => checkConfig(value, '.aftermathrc.json').problems
    expect(problems({colour: 'red'})).toEqual([
      '.aftermathrc.json: Unexpected key `colour`, expected one of timezone, requiredSections, severities, rules, milestonePhrases, templates'
    ])
    expect(problems({rules: {'mean-of-one': 'loud'}})).toEqual([
      '.aftermathrc.json: Unexpected `rules.mean-of-one: "loud"`, expected one of off, warning, error'
    ])
    expect(problems({rules: {'no-such-rule': 'off'}})[0]).toMatch(
      /^\.aftermathrc\.json: Unexpected key `rules\.no-such-rule`, expected one of front-matter-invalid, /
    )
    expect(problems({timezone: 'Mars/Olympus'})).toEqual([
      '.aftermathrc.json: Unexpected `timezone: "Mars/Olympus"`, expected an IANA zone such as `Europe/Dublin`, an abbreviation or an offset'
    ])
    expect(problems({requiredSections: ['summary', 'epilogue']})[0]).toContain(
      'Unexpected `requiredSections.1: "epilogue"`, expected one of summary, impact, timeline'
    )
    expect(problems({milestonePhrases: {fixed: ['patched']}})[0]).toContain(
      'Unexpected key `milestonePhrases.fixed`, expected one of triggered, started, detected'
    )
    expect(problems('yes')).toEqual([
      '.aftermathrc.json: Unexpected configuration "yes", expected a map of keys such as {"timezone": "UTC"}'
    ])
  })
})

describe('loadConfig', () => {
  it('finds .aftermathrc.json, .aftermathrc.yaml or package.json from the folder upward', async () => {
    const root = scratch()
    const deep = join(root, 'a', 'b')
    mkdirSync(deep, {recursive: true})
    expect(await loadConfig(deep)).toEqual({config: {}, problems: []})

    writeFileSync(
      join(root, '.aftermathrc.yaml'),
      'timezone: Europe/Dublin\nseverities: [SEV-1, SEV-2]\n'
    )
    expect(await loadConfig(deep)).toEqual({
      config: {timezone: 'Europe/Dublin', severities: ['SEV-1', 'SEV-2']},
      source: '../../.aftermathrc.yaml',
      problems: []
    })

    writeFileSync(
      join(root, 'a', 'package.json'),
      JSON.stringify({name: 'x', aftermath: {timezone: 'UTC'}})
    )
    expect((await loadConfig(deep)).config).toEqual({timezone: 'UTC'})
  })

  it('reads the file given with --config, and says what is wrong with it', async () => {
    const root = scratch()
    writeFileSync(join(root, 'team.json'), '{"rules": {"mean-of-one": "off"}}')
    expect((await loadConfig(root, 'team.json')).config).toEqual({rules: {'mean-of-one': 'off'}})
    writeFileSync(join(root, 'broken.json'), '{"rules": ')
    const broken = await loadConfig(root, 'broken.json')
    expect(broken.problems).toHaveLength(1)
    expect(broken.problems[0]).toMatch(/^broken\.json: cannot be read: /)
    expect((await loadConfig(root, 'missing.json')).problems[0]).toMatch(
      /^missing\.json: cannot be read/
    )
  })
})

describe('the configuration in commands', () => {
  const report = `---
date: 2026-03-09
timezone: UTC
severity: P1
---
# Cache flush

## Timeline

- 10:00 Checkout starts returning errors after a deploy [started]
- 10:04 The pager went off for checkout latency
- 10:30 All clear [resolved]
`

  it('gives lint its rule settings, required sections and severity scale', async () => {
    const root = scratch()
    writeFileSync(join(root, 'report.md'), report)
    writeFileSync(
      join(root, '.aftermathrc.json'),
      JSON.stringify({
        requiredSections: ['timeline'],
        severities: ['SEV-1', 'SEV-2'],
        rules: {'milestone-missing': 'error'},
        milestonePhrases: {detected: ['pager went off']}
      })
    )
    const {code, stdout} = await run(
      ['lint', 'report.md', '--format', 'json', '--as-of', '2026-11-21'],
      {
        cwd: root
      }
    )
    const messages = JSON.parse(stdout)[0].messages as Array<{ruleId: string; severity: string}>
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['severity-unknown', 'warning']
    ])
    expect(code).toBe(0)
  })

  it('stops a command with exit 2 on a bad configuration', async () => {
    const root = scratch()
    writeFileSync(join(root, 'report.md'), report)
    writeFileSync(join(root, '.aftermathrc.json'), JSON.stringify({rules: {'mean-of-one': 'loud'}}))
    for (const command of [
      ['lint', 'report.md'],
      ['metrics', 'report.md', '--format', 'json']
    ]) {
      const {code, stderr} = await run(command, {cwd: root})
      expect(code).toBe(2)
      expect(stderr).toContain('.aftermathrc.json: Unexpected `rules.mean-of-one: "loud"`')
    }
  })

  it('finds milestones by the team’s own phrases', async () => {
    const incident = parseIncidents(report, {milestonePhrases: {detected: ['pager went off']}})
      .incidents[0]
    const detected = incident && measure(incident).metrics.milestones.detected
    expect(detected?.at).toBe('2026-03-09T10:04:00Z')
    expect(detected?.evidence.rule).toBe('phrase "pager went off"')
    const root = scratch()
    writeFileSync(join(root, 'report.md'), report)
    writeFileSync(
      join(root, '.aftermathrc.json'),
      JSON.stringify({milestonePhrases: {detected: ['pager went off']}})
    )
    const {stdout} = await run(['metrics', 'report.md', '--format', 'json'], {cwd: root})
    expect(JSON.parse(stdout)[0].durations.timeToDetect).toBe(240)
  })
})
