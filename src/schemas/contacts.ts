import { z } from 'astro/zod';

/**
 * The contact directory: who holds each role and how to reach them at 3 a.m. It is NOT content:
 * names and numbers are personal data, so the file lives outside the repository, its path given by
 * `HANDBOOK_CONTACTS` at build time (`contacts.example.yaml` shows the shape with fake numbers).
 */

/** A phone number as dialled: digits, an optional leading `+`, single spaces or hyphens between groups, 5 to 15 digits. */
const PHONE = /^\+?\d+(?:[ -]\d+)*$/;

export const contactSchema = z.strictObject({
  /** The person's name as colleagues know it (any script). */
  name: z.string().trim().min(1),
  /** Phone number, shown as a `tel:` link: `+86 10 5555 0101`, `010-5555-0101`. */
  phone: z
    .string()
    .regex(PHONE, 'a phone number is digits with an optional leading `+`, groups separated by one space or hyphen')
    .refine((p) => {
      const digits = p.replace(/\D/g, '').length;
      return digits >= 5 && digits <= 15;
    }, 'a phone number has 5 to 15 digits'),
  /** WeCom (企业微信) account id, shown beside the number. */
  wecom: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'a WeCom id is letters, digits and `. _ @ -`, at most 64 characters')
    .optional(),
});
export type Contact = z.output<typeof contactSchema>;

export const contactsFileSchema = z.strictObject({
  /** Role id (a file name of `src/content/roles/`) → the people who hold it, in the order to call them. */
  roles: z.record(z.string(), z.array(contactSchema).min(1)),
});
