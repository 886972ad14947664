import { clauseBasesOf, closestSpan, findQuote, type BasisSite } from '../basis.ts';
import type { AnyEntry } from '../content/load.ts';
import type { Model } from '../model.ts';
import { excerpt } from '../finding-report.ts';
import { eachFileOnce, fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Every clause basis of every loaded entry (each file once), with its entry. */
function sites(model: Model): { entry: AnyEntry; site: BasisSite }[] {
  return eachFileOnce(model.entries).flatMap((entry) => clauseBasesOf(entry.data).map((site) => ({ entry, site })));
}

/** Where quote `i` of a basis is written (the `quote` key for a single string, the item for a list). */
const quoteAt = (entry: AnyEntry, site: BasisSite, i: number) => fieldOf(entry, ...site.path, 'quote', i);

const clauseText = (model: Model, id: string): string | undefined => model.get('clauses', id)?.data.text.zh;

/**
 * A basis that names a clause must quote the words it rests on. The legacy form `basis: "3.1"`
 * (and `{ clause: "3.1" }` without `quote`) still loads, so content can migrate step by step,
 * but is an error until it is quoted.
 */
export const basisQuoteMissing: Check = {
  id: 'basis-quote-missing',
  description: 'a clause basis without the quoted words of the clause it rests on',
  run({ model }) {
    return sites(model)
      .filter(({ site }) => site.basis.quotes.length === 0 && model.has('clauses', site.basis.id))
      .map(({ entry, site }) =>
        finding(
          'basis-quote-missing',
          fieldOf(entry, ...site.path),
          `\`${site.field}\` cites clause ${site.basis.id} without quoting the words it rests on`,
          `write \`{ clause: "${site.basis.id}", quote: "…" }\` with the shortest span of clause ${site.basis.id}'s \`text.zh\` that says it (copy it from the clause file); if no words of the policy say it, write \`proposed\``,
        ),
      );
  },
};

interface BrokenQuote {
  entry: AnyEntry;
  site: BasisSite;
  index: number;
  quote: string;
}

function brokenQuotes(model: Model): BrokenQuote[] {
  return sites(model).flatMap(({ entry, site }) => {
    const text = clauseText(model, site.basis.id);
    if (text === undefined) return [];
    return site.basis.quotes
      .map((quote, index) => ({ entry, site, index, quote }))
      .filter(({ quote }) => findQuote(text, quote) === undefined);
  });
}

/**
 * Each quote is a span of its clause's `text.zh`, compared with white space removed and full-width
 * punctuation folded to half-width. The hint names the clause that does hold the words, or else the
 * closest span of the cited clause.
 */
export const basisQuoteNotInClause: Check = {
  id: 'basis-quote-not-in-clause',
  description: "a quoted basis whose words are not in the clause's text",
  run({ model }) {
    return brokenQuotes(model).map(({ entry, site, index, quote }) => {
      const cited = site.basis.id;
      const elsewhere = model
        .all('clauses')
        // Stryker disable next-line ConditionalExpression: equivalent, only quotes not found in the cited clause come here (`brokenQuotes`), so `findQuote` already rules the cited clause out
        .filter((c) => c.id !== cited && findQuote(c.data.text.zh, quote) !== undefined)
        .map((c) => c.id);
      let hint: string;
      if (elsewhere.length > 0) {
        hint = `these words are in clause ${elsewhere.join(', ')}: cite \`clause: "${elsewhere[0]}"\``;
      } else {
        const near = closestSpan(clauseText(model, cited)!, quote);
        hint = near
          ? `the closest words of clause ${cited} are «${excerpt(near.span)}»: copy the span from the clause's \`text.zh\`, or mark the basis \`proposed\` if the clause does not say it`
          : `clause ${cited} has no text to quote: mark the basis \`proposed\``;
      }
      return finding(
        'basis-quote-not-in-clause',
        quoteAt(entry, site, index),
        `\`${site.field}\` quotes «${excerpt(quote)}», which is not in clause ${cited}`,
        hint,
      );
    });
  },
};

/**
 * When a clause's text is edited, every quote resting on the old words breaks at once. Besides the
 * error at each quote, the clause gets one error naming every entry whose quote it no longer holds
 * (reported grouped, once per clause, when quotes of two or more entries break on it), so whoever
 * edits the clause sees what the edit cut loose.
 */
export const clauseQuotesBroken: Check = {
  id: 'clause-quotes-broken',
  description: 'a clause whose text no longer holds the quotes of several entries resting on it (grouped by clause)',
  run({ model }) {
    const byClause = new Map<string, BrokenQuote[]>();
    for (const broken of brokenQuotes(model)) {
      byClause.set(broken.site.basis.id, [...(byClause.get(broken.site.basis.id) ?? []), broken]);
    }
    return [...byClause.entries()]
      .filter(([, list]) => new Set(list.map((b) => b.entry.file)).size >= 2)
      .map(([id, list]) => {
        const clause = model.get('clauses', id)!;
        const names = list.map(({ entry, site, index }) => {
          const at = quoteAt(entry, site, index).position;
          return `${entry.file}:${at.line}:${at.column} (\`${site.field}\`)`;
        });
        return finding(
          'clause-quotes-broken',
          fieldOf(clause, 'text', 'zh'),
          `clause ${id}'s \`text.zh\` no longer holds ${list.length} quotes that entries rest on (grouped by clause; each is also reported where it is written): ${names.join('; ')}`,
          `if the clause was edited on purpose, re-quote each entry from the new text or mark it \`proposed\`; otherwise restore the clause's words`,
        );
      });
  },
};
