import type { ImpactLevel } from '../../model'

/** The state an AWS Service Health Dashboard title starts with (formats.md §7.2). */
export const AWS_STATE_PREFIXES = [
  'Informational message',
  'Service degradation',
  'Service disruption',
  'Performance issues',
  'Service is operating normally',
] as const
export type AwsState = (typeof AWS_STATE_PREFIXES)[number]

const PREFIX = new RegExp(`^\\s*(${AWS_STATE_PREFIXES.join('|')})\\s*:\\s*`, 'i')
// "[RESOLVED]" in English titles, "[解決済]" in Japanese ones.
const RESOLVED_MARKER = /\[\s*(?:RESOLVED|解決済み?)\s*\]/i
const RESOLVED_MARKERS = new RegExp(RESOLVED_MARKER.source, 'gi')

export interface AwsTitle {
  state: AwsState | null
  /** The English part of the title, without state prefix or resolution markers. */
  text: string
  resolved: boolean
}

/**
 * Splits an AWS title into its state prefix, resolution marker and English text. Bilingual titles
 * put the English part last, after " | ".
 * @example readAwsTitle('Informational message: [解決済] APIのエラー率 | [RESOLVED] API Errors')
 * // { state: 'Informational message', text: 'API Errors', resolved: true }
 */
export function readAwsTitle(title: string): AwsTitle {
  const prefix = PREFIX.exec(title)
  const state = prefix
    ? (AWS_STATE_PREFIXES.find((p) => p.toLowerCase() === prefix[1]?.toLowerCase()) ?? null)
    : null
  const rest = prefix ? title.slice(prefix[0].length) : title
  const resolved = RESOLVED_MARKER.test(rest)
  const parts = rest.split(' | ').map((part) => part.replace(RESOLVED_MARKERS, '').trim())
  const text = parts.filter(Boolean).at(-1) ?? ''
  return { state, text, resolved }
}

export function hasAwsStatePrefix(title: string): boolean {
  return PREFIX.test(title)
}

/**
 * AWS's own levels to ours. "Service disruption" is AWS's worst level and reads like GCP's
 * SERVICE_DISRUPTION (partial outage); the informational level accompanies real impairments
 * ("Increased error rates", "Connectivity issues"), so it reads as degraded performance.
 * "Operating normally" (status 0) says nothing about the event's impact: null, inferred later.
 */
export function impactFromAwsState(state: AwsState | null): ImpactLevel | null {
  switch (state) {
    case 'Service disruption':
      return 'partial_outage'
    case 'Service degradation':
    case 'Performance issues':
    case 'Informational message':
      return 'degraded_performance'
    default:
      return null
  }
}

/** data.json `status`: "0" ok, "1" informational, "2" degraded, "3" disruption. */
export function impactFromAwsStatusCode(status: string | null): ImpactLevel | null {
  switch (status?.trim()) {
    case '3':
      return impactFromAwsState('Service disruption')
    case '2':
      return impactFromAwsState('Service degradation')
    case '1':
      return impactFromAwsState('Informational message')
    default:
      return null
  }
}
