import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
// The project's own flat config, so the test fails if the zone is unwired as well as if the rule breaks.
const eslint = new ESLint({ cwd: root })

async function zoneMessages(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'zones/feature-zones')
    .map((message) => message.message)
}

describe('the feature zone lint rule', () => {
  it('reports a feature that imports another feature', async () => {
    const messages = await zoneMessages(
      'src/features/overview/model/zone-fixture.ts',
      "export * from '../../compare/model/compare-figures'\n",
    )
    expect(messages).toEqual([
      expect.stringContaining("may not import 'src/features/compare/model/compare-figures'"),
    ])
  })

  it('reports a feature that imports the app shell, statically or lazily', async () => {
    const messages = await zoneMessages(
      'src/features/heatmap/components/zone-fixture.ts',
      "import { VIEWS } from '../../../app/views'\nexport const later = () => import('../../../app/app')\nexport { VIEWS }\n",
    )
    expect(messages).toHaveLength(2)
  })

  it('lets a feature import workspace, components, core and its own folder', async () => {
    const messages = await zoneMessages(
      'src/features/heatmap/components/zone-fixture.ts',
      [
        "import { vendorDataEnd } from '../../workspace/model/vendor-figures'",
        "import { IMPACT_COLORS } from '../../../components/ui/impact-style'",
        "import { IMPACT_LEVELS } from '../../../core/model'",
        "import { HEATMAP_STEPS } from '../model/heatmap-steps'",
        'export { vendorDataEnd, IMPACT_COLORS, IMPACT_LEVELS, HEATMAP_STEPS }',
        '',
      ].join('\n'),
    )
    expect(messages).toEqual([])
  })

  it('leaves files outside src/features alone', async () => {
    const messages = await zoneMessages(
      'src/app/zone-fixture.ts',
      "export { HeatmapPage } from '../features/heatmap/heatmap-page'\n",
    )
    expect(messages).toEqual([])
  })
})
