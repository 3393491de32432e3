import { z } from 'zod'

/** An id the vendor writes as a number or a string (Slack, Heroku, status.io). */
export const idSchema = z.union([z.string().trim().min(1), z.number()]).transform(String)

/** A list that may be missing: an absent or malformed list reads as empty. */
export const lenientList = z.array(z.unknown()).catch([])

/** A text that may be missing or null. */
export const optionalText = z.string().nullable().catch(null)

/**
 * Reads one item against its schema, or throws a short reason that readEach turns into a warning.
 * @example readShape(z.object({ id: z.string() }), {}) // throws "id: Invalid input: expected string…"
 */
export function readShape<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  throw new Error(`${where}${issue?.message ?? 'unexpected shape'}`)
}
