/** Class names shared by this feature's form controls, so every field looks and focuses alike. */
export const INPUT_CLASS =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500'

export const LABEL_CLASS = 'block text-sm font-medium text-slate-700 dark:text-slate-200'

export const HINT_CLASS = 'text-xs text-slate-500 dark:text-slate-400'

export const CHECKBOX_CLASS = 'h-4 w-4 shrink-0 accent-teal-700 dark:accent-teal-500'
