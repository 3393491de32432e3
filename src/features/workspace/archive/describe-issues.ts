import type { core } from 'zod/mini'

/** The first few problems zod found, each with the path of the field it concerns. */
export function describeIssues(error: core.$ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => {
      const path = issue.path
        .map((part, index) =>
          typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
        )
        .join('')
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join('; ')
}
