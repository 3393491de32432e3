import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { createServer, type ViteDevServer } from 'vite'
import type * as SanitizeBody from '../src/components/ui/sanitize-body'
import { SECURITY_PAYLOADS } from '../src/core/__fixtures__/security-corpus'

// The sanitizer needs a real DOM (DOMPurify calls happy-dom and old jsdom unsafe), so its tests
// load the module itself, untouched, from a Vite dev server into Chromium.
let server: ViteDevServer
let origin = ''
let cacheDir = ''

test.beforeAll(async () => {
  const root = process.cwd()
  cacheDir = mkdtempSync(join(tmpdir(), 'sanitizer-vite-'))
  server = await createServer({
    root,
    configFile: false,
    appType: 'custom',
    logLevel: 'error',
    cacheDir,
    server: {
      host: '127.0.0.1',
      port: 0,
      hmr: false,
      fs: { allow: [root, realpathSync(join(root, 'node_modules'))] },
    },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('no dev server address')
  origin = `http://127.0.0.1:${address.port}`
})

test.afterAll(async () => {
  await server.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

const MODULE = '/src/components/ui/sanitize-body.ts'

interface Audit {
  tags: string[]
  attributes: string[]
  hrefs: string[]
}

test.beforeEach(async ({ page }) => {
  await page.route(`${origin}/blank`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>blank</title><main></main>',
    }),
  )
  await page.goto(`${origin}/blank`)
})

test('keeps only its attribute allow-list, and href only on http(s) and mailto links', async ({
  page,
}) => {
  const html = await page.evaluate(async (path) => {
    const { sanitizeBody } = (await import(path)) as typeof SanitizeBody
    return sanitizeBody(
      '<p id="root" name="x" is="x-evil" class="fixed inset-0" style="color:red" data-x="1" ' +
        'aria-labelledby="root" aria-hidden="true" role="alert" tabindex="0" lang="en" dir="rtl" ' +
        'title="t">p</p><table><tr><td colspan="2" rowspan="3" headers="x" onclick="x()">c</td></tr></table>' +
        '<a href="https://vendor.example/x" id="a">https</a><a href="mailto:ops@vendor.example">mail</a>' +
        '<a href="javascript:alert(1)">js</a><a href="/relative">rel</a><span href="https://x.example">s</span>' +
        '<img src="https://evil.test/p.png" alt="pixel">' +
        '<form is="x-evil"><input name="childNodes"><input name="removeAttribute"></form>',
      'html',
    )
  }, MODULE)
  expect(html).toBe(
    '<p lang="en" dir="rtl" title="t">p</p><table><tbody><tr><td colspan="2" rowspan="3">c</td></tr></tbody></table>' +
      '<a href="https://vendor.example/x" target="_blank" rel="noopener noreferrer">https</a>' +
      '<a href="mailto:ops@vendor.example" target="_blank" rel="noopener noreferrer">mail</a>' +
      '<a target="_blank" rel="noopener noreferrer">js</a><a target="_blank" rel="noopener noreferrer">rel</a>' +
      '<span>s</span>',
  )
})

test('rebuilds elements named with `is` without it, the document body included', async ({
  page,
}) => {
  const outputs = await page.evaluate(async (path) => {
    const { sanitizeBody } = (await import(path)) as typeof SanitizeBody
    return [
      sanitizeBody('<body is="x-evil"><p is="y-evil">x <b is="z-evil">y</b></p></body>', 'html'),
      sanitizeBody(
        '<table is="x-evil"><tr is="y-evil"><td is="z-evil">c</td></tr></table>',
        'html',
      ),
      sanitizeBody('*a* <span is="x-evil">b</span>', 'markdown'),
    ]
  }, MODULE)
  expect(outputs).toEqual([
    '<p>x <b>y</b></p>',
    '<table><tbody><tr><td>c</td></tr></tbody></table>',
    '<p><em>a</em> <span>b</span></p>\n',
  ])
})

test('every payload of the security corpus, as HTML and as Markdown, comes out inert', async ({
  page,
}) => {
  const texts = SECURITY_PAYLOADS.map((p) => p.text)
  const audit: Audit = await page.evaluate(
    async ({ path, texts }) => {
      const { sanitizeBody, BODY_ATTRIBUTES } = (await import(path)) as typeof SanitizeBody
      const main = document.querySelector('main')!
      const range = document.createRange()
      range.selectNodeContents(main)
      const kept = new Set<string>([...BODY_ATTRIBUTES, 'target', 'rel'])
      const result: Audit = { tags: [], attributes: [], hrefs: [] }
      for (const text of texts) {
        for (const format of ['html', 'markdown'] as const) {
          // Into the live document as a fragment, where even a surviving <script> would run.
          // eslint-disable-next-line no-restricted-syntax -- the test's sink is stricter than SafeHtml's
          main.replaceChildren(range.createContextualFragment(sanitizeBody(text, format)))
          for (const element of main.querySelectorAll('*')) {
            result.tags.push(element.localName)
            for (const attribute of element.attributes) {
              if (!kept.has(attribute.name)) result.attributes.push(attribute.name)
              if (attribute.name === 'href') result.hrefs.push(attribute.value)
              if (attribute.name === 'href' && element.localName !== 'a')
                result.attributes.push(`href on ${element.localName}`)
            }
          }
        }
      }
      main.replaceChildren()
      result.tags = [...new Set(result.tags)].sort()
      return result
    },
    { path: MODULE, texts },
  )
  const allowed =
    'a b blockquote br code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s small span strong sub sup table tbody td th thead tr u ul var'
  expect(audit.tags.filter((tag) => !allowed.split(' ').includes(tag))).toEqual([])
  expect(audit.attributes).toEqual([])
  expect(audit.hrefs.filter((href) => !/^(https?:\/\/|mailto:)/i.test(href))).toEqual([])
  await page.waitForTimeout(200)
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
})
