import { b01 } from './b01-xml-feed'
import { b02 } from './b02-json-feed'
import { b03 } from './b03-off-main-thread'
import { b04 } from './b04-fleet-stats'
import { b05 } from './b05-stacked-bars'
import { b06 } from './b06-heatmap'
import { b07 } from './b07-interactions'
import { b08 } from './b08-first-route-js'
import { b09 } from './b09-cold-load'
import { b10 } from './b10-proxy-cache'
import type { Benchmark } from './benchmark'
import { serverStart } from './server-start'

/** Every benchmark of performance.md §6 that `npm run bench` runs, in order. */
export const BENCHMARKS: readonly Benchmark[] = [
  b01,
  b02,
  b03,
  b04,
  b05,
  b06,
  b07,
  b08,
  b09,
  b10,
  serverStart,
]
