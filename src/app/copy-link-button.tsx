import { useState } from 'react'
import { Button } from '../components/ui/button'
import type { Settings } from '../features/workspace/settings/settings-schema'
import { shareUrl } from './share-link'

/** Copies a link that reproduces the current view, period, filters and method. */
export function CopyLinkButton({ settings }: { settings: Settings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  const [link, setLink] = useState('')
  const copy = async () => {
    const url = shareUrl(window.location.href, settings)
    setLink(url)
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
      setTimeout(() => setState('idle'), 2500)
    } catch {
      setState('manual')
    }
  }
  return (
    <div className="relative">
      <Button size="sm" onClick={() => void copy()} aria-live="polite">
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </Button>
      {state === 'manual' && (
        <label className="absolute right-0 z-20 mt-1 flex w-72 flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 text-xs shadow dark:border-slate-600 dark:bg-slate-900">
          This browser did not allow copying; select the link:
          <input
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
      )}
    </div>
  )
}
