export const MAX_IMPORT_BYTES = 16 * 1024 * 1024
export const IMPORT_EXTENSIONS = ['.rss', '.atom', '.xml', '.json', '.txt'] as const
/** For the file picker: extensions and the MIME types browsers report for them. */
export const IMPORT_ACCEPT = [
  ...IMPORT_EXTENSIONS,
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/json',
  'text/plain',
].join(',')

export type ImportFileCheck = { ok: true } | { ok: false; message: string }

/** Refuses a file by its size before a byte of it is read (security.md D9). */
export function checkImportFile(file: { name: string; size: number }): ImportFileCheck {
  if (file.size > MAX_IMPORT_BYTES) {
    const megabytes = (file.size / (1024 * 1024)).toFixed(1)
    return {
      ok: false,
      message: `${file.name} is ${megabytes} MiB; files over 16 MiB are not read. Nothing was changed.`,
    }
  }
  if (file.size === 0) return { ok: false, message: `${file.name} is empty. Nothing was changed.` }
  return { ok: true }
}
