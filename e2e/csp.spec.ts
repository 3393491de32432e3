import { expect, test } from '@playwright/test'
import { VIEWS } from '../src/app/views'

interface Violation {
  directive: string
  blocked: string
  source: string
}

test.use({ viewport: { width: 1440, height: 900 } })

test('a session through every view reports no Content Security Policy violation', async ({
  page,
}) => {
  // The page's console event also carries the parse Worker's console.
  const consoleErrors: string[] = []
  const csp = /Content Security Policy|Content-Security-Policy|unsafe-eval|securitypolicyviolation/i
  page.on('console', (message) => {
    if (csp.test(message.text())) consoleErrors.push(message.text())
  })
  // The parse Worker has its own global scope: a listener goes in front of its script. Reports
  // fire as tasks, so one added while the script's modules evaluate still hears zod's probe.
  let workerScripts = 0
  await page.route(/\/assets\/parse-worker-[^/]+\.js$/, async (route) => {
    workerScripts += 1
    const response = await route.fetch()
    const listener = `self.addEventListener('securitypolicyviolation', (e) => console.error('securitypolicyviolation', e.effectiveDirective, e.blockedURI, e.sourceFile));\n`
    await route.fulfill({ response, body: listener + (await response.text()) })
  })
  await page.addInitScript(() => {
    const seen: Violation[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      })
    })
  })
  const response = await page.goto('/?view=overview')
  // The policy under test is the one the server sends: strict, no eval, no inline script.
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval')
  for (const view of VIEWS) {
    const link = page.getByRole('navigation', { name: 'Views' }).getByRole('link', {
      name: view.label,
      exact: true,
    })
    await link.click()
    await expect(link).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
  }
  // The demo comes parsed from the build: an import is what runs the parse Worker (and zod in it).
  const importPanel = page.getByRole('region', { name: 'Import files or text' })
  await importPanel
    .getByLabel('Choose files')
    .setInputFiles('public/demo/github-2022-incidents.json')
  await expect(importPanel.getByRole('status')).toContainText('imported under')
  // The incident detail renders feed HTML through the sanitizer.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Incidents', exact: true })
    .click()
  await expect(page.getByRole('status').filter({ hasText: /incidents match$/ })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('row').nth(1).getByRole('button').first().click()
  await expect(page.getByRole('dialog').getByRole('list', { name: 'Updates' })).toBeVisible()
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
  )
  expect(workerScripts).toBeGreaterThan(0)
  expect(violations).toEqual([])
  expect(consoleErrors).toEqual([])
})
