/** How long a slice of main-thread work may run before the page gets a turn (a long task is 50 ms). */
export const SLICE_MS = 8

/** Lets the page paint and handle input before the next slice of work. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
