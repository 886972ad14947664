/** The policy model export (/exports/policy-model.json) against its JSON Schema. */
import Ajv, { type ValidateFunction } from 'ajv';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/checks/index.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { policyModelJsonSchema, policyModelJsonSchemaText } from '../../src/lib/export/json-schema.ts';
import { buildPolicyModelExport, type LocaleTranslations } from '../../src/lib/export/policy-model.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { plainInlineText } from '../../src/lib/inline-text.ts';
import type { Model } from '../../src/lib/model.ts';
import { getModel } from '../../src/lib/site-model.ts';
import { pathText, proseFields } from '../../src/lib/translations/fields.ts';
import { translationsOf } from '../../src/lib/translations/localize.ts';
import { plainWords } from '../../src/i18n/index.ts';
import { withChange } from '../fixtures/generated/model.ts';

// What the tests check is built in them or in a beforeEach, not as the file loads: Stryker counts
// only code run inside a test (README, "Mutation testing"). What takes long is done once per file,
// by the first test that needs it: checking the real content (seconds) and compiling the schema.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
let validator: ValidateFunction | undefined;
let realChecked: CheckResult | undefined;
const checkReal = (): CheckResult => (realChecked ??= checkContent({ contentDir: 'src/content' }));

/** The export as a reader gets it: through JSON. */
const exportOf = (contentDir: string) => {
  const { model, findings } = checkContent({ contentDir });
  return { data: JSON.parse(JSON.stringify(buildPolicyModelExport(model))), findings };
};
/** Every exported clause basis, anywhere in any entry, with where it sits. */
function exportedQuotes(data: Record<string, unknown>): { at: string; clause: string; quote: string }[] {
  const out: { at: string; clause: string; quote: string }[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}/${i}`));
    else if (value && typeof value === 'object') {
      const v = value as { clause?: unknown; quotes?: unknown };
      if (typeof v.clause === 'string' && Array.isArray(v.quotes))
        for (const quote of v.quotes as string[]) out.push({ at, clause: v.clause, quote });
      else for (const [k, x] of Object.entries(value)) walk(x, `${at}/${k}`);
    }
  };
  for (const c of COLLECTIONS) walk(data[c], `/${c}`);
  return out;
}

/** The quotes of an export that are not a substring of their clause's `text.zh`. */
const quotesNotInClause = (data: Record<string, unknown>) => {
  const text = new Map((data.clauses as { id: string; text: { zh: string } }[]).map((c) => [c.id, c.text.zh]));
  return exportedQuotes(data).filter(({ clause, quote }) => !text.get(clause)?.includes(quote));
};

const errorsOf = (data: unknown) => {
  const validate = (validator ??= ajv.compile(policyModelJsonSchema()));
  return validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

describe('the export of the real content', () => {
  let data: any;
  let findings: CheckResult['findings'];
  beforeEach(() => {
    const checked = checkReal();
    findings = checked.findings;
    data = JSON.parse(JSON.stringify(buildPolicyModelExport(checked.model)));
  });

  it('is published only from content without errors, and the content has none', () => {
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
  });

  it('validates against the published schema', () => {
    expect(errorsOf(data)).toEqual([]);
  });

  it("carries quotes, each a substring of its clause's text.zh", () => {
    expect(quotesNotInClause(data)).toEqual([]);
  });

  it('holds every entry of every collection', () => {
    const { model } = checkContent({ contentDir: 'src/content' });
    for (const c of COLLECTIONS) {
      expect(data[c].map((e: { id: string }) => e.id)).toEqual(model.ids(c));
    }
  });

  it('gives texts with inline markers in their plain form, and keeps each reference as an edge', () => {
    const { model } = checkContent({ contentDir: 'src/content' });
    const words = {
      proposed: 'proposed',
      param: { proposed: 'proposed', approved: 'approved' },
      assumption: { assumed: 'assumed', confirmed: 'confirmed' },
    };
    const published = JSON.parse(JSON.stringify(buildPolicyModelExport(model, words)));
    const text = JSON.stringify(published);
    expect(text).not.toMatch(/\{(assumption|param|proposed):/);
    const architect = published.roles.find((r: { id: string }) => r.id === 'l1-architect');
    expect(JSON.stringify(architect.responsibilities)).toContain('Booking.com, Expedia (assumed)');
    expect(published.edges).toContainEqual({
      from: { collection: 'roles', id: 'l1-architect' },
      to: { collection: 'assumptions', id: 'ota-channels' },
      field: expect.stringMatching(/^responsibilities\.\d+\.text$/),
    });
  });
});

describe('the translations it carries', () => {
  const zhWords = plainWords('zh-cn');
  let model: Model;
  let locales: LocaleTranslations[];
  let data: any;
  beforeEach(() => {
    const checked = checkReal();
    model = checked.model;
    locales = [{ locale: 'zh-cn', translations: translationsOf(checked.translations, 'zh-cn'), words: zhWords }];
    data = JSON.parse(JSON.stringify(buildPolicyModelExport(model, plainWords('en'), locales)));
  });
  const byId = (collection: string, id: string) => data[collection].find((e: { id: string }) => e.id === id);

  it('validates against the published schema, with a format that says so', () => {
    expect(data.format).toBe(3);
    expect(errorsOf(data)).toEqual([]);
  });

  it("gives every entry's Chinese prose fields by field path, as the Chinese pages show them", () => {
    const zh = getModel('zh-cn');
    for (const c of COLLECTIONS)
      for (const entry of data[c] as {
        id: string;
        translations: Record<string, { fields: Record<string, string> }>;
      }[]) {
        const source = model.get(c, entry.id)!;
        const localized = zh.get(c, entry.id)!;
        const expected = Object.fromEntries(
          proseFields(c, localized.data).map(({ path, value }) => [
            pathText(path),
            plainInlineText(value, model, zhWords),
          ]),
        );
        expect(Object.keys(expected).length, `${c}:${entry.id}`).toBe(proseFields(c, source.data).length);
        expect(entry.translations['zh-cn']?.fields, `${c}:${entry.id}`).toEqual(expected);
      }
    expect(byId('roles', 'department-head').translations['zh-cn']).toMatchObject({
      status: 'current',
      fields: { summary: expect.stringMatching(/[\u4e00-\u9fff]/) },
    });
  });

  it('keeps the source fields in English beside them, so one file holds both languages', () => {
    const head = byId('roles', 'department-head');
    expect(head.summary).toBe(model.get('roles', 'department-head')!.data.summary);
    expect(head.translations['zh-cn'].fields.summary).not.toBe(head.summary);
  });

  it('marks a translation whose source changed since as outdated, naming the part', () => {
    const edited = withChange(model, 'roles', 'department-head', (d) => {
      d.summary = `${d.summary} Edited.`;
    });
    const out = JSON.parse(JSON.stringify(buildPolicyModelExport(edited, undefined, locales)));
    const head = out.roles.find((e: { id: string }) => e.id === 'department-head');
    expect(head.translations['zh-cn']).toMatchObject({ status: 'outdated', changed: ['fields'] });
    expect(errorsOf(out)).toEqual([]);
  });

  it('gives an empty object where no locale has a translation', () => {
    expect(exportOf('tests/fixtures/clean/content').data.roles[0].translations).toEqual({});
  });

  it('rejects a translated field that is not a prose field of the kind, and an unknown status', () => {
    const copy = structuredClone(data);
    const head = copy.roles.find((e: { id: string }) => e.id === 'department-head');
    head.translations['zh-cn'].fields.basis = '4.1';
    expect(errorsOf(copy).join('\n')).toMatch(
      /translations\/zh-cn\/fields must match pattern|property name must be valid/,
    );
    delete head.translations['zh-cn'].fields.basis;
    head.translations['zh-cn'].status = 'missing';
    expect(errorsOf(copy).join('\n')).toContain(
      '/translations/zh-cn/status must be equal to one of the allowed values',
    );
    delete head.translations['zh-cn'];
    head.translations['en'] = { status: 'current', fields: {} };
    expect(errorsOf(copy)).toContain(
      `/roles/${copy.roles.indexOf(head)}/translations must NOT have additional properties`,
    );
  });
});

describe('the export of the clean fixture', () => {
  let data: any;
  beforeEach(() => {
    ({ data } = exportOf('tests/fixtures/clean/content'));
  });
  const byId = (collection: string, id: string) => data[collection].find((e: { id: string }) => e.id === id);

  it("carries every quote as the clause's own words, a substring of its text.zh", () => {
    expect(exportedQuotes(data).length).toBeGreaterThan(5);
    expect(quotesNotInClause(data)).toEqual([]);
  });

  it('exports a quote typed with full-width punctuation as the clause writes it', () => {
    const { data: wide } = exportOf('tests/fixtures/basis-quote-not-in-clause/content');
    expect(exportedQuotes(wide)[0]).toEqual({
      at: '/permissions/0/basis',
      clause: '4.1',
      quote: '部门负责人拥有项目全权审批权,包括人员调配',
    });
  });

  it('validates against the schema', () => {
    expect(errorsOf(data)).toEqual([]);
  });

  it('resolves references to ids and keeps both texts of a clause', () => {
    expect(byId('roles', 'executive-in-charge')).toMatchObject({
      reportsTo: ['ceo'],
      reportsToBasis: { clause: '4.1', quotes: [expect.any(String)] },
      url: '/roles/executive-in-charge/',
    });
    expect(byId('permissions', 'approve-project')).toMatchObject({
      basis: { clause: '4.1', quotes: ['部门负责人拥有项目全权审批权'] },
      grantees: ['department-head'],
    });
    expect(byId('clauses', '2.2').text.zh).toContain('X{training-months}');
    expect(byId('clauses', '2.2')).toMatchObject({ parameters: ['training-months'], url: '/policy/2-2/' });
    expect(byId('separation', 'perform-vs-approve-release').permissions).toEqual([
      'perform-release',
      'approve-release',
    ]);
  });

  it('derives uses, grants, body references and review dates', () => {
    expect(byId('parameters', 'training-months').usedBy).toEqual([
      { collection: 'clauses', id: '2.2' },
      { collection: 'guides', id: 'onboarding' },
    ]);
    expect(byId('roles', 'ops-engineer').permissions).toEqual(['perform-release']);
    expect(byId('runbooks', 'rollback').references).toEqual([
      { collection: 'roles', id: 'department-head' },
      { collection: 'plans', id: 'system-failure' },
    ]);
    expect(byId('plans', 'system-failure')).toMatchObject({ runbooks: ['rollback'], drill: 'drill-system-failure' });
    expect(byId('roles', 'ceo').document.nextReview).toBe('2027-11-01');
    expect(data.edges).toContainEqual({
      from: { collection: 'runbooks', id: 'rollback' },
      to: { collection: 'plans', id: 'system-failure' },
      field: 'escalation.plan',
    });
  });

  it('is the same on every build', () => {
    expect(JSON.stringify(exportOf('tests/fixtures/clean/content').data)).toBe(JSON.stringify(data));
  });
});

describe('the schema', () => {
  let schema: any;
  beforeEach(() => {
    schema = policyModelJsonSchema();
  });
  const valid = () => exportOf('tests/fixtures/clean/content').data;

  it('is generated from the content schemas, with no part left unconstrained', () => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === 'object') {
        if (Object.keys(value).length === 0) empty.push(path);
        for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
      }
    };
    walk(schema, '');
    expect(empty).toEqual([]);
    // a field added to a content schema appears in the export's schema without another edit
    expect(Object.keys(schema.properties.runbooks.items.properties)).toContain('prerequisites');
    expect(schema.properties.roles.items.required).toEqual(
      expect.arrayContaining(['id', 'url', 'reportsTo', 'permissions']),
    );
  });

  it('rejects a date the loader would not accept', () => {
    const data = valid();
    data.roles[0].document.reviewed = '1 Nov 2026';
    expect(errorsOf(data)).toEqual(['/roles/0/document/reviewed must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"']);
  });

  it('rejects a role without its reporting line', () => {
    const data = valid();
    delete data.roles[0].reportsTo;
    expect(errorsOf(data)).toEqual(["/roles/0 must have required property 'reportsTo'"]);
  });

  it('rejects a basis that is neither a clause id nor `proposed`', () => {
    const data = valid();
    data.permissions[0].basis = 'propsed';
    expect(errorsOf(data)).toContain('/permissions/0/basis must be object');
    data.permissions[0].basis = { clause: '4.1' };
    expect(errorsOf(data)).toContain("/permissions/0/basis must have required property 'quotes'");
  });

  it('rejects fields it does not describe', () => {
    const data = valid();
    data.controls[0].colour = 'red';
    expect(errorsOf(data)).toEqual(['/controls/0 must NOT have additional properties']);
  });

  it('rejects a separation rule with neither pair', () => {
    const data = valid();
    delete data.separation[0].roles;
    delete data.separation[0].permissions;
    expect(errorsOf(data).length).toBeGreaterThan(0);
  });

  it('rejects a separation rule with both pairs, as the loader does', () => {
    const data = valid();
    data.separation[0].roles = ['ops-engineer', 'department-head'];
    data.separation[0].permissions = ['perform-release', 'approve-release'];
    expect(errorsOf(data)).toContain('/separation/0 must match exactly one schema in oneOf');
  });
});

describe('the endpoints that publish it', () => {
  it('/exports/policy-model.json serves the export of the content the site is built from', async () => {
    const previous = process.env.HANDBOOK_CONTENT_DIR;
    process.env.HANDBOOK_CONTENT_DIR = 'tests/fixtures/clean/content';
    try {
      const { GET } = await import('../../src/pages/exports/policy-model.json.ts');
      const response = await GET({} as never);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = JSON.parse(await response.text());
      expect(errorsOf(body)).toEqual([]);
      expect(body).toEqual(exportOf('tests/fixtures/clean/content').data);
    } finally {
      if (previous === undefined) delete process.env.HANDBOOK_CONTENT_DIR;
      else process.env.HANDBOOK_CONTENT_DIR = previous;
    }
  });

  it('refuses to publish content with errors, naming the file', async () => {
    const previous = process.env.HANDBOOK_CONTENT_DIR;
    process.env.HANDBOOK_CONTENT_DIR = 'tests/fixtures/unknown-reference/content';
    try {
      const { GET } = await import('../../src/pages/exports/policy-model.json.ts');
      expect(() => GET({} as never)).toThrow(
        'tests/fixtures/unknown-reference/content/guides/onboarding.mdx:17:66  unknown-reference',
      );
    } finally {
      if (previous === undefined) delete process.env.HANDBOOK_CONTENT_DIR;
      else process.env.HANDBOOK_CONTENT_DIR = previous;
    }
  });

  it('/exports/policy-model.schema.json serves the generated schema byte for byte', async () => {
    const { GET } = await import('../../src/pages/exports/policy-model.schema.json.ts');
    const response = await GET({} as never);
    expect(response.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(policyModelJsonSchemaText());
    expect(JSON.parse(text)).toEqual(policyModelJsonSchema());
  });
});
