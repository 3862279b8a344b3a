/**
 * Every page of the site as a sitemap entry, from the records' lists only (forums, summaries,
 * the date archive, authors and tags): thread files and per-author or per-tag lists are not read.
 */
import { archiveYears } from './archive.ts';
import { getArchiveYears } from './archive-records.ts';
import { getAuthors, getTags } from './listing-records.ts';
import { pageCount, POSTS_PER_PAGE, THREADS_PER_PAGE } from './paginate.ts';
import { getForums, getForumThreads } from './records.ts';
import type { SitemapEntry } from './sitemap.ts';
import { absoluteUrl, authorPath, forumPath, tagPath, threadPath } from './url.ts';

/** The site's pages (not search or 404), absolute under `site`. */
export function sitePages(site: URL): SitemapEntry[] {
  const at = (path: string, lastmod?: string) => ({ loc: absoluteUrl(site, path), lastmod });
  const entries: SitemapEntry[] = [at(''), at('about/'), at('archive/')];
  for (const year of getArchiveYears()) {
    if (year.posts === 0 && year.threads === 0) continue;
    entries.push(at(`archive/${year.year}/`));
    for (const month of year.months) {
      if (month.threads.length === 0) continue;
      entries.push(at(`archive/${year.year}/${String(month.month).padStart(2, '0')}/`));
    }
  }
  for (const forum of getForums()) {
    const threads = getForumThreads(forum.id);
    const day = forum.lastPostAt.slice(0, 10);
    for (let page = 1; page <= pageCount(threads.length, THREADS_PER_PAGE); page++) {
      entries.push(at(forumPath(forum.slug, page), day));
    }
    for (const year of archiveYears([forum], () => threads)) {
      if (year.posts > 0 || year.threads > 0)
        entries.push(at(`${forumPath(forum.slug)}archive/${year.year}/`));
    }
    for (const thread of threads) {
      const lastmod = thread.lastPostAt.slice(0, 10);
      for (let page = 1; page <= pageCount(thread.postCount, POSTS_PER_PAGE); page++) {
        entries.push(at(threadPath(thread.slug, page), lastmod));
      }
    }
  }
  // Same page counts as the author and tag routes; no lastmod: the lists do not carry dates.
  for (const author of getAuthors()) {
    for (let page = 1; page <= pageCount(author.postCount, POSTS_PER_PAGE); page++) {
      entries.push(at(authorPath(author.id, page)));
    }
  }
  for (const tag of getTags()) {
    for (let page = 1; page <= pageCount(tag.threadCount, THREADS_PER_PAGE); page++) {
      entries.push(at(tagPath(tag.id, page)));
    }
  }
  return entries;
}
