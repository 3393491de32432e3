import type { IncomingMessage, ServerResponse } from 'node:http'

export interface SyntheticIncident {
  code: string
  name: string
  impact: string
  component: { id: string; name: string }
  start: number
  end: number
}

export interface SyntheticRequest {
  path: string
  start: number
  end: number
  status: number
}

export interface SyntheticStatuspage {
  incidents: SyntheticIncident[]
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    origin: string,
    pathname: string,
    search: string,
  ): Promise<void>
  answer(
    origin: string,
    pathname: string,
    search: string,
  ): { status: number; type: string; body: string; delayMs?: number }
  report(): {
    maxInFlight: number
    requests: SyntheticRequest[]
    incidents: { code: string; start: number; end: number }[]
  }
}

export function createSyntheticStatuspage(options?: {
  now?: number
  months?: number
  perMonth?: number
  failOncePage?: number
  slowPage?: number
  slowMs?: number
  name?: string
}): SyntheticStatuspage
