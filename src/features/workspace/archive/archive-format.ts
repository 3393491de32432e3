/** What an archive file says it is: checked before anything else is read. */
export const ARCHIVE_FORMAT = 'vendor-reliability-archive'
export const ARCHIVE_VERSION = 1

export const ARCHIVE_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  vendors: 200,
  incidents: 200_000,
  intervalsPerSource: 100_000,
  feedVendorNameLength: 1000,
} as const
