import { z } from 'zod'
import { incidentSchema } from '../../features/workspace/archive/incident-schema'
import { idSchema, isoInstantSchema } from '../../features/workspace/settings/settings-schema'

export const STORE_API_LIMITS = {
  workspaceBytes: 2 * 1024 * 1024,
  historyBytes: 16 * 1024 * 1024,
  incidentsPerPost: 5_000,
} as const

export const historyQuerySchema = z
  .object({
    vendor: idSchema,
    from: z.optional(isoInstantSchema),
    to: z.optional(isoInstantSchema),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: '"from" must be before "to".',
    path: ['from'],
  })

/** Incidents a browser parsed itself (an import, pasted text), for one source of one vendor. */
export const historyPostSchema = z.object({
  vendorId: idSchema,
  sourceId: idSchema,
  incidents: z.array(incidentSchema).max(STORE_API_LIMITS.incidentsPerPost),
  coverage: z
    .object({ from: isoInstantSchema, to: isoInstantSchema })
    .refine((c) => Date.parse(c.from) < Date.parse(c.to), '"from" must be before "to".')
    .optional(),
})
