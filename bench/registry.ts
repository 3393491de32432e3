import { b01 } from './b01-xml-feed'
import { b02 } from './b02-json-feed'
import { b04 } from './b04-fleet-stats'
import { b08 } from './b08-first-route-js'
import { b10 } from './b10-proxy-cache'
import type { Benchmark } from './benchmark'
import { serverStart } from './server-start'

/** Every benchmark of performance.md §6 that `npm run bench` runs, in order. */
export const BENCHMARKS: readonly Benchmark[] = [b01, b02, b04, b08, b10, serverStart]
