import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ThreadToFormat } from '../../scripts/parse/index.ts';
import type { ThreadRecord } from '../../scripts/records/types.ts';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import { threadPath } from '../../src/utils/url.ts';
import { launchBrowser, watchPage } from '../helpers/browser.ts';
import { readMicrodata, type MicrodataItem } from '../helpers/microdata.ts';
import { buildArchive, tempDir, type BuiltArchive } from '../helpers/cli.ts';
import { threadRecords } from '../helpers/thread-records.ts';
import {
  comparable,
  dateAt,
  filesUnder,
  loadPayloads,
  writeThreads,
  type Payload,
} from './robustness-helpers.ts';

const payloads = loadPayloads();
/** A word in every payload thread, so a search lists their (hostile) titles. */
const searchWord = 'zebracorn';

/** Names that try to escape or clash in the output folder. */
const pathNames = [
  '../../etc',
  '..',
  '.',
  '/etc/passwd',
  'a/b',
  'a\\b',
  'CON',
  'con',
  'NUL.txt',
  'index.html',
  '?#%',
  '!!!',
  '———',
  '中文论坛',
  '日本語のスレッド',
  'x'.repeat(500),
  'X'.repeat(500),
];

/**
 * One thread per payload: the payload is its forum's name, the next payload its title, the first
 * post's body; a second post holds every payload, a link and a blank-line run. Then threads
 * named like paths. `text` maps each name to the string used, so a payload-free dump of the same
 * shape comes from the same function.
 */
function hostileThreads(text: (index: number) => string): ThreadToFormat[] {
  const everything = payloads.map((_, index) => text(index)).join('\n\n');
  const threads = payloads.map((_, index) => ({
    forum: text(index),
    title: text((index + 1) % payloads.length),
    posts: [
      { date: dateAt(index * 60), body: text(index) },
      {
        date: dateAt(index * 60 + 1),
        body: `${everything}\n\n\n\nhttps://example.org/ok ${searchWord}`,
      },
    ],
  }));
  const named = pathNames.map((name, index) => ({
    forum: name,
    title: name,
    posts: [{ date: dateAt(10_000 + index), body: name }],
  }));
  return [...threads, ...named];
}

const hostileText = (index: number) => payloads[index]!.text;
const cleanText = (index: number) => `Harmless text number ${index}`;

/** What a page's DOM holds, gathered inside the browser. */
interface PageReport {
  pwned: unknown;
  violations: string[];
  /** `tag` and `tag[attribute]` of every element. */
  shapes: string[];
  /** Elements with an event-handler attribute or a script URL. */
  suspicious: string[];
  text: string;
  title: string;
}

async function inspect(page: Page): Promise<PageReport> {
  return page.evaluate(() => {
    const shapes = new Set<string>();
    const suspicious: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      shapes.add(tag);
      for (const attribute of element.attributes) {
        shapes.add(`${tag}[${attribute.name}]`);
        const scriptUrl = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(attribute.value);
        if (/^on/i.test(attribute.name) || (scriptUrl && attribute.name !== 'content')) {
          suspicious.push(`${tag}[${attribute.name}=${attribute.value}]`);
        }
      }
    }
    const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
    return {
      pwned: w.__pwned,
      violations: w.__violations ?? [],
      shapes: [...shapes],
      suspicious,
      text: document.body.textContent ?? '',
      title: document.title,
    };
  });
}

async function preparePage(browser: Browser) {
  const page = await browser.newPage();
  const seen = watchPage(page);
  // Runs before any page script and is not subject to the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  return { page, seen };
}

/**
 * Site paths of the built pages (`index.html` folders as `dir/`), at most `perType` forum and
 * thread pages, plus a missing page (the 404) and a search.
 */
