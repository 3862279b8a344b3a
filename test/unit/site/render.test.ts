import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PostRecord, ThreadSummary } from '../../../scripts/records/types.ts';
import Post from '../../../src/components/Post.astro';
import PostBody from '../../../src/components/PostBody.astro';
import * as forumPage from '../../../src/pages/f/[slug]/[...page].astro';
import NotFound from '../../../src/pages/404.astro';
import Home from '../../../src/pages/index.astro';
import Search from '../../../src/pages/search.astro';
import * as threadPage from '../../../src/pages/t/[bucket]/[slug]/[...page].astro';
import { getForums, getForumThreads } from '../../../src/utils/records.ts';
import { threadUrl } from '../../../src/utils/url.ts';
import { useFixtureRecords } from '../../helpers/fixture-records.ts';

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)';
let container: AstroContainer;

useFixtureRecords();
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Fails when markup written in the records became elements or attributes. */
function expectNoInjectedMarkup(html: string): void {
  // Quoted attribute values (meta descriptions, og:title, microdata) hold `<` as text, which is
  // safe there. The one script a thread page carries is the site's own highlight loader (an
  // entry module from src/scripts/, never text from the records).
  const markup = html
    .replace(/<script type="module" src="\/src\/scripts\/[\w-]+-entry\.ts[^"]*"><\/script>/g, '')
    .replace(/="[^"]*"/g, '=""');
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<img/i);
  expect(markup).not.toMatch(/<[^>]*\sonerror=/i);
  expect(html).not.toMatch(/href="\s*(javascript|data):/i);
}

const post = (n: number, body: string): PostRecord => ({
  n,
  date: '2015-04-11T14:58',
  author: null,
  body,
});

function summaryOf(slugStart: string): ThreadSummary {
  const forum = getForums().find((f) =>
    getForumThreads(f.id).some((t) => t.slug.startsWith(slugStart)),
  );
  return getForumThreads(forum!.id).find((t) => t.slug.startsWith(slugStart))!;
}

describe('Post', () => {
  test('should render the post as an article with id, permalink and date', async () => {
    const html = await container.renderToString(Post, { props: { post: post(7, 'Hello') } });
    expect(html).toMatch(/<article[^>]* id="p7"/);
    expect(html).toMatch(/<a[^>]* href="#p7"[^>]*>\s*#7\s*<\/a>/);
    expect(html).toContain('<time datetime="2015-04-11T14:58">11 Apr 2015, 14:58</time>');
  });

  test('should escape hostile text in a body', async () => {
    const html = await container.renderToString(Post, { props: { post: post(1, HOSTILE) } });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('javascript:alert(1)');
    expectNoInjectedMarkup(html);
  });

  test('should render an empty post as an article with an empty body', async () => {
    const html = await container.renderToString(Post, { props: { post: post(2, '') } });
    expect(html).toMatch(/<article[^>]* id="p2"/);
    expect(html).toMatch(/<div class="post-body"><\/div>/);
  });
});

describe('PostBody', () => {
  test('should render a quote attribution as figcaption and the passage as blockquote', async () => {
    const html = await container.renderToString(PostBody, {
      props: { body: 'Stalin wrote:\n<b>quoted</b> text\n\nreply' },
    });
    expect(html).toMatch(
      /<figure[^>]*>\s*<figcaption>Stalin wrote:<\/figcaption>\s*<blockquote[^>]*>\s*<p>&lt;b&gt;quoted&lt;\/b&gt; text<\/p>\s*<\/blockquote>\s*<\/figure>/,
    );
    expect(html).toMatch(/<p>reply<\/p>/);
  });

  test('should link http(s) URLs with rel nofollow ugc noopener and leave javascript: as text', async () => {
    const html = await container.renderToString(PostBody, {
      props: { body: 'see https://example.com/?a=1&b=2 and javascript:alert(1)' },
    });
    expect(html).toContain(
      '<a href="https://example.com/?a=1&amp;b=2" rel="nofollow ugc noopener">https://example.com/?a=1&amp;b=2</a>',
    );
    expectNoInjectedMarkup(html);
  });

  test('should show LaTeX quotes as typographic quotes', async () => {
    const html = await container.renderToString(PostBody, { props: { body: "``a'' `b'" } });
    expect(html).toContain('<p>“a” ‘b’</p>');
  });

  test('should keep the indentation and line breaks of a paragraph in its text', async () => {
    const html = await container.renderToString(PostBody, {
      props: { body: '    indented\n\ttabbed\nplain' },
    });
    expect(html).toContain('<p>    indented\n\ttabbed\nplain</p>');
  });

  test('should keep a run of blank lines as a spacer of the extra lines', async () => {
    const html = await container.renderToString(PostBody, { props: { body: 'a\n\n\n\nb' } });
    // Two line breaks, no style attribute (the pages' CSP allows none).
    expect(html).toMatch(/<p>a<\/p>\s*<div class="blank-lines" aria-hidden="true">\n\n<\/div>/);
    const single = await container.renderToString(PostBody, { props: { body: 'a\n\nb' } });
    expect(single).not.toContain('blank-lines');
  });
});

describe('thread page', () => {
  test('should list the thread pages from summaries, page 1 without a param', () => {
    const paths = threadPage.getStaticPaths!();
    const long = paths.filter((path) => String(path.params['slug']).startsWith('dcd7bb5245801141'));
    expect(long.map((path) => path.params['page'])).toEqual([undefined, '2', '3']);
    expect(long.map((path) => path.params['bucket'])).toEqual(['dc', 'dc', 'dc']);
    expect(long.map((path) => path.props['page'])).toEqual([1, 2, 3]);
  });

  test('should show posts 51 to 100 on page 2 of 3 with breadcrumb and page nav', async () => {
    const thread = summaryOf('dcd7bb5245801141');
    const html = await container.renderToString(threadPage.default, {
      props: { summary: thread, page: 2 },
      params: { bucket: 'dc', slug: thread.slug, page: '2' },
    });
    const ids = [...html.matchAll(/<article[^>]* id="p(\d+)"/g)].map((match) => Number(match[1]));
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i + 51));
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain(`href="/t/dc/${thread.slug}/"`);
    expect(html).toContain(`href="/t/dc/${thread.slug}/3/"`);
    expect(html).toMatch(/<nav[^>]*aria-label="Breadcrumb"[\s\S]*href="\/"[\s\S]*href="\/f\//);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(html).toMatch(
      /<h1 data-pagefind-meta="title" itemprop="headline">Question concerning Stalin<\/h1>/,
    );
    expect(html).toMatch(/data-pagefind-filter="forum"[^>]*>\s*U\.S\.S\.R\./);
  });

  test('should escape a hostile title, forum name and bodies and run no script', async () => {
    const thread = summaryOf('a1b2c3d4e5f60718');
    const html = await container.renderToString(threadPage.default, {
      props: { summary: thread, page: 1 },
      params: { bucket: 'a1', slug: thread.slug },
    });
    expect(html).toContain('<title>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img');
    expect(html).toContain('<figcaption>Alice wrote:   </figcaption>');
    expect(html).toMatch(/<article[^>]* id="p2"/);
    expectNoInjectedMarkup(html);
  });
});

