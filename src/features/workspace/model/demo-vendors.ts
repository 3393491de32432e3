import type { NewVendor } from '../settings/vendor-config'

const demo = (name: string, paths: string[], slaTarget: number): NewVendor => ({
  name,
  sources: paths.map((path) => ({ kind: 'demo', path: `/demo/${path}` })),
  slaTarget,
  demo: true,
})

/** The demo workspace: the two founding documents and real feeds, served from public/demo. */
export const DEMO_VENDORS: readonly NewVendor[] = [
  demo('maestra', ['maestra-history.rss'], 99.9),
  demo('Voyado', ['voyado-engage-incident.txt'], 99.9),
  // The second half of 2022: 30 weekly history captures merged, with GitHub's own incident JSON.
  demo('GitHub', ['github-2022-history.atom', 'github-2022-incidents.json'], 99.9),
  demo('Claude', ['claude-history.atom', 'claude-summary.json'], 99.5),
  demo('DigitalOcean', ['digitalocean-history.rss'], 99.99),
  demo('Sauce Labs', ['saucelabs-history.atom'], 99.9),
  demo('MoonPay', ['moonpay-history.rss'], 99.9),
]
