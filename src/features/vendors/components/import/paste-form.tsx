import { useState, type FormEvent } from 'react'
import { Button } from '../../../../components/ui/button'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from '../form-styles'

interface PasteFormProps {
  disabled: boolean
  /** Resolves true when the text was imported, so the form can clear itself. */
  onImport: (text: string, name: string) => Promise<boolean>
}

/** Paste an incident page's text (or a feed) and give it a name. */
export function PasteForm({ disabled, onImport }: PasteFormProps) {
  const [text, setText] = useState('')
  const [name, setName] = useState('')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (await onImport(text, name.trim() || 'pasted text')) {
      setText('')
      setName('')
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-3" aria-label="Paste text">
      <div className="space-y-1">
        <label htmlFor="paste-text" className={LABEL_CLASS}>
          Pasted text
        </label>
        <textarea
          id="paste-text"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Copy the whole incident page (title, “Incident Report for …”, updates) and paste it here"
          className={`${INPUT_CLASS} font-mono text-xs`}
        />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-48 space-y-1">
          <label htmlFor="paste-name" className={LABEL_CLASS}>
            Name
          </label>
          <input
            id="paste-name"
            value={name}
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="paste-name-hint"
            className={INPUT_CLASS}
          />
        </div>
        <Button type="submit" variant="primary" disabled={disabled || text.trim() === ''}>
          Import text
        </Button>
      </div>
      <p id="paste-name-hint" className={HINT_CLASS}>
        Names the import; a new vendor takes it when the text does not say whose page it is.
      </p>
    </form>
  )
}
