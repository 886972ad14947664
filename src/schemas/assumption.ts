import { z } from 'astro/zod';
import { bilingual, documentControl, type RefFactory } from './common.ts';

/**
 * A platform fact the handbook assumes and the policy does not state: a vendor, a channel, a
 * system, a host name, a namespace, a tool. Texts name it through `{assumption: id}` (YAML) or
 * `<Assumption id="…" />` (MDX), so a hotel adapts the handbook to its real stack by editing this
 * entry. The entries that use it are derived from those references, never written here.
 */
export const assumptionSchema = (ref: RefFactory) =>
  z.strictObject({
    /** What is assumed, in both languages (`OTA channels`, `OTA 渠道`). */
    name: bilingual,
    /** The assumed value, as a reference shows it inside a sentence (`UnionPay, Alipay, WeChat Pay`). */
    value: z.string().trim().min(1),
    /**
     * Words the checker refuses in prose outside code (`assumption-literal`), because they state
     * this value literally instead of referencing it. Matched as whole words, case-sensitive.
     */
    literals: z.array(z.string().trim().min(2)).default([]),
    /** `assumed` until the department confirms its real platform matches; then `confirmed`. */
    status: z.enum(['assumed', 'confirmed']),
    /** The role that confirms or corrects the value. */
    owner: ref('roles'),
    /** One English line: what depends on it, or what to check when adapting it. */
    note: z.string().min(1),
    /** Document control: owner, version, effective and review dates. */
    document: documentControl(ref),
  });
