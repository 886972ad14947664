/**
 * The bench's baseline: a plain Astro + MDX site built from the same MDX bodies as the handbook
 * (one bare page per body, in each language), with the handbook's Markdown settings (GFM, the same
 * Shiki theme and aliases) and nothing else: no model, no checker, no layout, no search, no links
 * check. What the handbook's pipeline costs is then measured against what Astro itself costs.
 * The components the bodies use are stubbed by one element that renders its children.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names of the MDX components the bodies use, as written (`<Role id=…>` → Role). */
export function componentNames(bodies: readonly string[]): string[] {
  const names = new Set<string>();
  for (const body of bodies) for (const match of body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) names.add(match[1]!);
  return [...names].sort();
}

/** Writes the baseline project into `dir`, one page per file of `mdxFiles`; returns its root. */
export function writeBaseline(dir: string, mdxFiles: readonly string[]): string {
  const root = resolve(dir);
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  const folders = [...new Set(mdxFiles.map((file) => dirname(resolve(file))))].sort();
  const names = componentNames(mdxFiles.map((file) => readFileSync(file, 'utf8')));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench-baseline', type: 'module' }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm] }),
    shikiConfig: { theme: 'github-dark-default', langAlias: { promql: 'plaintext' } },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`,
  );
  const collections = folders.map((folder, i) => ({ name: `c${i}`, folder }));
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${collections
  .map(
    ({ name, folder }) =>
      `  ${name}: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(folder)} }) }),`,
  )
  .join('\n')}
};
`,
  );
  writeFileSync(join(root, 'src/Stub.astro'), '<span><slot /></span>\n');
  mkdirSync(join(root, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(
    join(root, 'src/pages/[collection]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Stub from '../../Stub.astro';
export async function getStaticPaths() {
  const names = ${JSON.stringify(collections.map((c) => c.name))};
  const paths = [];
  for (const collection of names)
    for (const entry of await getCollection(collection)) paths.push({ params: { collection, id: entry.id }, props: { entry } });
  return paths;
}
const { Content } = await render(Astro.props.entry);
const components = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, Stub]));
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head>
<body><main><Content components={components} /></main></body></html>
`,
  );
  return root;
}
