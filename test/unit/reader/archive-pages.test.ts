import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import About from '../../../src/pages/about.astro';
import ArchiveIndex from '../../../src/pages/archive/index.astro';
import * as monthPage from '../../../src/pages/archive/[year]/[month]/index.astro';
import * as yearPage from '../../../src/pages/archive/[year]/index.astro';
import * as forumYearPage from '../../../src/pages/f/[slug]/archive/[year]/index.astro';
import { useFixtureRecords } from '../../helpers/fixture-records.ts';

let container: AstroContainer;

useFixtureRecords();
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('date archive pages', () => {
  test('should have a page per year with activity and per month with new threads', () => {
    const years = yearPage.getStaticPaths!().map((path) => path.params['year']);
    expect(years).toEqual(['2010', '2014', '2015', '2016']);
    const months = monthPage.getStaticPaths!().map(
      (path) => `${path.params['year']}-${path.params['month']}`,
    );
    // Threads are listed in the month of their first post only.
    expect(months).toContain('2010-01');
    expect(months).not.toContain('2015-05');
  });

  test('should draw the posts per month as bars with the numbers as text', async () => {
    const path = yearPage.getStaticPaths!().find((p) => p.params['year'] === '2015')!;
    const html = await container.renderToString(yearPage.default, {
      props: path.props,
      params: path.params,
    });
    expect(html.match(/<rect /g)).toHaveLength(12);
    expect(html).toMatch(/title="April 2015"[^>]*>\s*Apr\s*<\/a>\s*<span class="bar-value">\s*44/);
    expect(html).toMatch(/<span title="May 2015">May<\/span>\s*<span class="bar-value">\s*40/);
    expect(html).toContain('<h1>2015</h1>');
  });

  test('should escape forum names on the month page', async () => {
    const path = monthPage.getStaticPaths!().find(
      (p) => p.params['year'] === '2015' && p.params['month'] === '04',
    )!;
    const html = await container.renderToString(monthPage.default, {
      props: path.props,
      params: path.params,
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script>alert/);
  });

  test('should list every year on the archive index', async () => {
    const html = await container.renderToString(ArchiveIndex);
    for (const year of ['2010', '2014', '2015', '2016']) {
      expect(html).toMatch(new RegExp(`<a class="title" href="[^"]*archive/${year}/"`));
    }
  });

  test("should give each forum's years their own page", () => {
    const busy = forumYearPage.getStaticPaths!().filter((p) => p.params['slug'] === 'busy-forum');
    expect(busy.map((p) => p.params['year'])).toEqual(['2010']);
  });
});

describe('About page', () => {
  test('should show the manifest: digest, generator, format and each rejected file', async () => {
    const html = await container.renderToString(About);
    expect(html).toContain('0'.repeat(64));
    expect(html).toContain('hand-written fixture');
    expect(html).toMatch(/bad\/000_x\.txt\s*:3/);
    expect(html).toContain('invalid-date');
    expect(html).toContain('SOURCE_DATE_EPOCH was not set');
  });
});
