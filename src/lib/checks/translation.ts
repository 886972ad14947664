/**
 * The translation rules: every entry has its text in each translated locale, the translation keeps
 * the facts both languages share, and it was made from the source as it stands. What differs is
 * found by `src/lib/translations/parity.ts`; these rules word it for authors.
 */
import { distance } from 'fastest-levenshtein';
import type { AnyEntry, Translation } from '../content/load.ts';
import { excerpt } from '../finding-report.ts';
import { TRANSLATED_LOCALES } from '../routes.ts';
import { didYouMean } from '../suggest.ts';
import { pathText, proseFields } from '../translations/fields.ts';
import { translationKey } from '../translations/localize.ts';
import { bodyProblems, fieldProblems, type BodyProblem, type HeadingRef } from '../translations/parity.ts';
import { translationStatus } from '../translations/source-hash.ts';
import { translationPath } from '../translations/status.ts';
import { finding, SINGULAR } from './rule-helpers.ts';
import type { Check, CheckContext } from './types.ts';

const STAMP = (file: string) => `run \`npm run translations:stamp -- ${file}\``;

/** A field's path as a prose pattern: `responsibilities.1.text` → `responsibilities.*.text`. */
const patternOf = (path: readonly (string | number)[]) => path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');

/** The prose patterns an entry has values for, in registry order: what its translation must hold. */
const proseOf = (entry: AnyEntry) => [
  ...new Set(proseFields(entry.collection, entry.data).map((f) => patternOf(f.path))),
];

function pairs(context: CheckContext): { entry: AnyEntry; translation: Translation }[] {
  const byKey = new Map(context.translations.map((t) => [`${t.locale}:${translationKey(t)}`, t]));
  return context.model.entries.flatMap((entry) =>
    TRANSLATED_LOCALES.flatMap((locale) => {
      const translation = byKey.get(`${locale}:${translationKey(entry)}`);
      return translation ? [{ entry, translation }] : [];
    }),
  );
}

/**
 * The locales this content is translated into: those with at least one translation file. A content
 * folder with none (a test fixture, a new site) is an English-only site, not 300 missing translations.
 */
const translatedLocales = (context: CheckContext) =>
  // Stryker disable next-line ConditionalExpression: equivalent while zh-cn is the only translated locale, the one locale every translation has by its type
  TRANSLATED_LOCALES.filter((locale) => context.translations.some((t) => t.locale === locale));

const name = (entry: AnyEntry) => `${SINGULAR[entry.collection]} \`${entry.id}\``;
const quote = (text: string) => `“${excerpt(text, 60)}”`;
const heading = (h: HeadingRef) => `heading ${h.index}, “${'#'.repeat(h.depth)} ${excerpt(h.text, 60)}”`;

export const translationMissing: Check = {
  id: 'translation-missing',
  description: 'every entry has a translation in each translated locale, with every prose field and the body',
  run(context) {
    const have = new Set(context.translations.map((t) => `${t.locale}:${translationKey(t)}`));
    const whole = context.model.entries.flatMap((entry) =>
      translatedLocales(context)
        .filter((locale) => !have.has(`${locale}:${translationKey(entry)}`))
        .map((locale) => {
          const fields = proseOf(entry);
          const parts = [
            ...(fields.length ? [`its ${fields.join(', ')}`] : []),
            ...(entry.body !== undefined ? ['the whole body'] : []),
          ];
          return finding(
            'translation-missing',
            { file: entry.file, position: { line: 1, column: 1 } },
            `${name(entry)} has no ${locale} translation`,
            `write ${translationPath(entry, locale)} with ${parts.join(' and ') || 'no field (an empty file)'} (README: "Translating"), then ${STAMP(translationPath(entry, locale))}`,
          );
        }),
    );
    const parts = pairs(context).flatMap(({ entry, translation }) => [
      ...fieldProblems(entry, translation).flatMap((p) =>
        p.kind === 'missing-field'
          ? [
              finding(
                'translation-missing',
                { file: translation.file, position: translation.locate(p.path) },
                `field \`${pathText(p.path)}\` of ${name(entry)} is not translated`,
                `translate ${entry.file}:${p.sourceAt.line}: ${quote(p.source)}`,
              ),
            ]
          : [],
      ),
      ...bodyProblems(entry, translation).flatMap((p) =>
        p.kind === 'missing-body'
          ? [
              finding(
                'translation-missing',
                { file: translation.file, position: p.at },
                `the body of ${name(entry)} is not translated`,
                `write the whole body of ${entry.file} after the frontmatter, in ${translation.locale}`,
              ),
            ]
          : [],
      ),
    ]);
    return [...whole, ...parts];
  },
};

