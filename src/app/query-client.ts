import { QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { isRetryableLoadError } from '../features/workspace/loading/load-error'

const queryConfig = {
  queries: {
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    // A blocked address or a non-feed will not change on retry; a flaky upstream may.
    retry: (failureCount, error) => failureCount < 2 && isRetryableLoadError(error),
    retryDelay: (attempt) => Math.min(30_000, 1000 * 2 ** attempt),
  },
} satisfies DefaultOptions

export function createQueryClient() {
  return new QueryClient({ defaultOptions: queryConfig })
}
