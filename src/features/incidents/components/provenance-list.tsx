import type { Provenance } from '../../../core/model'

const FACTS: { key: keyof Provenance; label: string }[] = [
  { key: 'updates', label: 'Update trail' },
  { key: 'components', label: 'Components' },
  { key: 'impact', label: 'Impact' },
  { key: 'duration', label: 'Start, end and duration' },
]

/** Where each fact of an incident merged from several sources came from. */
export function ProvenanceList({ provenance }: { provenance: Provenance }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {FACTS.map(({ key, label }) => (
        <div key={key} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="break-all">{provenance[key] ?? 'not stated by any source (inferred)'}</dd>
        </div>
      ))}
    </dl>
  )
}