function pagePaths(out: string, query: string, perType = Infinity): string[] {
  const pages = filesUnder(out)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
  const ofType = (prefix: string) =>
    pages.filter((page) => page.startsWith(prefix)).slice(0, perType);
  const others = pages.filter((page) => !/^[ft]\//.test(page));
  return [...others, ...ofType('f/'), ...ofType('t/'), 'no/such/page/', `search/?q=${query}`];
}

async function visitAll(browser: Browser, server: StaticServer, paths: string[]) {
  // `headlines`: the `headline` of each top-level microdata item, as a consumer of the page reads it.
  const reports = new Map<
    string,
    PageReport & { dialogs: string[]; errors: string[]; headlines: (string | MicrodataItem)[] }
  >();
  const { page, seen } = await preparePage(browser);
  for (const path of paths) {
    seen.dialogs.length = 0;
    seen.errors.length = 0;
    await page.goto(new URL(path, server.url).href);
    if (path.includes('?q=')) {
      // Results are links to thread pages, rendered by the page's script from Pagefind's data.
      await page
        .locator('[data-search] li a[href*="t/"]')
        .first()
        .waitFor()
        .catch(async (error: Error) => {
          const status = await page.locator('[role="status"]').first().textContent();
          throw new Error(`${path} on ${server.url}: ${status} ${seen.errors} ${error.message}`);
        });
      // The facet counts come after the results (their filter indexes load then): wait for them
      // too, so every build is inspected in the same, finished state.
      await page.locator('[data-search] .facets fieldset').first().waitFor();
    }
    reports.set(path, {
      ...(await inspect(page)),
      headlines: (await page.evaluate(readMicrodata)).flatMap(
        (item) => item.properties['headline'] ?? [],
      ),
      dialogs: [...seen.dialogs],
      errors: [...seen.errors],
    });
  }
  await page.close();
  return reports;
}

const parser = rehype();

function parseHtml(file: string) {
  return parser.parse(readFileSync(file, 'utf8'));
}

/** `tag` and `tag[attribute]` of every element of every built HTML file (no script run). */
function staticShapes(out: string): Map<string, Set<string>> {
  const shapes = new Map<string, Set<string>>();
  for (const file of filesUnder(out).filter((path) => path.endsWith('.html'))) {
    const found = new Set<string>();
    visit(parseHtml(join(out, file)), 'element', (node: Element) => {
      found.add(node.tagName);
      for (const name of Object.keys(node.properties)) found.add(`${node.tagName}[${name}]`);
    });
    shapes.set(file, found);
  }
  return shapes;
}

/** Fails unless the page shows the thread's title, forum name and every body line as text. */
function expectShown(title: string, text: string, record: ThreadRecord): void {
  const shown = comparable(text);
  expect(comparable(title)).toContain(comparable(record.title));
  expect(shown).toContain(comparable(record.title));
  expect(shown).toContain(comparable(record.forum));
  for (const post of record.posts) {
    // Blank lines become paragraph breaks, which carry no text: compare line by line.
    for (const line of post.body.split('\n').filter((line) => line.trim() !== '')) {
      expect(shown).toContain(comparable(line));
    }
  }
}

describe('an archive built from hostile text', () => {
  let hostile: BuiltArchive;
  let clean: BuiltArchive;
  let hostileServer: StaticServer;
  let cleanServer: StaticServer;
  let browser: Browser;
  let hostileReports: Awaited<ReturnType<typeof visitAll>>;
  let cleanShapes: Set<string>;
  const query = searchWord;

  let threads: ThreadRecord[];
  /** The record of the thread page at `path` (`t/<bucket>/<id>-<slug>/…`). */
  const threadAt = (path: string) =>
    threads.find((thread) => path.startsWith(threadPath(thread.slug)));

  beforeAll(async () => {
    const root = tempDir('security');
    writeThreads(join(root, 'hostile'), hostileThreads(hostileText));
    writeThreads(
      join(root, 'clean'),
      hostileThreads(cleanText).map((thread, index) =>
        index < payloads.length
          ? thread
          : { ...thread, forum: `Forum ${index}`, title: `Title ${index}` },
      ),
    );
    hostile = buildArchive([join(root, 'hostile')]);
    clean = buildArchive([join(root, 'clean')]);
    threads = threadRecords(hostile.records);
    hostileServer = await startServer({ dir: hostile.out });
    cleanServer = await startServer({ dir: clean.out });
    browser = await launchBrowser();
    // Each type of page once or a few times: every thread page holds every payload, the home
    // page every forum name, the search and date pages every title. All pages of both builds are
    // also checked without a browser (staticShapes, the thread page text).
    hostileReports = await visitAll(browser, hostileServer, pagePaths(hostile.out, query, 8));
    const cleanReports = await visitAll(browser, cleanServer, pagePaths(clean.out, query, 5));
    cleanShapes = new Set([...cleanReports.values()].flatMap((report) => report.shapes));
  });

  afterAll(async () => {
    await browser?.close();
    await hostileServer?.close();
    await cleanServer?.close();
  });

  test('the corpus holds at least 40 distinct payloads on one line each', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(40);
    expect(new Set(payloads.map((payload) => payload.text)).size).toBe(payloads.length);
    for (const { text } of payloads) {
      expect(text).not.toMatch(/[\n\r]/);
      expect(text.trim()).toBe(text);
    }
  });

  test('no element or attribute is in the built HTML that the payload-free build lacks', () => {
    const cleanStatic = new Set([...staticShapes(clean.out).values()].flatMap((set) => [...set]));
    const hostileStatic = staticShapes(hostile.out);
    expect(hostileStatic.size).toBeGreaterThan(2 * payloads.length);
    for (const [file, shapes] of hostileStatic) {
      const extra = [...shapes].filter((shape) => !cleanStatic.has(shape));
      expect({ file, extra }).toEqual({ file, extra: [] });
      expect([...shapes].filter((shape) => /\[on/i.test(shape))).toEqual([]);
    }
  });

  test('every page type was opened: home, forums, threads, search with results, 404', () => {
    const paths = [...hostileReports.keys()];
    expect(paths).toContain('');
    expect(paths.some((path) => path.startsWith('f/'))).toBe(true);
    expect(paths.some((path) => path.startsWith('t/'))).toBe(true);
    expect(paths).toContain('no/such/page/');
    expect(hostileReports.get('no/such/page/')!.text).toContain('Page not found');
    expect(hostileReports.get(`search/?q=${query}`)!.text).toContain(query);
  });

  test('no dialog opens, no sentinel is set and no script error happens on any page', () => {
    for (const [path, report] of hostileReports) {
      expect({ path, dialogs: report.dialogs, pwned: report.pwned, errors: report.errors }).toEqual(
        { path, dialogs: [], pwned: undefined, errors: [] },
      );
    }
  });

  test('no element has an event handler attribute or a script URL', () => {
    for (const [path, report] of hostileReports) {
      expect({ path, suspicious: report.suspicious }).toEqual({ path, suspicious: [] });
    }
  });

  test('no element or attribute appears that a payload-free archive of the same shape lacks', () => {
    expect(cleanShapes.size).toBeGreaterThan(20);
    for (const [path, report] of hostileReports) {
      const extra = report.shapes.filter((shape) => !cleanShapes.has(shape));
      expect({ path, extra }).toEqual({ path, extra: [] });
    }
  });

  test('each payload shows literally in the browser: forum names, titles and post text', () => {
    const home = comparable(hostileReports.get('')!.text);
    for (const payload of payloads) expect(home).toContain(comparable(payload.text));
    let checked = 0;
    for (const [path, report] of hostileReports) {
      if (!path.startsWith('t/')) continue;
      const record = threadAt(path);
      expect(record, path).toBeDefined();
      expectShown(report.title, report.text, record!);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('every thread page holds its title, forum name and posts as text', () => {
    const pages = filesUnder(hostile.out).filter((file) =>
      /^t\/[^/]+\/[^/]+\/index\.html$/.test(file),
    );
    expect(pages).toHaveLength(threads.length);
    for (const file of pages) {
      const tree = parseHtml(join(hostile.out, file));
      let title = '';
      let body = '';
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'title') title = toText(node, { whitespace: 'pre' });
        if (node.tagName === 'body') body = toText(node, { whitespace: 'pre' });
      });
      expect(threadAt(file), file).toBeDefined();
      expectShown(title, body, threadAt(file)!);
    }
  });

  test('search results for a payload word show the payloads as text', () => {
    const report = hostileReports.get(`search/?q=${query}`)!;
    const shown = payloads.filter((payload: Payload) =>
      comparable(report.text).includes(comparable(payload.text)),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
  });

  test('no page reports a Content-Security-Policy violation', () => {
    for (const [path, report] of hostileReports) {
      expect({ path, violations: report.violations }).toEqual({ path, violations: [] });
    }
  });

  test('structured data holds a hostile title as text: its headline reads back as the title', () => {
    let checked = 0;
    for (const [path, report] of hostileReports) {
      if (!path.startsWith('t/')) continue;
      expect({ path, headlines: report.headlines }).toEqual({
        path,
        headlines: [threadAt(path)?.title],
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('every page carries the CSP meta tag, and every inline script has its hash in it', () => {
    const pages = filesUnder(hostile.out).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(payloads.length);
    for (const file of pages) {
      const tree = parseHtml(join(hostile.out, file));
      const policies: string[] = [];
      const inline: string[] = [];
      visit(tree, 'element', (node: Element) => {
        const equiv = String(node.properties['httpEquiv'] ?? '').toLowerCase();
        if (node.tagName === 'meta' && equiv === 'content-security-policy') {
          policies.push(String(node.properties['content']));
        }
        // Data blocks (`type="application/json"`…) never run, so only scripts the browser executes need a hash.
        const type = String(node.properties['type'] ?? '');
        const runs = type === '' || type === 'module' || /javascript/i.test(type);
        if (node.tagName === 'script' && node.properties['src'] === undefined && runs) {
          inline.push(toText(node, { whitespace: 'pre' }));
        }
      });
      expect(policies, file).toHaveLength(1);
      const policy = policies[0]!;
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
      ]) {
        expect(policy, file).toContain(directive);
      }
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      for (const script of inline) {
        const hash = createHash('sha256').update(script).digest('base64');
        expect(policy, file).toContain(`'sha256-${hash}'`);
      }
    }
  });

  test('hostile names never write outside the output folder or collide', () => {
    const files = filesUnder(hostile.out);
    const lower = files.map((file) => file.toLowerCase());
    expect(new Set(lower).size).toBe(files.length);
    for (const file of files) {
      expect(file.split('/')).not.toContain('..');
      expect(file.startsWith('/')).toBe(false);
    }
    // Nothing beside the build's own folders appeared next to --out.
    expect(readdirSync(dirname(hostile.out)).sort()).toEqual(['records', 'site']);
    // One page folder per thread and per forum: names that slug alike still get their own.
    const threadDirs = new Set(files.filter((f) => f.startsWith('t/')).map((f) => f.split('/')[2]));
    const forumDirs = new Set(files.filter((f) => f.startsWith('f/')).map((f) => f.split('/')[1]));
    const total = payloads.length + pathNames.length;
    expect(threadDirs.size).toBe(total);
    expect(forumDirs.size).toBe(total);
    for (const dir of [...threadDirs, ...forumDirs]) {
      expect(dir!.length).toBeLessThanOrEqual(200);
      expect(dir).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
