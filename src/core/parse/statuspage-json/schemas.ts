// zod/mini, not zod: the parse Worker loads on the first screen, and full zod is 3× larger.
import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, for the warnings these schemas word.
import '../../zod-messages'

/** Optional text: a wrong type reads as absent rather than failing the whole item. */
const optionalText = z.catch(z.nullish(z.string()), null)
/** Ids are strings on every page seen; a number is tolerated and read as text. */
const id = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.number()]),
  z.transform((value: string | number) => String(value)),
)

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
  position: z.catch(z.nullish(z.number()), null),
  group: z.catch(z.nullish(z.boolean()), null),
  group_id: optionalText,
  components: z.catch(z.nullish(z.array(z.string())), null),
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
  affected_components: z.catch(z.nullish(z.array(z.unknown())), null),
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
  components: z.catch(z.nullish(z.array(z.unknown())), null),
  incident_updates: z.catch(z.nullish(z.array(z.unknown())), null),
})
export type RawIncident = z.infer<typeof incidentSchema>

export const historyMonthSchema = z.object({
  name: optionalText,
  year: z.pipe(
    z.pipe(
      z.union([z.number().check(z.int()), z.string().check(z.regex(/^\d{4}$/))]),
      z.transform((value: number | string) => Number(value)),
    ),
    z.number().check(z.minimum(1970), z.maximum(9999)),
  ),
  incidents: z.catch(z.nullish(z.array(z.unknown())), null),
})

export const historyIncidentSchema = z.object({
  code: id,
  name: z.string(),
  impact: optionalText,
  timestamp: z.string(),
})

/** The first problem of a failed parse, in words: `timestamp: Invalid input: expected string…`. */
function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unreadable shape'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

/** Parses with a schema or throws an Error readEach turns into a warning. */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(describeIssue(result.error))
  return result.data
}
