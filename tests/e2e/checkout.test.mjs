// The sandbox checkout page in Debian's Chromium with JavaScript off: John's paid orders (a CCENT
// certificate with tracking) are submitted over the API as the client does, and their checkout
// links opened in the browser, as the system browser would. One payment is approved, one
// declined and paid again, one cancelled; each time the order's state is read back through the
// API, and the payments show as E-commerce Transactions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactDir, launchBrowser, spkiHash, startServer } from './harness.mjs';

function call(server, method, path, { body, token, headers = {}, form = false } = {}) {
  const url = new URL(path, server.baseUrl);
  const payload = body === undefined ? ''
    : (form ? new URLSearchParams(body).toString() : JSON.stringify(body));
  const allHeaders = { ...headers };
  if (token) allHeaders.Authorization = `Bearer ${token}`;
  if (payload) {
    allHeaders['Content-Type'] = form ? 'application/x-www-form-urlencoded' : 'application/json';
    allHeaders['Content-Length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, ca: readFileSync(server.caFile), headers: allHeaders },
      (res) => {
        let text = '';
        res.on('data', (chunk) => { text += chunk; });
        res.on('end', () => {
          let json = null;
          try { json = JSON.parse(text); } catch { json = null; }
          resolve({ status: res.statusCode, body: text, json });
        });
      });
    req.on('error', reject);
    req.end(payload);
  });
}

const shipping = {
  demographics: {
    firstName: 'John', lastName: 'Doe', email: 'CSCO10000000@gmail.com',
    phone: '+1 919 555 0142', address1: 'Test123test', address2: 'Test2 Cor', city: 'City',
    stateProvince: 'North Carolina', postalCode: '12345', country: 'US',
  },
  localized: { lastName: '山田' },
};

async function signIn(server) {
  const answer = await call(server, 'POST', '/api/v1/auth/token', {
    form: true,
    body: { grant_type: 'password', username: 'CSCO10000000', password: 'certtrack-demo' },
  });
  assert.equal(answer.status, 200, answer.body);
  return answer.json.access_token;
}

// A paid order submitted as the client does; returns it awaiting payment.
async function awaitingPayment(server, token, paymentMethod, key) {
  const created = await call(server, 'POST', '/api/v1/me/orders',
    { token, body: { items: ['cert-ccent'], tracking: true } });
  assert.equal(created.status, 201, created.body);
  const id = created.json.id;
  const shipped = await call(server, 'PUT', `/api/v1/me/orders/${id}/shipping`,
    { token, body: shipping });
  assert.equal(shipped.status, 200, shipped.body);
  const submitted = await call(server, 'POST', `/api/v1/me/orders/${id}/submit`,
    { token, body: { paymentMethod }, headers: { 'Idempotency-Key': key } });
  assert.equal(submitted.status, 200, submitted.body);
  assert.equal(submitted.json.state, 'awaiting_payment');
  assert.match(submitted.json.checkoutUrl, /^https:\/\/127\.0\.0\.1:\d+\/checkout\/[A-Za-z0-9_-]+$/);
  return submitted.json;
}

async function stateOf(server, token, id) {
  const answer = await call(server, 'GET', `/api/v1/me/orders/${id}`, { token });
  assert.equal(answer.status, 200, answer.body);
  return answer.json;
}

