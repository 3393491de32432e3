/** Merges two sorted arrays into one sorted array in linear time. */
export function mergeTwo(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length)
  let [i, j, k] = [0, 0, 0]
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x <= y) {
      merged[k] = x
      i += 1
    } else {
      merged[k] = y
      j += 1
    }
    k += 1
  }
  merged.set(a.subarray(i), k)
  merged.set(b.subarray(j), k + a.length - i)
  return merged
}

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
 * Sorts an array made of sorted runs (run r is [bounds[r], bounds[r + 1])) by merging neighbouring
 * runs pairwise, O(n log k) for k runs, between two buffers (in place of an array per merge).
 */
export function mergeRuns(points: Float64Array, bounds: readonly number[]): Float64Array {
  let source: Float64Array = points
  let target: Float64Array = new Float64Array(points.length)
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
