/**
 * A pure function of a string, remembered for up to `max` inputs (then it starts over, so endless
 * distinct inputs cost bounded memory). Unlike core's LRU memo, a hit reorders and allocates
 * nothing: it is on the path of every proxied request. Throws are not remembered.
 */
export function memoizeString<T>(compute: (input: string) => T, max = 256): (input: string) => T {
  const results = new Map<string, T>()
  return (input) => {
    let result = results.get(input)
    if (result === undefined) {
      result = compute(input)
      if (results.size >= max) results.clear()
      results.set(input, result)
    }
    return result
  }
}
