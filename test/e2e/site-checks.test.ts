import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDump } from '../../scripts/generate/index.ts';
import { startServer, type StaticServer } from '../../scripts/serve/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildArchive, tempDir, type BuiltArchive } from '../helpers/cli.ts';
import { filesUnder } from './robustness-helpers.ts';

const axeSource = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
const validatorConfig = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url)), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(validatorConfig));
const processor = rehype();
const origin = 'http://archive.test';

/** One page of each kind the site has (first match of each pattern), as site paths. */
function pageTypes(out: string): string[] {
  const pages = filesUnder(out).filter((file) => file.endsWith('.html'));
  const patterns = [
    /^index\.html$/,
    /^about\/index\.html$/,
    /^archive\/index\.html$/,
    /^archive\/\d{4}\/index\.html$/,
    /^archive\/\d{4}\/\d{2}\/index\.html$/,
    /^f\/[^/]+\/index\.html$/,
    /^f\/[^/]+\/\d+\/index\.html$/,
    /^f\/[^/]+\/archive\/.*index\.html$/,
    /^t\/[^/]+\/[^/]+\/index\.html$/,
    /^t\/[^/]+\/[^/]+\/\d+\/index\.html$/,
    /^search\/index\.html$/,
    /^404\.html$/,
  ];
  return patterns.flatMap((pattern) => pages.find((page) => pattern.test(page)) ?? []);
}

/** Internal links and `#anchors` of every page that point at no file or no element. */
function brokenLinks(out: string, base: string): string[] {
  const pages = filesUnder(out).filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, Root>();
  const treeOf = (file: string) => {
    let tree = trees.get(file);
    if (!tree) {
      tree = processor.parse(readFileSync(join(out, file), 'utf8')) as Root;
      trees.set(file, tree);
      const found = new Set<string>();
      visit(tree, 'element', (node: Element) => {
        if (typeof node.properties['id'] === 'string') found.add(node.properties['id']);
      });
      ids.set(file, found);
    }
    return tree;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page}`, origin);
    visit(treeOf(page), 'element', (node: Element) => {
      for (const name of ['href', 'src', 'action'] as const) {
        const value = node.properties[name];
        if (typeof value !== 'string' || value === '') continue;
        const url = new URL(value, pageUrl);
        if (url.origin !== origin) continue;
        const where = `${page}: <${node.tagName} ${name}="${value}">`;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${where} leaves the base ${base}`);
          continue;
        }
        let file = decodeURIComponent(url.pathname.slice(base.length));
        if (file === '' || file.endsWith('/')) file += 'index.html';
        if (!existsSync(join(out, file))) {
          broken.push(`${where} → missing ${file}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html')) {
          treeOf(file);
          if (!ids.get(file)!.has(anchor)) broken.push(`${where} → no #${anchor} in ${file}`);
        }
      }
    });
  }
  return broken;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(
          violation.nodes.slice(0, 3).map((node) => node.target),
        )}`,
    );
}

const builds: Array<{ name: string; base: string; make: () => Promise<BuiltArchive> }> = [
  { name: 'the sample', base: '/', make: async () => buildArchive() },
  {
    name: 'the sample under --base /sub/',
    base: '/sub/',
    make: async () => buildArchive(['--base', '/sub/']),
  },
  {
    name: 'a generated dump',
    base: '/',
    make: async () => {
      const dump = join(tempDir('site-checks'), 'dump');
      await writeDump({ out: dump, threads: 160, seed: 'site-checks', workers: 1 });
      return buildArchive([dump]);
    },
  },
];

describe('the link checker', () => {
  test('should report a missing page, a missing #anchor and a link out of the base', () => {
    const out = tempDir('links');
    mkdirSync(join(out, 'a'));
    writeFileSync(
      join(out, 'index.html'),
      '<p id="top"><a href="a/">ok</a> <a href="#top">ok</a> <a href="b/">no</a> ' +
        '<a href="a/#nowhere">no</a> <a href="/elsewhere/">no</a> <a href="https://x.org/">ok</a>',
    );
    writeFileSync(join(out, 'a', 'index.html'), '<a href="../index.html#top">ok</a>');
    expect(brokenLinks(out, '/sub/')).toEqual([
      'index.html: <a href="b/"> → missing b/index.html',
      'index.html: <a href="a/#nowhere"> → no #nowhere in a/index.html',
      'index.html: <a href="/elsewhere/"> leaves the base /sub/',
    ]);
  });
});

describe.each(builds)('site checks on $name', ({ base, make }) => {
  let archive: BuiltArchive;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    archive = await make();
    server = await startServer({ dir: archive.out, base });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every internal link and #anchor resolves to a built file and element', () => {
    expect(filesUnder(archive.out).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(
      5,
    );
    expect(brokenLinks(archive.out, base)).toEqual([]);
  });

  test('html-validate finds no errors on any page type', async () => {
    const pages = pageTypes(archive.out);
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'search/index.html']));
    for (const page of pages) {
      const report = await validator.validateFile(join(archive.out, page));
      const errors = report.results.flatMap((result) =>
        result.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    }
  });

  test('axe-core finds no serious or critical violations on any page type', async () => {
    const paths = pageTypes(archive.out).map((page) =>
      page === '404.html' ? 'no/such/page/' : page.replace(/index\.html$/, ''),
    );
    // axe is injected by the test, not by the page: let it past the page's CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of paths) {
      expect({
        path,
        violations: await seriousViolations(page, new URL(path, server.url).href),
      }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
