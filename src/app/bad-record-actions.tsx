import { useState } from 'react'
import { downloadJson } from '../components/download-file'
import { useArchive } from '../features/workspace/hooks/use-archive'

/** The offer that comes with the unreadable-records notice: keep a copy, then remove them. */
export function BadRecordActions() {
  const archive = useArchive()
  const [failure, setFailure] = useState<string | null>(null)
  const exportRecords = () => {
    const file = archive.exportBadRecords()
    downloadJson(file, `vendor-reliability-unreadable-records-${file.exportedAt.slice(0, 10)}.json`)
  }
  const removeRecords = () => {
    setFailure(null)
    archive.removeBadRecords().catch((error: unknown) => {
      setFailure(
        `They could not be removed (${error instanceof Error ? error.message : String(error)}).`,
      )
    })
  }
  return (
    <span className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={exportRecords} className="font-medium underline">
        Export them
      </button>
      <button type="button" onClick={removeRecords} className="font-medium underline">
        Remove them
      </button>
      {failure && <span role="alert">{failure}</span>}
    </span>
  )
}
