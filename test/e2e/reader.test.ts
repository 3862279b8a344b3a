import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArchiveManifest, ForumRecord, ThreadSummary } from '../../scripts/records/types.ts';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import { threadPath } from '../../src/utils/url.ts';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { readMicrodata, type MicrodataItem } from '../helpers/microdata.ts';
import { buildArchive, tempDir, type BuiltArchive } from '../helpers/cli.ts';
import { threadRecord } from '../helpers/thread-records.ts';

const SITE = 'https://example.org/';
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** Every `index.html` of the built site, as a site path such as `t/ab/abc/2/`. */
function htmlPages(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(root, path);
    return entry.name === 'index.html' ? [`${relative(root, dir)}/`.replace(/^\/$/, '')] : [];
  });
}

describe('reading the archive', () => {
  let archive: BuiltArchive;
  let server: StaticServer;
  let browser: Browser;
  let forums: ForumRecord[];
  let manifest: ArchiveManifest;
  const json = <T>(path: string): T =>
    JSON.parse(readFileSync(join(archive.records, path), 'utf8')) as T;
  const summaries = (forum: ForumRecord) => json<ThreadSummary[]>(`forums/${forum.id}.json`);
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    const dump = join(tempDir('reader-dump'), 'dump');
    const generate = spawnSync(
      process.execPath,
      ['scripts/generate/cli.ts', '--threads', '120', '--seed', 'reader', '--out', dump],
      { encoding: 'utf8' },
    );
    if (generate.status !== 0) throw new Error(generate.stderr);
    mkdirSync(join(dump, 'bad'));
    writeFileSync(join(dump, 'bad', 'empty.txt'), '');
    archive = buildArchive([dump, '--site', SITE, '--skip-invalid']);
    forums = json<ForumRecord[]>('forums.json');
    manifest = json<ArchiveManifest>('archive.json');
    server = await startServer({ dir: archive.out });
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The longest thread (several pages) and its forum. */
  function longest(): { forum: ForumRecord; thread: ThreadSummary; position: number } {
    let best: { forum: ForumRecord; thread: ThreadSummary; position: number } | undefined;
    for (const forum of forums) {
      summaries(forum).forEach((thread, position) => {
        if (!best || thread.postCount > best.thread.postCount) best = { forum, thread, position };
      });
    }
    return best!;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`should fit 375 px and 1280 px screens in ${colorScheme} mode without sideways scrolling`, async () => {
      const thread = longest().thread;
      const pages: Record<string, string> = {
        home: '',
        forum: `f/${forums[0]!.slug}/`,
        thread: threadPath(thread.slug, 2),
        search: 'search/?q=the',
        archive: 'archive/',
        about: 'about/',
      };
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme });
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(url(path));
          if (name === 'search') await page.locator('ol.results li').first().waitFor();
          // The first screen of each page (full pages of long threads take seconds to encode).
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`) });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${name} at ${width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
          // prefers-color-scheme picks the palette: a light or a dark background.
          const background = await page.evaluate(
            () => getComputedStyle(document.body).backgroundColor,
          );
          const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
          const light = (r! + g! + b!) / 3 > 128;
          expect(light, `${name} background ${background}`).toBe(colorScheme === 'light');
        }
        await page.close();
      }
    }, 180_000);
  }

  test('should give every kind of page one h1, lang, landmarks and a working skip link', async () => {
    const thread = longest().thread;
    const page = await browser.newPage();
    for (const path of [
      '',
      `f/${forums[0]!.slug}/`,
      threadPath(thread.slug),
      'archive/',
      'about/',
    ]) {
      await page.goto(url(path));
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      for (const role of ['banner', 'main', 'contentinfo'] as const) {
        expect(await page.getByRole(role).count(), `${role} on ${path}`).toBe(1);
      }
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.textContent()).toBe('Skip to content');
      expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    }
    await page.close();
  });

  test('should ship no JavaScript on list pages and read threads with JavaScript off', async () => {
    for (const path of ['', `f/${forums[0]!.slug}/`, 'archive/', 'about/']) {
      const html = readFileSync(join(archive.out, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { forum, thread } = longest();
    await page.goto(url(`f/${forum.slug}/`));
    await page.getByRole('main').getByRole('link', { name: thread.title, exact: true }).click();
    await page.waitForURL(new RegExp(`/${threadPath(thread.slug)}index\\.html$`));
    expect(await page.locator('article.post').count()).toBe(Math.min(50, thread.postCount));
    await context.close();
  });

  test('should navigate a long thread: page N of M, first/last, jump to post, other threads', async () => {
    const { forum, thread, position } = longest();
    const pages = Math.ceil(thread.postCount / 50);
    expect(pages).toBeGreaterThan(1);
    const page = await browser.newPage();
    const seen = watchPage(page);
    await page.goto(url(threadPath(thread.slug, 2)));
    const nav = page.getByRole('navigation', { name: 'Thread pages', exact: true });
    expect(await nav.textContent()).toContain(`Page 2 of ${pages}`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Home', forum.name]);
    const records = threadRecord(archive.records, thread.id);
    const dates = records.posts.map((p) => p.date).sort();
    expect(await page.locator('.totals time').first().getAttribute('datetime')).toBe(dates[0]);
    expect(await page.locator('.totals').textContent()).toContain(`${thread.postCount} posts`);

    await nav.getByRole('link', { name: 'Last »' }).click();
    await page.waitForURL(new RegExp(`/${threadPath(thread.slug, pages)}index\\.html$`));
    await page
      .getByRole('navigation', { name: 'Thread pages', exact: true })
      .getByRole('link', { name: '« First' })
      .click();
    await page.waitForURL(new RegExp(`/${threadPath(thread.slug)}index\\.html$`));

    // Jump to post 73: open the list, pick the range that holds it.
    await page.locator('details.jump summary').click();
    await page
      .getByRole('navigation', { name: 'Posts by number' })
      .getByRole('link', { name: '51–100' })
      .click();
    await page.waitForURL(new RegExp(`/${threadPath(thread.slug, 2)}index\\.html#p51$`));
    const target = Math.min(thread.postCount, 73);
    expect(await page.locator(`#p${target}`).count()).toBe(1);

    const others = page.getByRole('navigation', { name: 'Other threads in this forum' });
    const list = summaries(forum);
    const previous = list[position - 1];
    const next = list[position + 1];
    if (next) {
      await others.getByRole('link', { name: next.title, exact: true }).click();
      await page.waitForURL(new RegExp(`/${threadPath(next.slug)}index\\.html$`));
      expect(await page.locator('h1').textContent()).toBe(next.title);
    } else {
      expect(previous).toBeDefined();
      await others.getByRole('link', { name: previous!.title, exact: true }).click();
      await page.waitForURL(new RegExp(`/${threadPath(previous!.slug)}index\\.html$`));
    }
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('should describe each thread page as a DiscussionForumPosting in schema.org microdata', async () => {
    const { thread } = longest();
    const record = threadRecord(archive.records, thread.id);
    // The rendered body shows LaTeX quotes as typographic ones: compare letters and digits.
    const letters = (text: string | MicrodataItem | undefined) =>
      typeof text === 'string' ? text.replace(/[^\p{L}\p{N}]/gu, '') : text;
    const page = await browser.newPage();
    for (const n of [1, 2]) {
      await page.goto(url(threadPath(thread.slug, n)));
      const items = await page.evaluate(readMicrodata);
      expect(items).toHaveLength(1);
      const { type, properties } = items[0]!;
      // Google's DiscussionForumPosting: headline/text/datePublished required; comments optional.
      expect(type).toBe('https://schema.org/DiscussionForumPosting');
      expect(properties['headline']).toEqual([record.title]);
      expect(properties['datePublished']).toEqual([record.posts[0]!.date]);
      expect(properties['text']?.map(letters)).toEqual([letters(record.posts[0]!.body)]);
      expect(properties['url']).toEqual([`${SITE}${threadPath(thread.slug)}`]);
      expect(properties['mainEntityOfPage']).toEqual(properties['url']);
      expect(properties['commentCount']).toEqual([String(record.posts.length - 1)]);
      expect(properties['isPartOf']).toEqual([
        { type: 'https://schema.org/WebPage', properties: { name: [record.forum] } },
      ]);
      const shown = record.posts.slice((n - 1) * 50, n * 50).filter((post) => post.n !== 1);
      const comments = (properties['comment'] ?? []) as MicrodataItem[];
      expect(comments.map((c) => c.type)).toEqual(shown.map(() => 'https://schema.org/Comment'));
      expect(comments.map((c) => c.properties['text']?.map(letters))).toEqual(
        shown.map((post) => [letters(post.body)]),
      );
      expect(comments.map((c) => c.properties['datePublished'])).toEqual(
        shown.map((post) => [post.date]),
      );
      expect(comments.map((c) => c.properties['url'])).toEqual(
        shown.map((post) => [new URL(`#p${post.n}`, page.url()).href]),
      );
      // No second copy of the posts' text in a script.
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
    }
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    await page.close();
  });

  test('should list every page in a sitemap of absolute URLs, and nothing else', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' });
    const sitemap = parser.parse(readFileSync(join(archive.out, 'sitemap.xml'), 'utf8'));
    const locs = (sitemap.urlset.url as { loc: string }[]).map((entry) => entry.loc);
    const expected = htmlPages(archive.out)
      .filter((path) => path !== 'search/')
      .map((path) => `${SITE}${path}`);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(readFileSync(join(archive.out, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}sitemap.xml`,
    );
  });

  test('should list in each month the threads started then, and count posts per month', async () => {
    const started = new Map<string, string[]>();
    const posts = new Map<string, number>();
    for (const forum of forums) {
      for (const thread of summaries(forum)) {
        const month = thread.firstPostAt.slice(0, 7);
        started.set(month, [...(started.get(month) ?? []), thread.title]);
        for (const post of threadRecord(archive.records, thread.id).posts) {
          const key = post.date.slice(0, 7);
          posts.set(key, (posts.get(key) ?? 0) + 1);
        }
      }
    }
    const months = [...started.keys()].sort();
    expect(readdirSync(join(archive.out, 'archive')).filter((d) => /^\d{4}$/.test(d))).toEqual(
      [...new Set([...posts.keys()].map((m) => m.slice(0, 4)))].sort(),
    );
    const page = await browser.newPage();
    for (const month of [months[0]!, months.at(-1)!]) {
      await page.goto(url(`archive/${month.replace('-', '/')}/`));
      const titles = await page.locator('main .listing .title').allTextContents();
      expect(titles.map((t) => t.trim()).sort()).toEqual([...started.get(month)!].sort());
    }
    const year = months[0]!.slice(0, 4);
    await page.goto(url(`archive/${year}/`));
    const values = await page.locator('.bar-labels .bar-value').allTextContents();
    const expected = Array.from({ length: 12 }, (_, k) =>
      String(posts.get(`${year}-${String(k + 1).padStart(2, '0')}`) ?? 0),
    );
    expect(values.map((v) => v.replace(/\D/g, ''))).toEqual(expected);
    expect(await page.locator('.bar-strip svg rect').count()).toBe(12);
    // Reached from home: home → By date → the year.
    await page.goto(url(''));
    await page.getByRole('banner').getByRole('link', { name: 'By date' }).click();
    await page.getByRole('main').getByRole('link', { name: year, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/archive/${year}/index\\.html$`));
    await page.close();
  });

  test("should list a forum's threads of a year on its own archive page, from the forum page", async () => {
    const forum = forums[0]!;
    const threads = summaries(forum);
    const year = threads.at(-1)!.firstPostAt.slice(0, 4);
    const page = await browser.newPage();
    await page.goto(url(`f/${forum.slug}/`));
    await page.locator('.bar-strip').getByRole('link', { name: year, exact: true }).click();
    await page.waitForURL(new RegExp(`/f/${forum.slug}/archive/${year}/index\\.html$`));
    expect(await page.locator('h1').textContent()).toBe(`${forum.name} in ${year}`);
    const titles = await page.locator('main .listing .title').allTextContents();
    const expected = threads.filter((t) => t.firstPostAt.startsWith(year)).map((t) => t.title);
    expect(titles.map((t) => t.trim()).sort()).toEqual(expected.sort());
    await page.close();
  });

  test('should state provenance on the About page: counts, digest, generator, rejected files', async () => {
    const page = await browser.newPage();
    await page.goto(url('about/'));
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).toContain(manifest.dumpDigest);
    expect(text).toContain(manifest.generator);
    expect(text).toContain(String(manifest.files));
    expect(manifest.rejected).toEqual([expect.objectContaining({ file: 'bad/empty.txt' })]);
    expect(text).toMatch(/bad\/empty\.txt\s*empty-file/);
    const link = page.getByRole('link', { name: 'forums.json' });
    await link.click();
    await page.waitForURL(/\/data\/forums\.json$/);
    expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toEqual(forums);
    await page.close();
  });

  test('should print the text with link targets and without navigation', async () => {
    // A thread page with a link in a post body: its URL must show on paper.
    const withLink = forums
      .flatMap((forum) => summaries(forum))
      .map((summary) => threadRecord(archive.records, summary.id))
      .flatMap((thread) => thread.posts.map((post) => ({ thread, post })))
      .find(({ post }) => /https?:\/\/\S+/.test(post.body))!;
    expect(withLink).toBeDefined();
    const pageNumber = Math.ceil(withLink.post.n / 50);
    const page = await browser.newPage();
    await page.goto(url(threadPath(withLink.thread.slug, pageNumber)));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.breadcrumbs', '.site-footer', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    const external = page.locator(`#p${withLink.post.n} a[href^="http"]`).first();
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(await external.getAttribute('href'));
    await page.close();
  });
});
