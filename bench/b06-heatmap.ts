import type { Benchmark } from './benchmark'
import { benchFleet, fleetContext, openView, OVERVIEW_READY, switchView } from './browser-fleet'
import { compareAsyncPairs } from './measure'

const READY = 'canvas[role="application"]'

export const b06: Benchmark = {
  id: 'B6',
  title: 'Heatmap switch (40 × 365 cells)',
  target: { op: '≤', value: 1.5, baseline: 'bare canvas fillRect of the same cells, same page' },
  async run() {
    const { context, page } = await fleetContext(benchFleet(), { store: false })
    try {
      await openView(page, 'view=heatmap&period=365d')
      const size = await page.locator(READY).evaluate((c: HTMLCanvasElement) => [c.width, c.height])
      const ours = async () => {
        await switchView(page, 'Overview', OVERVIEW_READY)
        return switchView(page, 'Heatmap', READY)
      }
      const bare = () =>
        page.evaluate(async ([width, height]) => {
          const rows = 40
          const days = 365
          const start = performance.now()
          const canvas = document.createElement('canvas')
          canvas.width = width ?? 1000
          canvas.height = height ?? 400
          document.body.append(canvas)
          const context = canvas.getContext('2d')
          const w = canvas.width / days
          const h = canvas.height / rows
          const colors = ['#e2e8f0', '#fde68a', '#fb923c', '#dc2626']
          for (let r = 0; r < rows; r++)
            for (let d = 0; d < days; d++) {
              if (!context) break
              context.fillStyle = colors[(r * 7 + d) % 4] as string
              context.fillRect(d * w, r * h, w - 1, h - 1)
            }
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
          const ms = performance.now() - start
          canvas.remove()
          return ms
        }, size)
      await ours()
      const heatmap = await compareAsyncPairs(
        'Overview → Heatmap, 40 vendors × 365 days',
        ours,
        bare,
        6,
        'ms',
      )
      const nodes = await page
        .getByRole('region', { name: /Component heatmap/ })
        .evaluate((section) => section.querySelectorAll('*').length)
      return {
        cases: [heatmap],
        checks: [
          {
            name: 'DOM nodes ≤ 1,400',
            ok: nodes <= 1400,
            detail: `${nodes} nodes in the heatmap section`,
          },
        ],
      }
    } finally {
      await context.close()
    }
  },
}
