import { describe, expect, it } from 'vitest'
import type { IncidentUpdate } from '../model'
import { componentsFromWords, matchKnownComponents } from './component-words'

const update = (status: string, text: string): IncidentUpdate => ({
  at: '2026-03-02T10:00:00Z',
  status,
  text,
  body: text,
  bodyFormat: 'text',
})

describe('components from the words a vendor publishes', () => {
  it('reads the names after "for" in the standard phrase, less the vendor’s own name', () => {
    const updates = [
      update(
        'Investigating',
        'We are investigating reports of degraded performance for GitHub Actions and Pull Requests.',
      ),
    ]
    expect(componentsFromWords('Incident with Actions', updates, 'GitHub')).toEqual([
      'Actions',
      'Pull Requests',
    ])
  })

  it('reads "issues with service(s):" lists and stops at a region', () => {
    const updates = [
      update(
        'Investigating',
        'We are investigating reports of issues with service(s): Actions, API Requests.',
      ),
      update(
        'Update',
        'We are investigating reports of degraded performance for Codespaces in the following region(s): West US 2',
      ),
    ]
    expect(componentsFromWords('Incident', updates, 'GitHub')).toEqual([
      'Actions',
      'API Requests',
      'Codespaces',
    ])
  })

  it('falls back to the title list when no update names one', () => {
    expect(
      componentsFromWords(
        'Incident with GitHub Actions, API Requests, Git Operations, and GitHub Pages',
        [update('Investigating', 'We are investigating.')],
        'GitHub',
      ),
    ).toEqual(['Actions', 'API Requests', 'Git Operations', 'Pages'])
  })

  it('names nothing for generic words or after resolution', () => {
    expect(componentsFromWords('Disruption with some GitHub services', [], 'GitHub')).toEqual([])
    const late = [
      update('Resolved', 'This incident has been resolved.'),
      update('Postmortem', 'We received reports of errors for Webhooks.'),
    ]
    expect(componentsFromWords('Elevated errors', late, 'Acme')).toEqual([])
  })

  it('writes matched names as the vendor does, dropping unknown ones only against a full list', () => {
    const known = ['Actions', 'Git Operations']
    const names = ['github actions', 'Git  Operations', 'Search']
    expect(matchKnownComponents(names, known, 'GitHub', true)).toEqual([
      'Actions',
      'Git Operations',
    ])
    expect(matchKnownComponents(names, known, 'GitHub', false)).toEqual([
      'Actions',
      'Git Operations',
      'Search',
    ])
  })
})
