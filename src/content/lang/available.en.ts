/** The English-only builds' stand-in for available.ts (rollup.config.mjs): no language besides English. */
import type { Lang } from '../types.js';
import type { Words } from './en.js';

type Extra<K extends keyof Words> = Partial<Record<Lang, Words[K]>>;

export const signs: Extra<'signs'> = {};
export const guideText: Extra<'guideText'> = {};
export const contacts: Extra<'contacts'> = {};
export const access: Extra<'access'> = {};
export const strings: Extra<'strings'> = {};
export const triage: Extra<'triage'> = {};
export const guide: Extra<'guide'> = {};
