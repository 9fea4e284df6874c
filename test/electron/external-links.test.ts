/** openExternalSafely: the one door to the outside world. */
import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../electron/external-links';

function fakeShell() {
  return { openExternal: vi.fn((_url: string) => Promise.resolve()) };
}

describe('openExternalSafely', () => {
  it.each([
    ['https://www.uu.nl/onderzoek', 'https://www.uu.nl/onderzoek'],
    ['HTTPS://Example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['mailto:onderzoeker@example.org?subject=Interview', 'mailto:onderzoeker@example.org?subject=Interview'],
  ])('opens %s', async (url, opened) => {
    const shell = fakeShell();
    expect(await openExternalSafely(url, shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(opened);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    '\\\\server\\share\\evil.exe',
    '\\\\?\\C:\\evil.exe',
    '//server/share',
    'https:\\\\evil.example\\x',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'http://example.org',
    'ftp://example.org/file',
    'smb://server/share',
    'app://veldwerk/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.org/',
    'https://',
    'relative/path',
    '',
  ])('refuses %j', async (url) => {
    const shell = fakeShell();
    expect(await openExternalSafely(url, shell)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses non-strings', async () => {
    const shell = fakeShell();
    for (const value of [undefined, null, 42, { toString: () => 'https://example.org' }]) {
      expect(await openExternalSafely(value, shell)).toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('does not throw when the OS cannot open the link', async () => {
    const shell = { openExternal: () => Promise.reject(new Error('no handler')) };
    expect(await openExternalSafely('https://example.org', shell)).toBe(false);
  });

  it('hands the OS the normalised URL it checked, not the raw text', () => {
    expect(safeExternalUrl('https://EXAMPLE.org/%7Ea')).toBe('https://example.org/%7Ea');
  });
});
