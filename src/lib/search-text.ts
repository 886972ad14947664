/**
 * The HTML of a built page as the search index reads it. Pagefind joins the text of elements it
 * takes for inline ones without a space, and the build writes no white space between tags, so a
 * term and its description (`<dt>Basis</dt><dd>Clause 3.1</dd>`), two basis badges, or a word and
 * its "Proposed" mark reached the index, and so the excerpts, as one word ("BasisClause 3.1",
 * "QuarterlyProposed"). The reader sees them apart (block boxes, margins), so the index gets a
 * space at each of those seams. Only the copy handed to the indexer changes, never the page.
 */

/** Closing tags of boxes a reader sees on their own (a term, its description, a list item, a cell). */
const BOX_END = /<\/(?:dt|dd|li|th|td|caption|figcaption|summary)>(?=<)/g;
/** Marks set apart from the word before them by style alone: a basis badge, a "Proposed" or "assumed" mark. */
const MARK_START = /(?<=\S)(?=<span class="(?:basis|inline-proposed-mark|assumption-mark)[\s"])/g;

export const searchableHtml = (html: string): string =>
  html.replace(BOX_END, (tag) => `${tag} `).replace(MARK_START, ' ');
