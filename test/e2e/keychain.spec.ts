/**
 * Unlocking through the OS keychain in the desktop app. Electron cannot run here: a
 * stand-in for main answers the bridge in the page, keeping the "sealed" data key in the
 * page's localStorage as electron/keychain.ts keeps it in the data folder (that module's own
 * tests run it on real files). The researcher turns the choice on with its explanation, a
 * new start opens without typing, a lock still asks for the passphrase, turning it off
 * makes the next start ask again.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

const PASSPHRASE = 'een lange zin voor de sleutelhanger';
const CHOICE = 'Op deze computer ontgrendelen zonder wachtwoord (sleutelhanger van het systeem)';

async function standInForMain(page: Page) {
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const KEPT = 'e2e:keychain-stand-in';
    Object.defineProperty(window, 'veldwerk', {
      value: {
        'file:save': () => ok({ status: 'cancelled' }),
        'page:printToPdf': () => ok({ status: 'cancelled' }),
        'app:info': () => ok({ version: '0.1.0', platform: 'linux' }),
        'menu:set': () => ok(null),
        'menu:command': () => () => undefined,
        'recording:microphone': () => ok(null),
        'backups:write': () => ok({ location: '/x', chosen: null, removed: 0 }),
        'backups:list': () => ok({ app: [], chosen: null }),
        'backups:read': () => ok(new Uint8Array()),
        'backups:chooseFolder': () => ok({ status: 'cancelled' }),
        'backups:forgetFolder': () => ok(null),
        'keychain:available': () => ok({ available: true }),
        'keychain:store': ({ dataKey }: { dataKey: Uint8Array }) => {
          localStorage.setItem(KEPT, JSON.stringify(Array.from(dataKey)));
          return ok(true);
        },
        'keychain:load': () => {
          const kept = localStorage.getItem(KEPT);
          return ok(kept === null ? null : new Uint8Array(JSON.parse(kept) as number[]));
        },
        'keychain:forget': () => {
          localStorage.removeItem(KEPT);
          return ok(null);
        },
      },
    });
  });
}

async function expectAccessible(page: Page, screen: string, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? builder.include(within) : builder).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `accessibility problems on ${screen}`,
  ).toEqual([]);
}

async function setUpEncryption(page: Page) {
  await page.goto('/');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Wachtwoord nog eens').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Versleuteling instellen' }).click();
  await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await new AppPage(page).waitUntilReady();
}

const unlockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Veldwerk ontgrendelen' });
const openData = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click();

test('a trusted computer unlocks through the keychain without typing; a lock and turning it off ask for the passphrase', async ({
  page,
  context,
}) => {
  await standInForMain(page);
  await setUpEncryption(page);
  await openData(page);
  const choice = page.getByRole('checkbox', { name: CHOICE });
  await expect(choice).not.toBeChecked();
  // The trade-off is said beside the choice, before it is made.
  await expect(page.getByRole('group', { name: 'Ontgrendelen op deze computer' })).toContainText(
    'wie zich op deze computer als u kan aanmelden, kan Veldwerk openen zonder wachtwoord',
  );
  await choice.click();
  await expect(page.getByText('Veldwerk gaat op deze computer voortaan open zonder wachtwoord.')).toBeVisible();
  await expect(choice).toBeChecked();
  await expectAccessible(page, 'the Gegevens page with the keychain choice', 'main');

  // A new start (a new window: nothing of this one's session) opens without the passphrase.
  const next = await context.newPage();
  await standInForMain(next);
  await next.goto('/');
  await expect(next.locator('body[data-ready="true"]')).toHaveCount(1);
  await expect(unlockHeading(next)).toHaveCount(0);
  await openData(next);
  await expect(next.getByRole('checkbox', { name: CHOICE })).toBeChecked();

  // Locking means locked: the passphrase opens it, even with the keychain chosen.
  await next.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await expect(unlockHeading(next)).toBeVisible();
  await expect(next.getByRole('status')).toContainText('Veldwerk is vergrendeld');
  await expectAccessible(next, 'the unlock screen after a lock with the keychain chosen');
  await next.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await next.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(next.locator('body[data-ready="true"]')).toHaveCount(1);

  // Turned off: the key is forgotten and the next start asks for the passphrase.
  await openData(next);
  await next.getByRole('checkbox', { name: CHOICE }).click();
  await expect(next.getByText('De sleutel is uit de sleutelhanger verwijderd.')).toBeVisible();
  expect(await next.evaluate(() => localStorage.getItem('e2e:keychain-stand-in'))).toBeNull();
  const third = await context.newPage();
  await standInForMain(third);
  await third.goto('/');
  await expect(unlockHeading(third)).toBeVisible();
  await expect(third.getByLabel('Wachtwoord')).toBeVisible();
});

test('the browser build does not offer the keychain', async ({ page }) => {
  await setUpEncryption(page);
  await openData(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Versleuteling' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nu vergrendelen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: CHOICE })).toHaveCount(0);
});
