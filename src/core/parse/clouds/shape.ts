// zod/mini, not zod: the parse Worker loads on the first screen, and full zod is 3× larger.
import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, for the warnings these schemas word.
import '../../zod-messages'

/** An id the vendor writes as a number or a string (Slack, Heroku, status.io). */
export const idSchema = z.pipe(
  z.union([z.string().check(z.trim(), z.minLength(1)), z.number()]),
  z.transform((value: string | number) => String(value)),
)

/** A list that may be missing: an absent or malformed list reads as empty. */
export const lenientList = z.catch(z.array(z.unknown()), [])

/** A text that may be missing or null. */
export const optionalText = z.catch(z.nullable(z.string()), null)

/**
 * Reads one item against its schema, or throws a short reason that readEach turns into a warning.
 * @example readShape(z.object({ id: z.string() }), {}) // throws "id: Invalid input: expected string…"
 */
export function readShape<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  throw new Error(`${where}${issue?.message ?? 'unexpected shape'}`)
}

// The readings of the schemas above, for adapters that read the plain shape by hand (a zod object
// parse costs ~2 µs) and leave anything off it to the schema, which words the warning.

/** z.string().check(z.trim(), z.minLength(1)): the trimmed text, or null where it fails. */
export const trimmedText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/** idSchema: a number or a non-blank string, as trimmed text; null where it fails. */
export const idText = (value: unknown): string | null =>
  typeof value === 'number' ? String(value) : trimmedText(value)

/** optionalText: the string, else null. */
export const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' ? value : null

/** lenientList: the array, else an empty one. */
export const listOrEmpty = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
