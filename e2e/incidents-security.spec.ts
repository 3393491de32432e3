import { expect, test, type Page } from '@playwright/test'
import { fixtureOrigin, settingsWithVendors } from './incidents-support'

test.use({ viewport: { width: 1440, height: 900 } })

const FEEDS = [`${fixtureOrigin}/e2e/incidents-xss.rss`, `${fixtureOrigin}/e2e/incidents-xss.json`]
const TITLES = [
  'XSS image onerror in CDATA',
  'XSS script tag entity-escaped',
  'XSS javascript links',
  'XSS double escaped image',
  'XSS phishing form',
  'XSS style and overlay',
  'XSS svg iframe details',
  '<img src=x onerror=window.__pwned=1> XSS in the title',
  'XSS in a Markdown body',
]
const FORBIDDEN =
  'script, style, form, input, button, iframe, object, embed, base, meta, link, svg, math, template, img, details'

/** What the sanitized update bodies contain that they must not. */
async function auditUpdates(page: Page) {
  return page
    .getByRole('dialog')
    .getByRole('list', { name: 'Updates' })
    .evaluate((list, forbidden) => {
      const all = [...list.querySelectorAll('*')]
      return {
        forbidden: [...list.querySelectorAll(forbidden)].map((e) => e.tagName),
        handlers: all
          .flatMap((e) =>
            [...e.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style'),
          )
          .map((a) => a.name),
        links: [...list.querySelectorAll('a')].map((a) => ({
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
      }
    }, FORBIDDEN)
}

test('HTML and Markdown payloads in a feed never execute or reach the page', async ({ page }) => {
  const errors: string[] = []
  const dialogs: string[] = []
  const evilRequests: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url().includes('evil.test')) evilRequests.push(request.url())
  })
  const settings = settingsWithVendors([{ id: 'hostile', name: 'Hostile Fixture', urls: FEEDS }])
  await page.addInitScript((value) => {
    localStorage.setItem('vendor-reliability.settings', value)
  }, JSON.stringify(settings))
  await page.goto('/?view=incidents&range=any')
  await expect(
    page.getByRole('status').filter({ hasText: /^9 of 9 incidents match$/ }),
  ).toBeVisible({
    timeout: 30_000,
  })

  for (const title of TITLES) {
    await page.getByRole('button', { name: title, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    const audit = await auditUpdates(page)
    expect(audit.forbidden, title).toEqual([])
    expect(audit.handlers, title).toEqual([])
    for (const link of audit.links) {
      expect(link.href ?? 'https://', title).toMatch(/^https:\/\//)
      expect(link.target, title).toBe('_blank')
      expect(link.rel, title).toBe('noopener noreferrer')
    }
    // The item's own link is javascript: for one payload; only http(s) may become a link.
    const vendorLink = dialog.getByRole('link', { name: /vendor's status page/ })
    if ((await vendorLink.count()) > 0) {
      await expect(vendorLink).toHaveAttribute('href', /^https:\/\//)
    }
    await dialog.getByRole('button', { name: 'Close' }).click()
  }

  const updates = (title: string) =>
    page
      .getByRole('button', { name: title, exact: true })
      .click()
      .then(() => page.getByRole('dialog').getByRole('list', { name: 'Updates' }))
  // Decoded exactly once: the double-escaped tag shows as text, never as an element.
  await expect(await updates('XSS double escaped image')).toContainText(
    '<img src=x onerror=window.__pwned=1> literal text',
  )
  await page.keyboard.press('Escape')
  // CDATA markup keeps its harmless part: the bold "ok".
  await expect((await updates('XSS image onerror in CDATA')).locator('b')).toHaveText('ok')
  await page.keyboard.press('Escape')
  // Markdown is rendered (bold, links) before sanitizing; the javascript: link loses its href.
  const markdown = await updates('XSS in a Markdown body')
  await expect(markdown.locator('strong')).toHaveText('Markdown')
  await expect(markdown.getByRole('link', { name: 'the postmortem' })).toHaveAttribute(
    'href',
    'https://vendor.example/postmortem',
  )
  await markdown.getByText('a script link').click()
  await page.keyboard.press('Escape')
  await (await updates('XSS javascript links')).getByText('x', { exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible()
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
  expect(evilRequests).toEqual([])
})
