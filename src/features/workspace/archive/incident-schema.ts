import * as z from 'zod/mini'
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
const componentName = z.string().check(z.minLength(1), z.maxLength(L.componentLength))
const minutes = z.number().check(z.minimum(0))
const nullableInstant = z.nullable(isoInstantSchema)

/** Only http(s) links survive, as on render (security.md H14). */
const httpLink = z.string().check(
  z.maxLength(L.urlLength),
  z.refine((text) => {
    try {
      const { protocol } = new URL(text)
      return protocol === 'http:' || protocol === 'https:'
    } catch {
      return false
    }
  }, 'Only http:// and https:// links are allowed.'),
)
const text = z.string().check(z.maxLength(L.textLength))

const componentChangeSchema = z.object({
  component: componentName,
  from: z.nullable(z.enum(COMPONENT_STATUSES)),
  to: z.enum(COMPONENT_STATUSES),
})

const updateSchema = z.object({
  at: isoInstantSchema,
  status: z.string().check(z.maxLength(L.statusLength)),
  text,
  body: text,
  bodyFormat: z.enum(BODY_FORMATS),
  componentChanges: z.optional(
    z.array(componentChangeSchema).check(z.maxLength(L.componentChanges)),
  ),
})

const incidentId = z.string().check(z.minLength(1), z.maxLength(L.idLength))

/** The incident model of src/core/model.ts, field by field, plus the invariants every parser keeps. */
export const incidentSchema = z.pipe(
  z
    .object({
      id: incidentId,
      aliases: z.array(incidentId).check(z.maxLength(L.aliases)),
      vendor: z.string().check(z.maxLength(L.vendorLength)),
      kind: z.enum(INCIDENT_KINDS),
      title: z.string().check(z.maxLength(L.titleLength)),
      url: z.nullable(httpLink),
      components: z.array(componentName).check(z.maxLength(L.components)),
      // Files written before components could be inferred carry no mark: what they hold was stated.
      componentsInferred: z._default(z.boolean(), false),
      noComponentsStated: z.optional(z.boolean()),
      impact: z.enum(IMPACT_LEVELS),
      impactInferred: z.boolean(),
      start: isoInstantSchema,
      end: nullableInstant,
      durationMinutes: z.nullable(minutes),
      declaredDurationMinutes: z.nullable(minutes),
      timeline: z.object({
        start: nullableInstant,
        end: nullableInstant,
        durationMinutes: z.nullable(minutes),
      }),
      scheduledStart: nullableInstant,
      scheduledEnd: nullableInstant,
      updates: z.array(updateSchema).check(z.maxLength(L.updates)),
      flags: z.array(z.enum(INCIDENT_FLAGS)).check(z.maxLength(INCIDENT_FLAGS.length)),
      windowText: z.optional(text),
      format: z.enum(FEED_FORMATS),
    })
    .check(
      z.superRefine((incident, ctx) => {
        for (const problem of incidentProblems(incident)) {
          ctx.addIssue({ code: 'custom', message: `The incident breaks a rule: ${problem}.` })
        }
      }),
    ),
  z.transform(checkedIncident),
)
