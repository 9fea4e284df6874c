/**
 * Another window upgrades the database (a newer Veldwerk, or a second tab of one): the
 * old window lets go of its connection, says so, and writes nothing into the newer
 * database; after a reload it refuses the newer data as any start-up would.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

interface DatabaseShape {
  version: number;
  stores: string[];
  studies: number;
}

/** Opens the database as a newer schema would: one version up, with a store of its own. */
function upgradeFromOtherWindow(page: Page): Promise<DatabaseShape> {
  return page.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'veldwerk')!.version!;
    return new Promise<DatabaseShape>((resolve, reject) => {
      const request = indexedDB.open('veldwerk', current + 10);
      request.onupgradeneeded = () => request.result.createObjectStore('fromANewerVeldwerk', { keyPath: 'id' });
      request.onblocked = () => reject(new Error('the old window kept the database blocked'));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const count = db.transaction('studies').objectStore('studies').count();
        count.onsuccess = () => {
          resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), studies: count.result });
          db.close();
        };
      };
    });
  });
}

function shapeOf(page: Page): Promise<DatabaseShape> {
  return page.evaluate(
    () =>
      new Promise<DatabaseShape>((resolve, reject) => {
        // No version: opens whatever is there without upgrading it.
        const request = indexedDB.open('veldwerk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('studies').objectStore('studies').count();
          count.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), studies: count.result });
            db.close();
          };
        };
      }),
  );
}

test('an old window closes its connection when a newer schema opens, asks to reload and writes nothing', async ({
  page,
  context,
  baseURL,
}) => {
  const app = new AppPage(page);
  await app.open(baseURL!);
  await app.goToStudy();

  // The other window is on the same origin; it need not run the app to upgrade the data.
  const other = await context.newPage();
  await other.goto(`${baseURL!}/robots-not-here.txt`);
  const newer = await upgradeFromOtherWindow(other);
  expect(newer.stores).toContain('fromANewerVeldwerk');

  const dialog = page.getByRole('alertdialog', { name: 'Veldwerk is in een ander venster geopend' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Dit venster slaat niets meer op.');
  // Escape does not hide it: behind it nothing would be saved any more.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  // The old window has not reopened the database behind the newer schema's back.
  expect(await shapeOf(other)).toEqual(newer);

  await dialog.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('alert')).toContainText('nieuwere versie van Veldwerk');
  expect(await shapeOf(other)).toEqual(newer);
});
