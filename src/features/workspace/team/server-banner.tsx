import { useState, type FormEvent } from 'react'
import { useServerSync, useSyncStatus } from './use-server-sync'

const box = 'mx-auto mt-3 max-w-7xl rounded border px-4 py-2 text-sm'
const button = 'ml-3 rounded border border-current px-2 py-0.5 text-xs font-medium'

/** What the server's store means for this page right now: down, needing a token, or a stale edit. */
export function ServerBanner() {
  const sync = useServerSync()
  const status = useSyncStatus()
  const [token, setToken] = useState('')
  if (!sync) return null
  const signIn = (event: FormEvent) => {
    event.preventDefault()
    void sync.signIn(token)
  }
  return (
    <>
      {status.state === 'unavailable' && (
        <p role="status" className={`${box} border-amber-300 bg-amber-50 text-amber-900`}>
          The server&apos;s store is unavailable ({status.message}); showing the copy saved in this
          browser. Changes stay here until it is back.
        </p>
      )}
      {status.state === 'signin' && (
        <form onSubmit={signIn} className={`${box} border-sky-300 bg-sky-50 text-sky-900`}>
          <label htmlFor="server-token">This server needs its access token:</label>
          <input
            id="server-token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            className="ml-2 rounded border border-sky-300 px-2 py-0.5 text-slate-900"
          />
          <button type="submit" className={button}>
            Sign in
          </button>
          {status.message && <span className="ml-3">{status.message}</span>}
        </form>
      )}
      {status.conflict && (
        <p role="alert" className={`${box} border-amber-300 bg-amber-50 text-amber-900`}>
          {status.conflict}
          <button type="button" className={button} onClick={sync.dismissConflict}>
            OK
          </button>
        </p>
      )}
      {status.uploadOffer.length > 0 && (
        <p role="status" className={`${box} border-sky-300 bg-sky-50 text-sky-900`}>
          This browser holds {status.uploadOffer.length} vendor(s) and their history that the
          team&apos;s server does not have.
          <button type="button" className={button} onClick={() => void sync.upload()}>
            Upload them
          </button>
          <button type="button" className={button} onClick={sync.declineUpload}>
            Keep them here only
          </button>
        </p>
      )}
    </>
  )
}
