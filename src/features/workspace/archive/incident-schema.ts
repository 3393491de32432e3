import { z } from 'zod'
import {
  BODY_FORMATS,
  COMPONENT_STATUSES,
  FEED_FORMATS,
  IMPACT_LEVELS,
  INCIDENT_FLAGS,
  INCIDENT_KINDS,
} from '../../../core/model'
import { checkedIncident } from '../../../core/incident-end'
import { incidentProblems } from '../../../core/parse/incident-invariants'
import { isoInstantSchema } from '../settings/settings-schema'

/** Caps well above real feeds (longest title seen: 367, longest update body: 8 412 characters). */
const INCIDENT_LIMITS = {
  idLength: 2048,
  aliases: 1000,
  vendorLength: 1000,
  titleLength: 1000,
  urlLength: 4096,
  components: 1000,
  componentLength: 300,
  updates: 5000,
  statusLength: 200,
  textLength: 200_000,
  componentChanges: 1000,
} as const

const L = INCIDENT_LIMITS
const componentName = z.string().min(1).max(L.componentLength)
const minutes = z.number().min(0)
const nullableInstant = isoInstantSchema.nullable()

/** Only http(s) links survive, as on render (security.md H14). */
const httpLink = z
  .string()
  .max(L.urlLength)
  .refine((text) => {
    try {
      const { protocol } = new URL(text)
      return protocol === 'http:' || protocol === 'https:'
    } catch {
      return false
    }
  }, 'Only http:// and https:// links are allowed.')

const componentChangeSchema = z.object({
  component: componentName,
  from: z.enum(COMPONENT_STATUSES).nullable(),
  to: z.enum(COMPONENT_STATUSES),
})

const updateSchema = z.object({
  at: isoInstantSchema,
  status: z.string().max(L.statusLength),
  text: z.string().max(L.textLength),
  body: z.string().max(L.textLength),
  bodyFormat: z.enum(BODY_FORMATS),
  componentChanges: z.array(componentChangeSchema).max(L.componentChanges).optional(),
})

/** The incident model of src/core/model.ts, field by field, plus the invariants every parser keeps. */
export const incidentSchema = z
  .object({
    id: z.string().min(1).max(L.idLength),
    aliases: z.array(z.string().min(1).max(L.idLength)).max(L.aliases),
    vendor: z.string().max(L.vendorLength),
    kind: z.enum(INCIDENT_KINDS),
    title: z.string().max(L.titleLength),
    url: httpLink.nullable(),
    components: z.array(componentName).max(L.components),
    // Files written before components could be inferred carry no mark: what they hold was stated.
    componentsInferred: z.boolean().default(false),
    noComponentsStated: z.boolean().optional(),
    impact: z.enum(IMPACT_LEVELS),
    impactInferred: z.boolean(),
    start: isoInstantSchema,
    end: nullableInstant,
    durationMinutes: minutes.nullable(),
    declaredDurationMinutes: minutes.nullable(),
    timeline: z.object({
      start: nullableInstant,
      end: nullableInstant,
      durationMinutes: minutes.nullable(),
    }),
    scheduledStart: nullableInstant,
    scheduledEnd: nullableInstant,
    updates: z.array(updateSchema).max(L.updates),
    flags: z.array(z.enum(INCIDENT_FLAGS)).max(INCIDENT_FLAGS.length),
    windowText: z.string().max(L.textLength).optional(),
    format: z.enum(FEED_FORMATS),
  })
  .superRefine((incident, ctx) => {
    for (const problem of incidentProblems(incident)) {
      ctx.addIssue({ code: 'custom', message: `The incident breaks a rule: ${problem}.` })
    }
  })
  .transform(checkedIncident)
