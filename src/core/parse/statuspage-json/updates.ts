import { isComponentStatus, type ComponentChange, type IncidentUpdate } from '../../model'
import { MINUTE_MS, parseDated, toIsoUtc } from '../../time/instants'
import { readBody } from './body'
import type { ComponentNames } from './components'
import { readAffectedComponent, readRawUpdate } from './plain-shapes'

export interface AffectedComponent {
  code: string | null
  /** The current name when the code is known, else the snapshot name the update carries. */
  name: string
}

export interface ReadUpdate {
  update: IncidentUpdate
  affected: AffectedComponent[]
  /** `display_at` differs from `created_at`: the update was imported or backdated. */
  backdated: boolean
}

/** `affected_components` with names joined by code; entries without a name or code are dropped. */
function readAffected(raw: readonly unknown[], names: ComponentNames) {
  return raw.flatMap((value) => {
    const parsed = readAffectedComponent(value)
    if (!parsed) return []
    const { code, name, old_status, new_status } = parsed
    const current = (code ? names.get(code) : undefined) ?? name?.trim()
    if (!current) return []
    return [{ code: code ?? null, name: current, from: old_status, to: new_status }]
  })
}

/**
 * One entry of `incident_updates`. Its time is `display_at` (the time shown on the page), falling
 * back to `created_at`, which is the import date on backfilled incidents. Component changes keep
 * `old_status == new_status` entries: they record each component's level at that update.
 */
export function readUpdate(raw: unknown, names: ComponentNames, markdown: boolean): ReadUpdate {
  const u = readRawUpdate(raw)
  const created = parseDated(u.created_at)
  const displayed = parseDated(u.display_at) ?? created
  if (!displayed) throw new Error('it has no readable display_at or created_at')
  const affected = readAffected(u.affected_components ?? [], names)
  const componentChanges: ComponentChange[] = affected.flatMap((a) =>
    isComponentStatus(a.to)
      ? [{ component: a.name, from: isComponentStatus(a.from) ? a.from : null, to: a.to }]
      : [],
  )
  const { text, body, bodyFormat } = readBody(u.body ?? '', markdown)
  // Written out rather than spread: V8 adds spread-in keys one by one, slowly.
  const update: IncidentUpdate = {
    at: toIsoUtc(displayed.ms),
    status: u.status.trim(),
    text,
    body,
    bodyFormat,
  }
  if (componentChanges.length > 0) update.componentChanges = componentChanges
  return {
    update,
    affected: affected.map(({ code, name }) => ({ code, name })),
    backdated: created !== null && Math.abs(created.ms - displayed.ms) >= MINUTE_MS,
  }
}
