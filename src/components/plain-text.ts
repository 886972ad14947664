/** The plain form of an inline-marked text for a page's meta description and other attribute values. */
import { plainInlineText } from '../lib/inline-text.ts';
import { getModel } from '../lib/site-model.ts';
import { plainWords } from '../i18n/index.ts';
import type { Locale } from '../lib/routes.ts';

export const plainText = (text: string, locale: Locale = 'en'): string =>
  plainInlineText(text, getModel(locale), plainWords(locale));
