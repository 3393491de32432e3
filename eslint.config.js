import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import featureZones from './eslint/feature-zones.js'

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  '@tanstack/*',
  'recharts',
  'dompurify',
  'idb',
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      '.*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      // Feed HTML reaches the DOM only through src/components/ui/safe-html.tsx (security.md H15).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render feed HTML with <SafeHtml>.',
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'Render feed HTML with <SafeHtml>.',
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Render feed HTML with <SafeHtml>.',
        })),
        { object: 'document', property: 'write', message: 'Never write raw HTML.' },
      ],
    },
  },
  {
    // The sanitizing sink: the one file allowed to set HTML.
    files: ['src/components/ui/safe-html.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The core runs in the browser, a Worker and the CLI: it must stay free of UI, DOM and Node.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/core must stay independent of the UI: return plain data instead.',
            },
            {
              group: ['node:*', 'fs', 'path', 'http', 'https'],
              message: 'src/core runs in the browser: take strings, not files.',
            },
            {
              group: ['**/features/**', '**/app/**', '**/server/**', '**/components/**'],
              message: 'Dependencies point core → features → app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'DOMParser',
        'localStorage',
        'indexedDB',
        'navigator',
        'fetch',
      ],
    },
  },
  {
    files: ['src/features/**', 'src/components/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/cli/**'],
              message: 'Browser code never imports the proxy or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features compose only in src/app: each imports workspace, components, core and itself.
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { zones: featureZones },
    rules: { 'zones/feature-zones': 'error' },
  },
  {
    files: [
      'src/server/**',
      'src/cli/**',
      'src/**/*.test.ts',
      'src/core/__fixtures__/**',
      'scripts/**',
      'eslint/**',
      'bench/**',
      'e2e/**',
      '*.config.*',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
)
