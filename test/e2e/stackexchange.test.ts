import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { readMicrodata, type MicrodataItem } from '../helpers/microdata.ts';
import { expectIndexMatchesPages } from '../helpers/indexed-words.ts';
import { buildArchive, type BuiltArchive } from '../helpers/cli.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader(
    JSON.parse(
      readFileSync(fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url)), 'utf8'),
    ) as ConfigData,
  ),
);
const axeSource = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
/** One page of each kind a Stack Exchange archive adds. */
const sePages = [
  't/1/1-how-long-do-i-boil-an-egg/',
  't/4/4-why-does-my-sauce-split/',
  'authors/10/u10/',
  'tags/c-951a4d36/',
];

const fixture = new URL('../fixtures/stackexchange/cooking.stackexchange.com', import.meta.url)
  .pathname;

describe('a Stack Exchange dump, built and served', () => {
  let archive: BuiltArchive;
  let server: StaticServer;
  let browser: Browser;
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    archive = buildArchive([fixture, '--source-url', 'https://cooking.stackexchange.com']);
    server = await startServer({ dir: archive.out });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, recording errors, dialogs and every request that leaves the archive's host. */
  async function open(path: string) {
    const page = await browser.newPage();
    const seen = watchPage(page);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreign.push(request.url());
    });
    await page.goto(url(path), { waitUntil: 'load' });
    return { page, seen, foreign };
  }

  test('the build summary counts the questions, answers and skipped rows', () => {
    expect(archive.run.stdout).toMatch(/1 forum, 3 threads, 6 posts, 0 rejected files/);
    expect(archive.run.stderr).toMatch(/skipped 1 post-type-4, 1 orphan-answer/);
  });

  test('a body with <script>, onerror and javascript: stays inert in Chromium', async () => {
    const { page, seen, foreign } = await open('t/4/4-why-does-my-sauce-split/');
    await page.waitForTimeout(300);
    const body = page.locator('#p1 .post-html');
    expect(await body.locator('script, img, iframe, svg, object, embed, style').count()).toBe(0);
    const handlers = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter((el) =>
          el.getAttributeNames().some((name) => name.startsWith('on')),
        ).length,
    );
    expect(handlers).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await body.getByRole('link', { name: 'a cake' }).getAttribute('href')).toBe(
      'https://images.example/cake.png',
    );
    expect(await body.getByRole('link', { name: 'safe link' }).getAttribute('rel')).toBe(
      'nofollow ugc noopener',
    );
    expect(await body.getByRole('cell', { name: 'Béchamel' }).isVisible()).toBe(true);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('a question shows its tags, votes, accepted answer, comments and license', async () => {
    const { page, seen } = await open('t/1/1-how-long-do-i-boil-an-egg/');
    const main = page.getByRole('main');
    expect(await main.getByRole('list', { name: 'Tags' }).textContent()).toMatch(/eggs\s*boiling/);
    expect(await page.locator('#p3 .post-status').textContent()).toContain('Accepted answer');
    expect(await page.locator('#p2 .score').textContent()).toBe('-1 votes');
    const comment = page.locator('#p1 .comments li').nth(1);
    expect(await comment.textContent()).toContain('<script>alert("comment")</script>');
    const license = page.getByRole('complementary', { name: 'License and attribution' });
    expect(await license.textContent()).toMatch(
      /Licensed under CC BY-SA 3\.0 by Zoë Ærøskøbing, Ghost Cook, Alice Baker\./,
    );
    expect(await license.getByRole('link', { name: /questions\/1$/ }).getAttribute('href')).toBe(
      'https://cooking.stackexchange.com/questions/1',
    );
    await page.locator('#p1').getByRole('link', { name: 'Accepted answer: #3' }).click();
    await page.waitForURL(/#p3$/);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("structured data names the question's author as the thread's and each answer's on its Comment", async () => {
    const { page } = await open('t/1/1-how-long-do-i-boil-an-egg/');
    const [thread, ...others] = await page.evaluate(readMicrodata);
    expect(others).toEqual([]);
    const author = (item: MicrodataItem) => item.properties['author']?.[0] as MicrodataItem;
    expect(author(thread!).properties).toEqual({
      url: [url('authors/11/u11/index.html')],
      name: ['Zoë Ærøskøbing'],
    });
    const comments = thread!.properties['comment'] as MicrodataItem[];
    expect(comments.map((comment) => author(comment).properties['name'])).toEqual([
      ['Ghost Cook'],
      ['Alice Baker'],
    ]);
    await page.close();
  });

  test('a reader goes from a post to its author page and back to the post', async () => {
    const { page, seen } = await open('t/1/1-how-long-do-i-boil-an-egg/');
    await page.locator('#p3 header').getByRole('link', { name: 'Alice Baker' }).click();
    await page.waitForURL(/\/authors\/10\/u10\/(index\.html)?$/);
    expect(await page.locator('h1').textContent()).toBe('Posts by Alice Baker');
    const posts = page.getByRole('main').locator('.author-posts li');
    expect(await posts.count()).toBe(2);
    await posts.first().getByRole('link').click();
    await page.waitForURL(/\/t\/1\/1-how-long-do-i-boil-an-egg\/(index\.html)?#p3$/);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('a tag links to a page of its threads, also for a tag that is not a slug', async () => {
    const { page, seen } = await open('t/4/4-why-does-my-sauce-split/');
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'c#' }).click();
    await page.waitForURL(/\/tags\/c-[0-9a-f]{8}\/(index\.html)?$/);
    expect(await page.locator('h1').textContent()).toBe('Threads tagged c#');
    expect(await page.getByRole('main').getByRole('link', { name: /sauce/ }).count()).toBe(1);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('html-validate finds no errors on the thread, author and tag pages', async () => {
    for (const path of sePages) {
      const report = await validator.validateFile(join(archive.out, path, 'index.html'));
      const errors = report.results.flatMap((result) =>
        result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    }
  });

  test('axe-core finds no serious or critical violations on those pages', async () => {
    // axe is injected by the test, not by the page: let it past the page's CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of sePages) {
      await page.goto(url(path));
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(
        `axe.run().then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id))`,
      )) as string[];
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
    await context.close();
  });

  test('the search index offers the tags as a filter', async () => {
    const { page } = await open('search/');
    // A string, so the test runner does not rewrite `import()` for Node.
    const filters = (await page.evaluate(
      `import(${JSON.stringify(url('pagefind/pagefind.js'))}).then((pagefind) => pagefind.filters())`,
    )) as Record<string, Record<string, number>>;
    expect(filters['tag']).toMatchObject({ eggs: 1, boiling: 1, sauce: 1, 'c#': 1, soup: 1 });
    await page.close();
  });

  test('search indexes exactly the words each thread page shows in its posts', () => {
    expectIndexMatchesPages(archive.out);
  });
});
