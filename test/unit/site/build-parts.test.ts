import { afterEach, describe, expect, test } from 'vitest';
import * as monthPage from '../../../src/pages/archive/[year]/[month]/index.astro';
import * as yearPage from '../../../src/pages/archive/[year]/index.astro';
import * as forumPage from '../../../src/pages/f/[slug]/[...page].astro';
import * as forumYearPage from '../../../src/pages/f/[slug]/archive/[year]/index.astro';
import * as threadPage from '../../../src/pages/t/[bucket]/[slug]/[...page].astro';
import { useFixtureRecords } from '../../helpers/fixture-records.ts';

useFixtureRecords();
afterEach(() => {
  delete process.env['FORUM_ARCHIVE_BUILD_PART'];
});

const routes = { threadPage, forumPage, forumYearPage, yearPage, monthPage };

/** The route's page paths as the build with `FORUM_ARCHIVE_BUILD_PART=part` lists them. */
function pathsOf(route: (typeof routes)[keyof typeof routes], part?: string): string[] {
  if (part === undefined) delete process.env['FORUM_ARCHIVE_BUILD_PART'];
  else process.env['FORUM_ARCHIVE_BUILD_PART'] = part;
  return route.getStaticPaths!().map((path) => JSON.stringify(path.params));
}

describe('site build parts', () => {
  test.each(Object.keys(routes))(
    'should give each of %s pages to exactly one of two parts',
    (name) => {
      const route = routes[name as keyof typeof routes];
      const all = pathsOf(route);
      const first = pathsOf(route, '0/2');
      const second = pathsOf(route, '1/2');
      expect([...first, ...second].sort()).toEqual([...all].sort());
      expect(first.filter((path) => second.includes(path))).toEqual([]);
    },
  );
});
