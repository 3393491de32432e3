/** Shared look of the browser's form controls, light and dark. */
export const FIELD_CLASS =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100'

export const FIELD_LABEL_CLASS = 'text-xs font-medium text-slate-600 dark:text-slate-400'
