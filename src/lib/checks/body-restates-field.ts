import { en, type UiKey } from '../../i18n/en.ts';
import type { CollectionName } from '../collections.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Frontmatter fields the entry pages render as a list of their own, with the dictionary key of
 * the label the page shows and other names a body section restating the field tends to carry.
 */
const RENDERED_FIELDS: readonly {
  collection: CollectionName;
  field: string;
  label: UiKey;
  alsoNamed: readonly string[];
}[] = [
  { collection: 'runbooks', field: 'prerequisites', label: 'runbook.prerequisites', alsoNamed: ['Requirements'] },
  { collection: 'plans', field: 'activation', label: 'plan.activation', alsoNamed: ['Activation', 'When to activate'] },
  {
    collection: 'plans',
    field: 'notifications',
    label: 'plan.notifications',
    alsoNamed: ['Notifications', 'Who to notify', 'Notification table'],
  },
];

/** A heading as compared: lower case, words only (`## Prerequisites:` and `## prerequisites` are the same). */
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * One source per fact: a body section whose heading names a field the page already renders from
 * the frontmatter says the same thing twice, and the two copies drift apart.
 */
export const bodyRestatesField: Check = {
  id: 'body-restates-field',
  description: 'a body section that restates a frontmatter field the page renders',
  run({ model }) {
    return RENDERED_FIELDS.flatMap(({ collection, field, label, alsoNamed }) => {
      const names = new Set([en[label], ...alsoNamed].map(normal));
      return model
        .all(collection)
        .flatMap((entry) =>
          (entry.bodyScan?.headings ?? [])
            .filter((h) => names.has(normal(h.text)))
            .map((h) =>
              finding(
                'body-restates-field',
                { file: entry.file, position: h.position },
                `the body section \`${'#'.repeat(h.depth)} ${h.text}\` restates \`${field}\`, which the page already shows as “${en[label]}”`,
                `keep the facts in \`${field}\` only, moving there any words the body adds; give what is left, such as commands or variables, a heading of its own`,
              ),
            ),
        );
    });
  },
};
