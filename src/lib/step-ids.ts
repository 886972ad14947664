/**
 * Numbered steps, found at build time. Pure functions: the HTML of a `<Steps>` block gets an id on
 * each top-level step (`step-3`), so a step can be linked, listed in the table of contents and
 * recorded by incident mode; the MDX source gives the step titles for that table of contents.
 */

/** Adds `id="step-N"` and `data-step="N"` to every item of the outermost ordered lists in `html`. */
export function addStepIds(html: string): string {
  let depth = 0;
  let number = 0;
  return html.replace(/<(\/?)(ol|ul|li)\b([^>]*)>/gi, (tag, close: string, name: string, attrs: string) => {
    const list = name.toLowerCase() !== 'li';
    if (list) {
      if (close) depth -= 1;
      else {
        depth += 1;
        const start = /\bstart="(\d+)"/.exec(attrs);
        if (depth === 1 && name.toLowerCase() === 'ol') number = start ? Number(start[1]) - 1 : 0;
      }
      return tag;
    }
    if (close || depth !== 1 || /\bid=/.test(attrs)) return tag;
    number += 1;
    return `<li id="step-${number}" data-step="${number}"${attrs}>`;
  });
}

/** What a reference component stands for in plain text (an assumption's value); undefined keeps its id. */
export type ComponentText = (component: string, id: string) => string | undefined;

/** Markdown emphasis, code and MDX components reduced to plain text. */
export const plain = (text: string, resolve?: ComponentText): string =>
  text
    .replace(/<([A-Z]\w*)\s+id="([^"]+)"\s*\/>/g, (_, name: string, id: string) => resolve?.(name, id) ?? id)
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The bold title of each numbered step inside the `<Steps>` block of an MDX body, in order. */
export function stepTitles(body: string, resolve?: ComponentText): { number: number; title: string }[] {
  const block = /<Steps>([\s\S]*?)<\/Steps>/.exec(body)?.[1] ?? '';
  return [...block.matchAll(/^(\d+)\.\s+\*\*(.+?)\*\*/gm)].map((m) => ({
    number: Number(m[1]),
    title: plain(m[2]!, resolve),
  }));
}

/**
 * Which section of an MDX body holds its `<Steps>` block: the 0-based index, among the body's
 * level-2 headings, of the last one before the block (fenced code skipped), or undefined when there
 * is none. Found by position, not by the heading's words, so it holds in every language.
 */
export function stepsSection(body: string): number | undefined {
  const before = body.split(/^<Steps>/m)[0];
  if (before === undefined || before === body) return undefined;
  const prose = before.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, '');
  const count = (prose.match(/^## /gm) ?? []).length;
  return count > 0 ? count - 1 : undefined;
}
