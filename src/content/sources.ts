import { ownOnly } from './types.js';

/**
 * Short titles of the published sources that Haven's clinical content cites, by the ids used in `sources` fields.
 * docs/clinical-sources.md lists each one with its public address and what Haven takes from it (tests keep the
 * two in step); the guide's Sources footer shows these titles. Phone lines cite their own pages in the same
 * document; their ids are not needed here.
 */
export const SOURCES: Readonly<Record<string, string>> = ownOnly({
  UTD: 'UpToDate patient instructions: Vaginal bleeding in early pregnancy',
  'UTD-LOSS': 'UpToDate patient instructions: Pregnancy loss',
  ALB: 'MyHealth Alberta: After your miscarriage, your physical health',
  AHS: 'Alberta Health Services, Healthy Parents Healthy Children: Pregnancy concerns',
  SW: 'StayWell: Discharge instructions for miscarriage',
  EXITCARE: 'ExitCare: Miscarriage, easy-to-read',
  TOM1: 'Tommy’s: I think I’m having a miscarriage',
  TOM2: 'Tommy’s: What happens to my body during a miscarriage?',
  TOM3: 'Tommy’s: Causes of miscarriage',
  NICHD: 'NICHD (NIH): Pregnancy loss, symptoms',
  PATIENT: 'Patient.info: Miscarriage and bleeding in early pregnancy',
  SUNNY: 'Sunnybrook Health Sciences Centre: Threatened miscarriage, discharge instructions',
  MED: 'Medscape: Patient education about early pregnancy loss',
  'NHS-E': 'NHS (nidirect): Ectopic pregnancy',
  EPT: 'The Ectopic Pregnancy Trust: Symptoms',
  NHSGGC: 'NHS Greater Glasgow and Clyde: Seeking emergency services in early pregnancy',
  NCIC: 'North Cumbria NHS: Natural management of miscarriage',
  DGFT: 'Dudley Group NHS: Bleeding in early pregnancy',
  SEPSIS: 'UK Sepsis Trust and Patient.info: Adult sepsis safety net',
  'POST-BIRTH': 'AWHONN: POST-BIRTH warning signs',
  'ACOG-Rh': 'ACOG clinical practice update on Rh testing and Rh(D) immune globulin, September 2024',
  SMFM: 'SMFM statement on RhD immune globulin before 12 weeks, 2024',
  NICE: 'NICE guideline NG126: Ectopic pregnancy and miscarriage',
  SHOT: 'SHOT: Anti-D immunoglobulin in pregnancy, an aide-memoire',
  HSE: 'HSE: Causes of miscarriage',
  MA: 'The Miscarriage Association: Miscarriage',
  MAUS: 'Miscarriage Australia: When should I seek mental health care?',
  PANDA: 'PANDA: When to seek support',
  F20: 'Farren and others, American Journal of Obstetrics & Gynecology 2020 (737 women after early pregnancy loss)',
  F21: 'Farren and others, Ultrasound in Obstetrics & Gynecology 2021 (partners after early pregnancy loss)',
  '988': '988 Suicide & Crisis Lifeline: What to expect',
  NMMHH: 'HRSA: National Maternal Mental Health Hotline',
  'MA-PARTNERS': 'The Miscarriage Association: Support for partners',
  'RCOG-PARTNERS': 'RCOG statement on the Miscarriage Association’s Partners Too campaign, 2014',
});
