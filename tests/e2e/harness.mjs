// Shared harness for browser tests of certtrackd's public pages: starts a real certtrackd with a
// certificate made for the run, and Debian's Chromium (through playwright-core) that trusts
// exactly that server's key — never all certificates.
import { spawn, execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const execFileAsync = promisify(execFile);

export const certtrackd = process.env.CERTTRACKD || 'certtrackd';
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const defaultNow = '2026-11-02T09:00:00Z';

// Where screenshots go: CERTTRACK_ARTIFACT_DIR (packaging/screenshots.sh takes
// transcript-public.png from there into docs/screenshots), else a folder of the build.
export function artifactDir() {
  const dir = process.env.CERTTRACK_ARTIFACT_DIR || join(process.cwd(), 'artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}

// Starts certtrackd on 127.0.0.1 with a fresh database; resolves once it listens.
export async function startServer({ now = defaultNow, seed = 'demo', args = [], dir } = {}) {
  const home = dir || mkdtempSync(join(tmpdir(), 'certtrack-e2e-'));
  const serverArgs = ['--listen', '127.0.0.1:0', '--database', join(home, 'certtrack.sqlite'),
    '--self-signed', join(home, 'tls'), '--outbox', join(home, 'outbox'), '--now', now];
  if (seed) serverArgs.push('--seed', seed);
  serverArgs.push(...args);
  const child = spawn(certtrackd, serverArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const baseUrl = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`certtrackd did not start: ${stderr}`)), 20000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^certtrackd listening on (https:\/\/\S+)$/m.exec(stdout);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`certtrackd exited with ${code}: ${stderr}`));
    });
  });
  const caFile = join(home, 'tls', 'ca.pem');
  const leafFile = join(home, 'tls', 'server.pem');
  return {
    baseUrl,
    dir: home,
    caFile,
    leafFile,
    outbox: join(home, 'outbox'),
    database: join(home, 'certtrack.sqlite'),
    // Runs `certtrackd admin --database DB ARGS...` on this server's database.
    async admin(...adminArgs) {
      const { stdout } = await execFileAsync(certtrackd,
        ['admin', '--database', join(home, 'certtrack.sqlite'), ...adminArgs]);
      return stdout;
    },
    async stop({ keep = false } = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!keep && !dir) rmSync(home, { recursive: true, force: true });
    },
  };
}

// base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo: what Chromium's
// --ignore-certificate-errors-spki-list takes to trust exactly this key.
export function spkiHash(pemFile) {
  const certificate = new X509Certificate(readFileSync(pemFile));
  const spki = certificate.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

// Launches Debian's Chromium headless with a fresh profile, trusting the given server keys.
export async function launchBrowser({ trust = [] } = {}) {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  if (trust.length) args.push(`--ignore-certificate-errors-spki-list=${trust.join(',')}`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args });
}

// Everything a test usually wants: a server, a browser trusting it, a page; close() ends all.
export async function openSession(serverOptions = {}) {
  const server = await startServer(serverOptions);
  const browser = await launchBrowser({ trust: [spkiHash(server.leafFile)] });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
