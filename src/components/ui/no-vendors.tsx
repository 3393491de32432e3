/** The empty state of every view before any vendor is added, pointing to where to add one. */
export function NoVendorsYet({ purpose }: { purpose?: string }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300">
      No vendors yet. Add one under{' '}
      <a className="underline" href="?view=vendors">
        Vendors
      </a>
      {purpose ? ` ${purpose}.` : '.'}
    </p>
  )
}
