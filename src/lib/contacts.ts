/**
 * The contact directory (who holds each role, their phone and WeCom id), read at build time from a
 * YAML file kept out of git whose path is `HANDBOOK_CONTACTS`. Validated like content: every problem
 * a finding with file, line, column, the bad value and a fix (rule `contacts`); the checker runs it
 * over the example file and the real one. Without the variable the site shows the roles only.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { contactsFileSchema, type Contact } from '../schemas/contacts.ts';
import { readGuarded } from './content/file-guard.ts';
import { issueToFindings } from './content/load.ts';
import { parseContentFile, ParseError } from './content/parse.ts';
import { excerpt, type Finding } from './finding-report.ts';
import { closest } from './suggest.ts';

/** The environment variable that names the contact file. */
export const CONTACTS_ENV = 'HANDBOOK_CONTACTS';
/** The example in the repository, checked on every run so it always shows a valid shape. */
export const CONTACTS_EXAMPLE = 'contacts.example.yaml';
/** The rule id of every finding about a contact file. */
const CONTACTS_RULE = 'contacts';

/** One person who holds a role, with the `tel:` address of their number. */
export interface Person extends Contact {
  /** `tel:` URI: the number without spaces or hyphens. */
  tel: string;
}

/** Role id → the people to call, in order. */
export type ContactDirectory = ReadonlyMap<string, readonly Person[]>;

const telOf = (phone: string) => `tel:${phone.replace(/[ -]/g, '')}`;

/** Validates the text of a contact file against the schema and the role ids; pure. */
function parseContacts(
  source: string,
  file: string,
  roleIds: readonly string[],
): { directory: ContactDirectory; findings: Finding[] } {
  const empty = { directory: new Map<string, Person[]>() };
  let parsed;
  try {
    parsed = parseContentFile(source, 'yaml');
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return {
      ...empty,
      findings: [{ rule: CONTACTS_RULE, severity: 'error', file, ...(error.position ?? {}), message: error.message }],
    };
  }
  const result = contactsFileSchema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      ...empty,
      findings: result.error.issues.flatMap((issue) =>
        issueToFindings(issue, file, parsed, contactsFileSchema).map((f) => ({
          ...f,
          rule: CONTACTS_RULE,
          ...(f.hint ? {} : { hint: hintFor(String(issue.path.at(-1))) }),
        })),
      ),
    };
  }
  const known = new Set(roleIds);
  const findings: Finding[] = Object.keys(result.data.roles)
    .filter((role) => !known.has(role))
    .map((role) => {
      const near = closest(role, roleIds);
      return {
        rule: CONTACTS_RULE,
        severity: 'error' as const,
        file,
        ...parsed.locate(['roles', role]),
        message: `\`roles.${excerpt(role)}\` is not a role of the handbook`,
        hint: near.length
          ? `did you mean ${near.map((r) => `\`${r}\``).join(', ')}?`
          : 'use a role id: a file name of src/content/roles/ without `.yaml`',
      };
    });
  const directory = new Map(
    Object.entries(result.data.roles)
      .filter(([role]) => known.has(role))
      .map(([role, people]) => [role, people.map((p) => ({ ...p, tel: telOf(p.phone) }))]),
  );
  return { directory, findings };
}

function hintFor(field: string): string {
  if (field === 'phone') return 'write the number as dialled, e.g. `+86 10 5555 0101` or `010-5555-0101`';
  if (field === 'wecom') return 'the account id from the WeCom admin console, e.g. `zhang.wei`';
  return 'see contacts.example.yaml for the shape: `roles: { <role-id>: [{ name, phone, wecom }] }`';
}

/** Reads and validates a contact file; a file that cannot be read is a finding too. */
export function readContacts(
  path: string,
  roleIds: readonly string[],
): { directory: ContactDirectory; findings: Finding[] } {
  const file = isAbsolute(path) && path.startsWith(process.cwd() + sep) ? relative(process.cwd(), path) : path;
  const guarded = readGuarded(path);
  if ('problem' in guarded) {
    const { position, message, hint } = guarded.problem;
    return {
      directory: new Map(),
      findings: [
        {
          rule: CONTACTS_RULE,
          severity: 'error',
          file,
          ...(position ?? {}),
          message: `the contact file named by ${CONTACTS_ENV}: ${message}`,
          hint: hint ?? `set ${CONTACTS_ENV} to the path of a readable YAML file, or unset it to build without numbers`,
        },
      ],
    };
  }
  return parseContacts(guarded.text, file, roleIds);
}

/**
 * The contact files a check run validates: the example when the run reads the handbook's own
 * content (its roles are the example's), and the real one whenever the variable names it.
 */
export const contactFilesToCheck = (ownContent: boolean, env: NodeJS.ProcessEnv = process.env): string[] => [
  ...(ownContent ? [CONTACTS_EXAMPLE] : []),
  ...(env[CONTACTS_ENV] ? [env[CONTACTS_ENV]] : []),
];
