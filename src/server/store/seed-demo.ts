import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEMO_VENDORS } from '../../features/workspace/model/demo-vendors'
import { createVendorConfig } from '../../features/workspace/settings/vendor-config'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import type { Queryable } from './database'
import { ingestBody } from './ingest'
import { readWorkspace, writeWorkspace } from './workspace-repo'

/**
 * The demo workspace written into an empty store: the demo vendors, and their captured files
 * (public/demo) parsed into the archive, so a first `npm start` shows the same figures as the app.
 */
export async function seedDemo(tx: Queryable, publicDir: string, at: Date): Promise<void> {
  const current = await readWorkspace(tx)
  if (current.vendors.length > 0) return // an operator's workspace is never overwritten
  const vendors: VendorConfig[] = DEMO_VENDORS.map((demo) => {
    const outcome = createVendorConfig(demo, at)
    if (!outcome.ok) throw new Error(`Demo vendor ${demo.name}: ${outcome.message}`)
    return outcome.vendor
  })
  await writeWorkspace(tx, { vendors, backfill: [] }, current.version, at)
  for (const vendor of vendors) {
    for (const source of vendor.sources) {
      if (source.kind !== 'demo') continue
      const body = await readFile(join(publicDir, source.path), 'utf8')
      await ingestBody(tx, {
        vendorId: vendor.id,
        sourceId: source.id,
        location: source.path,
        body,
        contentType: 'text/plain',
        fetchedAt: at,
        vendorName: vendor.name,
        live: false,
      })
    }
  }
}
