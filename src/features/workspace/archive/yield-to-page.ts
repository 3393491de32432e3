/** How long a slice of main-thread work may run before the page gets a turn (a long task is 50 ms). */
export const SLICE_MS = 8

/** Lets the page paint and handle input before the next slice of work. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * A turn for the page once SLICE_MS of work has run since the last one: `await` it between steps
 * of a long loop. Resolves at once (undefined) while the slice still has time.
 */
export function sliceYielder(): () => Promise<void> | undefined {
  let sliceStart = performance.now()
  return () => {
    if (performance.now() - sliceStart <= SLICE_MS) return undefined
    return yieldToPage().then(() => {
      sliceStart = performance.now()
    })
  }
}
