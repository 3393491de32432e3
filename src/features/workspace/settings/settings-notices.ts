import type { Notice } from './notices'

export const SETTINGS_NOTICE_IDS = [
  'settings-reset',
  'settings-repaired',
  'settings-future',
  'settings-unsaved',
] as const
export type SettingsNoticeId = (typeof SETTINGS_NOTICE_IDS)[number]
export type SettingsNotice = Notice & { id: SettingsNoticeId }

export const settingsNotices = {
  reset: (copyKept: boolean): SettingsNotice => ({
    id: 'settings-reset',
    level: 'warning',
    message: copyKept
      ? 'Your saved settings could not be read and were reset; a copy was kept.'
      : 'Your saved settings could not be read and were reset.',
  }),
  repaired: (fields: readonly string[], copyKept: boolean): SettingsNotice => ({
    id: 'settings-repaired',
    level: 'warning',
    message:
      `Some saved settings were not valid and were reset (${fields.join(', ')}); ` +
      `everything else was kept${copyKept ? ', and a copy of what was there was kept' : ''}.`,
  }),
  future: (version: number): SettingsNotice => ({
    id: 'settings-future',
    level: 'warning',
    message:
      `Your settings were saved by a newer version of Vendor Reliability (version ${version}). ` +
      'They are left untouched; this tab uses defaults and its changes last until you close it.',
  }),
  unsaved: (): SettingsNotice => ({
    id: 'settings-unsaved',
    level: 'warning',
    message: "Settings can't be saved in this browser; changes last until you close the tab.",
  }),
}
