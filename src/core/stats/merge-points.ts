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

/** Merges sorted arrays pairwise, O(n log k) for k arrays. */
export function mergeSorted(arrays: readonly Float64Array[]): Float64Array {
  let level = [...arrays]
  if (level.length === 0) return new Float64Array(0)
  while (level.length > 1) {
    const next: Float64Array[] = []
    for (let i = 0; i < level.length; i += 2) {
      const [a, b] = [level[i], level[i + 1]]
      if (a) next.push(b ? mergeTwo(a, b) : a)
    }
    level = next
  }
  return level[0] ?? new Float64Array(0)
}
