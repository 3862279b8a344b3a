import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { buildArchive, tempDir } from '../helpers/cli.ts';
import { reindexAsTwoBundles } from './search-shards.ts';
import { PAGE_DATES_FILE } from '../../src/utils/page-dates.ts';
import { PAGE_TWO_PHRASE, QUOTED_PHRASE, TITLE_WORD, writeSearchDump } from './search-dump.ts';

/** The result list's thread links, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('ol.results > li h2').allTextContents();
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('[role="status"]', { hasText: `“${query}”` }).waitFor();
}

for (const variant of [
  { name: 'at the root', base: '/', args: [] as string[] },
  {
    name: 'under --base /sub/ with two merged bundles',
    base: '/sub/',
    args: ['--base', '/sub/'],
  },
]) {
  describe(`search ${variant.name}`, () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      const dump = join(tempDir('search-dump'), 'dump');
      writeSearchDump(dump);
      const archive = buildArchive([dump, ...variant.args]);
      if (variant.base !== '/') await reindexAsTwoBundles(archive.out);
      server = await startServer({ dir: archive.out, base: variant.base });
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const searchPage = (query = '') => new URL(`search/${query}`, server.url).href;

    test('should open page 2 of a long thread at the post with the phrase, terms highlighted', async () => {
      const page = await browser.newPage();
      const seen = watchPage(page);
      await page.goto(searchPage());
      await search(page, PAGE_TWO_PHRASE);
      const link = page.locator('ol.results .posts a').first();
      expect(await link.textContent()).toMatch(/^#57 · /);
      await link.click();
      await page.waitForURL((url) => url.pathname.endsWith('/2/') && url.hash === '#p57');
      expect(new URL(page.url()).pathname.startsWith(variant.base)).toBe(true);
      const marks = page.locator('#p57 mark');
      await marks.first().waitFor();
      expect(await marks.allTextContents()).toEqual(PAGE_TWO_PHRASE.split(' '));
      expect(await page.locator('article mark').count()).toBe(3);
      expect(await marks.first().isVisible()).toBe(true);
      const box = await marks.first().boundingBox();
      const viewport = page.viewportSize()!;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(viewport.height);
      expect(seen.errors).toEqual([]);
      await page.close();
    });

    test('should narrow the results to one forum with the forum facet, counts shown', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage());
      await search(page, 'boats');
      const all = await resultTitles(page);
      expect(all).toContain('Lighthouse keepers of the coast');
      const garden = page.getByRole('checkbox', { name: /^Garden Chat/ });
      expect(await garden.locator('..').textContent()).toMatch(/Garden Chat\s*2$/);
      await garden.check();
      await page.waitForURL(/[?&]forum=Garden\+Chat/);
      await page.locator('[role="status"]', { hasText: '2 matching thread pages' }).waitFor();
      const narrowed = await resultTitles(page);
      expect(narrowed.sort()).toEqual(['Boats in the garden pond', 'Kettles']);
      for (const meta of await page.locator('ol.results > li > .meta').allTextContents()) {
        expect(meta).toMatch(/^Garden Chat/);
      }
      await page.close();
    });

    test("should search only a forum's threads from the search box on the forum's page", async () => {
      const page = await browser.newPage();
      const seen = watchPage(page);
      await page.goto(new URL('index.html', server.url).href);
      await page.getByRole('main').getByRole('link', { name: 'Garden Chat' }).first().click();
      const box = page.getByRole('searchbox', { name: 'Search this forum' });
      await box.fill('boats');
      await box.press('Enter');
      await page.waitForURL(/\/search\/(index\.html)?\?q=boats&forum=Garden\+Chat$/);
      await page.locator('[role="status"]', { hasText: '2 matching thread pages' }).waitFor();
      expect((await resultTitles(page)).sort()).toEqual(['Boats in the garden pond', 'Kettles']);
      expect(await page.getByRole('checkbox', { name: /^Garden Chat/ }).isChecked()).toBe(true);
      expect(seen.errors).toEqual([]);
      await page.close();
    });

    test('should restore a search with filters and sort from the URL after a reload', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage('?q=boats&year=2015&sort=oldest'));
      await page.locator('ol.results > li').first().waitFor();
      expect(await page.getByRole('searchbox').inputValue()).toBe('boats');
      expect(await page.getByRole('combobox', { name: 'Sort' }).inputValue()).toBe('oldest');
      expect(await page.getByRole('checkbox', { name: /^2015/ }).isChecked()).toBe(true);
      // Only the 2015 posts of the long thread: 30–60, which start on page 1 and go on on page 2.
      const dates = await page.locator('ol.results .posts a').allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      for (const text of dates) expect(text).toMatch(/ 2015, /);
      await page.reload();
      await page.locator('ol.results > li').first().waitFor();
      expect(await page.getByRole('searchbox').inputValue()).toBe('boats');
      expect(await page.locator('ol.results .posts a').allTextContents()).toEqual(dates);
      await page.close();
    });

    test('should list thread pages oldest first in the reverse order of newest first', async () => {
      const page = await browser.newPage();
      const dateFiles: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith(PAGE_DATES_FILE)) dateFiles.push(response.status());
      });
      const pagesIn = async (sort: string) => {
        await page.goto(searchPage(`?q=boats&sort=${sort}`));
        await page.locator('[role="status"]', { hasText: '“boats”' }).waitFor();
        while (await page.locator('button.more').isVisible()) {
          await page.locator('button.more').click();
        }
        return page
          .locator('ol.results > li h2 a')
          .evaluateAll((links) =>
            links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
          );
      };
      const oldest = await pagesIn('oldest');
      const newest = await pagesIn('newest');
      expect(oldest.length).toBeGreaterThan(3);
      expect(newest).toEqual([...oldest].reverse());
      // The long thread's page 1 holds its older posts, so it comes before its page 2.
      const lighthouse = (path: string) => path.includes('lighthouse');
      const first = oldest.findIndex((path) => lighthouse(path) && !path.endsWith('/2/'));
      const second = oldest.findIndex((path) => lighthouse(path) && path.endsWith('/2/'));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(second);
      // The CLI's bundles sort by their page dates file; the re-indexed ones (Pagefind's own,
      // without that file) by Pagefind's sort list.
      expect(dateFiles.length).toBeGreaterThan(0);
      expect(dateFiles.every((status) => status === (variant.base === '/' ? 200 : 404))).toBe(true);
      await page.close();
    });

    test('should go back and forward between committed searches', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage());
      await search(page, 'boats');
      // Typed, searched while typing (a draft that replaces itself), then committed with Enter.
      await page.getByRole('searchbox').fill(QUOTED_PHRASE);
      await page.locator('[role="status"]', { hasText: `“${QUOTED_PHRASE}”` }).waitFor();
      await page.getByRole('searchbox').press('Enter');
      expect(new URL(page.url()).searchParams.get('q')).toBe(QUOTED_PHRASE);
      await page.goBack();
      await page.locator('[role="status"]', { hasText: '“boats”' }).waitFor();
      expect(await page.getByRole('searchbox').inputValue()).toBe('boats');
      await page.goForward();
      await page.locator('[role="status"]', { hasText: `“${QUOTED_PHRASE}”` }).waitFor();
      expect(await page.getByRole('searchbox').inputValue()).toBe(QUOTED_PHRASE);
      await page.close();
    });

    test("should rank a post's own words above a quote of them, and a title above a body", async () => {
      const page = await browser.newPage();
      await page.goto(searchPage());
      await search(page, QUOTED_PHRASE);
      expect(await resultTitles(page)).toEqual(['Songs at dusk', 'Strange animals']);
      await search(page, TITLE_WORD);
      expect((await resultTitles(page))[0]).toBe(`The ${TITLE_WORD} question`);
      await page.close();
    });

    test('should focus the box on load, move through results with arrows and open with Enter', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage('?q=boats'));
      await page.locator('ol.results > li').first().waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const second = page.locator('ol.results a.result-link').nth(1);
      expect(await second.evaluate((link) => link === document.activeElement)).toBe(true);
      const href = await second.getAttribute('href');
      await page.keyboard.press('Enter');
      await page.waitForURL(
        (url) => href !== null && url.href.endsWith(href.replace(/^.*\/t\//, '/t/')),
      );
      await page.close();
    });

    test('should say so when nothing matches', async () => {
      const page = await browser.newPage();
      await page.goto(searchPage());
      await search(page, 'xylophonequark');
      expect(await page.locator('[role="status"]').textContent()).toMatch(/^No thread pages match/);
      expect(await page.locator('ol.results > li').count()).toBe(0);
      await page.close();
    });

    test('should search on the page itself, without fetching Pagefind’s web worker', async () => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(searchPage());
      await search(page, 'lighthouse');
      expect(await page.locator('ol.results > li').count()).toBeGreaterThan(0);
      expect(requested.some((path) => path.endsWith('/pagefind.js'))).toBe(true);
      expect(requested.filter((path) => path.includes('worker'))).toEqual([]);
      await page.close();
    });

    test('should load Pagefind while the reader types, before the pause that starts a search', async () => {
      const page = await browser.newPage();
      await page.clock.install();
      await page.goto(searchPage());
      // Timers stand still: the search waits for a pause in typing that never comes.
      await page.clock.pauseAt(Date.now() + 60_000);
      const metadata = page.waitForRequest((request) => request.url().endsWith('.pf_meta'), {
        timeout: 10_000,
      });
      await page.getByRole('searchbox').pressSequentially('light');
      await metadata;
      expect(await page.locator('ol.results > li').count()).toBe(0);
      // Time runs again: the pause passes, and Pagefind, which polls with timers until its
      // WebAssembly is ready (50 ms sleeps), finishes loading. Running the clock on by a fixed
      // amount instead left the search waiting whenever loading took longer than that.
      await page.clock.resume();
      await page.locator('ol.results > li').first().waitFor();
      await page.close();
    });

    test('should load no script on a thread page without highlight terms beyond its own', async () => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(
        new URL('t/00/00000000000000a1-lighthouse-keepers-of-the-coast/2/', server.url).href,
      );
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
      await page.close();
    });
  });
}
