import path from 'node:path'

// What a feature may import besides its own folder (style.md §1: features don't import each other).
const SHARED_ZONES = ['src/features/workspace/', 'src/components/', 'src/core/']
const FEATURE_FILE = /^src\/features\/([^/]+)\//

/** The project-relative path of a file, with forward slashes. */
function fromRoot(root, file) {
  return path.relative(root, file).split(path.sep).join('/')
}

/** Keeps src/features/<x> importing only the shared zones and itself, never another feature or src/app. */
const featureZones = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature imports only workspace, components, core and its own folder.' },
    messages: {
      outsideZone:
        "src/features/{{feature}} may not import '{{target}}': move what is shared into src/features/workspace or src/components, and compose features in src/app.",
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd
    const feature = FEATURE_FILE.exec(fromRoot(root, context.filename))?.[1]
    if (!feature) return {}
    const allowed = [...SHARED_ZONES, `src/features/${feature}/`]

    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return
      if (!source.value.startsWith('.')) return
      const target = fromRoot(root, path.resolve(path.dirname(context.filename), source.value))
      // Only the app's own tree is zoned; test files may still read e2e fixtures.
      if (!target.startsWith('src/')) return
      if (allowed.some((zone) => `${target}/`.startsWith(zone))) return
      context.report({ node: source, messageId: 'outsideZone', data: { feature, target } })
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

export default { rules: { 'feature-zones': featureZones } }
