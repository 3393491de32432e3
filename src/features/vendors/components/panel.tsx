import type { ReactNode } from 'react'

interface PanelProps {
  id: string
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
}

/** One titled block of the Vendors page; its heading names the region for screen readers. */
export function Panel({ id, title, description, actions, children }: PanelProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="flex scroll-mt-4 min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {description && (
            <p className="text-sm text-slate-600 dark:text-slate-300">{description}</p>
          )}
        </div>
        {actions}
      </div>
      {children}
    </section>
  )
}
