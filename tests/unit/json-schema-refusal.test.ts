/** The export's schema refuses a content kind whose schema is neither an object nor a union of objects. */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';

vi.mock('../../src/schemas/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schemas/index.ts')>();
  return {
    ...real,
    makeSchemas: (...args: Parameters<typeof real.makeSchemas>) => ({
      ...real.makeSchemas(...args),
      roles: z.string(),
    }),
  };
});

describe('a content kind written as a plain value', () => {
  it('cannot be described, and the message names the kind', async () => {
    const { policyModelJsonSchema } = await import('../../src/lib/export/json-schema.ts');
    expect(() => policyModelJsonSchema()).toThrow(
      new Error("the export's schema cannot describe `roles`: its schema is neither an object nor a union of objects"),
    );
  });
});
