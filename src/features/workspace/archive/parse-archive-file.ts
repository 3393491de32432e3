import { field, isJsonObject, parseJsonSafely } from '../../../core/parse/json'
import { archiveFileSchema, type ArchiveFile } from './archive-file-schema'
import { ARCHIVE_FORMAT, ARCHIVE_LIMITS, ARCHIVE_VERSION } from './archive-format'
import { describeIssues } from './describe-issues'

export type ArchiveParseOutcome =
  { ok: true; archive: ArchiveFile } | { ok: false; message: string }

type Decoded = { ok: true; text: string } | { ok: false; message: string }

const NOT_AN_ARCHIVE = 'This file is not a Vendor Reliability archive; nothing was changed.'

function tooLarge(limit: number): { ok: false; message: string } {
  const megabytes = Math.round(limit / (1024 * 1024))
  return { ok: false, message: `The file is larger than ${megabytes} MB; nothing was changed.` }
}

/** UTF-8 or UTF-16 (by byte-order mark, or by the zero bytes around ASCII when it has none). */
function sniffEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  const [first, second] = bytes
  if (first === 0xff && second === 0xfe) return 'utf-16le'
  if (first === 0xfe && second === 0xff) return 'utf-16be'
  if (bytes.length >= 2 && first !== 0 && second === 0) return 'utf-16le'
  if (bytes.length >= 2 && first === 0 && second !== 0) return 'utf-16be'
  return 'utf-8'
}

function decodeArchiveText(input: string | Uint8Array | ArrayBuffer, limit: number): Decoded {
  if (typeof input === 'string') {
    if (input.length > limit) return tooLarge(limit)
    return { ok: true, text: input.replace(/^\uFEFF/, '') }
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (bytes.byteLength > limit) return tooLarge(limit)
  try {
    // The decoder drops a byte-order mark itself; `fatal` refuses bytes that are not text.
    return { ok: true, text: new TextDecoder(sniffEncoding(bytes), { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, message: 'The file is not UTF-8 or UTF-16 text; nothing was changed.' }
  }
}

function countIncidents(data: unknown): number {
  const vendors = field(data, 'vendors')
  if (!Array.isArray(vendors)) return 0
  return vendors.reduce<number>((sum, vendor) => {
    const incidents = field(vendor, 'incidents')
    return sum + (Array.isArray(incidents) ? incidents.length : 0)
  }, 0)
}

/**
 * Reads an exported archive: size, encoding, JSON without prototype keys, version, then every field
 * by the schema. Never throws; nothing is stored here.
 */
export function parseArchiveFile(
  input: string | Uint8Array | ArrayBuffer,
  sizeLimit: number = ARCHIVE_LIMITS.fileBytes,
): ArchiveParseOutcome {
  const decoded = decodeArchiveText(input, sizeLimit)
  if (!decoded.ok) return decoded
  let data: unknown
  try {
    data = parseJsonSafely(decoded.text)
  } catch {
    return { ok: false, message: `The file is not JSON. ${NOT_AN_ARCHIVE}` }
  }
  if (!isJsonObject(data) || field(data, 'format') !== ARCHIVE_FORMAT) {
    return { ok: false, message: NOT_AN_ARCHIVE }
  }
  const version = field(data, 'version')
  if (typeof version === 'number' && Number.isInteger(version) && version > ARCHIVE_VERSION) {
    return {
      ok: false,
      message: `This archive was written by a newer version of Vendor Reliability (version ${version}); nothing was changed.`,
    }
  }
  if (version !== ARCHIVE_VERSION) {
    return {
      ok: false,
      message: `The archive's version is not one this app can read. ${NOT_AN_ARCHIVE}`,
    }
  }
  const total = countIncidents(data)
  if (total > ARCHIVE_LIMITS.incidents) {
    return {
      ok: false,
      message: `The archive holds ${total} incidents; the limit is ${ARCHIVE_LIMITS.incidents}. Nothing was changed.`,
    }
  }
  const parsed = archiveFileSchema.safeParse(data)
  if (!parsed.success) {
    return {
      ok: false,
      message: `The archive is not valid (${describeIssues(parsed.error)}); nothing was changed.`,
    }
  }
  return { ok: true, archive: parsed.data }
}

/** For a chosen or dropped file: refuses it by its size before reading a byte (security.md D9). */
export async function readArchiveFile(
  file: Blob,
  sizeLimit: number = ARCHIVE_LIMITS.fileBytes,
): Promise<ArchiveParseOutcome> {
  if (file.size > sizeLimit) return tooLarge(sizeLimit)
  try {
    return parseArchiveFile(new Uint8Array(await file.arrayBuffer()), sizeLimit)
  } catch {
    return { ok: false, message: 'The file could not be read; nothing was changed.' }
  }
}
