/** The name of Astro's collection holding a kind's MDX bodies in one language (`runbooks`, `runbooks_zh_cn`). */
export const bodyCollectionName = (collection: string, locale?: string): string =>
  locale && locale !== 'en' ? `${collection}_${locale.replace(/-/g, '_')}` : collection;
