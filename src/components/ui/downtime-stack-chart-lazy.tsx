import { lazy, Suspense } from 'react'
import type { DowntimeStackChartProps } from './downtime-stack-chart'

// recharts (~120 KB gzip) loads only when a downtime chart is first shown.
const DowntimeStackChart = lazy(() => import('./downtime-stack-chart'))

export function LazyDowntimeChart(props: DowntimeStackChartProps) {
  return (
    <Suspense
      fallback={
        <div
          style={{ height: props.height }}
          className="grid place-items-center text-sm text-slate-500 dark:text-slate-400"
        >
          Loading chart…
        </div>
      }
    >
      <DowntimeStackChart {...props} />
    </Suspense>
  )
}
