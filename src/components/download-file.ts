/** A file to save: the name the browser offers, its MIME type and its text. */
export interface DownloadableFile {
  filename: string
  mime: string
  text: string
}

/** Saves text through a temporary object URL and an <a download>, then frees the URL. */
export function downloadFile(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Saves `data` as a compact JSON file. */
export function downloadJson(data: unknown, filename: string): void {
  downloadFile({ filename, mime: 'application/json', text: JSON.stringify(data) })
}
