import { useState } from 'react'
import type { VendorView } from '../../../workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { useTextImport } from '../../hooks/use-text-import'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from '../form-styles'
import { OutcomeMessage, ProgressMessage, type Outcome } from '../outcome-message'
import { Panel } from '../panel'
import { FileDropZone } from './file-drop-zone'
import { PasteForm } from './paste-form'

/** Files or pasted text into a new vendor or an existing one; a bad input changes nothing. */
export function ImportPanel({
  views,
  actions,
}: {
  views: VendorView[]
  actions: WorkspaceActions
}) {
  const [targetId, setTargetId] = useState('')
  const [outcomes, setOutcomes] = useState<Outcome[]>([])
  const { busy, importFiles, importPasted } = useTextImport(views, actions, targetId)
  return (
    <Panel
      id="vendors-import"
      title="Import files or text"
      description="Saved feeds (RSS, Atom, JSON) or the text of an incident page, for vendors without a feed."
    >
      <div className="space-y-1">
        <label htmlFor="import-target" className={LABEL_CLASS}>
          Import into
        </label>
        <select
          id="import-target"
          value={targetId}
          onChange={(event) => setTargetId(event.target.value)}
          className={INPUT_CLASS}
          aria-describedby="import-target-hint"
        >
          <option value="">A new vendor</option>
          {views.map((view) => (
            <option key={view.config.id} value={view.config.id}>
              {view.config.name}
            </option>
          ))}
        </select>
        <p id="import-target-hint" className={HINT_CLASS}>
          A new vendor is named by the file or text, or by the name you give.
        </p>
      </div>
      <FileDropZone
        disabled={busy}
        onFiles={(files) => void importFiles(files).then(setOutcomes)}
      />
      <PasteForm
        disabled={busy}
        onImport={async (text, name) => {
          const outcome = await importPasted(text, name)
          setOutcomes([outcome])
          return outcome.ok
        }}
      />
      {busy && <ProgressMessage>Importing…</ProgressMessage>}
      {!busy && outcomes.length > 0 && (
        <div className="space-y-2">
          {outcomes.map((outcome, index) => (
            <OutcomeMessage key={index} outcome={outcome} />
          ))}
        </div>
      )}
    </Panel>
  )
}
