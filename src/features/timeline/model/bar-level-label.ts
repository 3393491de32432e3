import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import type { TimelineBar } from './timeline-bars'

export const levelLabel = (bar: TimelineBar) =>
  bar.level === 'maintenance' ? 'Maintenance' : IMPACT_LABELS[bar.level]