describe('forum page', () => {
  test('should list a forum with 55 threads on two pages', () => {
    const paths = forumPage.getStaticPaths!().filter(
      (path) => path.params['slug'] === 'busy-forum',
    );
    expect(paths.map((path) => path.params['page'])).toEqual([undefined, '2']);
  });

  test('should show the threads of page 2 newest first with their counts and dates', async () => {
    const busy = getForums().find((forum) => forum.slug === 'busy-forum')!;
    const html = await container.renderToString(forumPage.default, {
      props: { forumId: busy.id, page: 2 },
      params: { slug: busy.slug, page: '2' },
    });
    const titles = [...html.matchAll(/<a class="title" href="([^"]+)">/g)].map((m) => m[1]);
    expect(titles).toEqual(
      getForumThreads(busy.id)
        .slice(50)
        .map((thread) => threadUrl(thread.slug)),
    );
    expect(html).toContain('<ol class="listing threads" start="51">');
    expect(html).toContain('Page 2 of 2');
    expect(html).toMatch(/2 posts · <time datetime="2010-01-\d\dT12:00">/);
    expect(html).not.toContain('data-pagefind-body');
  });

  test('should escape a hostile forum name', async () => {
    const hostile = getForums().find((forum) => forum.name.includes('<script>'))!;
    const html = await container.renderToString(forumPage.default, {
      props: { forumId: hostile.id, page: 1 },
      params: { slug: hostile.slug },
    });
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img');
    expectNoInjectedMarkup(html);
  });
});

describe('home, search and 404 pages', () => {
  test('should show the archive title, each forum with counts and dates, and totals', async () => {
    const html = await container.renderToString(Home);
    expect(html).toContain(
      '<h1>Fixture Archive &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;Friends&quot;</h1>',
    );
    expect(html).toContain('href="/f/busy-forum/"');
    expect(html).toContain('55 threads · 110 posts');
    expect(html).toContain('3 forums · 58 threads · 236 posts');
    expect(html).toContain('<a href="/search/">Search</a>');
    expect(html).not.toContain('data-pagefind-body');
    expectNoInjectedMarkup(html);
  });

  test('should offer a labelled search field, a noscript notice and no indexed body', async () => {
    const html = await container.renderToString(Search);
    expect(html).toMatch(/<label for="search-query"[\s>]/);
    expect(html).toMatch(/<input id="search-query" type="search" name="q"/);
    expect(html).toContain('<noscript>');
    expect(html).not.toContain('data-pagefind-body');
  });

  test('should render a not-found page that links home', async () => {
    const html = await container.renderToString(NotFound);
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<main id="main"');
  });
});
