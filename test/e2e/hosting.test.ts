import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { buildArchive, runCli, type BuiltArchive } from '../helpers/cli.ts';
import type { ThreadRecord, ThreadSummary } from '../../scripts/records/types.ts';
import { threadPackName } from '../../scripts/records/index.ts';
import { startNginx, startPythonServer, type ChildServer } from './hosting-servers.ts';

const FORUM = 'U.S.S.R. and communism historical discussion.';
const THREAD = 'Question concerning Stalin';

/** Opens `url` and records every response that failed, so missing assets fail the test. */
async function open(browser: Browser, url: string) {
  const page = await browser.newPage();
  const seen = watchPage(page);
  const failed: string[] = [];
  /** The status of each response for a search pack (fragments and chunks, 32 to a file). */
  const packs: number[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    if (response.url().endsWith('.pf_pack')) packs.push(response.status());
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(url);
  return { page, seen, failed, packs };
}

/** Home → forum → thread by clicking, as a reader would; returns the thread page's URL. */
async function browseToThread(page: Page): Promise<string> {
  const main = page.getByRole('main');
  await main.getByRole('link', { name: FORUM, exact: true }).first().click();
  await page.waitForURL(/\/f\/[^/]+\/(index\.html)?$/);
  await main.getByRole('link', { name: THREAD }).first().click();
  await page.waitForURL(/\/t\/dc\/dcd7bb5245801141-[^/]+\/(index\.html)?$/);
  expect(await page.locator('h1').textContent()).toContain(THREAD);
  expect(await page.locator('article[id^="p"]').count()).toBe(11);
  // The stylesheet applied: the system font stack from global.css, not the browser default.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
    /system-ui/,
  );
  return page.url();
}

async function searchFinds(page: Page, word: string): Promise<void> {
  await page.getByRole('searchbox').fill(word);
  const result = page.locator('main a[href*="/t/dc/dcd7bb5245801141-"]').first();
  await result.waitFor();
  await result.click();
  await page.waitForURL(/\/t\/dc\/dcd7bb5245801141-/);
  expect(await page.locator('#p9').textContent()).toContain(word);
}

