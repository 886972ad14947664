import { finding, SINGULAR } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * An id names one entry of a collection. The id is the file name, so two files of the same
 * name in different subfolders (or `3-1.yaml` beside `3.1.yaml`) collide; the site would keep
 * only one of them. Files that failed to load count too.
 */
export const duplicateId: Check = {
  id: 'duplicate-id',
  description: 'two files giving the same id to entries of one collection',
  run({ model, failed }) {
    const files = new Map<string, string[]>();
    for (const { collection, id, file } of [...model.entries, ...failed]) {
      const key = `${collection}:${id}`;
      files.set(key, [...(files.get(key) ?? []), file]);
    }
    return [...files.entries()].flatMap(([key, list]) => {
      // Stryker disable next-line ConditionalExpression: equivalent, a list of one file destructures to no `others` and so gives no finding either; the early return only states the intent
      if (list.length < 2) return [];
      const [collection, ...rest] = key.split(':') as [keyof typeof SINGULAR, ...string[]];
      const id = rest.join(':');
      const [first, ...others] = [...list].sort();
      return others.map((file) =>
        finding(
          'duplicate-id',
          { file },
          `${SINGULAR[collection]} id \`${id}\` is already used by ${first}; ids must be unique within \`${collection}\``,
          'rename one of the files: the id is the file name',
        ),
      );
    });
  },
};
