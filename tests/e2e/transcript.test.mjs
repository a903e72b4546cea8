// The public transcript page in Debian's Chromium, with JavaScript switched off: what an
// employer opening the link sees (the guide's sample transcript), the 404 page for an id nobody
// has, and a screenshot of the page for docs/screenshots/transcript-public.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifactDir, launchBrowser, spkiHash, startServer } from './harness.mjs';

const demoTranscript = '15KDEQ4K1BV1133H';

test('the public transcript reads like the guide and needs no script', async () => {
  const server = await startServer();
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1000, height: 820 }, javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const response = await page.goto(`${server.baseUrl}/transcripts/${demoTranscript}`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
    assert.equal(await page.title(), 'Transcript for John Doe');

    assert.equal(await page.locator('h1').innerText(), 'John Doe');
    const address = await page.locator('.address').innerText();
    for (const line of ['Test123test', 'Test2 Cor', 'Line 3 Cor', 'City, North Carolina 12345',
      'United States']) {
      assert.ok(address.includes(line), `address has ${line}`);
    }
    assert.equal(await page.locator('.email').count(), 0, 'email is not a chosen field');
    assert.equal(await page.locator('.statement').innerText(),
      'The following information has been provided to you by John Doe as a validation of ' +
      'current exam and certification achievements.');

    const headers = await page.locator('thead th').allInnerTexts();
    assert.deepEqual(headers.map((h) => h.toLowerCase()), ['certification name', 'date']);
    const tracks = await page.locator('tr.track td').allInnerTexts();
    assert.ok(tracks.includes('General Certifications - Associate'));
    assert.ok(tracks.includes('General Certifications - Entry'));
    const body = await page.locator('tbody').innerText();
    assert.match(body, /CCNA Routing and Switching \(CCNA\)\s+\d{4}-[A-Z][a-z]{2}-\d{2}/);
    assert.match(body, /CCENT \(CCENT\)/);
    assert.doesNotMatch(body, /CCIE/, 'the expired CCIE is not current');
    assert.equal(await page.locator('script').count(), 0);
    assert.match(await page.locator('.facts').innerText(), /15KDEQ4K1BV1133H/);

    await page.screenshot({ path: join(artifactDir(), 'transcript-public.png'), fullPage: true });

    const missing = await page.goto(`${server.baseUrl}/transcripts/0000000000000000`);
    assert.equal(missing.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'No such transcript');
  } finally {
    await browser.close();
    await server.stop();
  }
});
