// The response validator (openapi-responses.mjs) catches drift: a body that breaks its schema,
// a status or media type the contract does not list, and a request outside every route that
// succeeds; a valid answer passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const spec = join(here, '..', '..', 'server', 'openapi.yaml');

function validate(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'certtrack-responses-'));
  try {
    writeFileSync(join(dir, 'probe.jsonl'), entries.map((e) => JSON.stringify({ test: 'probe', ...e })).join('\n') + '\n');
    try {
      return { status: 0, out: execFileSync(process.execPath, [join(here, 'openapi-responses.mjs'), spec, dir, 'probe'], { encoding: 'utf8' }) };
    } catch (error) {
      return { status: error.status, out: error.stdout };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const json = 'application/json';
const problem = 'application/problem+json';

test('valid answers pass', () => {
  const result = validate([
    { method: 'GET', path: '/healthz', status: 200, contentType: json, body: '{"status":"ok"}' },
    { method: 'GET', path: '/nowhere', status: 404, contentType: problem, body: '{"type":"about:blank","title":"Not Found","status":404}' },
  ]);
  assert.equal(result.status, 0, result.out);
  assert.match(result.out, /2 answers valid/);
});

test('drift is caught, each kind named', () => {
  const result = validate([
    { method: 'GET', path: '/healthz', status: 200, contentType: json, body: '{"status":"fine"}' },
    { method: 'GET', path: '/healthz', status: 418, contentType: json, body: '{}' },
    { method: 'GET', path: '/healthz', status: 200, contentType: 'text/plain', body: 'ok' },
    { method: 'GET', path: '/nowhere', status: 200, contentType: json, body: '{}' },
    { method: 'GET', path: '/healthz', status: 200, contentType: json, body: '{"status":' },
  ]);
  assert.equal(result.status, 1);
  assert.match(result.out, /5 invalid/);
  assert.match(result.out, /does not match .*healthz.*must be equal to constant/);
  assert.match(result.out, /status not documented/);
  assert.match(result.out, /media type not documented/);
  assert.match(result.out, /outside every documented route succeeded/);
  assert.match(result.out, /body is not JSON/);
});

test('a test program that logged nothing fails the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certtrack-responses-'));
  try {
    assert.throws(() => execFileSync(process.execPath, [join(here, 'openapi-responses.mjs'), spec, dir, 'absent'], { encoding: 'utf8' }),
      (error) => error.status === 1 && /no responses logged/.test(error.stdout));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
