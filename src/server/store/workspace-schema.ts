import { z } from 'zod'
import { idSchema, vendorListSchema } from '../../features/workspace/settings/settings-schema'

const WORKSPACE_LIMITS = { backfillEntries: 4_000, backfillStateBytes: 4_096 } as const

/** How far back a source's history was filled: whatever the app records, bounded in size. */
const backfillEntrySchema = z.object({
  vendorId: idSchema,
  sourceId: idSchema,
  state: z
    .record(z.string().max(64), z.unknown())
    .refine(
      (state) => JSON.stringify(state).length <= WORKSPACE_LIMITS.backfillStateBytes,
      `A backfill state is at most ${WORKSPACE_LIMITS.backfillStateBytes} bytes.`,
    ),
})
export type BackfillEntry = z.output<typeof backfillEntrySchema>

export const workspaceContentSchema = z.object({
  vendors: vendorListSchema,
  backfill: z.array(backfillEntrySchema).max(WORKSPACE_LIMITS.backfillEntries).default([]),
})
export type WorkspaceContent = z.output<typeof workspaceContentSchema>

/** The shared workspace with the version a writer must name to replace it. */
export interface Workspace extends WorkspaceContent {
  version: number
  updatedAt: string
}

const versionSchema = z.number().int().min(0)

/** PUT: the whole workspace, written only over the version the writer last read. */
export const workspacePutSchema = workspaceContentSchema.extend({ version: versionSchema })

/** PATCH: vendors added or replaced by id, and vendors removed, over a version. */
export const workspacePatchSchema = z.object({
  version: versionSchema,
  upsert: z._default(vendorListSchema, []),
  remove: z.array(idSchema).max(200).default([]),
})
