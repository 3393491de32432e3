import type { SourceConfig, VendorConfig } from '../../features/workspace/settings/settings-schema'
import { holdBackfills, writeBackfills } from './backfill-merge'
import type { Queryable } from './database'
import type { BackfillEntry, Workspace, WorkspaceContent } from './workspace-schema'

interface VendorRow {
  id: string
  name: string
  sla_target: number
  demo: boolean
  added_at: Date
}
interface SourceRow {
  vendor_id: string
  id: string
  kind: SourceConfig['kind']
  location: string
  imported_at: Date | null
}

function toSource(row: SourceRow): SourceConfig {
  if (row.kind === 'url') return { id: row.id, kind: 'url', url: row.location }
  if (row.kind === 'demo') return { id: row.id, kind: 'demo', path: row.location }
  const importedAt = (row.imported_at ?? new Date(0)).toISOString()
  return { id: row.id, kind: 'import', name: row.location, importedAt }
}

function locationOf(source: SourceConfig): string {
  if (source.kind === 'url') return source.url
  return source.kind === 'demo' ? source.path : source.name
}

/** The workspace as stored, vendors in their saved order. */
export async function readWorkspace(db: Queryable): Promise<Workspace> {
  const [head] = await db.query<{ version: number; updated_at: Date }>(
    'SELECT version, updated_at FROM workspace WHERE id = 1',
  )
  const vendors = await db.query<VendorRow>(
    'SELECT id, name, sla_target, demo, added_at FROM vendors ORDER BY position',
  )
  const sources = await db.query<SourceRow>(
    'SELECT vendor_id, id, kind, location, imported_at FROM sources ORDER BY vendor_id, position',
  )
  const excluded = await db.query<{ vendor_id: string; component: string }>(
    'SELECT vendor_id, component FROM excluded_components ORDER BY vendor_id, component',
  )
  const backfill = await db.query<{ vendor_id: string; source_id: string; state: object }>(
    'SELECT vendor_id, source_id, state FROM backfill_state ORDER BY vendor_id, source_id',
  )
  const byVendor = <T extends { vendor_id: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.vendor_id === id)
  return {
    version: head?.version ?? 0,
    updatedAt: (head?.updated_at ?? new Date(0)).toISOString(),
    vendors: vendors.map((row): VendorConfig => ({
      id: row.id,
      name: row.name,
      sources: byVendor(sources, row.id).map(toSource),
      slaTarget: row.sla_target,
      excludedComponents: byVendor(excluded, row.id).map((item) => item.component),
      demo: row.demo,
      addedAt: row.added_at.toISOString(),
    })),
    backfill: backfill.map((row): BackfillEntry => ({
      vendorId: row.vendor_id,
      sourceId: row.source_id,
      state: row.state as Record<string, unknown>,
    })),
  }
}

export type WorkspaceWrite = { ok: true; workspace: Workspace } | { ok: false; current: Workspace }

/**
 * Replaces the workspace when `expectedVersion` is still current; otherwise returns the newer one.
 * Call inside a transaction: the version row is locked until it commits.
 */
export async function writeWorkspace(
  tx: Queryable,
  content: WorkspaceContent,
  expectedVersion: number,
  now: Date,
): Promise<WorkspaceWrite> {
  const [head] = await tx.query<{ version: number }>(
    'SELECT version FROM workspace WHERE id = 1 FOR UPDATE',
  )
  if ((head?.version ?? 0) !== expectedVersion)
    return { ok: false, current: await readWorkspace(tx) }
  const held = await holdBackfills(tx)
  await tx.query('DELETE FROM vendors')
  for (const [position, vendor] of content.vendors.entries())
    await insertVendor(tx, vendor, position)
  const known = new Set(content.vendors.flatMap((v) => v.sources.map((s) => `${v.id}\n${s.id}`)))
  await writeBackfills(tx, content.backfill, held, known, now)
  await syncPolledSources(tx, content.vendors, now)
  await tx.query('UPDATE workspace SET version = version + 1, updated_at = $1 WHERE id = 1', [now])
  return { ok: true, workspace: await readWorkspace(tx) }
}

async function insertVendor(tx: Queryable, vendor: VendorConfig, position: number) {
  await tx.query(
    'INSERT INTO vendors (id, position, name, sla_target, demo, added_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [vendor.id, position, vendor.name, vendor.slaTarget, vendor.demo, vendor.addedAt],
  )
  for (const [index, source] of vendor.sources.entries()) {
    await tx.query(
      'INSERT INTO sources (vendor_id, id, position, kind, location, imported_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [
        vendor.id,
        source.id,
        index,
        source.kind,
        locationOf(source),
        source.kind === 'import' ? source.importedAt : null,
      ],
    )
  }
  for (const component of new Set(vendor.excludedComponents)) {
    await tx.query('INSERT INTO excluded_components (vendor_id, component) VALUES ($1, $2)', [
      vendor.id,
      component,
    ])
  }
}

/** Every URL source gets a poll row (due now when new); removed or re-pointed ones lose theirs. */
async function syncPolledSources(tx: Queryable, vendors: readonly VendorConfig[], now: Date) {
  const wanted = vendors.flatMap((vendor) =>
    vendor.sources.flatMap((source) =>
      source.kind === 'url' ? [{ vendorId: vendor.id, sourceId: source.id, url: source.url }] : [],
    ),
  )
  const existing = await tx.query<{ vendor_id: string; source_id: string; url: string }>(
    'SELECT vendor_id, source_id, url FROM source_polls',
  )
  const key = (vendorId: string, sourceId: string, url: string) =>
    `${vendorId}\n${sourceId}\n${url}`
  const wantedKeys = new Set(wanted.map((w) => key(w.vendorId, w.sourceId, w.url)))
  const existingKeys = new Set(existing.map((e) => key(e.vendor_id, e.source_id, e.url)))
  for (const row of existing) {
    if (wantedKeys.has(key(row.vendor_id, row.source_id, row.url))) continue
    await tx.query('DELETE FROM source_polls WHERE vendor_id = $1 AND source_id = $2', [
      row.vendor_id,
      row.source_id,
    ])
  }
  for (const source of wanted) {
    if (existingKeys.has(key(source.vendorId, source.sourceId, source.url))) continue
    await tx.query(
      'INSERT INTO source_polls (vendor_id, source_id, url, next_poll_at) VALUES ($1, $2, $3, $4)',
      [source.vendorId, source.sourceId, source.url, now],
    )
  }
}
