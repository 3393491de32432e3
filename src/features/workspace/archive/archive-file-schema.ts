import * as z from 'zod/mini'
import { idSchema, vendorConfigSchema } from '../settings/settings-schema'
import { ARCHIVE_FORMAT, ARCHIVE_LIMITS, ARCHIVE_VERSION } from './archive-format'
import { archiveInstantSchema, archivedSourceSchema } from './archived-source-schema'
import { incidentSchema } from './incident-schema'

const archivedIncidentSchema = z.object({ sourceId: idSchema, incident: incidentSchema })

const archivedVendorSchema = z
  .object({
    config: vendorConfigSchema,
    sources: z.array(archivedSourceSchema),
    incidents: z.array(archivedIncidentSchema).check(z.maxLength(ARCHIVE_LIMITS.incidents)),
  })
  .check(
    z.superRefine((vendor, ctx) => {
      const known = new Set(vendor.config.sources.map((source) => source.id))
      const seenSources = new Set<string>()
      vendor.sources.forEach(({ sourceId }, index) => {
        if (!known.has(sourceId) || seenSources.has(sourceId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources', index, 'sourceId'],
            message: 'The source is unknown to the vendor or listed twice.',
          })
        }
        seenSources.add(sourceId)
      })
      const seenIncidents = new Set<string>()
      vendor.incidents.forEach(({ sourceId, incident }, index) => {
        const key = JSON.stringify([sourceId, incident.id])
        if (!known.has(sourceId) || seenIncidents.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['incidents', index],
            message: 'The incident belongs to an unknown source or is listed twice.',
          })
        }
        seenIncidents.add(key)
      })
    }),
  )

export const archiveFileSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    exportedAt: archiveInstantSchema,
    vendors: z.array(archivedVendorSchema).check(z.maxLength(ARCHIVE_LIMITS.vendors)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const ids = file.vendors.map((vendor) => vendor.config.id)
      if (new Set(ids).size !== ids.length) {
        ctx.addIssue({ code: 'custom', path: ['vendors'], message: 'Two vendors share an id.' })
      }
      const total = file.vendors.reduce((sum, vendor) => sum + vendor.incidents.length, 0)
      if (total > ARCHIVE_LIMITS.incidents) {
        ctx.addIssue({
          code: 'custom',
          path: ['vendors'],
          message: `The archive holds ${total} incidents; the limit is ${ARCHIVE_LIMITS.incidents}.`,
        })
      }
    }),
  )

/** An archive file after validation: the input of importArchive. */
export type ArchiveFile = z.output<typeof archiveFileSchema>
/** What exportArchive builds; optional-with-default fields are always present. */
