/** A vendor of the stored settings: its id, name and sources as the app stores them. */
export interface SettingsVendor {
  id: string
  name: string
  sources: readonly object[]
}

/** Stored settings (version 1) holding `vendors`, added at `addedAt`; the demo counts as loaded. */
export function settingsWith(vendors: readonly SettingsVendor[], addedAt: string) {
  return {
    version: 1,
    vendors: vendors.map(({ id, name, sources }) => ({
      id,
      name,
      sources,
      slaTarget: 99.9,
      excludedComponents: [],
      demo: false,
      addedAt,
    })),
    method: {
      preset: 'statuspage',
      weights: { major_outage: 1, partial_outage: 0.3, degraded_performance: 0, unknown: 0.3 },
    },
    maintenanceMode: 'exclude',
    durationSource: 'declared',
    theme: 'light',
    timeZone: 'utc',
    demoLoaded: true,
  }
}
