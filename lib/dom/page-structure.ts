/**
 * What counts as page furniture rather than article: the tags, ARIA roles and class/id names
 * news sites use for navigation, sidebars, comments, share bars and banners. Standard DOM only.
 */

/** Subtrees never part of an article's text. `header`/`footer` are the site's or the article's
 *  furniture (kicker, byline, dateline, tags); the headline is found separately. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'picture',
  'nav', 'aside', 'header', 'footer', 'menu', 'dialog', 'button', 'select', 'textarea',
  'input', 'label', 'iframe', 'object', 'embed', 'figcaption', 'head', 'title', 'link', 'meta',
]);

const SKIPPED_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu',
  'menubar', 'search', 'toolbar', 'tablist', 'tooltip', 'marquee', 'timer',
]);

/**
 * Class and id words of boilerplate blocks (matched as whole hyphen/underscore-separated parts
 * of a class or id, so "share-bar" and "comments_list" match but "shareholders" does not).
 * Trade-off: a site that calls its article body "related-content" loses it; such names are
 * rare next to the many sidebars that call themselves so.
 */
const BOILERPLATE_WORDS =
  /(?:^|[-_])(?:comments?|commentlist|disqus|replies|respond|sidebar|widgets?|most|popular|mostread|trending|related|recommended|recommendations|outbrain|taboola|share|sharing|sharebar|social|cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|promo|promos|advert|advertisement|ads?|sponsored|footer|masthead|breadcrumbs?|pagination|pager|menu|navbar|nav|byline|dateline|author|kicker|tags|taglist|caption|skip|modal|popup|overlay|paywall|breaking|ticker|sr-only|visually-hidden|screen-reader-text|tweet|embed|credits?)(?:$|[-_])/i;

const LINK_DENSITY_TAGS = new Set(['p', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A list or paragraph with more of its text in links than this is a link list ("read more"). */
const MAX_LINK_DENSITY = 0.5;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function hasBoilerplateName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (names.length < 2) return false;
  for (const name of names.split(/\s+/)) {
    if (name && BOILERPLATE_WORDS.test(name)) return true;
  }
  return false;
}

/**
 * Whether `el` (with its subtree) is page furniture, hidden markup, or the extension's own UI.
 * Does not check computed visibility: see {@link isVisible}.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-xref-ui')) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // Structural elements keep their content even with a misleading name (<main class="has-sidebar">).
  if (el.localName === 'main' || el.localName === 'body' || el.localName === 'article') return false;
  return hasBoilerplateName(el);
}

/**
 * Whether the browser renders `el`. In a real page this asks the layout (hidden by a stylesheet
 * class, collapsed); under jsdom, which has no layout, every element not skipped counts as
 * visible. `display: contents` has no box of its own yet shows its children, so it counts.
 */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return true;
  if (check.call(el, { visibilityProperty: true })) return true;
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el).display === 'contents' : true;
}

/** Whether a paragraph, list or heading is mostly link text (a "read more" list, a tag cloud). */
export function isLinkDense(el: Element): boolean {
  if (!LINK_DENSITY_TAGS.has(el.localName)) return false;
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return false;
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return false;
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total > MAX_LINK_DENSITY;
}
