// End points live only until the sweep that reads them, and the sweeps are synchronous: two arrays
// reused by every vendor replace a few fresh (off-heap) arrays per component.
const slots = [new Float64Array(1024), new Float64Array(1024)]

/** Scratch array `slot` (0 or 1) with room for `size` points, the caller's until the next call. */
export function scratchPoints(slot: 0 | 1, size: number): Float64Array {
  let array = slots[slot] ?? new Float64Array(0)
  if (array.length < size) {
    array = new Float64Array(Math.max(size, array.length * 2))
    slots[slot] = array
  }
  return array
}
