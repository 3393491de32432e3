import { config } from 'zod/mini'
import './zod-messages'

// zod compiles object parsers with `new Function` and probes for it when a schema is created; a
// strict CSP (no 'unsafe-eval') reports each attempt. Every entry (the app, the parse Worker)
// imports this module first, before any schema exists.
config({ jitless: true })
