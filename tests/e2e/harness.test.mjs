// The harness itself: Chromium reaches certtrackd over TLS when it trusts the server's key, and
// refuses the same server when it does not (the trust is per key, not "ignore all errors").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openSession } from './harness.mjs';

test('chromium trusts exactly the test server key', async () => {
  const session = await openSession();
  try {
    const response = await session.page.goto(`${session.server.baseUrl}/healthz`);
    assert.equal(response.status(), 200);
    assert.match(await session.page.content(), /ok/i);

    const stranger = await launchBrowser();
    try {
      const page = await stranger.newPage();
      await assert.rejects(page.goto(`${session.server.baseUrl}/healthz`), /ERR_CERT/);
    } finally {
      await stranger.close();
    }
  } finally {
    await session.close();
  }
});
