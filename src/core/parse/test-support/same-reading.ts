import { expect } from 'vitest'

/** What a reader gives for a value: its output, or the words it throws. */
function outcome(read: () => unknown) {
  try {
    return { ok: read() }
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) }
  }
}

/** A hand-written reader gives what the schema reader gives, output or thrown words, on each shape. */
export function expectSameReading(
  byHand: (raw: unknown) => unknown,
  bySchema: (raw: unknown) => unknown,
  shapes: readonly unknown[],
) {
  for (const raw of shapes) expect(outcome(() => byHand(raw))).toEqual(outcome(() => bySchema(raw)))
}
