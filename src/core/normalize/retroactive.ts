import type { IncidentUpdate } from '../model'
import { toIsoUtc } from '../time/instants'
import type { IncidentDraft } from './draft'
import { isResolvingStatus } from './statuses'
import { windowFromText } from './window-text'

const looksBack = (u: IncidentUpdate) =>
  isResolvingStatus(u.status) || u.status.trim().toLowerCase() === 'postmortem'

/**
 * An incident published after the fact (only a resolving update or a postmortem, no declared
 * times) whose words state its window: the draft with that window declared, and the sentence.
 */
export function retroactiveWindow(
  draft: IncidentDraft,
  updates: readonly IncidentUpdate[],
): { draft: IncidentDraft; sentence: string } | null {
  const declares =
    Boolean(draft.declaredStart) ||
    Boolean(draft.declaredEnd) ||
    typeof draft.declaredDurationMinutes === 'number'
  if (draft.kind !== 'incident' || declares || updates.length === 0) return null
  if (!updates.every(looksBack)) return null
  for (const update of updates) {
    const window = windowFromText(update.text, Date.parse(update.at))
    if (!window) continue
    const declared = {
      declaredStart: toIsoUtc(window.startMs),
      declaredEnd: toIsoUtc(window.endMs),
    }
    return { draft: { ...draft, ...declared }, sentence: window.sentence }
  }
  return null
}