describe('one build hosted anywhere: nginx at / and /sub/, python, file://', () => {
  let archive: BuiltArchive;
  let nginx: ChildServer;
  let python: ChildServer;
  /** The same build under `/moved/`, a path it was not built for, and nowhere else. */
  let moved: ChildServer;
  let browser: Browser;

  beforeAll(async () => {
    archive = buildArchive(['--base', '/sub/', '--site', 'https://example.org/sub/']);
    [nginx, python, moved, browser] = await Promise.all([
      startNginx(archive.out),
      startPythonServer(archive.out),
      startPythonServer(archive.out, 'moved'),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    await python?.stop();
    await moved?.stop();
  });

  test('should let a reader browse and search under /sub/ on nginx with every asset found', async () => {
    const { page, seen, failed, packs } = await open(browser, `${nginx.origin}sub/`);
    const thread = await browseToThread(page);
    expect(thread.startsWith(`${nginx.origin}sub/t/`)).toBe(true);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await searchFinds(page, 'irremovable');
    // nginx answers ranges: the search read only parts of its packs.
    expect(packs.length).toBeGreaterThan(2);
    expect(new Set(packs)).toEqual(new Set([206]));
    expect(failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('should keep browsing working when the same build is served at / on nginx', async () => {
    const { page, seen, failed } = await open(browser, nginx.origin);
    const thread = await browseToThread(page);
    expect(thread.startsWith(`${nginx.origin}t/`)).toBe(true);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Home' })
      .click();
    await page.waitForURL(`${nginx.origin}index.html`);
    expect(failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('should answer a missing page under /sub/ with a styled 404 that links home', async () => {
    const { page, failed } = await open(browser, `${nginx.origin}sub/no/such/page/`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(failed).toEqual([`404 ${nginx.origin}sub/no/such/page/`]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /system-ui/,
    );
    await page.getByRole('main').getByRole('link', { name: 'list of forums' }).click();
    await page.waitForURL(`${nginx.origin}sub/`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  test('should let a reader browse and search under /sub/ on python -m http.server', async () => {
    const { page, seen, failed, packs } = await open(browser, `${python.origin}sub/`);
    await browseToThread(page);
    await page.goto(`${python.origin}sub/search/`);
    await searchFinds(page, 'irremovable');
    // Python ignores ranges and sends whole packs: the search still finds, from those.
    expect(packs.length).toBeGreaterThan(1);
    expect(new Set(packs)).toEqual(new Set([200]));
    expect(failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('should let a reader browse, search and see highlights under a path the build was not made for', async () => {
    const { page, seen, failed } = await open(browser, `${moved.origin}moved/`);
    await browseToThread(page);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(`${moved.origin}moved/search/index.html`);
    // The search page's own styles apply: the facets and results sit in a grid.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.search-body')!).display),
    ).toBe('grid');
    await searchFinds(page, 'irremovable');
    expect(page.url().startsWith(`${moved.origin}moved/t/`)).toBe(true);
    // The thread page's script found Pagefind's highlighter beside it, not under /sub/.
    const mark = page.locator('main mark').first();
    await mark.waitFor();
    expect((await mark.textContent())?.toLowerCase()).toBe('irremovable');
    expect(failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('should let a reader browse from disk, each link naming an index.html', async () => {
    const home = pathToFileURL(join(archive.out, 'index.html')).href;
    const { page, failed } = await open(browser, home);
    const thread = await browseToThread(page);
    expect(thread).toMatch(/^file:\/\/.*\/t\/dc\/dcd7bb5245801141-[^/]+\/index\.html$/);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: FORUM })
      .click();
    await page.waitForURL(/\/f\/[^/]+\/index\.html$/);
    await page.getByRole('banner').getByRole('link', { name: 'About' }).click();
    await page.waitForURL(/\/about\/index\.html$/);
    // Reading needs no script; the search-highlight module cannot load from disk, and need not.
    expect(failed.filter((url) => !url.endsWith('.js'))).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('About this archive');
    await page.close();
  });

  test('should tell a reader on disk that search needs a server, and the command', async () => {
    const { page } = await open(
      browser,
      pathToFileURL(join(archive.out, 'search', 'index.html')).href,
    );
    const note = page.locator('#local-search-note');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toContain('npx forum-archive serve dist');
    await page.close();
    // Served over http the note stays hidden.
    const served = await open(browser, `${nginx.origin}sub/search/`);
    expect(await served.page.locator('#local-search-note').isHidden()).toBe(true);
    await served.page.close();
  });

  test('should publish the records as data/ with the thread packs', () => {
    const data = join(archive.out, 'data');
    const forums = JSON.parse(readFileSync(join(data, 'forums.json'), 'utf8')) as { id: string }[];
    expect(forums).toEqual(JSON.parse(readFileSync(join(archive.records, 'forums.json'), 'utf8')));
    expect(existsSync(join(data, 'forums', `${forums[0]!.id}.json`))).toBe(true);
    const [sample] = JSON.parse(
      readFileSync(join(data, 'forums', `${forums[0]!.id}.json`), 'utf8'),
    ) as ThreadSummary[];
    const [number, offset, length] = sample!.at;
    const pack = readFileSync(join(data, 'threads', threadPackName(number)));
    const thread = JSON.parse(pack.subarray(offset, offset + length).toString()) as ThreadRecord;
    expect(thread.id).toBe('dcd7bb5245801141');
    expect(existsSync(join(data, 'archive.json'))).toBe(true);
  });

  test('should write robots.txt and a sitemap of absolute URLs under the --site path', () => {
    const robots = readFileSync(join(archive.out, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://example.org/sub/sitemap.xml');
    const sitemap = readFileSync(join(archive.out, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('https://example.org/sub/');
    expect(locs.every((loc) => loc.startsWith('https://example.org/sub/'))).toBe(true);
  });
});

describe('a build without --site and with --no-data', () => {
  test('should have no sitemap, robots.txt or data/, and an About page without data links', () => {
    const archive = buildArchive(['--no-data']);
    for (const file of ['sitemap.xml', 'robots.txt', 'data']) {
      expect(existsSync(join(archive.out, file))).toBe(false);
    }
    const about = readFileSync(join(archive.out, 'about', 'index.html'), 'utf8');
    expect(about).toContain('About this archive');
    expect(about).not.toContain('data/forums.json');
  });
});

/** Every file under `dir` (relative paths, sorted) with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
}

describe('a build whose --out is on another file system than the project', () => {
  // Astro moves its assets into the output with rename(2), which fails across file systems.
  test('should write the same site as a build beside the project, byte for byte', () => {
    const other = '/dev/shm';
    expect(
      existsSync(other) && statSync(other).dev !== statSync(process.cwd()).dev,
      `${other} must be a file system of its own (tmpfs) for this test`,
    ).toBe(true);
    const root = mkdtempSync(join(other, 'forum-archive-other-fs-'));
    try {
      const out = join(root, 'site');
      const run = runCli(['build', '--out', out, '--records', join(root, 'records')]);
      expect(run.stderr).not.toContain('EXDEV');
      expect(run.status).toBe(0);
      const here = buildArchive();
      const built = filesOf(out);
      expect([...built.keys()]).toEqual([...filesOf(here.out).keys()]);
      const differing = [...filesOf(here.out)].filter(
        ([name, bytes]) => !bytes.equals(built.get(name)!),
      );
      expect(differing.map(([name]) => name)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
