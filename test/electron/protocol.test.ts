/** The app:// handler: serves dist/renderer at app://veldwerk/ and nothing else. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../electron/csp';
import { createAppProtocolHandler, resolveAppPath } from '../../electron/protocol';

let root: string;
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'veldwerk-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Veldwerk</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'find-worker-D5C31BbP.js'), 'self.onmessage = () => {};');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // A secret next to the renderer folder: nothing may reach it.
  writeFileSync(path.join(base, 'secret.txt'), 'geheim');
  handle = createAppProtocolHandler({ rootDir: root });
});

const get = (url: string, method = 'GET') => handle({ url, method });

describe('app:// protocol handler', () => {
  it("serves index.html for '/' with the HTML type and the CSP", async () => {
    const response = await get('app://veldwerk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Veldwerk</title>');
  });

  it.each([
    ['app://veldwerk/index.html', 'text/html; charset=utf-8'],
    ['app://veldwerk/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://veldwerk/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://veldwerk/assets/font.woff2', 'font/woff2'],
    ['app://veldwerk/assets/logo.svg', 'image/svg+xml'],
    ['app://veldwerk/assets/index-abc.js?v=1#x', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it("serves the export's search worker (a module worker, named as Vite builds it) as JavaScript", async () => {
    // Chromium refuses a worker script of any other type; nosniff forbids guessing.
    const response = await get('app://veldwerk/assets/find-worker-D5C31BbP.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The worker runs under the CSP sent with its own script: the app's, which lets it import the app's files.
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await response.text()).toBe('self.onmessage = () => {};');
  });

  it('answers 404 (with the CSP) for a file that does not exist, and for a folder', async () => {
    for (const url of ['app://veldwerk/nope.js', 'app://veldwerk/studies/3', 'app://veldwerk/assets/']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    }
  });

  it.each([
    'app://veldwerk/../secret.txt',
    'app://veldwerk/assets/../../secret.txt',
    'app://veldwerk/%2e%2e/secret.txt',
    'app://veldwerk/%2E%2E/secret.txt',
    'app://veldwerk/.%2e/secret.txt',
    'app://veldwerk/assets/..%2f..%2fsecret.txt',
    'app://veldwerk/..%5c..%5csecret.txt',
    'app://veldwerk/..\\secret.txt',
    'app://veldwerk/assets%5c..%5c..%5csecret.txt',
    'app://veldwerk/C:/Windows/win.ini',
    'app://veldwerk/%00index.html',
  ])('refuses path traversal: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('geheim');
  });

  it.each([
    'app://other/index.html',
    'app://veldwerk.evil/index.html',
    'app://veldwerk:8080/index.html',
    'app://user@veldwerk/index.html',
    'https://veldwerk/index.html',
    'file:///etc/passwd',
  ])('refuses other hosts and schemes: %s', async (url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('answers 400 for malformed percent-encoding', async () => {
    expect((await get('app://veldwerk/%E0%A4%A')).status).toBe(400);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://veldwerk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://veldwerk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('works with a real Request object (what protocol.handle passes)', async () => {
    const response = await handle(new Request('app://veldwerk/assets/index-abc.js'));
    expect(response.status).toBe(200);
  });

  it('resolves only to files inside the root', () => {
    expect(resolveAppPath('app://veldwerk/assets/index-abc.js', root)).toEqual({
      file: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppPath('app://veldwerk', root)).toEqual({ file: path.join(root, 'index.html') });
  });

  it('uses the injected reader and turns other read errors into 500', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      readFile: () => Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })),
    });
    expect((await failing({ url: 'app://veldwerk/index.html' })).status).toBe(500);
  });
});
