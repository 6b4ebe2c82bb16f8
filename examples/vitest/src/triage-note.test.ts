// Vitest + jsdom with the real elements, as a clinic's unit tests would have them: registering and rendering the
// tags must not crash (jsdom has no matchMedia), and a patient's click must reach the clinic's own code.
import { beforeEach, describe, expect, it } from 'vitest';
import 'haven-elements/define.js';
import { followTriage } from './triage-note.js';

/** Checks a sign the way a patient does: a click on its label, inside the element's shadow root. */
async function check(checklist: HTMLElement, sign: string) {
  checklist.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="sign-${sign}"]`)!.click();
  await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('the clinic page in jsdom', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001"></haven-crisis-banner>
      <haven-warning-signs clinic-phone="(703) 437-0001"></haven-warning-signs>
      <p id="note"></p>`;
  });

  it('renders the banner with the emergency, crisis and clinic numbers', async () => {
    const banner = document.querySelector('haven-crisis-banner')!;
    await banner.updateComplete;
    const links = [...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['tel:911', 'tel:988', 'tel:+17034370001']));
  });

  it('writes the clinic’s note from the checklist’s result', async () => {
    const checklist = document.querySelector('haven-warning-signs')!;
    const note = document.getElementById('note')!;
    await checklist.updateComplete;
    const stop = followTriage(checklist, note);

    await check(checklist, 'large-clots');
    expect(note.textContent).toBe('Call our after-hours line now.');
    await check(checklist, 'fainted');
    expect(note.textContent).toBe('Go to the emergency room now. We will call you afterwards.');

    stop();
    await check(checklist, 'fainted');
    expect(note.textContent).toBe('Go to the emergency room now. We will call you afterwards.');
  });
});
