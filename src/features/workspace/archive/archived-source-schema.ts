import * as z from 'zod/mini'
import { FEED_FORMATS } from '../../../core/model'
import { idSchema, isoInstantSchema } from '../settings/settings-schema'
import { ARCHIVE_LIMITS } from './archive-format'

// An archive file's source, apart from the file: stored source records are read by it too.

/** An instant as files and stored records carry it, normalized to toISOString's form. */
export const archiveInstantSchema = z.pipe(
  isoInstantSchema,
  z.transform((text: string) => new Date(text).toISOString()),
)
const intervalSchema = z
  .object({ from: archiveInstantSchema, to: archiveInstantSchema })
  .check(
    z.refine((interval) => interval.from < interval.to, 'An interval must end after it starts.'),
  )

export const archivedSourceSchema = z.object({
  sourceId: idSchema,
  intervals: z.array(intervalSchema).check(z.maxLength(ARCHIVE_LIMITS.intervalsPerSource)),
  lastLoadedAt: archiveInstantSchema,
  format: z.enum(FEED_FORMATS),
  vendorName: z._default(
    z.nullable(z.string().check(z.maxLength(ARCHIVE_LIMITS.feedVendorNameLength))),
    null,
  ),
  warningsCount: z._default(z.number().check(z.int(), z.minimum(0)), 0),
})
