import { useState, type DragEvent } from 'react'
import { IMPORT_ACCEPT } from '../../model/import-file-check'

interface FileDropZoneProps {
  disabled: boolean
  onFiles: (files: File[]) => void
}

/** Drop files here or choose them; the chooser is a real file input, so it is keyboard reachable. */
export function FileDropZone({ disabled, onFiles }: FileDropZoneProps) {
  const [over, setOver] = useState(false)
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const files = [...event.dataTransfer.files]
    if (!disabled && files.length > 0) onFiles(files)
  }
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed p-4 text-center text-sm ${over ? 'border-teal-600 bg-teal-50 dark:bg-teal-950' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <p className="text-slate-600 dark:text-slate-300">
        Drop RSS, Atom, JSON or text files here (up to 16 MiB each), or
      </p>
      <label className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-600 hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700">
        Choose files
        <input
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          disabled={disabled}
          className="sr-only"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            event.target.value = ''
            if (files.length > 0) onFiles(files)
          }}
        />
      </label>
    </div>
  )
}
