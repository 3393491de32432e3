import { Button } from '../components/ui/button'

interface DemoBannerProps {
  demoCount: number
  onClear: () => void
}

/** Says plainly that the first-run vendors are demo data, with one action to clear them. */
export function DemoBanner({ demoCount, onClear }: DemoBannerProps) {
  if (demoCount === 0) return null
  return (
    <aside
      aria-label="Demo data"
      className="border-b border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-1.5 text-sm text-sky-900 dark:text-sky-100">
        <p>
          <strong>Demo data.</strong> {demoCount} vendors from saved copies of real status feeds
          <span className="hidden sm:inline">
            , so you can try every view offline. Add your own vendors under Vendors
          </span>
          .
        </p>
        <Button size="sm" onClick={onClear}>
          Clear demo data
        </Button>
      </div>
    </aside>
  )
}
