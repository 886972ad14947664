// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeTableScroll from './src/lib/markdown/rehype-table-scroll.ts';
import rehypeLocaleLinks from './src/lib/markdown/rehype-locale-links.ts';

// Astro 7's default Markdown processor runs no remark plugins; GFM (tables, task
// lists) needs the unified processor, which MDX inherits.
export default defineConfig({
  // The published address (language alternates, calendar links, the stamp on the printed binders):
  // set HANDBOOK_SITE_URL when publishing. Unset, the site names no host at all (links stay
  // relative) rather than a made-up one a reader could take for real.
  site: process.env.HANDBOOK_SITE_URL || undefined,
  trailingSlash: 'always',
  // The build script builds into a fresh folder and swaps it in only on success,
  // so a failed build leaves the last good dist/ in place.
  outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
  // Astro keeps its content store here; a separate one per build keeps parallel
  // builds (tests of fixture sites) from mixing their entries.
  cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableScroll, rehypeLocaleLinks] }),
    // Code blocks stay dark in both site themes; the "default" GitHub palette keeps every token,
    // comments included, above 4.5:1 contrast (github-dark's comments are 3:1).
    // PromQL is not a Shiki language; its blocks stay plain text, as before, without a warning per block.
    shikiConfig: { theme: 'github-dark-default', langAlias: { promql: 'plaintext' } },
  },
  // Static subtrees of an MDX body (paragraphs, lists, tables, every highlighted code block) are
  // compiled to one HTML string instead of a JSX call per element, so the bundler holds far smaller
  // modules: at 2,000 added entries the build's largest process peaked at 6.4 GB instead of 9.8 GB.
  // The pages' HTML is the same, save how a few characters are escaped (&#x3C; for &lt;).
  integrations: [mdx({ optimize: true })],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Font slices stay files: inlined as data: URLs in the font stylesheet, every page would download
      // them whether its text uses them or not.
      assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
      rollupOptions: {
        // Astro marks each MDX entry's propagated-assets module with its own "use astro:head-inject"
        // directive, which the bundler warns it may drop (withastro/astro#18087: harmless, Astro reads
        // it before bundling). Only that warning is dropped, so any other one still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
