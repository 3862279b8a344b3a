import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import type { ThreadRecord } from '../../scripts/records/types.ts';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { expectIndexMatchesPages } from '../helpers/indexed-words.ts';
import { buildArchive, type BuiltArchive } from '../helpers/cli.ts';
import { threadRecord } from '../helpers/thread-records.ts';

describe('the sample dump, built and served', () => {
  let archive: BuiltArchive;
  let server: StaticServer;
  let browser: Browser;
  let thread: ThreadRecord;

  beforeAll(async () => {
    archive = buildArchive();
    server = await startServer({ dir: archive.out });
    browser = await launchBrowser();
    thread = threadRecord(archive.records, 'dcd7bb5245801141');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the build prints a summary with the counts', () => {
    expect(archive.run.stdout).toMatch(/1 forum, 1 thread, 11 posts, 0 rejected files/);
    expect(archive.run.stdout).toMatch(/\d+ pages?, \d+ files, [\d.]+ [KM]?B/);
    expect(existsSync(join(archive.out, 'pagefind', 'pagefind.js'))).toBe(true);
    // Pagefind's ready-made UIs are not used: the build leaves them out of the bundle.
    expect(existsSync(join(archive.out, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  test('a reader goes from home to the forum to the thread and sees every post', async () => {
    const page = await browser.newPage();
    const seen = watchPage(page);
    await page.goto(server.url);
    await page
      .getByRole('main')
      .getByRole('link', { name: 'U.S.S.R. and communism historical discussion.' })
      .click();
    await page.waitForURL(/\/f\/[^/]+\/(index\.html)?$/);
    await page.getByRole('main').getByRole('link', { name: 'Question concerning Stalin' }).click();
    await page.waitForURL(/\/t\/dc\/dcd7bb5245801141-[^/]+\/(index\.html)?$/);

    expect(await page.locator('h1').textContent()).toContain('Question concerning Stalin');
    const posts = page.locator('article[id^="p"]');
    expect(await posts.count()).toBe(thread.posts.length);
    expect(await page.locator('#p10 time').getAttribute('datetime')).toBe('2015-12-07T19:00');
    expect((await page.locator('#p9').textContent()) ?? '').toContain('irremovable');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('searching a word only the 01 Aug 2015 post has leads to that thread', async () => {
    const page = await browser.newPage();
    const seen = watchPage(page);
    await page.goto(new URL('search/', server.url).href);
    await page.getByRole('searchbox').fill('irremovable');
    const result = page.locator('main a[href*="/t/dc/dcd7bb5245801141-"]').first();
    await result.waitFor();
    await result.click();
    await page.waitForURL(/\/t\/dc\/dcd7bb5245801141-/);
    expect(await page.locator('#p9').textContent()).toContain('irremovable');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('search indexes exactly the words each thread page shows in its posts', () => {
    expectIndexMatchesPages(archive.out);
  });
});
