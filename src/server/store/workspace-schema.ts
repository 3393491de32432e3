import { z } from 'zod'
import { idSchema, vendorListSchema } from '../../features/workspace/settings/settings-schema'

const WORKSPACE_LIMITS = { backfillEntries: 4_000, backfillStateBytes: 4_096 } as const

/** What a writer asks of a backfill: the Statuspage page's address and the months to reach. */
export const backfillRequestSchema = z.object({
  base: z.url({ protocol: /^https?$/ }).max(2048),
  months: z.number().int().min(1).max(120),
})

/**
 * A source's backfill: a request (`{ base, months }`) or a whole state, bounded in size. The server
 * owns the progress: a write never sets a backfill back (see backfill-merge.ts).
 */
const backfillEntrySchema = z.object({
  vendorId: idSchema,
  sourceId: idSchema,
  state: z
    .record(z.string().max(64), z.unknown())
    .refine(
      (state) => JSON.stringify(state).length <= WORKSPACE_LIMITS.backfillStateBytes,
      `A backfill state is at most ${WORKSPACE_LIMITS.backfillStateBytes} bytes.`,
    )
    .refine(
      (state) => backfillRequestSchema.safeParse(state).success,
      'A backfill state needs "base" (the status page\'s http(s) address) and "months" (1–120).',
    ),
})
export type BackfillEntry = z.output<typeof backfillEntrySchema>

/** Entries as requests only: what a write that keeps the backfills as they are sends back. */
export const asBackfillRequests = (entries: readonly BackfillEntry[]): BackfillEntry[] =>
  entries.map(({ vendorId, sourceId, state }) => ({
    vendorId,
    sourceId,
    state: { base: state.base, months: state.months },
  }))

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
