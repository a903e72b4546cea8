// Digital badges checked by readers that are not ours, against a real certtrackd with the demo
// seed: every Open Badges 3.0 VC-JWT of John Doe and Chen Jing is verified by `jose` with the key
// its kid names, validated against 1EdTech's JSON Schema by `ajv`, and its revocation bit read
// from the W3C Bitstring Status List with Node's own zlib; the hosted 2.0 Assertion, BadgeClass
// and Issuer are fetched as JSON-LD; the baked PNGs are read back by Debian's Pillow; and the
// public badge page is opened in Debian's Chromium without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as jose from 'jose';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { artifactDir, defaultNow, launchBrowser, spkiHash, startServer } from './harness.mjs';

const execFileAsync = promisify(execFile);

// 1EdTech's schema lives in the shared folder beside the repository (as CI lays it out).
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaFile = resolve(repositoryRoot, '..', 'shared', 'standards',
  'ob_v3p0_achievementcredential_schema.json');

const password = 'certtrack-demo';
// The demo seed's badges (server/seed/README.md, "Digital badges — every state").
const holders = {
  CSCO10000000: {
    valid: ['bdg-10000000-ccna', 'bdg-10000000-ccent', 'bdg-10000000-encor'],
    expired: ['bdg-10000000-ccie'],
    revoked: [],
  },
  CSCO10000002: {
    valid: ['bdg-10000002-ccna'],
    expired: [],
    revoked: ['bdg-10000002-ccna-1'],
  },
};
const expectedCredentials = Object.values(holders)
  .reduce((n, h) => n + h.valid.length + h.expired.length + h.revoked.length, 0);
// The server's clock starts at the harness's --now when it starts and runs on from there; its
// verdicts are made on that clock. Counting from before the start never falls behind it.
let startedAt;
function serverClock() {
  return new Date(Date.parse(defaultNow) + (Date.now() - startedAt));
}

let server;

