import { createMemo, type MemoOptions } from '../../../core/memo'
import type { VendorView } from '../hooks/use-vendor-views'

/**
 * `compute`, remembered per vendor history and `key`. React Query keeps an incident list's identity
 * until the vendor's stored history changes, so results live exactly as long as what they came from.
 */
export function memoPerHistory<A extends unknown[], V>(
  compute: (view: VendorView, ...rest: A) => V,
  options: MemoOptions & { key: (view: VendorView, ...rest: A) => unknown },
): (view: VendorView, ...rest: A) => V {
  return createMemo(compute, { ...options, owner: (...args) => args[0].incidents })
}
