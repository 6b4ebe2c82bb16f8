// The clinic's own code under test: a note beside the checklist that says what the patient's result means for the
// clinic's follow-up, written from the checklist's haven-triage-change event.
import type { Tier } from 'haven-elements';

const NOTES: Record<Tier, string> = {
  emergency: 'Go to the emergency room now. We will call you afterwards.',
  crisis: 'Please reach a crisis line now. We will call you afterwards.',
  now: 'Call our after-hours line now.',
  today: 'Call us today.',
  'follow-up': 'Bring it up at your follow-up visit.',
  expected: 'This is common. Call us if it gets worse.',
};

/** Keeps `note` in step with the checklist's result; returns a function that stops listening. */
export function followTriage(checklist: HTMLElement, note: HTMLElement): () => void {
  const update = (event: CustomEvent<{ tier: Tier | null }>) => {
    note.textContent = event.detail.tier ? NOTES[event.detail.tier] : '';
  };
  checklist.addEventListener('haven-triage-change', update);
  return () => checklist.removeEventListener('haven-triage-change', update);
}
