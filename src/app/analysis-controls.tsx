import { setSearchParams } from '../components/url-state'
import { useMediaQuery } from '../components/hooks/use-media-query'
import { IMPACT_LABELS } from '../components/ui/impact-style'
import {
  describeFormula,
  METHOD_NAMES,
  presetMethod,
  WEIGHTED_LEVELS,
  type ImpactWeights,
  type MethodName,
} from '../core/stats/index'
import {
  DEFAULT_PERIOD,
  PERIOD_PRESETS,
  type PeriodPreset,
} from '../features/workspace/model/analysis-period'
import type { Analysis } from '../features/workspace/hooks/use-analysis'
import type { Settings } from '../features/workspace/settings/settings-schema'
import { DAY_MS } from '../core/time/instants'
import { ControlField, ControlSelect, controlClass } from './control-field'

const METHOD_LABELS: Record<MethodName, string> = {
  statuspage: 'Statuspage (partial 30 %)',
  incidentio: 'incident.io (partial 100 %)',
  strict: 'Strict (degraded counts too)',
  custom: 'Custom weights',
}
const MAINTENANCE_LABELS = {
  exclude: 'Excluded from the period',
  up: 'Counted as up',
  down: 'Counted as down',
}
const SOURCE_LABELS = { declared: 'As declared', timeline: 'From published updates' }
const MIN_COVERAGE_CHOICES = [0, 50, 75, 90, 95, 99, 100] as const

/** Says so when the periods end before today because the loaded data speaks no further. */
function DataEndNote({ analysis }: { analysis: Analysis }) {
  if (analysis.nowMs - analysis.anchorMs < DAY_MS) return null
  const end = new Date(analysis.anchorMs).toISOString()
  return (
    <p className="mt-2 text-xs text-amber-900 dark:text-amber-200" data-testid="data-end-note">
      Periods end {end.slice(0, 10)} {end.slice(11, 16)} UTC, the latest moment the loaded data
      speaks for — not today.
    </p>
  )
}

interface AnalysisControlsProps {
  analysis: Analysis
  settings: Settings
  /** False while the first loads run: the data's end is not known yet, so it is not stated. */
  settled: boolean
  onSettings: (change: (s: Settings) => Settings) => void
}

/** The period, method, maintenance mode and duration source every figure and chart follows. */
export function AnalysisControls({
  analysis,
  settings,
  settled,
  onSettings,
}: AnalysisControlsProps) {
  const { period } = analysis
  const setMethod = (name: MethodName) =>
    onSettings((s) => ({
      ...s,
      method: {
        preset: name,
        weights: name === 'custom' ? s.method.weights : presetMethod(name).weights,
      },
    }))
  const setWeight = (level: keyof ImpactWeights, value: number) =>
    onSettings((s) => ({
      ...s,
      method: { preset: 'custom', weights: { ...s.method.weights, [level]: value } },
    }))
  const wide = useMediaQuery('(min-width: 768px)')
  const summary = `${period.label} · ${METHOD_LABELS[settings.method.preset]} · maintenance ${MAINTENANCE_LABELS[settings.maintenanceMode].toLowerCase()}`
  const controls = (
    <>
      <div className="grid grid-cols-1 items-end gap-x-4 gap-y-3 text-sm md:flex md:flex-wrap md:gap-x-5">
        <ControlSelect
          label="Period"
          value={period.preset}
          choices={PERIOD_PRESETS.map((p) => [p.id, p.label] as const)}
          onChange={(value) => {
            const preset = value as PeriodPreset
            const custom = preset === 'custom'
            setSearchParams({
              period: preset === DEFAULT_PERIOD ? null : preset,
              from: custom ? period.from : null,
              to: custom ? period.to : null,
            })
          }}
        />
        {period.preset === 'custom' && (
          <>
            <ControlField label="From">
              <input
                type="date"
                className={controlClass}
                value={period.from}
                onChange={(e) => setSearchParams({ from: e.target.value })}
              />
            </ControlField>
            <ControlField label="To (exclusive)">
              <input
                type="date"
                className={controlClass}
                value={period.to}
                onChange={(e) => setSearchParams({ to: e.target.value })}
              />
            </ControlField>
          </>
        )}
        <ControlSelect
          label="Uptime method"
          value={settings.method.preset}
          choices={METHOD_NAMES.map((name) => [name, METHOD_LABELS[name]] as const)}
          onChange={(value) => setMethod(value as MethodName)}
        />
        <ControlSelect
          label="Maintenance"
          value={settings.maintenanceMode}
          choices={Object.entries(MAINTENANCE_LABELS)}
          onChange={(value) =>
            onSettings((s) => ({ ...s, maintenanceMode: value as Settings['maintenanceMode'] }))
          }
        />
        <ControlSelect
          label="Durations"
          value={settings.durationSource}
          choices={Object.entries(SOURCE_LABELS)}
          onChange={(value) =>
            onSettings((s) => ({ ...s, durationSource: value as Settings['durationSource'] }))
          }
        />
        <ControlSelect
          label="Verdict needs coverage"
          value={settings.minCoverage}
          choices={MIN_COVERAGE_CHOICES.map((value) => [value, `≥ ${value} %`] as const)}
          onChange={(value) => onSettings((s) => ({ ...s, minCoverage: Number(value) }))}
        />
        {settings.method.preset === 'custom' &&
          WEIGHTED_LEVELS.map((level) => (
            <ControlField key={level} label={`${IMPACT_LABELS[level]} weight`}>
              <input
                type="number"
                min={0}
                max={1}
                step={0.05}
                className={`${controlClass} w-24`}
                value={settings.method.weights[level]}
                onChange={(e) => {
                  const value = Number(e.target.value)
                  if (value >= 0 && value <= 1) setWeight(level, value)
                }}
              />
            </ControlField>
          ))}
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-300" data-testid="formula">
        {period.label}:{' '}
        {describeFormula(
          analysis.base.method,
          analysis.base.maintenanceMode,
          analysis.base.durationSource,
        )}
      </p>
    </>
  )
  return (
    <section
      aria-label="Analysis settings"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      {wide ? (
        controls
      ) : (
        // On a phone the settings fold into one line, so the figures come first.
        <details>
          <summary className="cursor-pointer text-sm font-medium">
            Settings: <span className="font-normal">{summary}</span>
          </summary>
          <div className="mt-3">{controls}</div>
        </details>
      )}
      {settled && <DataEndNote analysis={analysis} />}
    </section>
  )
}