export const translationOrphan: Check = {
  id: 'translation-orphan',
  description: 'a translation names an existing entry and holds only its prose fields',
  run(context) {
    const orphans = context.translations
      .filter((t) => !context.exists(t.collection, t.id))
      .map((t) => {
        const hint = didYouMean(t.id, context.model.ids(t.collection));
        return finding(
          'translation-orphan',
          { file: t.file, position: { line: 1, column: 1 } },
          `this translates ${SINGULAR[t.collection]} \`${t.id}\`, which does not exist`,
          hint ? `rename the file: ${hint}` : `remove it, or name it after an entry of ${t.collection}`,
        );
      });
    const extras = pairs(context).flatMap(({ entry, translation }) =>
      fieldProblems(entry, translation).flatMap((p) => {
        if (p.kind !== 'unexpected-field') return [];
        const prose = proseOf(entry);
        const pattern = patternOf(p.path);
        // A misspelt prose field gets its name; a shared fact copied in is simply removed.
        const near = prose.filter((candidate) => distance(pattern, candidate) <= 2);
        return [
          finding(
            'translation-orphan',
            { file: translation.file, position: translation.locate(p.path) },
            `\`${pathText(p.path)}\` is not a prose field of ${name(entry)}: shared facts (ids, references, bases, dates) are written once, in ${entry.file}`,
            near.length
              ? didYouMean(pattern, near)
              : `remove it: the translation holds only ${prose.join(', ') || 'the body'}`,
          ),
        ];
      }),
    );
    return [...orphans, ...extras];
  },
};

/** The message and hint of one structural difference of a body. */
function bodyDrift(p: BodyProblem, source: string): [message: string, hint: string] | undefined {
  switch (p.kind) {
    case 'steps':
      return [
        `the translation has ${p.translation} numbered steps, the source ${p.source}: they first differ at step ${p.first}${p.sourceTitle ? ` (${quote(p.sourceTitle)})` : ''}`,
        'translate each step of the source as one numbered step, with its bold title, in the same order',
      ];
    case 'references':
      return [
        `the reference components differ from the source's: ${[
          p.onlySource.length
            ? `missing ${p.onlySource.map((r) => `${r.via} (source line ${r.line})`).join(', ')}`
            : '',
          p.onlyTranslation.length ? `added ${p.onlyTranslation.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
        'write the same <Role>, <Clause>, <Param> … components as the source, as many times',
      ];
    case 'code-count':
      return [
        `the translation has ${p.translation} code block${p.translation === 1 ? '' : 's'}, the source ${p.source}: they first differ at block ${p.first} (source line ${p.sourceLine})`,
        `copy every code block of ${source} unchanged`,
      ];
    case 'code-changed':
      return [
        `code block ${p.index} differs from the source's at its line ${p.line}: “${p.translation}”, the source “${p.source}”`,
        `copy block ${p.index} of ${source} exactly: commands are never translated`,
      ];
    case 'sections':
      return [
        `the translation has ${p.translation} headings, the source ${p.source}: they first differ at ${
          p.sourceHeading
            ? `the source's ${heading(p.sourceHeading)} (line ${p.sourceHeading.line})`
            : p.extraHeading
              ? `${heading(p.extraHeading)} here, which the source does not have`
              : 'the end'
        }`,
        'translate each heading of the source as one heading of the same level, in the same order',
      ];
    // Stryker disable next-line ConditionalExpression: equivalent, an empty default case falls off the end and returns undefined too
    default:
      return undefined;
  }
}

export const translationDrift: Check = {
  id: 'translation-drift',
  description:
    'a translation keeps its source structure: markers, numbered steps, references, code blocks and sections',
  run(context) {
    return pairs(context).flatMap(({ entry, translation }) => {
      const fields = fieldProblems(entry, translation).flatMap((p) =>
        p.kind === 'markers'
          ? [
              finding(
                'translation-drift',
                { file: translation.file, position: translation.locate(p.path) },
                `field \`${pathText(p.path)}\` ${[
                  p.dropped.length ? `drops ${p.dropped.join(' ')}` : '',
                  p.added.length ? `adds ${p.added.join(' ')}` : '',
                ]
                  .filter(Boolean)
                  .join(' and ')}, unlike its source`,
                'keep every `{param: …}` and `{assumption: …}` as the source writes it, and as many `{proposed: …}`',
              ),
            ]
          : [],
      );
      const body = bodyProblems(entry, translation).flatMap((p) => {
        const worded = bodyDrift(p, entry.file);
        return worded && 'at' in p
          ? [finding('translation-drift', { file: translation.file, position: p.at }, ...worded)]
          : [];
      });
      return [...fields, ...body];
    });
  },
};

export const translationOutdated: Check = {
  id: 'translation-outdated',
  description: 'a translation records the source text it was made from, and that text has not changed since',
  run(context) {
    return pairs(context).flatMap(({ entry, translation }) => {
      const { status, changed } = translationStatus(entry, translation);
      if (status !== 'outdated') return [];
      const stamped = (translation.data as { translatedFrom?: unknown })?.translatedFrom !== undefined;
      return [
        finding(
          'translation-outdated',
          { file: translation.file, position: translation.locate(['translatedFrom']) },
          stamped
            ? `${changed.map((c) => (c === 'body' ? 'the body' : 'the prose fields')).join(' and ')} of ${entry.file} changed since this translation was stamped`
            : `this translation does not record what it was translated from`,
          stamped
            ? `compare with \`git log -p ${entry.file}\`, update the translation, then ${STAMP(translation.file)}`
            : `once it matches ${entry.file}, ${STAMP(translation.file)}`,
          'warning',
        ),
      ];
    });
  },
};
