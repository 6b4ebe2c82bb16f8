/**
 * Ways to reach the emergency services without a voice call, for someone who is Deaf or hard of hearing or cannot
 * talk out loud, per region (text services that need registering first say so); the crisis lines that take texts
 * are in contacts.ts. Shown by the banner's "Deaf, hard of hearing, or cannot talk out loud?" disclosure and the
 * guide's crisis section (core/contact-templates.ts `accessRoutes`). A module of its own, so the checklist, which does
 * not show them, does not carry their words. Sources: docs/clinical-sources.md, "Routes without a voice call".
 */
import { line, type ContactLine } from './contacts.js';
import { accessText as t } from './registry.js';
import { ownOnly } from './types.js';

/** Built when first asked for, so a script whose elements never show the routes leaves this module out. */
let routes: Readonly<Record<string, readonly ContactLine[]>> | undefined;

const allRoutes = (): Readonly<Record<string, readonly ContactLine[]>> =>
  (routes ??= ownOnly<Record<string, readonly ContactLine[]>>({
  US: [
    line({
      id: 'text-911',
      name: t('access.US.text-911.name'),
      text: '911',
      always: true,
      note: t('access.US.text-911.note'),
      sources: ['US-T911'],
    }),
    line({
      id: '988-relay',
      name: t('access.US.988-relay.name'),
      always: true,
      note: t('access.US.988-relay.note'),
      sources: ['988-ACCESS'],
    }),
  ],
  CA: [
    line({
      id: 'text-with-911',
      name: t('access.CA.text-with-911.name'),
      always: false,
      note: t('access.CA.text-with-911.note'),
      sources: ['CA-T911'],
    }),
  ],
  GB: [
    line({
      id: 'emergency-sms',
      name: t('access.GB.emergency-sms.name'),
      text: '999',
      always: true,
      note: t('access.GB.emergency-sms.note'),
      sources: ['GB-SMS'],
    }),
    line({
      id: 'relay-uk',
      name: t('access.GB.relay-uk.name'),
      call: '18000',
      always: true,
      note: t('access.GB.relay-uk.note'),
      sources: ['GB-RELAY'],
    }),
  ],
  IE: [
    line({
      id: '112-sms',
      name: t('access.IE.112-sms.name'),
      text: '112',
      always: true,
      note: t('access.IE.112-sms.note'),
      sources: ['IE-SMS'],
    }),
  ],
  AU: [
    line({
      id: 'nrs-sms',
      name: t('access.AU.nrs-sms.name'),
      text: '0423 677 767',
      always: true,
      note: t('access.AU.nrs-sms.note'),
      sources: ['AU-NRS'],
    }),
    line({
      id: 'nrs-voice',
      name: t('access.AU.nrs-voice.name'),
      call: '1800 555 727',
      always: true,
      note: t('access.AU.nrs-voice.note'),
      sources: ['AU-NRS'],
    }),
    line({
      id: 'press-55',
      name: t('access.AU.press-55.name'),
      call: '000',
      always: true,
      note: t('access.AU.press-55.note'),
      sources: ['AU-NRS'],
    }),
    line({
      id: 'nrs-tty',
      name: t('access.AU.nrs-tty.name'),
      always: true,
      note: t('access.AU.nrs-tty.note'),
      sources: ['AU-NRS'],
    }),
  ],
  NZ: [
    line({
      id: '111-txt',
      name: t('access.NZ.111-txt.name'),
      text: '111',
      always: true,
      note: t('access.NZ.111-txt.note'),
      sources: ['NZ-TXT'],
    }),
  ],
  }));

/** The routes for a region code (Northern Ireland has the UK's). */
export function accessRoutesFor(code: string | undefined): readonly ContactLine[] {
  const key = code === 'GB-NIR' ? 'GB' : code ?? '';
  const all = allRoutes();
  return Object.prototype.hasOwnProperty.call(all, key) ? all[key] : [];
}
