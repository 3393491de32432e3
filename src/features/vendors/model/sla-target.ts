import { SETTINGS_LIMITS, slaTargetSchema } from '../../workspace/settings/settings-schema'

export type SlaTargetRead = { ok: true; value: number } | { ok: false; message: string }

/** The typed target ("99.95" or "99,95") → a number the settings accept, or what is wrong. */
export function readSlaTarget(text: string): SlaTargetRead {
  const trimmed = text.trim()
  const value = Number(trimmed.replace(',', '.'))
  if (trimmed === '' || !slaTargetSchema.safeParse(value).success) {
    return {
      ok: false,
      message: `The SLA target must be a percentage from ${SETTINGS_LIMITS.slaTargetMin} to ${SETTINGS_LIMITS.slaTargetMax}.`,
    }
  }
  return { ok: true, value }
}
