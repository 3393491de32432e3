/** Merges source[low, middle) and source[middle, high), each sorted, into target[low, high). */
function mergeInto(
  source: Float64Array,
  low: number,
  middle: number,
  high: number,
  target: Float64Array,
): void {
  let [i, j, k] = [low, middle, low]
  while (i < middle && j < high) {
    const x = source[i] ?? 0
    const y = source[j] ?? 0
    if (x <= y) {
      target[k] = x
      i += 1
    } else {
      target[k] = y
      j += 1
    }
    k += 1
  }
  target.set(source.subarray(i, middle), k)
  target.set(source.subarray(j, high), k + middle - i)
}

/**
 * Sorts points[0, n) made of sorted runs (run r is [bounds[r], bounds[r + 1]), n the last bound) by
 * merging neighbouring runs pairwise, O(n log k) for k runs, back and forth between `points` and
 * `spare` (no array per merge). Returns the one of the two that holds the result.
 */
export function mergeRuns(
  points: Float64Array,
  bounds: readonly number[],
  spare: Float64Array,
): Float64Array {
  let [source, target] = [points, spare]
  let edges = bounds
  while (edges.length > 2) {
    const next = [0]
    for (let r = 0; r + 1 < edges.length; r += 2) {
      const [low, middle] = [edges[r] ?? 0, edges[r + 1] ?? 0]
      const high = edges[r + 2] ?? middle
      mergeInto(source, low, middle, high, target)
      next.push(high)
    }
    edges = next
    ;[source, target] = [target, source]
  }
  return source
}
