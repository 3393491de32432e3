/** A name safe on every file system: lower-case letters, digits and single dashes. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
}

/**
 * The download name of an archive export, dated by the day it was written (UTC).
 * @example archiveFileName(new Date('2026-11-21T08:00:00Z')) // 'vendor-reliability-archive-2026-11-21.json'
 */
export function archiveFileName(exportedAt: Date, vendorName?: string): string {
  const day = exportedAt.toISOString().slice(0, 10)
  const part = vendorName ? slug(vendorName) : ''
  return `vendor-reliability-archive-${part ? `${part}-` : ''}${day}.json`
}
