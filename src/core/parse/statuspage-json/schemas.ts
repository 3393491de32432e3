import { z } from 'zod'

/** Optional text: a wrong type reads as absent rather than failing the whole item. */
const optionalText = z.string().nullish().catch(null)
/** Ids are strings on every page seen; a number is tolerated and read as text. */
const id = z.union([z.string().min(1), z.number()]).transform(String)

export const pageSchema = z.object({
  id: optionalText,
  name: optionalText,
  url: optionalText,
  time_zone: optionalText,
  updated_at: optionalText,
})
export type Page = z.infer<typeof pageSchema>

export const componentSchema = z.object({
  id,
  name: z.string(),
  status: optionalText,
  position: z.number().nullish().catch(null),
  group: z.boolean().nullish().catch(null),
  group_id: optionalText,
  components: z.array(z.string()).nullish().catch(null),
})
export type Component = z.infer<typeof componentSchema>

export const affectedComponentSchema = z.object({
  code: optionalText,
  name: optionalText,
  old_status: optionalText,
  new_status: optionalText,
})

export const updateSchema = z.object({
  status: z.string(),
  body: optionalText,
  created_at: optionalText,
  display_at: optionalText,
  affected_components: z.array(z.unknown()).nullish().catch(null),
})

/** `reminder_intervals` (an array, or the string "[]" on Claude's page) is not read. */
export const incidentSchema = z.object({
  id,
  name: z.string(),
  status: optionalText,
  impact: optionalText,
  created_at: optionalText,
  started_at: optionalText,
  resolved_at: optionalText,
  scheduled_for: optionalText,
  scheduled_until: optionalText,
  shortlink: optionalText,
  components: z.array(z.unknown()).nullish().catch(null),
  incident_updates: z.array(z.unknown()).nullish().catch(null),
})
export type RawIncident = z.infer<typeof incidentSchema>

export const historyMonthSchema = z.object({
  name: optionalText,
  year: z
    .union([z.number().int(), z.string().regex(/^\d{4}$/)])
    .transform(Number)
    .pipe(z.number().min(1970).max(9999)),
  incidents: z.array(z.unknown()).nullish().catch(null),
})

export const historyIncidentSchema = z.object({
  code: id,
  name: z.string(),
  impact: optionalText,
  timestamp: z.string(),
})

/** The first problem of a failed parse, in words: `timestamp: Invalid input: expected string…`. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unreadable shape'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

/** Parses with a schema or throws an Error readEach turns into a warning. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(describeIssue(result.error))
  return result.data
}
