// The set-password page behind an account-mapping email, in Debian's Chromium with JavaScript
// off: ask for a link by email (over HTTPS, trusting only the test server's CA), read it from the
// outbox, open it, submit a weak password and see the refusal, then a good one and see "Account
// mapping is complete" with the login ID; the link then says it was used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactDir, launchBrowser, spkiHash, startServer } from './harness.mjs';

function postJson(server, path, body) {
  const url = new URL(path, server.baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', ca: readFileSync(server.caFile),
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function linkInOutbox(outbox) {
  const mails = readdirSync(outbox).filter((name) => name.endsWith('.eml'));
  assert.equal(mails.length, 1);
  const eml = readFileSync(join(outbox, mails[0]), 'utf8');
  assert.match(eml, /^To: new\.candidate@example\.com\r$/m);
  const match = /https:\/\/\S+\/account\/set-password\?token=[A-Za-z0-9_-]+/.exec(eml);
  assert.ok(match, eml);
  return match[0];
}

test('set-password page: refuse a weak password, then complete the mapping', async () => {
  const server = await startServer();
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  try {
    const answer = await postJson(server, '/api/v1/account-mapping/by-email',
      { email: 'new.candidate@example.com' });
    assert.equal(answer.status, 202, answer.body);
    const link = linkInOutbox(server.outbox);

    const context = await browser.newContext({
      viewport: { width: 800, height: 720 }, javaScriptEnabled: false,
    });
    const page = await context.newPage();
    let response = await page.goto(link);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('script').count(), 0);
    assert.match(await page.locator('main').innerText(), /CSCO20000001/);
    assert.match(await page.locator('#rules').innerText(), /At least 10 characters/);
    await page.screenshot({ path: join(artifactDir(), 'set-password.png'), fullPage: true });

    // All one kind of character: refused, with the form back and the reason shown.
    await page.fill('#password', 'onlylowercaseletters');
    await page.fill('#confirm', 'onlylowercaseletters');
    [response] = await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.equal(response.status(), 422);
    assert.match(await page.locator('#error').innerText(), /all of one kind/);

    await page.fill('#password', 'Tangerine-42-river');
    await page.fill('#confirm', 'Tangerine-42-river');
    [response] = await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.equal(response.status(), 200);
    assert.match(await page.locator('#done').innerText(), /Account mapping is complete/);
    assert.equal(await page.locator('#login-id').innerText(), 'CSCO20000001');
    await page.screenshot({ path: join(artifactDir(), 'set-password-done.png'), fullPage: true });

    // The new password signs in with the login ID.
    const form = new URLSearchParams({
      grant_type: 'password', username: 'CSCO20000001', password: 'Tangerine-42-river',
    }).toString();
    const token = await new Promise((resolve, reject) => {
      const req = request(new URL('/api/v1/auth/token', server.baseUrl), {
        method: 'POST', ca: readFileSync(server.caFile),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }, (res) => {
        let text = '';
        res.on('data', (chunk) => { text += chunk; });
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
      });
      req.on('error', reject);
      req.end(form);
    });
    assert.equal(token.status, 200, token.body);
    assert.ok(JSON.parse(token.body).access_token);

    // The link works once.
    response = await page.goto(link);
    assert.equal(response.status(), 410);
    assert.match(await page.locator('main').innerText(), /used already/);
    assert.equal(await page.locator('form').count(), 0);
  } finally {
    await browser.close();
    await server.stop();
  }
});
