import { z } from 'astro/zod';
import { basis, bilingual, documentControl, type RefFactory } from './common.ts';
import { CONTROL_AREAS } from './control.ts';

/** The kinds of checklist, in the order the checklists index lists them. */
export const CHECKLIST_KINDS = ['audit', 'law', 'gate', 'onboarding', 'drill', 'monthly'] as const;

const words = z.string().trim().min(1);

/** What an auditor keeps and how they test one generated item: English words, added to each item. */
const howToCheck = z.strictObject({
  /** What to keep, one line each. */
  evidence: z.array(words).min(1),
  /** How an auditor tests it. */
  test: words,
});

/**
 * One checklist of a family (one per law, per lifecycle stage, per drill): its title and summary
 * with `{placeholders}` the generator fills from the entry it is made for.
 */
const each = z.strictObject({ title: bilingual, summary: words });

/** An item written out in the definition; `{value}` and `{unit}` in the statement are its parameter's. */
const writtenItem = (ref: RefFactory) =>
  z.strictObject({
    /** Stable within the checklist. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
    statement: words,
    /** The open value the statement names as `{value} {unit}`. */
    parameter: ref('parameters').optional(),
    owner: ref('roles').optional(),
    evidence: z.array(words).min(1),
    test: words,
    basis: basis(ref),
  });

const common = (ref: RefFactory) => ({
  /** The checklist's title, or the family's, in both languages. */
  title: bilingual,
  /** One or two English sentences: what the checklist is for. */
  summary: words,
  /** The clauses that require the checklist. */
  basis: z.array(basis(ref)).min(1),
  /** The role that runs it and signs it off. */
  owner: ref('roles').optional(),
  /** Document control: owner, version, effective and review dates. */
  document: documentControl(ref),
});

/**
 * A checklist definition: which controls, duties, parameters and roles a generated checklist
 * gathers, with the words of the items the generator adds. The checker resolves every id it
 * names, so a renamed control, duty, role or permission is an error at the line that names it.
 */
export const checklistSchema = (ref: RefFactory) =>
  z.discriminatedUnion('kind', [
    /** Every control, by area; run by the owner of the duty it carries out. */
    z.strictObject({
      kind: z.literal('audit'),
      ...common(ref),
      /** The recurring duty the checklist carries out; its owner runs it when `owner` is not given. */
      obligation: ref('obligations'),
    }),
    /** One checklist per law, from the controls that serve it. `{law}`: the law's English name, `{lawZh}` its Chinese. */
    z.strictObject({ kind: z.literal('law'), ...common(ref), each }),
    /** One checklist per lifecycle stage. `{step}`, `{stage}`, `{stageZh}`: the stage's number and title. */
    z.strictObject({
      kind: z.literal('gate'),
      ...common(ref),
      each,
      /** The item for the gate's approval itself, added after the stage's checks. */
      approval: howToCheck,
    }),
    /** What a new hire completes before working alone. */
    z.strictObject({
      kind: z.literal('onboarding'),
      ...common(ref),
      /** Items written out here, first. */
      items: z.array(writtenItem(ref)).default([]),
      /** The control areas whose controls every new hire goes through. */
      controlAreas: z.array(z.enum(CONTROL_AREAS)).default([]),
      /** Recurring duties every new hire takes part in, with how to test each. */
      obligations: z.array(z.strictObject({ obligation: ref('obligations'), test: words })).default([]),
      /** The training topics of the role every new hire holds, then of each internal post. */
      training: z.strictObject({ everyone: ref('roles').optional(), ...howToCheck.shape }),
    }),
    /** One checklist per drill duty. `{plan}`: the title of the plan it exercises; `{title}`, `{titleZh}`: the drill's. */
    z.strictObject({
      kind: z.literal('drill'),
      ...common(ref),
      each,
      /** How the drill itself is tested. */
      drill: z.strictObject({ test: words }),
      /** The plan's first fifteen minutes, one item per step. */
      firstFifteen: z.strictObject({ ...howToCheck.shape, basis: basis(ref) }),
      /** One item per notification of the plan. */
      notifications: howToCheck,
      /** One item per runbook of the plan. */
      runbooks: z.strictObject({ ...howToCheck.shape, basis: basis(ref) }),
      /** The retroactive approvals filed afterwards, by the holder of the act-first permission. */
      retroactive: z.strictObject({ permission: ref('permissions'), ...howToCheck.shape, basis: basis(ref) }),
    }),
    /** Every duty due each month; the reports first. */
    z.strictObject({
      kind: z.literal('monthly'),
      ...common(ref),
      /** How a duty with a due day is tested (`{due}`: the day), and one without. */
      test: z.strictObject({ due: words, undated: words }),
    }),
  ]);
