// The public certificate verification page in Debian's Chromium: what an employer sees after
// scanning a certificate's QR code, for a valid, an unknown, an expired and a revoked code, with
// JavaScript switched off (the page must not need it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactDir, launchBrowser, spkiHash, startServer } from './harness.mjs';

test('verification page: valid, unknown, expired and revoked codes', async () => {
  const server = await startServer();
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  try {
    const context = await browser.newContext({
      viewport: { width: 900, height: 820 }, javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const open = async (code) => page.goto(`${server.baseUrl}/verify/${code}`);
    const verdict = async () => (await page.locator('.verdict').innerText()).trim();

    // Valid: the demo's CCNA certificate.
    let response = await open('V7L4P3MC');
    assert.equal(response.status(), 200);
    assert.match(await verdict(), /Valid certificate: in force through December 8, 2028/);
    assert.equal(await page.locator('h1.holder').innerText(), 'John Doe');
    assert.match(await page.locator('.certification').innerText(),
      /CCNA Routing and Switching \(CCNA\)/);
    assert.equal(await page.locator('dd.code').innerText(), 'V7L4P3MC');
    assert.equal(await page.locator('script').count(), 0);
    const validColour = await page.locator('.verdict').evaluate(
      (el) => getComputedStyle(el).backgroundColor);
    await page.screenshot({ path: join(artifactDir(), 'verification-valid.png'), fullPage: true });

    // Unknown code: a 404 page that says so.
    response = await open('ZZZZ9999');
    assert.equal(response.status(), 404);
    assert.match(await verdict(), /No certificate has this verification code/);
    assert.match(await page.locator('main').innerText(), /ZZZZ9999/);

    // Expired: the demo's CCIE, expired in 2010, in a colour other than the valid one's.
    response = await open('E6C3R9WZ');
    assert.equal(response.status(), 200);
    assert.match(await verdict(), /Expired: this certification was valid through February 21, 2010/);
    assert.equal(await page.locator('dd.status').innerText(), 'expired');
    const expiredColour = await page.locator('.verdict').evaluate(
      (el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(expiredColour, validColour);

    // Revoked through certtrackd admin while the server runs.
    const output = await server.admin('certification', 'revoke', 'CSCO10000000', 'CCENT',
      '--on', '2026-10-01');
    assert.match(output, /revoked crt-10000000-ccent/);
    response = await open('K9T2XW4R');
    assert.equal(response.status(), 200);
    assert.match(await verdict(), /Revoked on October 1, 2026/);
    assert.equal(await page.locator('dd.status').innerText(), 'revoked');
    await page.screenshot({ path: join(artifactDir(), 'verification-revoked.png'), fullPage: true });

  } finally {
    await browser.close();
    await server.stop();
  }
});
