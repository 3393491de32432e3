import { useQuery } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import { FeedLoadError, LOAD_ERROR_TITLES } from '../../../workspace/loading/load-error'
import { validateFeedUrl } from '../../../workspace/settings/feed-url'
import type { NewVendor } from '../../../workspace/settings/vendor-config'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { discoverQueries } from '../../api/discover-queries'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from '../form-styles'
import { OutcomeMessage, ProgressMessage, type Outcome } from '../outcome-message'
import { Panel } from '../panel'
import { DiscoveryResults } from './discovery-results'

const errorText = (error: Error) =>
  error instanceof FeedLoadError
    ? `${LOAD_ERROR_TITLES[error.kind]}: ${error.message}`
    : error.message

/** Type a status page address; the proxy finds its feeds; pick, name and add. */
export function AddVendorPanel({
  views,
  actions,
}: {
  views: VendorView[]
  actions: WorkspaceActions
}) {
  const [address, setAddress] = useState('')
  const [addressError, setAddressError] = useState<string | null>(null)
  const [site, setSite] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const addressRef = useRef<HTMLInputElement>(null)
  const discovery = useQuery({ ...discoverQueries.site(site ?? ''), enabled: site !== null })

  const find = (event: FormEvent) => {
    event.preventDefault()
    const checked = validateFeedUrl(address)
    setOutcome(null)
    if (!checked.ok) {
      setAddressError(checked.message)
      return
    }
    setAddressError(null)
    if (checked.url === site && !discovery.isFetching) void discovery.refetch()
    else setSite(checked.url)
  }

  const add = (vendor: NewVendor) => {
    const result = actions.addVendor(vendor)
    if (!result.ok) return result
    const feeds = vendor.sources.length === 1 ? '1 feed' : `${vendor.sources.length} feeds`
    setOutcome({
      ok: true,
      message: `${result.value.name} added with ${feeds}; its history is loading.`,
    })
    setSite(null)
    setAddress('')
    // The results form goes away; the next address starts where the last one did.
    addressRef.current?.focus()
    return result
  }

  return (
    <Panel
      id="vendors-add"
      title="Add a vendor"
      description="Type a status page address or domain. The app looks for the feeds it publishes."
    >
      <form onSubmit={find} noValidate className="space-y-1">
        <label htmlFor="vendor-address" className={LABEL_CLASS}>
          Status page address or domain
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="vendor-address"
            ref={addressRef}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="status.example.com"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            aria-invalid={addressError ? true : undefined}
            aria-describedby="vendor-address-hint"
            className={`${INPUT_CLASS} flex-1 basis-56`}
          />
          <Button type="submit" variant="primary" aria-disabled={discovery.isFetching}>
            {discovery.isFetching ? 'Looking…' : 'Find feeds'}
          </Button>
        </div>
        <p
          id="vendor-address-hint"
          className={addressError ? 'text-xs text-red-700 dark:text-red-300' : HINT_CLASS}
          role={addressError ? 'alert' : undefined}
        >
          {addressError ?? 'For example githubstatus.com, or the address of a feed itself.'}
        </p>
      </form>
      {site && discovery.isFetching && (
        <ProgressMessage>{`Looking for feeds at ${site}…`}</ProgressMessage>
      )}
      {site && discovery.isError && !discovery.isFetching && (
        <OutcomeMessage outcome={{ ok: false, message: errorText(discovery.error) }} />
      )}
      {site &&
        discovery.isSuccess &&
        !discovery.isFetching &&
        discovery.data.candidates.length === 0 && (
          <OutcomeMessage
            outcome={{
              ok: false,
              message: `No feeds were found at ${discovery.data.site}. If you know the feed's own address, type that instead.`,
            }}
          />
        )}
      {site &&
        discovery.isSuccess &&
        !discovery.isFetching &&
        discovery.data.candidates.length > 0 && (
          <DiscoveryResults
            key={`${discovery.data.site} ${discovery.dataUpdatedAt}`}
            discovery={discovery.data}
            views={views}
            onAdd={add}
          />
        )}
      <OutcomeMessage outcome={outcome} />
    </Panel>
  )
}
