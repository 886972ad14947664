/**
 * The translation rules: every entry has its text in each translated locale, the translation keeps
 * the facts both languages share, and it was made from the source as it stands. What differs is
 * found by `src/lib/translations/parity.ts`; these rules word it for authors.
 */
import { REGISTRY } from '../collections.ts';
import type { AnyEntry, Translation } from '../content/load.ts';
import { excerpt } from '../finding-report.ts';
import { TRANSLATED_LOCALES } from '../routes.ts';
import { didYouMean } from '../suggest.ts';
import { pathText } from '../translations/fields.ts';
import { translationKey } from '../translations/localize.ts';
import { bodyProblems, fieldProblems } from '../translations/parity.ts';
import { translationStatus } from '../translations/source-hash.ts';
import { translationPath } from '../translations/status.ts';
import { finding, SINGULAR } from './rule-helpers.ts';
import type { Check, CheckContext } from './types.ts';

const STAMP = (file: string) => `then run \`npm run translations:stamp -- ${file}\``;

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
  TRANSLATED_LOCALES.filter((locale) => context.translations.some((t) => t.locale === locale));

const name = (entry: AnyEntry) => `${SINGULAR[entry.collection]} \`${entry.id}\``;

export const translationMissing: Check = {
  id: 'translation-missing',
  description: 'every entry has a translation in each translated locale, with every prose field and the body',
  run(context) {
    const have = new Set(context.translations.map((t) => `${t.locale}:${translationKey(t)}`));
    const whole = context.model.entries.flatMap((entry) =>
      translatedLocales(context)
        .filter((locale) => !have.has(`${locale}:${translationKey(entry)}`))
        .map((locale) =>
          finding(
            'translation-missing',
            { file: entry.file, position: { line: 1, column: 1 } },
            `${name(entry)} has no ${locale} translation`,
            `write ${translationPath(entry, locale)} with its ${REGISTRY.prose[entry.collection].join(', ')}${entry.body !== undefined ? ' and the whole body' : ''} (README: "Translating"), ${STAMP(translationPath(entry, locale))}`,
          ),
        ),
    );
    const parts = pairs(context).flatMap(({ entry, translation }) => [
      ...fieldProblems(entry, translation).flatMap((p) =>
        p.kind === 'missing-field'
          ? [
              finding(
                'translation-missing',
                { file: translation.file, position: translation.locate(p.path) },
                `field \`${pathText(p.path)}\` of ${name(entry)} is not translated`,
                `translate: “${excerpt(p.source, 60)}”`,
              ),
            ]
          : [],
      ),
      ...bodyProblems(entry, translation).flatMap((p) =>
        p.kind === 'missing-body'
          ? [
              finding(
                'translation-missing',
                { file: translation.file, position: { line: 1, column: 1 } },
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
        const prose = REGISTRY.prose[entry.collection];
        const pattern = p.path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');
        const hint = didYouMean(pattern, [...prose]);
        return [
          finding(
            'translation-orphan',
            { file: translation.file, position: translation.locate(p.path) },
            `field \`${pathText(p.path)}\` is not a translated field of ${entry.collection}: shared facts (ids, references, bases, dates) are written once, in ${entry.file}`,
            hint ?? `a ${entry.collection} translation holds ${prose.join(', ')}; remove this field`,
          ),
        ];
      }),
    );
    return [...orphans, ...extras];
  },
};

export const translationDrift: Check = {
  id: 'translation-drift',
  description:
    'a translation keeps its source structure: markers, numbered steps, references, code blocks and sections',
  run(context) {
    return pairs(context).flatMap(({ entry, translation }) => {
      const at = (position = { line: 1, column: 1 }) => ({ file: translation.file, position });
      const fields = fieldProblems(entry, translation).flatMap((p) =>
        p.kind === 'markers'
          ? [
              finding(
                'translation-drift',
                at(translation.locate(p.path)),
                `field \`${pathText(p.path)}\` has markers ${p.translation.join(' ') || '(none)'}, its source ${p.source.join(' ') || '(none)'}`,
                'keep every `{param: …}` and `{assumption: …}` as written and one `{proposed: …}` for each of the source',
              ),
            ]
          : [],
      );
      const body = bodyProblems(entry, translation).flatMap((p) => {
        switch (p.kind) {
          case 'steps':
            return [
              finding(
                'translation-drift',
                at(),
                `the translated body has ${p.translation} numbered steps inside <Steps>, ${entry.file} has ${p.source}`,
                'translate each step as one step, with its bold title, in the same order',
              ),
            ];
          case 'references':
            return [
              finding(
                'translation-drift',
                at(p.at),
                `the reference components differ from the source's: ${[
                  p.onlySource.length ? `missing ${p.onlySource.join(', ')}` : '',
                  p.onlyTranslation.length ? `added ${p.onlyTranslation.join(', ')}` : '',
                ]
                  .filter(Boolean)
                  .join('; ')}`,
                'write the same <Role>, <Clause>, <Param> … components as the source, as many times',
              ),
            ];
          case 'code-count':
            return [
              finding(
                'translation-drift',
                at(),
                `the translated body has ${p.translation} code blocks, ${entry.file} has ${p.source}`,
                'copy every code block of the source unchanged',
              ),
            ];
          case 'code-changed':
            return [
              finding(
                'translation-drift',
                at(p.at),
                `code block ${p.index} differs from the source's: commands are never translated`,
                `copy block ${p.index} of ${entry.file} exactly (it starts “${excerpt(p.source.split('\n')[0] ?? '', 60)}”)`,
              ),
            ];
          case 'sections':
            return [
              finding(
                'translation-drift',
                at(),
                `the translated body has ${p.translation} headings, ${entry.file} has ${p.source}${p.missing ? `; they first differ at heading ${p.missing.index} (level ${p.missing.depth} in the source)` : ''}`,
                'translate each heading of the source, at the same level',
              ),
            ];
          default:
            return [];
        }
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
            ? `${entry.file} changed since this translation was made (${changed.map((c) => (c === 'body' ? 'its body' : 'its prose fields')).join(' and ')})`
            : `this translation does not record what it was translated from`,
          `${stamped ? `compare with \`git log -p ${entry.file}\`, update the translation, ` : 'once it matches the source, '}${STAMP(translation.file)}`,
          'warning',
        ),
      ];
    });
  },
};
