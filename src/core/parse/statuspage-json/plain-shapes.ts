import type * as z from 'zod/mini'
import { isJsonObject } from '../json'
import {
  type affectedComponentSchema,
  incidentSchema,
  parseOrThrow,
  updateSchema,
  type Component,
  type RawIncident,
} from './schemas'

// The schemas' readings of the shapes pages send, by hand: a zod object parse costs ~2 µs, and a
// page lists hundreds of objects. Anything off these shapes goes to the schema, which words it.

type RawUpdate = z.infer<typeof updateSchema>
type AffectedComponent = z.infer<typeof affectedComponentSchema>

const isNullish = (value: unknown): value is null | undefined =>
  value === null || value === undefined

/** optionalText: a string, null or undefined as given; anything else null. */
const optionalText = (value: unknown): string | null | undefined =>
  typeof value === 'string' || isNullish(value) ? value : null

/** z.catch(z.nullish(z.array(z.unknown())), null): an array, null or undefined as given; else null. */
const optionalList = (value: unknown): unknown[] | null | undefined =>
  Array.isArray(value) || isNullish(value) ? (value as unknown[] | null | undefined) : null

/** The id schema: a non-empty string or a number, as text; null where it fails. */
const idText = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0
    ? value
    : typeof value === 'number'
      ? String(value)
      : null

/** componentSchema's reading, or null when any field is off the plain shape (the schema decides). */
export function plainComponent(value: unknown): Component | null {
  if (!isJsonObject(value)) return null
  const { id, name, position, group, components } = value
  const idOrNull = idText(id)
  if (idOrNull === null || typeof name !== 'string') return null
  if (!(typeof position === 'number' || isNullish(position))) return null
  if (!(typeof group === 'boolean' || isNullish(group))) return null
  const children = optionalList(components)
  if (children === null && !isNullish(components)) return null
  if (children?.some((c) => typeof c !== 'string')) return null
  return {
    id: idOrNull,
    name,
    status: optionalText(value.status),
    position,
    group,
    group_id: optionalText(value.group_id),
    components: children as string[] | null | undefined,
  }
}

/** affectedComponentSchema's reading (every field falls back), or null for a non-object. */
export function readAffectedComponent(value: unknown): AffectedComponent | null {
  if (!isJsonObject(value)) return null
  return {
    code: optionalText(value.code),
    name: optionalText(value.name),
    old_status: optionalText(value.old_status),
    new_status: optionalText(value.new_status),
  }
}

/** updateSchema's reading; throws the schema's words for anything off the plain shape. */
export function readRawUpdate(value: unknown): RawUpdate {
  if (!isJsonObject(value) || typeof value.status !== 'string')
    return parseOrThrow(updateSchema, value)
  return {
    status: value.status,
    body: optionalText(value.body),
    created_at: optionalText(value.created_at),
    display_at: optionalText(value.display_at),
    affected_components: optionalList(value.affected_components),
  }
}

/** incidentSchema's reading; throws the schema's words for anything off the plain shape. */
export function readRawIncident(value: unknown): RawIncident {
  const id = isJsonObject(value) ? idText(value.id) : null
  if (!isJsonObject(value) || id === null || typeof value.name !== 'string')
    return parseOrThrow(incidentSchema, value)
  return {
    id,
    name: value.name,
    status: optionalText(value.status),
    impact: optionalText(value.impact),
    created_at: optionalText(value.created_at),
    started_at: optionalText(value.started_at),
    resolved_at: optionalText(value.resolved_at),
    scheduled_for: optionalText(value.scheduled_for),
    scheduled_until: optionalText(value.scheduled_until),
    shortlink: optionalText(value.shortlink),
    components: optionalList(value.components),
    incident_updates: optionalList(value.incident_updates),
  }
}
