import { plainComponent } from './plain-shapes'
import { componentSchema, type Component } from './schemas'

/** Current component names by code, to replace the snapshot names in `affected_components`. */
export type ComponentNames = ReadonlyMap<string, string>

/** The readable component objects of a list; malformed entries are left out. */
export function readComponents(raw: readonly unknown[]): Component[] {
  return raw.flatMap((value) => {
    const plain = plainComponent(value)
    if (plain) return [plain]
    const parsed = componentSchema.safeParse(value)
    return parsed.success ? [parsed.data] : []
  })
}

export function isGroup(component: Component): boolean {
  return component.group === true || (component.components?.length ?? 0) > 0
}

/** Adds names for codes not yet known (earlier sources win: the page list over the incident's). */
export function withNames(names: ComponentNames, components: readonly Component[]): ComponentNames {
  // An incident's components are on the page list as a rule: then the page's map serves as is.
  if (components.every((c) => names.has(c.id))) return names
  const merged = new Map(names)
  for (const c of components) if (!merged.has(c.id)) merged.set(c.id, c.name.trim())
  return merged
}

const byPosition = (a: Component, b: Component) =>
  (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER)

/**
 * Leaf component names in page order: top-level entries by `position`, each group replaced by its
 * children by `position`. Groups themselves are left out (incidents name leaves, not groups).
 */
export function pageComponentNames(components: readonly Component[]): string[] {
  const groups = new Set(components.filter(isGroup).map((c) => c.id))
  // The top-level entries and each group's leaf children, in list order, found in one pass.
  const topLevel: Component[] = []
  const children = new Map<string, Component[]>()
  for (const c of components) {
    if (!c.group_id || !groups.has(c.group_id)) topLevel.push(c)
    else if (!isGroup(c)) {
      const siblings = children.get(c.group_id)
      if (siblings) siblings.push(c)
      else children.set(c.group_id, [c])
    }
  }
  const ordered = topLevel
    .sort(byPosition)
    .flatMap((c) => (isGroup(c) ? (children.get(c.id) ?? []).sort(byPosition) : [c]))
  return [...new Set(ordered.map((c) => c.name.trim()).filter(Boolean))]
}