// One HTTPS request trusting exactly the run's certificate authority.
function fetchRaw(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolvePromise, reject) => {
    const req = httpsRequest(url, { method, headers, ca: readFileSync(server.caFile) }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolvePromise({
        status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks),
      }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function fetchOk(url, options = {}) {
  const response = await fetchRaw(url, options);
  assert.equal(response.status, 200, `${url}: ${response.status} ${response.body}`);
  return response;
}

async function fetchJson(url, { token, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  return JSON.parse((await fetchOk(url, { headers })).body.toString('utf8'));
}

async function signIn(loginId) {
  const body = new URLSearchParams({ grant_type: 'password', username: loginId, password })
    .toString();
  const response = await fetchOk(`${server.baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body) },
    body,
  });
  const token = JSON.parse(response.body.toString('utf8')).access_token;
  assert.ok(token, `${loginId} got an access token`);
  return token;
}

// Dereferences the protected header's kid (an https URL answering one JWK) and imports the key.
async function keyOf(jwt) {
  const header = jose.decodeProtectedHeader(jwt);
  assert.equal(header.alg, 'RS256');
  assert.equal(header.typ, 'JWT');
  assert.ok(header.kid.startsWith(`${server.baseUrl}/issuer/keys/`), `kid ${header.kid}`);
  const response = await fetchOk(header.kid, { headers: { Accept: 'application/jwk+json' } });
  assert.match(response.headers['content-type'], /^application\/jwk\+json/);
  const jwk = JSON.parse(response.body.toString('utf8'));
  assert.equal(jwk.kty, 'RSA');
  assert.equal(jwk.d, undefined, 'only the public half is published');
  // The key's URL ends in its RFC 7638 thumbprint, as jose computes it.
  assert.equal(header.kid.split('/').pop(), await jose.calculateJwkThumbprint(jwk, 'sha256'));
  return jose.importJWK(jwk, 'RS256');
}

// jose's verification with no clock tolerance, at a given instant.
function verifyAt(jwt, key, currentDate) {
  return jose.jwtVerify(jwt, key, {
    algorithms: ['RS256'], typ: 'JWT', clockTolerance: 0, currentDate,
  });
}

// The W3C Bitstring Status List: 'u' + base64url of the GZIP of the bits, index 0 the most
// significant bit of the first byte.
function statusBit(encodedList, index) {
  assert.equal(encodedList[0], 'u', 'multibase base64url prefix');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  assert.ok(bits.length >= 16384, `the list has at least 131072 entries (${bits.length * 8})`);
  assert.ok(index < bits.length * 8, `index ${index} is inside the list`);
  return (bits[index >> 3] >> (7 - (index & 7))) & 1;
}

function identityHash(email, salt) {
  return `sha256$${createHash('sha256').update(email.trim().toLowerCase() + salt).digest('hex')}`;
}

// Reads every text chunk of PNG files with Debian's Pillow (not pyenv's python, which lacks it).
async function pngTexts(files) {
  const script = [
    'import json, sys',
    'from PIL import Image',
    'out = {}',
    'for path in sys.argv[1:]:',
    '    with Image.open(path) as im:',
    '        out[path] = {"format": im.format, "size": list(im.size), "text": dict(im.text)}',
    'print(json.dumps(out))',
  ].join('\n');
  const { stdout } = await execFileAsync('/usr/bin/python3', ['-c', script, ...files]);
  return JSON.parse(stdout);
}

// The schema is needed by the credential test only: the page test (which packaging/screenshots.sh
// runs alone) does without it.
function schemaValidator() {
  if (!existsSync(schemaFile)) {
    throw new Error(`1EdTech's Open Badges 3.0 schema is missing: expected ${schemaFile} ` +
      '(standards/ in the shared folder beside the repository)');
  }
  // Strict, but the schema's @context tuple is 1EdTech's to write: its authoring warning is off.
  const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

before(async () => {
  startedAt = Date.now();
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

test('every badge credential verifies with jose and validates against 1EdTech\'s schema',
  async () => {
    const validateCredential = schemaValidator();
    const checked = { credentials: 0, statusBits: 0, assertions: 0, baked: 0 };
    for (const [loginId, expected] of Object.entries(holders)) {
      const token = await signIn(loginId);
      const me = await fetchJson(`${server.baseUrl}/api/v1/me`, { token });
      const email = me.email.toLowerCase();
      const badges = (await fetchJson(`${server.baseUrl}/api/v1/me/badges`, { token })).items;
      const ids = badges.map((b) => b.id).sort();
      assert.deepEqual(ids,
        [...expected.valid, ...expected.expired, ...expected.revoked].sort(),
        `${loginId}'s badges`);

      for (const badge of badges) {
        const where = `${loginId} ${badge.id}`;
        const state = expected.revoked.includes(badge.id) ? 'revoked'
          : expected.expired.includes(badge.id) ? 'expired' : 'valid';
        assert.equal(badge.status, state, `${where}: status`);

        const response = await fetchOk(
          `${server.baseUrl}/api/v1/me/badges/${badge.id}/credential`,
          { headers: { Authorization: `Bearer ${token}` } });
        assert.match(response.headers['content-type'], /^application\/vc\+jwt/);
        const jwt = response.body.toString('ascii').trim();
        assert.equal(jwt.split('.').length, 3, `${where}: a compact JWS`);
        const key = await keyOf(jwt);

        // jose verifies the signature and the registered claims with no tolerance.
        const decoded = jose.decodeJwt(jwt);
        let verified;
        if (state === 'expired') {
          await assert.rejects(verifyAt(jwt, key, serverClock()), { code: 'ERR_JWT_EXPIRED' },
            `${where}: expired at the server's time`);
          await assert.rejects(jose.jwtVerify(jwt, key, { algorithms: ['RS256'], typ: 'JWT' }),
            { code: 'ERR_JWT_EXPIRED' }, `${where}: jose refuses it now`);
          // Inside its validity the same signature and claims are good.
          verified = await verifyAt(jwt, key, new Date((decoded.nbf + 86400) * 1000));
          // And a second too late is too late.
          await assert.rejects(verifyAt(jwt, key, new Date((decoded.exp + 1) * 1000)),
            { code: 'ERR_JWT_EXPIRED' });
        } else {
          verified = await verifyAt(jwt, key, serverClock());
          await assert.rejects(verifyAt(jwt, key, new Date((decoded.nbf - 1) * 1000)),
            { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'nbf' },
            `${where}: not valid a second before validFrom`);
        }
        assert.equal(verified.protectedHeader.typ, 'JWT');
        const vc = verified.payload;

        // The registered claims mirror the credential (Open Badges 3.0, VC-JWT).
        assert.equal(vc.iss, vc.issuer.id, `${where}: iss`);
        assert.equal(vc.iss, `${server.baseUrl}/issuer`);
        assert.equal(vc.jti, vc.id, `${where}: jti`);
        assert.equal(vc.sub, vc.credentialSubject.id, `${where}: sub`);
        assert.equal(vc.nbf, Date.parse(vc.validFrom) / 1000, `${where}: nbf`);
        assert.ok(vc.validUntil, `${where}: has validUntil`);
        assert.equal(vc.exp, Date.parse(vc.validUntil) / 1000, `${where}: exp`);
        assert.ok(vc.type.includes('OpenBadgeCredential'));
        assert.equal(vc.name, badge.name);
        assert.equal(vc.validFrom, `${badge.issuedOn}T00:00:00Z`);
        assert.equal(vc.validUntil, `${badge.expires}T23:59:59Z`);

        // 1EdTech's JSON Schema, by ajv.
        const valid = validateCredential(vc);
        assert.ok(valid, `${where} fails 1EdTech's schema:\n` +
          JSON.stringify(validateCredential.errors, null, 2));
        // The schema bites: the same payload with its contexts swapped, or no issuer, fails.
        const swapped = { ...vc, '@context': [...vc['@context']].reverse() };
        const { issuer: _issuer, ...anonymous } = vc;
        assert.equal(validateCredential(swapped), false, `${where}: swapped @context fails`);
        assert.equal(validateCredential(anonymous), false, `${where}: no issuer fails`);

        // The recipient: a salted SHA-256 of the holder's email.
        const [identity] = vc.credentialSubject.identifier;
        assert.equal(identity.type, 'IdentityObject');
        assert.equal(identity.identityType, 'emailAddress');
        assert.equal(identity.hashed, true);
        assert.equal(identity.identityHash, identityHash(email, identity.salt));

        // The revocation list, itself a VC-JWT, read with Node's zlib.
        const status = vc.credentialStatus;
        assert.equal(status.type, 'BitstringStatusListEntry');
        assert.equal(status.statusPurpose, 'revocation');
        assert.equal(status.id, `${status.statusListCredential}#${status.statusListIndex}`);
        // Fetched afresh: a badge's credential is issued (and its index given) when first listed.
        const listJwt = (await fetchOk(status.statusListCredential)).body.toString('ascii').trim();
        const list = (await verifyAt(listJwt, await keyOf(listJwt), serverClock())).payload;
        assert.equal(list.id, status.statusListCredential);
        assert.equal(list.jti, list.id);
        assert.equal(list.iss, list.issuer);
        assert.equal(list.iss, vc.issuer.id);
        assert.ok(list.type.includes('BitstringStatusListCredential'));
        assert.equal(list.credentialSubject.type, 'BitstringStatusList');
        assert.equal(list.credentialSubject.statusPurpose, 'revocation');
        const bit = statusBit(list.credentialSubject.encodedList, Number(status.statusListIndex));
        assert.equal(bit, state === 'revoked' ? 1 : 0, `${where}: revocation bit`);
        checked.statusBits += 1;

        // The hosted 2.0 Assertion, its BadgeClass and Issuer, each at its own id.
        const assertionUrl = `${server.baseUrl}/badges/${badge.id}`;
        assert.equal(badge.assertionUrl, assertionUrl);
        const assertion = await fetchJson(assertionUrl, { accept: 'application/ld+json' });
        assert.equal(assertion['@context'], 'https://w3id.org/openbadges/v2');
        assert.equal(assertion.type, 'Assertion');
        assert.equal(assertion.id, assertionUrl);
        assert.deepEqual(assertion.verification, { type: 'hosted' });
        assert.equal(assertion.recipient.type, 'email');
        assert.equal(assertion.recipient.hashed, true);
        assert.match(assertion.recipient.salt, /^[0-9a-f]{16,}$/);
        assert.equal(assertion.recipient.identity, identityHash(email, assertion.recipient.salt));
        assert.equal(assertion.issuedOn, vc.validFrom);
        assert.equal(assertion.expires, vc.validUntil);
        assert.equal(assertion.revoked === true, state === 'revoked', `${where}: revoked`);
        if (state === 'revoked') assert.ok(assertion.revocationReason);
        assert.equal(assertion.badge, vc.credentialSubject.achievement.id);

        const badgeClass = await fetchJson(assertion.badge, { accept: 'application/ld+json' });
        assert.equal(badgeClass.type, 'BadgeClass');
        assert.equal(badgeClass.id, assertion.badge);
        assert.equal(badgeClass.name, vc.credentialSubject.achievement.name);
        assert.ok(badgeClass.criteria.narrative);
        const issuer = await fetchJson(badgeClass.issuer, { accept: 'application/ld+json' });
        assert.equal(issuer.type, 'Issuer');
        assert.equal(issuer.id, badgeClass.issuer);
        assert.equal(issuer.id, vc.issuer.id);
        assert.equal(issuer.name, vc.issuer.name);
        checked.assertions += 1;

        // Baked PNGs, read back by Pillow; a revoked badge is not baked.
        const bakedUrl = `${server.baseUrl}/api/v1/me/badges/${badge.id}/baked.png`;
        const auth = { headers: { Authorization: `Bearer ${token}` } };
        if (state === 'revoked') {
          assert.equal((await fetchRaw(bakedUrl, auth)).status, 410);
          assert.equal((await fetchRaw(`${bakedUrl}?version=2`, auth)).status, 410);
        } else {
          const folder = mkdtempSync(join(tmpdir(), 'certtrack-baked-'));
          try {
            const v3 = join(folder, 'v3.png');
            const v2 = join(folder, 'v2.png');
            const png3 = await fetchOk(bakedUrl, auth);
            const png2 = await fetchOk(`${bakedUrl}?version=2`, auth);
            assert.equal(png3.headers['content-type'], 'image/png');
            writeFileSync(v3, png3.body);
            writeFileSync(v2, png2.body);
            const read = await pngTexts([v3, v2]);
            assert.equal(read[v3].format, 'PNG');
            assert.equal(read[v3].size[1], 600, 'rasterised 600 px high');
            assert.equal(read[v3].text.openbadgecredential, jwt);
            assert.equal(read[v3].text.openbadges, undefined);
            assert.deepEqual(JSON.parse(read[v2].text.openbadges), assertion);
            assert.equal(read[v2].text.openbadgecredential, undefined);
            checked.baked += 1;
          } finally {
            rmSync(folder, { recursive: true, force: true });
          }
        }
        checked.credentials += 1;
      }
    }
    assert.equal(checked.credentials, expectedCredentials, 'every credential was checked');
    assert.equal(checked.statusBits, expectedCredentials);
    assert.equal(checked.assertions, expectedCredentials);
    assert.equal(checked.baked, expectedCredentials - 1, 'all but the revoked one baked');
  });

test('the public badge page shows the holder; a private one shows nothing of her', async () => {
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1000, height: 640 }, javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const issuer = await fetchJson(`${server.baseUrl}/issuer`, { accept: 'application/ld+json' });
    const assertion = await fetchJson(`${server.baseUrl}/badges/bdg-10000000-ccna`,
      { accept: 'application/ld+json' });
    const badgeClass = await fetchJson(assertion.badge, { accept: 'application/ld+json' });

    const response = await page.goto(`${server.baseUrl}/badges/bdg-10000000-ccna`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/html/);
    assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('h1').innerText(), badgeClass.name);
    assert.equal(await page.locator('.holder strong').innerText(), 'John Doe');
    assert.match(await page.locator('.status').innerText(),
      /^Valid, as checked at November 2, 2026 at 09:0\d UTC$/);
    const text = await page.locator('main').innerText();
    assert.ok(text.includes(issuer.name), `the page names the issuer ${issuer.name}`);
    assert.ok(await page.locator('.art svg').isVisible(), 'the artwork shows');
    await page.screenshot({ path: join(artifactDir(), 'badge-public.png'), fullPage: true });

    // Accepted but private: 404, and nothing of Amira Haddad, as a page or as JSON-LD.
    const hidden = await page.goto(`${server.baseUrl}/badges/bdg-10000001-ccna`);
    assert.equal(hidden.status(), 404);
    const html = await page.content();
    assert.doesNotMatch(html, /Amira|Haddad/);
    assert.equal(await page.locator('h1').innerText(), 'No such badge');
    const json = await fetchRaw(`${server.baseUrl}/badges/bdg-10000001-ccna`,
      { headers: { Accept: 'application/ld+json' } });
    assert.equal(json.status, 404);
    assert.doesNotMatch(json.body.toString('utf8'), /Amira|Haddad|amira/i);
  } finally {
    await browser.close();
  }
});
