import { readContacts } from '../contacts.ts';
import type { Check } from './types.ts';

/**
 * The contact files of the run (`contactFiles`: the example in the repository, and the file
 * `HANDBOOK_CONTACTS` names): YAML shape, phone and WeCom formats, and every role id a role of the
 * handbook. Names and numbers are expected there, so the personal-data rule reads content only.
 */
export const contacts: Check = {
  id: 'contacts',
  description: 'a contact file with a bad shape, phone number, WeCom id or unknown role',
  run({ model, contactFiles }) {
    const roleIds = model.all('roles').map((r) => r.id);
    return contactFiles.flatMap((file) => readContacts(file, roleIds).findings);
  },
};