test('sandbox checkout: approve, decline then pay again, cancel', async () => {
  const server = await startServer();
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  try {
    const token = await signIn(server);
    const context = await browser.newContext({
      viewport: { width: 900, height: 760 }, javaScriptEnabled: false,
    });
    const page = await context.newPage();

    // Approve.
    const approved = await awaitingPayment(server, token, 'credit_card', 'e2e-approve');
    let response = await page.goto(approved.checkoutUrl);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('#sandbox').innerText(), 'SANDBOX — no real payment is taken');
    const items = await page.locator('#items').innerText();
    assert.match(items, /CCENT Certificate\s+Certificate\s+\$15\.00/);
    assert.match(items, /Tracking\s+for Printed Certificates\s+\$10\.00/);
    assert.equal(await page.locator('#total').innerText(), '$25.00');
    assert.match(await page.locator('main').innerText(), /paid by credit card/);
    await page.screenshot({ path: join(artifactDir(), 'checkout-sandbox.png'), fullPage: true });
    await Promise.all([page.waitForNavigation(), page.click('#approve')]);
    assert.equal(await page.locator('#outcome').innerText(),
      'Payment approved — you can return to CertTrack.');
    await page.screenshot({ path: join(artifactDir(), 'checkout-approved.png'), fullPage: true });
    assert.equal((await stateOf(server, token, approved.id)).state, 'paid');
    // The link is spent: the page says the checkout is closed.
    response = await page.goto(approved.checkoutUrl);
    assert.equal(response.status(), 410);
    assert.match(await page.locator('#closed').innerText(), /is paid/);

    // Decline, then pay again from the client with PayPal and approve.
    const declined = await awaitingPayment(server, token, 'debit_card', 'e2e-decline');
    await page.goto(declined.checkoutUrl);
    await Promise.all([page.waitForNavigation(), page.click('#decline')]);
    assert.match(await page.locator('#outcome').innerText(), /^Payment declined/);
    let order = await stateOf(server, token, declined.id);
    assert.equal(order.state, 'declined');
    assert.equal(order.checkoutUrl, null);
    const again = await call(server, 'POST', `/api/v1/me/orders/${declined.id}/checkout`,
      { token, body: { paymentMethod: 'paypal' } });
    assert.equal(again.status, 200, again.body);
    assert.notEqual(again.json.checkoutUrl, declined.checkoutUrl);
    response = await page.goto(declined.checkoutUrl);
    assert.equal(response.status(), 404);
    await page.goto(again.json.checkoutUrl);
    assert.match(await page.locator('main').innerText(), /paid by paypal/);
    await Promise.all([page.waitForNavigation(), page.click('#approve')]);
    assert.equal((await stateOf(server, token, declined.id)).state, 'paid');

    // Cancel: no money moves; the order can still be abandoned from the client.
    const cancelled = await awaitingPayment(server, token, 'paypal', 'e2e-cancel');
    await page.goto(cancelled.checkoutUrl);
    await Promise.all([page.waitForNavigation(), page.click('#cancel')]);
    assert.match(await page.locator('#outcome').innerText(), /^Payment cancelled/);
    order = await stateOf(server, token, cancelled.id);
    assert.equal(order.state, 'cancelled');
    const abandoned = await call(server, 'POST', `/api/v1/me/orders/${cancelled.id}/abandon`,
      { token });
    assert.equal(abandoned.json.state, 'abandoned');

    // E-commerce Transactions: one Approved row per paid order, the decline, nothing for the
    // cancel.
    const transactions = (await call(server, 'GET', '/api/v1/me/transactions', { token })).json.items;
    const rowsOf = (id) => transactions.filter((t) => t.orderId === id).map((t) => t.status).sort();
    assert.deepEqual(rowsOf(approved.id), ['Approved']);
    assert.deepEqual(rowsOf(declined.id), ['Approved', 'Declined']);
    assert.deepEqual(rowsOf(cancelled.id), []);
    const charge = transactions.find((t) => t.orderId === approved.id);
    assert.equal(charge.amount.amount, 2500);
    assert.equal(charge.paymentMethod, 'Credit card');

    // The paid orders are rows of the fulfillment history.
    const history = (await call(server, 'GET', '/api/v1/me/fulfillment', { token })).json.items;
    const row = history.find((r) => r.orderId === approved.id);
    assert.equal(row.name, 'CCENT Certificate');
    assert.equal(row.status, 'Paid');
  } finally {
    await browser.close();
    await server.stop();
  }
});
