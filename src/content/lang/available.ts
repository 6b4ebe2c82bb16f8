/**
 * The languages besides English that this build carries, one record per part of the words (lang/en.ts `Words`), so
 * a script that shows only the banner bundles only the banner's words. The English-only drop-in scripts
 * (`haven.en.min.js` and each element's `.en.min.js`) swap this module for available.en.ts at build time
 * (rollup.config.mjs); everything else, the ES modules included, carries every language. Adding a language: its
 * module (like es.ts) and its entry in each record here.
 */
import type { Lang } from '../types.js';
import type { Words } from './en.js';
import * as es from './es.js';

type Extra<K extends keyof Words> = Partial<Record<Lang, Words[K]>>;

export const signs: Extra<'signs'> = { es: es.signs };
export const guideText: Extra<'guideText'> = { es: es.guideText };
export const contacts: Extra<'contacts'> = { es: es.contacts };
export const access: Extra<'access'> = { es: es.access };
export const strings: Extra<'strings'> = { es: es.strings };
export const triage: Extra<'triage'> = { es: es.triage };
export const guide: Extra<'guide'> = { es: es.guide };
