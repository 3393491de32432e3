import { APP_REQUEST_HEADER } from '../core/api/proxy-contract'
import { serverHistoryFeeds, type ServerHistoryAnswer } from '../core/api/server-history'
import { excludeComponents } from '../core/normalize/exclude-components'
import type { ReportSource } from '../core/report/build-report'

/** What the report needs of a workspace vendor (GET /api/workspace). */
interface WorkspaceVendor {
  id: string
  name: string
  slaTarget: number
  excludedComponents: string[]
}

/** One vendor of the server's workspace as the report reads it. */
export interface ServerVendor {
  name: string
  /** The vendor's own SLA target, as the app uses it. */
  slaTarget: number
  sources: ReportSource[]
}

const TIMEOUT_MS = 60_000

async function getJson<T>(server: string, path: string, token: string | undefined): Promise<T> {
  const url = `${server.replace(/\/+$/, '')}${path}`
  const response = await fetch(url, {
    headers: {
      [APP_REQUEST_HEADER.name]: APP_REQUEST_HEADER.value,
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: Error) => {
    const cause = (error.cause as Error | undefined)?.message ?? error.message
    throw new Error(`cannot reach the server at ${url}: ${cause}`)
  })
  if (response.status === 401) {
    throw new Error(
      token
        ? `the server at ${server} refused the access token in AUTH_TOKEN.`
        : `the server at ${server} needs its access token: set AUTH_TOKEN.`,
    )
  }
  if (response.status === 404 && path === '/api/workspace') {
    throw new Error(`the server at ${server} runs without a store: it has no shared history.`)
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null
  if (!response.ok) {
    const reason = body?.error?.message ?? 'no reason given'
    throw new Error(`${url} answered ${response.status}: ${reason}`)
  }
  return body as T
}

/** The workspace vendors `picks` names (by id, or by name in any case); all of them when none. */
function pickVendors(vendors: WorkspaceVendor[], picks: readonly string[], server: string) {
  if (picks.length === 0) return vendors
  return picks.map((pick) => {
    const found =
      vendors.find((vendor) => vendor.id === pick) ??
      vendors.find((vendor) => vendor.name.toLowerCase() === pick.toLowerCase())
    if (found) return found
    const known = vendors.map((vendor) => `${vendor.id} (${vendor.name})`).join(', ')
    throw new Error(
      `the workspace at ${server} has no vendor "${pick}"; it has ${known || 'none'}.`,
    )
  })
}

/**
 * Reads the shared workspace and each picked vendor's history from the server's store, turned into
 * feeds by the same core function as the browser's; excluded components are left out as in the app.
 */
export async function loadServerVendors(
  server: string,
  picks: readonly string[],
  token: string | undefined,
): Promise<ServerVendor[]> {
  const workspace = await getJson<{ vendors: WorkspaceVendor[] }>(server, '/api/workspace', token)
  const vendors: ServerVendor[] = []
  for (const vendor of pickVendors(workspace.vendors, picks, server)) {
    const path = `/api/history?vendor=${encodeURIComponent(vendor.id)}`
    const history = await getJson<ServerHistoryAnswer>(server, path, token)
    const location = `${server.replace(/\/+$/, '')}${path}`
    const sources = serverHistoryFeeds(history).map((feed) => ({
      location,
      feed: {
        ...feed,
        vendor: vendor.name,
        incidents: excludeComponents(feed.incidents, vendor.excludedComponents),
      },
    }))
    vendors.push({ name: vendor.name, slaTarget: vendor.slaTarget, sources })
  }
  return vendors
}
